"""Form-style plans in Word: a section row's body cell read as the blocks it holds, nested tables kept as tables.

The rule for what makes a form and a section row is forms.py's; here it is applied to the Word cells
themselves, before a nested table would flatten into lines of its cell's text. A section drawn as a box (a
one-column table: the section's title in its first row, its text in the rows below) unfolds the same way.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from pipeline.readers.docx_tables import WRAPPERS, row_cells, table_rows
from pipeline.readers.docx_xml import W, paragraph_text
from pipeline.readers.forms import MIN_SECTION_ROWS, section_label


@dataclass(frozen=True)
class SectionRow:
    """A form row that is a section: its label's numbering and title (the heading) and the cell holding its
    body; a row that carries the section above on (its label cell merged down or left blank) has no title."""

    numbering: str
    title: str
    body: etree._Element


FormPart = SectionRow | etree._Element  # a section row, or a w:tbl holding a run of the other rows


def _text(tc: etree._Element) -> str:
    return "".join(paragraph_text(p) for p in tc.iter(f"{W}p")).strip()


def _section_row(tr: etree._Element) -> SectionRow | None:
    filled = [tc for tc in row_cells(tr) if _text(tc)]
    if len(filled) != 2:
        return None
    body = filled[1]
    found = section_label(_text(filled[0]), _text(body), nested_table=body.find(f".//{W}tbl") is not None)
    return SectionRow(*found, body=body) if found else None


def _carried_body(tr: etree._Element) -> SectionRow | None:
    """A row whose one filled cell is not its first: more of the section above (a nested table, paragraphs)."""
    cells = row_cells(tr)
    filled = [tc for tc in cells if _text(tc)]
    return SectionRow("", "", body=filled[0]) if len(filled) == 1 and filled[0] is not cells[0] else None


def _rows_table(tbl: etree._Element, rows: list[etree._Element]) -> etree._Element:
    """A copy of ``tbl`` (its properties and grid) holding only ``rows``."""
    part = copy.deepcopy(tbl)
    for child in [c for c in part if c.tag in (f"{W}tr", *WRAPPERS)]:
        part.remove(child)
    part.extend(copy.deepcopy(tr) for tr in rows)
    return part


def form_parts(tbl: etree._Element) -> list[FormPart] | None:
    """The table split into section rows and tables of the rows between them; None when it is no form."""
    rows = table_rows(tbl)
    sections = [_section_row(tr) for tr in rows]
    if sum(s is not None for s in sections) < MIN_SECTION_ROWS:
        return None
    parts: list[FormPart] = []
    pending: list[etree._Element] = []
    for tr, section in zip(rows, sections, strict=True):
        if section is None and parts and not pending and isinstance(parts[-1], SectionRow):
            section = _carried_body(tr)
        if section is None:
            pending.append(tr)
            continue
        if pending:
            parts.append(_rows_table(tbl, pending))
            pending = []
        parts.append(section)
    if pending:
        parts.append(_rows_table(tbl, pending))
    return parts


def boxed_section(tbl: etree._Element) -> list[SectionRow] | None:
    """A one-column table boxing one section ("一、背景与意义" above a cell holding its text and tables): its
    title and the cells of its body; None when the table is anything else."""
    rows = [row_cells(tr) for tr in table_rows(tbl)]
    if len(rows) < 2 or any(len(cells) != 1 for cells in rows):
        return None
    title, body = rows[0][0], [cells[0] for cells in rows[1:]]
    nested = any(tc.find(f".//{W}tbl") is not None for tc in body)
    found = section_label(_text(title), " ".join(map(_text, body)), nested_table=nested)
    if found is None:
        return None
    return [SectionRow(*found, body=body[0]), *(SectionRow("", "", body=tc) for tc in body[1:])]
