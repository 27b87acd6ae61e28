"""A Word table as cells placed on its grid, each merged cell once with its span.

Word stores a horizontal merge as one ``w:tc`` with ``gridSpan`` and a vertical
merge as a ``vMerge`` cell repeated on every row; python-docx returns the
repeated cell on every row, so the grid is rebuilt here from the XML.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from pipeline.document import Cell
from pipeline.readers.docx_xml import W, wattr


def _int_val(el: etree._Element | None, default: int) -> int:
    try:
        return max(int(wattr(el, "val") or default), 1) if el is not None else default
    except ValueError:
        return default


WRAPPERS = (f"{W}sdt", f"{W}customXml")  # content controls and custom XML around rows or cells


def _unwrapped(container: etree._Element, tag: str, deleted: str) -> list[etree._Element]:
    """The ``tag`` children of ``container``, looking inside content controls, without tracked deletions."""
    out: list[etree._Element] = []
    for child in container:
        if child.tag == tag:
            if child.find(deleted) is None:
                out.append(child)
        elif child.tag in WRAPPERS:
            content = child.find(f"{W}sdtContent")
            out.extend(_unwrapped(content if content is not None else child, tag, deleted))
    return out


def row_cells(row: etree._Element) -> list[etree._Element]:
    """``w:tc`` of a row as Word shows it: cells in content controls included, tracked deleted cells gone."""
    return _unwrapped(row, f"{W}tc", f"{W}tcPr/{W}cellDel")


def table_rows(tbl: etree._Element) -> list[etree._Element]:
    """``w:tr`` of a table as Word shows it with changes accepted: rows in content controls included,
    rows deleted with tracked changes gone."""
    return _unwrapped(tbl, f"{W}tr", f"{W}trPr/{W}del")


def table_cells(tbl: etree._Element, cell_text: Callable[[etree._Element], str]) -> list[Cell]:
    """Cells of ``w:tbl`` in row-major order; ``cell_text`` renders one ``w:tc``'s content."""
    cells: list[Cell] = []
    open_vertical: dict[int, Cell] = {}  # grid column → the cell a vMerge=continue extends
    for row_index, tr in enumerate(table_rows(tbl)):
        col = _int_val(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        for tc in row_cells(tr):
            span = _int_val(tc.find(f"{W}tcPr/{W}gridSpan"), 1)
            v_merge = tc.find(f"{W}tcPr/{W}vMerge")
            continues = v_merge is not None and wattr(v_merge, "val") in (None, "continue")
            above = open_vertical.get(col)
            if continues and above is not None and above.row + above.rowspan == row_index:
                above.rowspan += 1
            else:
                cell = Cell(row=row_index, col=col, text=cell_text(tc), colspan=span)
                cells.append(cell)
                for c in range(col, col + span):
                    open_vertical[c] = cell
            col += span
    return cells
