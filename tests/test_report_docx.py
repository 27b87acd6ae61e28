"""report.docx as Word and LibreOffice show it: styles, fonts, tables, line breaks, and a real conversion to PDF."""

from __future__ import annotations

import re
import subprocess

import docx
import pypdfium2
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from pipeline.overrides import Override, Overrides
from pipeline.report.docx_report import COLUMN_WIDTHS_CM, write_report_docx
from pipeline.report.labels import severity_label, status_label
from pipeline.review import review_plan, write_plan_outputs
from pipeline.rulepack import load_rulepack
from tests.review_samples import PLANTED_SCRIPT, PlanText, default_members, write_plan

PACK = load_rulepack()
TITLE = "创新联合体实施方案审查意见"
NOTE = "第6家单位未盖章\n不计入"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A reviewed plan with hostile member text, one reviewer decision and one decision made before an edit."""
    root = tmp_path_factory.mktemp("docx_report")
    lead = "杭州余杭智算科技有限公司"
    plan = write_plan(root / "input" / "余杭区" / "智算联合体实施方案.docx", PlanText(
        name="浙江省智能计算创新联合体", lead=lead, district_line="推荐单位：余杭区科技局",
        members=[*default_members(lead), (PLANTED_SCRIPT, "企业", "测试 & 验证")]))
    machine = review_plan(plan, root / "input", PACK)
    rel, sha = machine["source"]["file"], machine["source"]["sha256"]
    decisions = Overrides({rel: {"members.min_count": Override("fail", "张三", NOTE, sha),
                                 "org.council": Override("fail", "李四", "理事会名单缺失", "0" * 64)}})
    shown = write_plan_outputs(machine, root / "out", decisions, PACK)
    return shown, root / "out" / "report.docx"


def _check(result: dict, check_id: str) -> dict:
    return next(c for c in result["checks"] if c["id"] == check_id)


def _row_of(document: docx.document.Document, title: str) -> list[str]:
    check_table = next(t for t in document.tables if t.cell(0, 0).text == "检查项")
    return next([c.text for c in row.cells] for row in check_table.rows if row.cells[0].text == title)


def test_normal_text_is_songti_10_5pt_also_for_chinese_characters(reviewed):
    normal = docx.Document(reviewed[1]).styles["Normal"]
    assert normal.font.name == "宋体" and normal.font.size == Pt(10.5)
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"


def test_title_headings_and_quotes_use_words_builtin_styles(reviewed):
    result, path = reviewed
    document = docx.Document(path)
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert styled[0] == ("Title", TITLE)
    assert document.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert [text for style, text in styled if style == "Heading 1"] == ["一、方案概况", "二、成员单位", "三、逐项审查",
                                                                       "四、原文依据"]
    quoted = [c for c in result["checks"] if any(e.get("source") != "reviewer" for e in c.get("evidence") or [])]
    assert [text for style, text in styled if style == "List Bullet"] == [c["title"] for c in quoted]
    quotes = [text for style, text in styled if style == "Quote"]
    assert len(quotes) == sum(1 for c in quoted for e in c["evidence"] if e.get("source") != "reviewer")
    assert all(q.startswith("“") for q in quotes)
    assert {t.style.name for t in document.tables} == {"Table Grid"}


def test_tables_have_a_bold_header_row_and_the_same_fixed_widths_in_every_row(reviewed):
    document = docx.Document(reviewed[1])
    widths = []
    for table in document.tables:
        assert not table.autofit
        assert all(run.bold for cell in table.rows[0].cells for p in cell.paragraphs for run in p.runs)
        assert not any(run.bold for row in table.rows[1:] for cell in row.cells for p in cell.paragraphs
                       for run in p.runs)
        grid = [column.width for column in table.columns]
        assert all([cell.width for cell in row.cells] == grid for row in table.rows)
        widths.append(tuple(round(width.cm, 1) for width in grid))
    assert widths == [COLUMN_WIDTHS_CM["facts"], COLUMN_WIDTHS_CM["members"], COLUMN_WIDTHS_CM["checks"]]


def test_the_page_is_a4_and_every_table_fits_between_the_margins(reviewed):
    document = docx.Document(reviewed[1])
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    text_width = section.page_width - section.left_margin - section.right_margin
    for table in document.tables:
        assert sum(column.width for column in table.columns) <= text_width


def test_members_and_hostile_text_read_back_exactly(reviewed):
    result, path = reviewed
    members = next(t for t in docx.Document(path).tables if t.cell(0, 0).text == "序号")
    rows = [(row.cells[1].text, row.cells[4].text) for row in members.rows[1:]]
    assert rows == [(m["name"], m["role"]) for m in result["extracted"]["members"]]
    assert (PLANTED_SCRIPT, "测试&验证") in rows


def test_line_breaks_inside_cells_stay_line_breaks(reviewed):
    result, path = reviewed
    document = docx.Document(path)
    decided = _check(result, "members.min_count")
    conclusion, explanation = _row_of(document, decided["title"])[2:]
    assert conclusion.split("\n") == [f"{status_label('fail')}（{severity_label(decided['severity'])}）",
                                      f"审查人张三复核；机器结论：{status_label(decided['override']['machine_status'])}"]
    assert explanation.split("\n") == [decided["message"], "复核说明：第6家单位未盖章", "不计入"]
    stale = _check(result, "org.council")
    assert _row_of(document, stale["title"])[2].split("\n")[1] == f"复核意见已失效（方案已变更）：李四曾改为{status_label('fail')}"
    assert any("李四 对 org.council 的复核意见" in p.text for p in document.paragraphs)


def test_a_character_word_cannot_hold_leaves_no_report(reviewed, tmp_path):
    result = {**reviewed[0], "override_notes": ["不可用字符\uffff"]}
    with pytest.raises(ValueError, match="U\\+FFFF"):
        write_report_docx(result, PACK, tmp_path / "report.docx")
    assert list(tmp_path.iterdir()) == []


def _comparable(text: str) -> str:
    """Text without spacing and curly quotes: PDF text extraction moves a quote mark set in another font."""
    return re.sub(r"[\s“”‘’]+", "", text)


@pytest.mark.slow
def test_libreoffice_prints_the_title_every_member_and_every_quote(reviewed, tmp_path):
    result, path = reviewed
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=180)
    pdf = pypdfium2.PdfDocument(tmp_path / "report.pdf")
    try:
        text = _comparable("".join(page.get_textpage().get_text_range() for page in pdf))
    finally:
        pdf.close()
    assert TITLE in text, done.stdout + done.stderr
    for member in result["extracted"]["members"]:
        assert _comparable(member["name"]) in text
    quotes = [e["text"] for c in result["checks"] for e in c.get("evidence") or [] if e.get("source") != "reviewer"]
    assert quotes
    for quote in quotes:
        assert _comparable(quote) in text
