"""汇总表.xlsx as the city receives it and as the clerk prints it: layout, order, cell types, the 审查情况 sheet,
and what LibreOffice, pandas and a printer make of it."""

from __future__ import annotations

import copy
import csv
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pandas as pd
import pypdfium2
import pytest

from flows.outputs import batch_plans, duplicate_notes
from pipeline.report.sheet_print import PAGE_UNITS, column_widths, lay_out_table, line_count
from pipeline.report.summary_table import write_summary_table
from pipeline.rulepack import load_rulepack
from tests.review_samples import many_members, results, reviewed_batch

PACK = load_rulepack()
TITLE = PACK.summary_table.title
HEADER = PACK.summary_table.columns
REVIEW_HEADER = ["序号", "创新联合体名称", "方案文件", "审查结论", "主要问题（不符合项）", "不符合", "存疑", "需人工复核",
                 "重复提交", "随附材料", "汇总表空格及待核对格说明"]
A4_LANDSCAPE_PT = (842, 595)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    return reviewed_batch(tmp_path_factory.mktemp("xlsx"))


@pytest.fixture(scope="module")
def workbook(batch):
    return openpyxl.load_workbook(batch[1] / "汇总表.xlsx")


def _ok(batch) -> list[dict]:
    return [r for r in results(batch[1]).values() if r["status"] == "ok"]


def test_title_row_is_merged_over_the_header(workbook):
    ws = workbook["汇总表"]
    assert ws["A1"].value == TITLE
    assert f"A1:{openpyxl.utils.get_column_letter(len(HEADER))}1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == HEADER


def test_one_row_per_read_plan_numbered_and_sorted_by_district_then_file(batch, workbook):
    rows = [[c.value for c in r] for r in workbook["汇总表"].iter_rows(min_row=3)]
    assert len(rows) == len(_ok(batch)) == 3
    assert [r[0] for r in rows] == [1, 2, 3]  # numbers: a clerk can sort or sum them
    district = HEADER.index("区县")
    assert [r[district] for r in rows] == ["上城区", "余杭区", "滨江区"]  # plain string order, as a re-sort in Excel gives
    assert rows[0][HEADER.index("创新联合体名称")] == "浙江省数据智能创新联合体"


def test_number_cells_are_numbers_and_every_other_cell_is_text(workbook):
    for ws in workbook:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, int):
                    assert cell.data_type == "n", (ws.title, cell.coordinate)
                elif cell.value is not None:
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
    assert workbook["汇总表"]["E3"].alignment.wrap_text


def test_every_sheet_prints_a4_landscape_one_page_wide_with_its_header_on_every_page(workbook):
    for ws in workbook:
        header_row = 1 if ws.title == "未能读取" else 2
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == f"$1:${header_row}", ws.title
        assert ws.freeze_panes == f"A{header_row + 1}", ws.title
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert workbook["汇总表"].oddFooter.left.text == "区县：上城区、余杭区、滨江区"
    assert workbook["余杭区"].oddFooter.left.text == "区县：余杭区"


def test_table_cells_have_thin_borders_and_rows_are_tall_enough_for_their_wrapped_text(workbook):
    ws = workbook["汇总表"]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert {cell.border.left.style, cell.border.right.style, cell.border.top.style,
                    cell.border.bottom.style} == {"thin"}, cell.coordinate
    members = HEADER.index("成员单位") + 1
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(members)].width
    for r in range(3, ws.max_row + 1):
        text = ws.cell(row=r, column=members).value
        wide = sum(unicodedata.east_asian_width(ch) in "WF" for ch in text)
        lines = (wide * 1.9 + (len(text) - wide)) / width  # a CJK character is about 1.9 width units at 10 pt
        assert ws.row_dimensions[r].height >= 13 * lines, r


def test_district_sheets_and_failed_sheet_name_each_code_in_chinese(workbook):
    assert workbook.sheetnames[:2] == ["汇总表", "审查情况"]
    assert {"上城区", "余杭区", "滨江区", "未能读取"} <= set(workbook.sheetnames)
    ws = workbook["余杭区"]
    assert ws["A1"].value == TITLE and [c.value for c in ws[2]] == HEADER and ws.max_row == 3
    failed = [[c.value for c in r] for r in workbook["未能读取"].iter_rows()]
    assert failed[0] == ["文件", "错误代码", "问题", "说明"]
    assert sorted(r[:3] for r in failed[1:]) == [["其他/说明.txt", "unsupported_format", "文件格式不支持（unsupported_format）"],
                                                 ["损坏方案.docx", "corrupt", "文件已损坏（corrupt）"]]
    assert all(r[3] for r in failed[1:])


