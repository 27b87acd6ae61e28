"""Ruled table grids found in a scanned page image, so OCR text can be put back into its cells.

A scan has no drawing operators to ask, only pixels. Ruling is the one thing
on a page made of long straight dark runs (text strokes are short), so a 1-D
morphological opening along each axis keeps the rulings and drops the text.
A scan is usually tilted a little: the tilt is measured on the horizontal
rulings and all geometry is done in a frame straightened about the page's
centre, where rulings are axis-aligned and a table's columns line up with
those of its continuation on the next sheet even when that sheet is tilted
the other way. Where a ruling is missing between two cells (a merged cell),
the two cells are one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Darker than this (0–255) is ink; paper with scanner noise stays well above it.
INK_LEVEL = 170
# A straight dark run at least this long (points) is a ruling, not a text stroke.
MIN_RULE_PT = 18.0
# Ruling pieces closer than this (points) across their direction are one line.
SAME_LINE_PT = 3.0
# A gap longer than this (points) along a ruling ends the piece: the ruling is not drawn there.
RULE_GAP_PT = 2.0
# A boundary exists where its ruling covers this share of the middle of the cell side.
BOUNDARY_COVER = 0.6
# Slack (points) when deciding whether a ruling reaches another one.
REACH_PT = 4.0
# Two rows and two columns at least: a lone ruled box is a frame around text, not a table.
MIN_LINES = 3


@dataclass(frozen=True)
class _Piece:
    """One drawn stretch of a ruling in the straightened frame: fixed ``across``, from ``start`` to ``end``."""

    across: float
    start: float
    end: float


@dataclass(frozen=True)
class GridCell:
    """A cell of the grid, merged cells included once at their top-left position."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class Tilt:
    """A page's small tilt (slope dy/dx of its rulings) about its centre, to straighten points and back."""

    slope: float
    cx: float
    cy: float

    def straighten(self, x: np.ndarray | float, y: np.ndarray | float) -> tuple:
        return x + self.slope * (y - self.cy), y - self.slope * (x - self.cx)

    def tilted(self, u: float, v: float) -> tuple[float, float]:
        """The inverse of ``straighten``, to first order in the (tiny) slope."""
        return u - self.slope * (v - self.cy), v + self.slope * (u - self.cx)


@dataclass
class Grid:
    """One ruled table in the straightened frame (pixels): row lines top to bottom, column lines left to right."""

    tilt: Tilt
    row_lines: list[float]
    col_lines: list[float]
    cells: list[GridCell]

    def cell_at(self, x: float, y: float) -> GridCell | None:
        """The (merged) cell holding the page point (x, y), or None outside the table."""
        u, v = self.tilt.straighten(x, y)
        row = int(np.searchsorted(self.row_lines, v)) - 1
        col = int(np.searchsorted(self.col_lines, u)) - 1
        if not (0 <= row < len(self.row_lines) - 1 and 0 <= col < len(self.col_lines) - 1):
            return None
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.rowspan and cell.col <= col < cell.col + cell.colspan:
                return cell
        return None

    def page_box(self) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of the table on the page itself, tilt included."""
        corners = [
            self.tilt.tilted(u, v)
            for u in (self.col_lines[0], self.col_lines[-1])
            for v in (self.row_lines[0], self.row_lines[-1])
        ]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)


def find_grids(gray: np.ndarray, px_per_pt: float) -> list[Grid]:
    """Ruled tables on a grayscale page image: row and column rulings that cross, two cells each way at least."""
    ink = gray < INK_LEVEL
    min_run = max(2, round(MIN_RULE_PT * px_per_pt))
    # Let a ruling thicken by a pixel each side first: a tilted thin line then stays in one pixel row longer.
    horizontal = _long_runs(_thicken(ink, axis=0), min_run)
    vertical = _long_runs(_thicken(ink, axis=1).T, min_run).T
    tilt = Tilt(_slope(horizontal, min_run), gray.shape[1] / 2, gray.shape[0] / 2)
    hy, hx = np.nonzero(horizontal)
    vy, vx = np.nonzero(vertical)
    u_h, v_h = tilt.straighten(hx, hy)
    u_v, v_v = tilt.straighten(vx, vy)
    same_line, gap = SAME_LINE_PT * px_per_pt, RULE_GAP_PT * px_per_pt
    rows = _pieces(v_h, u_h, same_line, gap, min_run)
    cols = _pieces(u_v, v_v, same_line, gap, min_run)
    return [
        grid
        for group in _linked_groups(rows, cols, REACH_PT * px_per_pt)
        if (grid := _grid(*group, tilt, same_line)) is not None
    ]


def _thicken(ink: np.ndarray, axis: int) -> np.ndarray:
    out = ink.copy()
    if axis == 0:
        out[1:] |= ink[:-1]
        out[:-1] |= ink[1:]
    else:
        out[:, 1:] |= ink[:, :-1]
        out[:, :-1] |= ink[:, 1:]
    return out


def _long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """Pixels on a horizontal dark run of at least ``length`` (an opening with a 1×length bar)."""
    height, width = ink.shape
    if width < length:
        return np.zeros_like(ink)
    counts = np.zeros((height, width + 1), np.int32)
    np.cumsum(ink, axis=1, out=counts[:, 1:])
    full = (counts[:, length:] - counts[:, :-length]) == length  # a full run starts here
    starts = np.zeros((height, full.shape[1] + 1), np.int32)
    np.cumsum(full, axis=1, out=starts[:, 1:])
    x = np.arange(width)
    last_start = np.minimum(x + 1, full.shape[1])
    first_start = np.clip(x - length + 1, 0, full.shape[1])
    return (starts[:, last_start] - starts[:, first_start]) > 0


def _slope(horizontal: np.ndarray, min_run: int) -> float:
    """The page's tilt as a slope (dy/dx), the median over its horizontal rulings; 0 without any."""
    slopes = []
    rows = np.flatnonzero(horizontal.any(axis=1))
    for band in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1):
        if band.size == 0:
            continue
        ys, xs = np.nonzero(horizontal[band[0] : band[-1] + 1])
        if xs.max() - xs.min() >= 4 * min_run:
            slopes.append(np.polyfit(xs, ys, 1)[0])
    return float(np.median(slopes)) if slopes else 0.0


