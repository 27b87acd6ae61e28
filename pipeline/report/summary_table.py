"""汇总表.xlsx: 附件4 as the city expects it, one sheet for the batch and one per district.

Every cell is written as a text cell: a plan name that starts with ``=`` must
never become a formula in the workbook the district forwards.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.atomic import atomic_target
from pipeline.rulepack import RulePack

MAIN_SHEET = "汇总表"
FAILED_SHEET = "未能读取"
FAILED_HEADER = ("文件", "错误代码", "说明")
NO_DISTRICT = "区县未识别"
WIDTH_PER_CHAR = 2.1  # a CJK character is about two Excel width units
MAX_WIDTH = 60
MIN_WIDTH = 6
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")
WRAP = Alignment(wrap_text=True, vertical="top")
TO_CONFIRM_FILL = PatternFill("solid", fgColor="FFF2CC")
TO_CONFIRM_NOTE = "此格取自扫描件的文字识别（OCR）结果，可能有个别错字，请与原件核对后再报送。"
NOTED_FILL = PatternFill("solid", fgColor="FCE4D6")
NAME_COLUMN = 2  # 创新联合体名称: where a note about the whole row (a duplicate submission) is attached
NOTE_AUTHOR = "consortium-review"
EXCEL_CELL_CHARS = 32767  # what an Excel cell holds; a longer one makes Excel call the workbook damaged
CUT_NOTE = "…（超出 Excel 单元格上限，以下从略，完整内容见该方案的 result.json）"


def _text_cell(ws: Worksheet, row: int, col: int, value: Any) -> None:
    text = "" if value is None else str(value)
    if len(text) > EXCEL_CELL_CHARS:  # a member list of thousands of units
        text = text[: EXCEL_CELL_CHARS - len(CUT_NOTE)] + CUT_NOTE
    cell = ws.cell(row=row, column=col, value=text)
    cell.data_type = "s"
    cell.alignment = WRAP


def _write_rows(
    ws: Worksheet,
    title: str | None,
    header: list[str] | tuple[str, ...],
    rows: list[list[str]],
    to_confirm: list[set[int]] | None = None,
    row_notes: list[str | None] | None = None,
) -> None:
    """Title, header and rows; cells listed in ``to_confirm`` (per row, 1-based columns) are marked for checking,
    and a row's note (``row_notes``) is attached to its name cell."""
    first = 1
    if title is not None:
        _text_cell(ws, 1, 1, title)
        ws.cell(row=1, column=1).font = Font(bold=True, size=14)
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        first = 2
    for col, text in enumerate(header, 1):
        _text_cell(ws, first, col, text)
        ws.cell(row=first, column=col).font = Font(bold=True)
    for r, row in enumerate(rows, first + 1):
        for col, text in enumerate(row, 1):
            _text_cell(ws, r, col, text)
    for r, columns in enumerate(to_confirm or [], first + 1):
        for col in columns:
            ws.cell(row=r, column=col).fill = TO_CONFIRM_FILL
            ws.cell(row=r, column=col).comment = Comment(TO_CONFIRM_NOTE, NOTE_AUTHOR)
    for r, note in enumerate(row_notes or [], first + 1):
        if note:
            cell = ws.cell(row=r, column=NAME_COLUMN)
            cell.fill = NOTED_FILL
            cell.comment = Comment(note, NOTE_AUTHOR)
    for col, text in enumerate(header, 1):
        longest = max([len(text), *(len(row[col - 1] or "") for row in rows)])
        ws.column_dimensions[get_column_letter(col)].width = max(MIN_WIDTH, min(MAX_WIDTH, longest * WIDTH_PER_CHAR))
    ws.freeze_panes = ws.cell(row=first + 1, column=1)


def district_of(result: dict[str, Any]) -> str | None:
    return ((result.get("extracted") or {}).get("district") or {}).get("value")


def read_plans_in_order(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The plans that were read, sorted by 区县 then file path as the contract says (plain string order, so any
    tool re-sorting the sheet agrees with it); plans whose district is unknown come last."""
    ok = [r for r in results if r["status"] == "ok"]
    return sorted(ok, key=lambda r: (district_of(r) is None, district_of(r) or "", r["source"]["file"]))


def _numbered(plans: list[dict[str, Any]], columns: list[str]) -> list[list[str]]:
    """序号 1..n, then the plan's summary row in the pack's column order."""
    return [[str(n), *(r["summary_row"].get(c) or "" for c in columns[1:])] for n, r in enumerate(plans, 1)]


def _read_by_ocr(plans: list[dict[str, Any]], columns: list[str]) -> list[set[int]]:
    """Per row, the 1-based columns whose value came off a scanned page."""
    return [{columns.index(c) + 1 for c in r.get("summary_row_from_ocr") or [] if c in columns} for r in plans]


def _sheet_name(name: str) -> str:
    return _SHEET_UNSAFE.sub("_", name)[:31]


def build_summary_workbook(results: list[dict[str, Any]], pack: RulePack, notes: dict[str, str] | None = None) -> Workbook:
    """The 汇总表 of the read plans, a sheet per district, and 未能读取 for every failed result; ``notes`` by file
    mark rows (a duplicate submission) on their name cell."""
    columns = pack.summary_table.columns
    plans = read_plans_in_order(results)
    notes = notes or {}
    wb = Workbook()
    main = wb.active
    main.title = MAIN_SHEET

    def rows(sheet: Worksheet, chosen: list[dict[str, Any]]) -> None:
        _write_rows(sheet, pack.summary_table.title, columns, _numbered(chosen, columns), _read_by_ocr(chosen, columns),
                    [notes.get(r["source"]["file"]) for r in chosen])

    rows(main, plans)
    for district in dict.fromkeys(district_of(r) or NO_DISTRICT for r in plans):
        rows(wb.create_sheet(_sheet_name(district)), [r for r in plans if (district_of(r) or NO_DISTRICT) == district])
    failed = [[r["source"]["file"], r["error"]["code"], r["error"]["message"]] for r in results if r["status"] != "ok"]
    _write_rows(wb.create_sheet(FAILED_SHEET), None, FAILED_HEADER, sorted(failed))
    return wb


def write_summary_table(
    path: Path, results: list[dict[str, Any]], pack: RulePack, notes: dict[str, str] | None = None
) -> None:
    with atomic_target(path) as tmp:
        build_summary_workbook(results, pack, notes).save(tmp)
