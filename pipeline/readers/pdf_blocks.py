"""From positioned lines and tables to the plan's blocks: paragraphs re-joined, headings named.

Layout wraps a paragraph into lines; a reader sees where it ends: the line
stops short of the right margin or ends with 。；：, the next line is
indented, starts with an outline numbering, or sits after a larger gap. A line
short only because the next line's first word would not fit on it (2000万元,
（2）, “领雁”) was wrapped, even after a "；" or "："; after 。 it ends the paragraph. A
paragraph carried over a page break is joined back, and so is a table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from unicodedata import east_asian_width

from pipeline.document import Block, Heading, Paragraph, Provenance, ReaderName, Table
from pipeline.readers.pdf_headings import heading_shape, starts_numbered
from pipeline.readers.pdf_tables import PageTable, append_continuation, continues
from pipeline.readers.pdf_text import Line
from pipeline.readers.textnorm import join_wrapped

_PARAGRAPH_END = tuple("。；;：:！!？?")
_SENTENCE_END = tuple("。！!？?")  # ends a paragraph even where the next line's first word was pushed down
# Marks layout never puts at the start of a line; a straight quote after a character closes it (OCR reads ” as ").
_NO_LINE_START = set("，。、；：！？）》】」』”’,.;:!?)%…\"")
_NO_LINE_END = set("（《【「『“‘(")  # marks layout never leaves at the end of a line
_WIDE_LATIN = set("%@&MWmw")
LATIN_EM, CAPITAL_EM, WIDE_EM = 0.65, 0.75, 0.95  # Latin letters and digits, capitals, wide marks and “”
# Numbering that runs on inside a sentence ("…承担；（2）…", "②…"); "2." and "二、" open list paragraphs.
_INLINE_NUMBER = re.compile(r"\s*(?:[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")
_ASCII_WORD = re.compile(r"[A-Za-z0-9.+\-/]+")
# A footnote mark set on its word, before a closing mark: "院¹、" moves to the next line as one.
_FOOTNOTE_MARK = re.compile(r"\d{1,2}(?=[，。、；：！？）》】」』”’,.;:!?])")
SHORT_LINE = 1.5  # a line ending this many characters short of the right margin ends its paragraph
INDENT = 1.2  # a line starting this many characters right of the left margin starts a paragraph
EXTRA_GAP = 0.5  # characters of vertical space beyond the usual line gap that separate paragraphs
# Share of the size two lines of one paragraph may differ by (OCR box heights vary with the glyphs in them).
SIZE_TOLERANCE = 0.15


@dataclass
class BodyPage:
    """One page's body: lines (furniture and table text removed) and tables. A text layer's lines come in
    reading order (column after column); OCR lines in any order."""

    page: int
    reader: ReaderName
    lines: list[Line]
    tables: list[PageTable]


@dataclass(frozen=True)
class _Margins:
    left: float
    right: float


def build_blocks(pages: Sequence[BodyPage]) -> list[Block]:
    """The document's blocks in reading order, numbered from 0."""
    all_lines = [line for page in pages for line in page.lines]
    body_size = _body_size(all_lines)
    gap = _usual_gap(pages)
    pieces: list[list[Line] | PageTable] = []
    readers: dict[int, ReaderName] = {page.page: page.reader for page in pages}
    for page in pages:
        margins = _margins(page.lines)
        for i, item in enumerate(_reading_order(page)):
            last = pieces[-1] if pieces else None
            if isinstance(item, PageTable):
                if i == 0 and isinstance(last, PageTable) and continues(last, item):
                    append_continuation(last, item)
                else:
                    pieces.append(item)
            elif isinstance(last, list) and _same_paragraph(
                last[-1], item, margins, gap, first_on_page=i == 0, measured=page.reader == "pdf-text"
            ):
                last.append(item)
            else:
                pieces.append([item])
    blocks: list[Block] = []
    for index, piece in enumerate(pieces):
        if isinstance(piece, PageTable):
            blocks.append(Table(Provenance(index, readers[piece.page], piece.page), piece.cells))
        else:
            prov = Provenance(index, readers[piece[0].page], piece[0].page, _lowest_confidence(piece))
            blocks.append(_text_block(piece, prov, body_size))
    return blocks


def _lowest_confidence(lines: list[Line]) -> float | None:
    """OCR's lowest line score in a block (None for a text layer's lines, which carry none)."""
    return min((line.confidence for line in lines if line.confidence is not None), default=None)


