"""Tables typed as lines: columns lined up with spaces or tabs instead of a Word table.

A clerk who pastes a member list out of a PDF, or types one with the space bar, gets one paragraph per row
("2 杭州湖电推进系统有限公司 企业 任务二"). Cleaning a paragraph drops the spaces beside Chinese text, which
would glue the columns into one string, so the columns are cut here from the raw line first and a run of
rows with the same number of columns becomes a Table.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.document import Block, Cell, Paragraph, Table

_GAP = re.compile(r"[ \t\u3000\u00a0]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_COLUMNS = 3
MIN_ROWS = 3  # a header and two rows, or three rows: fewer is a sentence with spaces in it
MIN_WIDE_CELLS = 2  # cells of two characters or more in a row: a name and its kind, say


def columns(raw: str) -> list[str] | None:
    """The columns of a line typed as a table row; None for a line that is prose, or text spread out with spaces
    ("浙 江 大 学", "申 报 类 型：类型二": all pieces but one a single character)."""
    cells = [c for c in _GAP.split(raw.strip()) if c]
    if len(cells) < MIN_COLUMNS or sum(len(c) > 1 for c in cells) < MIN_WIDE_CELLS:
        return None
    return cells if any(len(_HAN.findall(c)) >= 2 for c in cells) else None


def tables_from_lines(blocks: list[Block], rows: dict[int, list[str]]) -> list[Block]:
    """``blocks`` with each run of paragraphs typed as rows of the same width (``rows``, by block index) made
    one Table; the blocks renumbered when any was made."""
    out: list[Block] = []
    run: list[Paragraph] = []

    def flush() -> None:
        if len(run) >= MIN_ROWS:
            grid = [rows[p.prov.block] for p in run]
            cells = [Cell(row=r, col=c, text=text) for r, line in enumerate(grid) for c, text in enumerate(line)]
            out.append(Table(prov=run[0].prov, cells=cells))
        else:
            out.extend(run)
        run.clear()

    for block in blocks:
        line = rows.get(block.prov.block) if isinstance(block, Paragraph) else None
        if line is None or (run and len(line) != len(rows[run[0].prov.block])):
            flush()
        if line is None:
            out.append(block)
        else:
            run.append(block)
    flush()
    if len(out) == len(blocks):
        return blocks
    return [replace(b, prov=replace(b.prov, block=i)) for i, b in enumerate(out)]

