"""汇总表.xlsx: 附件4 as the city expects it, printable as it stands: the 汇总表 sheet, one sheet per district,
审查情况 (what the review found, row by row) and 未能读取.

Every cell but a number is written as a text cell: a plan name that starts with ``=`` must never become a
formula in the workbook the district forwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.atomic import atomic_target
from pipeline.errors import code_label
from pipeline.report.review_sheet import REVIEW_HEADER, REVIEW_SHEET, empty_cell_reasons, review_row
from pipeline.report.sheet_print import column_widths, lay_out_table, lay_out_title, set_up_printing
from pipeline.report.times import chinese_date, office_today
from pipeline.rulepack import RulePack
from pipeline.wording import say

MAIN_SHEET = "汇总表"
FAILED_SHEET = "未能读取"
FAILED_HEADER = ("文件", "错误代码", "问题", "说明")
NO_DISTRICT = "区县未识别"
DISTRICTS_NAMED = 3  # a footer names this many districts, then counts the rest
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")
TO_CONFIRM_FILL = PatternFill("solid", fgColor="FFF2CC")
TO_CONFIRM_NOTE = "此格取自扫描件的文字识别（OCR）结果，可能有个别错字，请与原件核对后再报送。"
NOTED_FILL = PatternFill("solid", fgColor="FCE4D6")
EMPTY_FILL = PatternFill("solid", fgColor="EDEDED")
NAME_COLUMN = 2  # 创新联合体名称: where a note about the whole row (a duplicate submission) is attached
NOTE_AUTHOR = "consortium-review"
EXCEL_CELL_CHARS = 32767  # what an Excel cell holds; a longer one makes Excel call the workbook damaged
CUT_NOTE = "…（超出 Excel 单元格上限，以下从略，完整内容见该方案的 result.json）"


@dataclass(frozen=True)
class SheetTable:
    """One sheet's table: an optional title over a header and rows, and the marks some cells carry."""

    title: str | None
    header: Sequence[str]
    rows: list[list[Any]]
    to_confirm: list[set[int]] | None = None  # per row, 1-based columns read off a scan
    row_notes: list[str | None] | None = None  # per row, a note attached to its name cell
    empty_notes: list[dict[int, str]] | None = None  # per row, why a cell (1-based column) is empty


def _cell_text(value: Any) -> str:
    text = "" if value is None else str(value)
    if len(text) > EXCEL_CELL_CHARS:  # a member list of thousands of units
        text = text[: EXCEL_CELL_CHARS - len(CUT_NOTE)] + CUT_NOTE
    return text


