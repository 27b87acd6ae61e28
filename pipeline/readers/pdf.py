"""Read a PDF plan into the shared Document: text layer where it is good, OCR where it is not.

Pages are visited one at a time and closed after use, so a long PDF never
holds more than one rendered page; what is kept per page is its lines and
tables. Furniture (running headers, footers, 目录) needs every page's lines to
be known, so blocks are built in a second, cheap pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.document import Document, ReaderName
from pipeline.errors import ReadError
from pipeline.readers.ocr import ocr_page
from pipeline.readers.page_quality import judge_text_layer
from pipeline.readers.pdf_blocks import BodyPage, build_blocks
from pipeline.readers.pdf_borderless import find_borderless_tables
from pipeline.readers.pdf_furniture import PageLines, set_apart
from pipeline.readers.pdf_tables import MIN_PATHS_FOR_TABLE, PageTable, find_tables
from pipeline.readers.pdf_text import Line, survey_ink, text_lines
from pipeline.wording import say

MAX_PAGES = 1000
MIN_BODY_CHARS = 10  # fewer than this in the whole body means nothing was read


@dataclass
class _ReadPage:
    page: int
    height: float
    reader: ReaderName
    lines: list[Line]
    tables: list[PageTable]
    skipped: bool = False  # a scanned page left unread by a glance


def read_pdf(path: Path, ocr_limit: int | None = None) -> Document:
    """The plan in a PDF file; raises ReadError (encrypted, corrupt, empty, too_large, no_text).

    With ``ocr_limit``, only that many scanned pages are OCR'd; later scanned pages are left out and the
    Document is marked incomplete."""
    pdf = _open(path)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ReadError("empty")
        if n_pages > MAX_PAGES:
            raise ReadError("too_large", say("errors.detail.too_many_pages", pages=n_pages, limit=MAX_PAGES))
        pages = []
        for index in range(n_pages):
            may_ocr = ocr_limit is None or sum(p.reader == "pdf-ocr" for p in pages) < ocr_limit
            pages.append(_read_page(pdf, index, may_ocr))
    finally:
        pdf.close()
    furniture, taken = set_apart([PageLines(p.page, p.height, p.lines) for p in pages])
    blocks = build_blocks(
        [BodyPage(p.page, p.reader, [x for x in p.lines if x not in taken], p.tables) for p in pages]
    )
    if sum(len(b.text.strip()) for b in blocks) < MIN_BODY_CHARS:
        raise ReadError("no_text")
    with_content = [p for p in pages if p.lines or p.tables]
    scanned = sum(p.reader == "pdf-ocr" for p in with_content)
    return Document(
        source=str(path),
        format="pdf-ocr" if scanned > len(with_content) / 2 else "pdf",
        blocks=blocks,
        furniture=furniture,
        pages=n_pages,
        complete=not any(p.skipped for p in pages),
    )


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise ReadError("encrypted" if "password" in str(error).lower() else "corrupt") from error


def _read_page(pdf: pdfium.PdfDocument, index: int, may_ocr: bool) -> _ReadPage:
    """A page from its text layer, or by OCR when that layer is missing or unreadable (fonts without a
    Unicode map, a scan's stray text): the page's blocks then say ``pdf-ocr``."""
    page_no = index + 1
    page = pdf[index]
    try:
        ink = survey_ink(page)
        text = text_lines(page, page_no)
        lines, height = text.lines, text.height
        tables: list[PageTable] = []
        if not judge_text_layer(lines, ink).usable:
            if not may_ocr:
                return _ReadPage(page_no, page.get_height(), "pdf-ocr", [], [], skipped=True)
            read = ocr_page(page, page_no)
            return _ReadPage(page_no, read.height, "pdf-ocr", read.lines, read.tables)
        if ink.n_paths >= MIN_PATHS_FOR_TABLE and not text.turned:  # rules are found in the page's own frame
            tables = find_tables(page, page_no)
            lines = [x for x in lines if not any(t.covers(x.x0, x.x1, x.middle) for t in tables)]
        borderless, lines = find_borderless_tables(lines, page_no)
        tables.extend(borderless)
        return _ReadPage(page_no, height, "pdf-text", lines, tables)
    finally:
        page.close()
