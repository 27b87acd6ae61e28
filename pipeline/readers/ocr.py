"""OCR of a scanned PDF page into the same positioned lines and tables the text layer gives.

RapidOCR (PP-OCRv4 models inside the wheel, nothing downloaded) reads a page
rendered at 200 dpi in a few seconds. The engine takes about a second to
load, so one is made per process, on first need, and reused. Its stages are
run one by one rather than as one call, so the page is read as a person
reads it from its red channel, where red seal ink fades; the text boxes found tell whether
the page lies on its side, and a few of its longest lines whether it is upside
down, so the page is turned once rather than each line; a line with a
doubtful character is read again from its darkest ink. What OCR returns is
stored by page image (ocr_cache.py). Text boxes that fall inside a ruled grid
found in the same image become that table's cells; the rest come back as
lines, straightened by the page's tilt. Both are in points on the upright
page, so paragraphs, headings, furniture and tables carried over a page break
are handled by the same code as for text PDFs, and each line keeps how sure
the recogniser was of it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from pipeline.document import Cell
from pipeline.readers.ocr_cache import PageRead, TextBox, keep, page_key, recall
from pipeline.readers.ocr_tables import Grid, GridCell, find_grids
from pipeline.readers.orientation import longest, lying, may_be_upside_down, straighten, tilt, upside_down
from pipeline.readers.pdf_tables import PageTable
from pipeline.readers.pdf_text import Line
from pipeline.readers.seal import cleaned, doubtful
from pipeline.readers.textnorm import join_wrapped, normalize

OCR_DPI = 200
MIN_SCORE = 0.5
# Long side of the image boxes are detected on (RapidOCR's default): at 1280 a lone digit in a table cell is lost.
DET_LONG_SIDE = 2000
MIN_DET_SIDE = 32
MAX_CONFIDENCE = 0.99  # of an OCR'd line, however sure the recogniser says it is
# Boxes on one visual line overlap vertically by at least this share of the smaller box.
SAME_LINE_OVERLAP = 0.5
# A gap of this many box heights before a labelled box ("所属领域：") parts two fields of a cover form.
FIELD_GAP = 1.5
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
# The machine is shared by several workers; two threads keep one OCR from starving the rest.
OCR_THREADS = min(2, os.cpu_count() or 1)
# The recogniser reads a list comma (、) as the radical 丶, which no plan means; names listed "A、B" fell apart.
LOOKALIKES = str.maketrans({"丶": "、"})
# It reads a full stop (。) after a Han character or closing bracket or quote as a dot or degree sign: "依赖国外·杭州…",
# "…1000万元°分年度"; sentences, list items and dates ran on into the next. (A 间隔号 between the parts of a foreign
# name is rare in a plan; a degree sign follows a digit.)
_FULL_STOP_READ_AS_DOT = re.compile(r"(?<=[\u4e00-\u9fff）)”])[·•°]")
# It reads a comma (，) between two phrases as a closing single quote: "牵头单位’负责…", "检验检测机构’负责…"; the
# phrase describing a member then ran into its task. A line with an opening ‘ keeps its ’ (a quote inside a quote).
_COMMA_READ_AS_QUOTE = re.compile(r"(?<=[\u4e00-\u9fff）)”\"])’(?=[\u4e00-\u9fff])")
_OPENING_SINGLE_QUOTE = "‘"


@lru_cache(maxsize=1)
def engine():
    """The one RapidOCR engine of this process, loaded on first need (about a second)."""
    os.environ.setdefault("OMP_NUM_THREADS", str(OCR_THREADS))
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(intra_op_num_threads=OCR_THREADS, inter_op_num_threads=1)


@dataclass
class OcrPage:
    """A page as OCR read it, upright: lines top to bottom and ruled tables, in points, and its height."""

    lines: list[Line]
    tables: list[PageTable]
    height: float


def ocr_page(page: pdfium.PdfPage, page_no: int) -> OcrPage:
    """The page's text as lines top to bottom, and its ruled tables, in the page's own coordinates (points)."""
    scale = OCR_DPI / 72
    bitmap = page.render(scale=scale)
    try:
        image = bitmap.to_pil()
    finally:
        bitmap.close()
    return ocr_image(image, scale, page_no)


def ocr_image(image: Image.Image, scale: float, page_no: int) -> OcrPage:
    """A page given as an image (a scan or photo), ``scale`` pixels to a point, turned upright if need be."""
    pixels = without_red(image)
    key = page_key(pixels)
    read = recall(key)
    if read is None:
        read = _read_boxes(pixels)
        keep(key, read)
    upright = np.rot90(pixels, read.turns)
    height, width = upright.shape[:2]
    angle = tilt([np.array(b.quad) for b in read.boxes])
    as_found, straightened = [], []
    for index, box in enumerate(read.boxes):
        for corners, into in ((np.array(box.quad) / scale, as_found),
                              (straighten(np.array(box.quad), angle, (width / 2, height / 2)) / scale, straightened)):
            xs, ys = corners[:, 0], corners[:, 1]
            into.append((float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max()), box.text, box.score, index))
    # Rulings are found in the image as it is, so boxes are placed in cells as found; only the lines left
    # outside every table are straightened, so a tilt does not push a cell's second line into the next row.
    tables, rest = _fill_tables(find_grids(np.ascontiguousarray(upright[..., 0]), scale), as_found, page_no, scale)
    lines = [straightened[box[6]] for box in rest]
    return OcrPage([_as_line(field, page_no) for row in _rows(lines) for field in _fields(row)], tables, height / scale)


def _read_boxes(pixels: np.ndarray) -> PageRead:
    """The page's text boxes, read once it is upright: turned a quarter when its lines run up or down, and
    half round when its longest lines read better that way. A line read with a
    doubtful character is read again from its crop with only the darkest ink kept."""
    turns = 1 if (quads := _detect(pixels)) and lying(quads) else 0
    if turns:
        quads = _detect(np.rot90(pixels, turns))
    crops, readings = _read_lines(np.rot90(pixels, turns), quads)
    sample = longest(quads)
    as_found = [readings[i][1] for i in sample]
    if may_be_upside_down(as_found):
        turned = _recognise([np.rot90(crops[i], 2) for i in sample])
        if upside_down(as_found, [mean for _, mean, _ in turned]):
            turns += 2
            quads = _detect(np.rot90(pixels, turns))
            crops, readings = _read_lines(np.rot90(pixels, turns), quads)
    retry = [i for i, (_, _, weakest) in enumerate(readings) if doubtful(weakest)]
    if retry:
        for i, again in zip(retry, _recognise([cleaned(crops[i]) for i in retry]), strict=True):
            if again[2] > readings[i][2]:
                readings[i] = again
    boxes = tuple(
        TextBox(tuple((float(x), float(y)) for x, y in quad), text, round(weakest, 3))
        for quad, (text, mean, weakest) in zip(quads, readings, strict=True)
        if mean >= MIN_SCORE and text.strip()
    )
    return PageRead(turns % 4, boxes)


def _read_lines(pixels: np.ndarray, quads: list[np.ndarray]) -> tuple[list[np.ndarray], list[tuple[str, float, float]]]:
    """Each box's crop and its reading as it lies."""
    crops = _crops(pixels, quads) if quads else []
    return crops, _recognise(crops)