def _same_paragraph(
    prev: Line, line: Line, margins: _Margins, gap: float, first_on_page: bool, measured: bool
) -> bool:
    """Whether ``line`` carries on the paragraph ``prev`` is in. A line is wrapped where the next line's first
    word did not fit after it; OCR's boxes are measured as well, its sizes only roughly (``measured``)."""
    size = prev.size or 1.0
    right = margins.right if prev.right is None else prev.right
    left = margins.left if line.left is None else line.left
    wrapped = right - prev.x1 < first_word_width(line.text) * size
    if prev.text.endswith(_SENTENCE_END) or (prev.text.endswith(_PARAGRAPH_END) and not wrapped):
        return False
    if starts_numbered(line.text) and not (wrapped and _INLINE_NUMBER.match(line.text)):
        return False
    # An OCR box's height varies with the page's tilt; a line running to the right margin wraps on whatever it
    # measures (a heading is short), so only a text layer's sizes part such lines.
    full = prev.x1 >= right - SHORT_LINE * size
    resized = abs(line.size - prev.size) > max(1.0, SIZE_TOLERANCE * size) and (measured or not full)
    if resized or line.emphasis != prev.emphasis:
        return False
    if (prev.x1 < right - SHORT_LINE * size and not wrapped) or line.x0 > left + INDENT * size:
        return False
    if first_on_page:
        return line.page == prev.page + 1
    return line.top - prev.bottom <= gap + EXTRA_GAP * size


def first_word_width(text: str) -> float:
    """Width in ems of what layout cannot split from the start of a line: a character or a Latin word or
    number with the character it is set against ("2000万", "10个") or a footnote mark on it ("院¹"), any
    closing marks after it, and an opening mark with what it opens ("兵”“领"). When that did not fit after
    the line above, the line above was wrapped there, however short it looks, and did not end its paragraph."""
    end = 0
    while end < len(text):
        while end < len(text) and text[end] in _NO_LINE_END:
            end += 1
        word = _ASCII_WORD.match(text, end)
        end = min(len(text), (word.end() if word else end) + 1)
        mark = _FOOTNOTE_MARK.match(text, end)
        end = mark.end() if mark else end
        while end < len(text) and text[end] in _NO_LINE_START:
            end += 1
        if end >= len(text) or text[end] not in _NO_LINE_END:
            break
    return sum(_em_width(c) for c in text[:end])


def _em_width(char: str) -> float:
    """A character's advance in ems, on the wide side of common faces: a width guessed too small would
    take a wrapped line for a paragraph's end."""
    kind = east_asian_width(char)
    if kind in "WF":
        return 1.0
    if kind == "A" or char in _WIDE_LATIN:
        return WIDE_EM
    return CAPITAL_EM if char.isupper() else LATIN_EM


def _text_block(lines: list[Line], prov: Provenance, body_size: float) -> Heading | Paragraph:
    text = join_wrapped([line.text for line in lines])
    shape = heading_shape(text, len(lines), lines[0].size, lines[0].emphasis, body_size)
    if shape is None:
        return Paragraph(prov, text)
    return Heading(prov, shape.level, shape.numbering, shape.title)


def _body_size(lines: Sequence[Line]) -> float:
    """The font size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _usual_gap(pages: Sequence[BodyPage]) -> float:
    """The typical blank space between consecutive lines of one paragraph."""
    gaps = []
    for page in pages:
        ordered = _ordered_lines(page)
        gaps.extend(
            b.top - a.bottom for a, b in pairwise(ordered) if 0 <= b.top - a.bottom < 2 * (a.size or 1)
        )
    return median(gaps) if gaps else 0.0


def _ordered_lines(page: BodyPage) -> list[Line]:
    return page.lines if page.reader == "pdf-text" else sorted(page.lines, key=lambda line: line.top)


def _reading_order(page: BodyPage) -> list[Line | PageTable]:
    """The page's lines in reading order, each table put before the first line that stands below its top."""
    items: list[Line | PageTable] = []
    tables = sorted(page.tables, key=lambda table: table.top)
    for line in _ordered_lines(page):
        while tables and tables[0].top < line.top:
            items.append(tables.pop(0))
        items.append(line)
    return [*items, *tables]


def _margins(lines: Sequence[Line]) -> _Margins:
    if not lines:
        return _Margins(0.0, 0.0)
    return _Margins(min(line.x0 for line in lines), max(line.x1 for line in lines))
