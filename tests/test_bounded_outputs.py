"""Outputs stay bounded whatever the plan: a member table of 3,000 rows, a paragraph of 100,000 characters.

Size is asserted here; time and memory are measured by bench/big_member_table.py.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import docx
import openpyxl
import pytest

from flows.outputs import plan_folder
from flows.planner import review_folder
from pipeline.orgnames import unsigned
from pipeline.report.excerpt import excerpt, table_excerpt
from pipeline.report.summary_table import EXCEL_CELL_CHARS
from pipeline.rulepack import load_rulepack
from tests.review_samples import PlanText, many_members, write_plan

PACK = load_rulepack()
LEAD = "杭州余杭智算科技有限公司"
PLAN = "余杭区/大型联合体实施方案.docx"
ROWS = 3000
MB = 1024 * 1024


def _plan_text(members: list[tuple[str, str, str]] | None = None) -> PlanText:
    return PlanText(name="浙江省大型智能计算创新联合体", lead=LEAD, district_line="推荐单位：余杭区科技局",
                    members=members or [])


@pytest.fixture(scope="module")
def big_out(tmp_path_factory) -> Path:
    """The output folder of one plan whose member table has 3,000 rows (and its header: 3,001)."""
    root = tmp_path_factory.mktemp("big_table")
    write_plan(root / "in" / PLAN, _plan_text(many_members(LEAD, ROWS)))
    assert review_folder(root / "in", root / "out", PACK) == 0
    return root / "out"


@pytest.fixture(scope="module")
def big_table(big_out) -> Path:
    return big_out / plan_folder(PLAN)


@pytest.mark.slow
def test_a_3000_row_member_table_gives_outputs_of_a_few_megabytes(big_table):
    sizes = {name: (big_table / name).stat().st_size for name in ("report.html", "result.json", "report.docx")}
    assert sizes["report.html"] <= 5 * MB and sizes["result.json"] <= 5 * MB and sizes["report.docx"] <= 5 * MB, sizes


@pytest.mark.slow
def test_result_json_keeps_every_member_and_the_count_passes(big_table):
    result = json.loads((big_table / "result.json").read_text("utf-8"))
    assert len(result["extracted"]["members"]) == ROWS
    check = next(c for c in result["checks"] if c["id"] == "members.min_count")
    assert check["status"] == "pass" and check["observed"] == f"{ROWS}个（含牵头单位）"
    assert len(check["evidence"]) + check["evidence_omitted"] == ROWS


@pytest.mark.slow
def test_the_reports_say_how_many_rows_and_quotes_they_leave_out(big_table):
    html = (big_table / "report.html").read_text("utf-8")
    result = json.loads((big_table / "result.json").read_text("utf-8"))
    omitted = next(c for c in result["checks"] if c["id"] == "members.min_count")["evidence_omitted"]
    assert f"另有 {ROWS - 200} 家未列出（共 {ROWS} 家" in html
    assert f"另有 {omitted} 条原文依据未列出" in html
    assert f"…共 {ROWS + 1} 行" in html  # a quote in the member table is shown with the rows beside it
    document = docx.Document(big_table / "report.docx")
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(f"另有 {ROWS - 200} 家未列出" in p for p in paragraphs)
    assert any(f"另有 {omitted} 条原文依据未列出" in c for c in cells)  # in the check's 原文与位置 cell


@pytest.mark.slow
def test_the_member_cell_of_the_summary_table_fits_an_excel_cell(big_out):
    sheet = openpyxl.load_workbook(big_out / "汇总表.xlsx")["汇总表"]
    header = [c.value for c in sheet[2]]
    cell = sheet.cell(row=3, column=header.index("成员单位") + 1).value
    assert len(cell) <= EXCEL_CELL_CHARS and cell.endswith("完整内容见该方案的 result.json）")


def test_a_letter_signed_by_all_but_one_of_3000_members_names_that_one():
    members = [name for name, _, _ in many_members(LEAD, ROWS)]
    signed = [name for name in members if name != members[1234]]
    assert unsigned(members, list(reversed(signed))) == [members[1234]]


@pytest.mark.slow
def test_a_paragraph_of_100000_characters_is_shown_around_its_quote_only(tmp_path):
    path = write_plan(tmp_path / "in" / "余杭区" / "方案.docx", _plan_text())
    document = docx.Document(path)
    funding = next(p for p in document.paragraphs if p.text.startswith("联合体3年总投入"))
    words = "联合体围绕关键核心技术开展协同攻关经费统筹使用专款专用接受审计监督产学研深度融合"
    filler = "".join(random.Random(15).choice(words) for _ in range(100_000))  # varied: no zip-bomb ratio
    funding.add_run(filler)
    document.save(path)
    assert review_folder(tmp_path / "in", tmp_path / "out", PACK) == 0
    folder = tmp_path / "out" / plan_folder("余杭区/方案.docx")
    html = (folder / "report.html").read_text("utf-8")
    assert filler[:10_000] not in html and filler[:1000] in html
    assert (folder / "report.html").stat().st_size <= MB
    assert (folder / "result.json").stat().st_size <= MB


def test_an_excerpt_is_the_text_itself_when_short_and_the_stretch_around_the_quote_when_long():
    assert excerpt("短段落", ["短"], 10) == "短段落"
    text = "甲" * 100 + "引文" + "乙" * 100
    cut = excerpt(text, ["引文"], 20)
    assert cut == "…" + "甲" * 9 + "引文" + "乙" * 9 + "…"
    assert excerpt(text, ["不在其中"], 20) == "甲" * 20 + "…"


def test_a_long_table_is_shown_as_its_header_and_the_rows_beside_the_quote():
    rows = {str(r): f"第{r}行" for r in (0, 1, 2, 499, 500, 501)}
    assert table_excerpt(rows, 3001, 500) == "第0行\n…\n第499行\n第500行\n第501行\n…共 3001 行"
    assert table_excerpt(rows, 3001, None) == "第0行\n第1行\n第2行\n…共 3001 行"
