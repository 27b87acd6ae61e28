"""Text normalisation shared by every reader.

PDF tools put spaces between Han characters and digits ("12 家"), sometimes
between Han characters themselves, use ``\\r\\n``, and Word users type
full-width digits and letters. Extractors match on the cleaned text, so every
reader cleans the same way here.
"""

from __future__ import annotations

import re

# Han ideographs plus CJK punctuation, full-width forms, Roman numerals (Ⅱ期) and circled numbers (①):
# where a space is never meaningful.
_CJK = r"\u2150-\u218f\u2460-\u24ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—"
_SPACE_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+(?=[{_CJK}0-9A-Za-z%(\[])")
_SPACE_BEFORE_CJK = re.compile(rf"(?<=[{_CJK}0-9A-Za-z%)\]])[ \t\u00a0]+(?=[{_CJK}])")
_RUNS_OF_SPACE = re.compile(r"[ \t\u00a0]{2,}")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Full-width digits and Latin letters (not punctuation: （一）and ，are meant to stay full-width).
_FULLWIDTH_ALNUM = {
    cp: cp - 0xFEE0
    for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for cp in range(r[0], r[1] + 1)
}
_FULLWIDTH_ALNUM[0x3000] = 0x20  # ideographic space
# A list bullet in front of a line, including the private-use glyphs of Word's Symbol and Wingdings bullets
# as a PDF carries them (\uf0b7 ·, \uf06c ●, \uf0a7 ▪, \uf0d8 ➢ …): Word's own bullets are not text either.
_BULLET = re.compile(r"^[•●○◦▪▫■□◆◇►▶➢➤✓✔·‧∙⁃‣\uf06c\uf076\uf09f\uf0a7\uf0b7\uf0d8\uf0e8\uf0fc]+[ \t\u00a0]*")
# A form's row of options ("□类型一 ☑类型二 □类型三") opens with a box too: there the box is the answer, not a bullet.
_TICK_BOX = re.compile(r"[□☐■☑☒]")


def is_lone_mark(text: str) -> bool:
    """Whether the text is only a bullet-like mark ("●", "√"): in a table cell that is content (a chart's row has
    work in that column), not a bullet to strip."""
    return _BULLET.fullmatch(text.strip()) is not None


def normalize(text: str) -> str:
    """One line or paragraph of text, cleaned: newlines unified, widths folded, stray spaces and a leading
    bullet gone (a leading tick box stays when more boxes follow: the line is a form's options)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FULLWIDTH_ALNUM)
    text = _SPACE_AFTER_CJK.sub("", text)
    text = _SPACE_BEFORE_CJK.sub("", text)
    text = _RUNS_OF_SPACE.sub(" ", text).strip()
    bullet = _BULLET.match(text)
    if bullet is None or (_TICK_BOX.search(bullet.group()) and _TICK_BOX.search(text, bullet.end())):
        return text
    return text[bullet.end():]


def join_wrapped(lines: list[str]) -> str:
    """Lines a layout wrapped, joined back: no space at a Han break or inside a formatted number,
    one space between Latin words."""
    out = ""
    for line in (normalize(x) for x in lines):
        if not line:
            continue
        if out and _needs_space(out, line):
            out += " "
        out += line
    return out


def _needs_space(left: str, right: str) -> bool:
    if _splits_a_number(left, right):
        return False
    return left[-1].isascii() and right[0].isascii() and left[-1].isalnum() and right[0].isalnum()


_NUMBER_END = re.compile(r"\d[\d,.]*$")
_NUMBER_START = re.compile(r"^[\d,.]*\d")


def _splits_a_number(left: str, right: str) -> bool:
    """A narrow cell wraps "¥10,000,000.00" as "¥10,000,00" / "0.00": digits on both sides of the break with
    a comma or point among them are one number (plain "2023" / "2024" stay two)."""
    end, start = _NUMBER_END.search(left), _NUMBER_START.match(right)
    return bool(end and start and re.search(r"[,.]", end.group() + start.group()))


def han_count(text: str) -> int:
    return len(_HAN.findall(text))
