"""How a table sheet prints: A4 landscape one page wide, header repeated, borders, and rows tall enough to show
their wrapped text.

Excel and LibreOffice do not grow a row for wrapped text written by a program, so the height is estimated here
from the text: a CJK character is about two width units of a column, a Latin one about one.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

FONT_PT = 10
LINE_PT = FONT_PT * 1.45  # the CJK fonts' line spacing (Noto CJK, 宋体) is about 1.45 em
ROW_PADDING_PT = 4
WIDE_UNITS = 1.9  # a CJK character at FONT_PT, in Excel column width units (7 px each)
NARROW_UNITS = 1.1
CELL_PADDING_UNITS = 1.0
PAGE_UNITS = 138  # what A4 landscape holds between the margins below at 100 %
MIN_WIDTH = 5
GROWTH_STEPS = (1, 2, 4, 8, 16, 32)  # units a column may grow by in one step of the fitting
TIE_BREAK = 0.01
TITLE_PT = 30
MAX_ROW_PT = 409  # the tallest row Excel allows
FITTED_ROWS = 40  # data rows the widths are fitted on; a longer table is fitted on rows spread evenly over it
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
BODY_FONT = Font(name="宋体", size=FONT_PT)
HEADER_FONT = Font(name="黑体", size=FONT_PT, bold=True)
TITLE_FONT = Font(name="方正小标宋简体", size=16)
CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")
NUMBER = Alignment(horizontal="center", vertical="top")
HEADER_STYLE, TEXT_STYLE, NUMBER_STYLE = "表头", "正文", "数值"
MARGINS_INCH = {"left": 0.5, "right": 0.5, "top": 0.6, "bottom": 0.7, "header": 0.3, "footer": 0.3}


def text_units(line: str) -> float:
    return sum(WIDE_UNITS if unicodedata.east_asian_width(ch) in "WF" else NARROW_UNITS for ch in line)


def _line_units(text: str) -> list[float]:
    return [text_units(line) for line in (text or "").split("\n")]


def _lines(units: list[float], width: float) -> int:
    room = max(1.0, width - CELL_PADDING_UNITS)
    return sum(max(1, math.ceil(u / room)) for u in units)


def line_count(text: str, width: float) -> int:
    """Lines the text takes in a column ``width`` units wide, each explicit line break starting a new one."""
    return _lines(_line_units(text), width)


class _Widths:
    """Column widths chosen so the table's wrapped rows are as few lines as the page allows."""

    def __init__(self, table: Sequence[Sequence[str]]) -> None:
        self.units = [[_line_units(cell) for cell in column] for column in zip(*table, strict=True)]
        self.natural = [max(MIN_WIDTH, *(u + CELL_PADDING_UNITS for cell in column for u in cell))
                        for column in self.units]
        self._counted: dict[tuple[int, float], list[int]] = {}

    def _column_lines(self, col: int, width: float) -> list[int]:
        """Each row's lines in column ``col`` at ``width``; the fitting asks again for the same widths every step,
        so they are counted once."""
        key = (col, width)
        if key not in self._counted:
            self._counted[key] = [_lines(cell, width) for cell in self.units[col]]
        return self._counted[key]

    def _cost(self, others: list[int], lines: list[int]) -> float:
        """The rows' lines, plus a little for every line of this column: where two columns are equally tall,
        widening either one saves a little, so the fitting goes on until both are narrower."""
        return sum(max(o, n) for o, n in zip(others, lines, strict=True)) + TIE_BREAK * sum(lines)

    def _gain(self, widths: list[float], col: int, others: list[int], now: float, step: float) -> float:
        """What growing column ``col`` by ``step`` saves, per unit."""
        return (now - self._cost(others, self._column_lines(col, widths[col] + step))) / step

    def fit(self, page_units: float) -> list[float]:
        """Every column starts narrow; then the page's width goes, a few units at a time, where it saves most
        lines per unit; what no single column can use is shared by the columns that still wrap."""
        if sum(self.natural) <= page_units:
            return self.natural
        widths = [min(n, MIN_WIDTH) for n in self.natural]
        while (left := page_units - sum(widths)) >= 1:
            current = [self._column_lines(col, w) for col, w in enumerate(widths)]
            rows = list(zip(*current, strict=True))
            best: tuple[float, int, float] = (0.0, -1, 0.0)
            for col, width in enumerate(widths):
                others = [max((*row[:col], *row[col + 1:]), default=1) for row in rows]
                now = self._cost(others, current[col])
                room = min(left, self.natural[col] - width)
                for step in sorted({*(s for s in GROWTH_STEPS if s < room), room} - {0}):
                    if (gain := self._gain(widths, col, others, now, step)) > best[0]:
                        best = (gain, col, step)
            if best[1] < 0:
                wrapping = [c for c, w in enumerate(widths) if w < self.natural[c]]
                for c in wrapping:
                    widths[c] = min(self.natural[c], widths[c] + left / len(wrapping))
                break
            widths[best[1]] += best[2]
        return widths


