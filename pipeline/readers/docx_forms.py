"""Form-style plans: the plan as a table of rows, a section's label cell beside the cell holding its body.

Some templates lay the whole 实施方案 out as a form: a few cover rows (牵头单位 | …), then one row per
section, "一、背景与意义" on the left and the section's paragraphs (member table, budget table nested
inside) on the right. Read as one table, the plan would have no headings and its nested tables would
flatten into lines; read as what it is, each such row is a heading followed by its content. A row counts
as a section row when its label is a numbered heading (一、/（一）/第一部分 …) and its other cell holds a
body — some sentences or a nested table — so a budget row "一、企业自筹 | 3000" stays a table row.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from pipeline.readers.docx_tables import row_cells
from pipeline.readers.docx_xml import W, paragraph_text
from pipeline.readers.heading_patterns import looks_like_heading_text, split_numbering

MIN_BODY_CHARS = 50  # a section body is some sentences, not a figure or a name
MIN_SECTION_ROWS = 2  # one labelled row is a table with a long cell; a form has several sections


@dataclass(frozen=True)
class SectionRow:
    """A form row that is a section: its label (the heading) and the cell holding its body."""

    label: str
    body: etree._Element


FormPart = SectionRow | etree._Element  # a section row, or a w:tbl holding a run of the other rows


def _text(tc: etree._Element) -> str:
    return "".join(paragraph_text(p) for p in tc.iter(f"{W}p")).strip()


def _section_row(tr: etree._Element) -> SectionRow | None:
    filled = [tc for tc in row_cells(tr) if _text(tc)]
    if len(filled) != 2:
        return None
    label, body = " ".join(_text(filled[0]).split()), filled[1]
    numbering, title = split_numbering(label)
    has_body = body.find(f".//{W}tbl") is not None or len("".join(_text(body).split())) >= MIN_BODY_CHARS
    if numbering and title and looks_like_heading_text(label) and has_body:
        return SectionRow(label=label, body=body)
    return None


def _rows_table(tbl: etree._Element, rows: list[etree._Element]) -> etree._Element:
    """A copy of ``tbl`` (its properties and grid) holding only ``rows``."""
    part = copy.deepcopy(tbl)
    for tr in part.findall(f"{W}tr"):
        part.remove(tr)
    part.extend(copy.deepcopy(tr) for tr in rows)
    return part


def form_parts(tbl: etree._Element) -> list[FormPart] | None:
    """The table split into section rows and tables of the rows between them; None when it is no form."""
    rows = list(tbl.iterchildren(f"{W}tr"))
    sections = [_section_row(tr) for tr in rows]
    if sum(s is not None for s in sections) < MIN_SECTION_ROWS:
        return None
    parts: list[FormPart] = []
    pending: list[etree._Element] = []
    for tr, section in zip(rows, sections, strict=True):
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
