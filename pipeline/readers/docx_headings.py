"""Decides whether a body paragraph is a heading, at which level, and splits its number from its title.

Plans mark headings every possible way: a Heading style, an outline level set
on the paragraph, or just a short line in bold or 黑体 with 一、 typed in
front. The style or outline level wins when present; otherwise the numbering
convention, then the font, gives the level.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml import etree

from pipeline.readers.docx_styles import StyleSheet
from pipeline.readers.docx_xml import MC, W, wattr
from pipeline.readers.heading_patterns import looks_like_heading_text, numbering_level, split_numbering

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|标题)$", re.IGNORECASE)
BODY_TEXT_OUTLINE = 9
# Typefaces Chinese official documents reserve for titles and headings, with the level each conventionally marks.
HEADING_FONTS: list[tuple[str, int]] = [("小标宋", 0), ("中宋", 0), ("黑体", 1), ("simhei", 1), ("楷体", 2), ("kaiti", 2)]
BOLD_ONLY_LEVEL = 2
_NOT_RUN_TEXT = {f"{W}del", f"{W}txbxContent", f"{MC}Fallback"}


_ENCLOSED = re.compile("[\u2474-\u249b\u3220-\u3229\u3280-\u3289]")  # ⑴…⒛ ⒈…⒛ ㈠…㈩ ㊀…㊉
_LEGAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")


def as_typed(numbering: str) -> str:
    """A rendered list number as a clerk would type it, so the numbering conventions apply to it:
    "⑴" → "(1)", "⒈" → "1.", "㈠" → "(一)", "叁、" → "三、" (① stays: it is a convention of its own)."""
    return _ENCLOSED.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), numbering).translate(_LEGAL_NUMERALS)


@dataclass(frozen=True)
class HeadingGuess:
    level: int
    numbering: str
    title: str


def guess_heading(p: etree._Element, text: str, label: str, styles: StyleSheet) -> HeadingGuess | None:
    """``text`` is the paragraph's visible text, ``label`` its rebuilt auto-numbering (may be "")."""
    numbering, title = (label.strip(), text) if label.strip() else split_numbering(text)
    if not title:
        return None
    style_id = _style_id(p)
    style_match = _HEADING_STYLE.match(styles.name(style_id))
    if style_match:
        return HeadingGuess(int(style_match.group(1)), numbering, title)
    if _TITLE_STYLE.match(styles.name(style_id)):
        return HeadingGuess(0, numbering, title)
    outline = _outline_level(p, style_id, styles)
    if outline is not None and outline < BODY_TEXT_OUTLINE:
        return HeadingGuess(outline + 1, numbering, title)
    if not looks_like_heading_text(numbering + title):
        return None
    font_level = _heading_font_level(p, style_id, styles)
    pattern_level = numbering_level(as_typed(numbering)) if numbering else None
    if pattern_level is not None:
        return HeadingGuess(pattern_level, numbering, title)
    if font_level is not None:
        return HeadingGuess(font_level, numbering, title)
    if _all_bold(p, style_id, styles):
        return HeadingGuess(BOLD_ONLY_LEVEL, numbering, title)
    return None


def _style_id(p: etree._Element) -> str | None:
    style = p.find(f"{W}pPr/{W}pStyle")
    return wattr(style, "val") if style is not None else None


def _outline_level(p: etree._Element, style_id: str | None, styles: StyleSheet) -> int | None:
    own = p.find(f"{W}pPr/{W}outlineLvl")
    found = own if own is not None else styles.find(style_id, "w:pPr/w:outlineLvl")
    try:
        return int(wattr(found, "val") or "") if found is not None else None
    except ValueError:
        return None


def _text_runs(p: etree._Element) -> list[etree._Element]:
    runs = []
    for run in p.iter(f"{W}r"):
        if run.find(f"{W}t") is None or not (run.findtext(f"{W}t") or "").strip():
            continue
        parent = run.getparent()
        while parent is not None and parent is not p and parent.tag not in _NOT_RUN_TEXT:
            parent = parent.getparent()
        if parent is p:
            runs.append(run)
    return runs


def _on(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    return wattr(el, "val") not in ("0", "false", "off")


def _all_bold(p: etree._Element, style_id: str | None, styles: StyleSheet) -> bool:
    style_bold = _on(styles.find(style_id, "w:rPr/w:b")) or False
    runs = _text_runs(p)
    return bool(runs) and all(_bold_or(run.find(f"{W}rPr/{W}b"), style_bold) for run in runs)


def _bold_or(run_bold: etree._Element | None, inherited: bool) -> bool:
    own = _on(run_bold)
    return inherited if own is None else own


def _fonts(el: etree._Element | None) -> str:
    if el is None:
        return ""
    return " ".join(v for k, v in el.attrib.items() if k.endswith(("eastAsia", "ascii", "hAnsi"))).lower()


def _heading_font_level(p: etree._Element, style_id: str | None, styles: StyleSheet) -> int | None:
    """The level a heading typeface marks when every text run is set in it."""
    style_fonts = _fonts(styles.find(style_id, "w:rPr/w:rFonts"))
    levels = set()
    for run in _text_runs(p):
        fonts = _fonts(run.find(f"{W}rPr/{W}rFonts")) or style_fonts
        levels.add(next((level for name, level in HEADING_FONTS if name in fonts), None))
    return levels.pop() if len(levels) == 1 else None
