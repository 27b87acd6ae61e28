"""Headings in a page's text: visible numbering (一、/（一）/1.) or an emphasised short line.

PDF keeps no heading styles, so a heading is recognised the way a reader
sees it: a short line that starts with an outline numbering, or that is set
larger or in a bold/黑体 face. The same rules serve the text layer and OCR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_NUM = "一二三四五六七八九十百零〇"
# (pattern, level); tried in order, the first that matches wins.
_NUMBERING: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"^第[{_CN_NUM}\d]+(?:部分|章)\s*"), 1),
    (re.compile(rf"^[{_CN_NUM}]+\s*[、.．]\s*"), 1),
    (re.compile(rf"^第[{_CN_NUM}\d]+节\s*"), 2),
    (re.compile(rf"^[（(]\s*[{_CN_NUM}]+\s*[）)]\s*"), 2),
    (re.compile(r"^\d{1,2}[.．]\d{1,2}(?:[.．]\d{1,2})?(?![\d%])\s*"), 4),
    (re.compile(r"^\d{1,2}\s*[、.．](?![\d%])\s*"), 3),
    (re.compile(r"^[（(]\d{1,2}[）)]\s*"), 4),
]
MAX_HEADING_CHARS = 40
_SENTENCE_END = tuple("。；;，,")
_BOLD_FONT_HINTS = (
    "bold",
    "black",
    "heavy",
    "hei",
    "黑体",
    "simhei",
    "demibold",
    "semibold",
    "xbs",
    "zhongsong",
)


@dataclass(frozen=True)
class NumberedTitle:
    numbering: str
    title: str
    level: int


def split_numbering(text: str) -> NumberedTitle | None:
    """Numbering and title of a line that starts like an outline item, e.g. ``一、`` + ``背景与意义``."""
    for pattern, level in _NUMBERING:
        match = pattern.match(text)
        if match and match.end() < len(text):
            return NumberedTitle(match.group().strip(), text[match.end() :].strip(), level)
    return None


def is_heading_shaped(text: str) -> bool:
    """Short and not a sentence: numbered list items that run on as sentences stay paragraphs."""
    return 0 < len(text) <= MAX_HEADING_CHARS and not text.endswith(_SENTENCE_END)


def is_emphasis_font(font_name: str, weight: int) -> bool:
    """Bold weight, or a face that is bold by design (黑体 family) — how plans set unnumbered headings."""
    name = font_name.lower()
    return weight >= 600 or any(hint in name for hint in _BOLD_FONT_HINTS)
