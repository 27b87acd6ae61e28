"""Alternative-format chunks (``w:altChunk``): content a program imported into a .docx without converting it.

Office systems that generate .docx from a web form often embed the body as an HTML (or RTF, or .docx)
chunk that Word converts only when it opens the file, so the package's own paragraphs hold nothing of
it. A chunk is read where it sits: a .docx chunk directly, any other through LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

import docx
from lxml import etree

from pipeline.document import Document
from pipeline.readers.guard import check_zip_package
from pipeline.readers.ooxml import EMBEDDED_DOCX, WORD_MAINS
from pipeline.scratch import scratch_dir

# The suffix LibreOffice needs to pick its import filter, by the chunk part's content type.
CHUNK_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "message/rfc822": ".html",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
}
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def chunk_document(package: docx.document.Document, chunk: etree._Element) -> Document | None:
    """The chunk ``w:altChunk`` refers to, read as a Document; None when it names no part of the package."""
    rel = package.part.rels.get(chunk.get(R_ID) or "")
    if rel is None or rel.is_external:
        return None
    part = rel.target_part
    with scratch_dir("chunk") as tmp:
        if part.content_type in (EMBEDDED_DOCX, *WORD_MAINS):
            path = Path(tmp) / "chunk.docx"
            path.write_bytes(part.blob)
            check_zip_package(path)  # a package inside the package: bounded like any other
            from pipeline.readers.docx import read_docx  # a chunk's reader is the reader of its host

            return read_docx(path)
        from pipeline.readers.legacy import read_doc

        path = Path(tmp) / "chunk.bin"
        path.write_bytes(part.blob)
        return read_doc(path, suffix=CHUNK_SUFFIXES.get(part.content_type, ".html"))
