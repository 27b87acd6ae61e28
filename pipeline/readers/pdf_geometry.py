"""A PDF page's ruling lines and characters from PDFium, as the dicts pdfplumber's table finder reads.

pdfplumber would take both from pdfminer's parse of the whole page (every
glyph, font and cmap), 50–150 ms a page; PDFium has parsed the page already,
so walking its path segments and character boxes costs about a millisecond.
Coordinates are points from the page's top-left, as in ``pdf_text``.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Point = tuple[float, float]
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

# Every segment is a "curve edge" to pdfplumber: PDFium does not tell a drawn rectangle from any other path.
EDGE_TYPE = "curve_edge"
_LINE_BREAKS = {"\r", "\n"}


def ruling_edges(page: pdfium.PdfPage) -> list[dict]:
    """Horizontal and vertical straight segments of every path, form XObjects included; curves are no rules."""
    height = page.get_height()
    edges = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        matrix = obj.get_matrix()
        container = obj.container
        while container is not None:
            matrix = matrix.multiply(container.get_matrix())
            container = container.container
        for start, end in _straight_segments(obj):
            edge = _edge(matrix.on_point(*start), matrix.on_point(*end), height)
            if edge is not None:
                edges.append(edge)
    return edges


def _straight_segments(path: pdfium.PdfObject) -> Iterator[tuple[Point, Point]]:
    """Each line segment of the path, plus the segment that closes a closed sub-path."""
    x, y = ctypes.c_float(), ctypes.c_float()
    start = current = (0.0, 0.0)
    for index in range(pdfium_c.FPDFPath_CountSegments(path.raw)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path.raw, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            yield current, point
        current = point
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            yield current, start
            current = start


def _edge(a: Point, b: Point, height: float) -> dict | None:
    """pdfplumber's edge for an axis-parallel segment (page space in, top-left space out); None for a slanted one."""
    (xa, ya), (xb, yb) = a, b
    if ya == yb:
        x0, x1 = min(xa, xb), max(xa, xb)
        top = height - ya
        return _edge_dict(x0, x1, top, top, "h")
    if xa == xb:
        return _edge_dict(xa, xa, height - max(ya, yb), height - min(ya, yb), "v")
    return None


def _edge_dict(x0: float, x1: float, top: float, bottom: float, orientation: str) -> dict:
    return {
        "object_type": EDGE_TYPE,
        "orientation": orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }


def chars_within(page: pdfium.PdfPage, areas: list[BBox]) -> list[dict]:
    """The page's characters whose centre lies in one of the areas, with the keys ``pdfplumber.utils.extract_text`` reads.

    A character spans its advance horizontally (PDFium's loose box, as
    pdfminer's) and its em square above the baseline vertically: in some fonts
    (the Noto CJK subsets LibreOffice embeds) the loose box's height follows
    the glyph, so "一" or "、" would stand lower than the rest of their line
    and be read as a line of their own. Line breaks and the spaces PDFium
    inserts where it guesses a word ends (generated characters) are left out:
    pdfplumber splits words by the gaps between glyphs itself, and a cell's
    lines by position.
    """
    height = page.get_height()
    highest = min((top for _, top, _, _ in areas), default=height)
    textpage = page.get_textpage()
    raw = textpage.raw
    x, y, matrix, box = ctypes.c_double(), ctypes.c_double(), pdfium_c.FS_MATRIX(), pdfium_c.FS_RECTF()
    origin_refs, matrix_ref, box_ref = (
        (ctypes.byref(x), ctypes.byref(y)),
        ctypes.byref(matrix),
        ctypes.byref(box),
    )
    try:
        chars = []
        for index in range(pdfium_c.FPDFText_CountChars(raw)):
            pdfium_c.FPDFText_GetCharOrigin(raw, index, *origin_refs)
            baseline = height - y.value
            if baseline < highest:  # the em square's centre is above its baseline, so above every area
                continue
            pdfium_c.FPDFText_GetMatrix(raw, index, matrix_ref)
            top = baseline - pdfium_c.FPDFText_GetFontSize(raw, index) * math.hypot(matrix.c, matrix.d)
            pdfium_c.FPDFText_GetLooseCharBox(raw, index, box_ref)
            if not _centre_in_any((box.left + box.right) / 2, (top + baseline) / 2, areas):
                continue
            text = chr(pdfium_c.FPDFText_GetUnicode(raw, index))
            if text.isspace() and (text in _LINE_BREAKS or pdfium_c.FPDFText_IsGenerated(raw, index) == 1):
                continue
            chars.append(
                {
                    "text": text,
                    "x0": box.left,
                    "x1": box.right,
                    "top": top,
                    "bottom": baseline,
                    "doctop": top,
                    "upright": True,
                }
            )
        return chars
    finally:
        textpage.close()


def _centre_in_any(h_mid: float, v_mid: float, areas: list[BBox]) -> bool:
    return any(x0 <= h_mid <= x1 and top <= v_mid <= bottom for x0, top, x1, bottom in areas)
