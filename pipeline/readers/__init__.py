"""``read(path)``: any submitted file to a Document, or a ``ReadError`` with a stable code.

The format is sniffed from the content, the file is bounded before a parser
opens it, and whatever a parser throws on a damaged file becomes ``corrupt``,
so callers handle exactly one exception type. A plan laid out as a form is
unfolded into its sections (forms.py), whichever reader saw it.

A glance (``glance=True``) is for telling what a document is: a scan is read
by OCR only on its first page (an image at a lower resolution), and the
Document says it is not ``complete``. Text layers and Word files are cheap and
always read whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pipeline.document import Document
from pipeline.errors import ReadError
from pipeline.readers.forms import unfold_forms
from pipeline.readers.guard import check_file_size, check_zip_package
from pipeline.readers.sniff import Format, sniff
from pipeline.wording import say

__all__ = ["ReadError", "read"]


def _read_pdf(path: Path, glance: bool) -> Document:
    from pipeline.readers.pdf import read_pdf  # the PDF/OCR stack is heavy: load it only for PDFs

    return read_pdf(path, GLANCE_OCR_PAGES if glance else None)


def _read_docx(path: Path, glance: bool) -> Document:
    from pipeline.readers.docx import read_docx

    return read_docx(path)


def _read_flat_opc(path: Path, glance: bool) -> Document:
    from pipeline.readers.flat_opc import read_flat_opc

    return read_flat_opc(path)


def _converted(suffix: str) -> Callable[[Path, bool], Document]:
    """A reader that has LibreOffice convert the file to .docx first (.doc, .rtf, .odt, Word XML, web pages)."""
    def read_converted(path: Path, glance: bool) -> Document:
        from pipeline.readers.legacy import read_doc

        return read_doc(path, suffix=suffix)

    return read_converted


def _read_image(path: Path, glance: bool) -> Document:
    from pipeline.readers.image import read_image

    return read_image(path, glance)


READERS: dict[Format, Callable[[Path, bool], Document]] = {
    "pdf": _read_pdf, "docx": _read_docx, "flatopc": _read_flat_opc, "image": _read_image,
    "doc": _converted(".doc"), "rtf": _converted(".rtf"), "odt": _converted(".odt"),
    "wordml": _converted(".xml"), "html": _converted(".html"),
}
WPS_SUFFIX = ".wps"
GLANCE_OCR_PAGES = 1  # a scan's title and opening: what tells a licence, a 承诺书 or a letter apart


def read(path: Path, glance: bool = False) -> Document:
    path = Path(path)
    fmt = sniff(path)
    check_file_size(path)
    if fmt in ("docx", "odt"):
        check_zip_package(path)
    try:
        document = READERS[fmt](path, glance)
    except ReadError:
        raise
    except Exception as exc:  # a parser's own exception on a damaged file is a corrupt file to the clerk
        raise ReadError("corrupt", f"{type(exc).__name__}: {str(exc)[:200]}") from exc
    if not document.blocks:
        raise ReadError("empty", say("errors.detail.no_body"))
    if fmt == "doc" and path.suffix.lower() == WPS_SUFFIX:
        document.format = "wps"  # the contract's name for a WPS file in the Word 97 format

    return unfold_forms(document)