def test_review_sheet_gives_each_row_its_problems_and_counts(batch, workbook):
    rows = {r[2]: r for r in workbook["审查情况"].iter_rows(min_row=3, values_only=True)}
    assert [c.value for c in workbook["审查情况"][2]] == REVIEW_HEADER
    assert workbook["审查情况"]["A1"].value == f"{TITLE}·审查情况"
    summary = {r[HEADER.index("创新联合体名称")]: r[0] for r in workbook["汇总表"].iter_rows(min_row=3, values_only=True)}
    for result in _ok(batch):
        row = rows[result["source"]["file"]]
        assert row[0] == summary[row[1]]  # the same 序号 as in the 汇总表
        statuses = [c["status"] for c in result["checks"]]
        assert row[5:8] == (statuses.count("fail"), statuses.count("warn"), statuses.count("manual"))
        failed = [c["title"] for c in result["checks"] if c["status"] == "fail"]
        assert all(title in row[4] for title in failed) and (failed or row[4] == "无")
        assert row[8] == duplicate_notes(batch_plans(_ok(batch))).get(result["source"]["file"], "无")


def _variant(base: dict, n: int, **changes) -> dict:
    result = copy.deepcopy(base)
    result["source"]["file"] = f"{PACK.districts[n % 5].name}/方案{n:02d}.docx"
    result["source"]["sha256"] = f"{n:064x}"
    result["summary_row"]["创新联合体名称"] = f"浙江省第{n}号高端装备关键零部件创新联合体"
    result.update(changes)
    return result


def test_review_sheet_explains_empty_cells_and_marks_a_twice_sent_plan(batch, tmp_path):
    base = _ok(batch)[0]
    vague = _variant(base, 1)
    vague["summary_row"]["15个战略领域"] = None
    vague["extracted"]["strategic_field"] = {"value": "人工智能", "confidence": 0.5, "source": "text",
                                             "evidence": [{"text": "所属领域：人工智能", "loc": {"block": 6}}]}
    vague["summary_row"]["申报类型"] = None
    vague["extracted"]["application_type"] = {"value": None, "confidence": 0.0, "evidence": []}
    again = copy.deepcopy(base)
    again["source"]["file"] = "上城区/数据联合体（再次报送）.docx"
    plans = [base, vague, again]
    write_summary_table(tmp_path / "汇总表.xlsx", plans, PACK, duplicate_notes(batch_plans(plans)))
    workbook = openpyxl.load_workbook(tmp_path / "汇总表.xlsx")
    rows = {r[2]: r for r in workbook["审查情况"].iter_rows(min_row=3, values_only=True)}
    explained = rows[vague["source"]["file"]][10]
    assert "15个战略领域空：方案写作“所属领域：人工智能”（第7段）" in explained
    assert "申报类型空：方案中未找到" in explained
    assert rows[base["source"]["file"]][10] == "无"
    for first, second in ((base, again), (again, base)):
        assert f"与 {second['source']['file']} 文件完全相同" in rows[first["source"]["file"]][8]
    field, kind = (HEADER.index(c) + 1 for c in ("15个战略领域", "申报类型"))
    marked = {c.column: c.comment.text for row in workbook["汇总表"].iter_rows(min_row=3) for c in row
              if c.comment is not None and c.column != 2}
    assert marked[field].startswith("15个战略领域空：方案写作“所属领域：人工智能”") and "审查情况" in marked[field]
    assert marked[kind].startswith("申报类型空：方案中未找到")
    names = [c for c in workbook["汇总表"]["B"][2:] if c.comment is not None]
    assert sum("文件完全相同" in c.comment.text for c in names) == 2  # the variant is only alike in text


def test_pandas_reads_the_rows_back(batch):
    frame = pd.read_excel(batch[1] / "汇总表.xlsx", sheet_name="汇总表", header=1, dtype=str)
    assert list(frame.columns) == HEADER
    assert list(frame["序号"]) == ["1", "2", "3"]
    assert frame["牵头单位"].str.endswith("有限公司").all()


def _hostile_results(batch) -> list[dict]:
    """The real results with summary cells a spreadsheet would take for formulas."""
    base = _ok(batch)[0]
    hostile = []
    for n, text in enumerate(["=1+1", "+2*3", "-4+5", "@SUM(1,2)", '=HYPERLINK("http://x.invalid","点")']):
        result = copy.deepcopy(base)
        result["source"]["file"] = f"hostile{n}.docx"
        result["summary_row"]["创新联合体名称"] = text
        hostile.append(result)
    return hostile


