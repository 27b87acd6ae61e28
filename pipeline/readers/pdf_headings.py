"""Which PDF text blocks are headings: outline numbering, or a short line set larger or bold.

PDF keeps no heading styles, so a heading is recognised the way a reader sees
it: a short line that starts with an outline numbering (the shared patterns
in ``heading_patterns``), or one set in a larger size or a bold/黑体 face. The
same rules serve the text layer and OCR (which sees numbering only).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.readers.heading_patterns import looks_like_heading_text, numbering_level, split_numbering

LARGER = 1.5  # points above the body size that make a short line a heading
TITLE_LARGER = 4.0  # points above the body size that make it a level-1 heading
MAX_HEADING_LINES = 2
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
class HeadingShape:
    level: int
    numbering: str
    title: str


def heading_shape(
    text: str, n_lines: int, size: float, emphasis: bool, body_size: float
) -> HeadingShape | None:
    """The heading a block of text is, or None for a paragraph (numbered list items that run on stay paragraphs)."""
    if n_lines > MAX_HEADING_LINES or not looks_like_heading_text(text):
        return None
    numbering, title = split_numbering(text)
    level = numbering_level(numbering) if numbering else None
    if level is not None and title:
        return HeadingShape(level, numbering, title)
    if emphasis or size >= body_size + LARGER:
        return HeadingShape(1 if size >= body_size + TITLE_LARGER else 2, "", text)
    return None


def starts_numbered(text: str) -> bool:
    """A line opening with outline numbering starts a new block, whatever the layout says."""
    return bool(split_numbering(text)[0])


def is_emphasis_font(font_name: str, weight: int) -> bool:
    """Bold weight, or a face that is bold by design (黑体 family) — how plans set unnumbered headings."""
    name = font_name.lower()
    return weight >= 600 or any(hint in name for hint in _BOLD_FONT_HINTS)
