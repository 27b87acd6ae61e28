"""A PDF page's text layer as positioned lines, and whether that layer can be trusted.

pypdfium2 gives the page text in about a millisecond, with one character
index per text position, so a line's box, font size and weight come from its
first and last characters without walking every glyph. PDFium also drops the
second copy of fake-bold glyphs drawn twice, which pdfminer does not.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.readers.heading_patterns import MAX_HEADING_CHARS
from pipeline.readers.pdf_headings import is_emphasis_font
from pipeline.readers.textnorm import han_count, normalize

_LINE = re.compile(r"[^\r\n]+")
# What an unmapped glyph turns into: pdfminer's "(cid:NN)", U+FFFD, private-use or control characters.
_GARBAGE = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")
GARBAGE_SHARE = 0.2
# A page mostly covered by images with fewer Han characters than this is a scan (maybe with a stray text layer).
MIN_HAN_ON_SCANNED_PAGE = 40
SCANNED_IMAGE_COVER = 0.5
# Text converted to outlines draws many paths; a blank page with a rule or a frame draws a few.
PATHS_OF_OUTLINED_TEXT = 50


@dataclass(eq=False, frozen=True)
class Line:
    """One visual line, in points from the page's top-left (pdfplumber's convention)."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    emphasis: bool = False
    confidence: float | None = None  # OCR's score for the line; None for a text layer's line

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class PageInk:
    """What is drawn on a page besides text: decides OCR and whether to look for ruled tables."""

    image_cover: float
    n_paths: int


def survey_ink(page: pdfium.PdfPage) -> PageInk:
    width, height = page.get_size()
    image_area = 0.0
    n_paths = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            n_paths += 1
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            image_area += max(0.0, min(right, width) - max(left, 0)) * max(
                0.0, min(top, height) - max(bottom, 0)
            )
    return PageInk(image_cover=min(1.0, image_area / (width * height or 1)), n_paths=n_paths)


def text_lines(page: pdfium.PdfPage, page_no: int) -> list[Line]:
    """The page's lines in PDFium's reading order, text normalised, empty lines dropped."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        raw_text = textpage.get_text_range()
        lines = []
        for match in _LINE.finditer(raw_text):
            piece = match.group()
            stripped = piece.strip()
            if not stripped:
                continue
            first = match.start() + (len(piece) - len(piece.lstrip()))
            last = match.start() + len(piece.rstrip()) - 1
            order = _left_to_right(textpage, first, last)
            left = textpage.get_charbox(order[0], loose=True)[0]
            right = textpage.get_charbox(order[-1], loose=True)[2]
            _, bottom, _, top = textpage.get_charbox(first, loose=True)
            _, bottom_last, _, top_last = textpage.get_charbox(last, loose=True)
            text = normalize("".join(raw_text[i] for i in order))
            lines.append(
                Line(
                    text=text,
                    page=page_no,
                    x0=left,
                    x1=right,
                    top=height - max(top, top_last),
                    bottom=height - min(bottom, bottom_last),
                    size=pdfium_c.FPDFText_GetFontSize(textpage.raw, first),
                    emphasis=len(text) <= MAX_HEADING_CHARS and _is_emphasised(textpage, first),
                )
            )
        return lines
    finally:
        textpage.close()


def _left_to_right(textpage: pdfium.PdfTextPage, first: int, last: int) -> list[int]:
    """A line's character indices in the order they stand on the page, left to right.

    PDFium keeps the order of the content stream, and LibreOffice draws the
    glyphs of a fallback font (curly quotes, dashes) as a run of their own after
    the line's other text, so “共建共享” would read 共建共“”享 in index order.
    Glyph origins tell cheaply whether a line is in order; only a line that is
    not is sorted, by the centres of its glyphs' boxes.
    """
    indices = range(first, last + 1)
    x, y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref, raw = ctypes.byref(x), ctypes.byref(y), textpage.raw
    origins = []
    for i in indices:
        pdfium_c.FPDFText_GetCharOrigin(raw, i, x_ref, y_ref)
        origins.append(x.value)
    if all(a <= b for a, b in pairwise(origins)):
        return list(indices)
    return sorted(indices, key=lambda i: _centre(textpage.get_charbox(i)))


def _centre(box: tuple[float, float, float, float]) -> float:
    left, _, right, _ = box
    return (left + right) / 2


def _is_emphasised(textpage: pdfium.PdfTextPage, index: int) -> bool:
    weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), ctypes.byref(flags))
    return is_emphasis_font(buffer.value.decode("utf-8", "replace"), weight)


def text_layer_usable(lines: list[Line], ink: PageInk) -> bool:
    """False when the page should be OCRed: unreadable glyphs, or a scan with (almost) no text layer.

    An empty page with (almost) nothing drawn on it is blank, not unreadable;
    an empty page with images or text turned into outlines is not.
    """
    text = "".join(line.text for line in lines)
    if not text:
        return ink.image_cover == 0 and ink.n_paths < PATHS_OF_OUTLINED_TEXT
    if sum(len(m.group()) for m in _GARBAGE.finditer(text)) > GARBAGE_SHARE * len(text):
        return False
    return not (ink.image_cover >= SCANNED_IMAGE_COVER and han_count(text) < MIN_HAN_ON_SCANNED_PAGE)
