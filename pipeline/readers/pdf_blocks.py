"""From positioned lines and tables to the plan's blocks: paragraphs re-joined, headings named.

Layout wraps a paragraph into lines; a reader sees where it ends: the line
stops short of the right margin or ends with 。；：, the next line is
indented, starts with an outline numbering, or sits after a larger gap. A
paragraph carried over a page break is joined back, and so is a table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from pipeline.document import Block, Heading, Paragraph, Provenance, ReaderName, Table
from pipeline.readers.pdf_headings import heading_shape, starts_numbered
from pipeline.readers.pdf_tables import PageTable, append_continuation, continues
from pipeline.readers.pdf_text import Line
from pipeline.readers.textnorm import join_wrapped

_PARAGRAPH_END = tuple("。；;：:！!？?")
SHORT_LINE = 1.5  # a line ending this many characters short of the right margin ends its paragraph
INDENT = 1.2  # a line starting this many characters right of the left margin starts a paragraph
EXTRA_GAP = 0.5  # characters of vertical space beyond the usual line gap that separate paragraphs
# Share of the size two lines of one paragraph may differ by (OCR box heights vary with the glyphs in them).
SIZE_TOLERANCE = 0.15


@dataclass
class BodyPage:
    """One page's body: lines (furniture and table text removed) and tables, in any order."""

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
        items = sorted([*page.lines, *page.tables], key=lambda item: item.top)
        for i, item in enumerate(items):
            last = pieces[-1] if pieces else None
            if isinstance(item, PageTable):
                if i == 0 and isinstance(last, PageTable) and continues(last, item):
                    append_continuation(last, item)
                else:
                    pieces.append(item)
            elif isinstance(last, list) and _same_paragraph(
                last[-1], item, margins, gap, first_on_page=i == 0
            ):
                last.append(item)
            else:
                pieces.append([item])
    blocks: list[Block] = []
    for index, piece in enumerate(pieces):
        if isinstance(piece, PageTable):
            blocks.append(Table(Provenance(index, readers[piece.page], piece.page), piece.cells))
        else:
            blocks.append(
                _text_block(piece, Provenance(index, readers[piece[0].page], piece[0].page), body_size)
            )
    return blocks


def _same_paragraph(prev: Line, line: Line, margins: _Margins, gap: float, first_on_page: bool) -> bool:
    size = prev.size or 1.0
    if prev.text.endswith(_PARAGRAPH_END) or starts_numbered(line.text):
        return False
    if abs(line.size - prev.size) > max(1.0, SIZE_TOLERANCE * size) or line.emphasis != prev.emphasis:
        return False
    if prev.x1 < margins.right - SHORT_LINE * size or line.x0 > margins.left + INDENT * size:
        return False
    if first_on_page:
        return line.page == prev.page + 1
    return line.top - prev.bottom <= gap + EXTRA_GAP * size


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
        ordered = sorted(page.lines, key=lambda line: line.top)
        gaps.extend(
            b.top - a.bottom for a, b in pairwise(ordered) if 0 <= b.top - a.bottom < 2 * (a.size or 1)
        )
    return median(gaps) if gaps else 0.0


def _margins(lines: Sequence[Line]) -> _Margins:
    if not lines:
        return _Margins(0.0, 0.0)
    return _Margins(min(line.x0 for line in lines), max(line.x1 for line in lines))
