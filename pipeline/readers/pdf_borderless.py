"""Tables drawn without rules, rebuilt from how their text lines up.

A borderless table (Word's "Normal Table", a budget pasted from Excel) draws
no rules for pdfplumber to find, so its rows would be read as lines of run-on
text and two numbers in neighbouring cells glued ("7,723,2937,793,704"). Each
row is a line whose text stands in pieces set apart by wide white
(``Line.cells``); consecutive rows whose pieces fall into the same columns are
a table, each cell the text of its own piece. A line with one piece that stays
inside one column right below a row is that cell's wrapped text.
"""

from __future__ import annotations

from pipeline.document import Cell
from pipeline.readers.pdf_tables import PageTable
from pipeline.readers.pdf_text import Line, Span
from pipeline.readers.textnorm import join_wrapped

MIN_ROWS = 2
MIN_COLUMNS = 2
# Points a piece may start left of its column's left edge (right-aligned numbers, uneven padding).
ALIGN_TOLERANCE = 3.0
WRAP_REACH = 2.5  # ems short of the next column within which a cell's line was wrapped, not ended


def find_borderless_tables(lines: list[Line], page_no: int) -> tuple[list[PageTable], list[Line]]:
    """The page's tables without rules, and the lines left once their rows are taken out."""
    tables: list[PageTable] = []
    rest: list[Line] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and (line.cells or (run and _wraps_in_a_column(run, line))):
            run.append(line)
            continue
        table = _table(run, page_no)
        if table is None:
            rest.extend(run)
        else:
            joined = _table([*rest, *run], page_no) if not tables and rest and _carried_over(rest, table) else None
            if joined is not None:
                table, rest = joined, []
            tables.append(table)
        run = []
        if line is not None:
            rest.append(line)
    return tables, rest


def _wraps_in_a_column(run: list[Line], line: Line) -> bool:
    """A one-piece line right below a row, inside one column, where the text above in that column ran up to
    the next column: that cell's wrapped text. Text above that stopped short ended its cell ("合计")."""
    columns = _columns([[x for x in run if x.cells]])
    if columns is None:
        return False
    above = run[-1].cells or (Span(run[-1].x0, run[-1].x1, run[-1].text),)
    reach = WRAP_REACH * (run[-1].size or 1.0)
    return any(
        x0 - ALIGN_TOLERANCE <= line.x0
        and line.x1 < nxt
        and any(x0 - ALIGN_TOLERANCE <= s.x0 and nxt - reach <= s.x1 < nxt for s in above)
        for x0, nxt in columns
    )


def _columns(runs: list[list[Line]]) -> list[tuple[float, float]] | None:
    """Each column's left edge and the next column's left edge, from the rows' pieces; None when rows disagree."""
    spans = sorted((s for run in runs for line in run for s in line.cells), key=lambda s: s.x0)
    merged: list[list[float]] = []
    for span in spans:
        if merged and span.x0 < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.x1)
        else:
            merged.append([span.x0, span.x1])
    if len(merged) < MIN_COLUMNS:
        return None
    starts = [m[0] for m in merged]
    return list(zip(starts, [*starts[1:], float("inf")], strict=True))


def _carried_over(lines: list[Line], table: PageTable) -> bool:
    """Lines above a page's first table that belong to it: a header row repeated on the new page, and the
    end of a row the page break cut, inside one column past the first (the key column, 序号 or 单位名称,
    is what a row starts with)."""
    columns = list(zip(table.column_starts, [*table.column_starts[1:], float("inf")], strict=True))

    def inside(span: Span, first: int) -> bool:
        return any(x0 - ALIGN_TOLERANCE <= span.x0 and span.x1 < nxt for x0, nxt in columns[first:])

    return all(
        all(inside(s, 0) for s in line.cells) if line.cells else inside(Span(line.x0, line.x1, line.text), 1)
        for line in lines
    )


def _table(run: list[Line], page_no: int) -> PageTable | None:
    """The run as a table: a line with cells is a row; a line of one piece is the wrapped text of the cell
    above it, or else (at the top of a page) the rest of a row the page break cut, which the table's piece on
    the previous page takes back."""
    rows = [line for line in run if line.cells]
    columns = _columns([rows]) if len(rows) >= MIN_ROWS else None
    if columns is None:
        return None
    grid: list[dict[int, list[str]]] = []
    for i, line in enumerate(run):
        if line.cells:
            row: dict[int, list[str]] = {}
            for span in line.cells:
                row.setdefault(_column_of(span, columns), []).append(span.text)
            if any(len(texts) > 1 for texts in row.values()):
                return None  # two pieces of one row in one column: not a grid
            grid.append(row)
        elif grid and _wraps_in_a_column(run[:i], line):
            grid[-1].setdefault(_column_of(Span(line.x0, line.x1, line.text), columns), []).append(line.text)
        else:
            grid.append({_column_of(Span(line.x0, line.x1, line.text), columns): [line.text]})
    cells = [
        Cell(r, c, join_wrapped(row.get(c, []))) for r, row in enumerate(grid) for c in range(len(columns))
    ]
    return PageTable(
        page=page_no,
        top=min(line.top for line in run),
        bottom=max(line.bottom for line in run),
        x0=min(line.x0 for line in run),
        x1=max(line.x1 for line in run),
        column_starts=[x0 for x0, _ in columns],
        cells=cells,
    )


def _column_of(span: Span, columns: list[tuple[float, float]]) -> int:
    return max(i for i, (x0, _) in enumerate(columns) if x0 - ALIGN_TOLERANCE <= span.x0 or i == 0)
