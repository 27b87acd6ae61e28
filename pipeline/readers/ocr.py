"""OCR of a scanned PDF page into the same positioned lines and tables the text layer gives.

RapidOCR (PP-OCRv4 models inside the wheel, nothing downloaded) reads a page
rendered at 200 dpi in a few seconds. The engine takes about a second to
load, so one is made per process, on first need, and reused. Text boxes that
fall inside a ruled grid found in the same image become that table's cells;
the rest come back as lines. Both are in points, so paragraphs, headings,
furniture and tables carried over a page break are handled by the same code
as for text PDFs.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from pipeline.document import Cell
from pipeline.readers.ocr_tables import Grid, GridCell, find_grids
from pipeline.readers.pdf_tables import PageTable
from pipeline.readers.pdf_text import Line
from pipeline.readers.textnorm import join_wrapped, normalize

OCR_DPI = 200
MIN_SCORE = 0.5
# Boxes on one visual line overlap vertically by at least this share of the smaller box.
SAME_LINE_OVERLAP = 0.5
# The machine is shared by several workers; two threads keep one OCR from starving the rest.
OCR_THREADS = min(2, os.cpu_count() or 1)


@lru_cache(maxsize=1)
def _engine():
    os.environ.setdefault("OMP_NUM_THREADS", str(OCR_THREADS))
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(intra_op_num_threads=OCR_THREADS, inter_op_num_threads=1)


def ocr_page(page: pdfium.PdfPage, page_no: int) -> tuple[list[Line], list[PageTable]]:
    """The page's text as lines top to bottom, and its ruled tables, in the page's own coordinates (points)."""
    scale = OCR_DPI / 72
    bitmap = page.render(scale=scale)
    try:
        pixels = np.asarray(without_red(bitmap.to_pil()))
    finally:
        bitmap.close()
    return _ocr_pixels(pixels, scale, page_no)


def ocr_image(image: Image.Image, scale: float, page_no: int) -> tuple[list[Line], list[PageTable]]:
    """A page given as an image (a scan or photo), ``scale`` pixels to a point: its lines and ruled tables."""
    return _ocr_pixels(np.asarray(without_red(image)), scale, page_no)


def _ocr_pixels(pixels: np.ndarray, scale: float, page_no: int) -> tuple[list[Line], list[PageTable]]:
    result, _ = _engine()(pixels)
    boxes = []
    for points, text, score in result or []:
        if float(score) < MIN_SCORE or not text.strip():
            continue
        xs = [p[0] / scale for p in points]
        ys = [p[1] / scale for p in points]
        boxes.append((min(xs), max(xs), min(ys), max(ys), text, float(score)))
    tables, rest = _fill_tables(find_grids(pixels[..., 0], scale), boxes, page_no, scale)
    return [_as_line(row, page_no) for row in _rows(rest)], tables


def without_red(image: Image.Image) -> Image.Image:
    """Red seals and signatures vanish in the red channel, while black print stays black."""
    return image.convert("RGB").getchannel("R").convert("RGB")


def _rows(boxes: list[tuple[float, float, float, float, str, float]]) -> list[list[tuple]]:
    """Boxes grouped into visual lines (the detector may cut one line into several boxes)."""
    rows: list[list[tuple]] = []
    for box in sorted(boxes, key=lambda b: (b[2], b[0])):
        row = rows[-1] if rows else None
        if row is not None:
            top, bottom = min(b[2] for b in row), max(b[3] for b in row)
            overlap = min(bottom, box[3]) - max(top, box[2])
            if overlap >= SAME_LINE_OVERLAP * min(bottom - top, box[3] - box[2]):
                row.append(box)
                continue
        rows.append([box])
    return [sorted(row, key=lambda b: b[0]) for row in rows]


def _as_line(row: list[tuple], page_no: int) -> Line:
    top, bottom = min(b[2] for b in row), max(b[3] for b in row)
    return Line(
        text=normalize(" ".join(b[4] for b in row)),
        page=page_no,
        x0=row[0][0],
        x1=max(b[1] for b in row),
        top=top,
        bottom=bottom,
        # A detection box hugs the glyphs, so its height is close to the font size.
        size=round(bottom - top, 1),
        confidence=round(min(b[5] for b in row), 2),
    )


def _fill_tables(
    grids: list[Grid], boxes: list[tuple], page_no: int, scale: float
) -> tuple[list[PageTable], list[tuple]]:
    """Each grid with the boxes whose centre lies in one of its cells, and the boxes left over."""
    tables = []
    for grid in grids:
        by_cell: dict[GridCell, list[tuple]] = {}
        outside = []
        for box in boxes:
            cell = grid.cell_at((box[0] + box[1]) / 2 * scale, (box[2] + box[3]) / 2 * scale)
            if cell is None:
                outside.append(box)
            else:
                by_cell.setdefault(cell, []).append(box)
        if by_cell:  # a ruled grid with no text in it (an empty form) is no table of the plan
            tables.append(_page_table(grid, by_cell, page_no, scale))
            boxes = outside
    return tables, boxes


def _page_table(grid: Grid, by_cell: dict[GridCell, list[tuple]], page_no: int, scale: float) -> PageTable:
    """The grid in points, each cell's lines joined in reading order (no space at a Han line break)."""
    x0, top, x1, bottom = (value / scale for value in grid.page_box())
    cells = [
        Cell(
            row=cell.row,
            col=cell.col,
            text=join_wrapped([" ".join(b[4] for b in row) for row in _rows(by_cell.get(cell, []))]),
            rowspan=cell.rowspan,
            colspan=cell.colspan,
        )
        for cell in grid.cells
    ]
    return PageTable(page_no, top, bottom, x0, x1, [x / scale for x in grid.col_lines[:-1]], cells)