def column_widths(table: Sequence[Sequence[str]], page_units: float = PAGE_UNITS) -> list[float]:
    """Each column as wide as its longest line when the page allows; otherwise the widths that wrap the rows
    into the fewest lines (the header is the table's first row).

    The fitting weighs every row at every step, so a long table (a city's 1,000 plans) is fitted on a sample of
    its rows spread evenly from first to last; every row's height is still measured on its own text."""
    header, rows = table[0], table[1:]
    if len(rows) > FITTED_ROWS:
        rows = [rows[i * len(rows) // FITTED_ROWS] for i in range(FITTED_ROWS)]
    return _Widths([header, *rows]).fit(page_units)


def _add_table_styles(wb: Workbook) -> None:
    """The table's cell looks as named styles of ``wb``: a cell takes its whole look in one assignment, far
    cheaper than setting font, border and alignment one by one on a city's thousands of cells."""
    for name, font, alignment, fill in (
        (HEADER_STYLE, HEADER_FONT, CENTRED, HEADER_FILL),
        (TEXT_STYLE, BODY_FONT, WRAP, PatternFill()),
        (NUMBER_STYLE, BODY_FONT, NUMBER, PatternFill()),
    ):
        wb.add_named_style(NamedStyle(name, font=font, border=BORDER, alignment=alignment, fill=fill))


def lay_out_table(ws: Worksheet, first_row: int, table: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
    """Borders, fonts, and heights for the header (``first_row``) and the data rows below it; a number is
    centred, text wraps."""
    if HEADER_STYLE not in ws.parent.named_styles:
        _add_table_styles(ws.parent)
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = round(width, 1)
    for offset, texts in enumerate(table):
        r = first_row + offset
        for col in range(1, len(widths) + 1):
            cell = ws.cell(row=r, column=col)
            if offset == 0:
                cell.style = HEADER_STYLE
            else:
                cell.style = NUMBER_STYLE if isinstance(cell.value, int | float) else TEXT_STYLE
        lines = max(line_count(text, width) for text, width in zip(texts, widths, strict=True))
        ws.row_dimensions[r].height = min(MAX_ROW_PT, lines * LINE_PT + ROW_PADDING_PT)


def lay_out_title(ws: Worksheet, columns: int) -> None:
    """The title row across the table, as 附件4 heads it."""
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    ws.cell(row=1, column=1).font = TITLE_FONT
    ws.cell(row=1, column=1).alignment = CENTRED
    ws.row_dimensions[1].height = TITLE_PT


def _footer_text(text: str) -> str:
    return text.replace("&", "&&")  # a lone & starts a header/footer code


def set_up_printing(ws: Worksheet, header_row: int, footer_left: str, footer_right: str) -> None:
    """A4 landscape, one page wide and as many long as needed, rows 1..``header_row`` on every page, the header
    frozen on screen, and a footer with the page number."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    for side, inches in MARGINS_INCH.items():
        setattr(ws.page_margins, side, inches)
    ws.print_title_rows = f"1:{header_row}"
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.oddFooter.left.text = _footer_text(footer_left)
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.right.text = _footer_text(footer_right)
    for part in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right):
        part.size = 9
