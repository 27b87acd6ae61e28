"""Ruled tables on a PDF page, and tables that continue across a page break.

pdfplumber's table algorithm finds the tables, fed the page's rules and
characters as PDFium reads them: pdfplumber's own page parse (pdfminer) costs
50–150 ms a page, PDFium's about a millisecond, and PDFium already drops the
second copy of fake-bold glyphs. Tables are looked for only on pages that
draw enough path objects to hold a ruled table. A table that a page break
cut in two comes back as two pieces; they are joined when the second starts
the next page with the same columns, dropping a repeated header row and
re-joining a row that was itself split by the break.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pypdfium2 as pdfium
from pdfplumber.table import TableFinder

from pipeline.document import Cell
from pipeline.readers.pdf_geometry import chars_within, ruling_edges
from pipeline.readers.textnorm import join_wrapped

# A 2×2 ruled grid draws at least this many segments or rectangles.
MIN_PATHS_FOR_TABLE = 4
COLUMN_TOLERANCE = 3.0  # points


@dataclass
class PageTable:
    """A table as found on one page (or joined over several), with the geometry needed to join it."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    column_starts: list[float]
    cells: list[Cell] = field(default_factory=list)
    last_page: int | None = None  # set when continuation pieces were joined on

    @property
    def end_page(self) -> int:
        return self.last_page or self.page

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    def row_texts(self, row: int) -> list[str]:
        return [c.text for c in sorted(self.cells, key=lambda c: c.col) if c.row == row]

    def covers(self, x0: float, x1: float, middle: float) -> bool:
        """Whether a text line lies inside this table, so its text is not repeated as a paragraph."""
        overlap = min(x1, self.x1) - max(x0, self.x0)
        return self.top <= middle <= self.bottom and overlap > 0.5 * max(x1 - x0, 1.0)


class _RuledPage:
    """A pdfplumber page stand-in, so its table finder runs without pdfminer: it reads only ``edges``, ``bbox`` and ``chars``."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self.bbox = (0.0, 0.0, *page.get_size())
        self.edges = ruling_edges(page)
        self.chars: list[dict] = []


def find_tables(page: pdfium.PdfPage, page_no: int) -> list[PageTable]:
    """Ruled tables on the page, wrapped lines in a cell re-joined."""
    ruled = _RuledPage(page)
    tables = TableFinder(ruled).tables
    if tables:
        ruled.chars = chars_within(page, [table.bbox for table in tables])
    found = []
    for table in tables:
        texts = table.extract()
        cell_boxes = [box for row in table.rows for box in row.cells if box is not None]
        column_starts = _cluster(sorted(box[0] for box in cell_boxes))
        row_tops = _cluster(sorted(box[1] for box in cell_boxes))
        cells = []
        for r, row in enumerate(table.rows):
            for c, box in enumerate(row.cells):
                if box is None:
                    continue
                x0, top, x1, bottom = box
                cells.append(
                    Cell(
                        row=r,
                        col=c,
                        text=join_wrapped((texts[r][c] or "").split("\n")),
                        rowspan=max(
                            1, sum(top - COLUMN_TOLERANCE < t < bottom - COLUMN_TOLERANCE for t in row_tops)
                        ),
                        colspan=max(
                            1, sum(x0 - COLUMN_TOLERANCE < x < x1 - COLUMN_TOLERANCE for x in column_starts)
                        ),
                    )
                )
        x0, top, x1, bottom = table.bbox
        found.append(PageTable(page_no, top, bottom, x0, x1, column_starts, cells))
    return found


def _cluster(values: list[float]) -> list[float]:
    """Sorted positions with near-duplicates (within the tolerance) merged."""
    out: list[float] = []
    for v in values:
        if not out or v - out[-1] > COLUMN_TOLERANCE:
            out.append(v)
    return out


def continues(previous: PageTable, following: PageTable) -> bool:
    """The following piece is the same table carried over: next page, same column grid."""
    return (
        following.page == previous.end_page + 1
        and len(following.column_starts) == len(previous.column_starts)
        and all(
            abs(a - b) <= COLUMN_TOLERANCE
            for a, b in zip(previous.column_starts, following.column_starts, strict=True)
        )
    )


def append_continuation(previous: PageTable, following: PageTable) -> None:
    """Add the following piece's rows to the previous piece, in place."""
    rows = following.cells
    first = [c for c in rows if c.row == 0]
    if [c.text for c in sorted(first, key=lambda c: c.col)] == previous.row_texts(0):
        rows = [_shift(c, -1) for c in rows if c.row > 0]
        first = [c for c in rows if c.row == 0]
    if first and _is_split_row(first):
        _extend_last_row(previous, first)
        rows = [_shift(c, -1) for c in rows if c.row > 0]
    offset = previous.n_rows
    previous.cells.extend(_shift(c, offset) for c in rows)
    previous.bottom = following.bottom
    previous.last_page = following.page


def _is_split_row(first_row: list[Cell]) -> bool:
    """The rest of a row the page break cut: no key in the first column and some cells left empty.

    A row that merely continues a vertically merged group has an empty first
    column too, but its other cells are all filled.
    """
    by_col = {c.col: c.text for c in first_row}
    return not by_col.get(0) and any(not text for col, text in by_col.items() if col > 0)


def _extend_last_row(previous: PageTable, rest: list[Cell]) -> None:
    last = previous.n_rows - 1
    by_col = {c.col: c for c in previous.cells if c.row <= last < c.row + c.rowspan}
    for piece in rest:
        cell = by_col.get(piece.col)
        if cell is not None and piece.text:
            cell.text = join_wrapped([cell.text, piece.text])


def _shift(cell: Cell, rows: int) -> Cell:
    return Cell(cell.row + rows, cell.col, cell.text, cell.rowspan, cell.colspan)