def _write_cell(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """An int as a number (序号, counts); anything else as text, never a formula."""
    if isinstance(value, int):
        ws.cell(row=row, column=col, value=value)
        return
    ws.cell(row=row, column=col, value=_cell_text(value)).data_type = "s"


def _write_table(ws: Worksheet, table: SheetTable, footer_left: str) -> None:
    first = 1 if table.title is None else 2
    if table.title is not None:
        _write_cell(ws, 1, 1, table.title)
        lay_out_title(ws, len(table.header))
    texts = [[_cell_text(v) for v in row] for row in [list(table.header), *table.rows]]
    for r, row in enumerate(texts[:1] + table.rows, first):
        for col, value in enumerate(row, 1):
            _write_cell(ws, r, col, value)
    lay_out_table(ws, first, texts, column_widths(texts))
    for r, columns in enumerate(table.to_confirm or [], first + 1):
        for col in columns:
            ws.cell(row=r, column=col).fill = TO_CONFIRM_FILL
            ws.cell(row=r, column=col).comment = Comment(TO_CONFIRM_NOTE, NOTE_AUTHOR)
    for r, reasons in enumerate(table.empty_notes or [], first + 1):
        for col, reason in reasons.items():
            ws.cell(row=r, column=col).fill = EMPTY_FILL
            ws.cell(row=r, column=col).comment = Comment(say("report.see_sheet", reason=reason, sheet=REVIEW_SHEET), NOTE_AUTHOR)
    for r, note in enumerate(table.row_notes or [], first + 1):
        if note:
            cell = ws.cell(row=r, column=NAME_COLUMN)
            cell.fill = NOTED_FILL
            cell.comment = Comment(note, NOTE_AUTHOR)
    set_up_printing(ws, first, footer_left, say("report.table_date", date=chinese_date(office_today())))


def district_of(result: dict[str, Any]) -> str | None:
    return ((result.get("extracted") or {}).get("district") or {}).get("value")


def read_plans_in_order(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The plans that were read, sorted by 区县 then file path as the contract says (plain string order, so any
    tool re-sorting the sheet agrees with it); plans whose district is unknown come last."""
    ok = [r for r in results if r["status"] == "ok"]
    return sorted(ok, key=lambda r: (district_of(r) is None, district_of(r) or "", r["source"]["file"]))


def _numbered(plans: list[dict[str, Any]], columns: list[str]) -> list[list[Any]]:
    """序号 1..n (a number), then the plan's summary row in the pack's column order."""
    return [[n, *(r["summary_row"].get(c) or "" for c in columns[1:])] for n, r in enumerate(plans, 1)]


def _read_by_ocr(plans: list[dict[str, Any]], columns: list[str]) -> list[set[int]]:
    """Per row, the 1-based columns whose value came off a scanned page."""
    return [{columns.index(c) + 1 for c in r.get("summary_row_from_ocr") or [] if c in columns} for r in plans]


def _empty_cells(plans: list[dict[str, Any]], pack: RulePack) -> list[dict[int, str]]:
    """Per row, why each empty cell is empty, by its 1-based column."""
    columns = pack.summary_table.columns
    return [{columns.index(c) + 1: why for c, why in empty_cell_reasons(r, pack).items()} for r in plans]


def _sheet_name(name: str) -> str:
    return _SHEET_UNSAFE.sub("_", name)[:31]


def _districts_footer(names: list[str]) -> str:
    shown = "、".join(names[:DISTRICTS_NAMED])
    more = say("report.more_districts", count=len(names)) if len(names) > DISTRICTS_NAMED else ""
    return say("report.districts", names=shown, more=more) if names else ""


def build_summary_workbook(results: list[dict[str, Any]], pack: RulePack, notes: dict[str, str] | None = None) -> Workbook:
    """The 汇总表 of the read plans, 审查情况, a sheet per district, and 未能读取 for every failed result;
    ``notes`` by file mark rows (a duplicate submission) on their name cell and fill 审查情况's 重复提交."""
    columns = pack.summary_table.columns
    plans = read_plans_in_order(results)
    notes = notes or {}
    districts = list(dict.fromkeys(district_of(r) or NO_DISTRICT for r in plans))
    wb = Workbook()
    main = wb.active
    main.title = MAIN_SHEET

    def summary(sheet: Worksheet, chosen: list[dict[str, Any]], footer: str) -> None:
        table = SheetTable(pack.summary_table.title, columns, _numbered(chosen, columns), _read_by_ocr(chosen, columns),
                           [notes.get(r["source"]["file"]) for r in chosen], _empty_cells(chosen, pack))
        _write_table(sheet, table, footer)

    summary(main, plans, _districts_footer(districts))
    review = [review_row(n, r, pack, notes.get(r["source"]["file"])) for n, r in enumerate(plans, 1)]
    review_table = SheetTable(f"{pack.summary_table.title}·{REVIEW_SHEET}", REVIEW_HEADER, review)
    _write_table(wb.create_sheet(REVIEW_SHEET), review_table, _districts_footer(districts))
    for district in districts:
        chosen = [r for r in plans if (district_of(r) or NO_DISTRICT) == district]
        summary(wb.create_sheet(_sheet_name(district)), chosen, _districts_footer([district]))
    failed = sorted([r["source"]["file"], r["error"]["code"], code_label(r["error"]["code"]), r["error"]["message"]]
                    for r in results if r["status"] != "ok")
    _write_table(wb.create_sheet(FAILED_SHEET), SheetTable(None, FAILED_HEADER, failed), _districts_footer(districts))
    return wb


def write_summary_table(
    path: Path, results: list[dict[str, Any]], pack: RulePack, notes: dict[str, str] | None = None
) -> None:
    with atomic_target(path) as tmp:
        build_summary_workbook(results, pack, notes).save(tmp)