def test_formula_like_text_stays_text(batch, tmp_path):
    path = tmp_path / "汇总表.xlsx"
    write_summary_table(path, _hostile_results(batch), PACK)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["汇总表"]
    names = [ws.cell(row=r, column=HEADER.index("创新联合体名称") + 1) for r in range(3, 8)]
    assert [c.value for c in names] == ["=1+1", "+2*3", "-4+5", "@SUM(1,2)", '=HYPERLINK("http://x.invalid","点")']
    assert all(c.data_type == "s" for c in names)
    assert all(c.data_type == "s" for c in workbook["审查情况"]["B"][2:])


def _soffice(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["soffice", f"-env:UserInstallation=file://{cwd}/profile", "--headless", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=180)


@pytest.mark.slow
def test_libreoffice_converts_it_and_shows_formula_text_literally(batch, tmp_path):
    path = tmp_path / "汇总表.xlsx"
    write_summary_table(path, _hostile_results(batch), PACK)
    done = _soffice(["--convert-to", "pdf", "--outdir", str(tmp_path), str(path)], tmp_path)
    assert (tmp_path / "汇总表.pdf").stat().st_size > 1000, done.stdout + done.stderr
    done = _soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(path)],
                    tmp_path)
    with (tmp_path / "汇总表.csv").open(encoding="utf-8") as fh:
        names = [row[HEADER.index("创新联合体名称")] for row in list(csv.reader(fh))[2:]]
    assert names == ["=1+1", "+2*3", "-4+5", "@SUM(1,2)", '=HYPERLINK("http://x.invalid","点")']


def _fifteen_plans(batch) -> list[dict]:
    """15 plans of nine members each, with names as long as real ones."""
    base = _ok(batch)[0]
    plans = []
    for n in range(1, 16):
        result = _variant(base, n)
        members = [name for name, _, _ in many_members(f"杭州第{n}精密传动科技股份有限公司", 10)[1:]]
        result["summary_row"]["成员单位"] = "、".join(["浙江大学", "浙江省机电设计研究院有限公司", *members[2:]])
        result["summary_row"]["牵头单位"] = f"杭州第{n}精密传动科技股份有限公司"
        plans.append(result)
    return plans


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.slow
def test_fifteen_plans_print_on_two_landscape_pages_with_every_cell_shown(batch, tmp_path):
    plans = _fifteen_plans(batch)
    write_summary_table(tmp_path / "汇总表.xlsx", plans, PACK)
    done = _soffice(["--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "汇总表.xlsx")], tmp_path)
    pdf = pypdfium2.PdfDocument(tmp_path / "汇总表.pdf")
    try:
        pages = [(tuple(round(v) for v in page.get_size()), page.get_textpage().get_text_range()) for page in pdf]
    finally:
        pdf.close()
    assert pages, done.stdout + done.stderr
    summary_pages = []
    for size, text in pages:  # the workbook prints sheet by sheet: the 汇总表 first, 审查情况 next
        if "审查情况" in text:
            break
        summary_pages.append((size, text))
    assert 1 <= len(summary_pages) <= 2
    assert {size for size, _ in pages} == {A4_LANDSCAPE_PT}
    printed = _squeeze("".join(text for _, text in summary_pages))
    assert printed.count(_squeeze(TITLE)) == len(summary_pages) and printed.count("成员单位") == len(summary_pages)
    for plan in plans:  # a row too short for its text would hide its last lines
        for column in ("创新联合体名称", "牵头单位", "成员单位"):
            assert _squeeze(plan["summary_row"][column]) in printed, (plan["source"]["file"], column)
    assert f"第1页，共{len(pages)}页" in printed


def test_a_city_sized_table_fits_the_page_width_and_every_long_cell_still_gets_its_height():
    rows = [["序号", "创新联合体名称", "成员单位"]]
    rows += [[str(n), f"浙江省第{n}号创新联合体", "杭州某某科技有限公司、浙江大学"] for n in range(1, 1000)]
    rows[777][2] = "、".join(f"杭州第{n}号精密仪器制造有限公司" for n in range(30))  # a row the fitting never samples
    widths = column_widths(rows)
    assert sum(widths) <= PAGE_UNITS
    wb = openpyxl.Workbook()
    lay_out_table(wb.active, 1, rows, widths)
    assert line_count(rows[777][2], widths[2]) > 5
    assert wb.active.row_dimensions[778].height > 5 * wb.active.row_dimensions[779].height