def _pieces(
    across: np.ndarray, along: np.ndarray, same_line: float, gap: float, min_run: int
) -> list[_Piece]:
    """Ruling pixels grouped into straight pieces: by position across, then split where the ink stops."""
    if across.size == 0:
        return []
    order = np.argsort(across, kind="stable")
    across, along = across[order], along[order]
    pieces = []
    for line in np.split(np.arange(across.size), np.flatnonzero(np.diff(across) > same_line / 2) + 1):
        position = float(np.median(across[line]))
        points = np.sort(along[line])
        for run in np.split(points, np.flatnonzero(np.diff(points) > gap) + 1):
            if run[-1] - run[0] >= min_run:
                pieces.append(_Piece(position, float(run[0]), float(run[-1])))
    return pieces


def _crosses(row: _Piece, col: _Piece, reach: float) -> bool:
    return (
        row.start - reach <= col.across <= row.end + reach
        and col.start - reach <= row.across <= col.end + reach
    )


def _linked_groups(
    rows: list[_Piece], cols: list[_Piece], reach: float
) -> list[tuple[list[_Piece], list[_Piece]]]:
    """Row and column pieces that touch each other, gathered into one group per table."""
    sets = _DisjointSets(len(rows) + len(cols))
    for i, row in enumerate(rows):
        for j, col in enumerate(cols):
            if _crosses(row, col, reach):
                sets.join(i, len(rows) + j)
    groups: dict[int, tuple[list[_Piece], list[_Piece]]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(sets.root(i), ([], []))[0].append(row)
    for j, col in enumerate(cols):
        groups.setdefault(sets.root(len(rows) + j), ([], []))[1].append(col)
    return list(groups.values())


def _grid(rows: list[_Piece], cols: list[_Piece], tilt: Tilt, same_line: float) -> Grid | None:
    row_lines = _positions(rows, same_line)
    col_lines = _positions(cols, same_line)
    if len(row_lines) < MIN_LINES or len(col_lines) < MIN_LINES:
        return None
    n_rows, n_cols = len(row_lines) - 1, len(col_lines) - 1
    sets = _DisjointSets(n_rows * n_cols)
    for r in range(n_rows):
        for c in range(n_cols):
            here = r * n_cols + c
            side = (row_lines[r], row_lines[r + 1])
            if c + 1 < n_cols and not _drawn(cols, col_lines[c + 1], side, same_line):
                sets.join(here, here + 1)
            side = (col_lines[c], col_lines[c + 1])
            if r + 1 < n_rows and not _drawn(rows, row_lines[r + 1], side, same_line):
                sets.join(here, here + n_cols)
    spans: dict[int, list[int]] = {}
    for i in range(n_rows * n_cols):
        r, c = divmod(i, n_cols)
        box = spans.setdefault(sets.root(i), [r, c, r, c])
        box[:] = [min(box[0], r), min(box[1], c), max(box[2], r), max(box[3], c)]
    cells = [GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in spans.values()]
    return Grid(tilt, row_lines, col_lines, sorted(cells, key=lambda cell: (cell.row, cell.col)))


def _positions(pieces: list[_Piece], same_line: float) -> list[float]:
    """Distinct line positions; pieces of one ruling broken by merged cells count once."""
    out: list[float] = []
    for across in sorted(p.across for p in pieces):
        if not out or across - out[-1] > same_line:
            out.append(across)
    return out


def _drawn(pieces: list[_Piece], line: float, side: tuple[float, float], same_line: float) -> bool:
    """Whether the ruling at ``line`` is drawn along most of the middle of one cell side."""
    low, high = side
    margin = (high - low) * (1 - BOUNDARY_COVER) / 2
    low, high = low + margin, high - margin
    covered = sum(
        max(0.0, min(p.end, high) - max(p.start, low)) for p in pieces if abs(p.across - line) <= same_line
    )
    return covered >= BOUNDARY_COVER * (high - low)


class _DisjointSets:
    """Union–find over 0..n-1: rulings that touch form one table, cells with no ruling between form one cell."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def root(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self._parent[self.root(b)] = self.root(a)
