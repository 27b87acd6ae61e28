"""report.docx as the 形式审查意见 a clerk forwards: what Word and LibreOffice show of it, and a real conversion to PDF."""

from __future__ import annotations

import copy
import re
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pypdfium2
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from flows.plan_review import review_plan, write_plan_outputs
from pipeline.overrides import Override, Overrides
from pipeline.report.docx_report import COLUMN_WIDTHS_CM, write_report_docx
from pipeline.report.labels import severity_label, status_label
from pipeline.rulepack import Office, load_rulepack
from tests.review_samples import PLANTED_SCRIPT, PlanText, default_members, write_plan

PACK = load_rulepack()
NAME = "浙江省智能计算创新联合体"
TITLE = f"《{NAME}实施方案》形式审查意见"
NOTE = "第6家单位未盖章\n不计入"
CHECKS_HEADER = ["序号", "检查项", "结论", "依据", "原文与位置"]


def _today() -> str:
    day = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    return f"{day.year}年{day.month}月{day.day}日"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A reviewed plan with hostile member text, one reviewer decision and one decision made before an edit."""
    root = tmp_path_factory.mktemp("docx_report")
    lead = "杭州余杭智算科技有限公司"
    plan = write_plan(root / "input" / "余杭区" / "智算联合体实施方案.docx", PlanText(
        name=NAME, lead=lead, district_line="推荐单位：余杭区科技局",
        members=[*default_members(lead), (PLANTED_SCRIPT, "企业", "测试 & 验证")]))
    machine = review_plan(plan, root / "input", PACK)
    rel, sha = machine.source.file, machine.source.sha256
    decisions = Overrides({rel: {"members.min_count": Override("fail", "张三", NOTE, sha),
                                 "org.council": Override("fail", "李四", "理事会名单缺失", "0" * 64)}})
    shown = write_plan_outputs(machine, root / "out", decisions, PACK)
    return shown.dump(), root / "out" / "report.docx"


def _check(result: dict, check_id: str) -> dict:
    return next(c for c in result["checks"] if c["id"] == check_id)


def _checks_table(document: docx.document.Document):
    return next(t for t in document.tables if [c.text for c in t.rows[0].cells] == CHECKS_HEADER)


def _row_of(document: docx.document.Document, title: str) -> list[str]:
    return next([c.text for c in row.cells] for row in _checks_table(document).rows if row.cells[1].text == title)


def _texts(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_title_names_the_plan_then_district_office_and_date(reviewed):
    document = docx.Document(reviewed[1])
    first = document.paragraphs[0]
    assert (first.style.name, first.text) == ("Title", TITLE)
    assert first.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert _texts(document)[1:3] == ["区县：余杭区　　审查单位：余杭区科技局", f"审查日期：{_today()}"]


def test_summary_paragraph_gives_verdict_counts_and_the_failed_checks(reviewed):
    result, path = reviewed
    texts = _texts(docx.Document(path))
    summary = texts[texts.index("一、审查结论") + 1]
    failed = [c["title"] for c in result["checks"] if c["status"] == "fail"]
    assert failed and all(title in summary for title in failed)
    assert "审查结论：不通过" in summary
    assert f"共{len(result['checks'])}项" in summary


def test_document_ends_with_lines_for_the_reviewer_and_the_date(reviewed):
    texts = [t for t in _texts(docx.Document(reviewed[1])) if t]
    assert texts[-2].startswith("审查人：＿") and "日期：＿" in texts[-2]
    assert texts[-1] == "余杭区科技局（盖章）"


def test_core_properties_name_the_consortium_and_the_office(reviewed, tmp_path):
    result, path = reviewed
    properties = docx.Document(path).core_properties
    assert (properties.title, properties.author, properties.last_modified_by) == (NAME, "余杭区科技局", "余杭区科技局")
    named = PACK.model_copy(update={"office": Office(name="杭州市余杭区科学技术局")})
    write_report_docx(result, named, tmp_path / "report.docx")
    document = docx.Document(tmp_path / "report.docx")
    assert document.core_properties.author == "杭州市余杭区科学技术局"
    assert _texts(document)[-1] == "杭州市余杭区科学技术局（盖章）"


def _fonts(style) -> dict[str, str]:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return {etree.QName(k).localname: v for k, v in fonts.attrib.items()}


def test_official_fonts_in_black_with_no_theme_fonts_or_colours(reviewed):
    styles = docx.Document(reviewed[1]).styles
    expected = {"Normal": ("仿宋_GB2312", 14), "Title": ("方正小标宋简体", 22), "Heading 1": ("黑体", 16)}
    for name, (east_asian, size) in expected.items():
        style = styles[name]
        assert _fonts(style) == {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "eastAsia": east_asian,
                                 "cs": "Times New Roman"}, name
        assert style.font.size == Pt(size)
        assert str(style.font.color.rgb) == "000000" and style.font.color.theme_color is None, name
    assert styles["Title"].element.pPr.find(qn("w:pBdr")) is None  # no blue rule under the title


def test_font_table_names_a_fallback_for_each_chinese_font(reviewed):
    with zipfile.ZipFile(reviewed[1]) as package:
        table = etree.fromstring(package.read("word/fontTable.xml"))
    alternatives = {f.get(qn("w:name")): f.find(qn("w:altName")).get(qn("w:val"))
                    for f in table.findall(qn("w:font")) if f.find(qn("w:altName")) is not None}
    assert alternatives == {"方正小标宋简体": "宋体", "黑体": "SimHei", "仿宋_GB2312": "仿宋"}


def test_a4_page_with_official_margins_and_a_page_number_in_the_footer(reviewed):
    section = docx.Document(reviewed[1]).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [37, 35, 28, 26]
    footer = section.footer.paragraphs[0]
    codes = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE"] and footer.alignment == WD_ALIGN_PARAGRAPH.CENTER
    text_width = section.page_width - section.left_margin - section.right_margin
    for table in docx.Document(reviewed[1]).tables:
        assert sum(column.width for column in table.columns) <= text_width + Mm(0.5)


def test_tables_have_a_repeated_bold_header_and_the_same_fixed_widths_in_every_row(reviewed):
    document = docx.Document(reviewed[1])
    widths = []
    for table in document.tables:
        assert not table.autofit
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(run.bold for cell in table.rows[0].cells for p in cell.paragraphs for run in p.runs)
        assert not any(run.bold for row in table.rows[1:] for cell in row.cells for p in cell.paragraphs
                       for run in p.runs)
        grid = [column.width for column in table.columns]
        assert all([cell.width for cell in row.cells] == grid for row in table.rows)
        widths.append(tuple(round(width.cm, 1) for width in grid))
    assert widths == [COLUMN_WIDTHS_CM["facts"], COLUMN_WIDTHS_CM["members"], COLUMN_WIDTHS_CM["checks"]]


def test_every_check_has_its_conclusion_basis_and_quotes_with_their_place(reviewed):
    result, path = reviewed
    rows = [[c.text for c in row.cells] for row in _checks_table(docx.Document(path)).rows[1:]]
    assert [r[1] for r in rows] == [c["title"] for c in result["checks"]]
    assert [r[0] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]
    for row, check in zip(rows, result["checks"], strict=True):
        assert row[2].startswith(f"{status_label(check['status'])}（{severity_label(check['severity'])}）")
        assert check["message"].split("\n")[0] in row[3]
        quotes = [e for e in check.get("evidence") or [] if e.get("source") != "reviewer"]
        for evidence in quotes:
            assert f"“{evidence['text']}”" in row[4]
        if quotes and (quotes[0].get("loc") or {}).get("block") is not None:
            assert f"（第{quotes[0]['loc']['block'] + 1}段" in row[4]


def test_members_and_hostile_text_read_back_exactly(reviewed):
    result, path = reviewed
    members = next(t for t in docx.Document(path).tables if t.cell(0, 1).text == "单位名称")
    rows = [(row.cells[1].text, row.cells[4].text) for row in members.rows[1:]]
    assert rows == [(m["name"], m["role"]) for m in result["extracted"]["members"]]
    assert (PLANTED_SCRIPT, "测试&验证") in rows


def test_line_breaks_inside_cells_stay_line_breaks(reviewed):
    result, path = reviewed
    document = docx.Document(path)
    decided = _check(result, "members.min_count")
    conclusion, basis = _row_of(document, decided["title"])[2:4]
    assert conclusion.split("\n") == [f"{status_label('fail')}（{severity_label(decided['severity'])}）",
                                      f"审查人张三复核；机器结论：{status_label(decided['override']['machine_status'])}"]
    assert basis.split("\n") == [f"{decided['clause']}：{decided['message']}", "复核说明：第6家单位未盖章", "不计入"]
    stale = _check(result, "org.council")
    assert _row_of(document, stale["title"])[2].split("\n")[1] == f"复核意见已失效（方案已变更）：李四曾改为{status_label('fail')}"
    assert any("李四 对 org.council 的复核意见" in p.text for p in document.paragraphs)


def test_an_unread_file_gets_an_opinion_naming_the_file_and_the_reason(tmp_path):
    broken = tmp_path / "in" / "上传中断的实施方案.docx"
    broken.parent.mkdir()
    broken.write_bytes(b"PK\x03\x04 upload cut short")
    result = review_plan(broken, tmp_path / "in", PACK)
    write_report_docx(result.dump(), PACK, tmp_path / "report.docx")
    document = docx.Document(tmp_path / "report.docx")
    texts = _texts(document)
    assert texts[0] == "《上传中断的实施方案》形式审查意见"
    assert "文件已损坏（corrupt）" in texts[texts.index("一、审查结论") + 1]
    assert document.core_properties.title == "上传中断的实施方案"


def test_a_character_word_cannot_hold_leaves_no_report(reviewed, tmp_path):
    result = {**reviewed[0], "override_notes": ["不可用字符\uffff"]}
    with pytest.raises(ValueError, match="U\\+FFFF"):
        write_report_docx(result, PACK, tmp_path / "report.docx")
    assert list(tmp_path.iterdir()) == []


def _comparable(text: str) -> str:
    """Text without spacing and curly quotes: PDF text extraction moves a quote mark set in another font."""
    return re.sub(r"[\s“”‘’]+", "", text)


def _to_pdf(path: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["soffice", f"-env:UserInstallation=file://{out}/profile", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out), str(path)],
                          capture_output=True, text=True, timeout=180)


@pytest.mark.slow
def test_libreoffice_prints_title_members_quotes_and_numbers_every_page(reviewed, tmp_path):
    result, path = reviewed
    done = _to_pdf(path, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    pdf = pypdfium2.PdfDocument(tmp_path / "report.pdf")
    try:
        pages = [page.get_textpage().get_text_range() for page in pdf]
        sizes = {tuple(round(v) for v in page.get_size()) for page in pdf}
    finally:
        pdf.close()
    assert len(pages) >= 2 and sizes == {(595, 842)}  # A4 portrait, in points
    for number, page in enumerate(pages, 1):
        assert _comparable(page).endswith(f"—{number}—"), number  # the footer's PAGE field, computed per page
    text = _comparable("".join(pages))
    assert _comparable(TITLE) in text and _comparable(f"审查日期：{_today()}") in text
    for member in result["extracted"]["members"]:
        assert _comparable(member["name"]) in text
    quotes = [e["text"] for c in result["checks"] for e in c.get("evidence") or [] if e.get("source") != "reviewer"]
    assert quotes
    for quote in quotes:
        assert _comparable(quote) in text


def test_check_rows_stay_whole_on_a_page_unless_they_are_too_long_for_one(reviewed, tmp_path):
    result = copy.deepcopy(reviewed[0])
    long_check = result["checks"][0]
    long_check["evidence"] = [{"text": "联合体" * 600, "loc": {"block": 3}}]
    write_report_docx(result, PACK, tmp_path / "report.docx")
    rows = _checks_table(docx.Document(tmp_path / "report.docx")).rows[1:]
    kept = [row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows]
    assert kept == [False] + [True] * (len(rows) - 1)  # a row taller than a page would be cut off in Word
