"""A plan laid out as a form (section label cell | body cell) reads as its sections, in Word and in PDF."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import Heading, Paragraph, Table
from pipeline.readers import read
from tests import reader_docx_samples as samples
from tests.reader_pdf_samples import to_pdf


def test_form_plan_printed_to_pdf_reads_as_its_sections(tmp_path: Path) -> None:
    document = read(to_pdf(samples.form_plan(tmp_path / "plan.docx"), tmp_path))
    headings = [b for b in document.blocks if isinstance(b, Heading) and b.text in samples.FORM_SECTIONS]
    assert [h.text for h in headings] == samples.FORM_SECTIONS
    background = document.blocks.index(headings[0])
    assert isinstance(document.blocks[background + 1], Paragraph)
    assert "背景与意义的说明" in document.blocks[background + 1].text
    assert any("牵头单位" in b.text for b in document.blocks[:background] if isinstance(b, Table))
    assert [b.prov.block for b in document.blocks] == list(range(len(document.blocks)))
    budget = document.blocks[-1]
    assert isinstance(budget, Table) and "一、企业自筹" in budget.text, "numbered rows with figures stay a table"
