"""A district office's short papers in Word (仿宋 body, 黑体 title), saved so reruns give the same bytes, and
their LibreOffice PDF where a package sends a PDF."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from ..convert import pin_pdf_dates, soffice_convert

BODY_FONT = "仿宋"
TITLE_FONT = "黑体"
SIGNED_AT = dt.datetime(2022, 11, 15, 9, 0, 0)
ZIP_TIME = (2022, 11, 15, 9, 0, 0)


def new_document() -> DocumentObject:
    """An A4 document with 公文 margins and fixed core properties (no author, no run-time dates)."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    properties = document.core_properties
    properties.author, properties.created, properties.modified = "", SIGNED_AT, SIGNED_AT
    return document


def set_font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold


def title(document: DocumentObject, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(18)
    set_font(paragraph.add_run(text), TITLE_FONT, 20, bold=True)


def line(document_or_cell, text: str, *, indent: bool = True, align: str = "left", size: float = 15,
         bold: bool = False, space_after: float = 0) -> Paragraph:
    """A body line: first-line indent of two characters unless ``indent`` is off; ``align`` left/right/center."""
    paragraph = document_or_cell.add_paragraph()
    paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.JUSTIFY, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    paragraph.paragraph_format.line_spacing = Pt(28)
    paragraph.paragraph_format.space_after = Pt(space_after)
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(2 * size)
    set_font(paragraph.add_run(text), BODY_FONT, size, bold=bold)
    return paragraph


def docx_bytes(document: DocumentObject) -> bytes:
    """The .docx with every zip entry stamped at one fixed time, so reruns give identical bytes."""
    saved = io.BytesIO()
    document.save(saved)
    return restamp_zip(saved.getvalue())


def restamp_zip(data: bytes) -> bytes:
    """Rewrites an OOXML package with fixed entry times (python-docx stamps the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), source.read(info),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf_from_docx(docx: bytes, work: Path, stem: str) -> Path:
    """The LibreOffice PDF of a .docx (dates pinned), written under ``work``; returns its path."""
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        source = Path(tmp) / f"{stem}.docx"
        source.write_bytes(docx)
        pdf = soffice_convert(source, "pdf", work / "pdf")
    pin_pdf_dates(pdf)
    return pdf
