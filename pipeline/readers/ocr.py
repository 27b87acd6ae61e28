"""OCR of a scanned PDF page into the same positioned lines the text layer gives.

RapidOCR (PP-OCRv4 models inside the wheel, nothing downloaded) reads a page
rendered at 200 dpi in a few seconds. The engine takes about a second to
load, so one is made per process, on first need, and reused. Lines come back
in points, so paragraphs, headings and furniture are found by the same code
as for text PDFs.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from pipeline.readers.pdf_text import Line
from pipeline.readers.textnorm import normalize

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


def ocr_lines(page: pdfium.PdfPage, page_no: int) -> list[Line]:
    """The page's text as lines, top to bottom, in the page's own coordinates (points)."""
    scale = OCR_DPI / 72
    bitmap = page.render(scale=scale)
    try:
        image = without_red(bitmap.to_pil())
    finally:
        bitmap.close()
    result, _ = _engine()(np.asarray(image))
    boxes = []
    for points, text, score in result or []:
        if float(score) < MIN_SCORE or not text.strip():
            continue
        xs = [p[0] / scale for p in points]
        ys = [p[1] / scale for p in points]
        boxes.append((min(xs), max(xs), min(ys), max(ys), text))
    return [_as_line(row, page_no) for row in _rows(boxes)]


def without_red(image: Image.Image) -> Image.Image:
    """Red seals and signatures vanish in the red channel, while black print stays black."""
    return image.convert("RGB").getchannel("R").convert("RGB")


def _rows(boxes: list[tuple[float, float, float, float, str]]) -> list[list[tuple]]:
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
    )
