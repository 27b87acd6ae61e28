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


def test_schedule_and_member_tables_with_numbered_rows_are_not_forms(tmp_path: Path) -> None:
    word = DocxDocument()
    word.add_heading("三、组织架构与运行机制", 1)
    members = word.add_table(rows=2, cols=2)
    for row, (name, about) in enumerate([("（一）杭州富春光联科技股份有限公司", "牵头单位，省科技领军企业，负责光模块设计、封装与产业化。"),
                                         ("（二）杭州电子科技大学", "国内电子信息领域优势高校，负责高速调制与相干接收算法研究。")]):
        members.cell(row, 0).text, members.cell(row, 1).text = name, about
    word.add_heading("五、进度安排", 1)
    schedule = word.add_table(rows=3, cols=2)
    for row, (period, work) in enumerate([("阶段", "主要任务"),
                                          ("一、2023年", "完成联合体组建，召开首次理事会，完成关键部件样机设计与验证。"),
                                          ("二、第二阶段", "完成整机集成与示范应用，形成批量生产能力，完成全部考核指标。")]):
        schedule.cell(row, 0).text, schedule.cell(row, 1).text = period, work
    word.save(tmp_path / "plan.docx")
    document = read(tmp_path / "plan.docx")
    assert [type(b) for b in document.blocks] == [Heading, Table, Heading, Table]
