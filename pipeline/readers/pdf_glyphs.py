"""A PDF page's glyphs as a person sees them: turned upright, each drawn once, grouped into rows on a baseline.

PDFium hands characters over in content-stream order and in the page's own
coordinates. A page whose text runs up or down the paper (``/Rotate 90``, or
a landscape table set with a turned text matrix) would read as one scrambled
or reversed line, so positions are turned until the text runs left to right.
A glyph drawn again a hair away (fake bold, shadowed titles) is one glyph.
A row is every glyph whose baseline is at the same height, read left to
right, so characters of two lines never mix however the stream interleaves them.
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# Two copies of a glyph closer than this (share of its size, at least a point) are one glyph drawn twice.
OVERPRINT = 0.15
OVERPRINT_BAND = 8.0  # points: copies are looked for among glyphs with baselines in this band and its neighbours
# Glyphs whose baselines differ by less than this share of their size stand on one row.
BASELINE_TOLERANCE = 0.3
SCRIPT_SIZE = 0.85  # a row set this much smaller than its neighbour, inside its height, is its sub/superscript
_LINE_BREAKS = {"\r", "\n"}


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character in the upright frame: points from the top-left, as the text would be read."""

    text: str
    index: int  # PDFium's character index, for font queries
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float


@dataclass(frozen=True)
class _Frame:
    """Turns page-space points by a quarter-turn so the page's text runs left to right, y downwards."""

    quarter_turns: int  # counter-clockwise quarter turns of the text in page space
    shift_x: float
    top: float
    height: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        for _ in range(self.quarter_turns):
            x, y = y, -x
        return x - self.shift_x, self.top - y

    @property
    def upright(self) -> bool:
        return self.quarter_turns == 0


@dataclass(frozen=True)
class UprightPage:
    """A page's glyphs turned upright, and the page's size as they stand."""

    glyphs: list[Glyph]
    height: float
    turned: bool  # the text had to be turned: positions are not the page's own


def page_glyphs(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> UprightPage:
    """The page's glyphs, upright and each drawn once.

    The loop runs once per character of every PDF page, so PDFium's functions and the ctypes out-parameters
    are bound once, outside it."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    frame = _frame(page, raw, count)
    x, y, matrix, box = ctypes.c_double(), ctypes.c_double(), pdfium_c.FS_MATRIX(), pdfium_c.FS_RECTF()
    x_ref, y_ref, matrix_ref, box_ref = ctypes.byref(x), ctypes.byref(y), ctypes.byref(matrix), ctypes.byref(box)
    unicode, generated = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_IsGenerated
    origin, loose_box = pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetLooseCharBox
    text_matrix, font_size, point = pdfium_c.FPDFText_GetMatrix, pdfium_c.FPDFText_GetFontSize, frame.point
    glyphs: list[Glyph] = []
    seen: dict[tuple[str, int], list[Glyph]] = defaultdict(list)  # by character and band of baselines
    for index in range(count):
        text = chr(unicode(raw, index))
        if text in _LINE_BREAKS or generated(raw, index) == 1:
            continue  # a break or a space PDFium guessed: lines and word gaps are measured here instead
        origin(raw, index, x_ref, y_ref)
        loose_box(raw, index, box_ref)
        text_matrix(raw, index, matrix_ref)
        size = font_size(raw, index) * (math.hypot(matrix.c, matrix.d) or 1.0)
        (ax, ay), (bx, by) = point(box.left, box.bottom), point(box.right, box.top)
        baseline = point(x.value, y.value)[1]
        glyph = Glyph(text, index, min(ax, bx), max(ax, bx), min(ay, by), max(ay, by), baseline, size)
        if not text.isspace():
            band = int(baseline // OVERPRINT_BAND)
            if _drawn_before(glyph, seen, text, band):
                continue
            seen[text, band].append(glyph)
        glyphs.append(glyph)
    return UprightPage(glyphs, frame.height, not frame.upright)


def _drawn_before(glyph: Glyph, seen: dict[tuple[str, int], list[Glyph]], text: str, band: int) -> bool:
    """Whether the same character already stands within a hair of ``glyph`` (its band or a neighbouring one)."""
    for near_band in (band - 1, band, band + 1):
        others = seen.get((text, near_band))
        if others and any(_overprints(glyph, other) for other in others):
            return True
    return False


def _overprints(glyph: Glyph, other: Glyph) -> bool:
    near = max(1.0, OVERPRINT * glyph.size)
    return abs(glyph.x0 - other.x0) <= near and abs(glyph.baseline - other.baseline) <= near


def _frame(page: pdfium.PdfPage, raw, count: int) -> _Frame:
    """The quarter-turn most of the page's characters are set at (PDFium measures angles clockwise)."""
    turns: Counter[int] = Counter()
    for index in range(0, count, max(1, count // 200)):
        angle = pdfium_c.FPDFText_GetCharAngle(raw, index)
        if angle >= 0:
            turns[round((2 * math.pi - angle) / (math.pi / 2)) % 4] += 1
    quarter_turns = turns.most_common(1)[0][0] if turns else 0
    width, height = page.get_size()
    if page.get_rotation() in (90, 270):
        width, height = height, width
    probe = _Frame(quarter_turns, 0.0, 0.0, 0.0)
    corners = [probe.point(cx, cy) for cx in (0.0, width) for cy in (0.0, height)]
    # probe.point gives (x, -y) turned; the frame's top is the highest turned y, its left the smallest turned x.
    lowest, highest = min(-c[1] for c in corners), max(-c[1] for c in corners)
    return _Frame(quarter_turns, min(c[0] for c in corners), highest, highest - lowest)


def rows_of(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline, top row first, each row left to right."""
    drawn = sorted(glyphs, key=lambda g: g.baseline)
    rows: list[list[Glyph]] = []
    for glyph in drawn:
        if rows and glyph.baseline - rows[-1][0].baseline <= BASELINE_TOLERANCE * min(
            glyph.size or 1.0, rows[-1][0].size or 1.0
        ):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    return [sorted(row, key=lambda g: (g.x0 + g.x1) / 2) for row in _scripts_attached(rows)]


def _scripts_attached(rows: list[list[Glyph]]) -> list[list[Glyph]]:
    """Superscripts and subscripts (a footnote mark, m², H₂O) joined to the line they are set in: smaller
    glyphs whose baseline lies inside a neighbouring row's height, within that row's width."""
    out: list[list[Glyph]] = []
    for i, row in enumerate(rows):
        if i > 0 and out and out[-1][0] is rows[i - 1][0] and _is_script(row, rows[i - 1]):
            out[-1] = [*out[-1], *row]
        elif i + 1 < len(rows) and _is_script(row, rows[i + 1]):
            rows[i + 1] = [*rows[i + 1], *row]
        else:
            out.append(row)
    return out


def _is_script(row: list[Glyph], other: list[Glyph]) -> bool:
    size = max(g.size for g in row)
    other_size = max(g.size for g in other)
    return (
        size < SCRIPT_SIZE * other_size
        and min(g.top for g in other) < row[0].baseline < max(g.bottom for g in other)
        and min(g.x0 for g in other) - other_size <= min(g.x0 for g in row)
        and max(g.x1 for g in row) <= max(g.x1 for g in other) + other_size
    )
