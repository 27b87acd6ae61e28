"""A PDF page's text layer as positioned lines in reading order, and whether that layer can be trusted.

Lines are built from PDFium's glyphs (``pdf_glyphs``: upright, each drawn
once, grouped by baseline), not from the line breaks PDFium guesses in stream
order, which merge two lines of different sizes or interleave columns; the
rows are then read column by column (``pdf_columns``). A line's weight comes
from its first glyph.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.readers.heading_patterns import MAX_HEADING_CHARS
from pipeline.readers.pdf_columns import LineSpec, arrange, pieces_of
from pipeline.readers.pdf_glyphs import page_glyphs, rows_of
from pipeline.readers.pdf_headings import is_emphasis_font
from pipeline.readers.textnorm import normalize

_LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class Span:
    """A stretch of a line standing apart from the rest: its extent and text."""

    x0: float
    x1: float
    text: str


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
    cells: tuple[Span, ...] = ()  # pieces set apart by wide white, as a borderless table row's cells
    left: float | None = None  # margins of the column the line stands in; None: the page's
    right: float | None = None
    confidence: float | None = None  # OCR's recognition score; None for a text layer

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


@dataclass(frozen=True)
class PageText:
    """A page's lines, and the page as they stand: turned pages are measured in their upright frame."""

    lines: list[Line]
    height: float
    turned: bool


def text_lines(page: pdfium.PdfPage, page_no: int) -> PageText:
    """The page's lines in reading order (columns one after the other), text normalised, empty lines dropped."""
    textpage = page.get_textpage()
    try:
        upright = page_glyphs(page, textpage)
        specs = arrange([pieces_of(row) for row in rows_of(upright.glyphs)])
        lines = [line for spec in specs if (line := _line(spec, textpage, page_no)) is not None]
        return PageText(lines, upright.height, upright.turned)
    finally:
        textpage.close()


def _line(spec: LineSpec, textpage: pdfium.PdfTextPage, page_no: int) -> Line | None:
    glyphs = [g for piece in spec.pieces for g in piece.glyphs]
    text = normalize(" ".join(piece.text for piece in spec.pieces))
    if not text:
        return None
    first = next((g for g in glyphs if not g.text.isspace()), glyphs[0])
    cells = tuple(Span(p.x0, p.x1, normalize(p.text)) for p in spec.pieces) if len(spec.pieces) > 1 else ()
    return Line(
        text=text,
        page=page_no,
        x0=spec.pieces[0].x0,
        x1=spec.pieces[-1].x1,
        top=min(g.top for g in glyphs),
        bottom=max(g.bottom for g in glyphs),
        size=first.size,
        emphasis=len(text) <= MAX_HEADING_CHARS and _is_emphasised(textpage, first.index),
        cells=cells,
        left=spec.left,
        right=spec.right,
    )


def _is_emphasised(textpage: pdfium.PdfTextPage, index: int) -> bool:
    weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), ctypes.byref(flags))
    return is_emphasis_font(buffer.value.decode("utf-8", "replace"), weight)

