"""汇总表.xlsx as the city receives it: layout, order, text-only cells, and that LibreOffice and pandas read it."""

from __future__ import annotations

import copy
import csv
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pipeline.report.summary_table import write_summary_table
from pipeline.rulepack import load_rulepack
from tests.review_samples import results, reviewed_batch

PACK = load_rulepack()
TITLE = PACK.summary_table.title
HEADER = PACK.summary_table.columns


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    return reviewed_batch(tmp_path_factory.mktemp("xlsx"))


@pytest.fixture(scope="module")
def workbook(batch):
    return openpyxl.load_workbook(batch[1] / "汇总表.xlsx")


def test_title_row_is_merged_over_the_header(workbook):
    ws = workbook["汇总表"]
    assert ws["A1"].value == TITLE
    assert f"A1:{openpyxl.utils.get_column_letter(len(HEADER))}1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == HEADER


def test_one_row_per_read_plan_numbered_and_sorted_by_district_then_file(batch, workbook):
    rows = [[c.value for c in r] for r in workbook["汇总表"].iter_rows(min_row=3)]
    read = [r for r in results(batch[1]).values() if r["status"] == "ok"]
    assert len(rows) == len(read) == 3
    assert [r[0] for r in rows] == ["1", "2", "3"]
    district = HEADER.index("区县")
    assert [r[district] for r in rows] == ["上城区", "余杭区", "滨江区"]  # plain string order, as a re-sort in Excel gives
    assert rows[0][HEADER.index("创新联合体名称")] == "浙江省数据智能创新联合体"


def test_every_cell_is_a_text_cell_and_long_text_wraps(workbook):
    for ws in workbook:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
    ws = workbook["汇总表"]
    assert ws["E3"].alignment.wrap_text
    assert ws.column_dimensions["E"].width >= 30


def test_district_sheets_and_failed_sheet(workbook):
    assert {"上城区", "余杭区", "滨江区", "未能读取"} <= set(workbook.sheetnames)
    ws = workbook["余杭区"]
    assert ws["A1"].value == TITLE and [c.value for c in ws[2]] == HEADER and ws.max_row == 3
    failed = [[c.value for c in r] for r in workbook["未能读取"].iter_rows()]
    assert failed[0] == ["文件", "错误代码", "说明"]
    assert sorted(r[:2] for r in failed[1:]) == [["其他/说明.txt", "unsupported_format"], ["损坏方案.docx", "corrupt"]]
    assert all(r[2] for r in failed[1:])


def test_pandas_reads_the_rows_back(batch):
    frame = pd.read_excel(batch[1] / "汇总表.xlsx", sheet_name="汇总表", header=1, dtype=str)
    assert list(frame.columns) == HEADER
    assert list(frame["序号"]) == ["1", "2", "3"]
    assert frame["牵头单位"].str.endswith("有限公司").all()


def _hostile_results(batch) -> list[dict]:
    """The real results with summary cells a spreadsheet would take for formulas."""
    base = next(r for r in results(batch[1]).values() if r["status"] == "ok")
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
    ws = openpyxl.load_workbook(path)["汇总表"]
    names = [ws.cell(row=r, column=HEADER.index("创新联合体名称") + 1) for r in range(3, 8)]
    assert [c.value for c in names] == ["=1+1", "+2*3", "-4+5", "@SUM(1,2)", '=HYPERLINK("http://x.invalid","点")']
    assert all(c.data_type == "s" for c in names)


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