def _recognise(crops: list[np.ndarray]) -> list[tuple[str, float, float]]:
    """Each crop's text, its mean score, and the score of its least sure letter, digit or Han character
    (punctuation is often unsure and rarely matters; one misread character in a name or number does)."""
    if not crops:
        return []
    out = []
    for text, mean, info in engine().text_rec(crops, True)[0]:
        scores = [float(score) for char, score in zip(text, info[4], strict=False) if char.isalnum()]
        out.append((text.translate(LOOKALIKES), float(mean), min(scores, default=float(mean))))
    return out


def _detect(pixels: np.ndarray) -> list[np.ndarray]:
    """Text boxes (four corners, clockwise from top-left) in the image's pixels, top to bottom. Boxes are
    found on the page shrunk to ``DET_LONG_SIDE``; lines are then read from the full-size image."""
    height, width = pixels.shape[:2]
    factor = min(1.0, DET_LONG_SIDE / max(height, width))
    if min(height, width) * factor < MIN_DET_SIDE:
        return []
    small = cv2.resize(pixels, (round(width * factor), round(height * factor)), interpolation=cv2.INTER_AREA)
    quads, _ = engine().auto_text_det(np.ascontiguousarray(small))
    if quads is None:
        return []
    return [np.clip(q / factor, 0, (width - 1, height - 1)).astype(np.float32) for q in quads]


def _crops(pixels: np.ndarray, quads: list[np.ndarray]) -> list[np.ndarray]:
    return engine().get_crop_img_list(np.ascontiguousarray(pixels), quads)


def without_red(image: Image.Image) -> np.ndarray:
    """The page as OCR reads it: its red channel, where black print stays black and red seal ink turns light.

    Red ink is not scrubbed to white: where a seal crosses grey print or a thin ruling the two blend into
    something as red as the seal, and scrubbing it cut the print under a seal and the borders of the table
    row it was pressed on. A line still read doubtfully under a dark seal is read again (``cleaned``)."""
    return np.repeat(np.asarray(image.convert("RGB"))[..., 0][..., None], 3, axis=2)


def _rows(boxes: list[tuple]) -> list[list[tuple]]:
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


def _fields(row: list[tuple]) -> list[list[tuple]]:
    """A visual line cut where a cover form sets fields side by side ("申报类型：类型二        所属领域：…"): a wide
    gap before a box opening with a label starts a field of its own, so each keeps its own OCR score and a
    seal over one does not make the other doubtful."""
    fields = [[row[0]]]
    for box in row[1:]:
        last = fields[-1][-1]
        if box[0] - last[1] >= FIELD_GAP * (last[3] - last[2]) and _FIELD_LABEL.match(box[4]):
            fields.append([box])
        else:
            fields[-1].append(box)
    return fields


def _as_line(row: list[tuple], page_no: int) -> Line:
    top, bottom = min(b[2] for b in row), max(b[3] for b in row)
    return Line(
        text=_punctuation_mended(normalize(" ".join(b[4] for b in row))),
        page=page_no,
        x0=row[0][0],
        x1=max(b[1] for b in row),
        top=top,
        bottom=bottom,
        # A detection box hugs the glyphs, so its height is close to the font size.
        size=round(bottom - top, 1),
        confidence=_confidence(row),
    )


def _punctuation_mended(text: str) -> str:
    """The line with the full stops and commas the recogniser misread as other marks put back."""
    text = _FULL_STOP_READ_AS_DOT.sub("。", text)
    return text if _OPENING_SINGLE_QUOTE in text else _COMMA_READ_AS_QUOTE.sub("，", text)


def _confidence(boxes: list[tuple]) -> float | None:
    """How sure the OCR was of the least sure box, never full: a value read from it may be misread."""
    return min(MAX_CONFIDENCE, *(b[5] for b in boxes)) if boxes else None


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
            confidence=_confidence(by_cell.get(cell, [])),
        )
        for cell in grid.cells
    ]
    return PageTable(page_no, top, bottom, x0, x1, [x / scale for x in grid.col_lines[:-1]], cells)
