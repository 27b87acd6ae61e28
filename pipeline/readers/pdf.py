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
from pipeline.readers.pdf_blocks import BodyPage, build_blocks
from pipeline.readers.pdf_furniture import PageLines, set_apart
from pipeline.readers.pdf_tables import MIN_PATHS_FOR_TABLE, PageTable, find_tables
from pipeline.readers.pdf_text import Line, survey_ink, text_layer_usable, text_lines

MAX_PAGES = 1000
MIN_BODY_CHARS = 10  # fewer than this in the whole body means nothing was read


@dataclass
class _ReadPage:
    page: int
    height: float
    reader: ReaderName
    lines: list[Line]
    tables: list[PageTable]


def read_pdf(path: Path) -> Document:
    """The plan in a PDF file; raises ReadError (encrypted, corrupt, empty, too_large, no_text)."""
    pdf = _open(path)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ReadError("empty")
        if n_pages > MAX_PAGES:
            raise ReadError("too_large", f"共 {n_pages} 页，上限 {MAX_PAGES} 页")
        pages = [_read_page(pdf, index) for index in range(n_pages)]
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
    )


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise ReadError("encrypted" if "password" in str(error).lower() else "corrupt") from error


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _ReadPage:
    page_no = index + 1
    page = pdf[index]
    try:
        ink = survey_ink(page)
        lines = text_lines(page, page_no)
        tables: list[PageTable] = []
        reader: ReaderName = "pdf-text"
        if not text_layer_usable(lines, ink):
            (lines, tables), reader = ocr_page(page, page_no), "pdf-ocr"
        elif ink.n_paths >= MIN_PATHS_FOR_TABLE:
            tables = find_tables(page, page_no)
            lines = [x for x in lines if not any(t.covers(x.x0, x.x1, x.middle) for t in tables)]
        return _ReadPage(page_no, page.get_height(), reader, lines, tables)
    finally:
        page.close()
