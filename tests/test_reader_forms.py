"""A plan laid out as a form (section label cell | body cell) reads as its sections, in Word and in PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document as DocxDocument

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


def test_schedule_table_with_numbered_periods_is_not_a_form(tmp_path: Path) -> None:
    word = DocxDocument()
    word.add_heading("五、进度安排", 1)
    table = word.add_table(rows=3, cols=2)
    for row, (period, work) in enumerate([("阶段", "主要任务"),
                                          ("一、2023年", "完成联合体组建，召开首次理事会，完成关键部件样机设计与验证。"),
                                          ("二、第二阶段", "完成整机集成与示范应用，形成批量生产能力，完成全部考核指标。")]):
        table.cell(row, 0).text, table.cell(row, 1).text = period, work
    word.save(tmp_path / "plan.docx")
    document = read(tmp_path / "plan.docx")
    assert [type(b) for b in document.blocks] == [Heading, Table]
