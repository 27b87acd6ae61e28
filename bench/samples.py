"""The benchmark's inputs: the sample plans that have a text layer, and their bare text extraction.

Bare extraction is the floor a full review is compared with: the text alone,
by the fastest reader of each format, with no structure, tables or checks.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from docx import Document

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_submissions"


def _has_text_layer(pdf: Path) -> bool:
    """Whether a PDF opens without a password and has real text (bad inputs and scans are left out)."""
    try:
        doc = pypdfium2.PdfDocument(str(pdf))
    except pypdfium2.PdfiumError:
        return False
    try:
        return any(len(doc[i].get_textpage().get_text_range().strip()) > 50 for i in range(len(doc)))
    finally:
        doc.close()


def _opens_as_docx(path: Path) -> bool:
    try:
        Document(str(path))
    except Exception:  # encrypted, corrupt or renamed files among the bad-input samples
        return False
    return True


def text_samples() -> list[Path]:
    """The sample plans with a text layer (.docx and text PDFs); scans are left out, OCR would swamp the figures."""
    found = [p for p in sorted(SAMPLES.rglob("*.docx")) if _opens_as_docx(p)]
    found += [p for p in sorted(SAMPLES.rglob("*.pdf")) if _has_text_layer(p)]
    return [p for p in found if "generator" not in p.parts]


def bare_extraction(path: Path) -> str:
    """Plain text only: pypdfium2 page text for a PDF, python-docx paragraph text for a .docx."""
    if path.suffix == ".pdf":
        doc = pypdfium2.PdfDocument(str(path))
        try:
            return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        finally:
            doc.close()
    return "\n".join(p.text for p in Document(str(path)).paragraphs)
