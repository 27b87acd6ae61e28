"""Rows of glyphs into the lines a person reads, column after column.

A row is cut where its glyphs stand far apart: a table's cells, or the
gutter between two columns. A gutter is a vertical strip of white that a run
of rows all leave empty; where the text on both sides of it is running prose,
the left column is read to its end before the right one. Elsewhere a row's
pieces stay one line, and the pieces are kept as the cells a borderless table
is rebuilt from. A list number set apart by a tab ("1." ⇥ "总体目标") is never
a piece of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from pipeline.readers.heading_patterns import split_numbering
from pipeline.readers.pdf_glyphs import Glyph
from pipeline.readers.textnorm import normalize

PIECE_GAP = 1.0  # ems of white between two glyphs of a row that set them apart as pieces
SPACE_GAP = 0.2  # ems of white between glyphs that read as a word space
MIN_GUTTER = 0.8  # ems: the narrowest white strip taken for a gutter between columns
MIN_SPLIT_ROWS = 2  # rows on each side of a gutter before it counts as one
LEFT_OVER_PITCH = 1.5  # a left column's last rows, below the right column's end, keep its pitch within this
MIN_COLUMN_CHARS = 10  # median characters a column's lines have when the columns hold prose, not a table


@dataclass
class Piece:
    """Glyphs of a row standing together, left to right."""

    glyphs: list[Glyph]

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def text(self) -> str:
        out = self.glyphs[0].text
        for a, b in pairwise(self.glyphs):
            if not (a.text.isspace() or b.text.isspace()) and b.x0 - a.x1 >= SPACE_GAP * (a.size or 1.0):
                out += " "
            out += b.text
        return out


@dataclass
class LineSpec:
    """One line to read: its pieces left to right, and the margins of the column it stands in (None: the page's)."""

    pieces: list[Piece]
    left: float | None = None
    right: float | None = None


def pieces_of(row: list[Glyph]) -> list[Piece]:
    """A row cut at wide gaps; a piece that is only a list number stays with what follows it."""
    pieces = [Piece([row[0]])]
    for a, b in pairwise(row):
        if b.x0 - a.x1 >= PIECE_GAP * (a.size or 1.0) and not _is_label(pieces[-1]):
            pieces.append(Piece([b]))
        else:
            pieces[-1].glyphs.append(b)
    return [p for p in pieces if p.text.strip()]


def _is_label(piece: Piece) -> bool:
    """Only a list number or a bullet (a bullet is what normalising takes away)."""
    text = normalize(piece.text)
    numbering, rest = split_numbering(text)
    return not text or (bool(numbering) and not rest)


def arrange(rows: Sequence[list[Piece]]) -> list[LineSpec]:
    """The rows' lines in reading order: prose columns one after the other, everything else top to bottom."""
    rows = [row for row in rows if row]
    found = _column_run(rows)
    if found is None:
        return [LineSpec(row) for row in rows]
    start, end, cut = found
    left = [[p for p in row if p.x1 <= cut] for row in rows[start:end]]
    right = [[p for p in row if p.x0 >= cut] for row in rows[start:end]]
    return [
        *arrange(rows[:start]),
        *_column(arrange(left)),
        *_column(arrange(right)),
        *arrange(rows[end:]),
    ]


def _column(specs: list[LineSpec]) -> list[LineSpec]:
    """Lines of one column, given that column's margins unless a narrower column inside already set them."""
    if not specs:
        return specs
    left = min(s.pieces[0].x0 for s in specs)
    right = max(s.pieces[-1].x1 for s in specs)
    return [
        LineSpec(s.pieces, s.left if s.left is not None else left, s.right if s.right is not None else right)
        for s in specs
    ]


def _column_run(rows: list[list[Piece]]) -> tuple[int, int, float] | None:
    """The first run of rows a white strip divides into prose columns: (first row, row after the last, cut x).

    Columns need not share baselines (a heading's spacing shifts one column's
    rows against the other's), so the strip is what a run of rows leaves
    white together, not a gap inside each row.
    """
    if not rows:
        return None
    bounds = (min(r[0].x0 for r in rows), max(r[-1].x1 for r in rows))
    narrowest = MIN_GUTTER * (median(p.glyphs[0].size for r in rows for p in r) or 1.0)
    for i in range(len(rows)):
        white = [bounds]
        end = i
        while end < len(rows):
            still_white = [w for w in _minus(white, rows[end]) if w[1] - w[0] >= narrowest]
            if not still_white:
                break
            white, end = still_white, end + 1
        interior = [w for w in white if bounds[0] < w[0] and w[1] < bounds[1]]
        if end - i > MIN_SPLIT_ROWS and interior:
            lo, hi = max(interior, key=lambda w: w[1] - w[0])
            found = _columns_in(rows, i, end, (lo + hi) / 2)
            if found is not None:
                return found
    return None


def _minus(white: list[tuple[float, float]], row: list[Piece]) -> list[tuple[float, float]]:
    """The white strips left once the row's pieces are taken out of them."""
    for piece in row:
        white = [
            part
            for lo, hi in white
            for part in ((lo, min(hi, piece.x0)), (max(lo, piece.x1), hi))
            if part[1] > part[0]
        ]
    return white


def _columns_in(rows: list[list[Piece]], start: int, end: int, cut: float) -> tuple[int, int, float] | None:
    """The run as columns split at ``cut``, when both sides hold prose. Rows below the right column's end
    stay in the left column while they keep its line pitch and do not open a numbered section."""
    has_right = [i for i in range(start, end) if any(p.x0 >= cut for p in rows[i])]
    if not has_right:
        return None
    last = has_right[-1] + 1
    left_rows = [r for r in rows[start:last] if r[0].x1 <= cut]
    pitch = median([_baseline(b) - _baseline(a) for a, b in pairwise(left_rows)] or [0.0])
    while (
        last < end
        and _baseline(rows[last]) - _baseline(left_rows[-1] if left_rows else rows[last - 1])
        <= LEFT_OVER_PITCH * pitch
        and not split_numbering(rows[last][0].text.strip())[0]
    ):
        left_rows.append(rows[last])
        last += 1
    span = rows[start:last]
    sides = [[p for p in r if p.x1 <= cut] for r in span], [[p for p in r if p.x0 >= cut] for r in span]
    if all(sum(bool(pieces) for pieces in side) >= MIN_SPLIT_ROWS and _prose(side) for side in sides):
        return start, last, cut
    return None


def _baseline(row: list[Piece]) -> float:
    return row[0].glyphs[0].baseline


def _prose(side: list[list[Piece]]) -> bool:
    """Lines of running text, one stretch a row, not the short entries of a table's column."""
    return all(len(pieces) <= 1 for pieces in side) and (
        median([len(p[0].text) for p in side if p] or [0]) >= MIN_COLUMN_CHARS
    )
