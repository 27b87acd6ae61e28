"""Form-style plans: the plan laid out as a table, a section's label cell beside the cell holding its body.

Some templates put the whole 实施方案 in a form: a few cover rows (牵头单位 | …), then one row per section,
"一、背景与意义" on the left and the section's text on the right. Read as a table the plan has no headings,
so every section would be missing. A row heads a section when its label is a numbered heading (一、/（一）/
第一部分 …; a "1." row is an item of a task table) beside a body (some sentences, or a nested table). Such
a table unfolds into a heading and paragraphs per section row; the rows between them stay tables (a member
table a PDF reader merged into the form) or, when one long cell fills the row, become a paragraph. A budget
row "一、企业自筹 | 3000" has no body, a schedule row "一、2023年 | 完成…" names a period and a member row
"（一）浙江大学 | …" a unit, so none of them heads a section. The Word reader applies the same rule to the
cells themselves (docx_forms), so nested tables stay tables; this pass serves the readers that only see
the grid.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.document import Block, Cell, Document, Heading, Paragraph, Table
from pipeline.orgnames import clean_name, ends_with_suffix
from pipeline.readers.heading_patterns import looks_like_heading_text, numbering_level, split_numbering

MIN_BODY_HAN = 12  # Chinese characters of a section body: a clause at least, not a figure or a short name
MIN_SECTION_ROWS = 2  # one labelled row is a table with a long cell; a form has several sections
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PERIOD = re.compile(r"(?:19|20)\d{2}|阶段")  # "一、2023年", "（二）第二阶段": a schedule table's rows, not sections
MAX_SECTION_LEVEL = 2  # 一、/第一部分/（一）: a "1." row is an item of a task or schedule table, not a section


def section_label(label: str, body: str, nested_table: bool = False) -> tuple[str, str] | None:
    """(numbering, title) when a form row's ``label`` heads a section beside its ``body``, else None."""
    found = _title_only(label)
    if found is None or not found[1] or ends_with_suffix(clean_name(found[1])):
        return None
    return found if nested_table or len(_HAN.findall(body)) >= MIN_BODY_HAN else None


def _section(row: list[Cell]) -> tuple[str, str, str] | None:
    """(numbering, title, body) of a section row: a label cell and one body cell."""
    filled = [c for c in row if c.text.strip()]
    if len(filled) != 2:
        return None
    found = section_label(filled[0].text, filled[1].text)
    return (*found, filled[1].text) if found else None


def _long_line(row: list[Cell]) -> str | None:
    """The text of a row one long cell fills: a section's paragraph the form carries on in a row of its own."""
    filled = [c for c in row if c.text.strip()]
    return filled[0].text if len(filled) == 1 and len(_HAN.findall(filled[0].text)) >= MIN_BODY_HAN else None


def _rows_table(table: Table, rows: list[list[Cell]]) -> Table:
    first = rows[0][0].row
    return Table(prov=table.prov, cells=[replace(c, row=c.row - first) for row in rows for c in row])


def _unfolded(table: Table, continues_form: bool) -> list[Block] | None:
    """The table's blocks as a form, or None when it is no form (nor the rest of one cut by a page break)."""
    rows = [row for row in table.rows() if row]
    sections = [_section(row) for row in rows]
    if not continues_form and sum(s is not None for s in sections) < MIN_SECTION_ROWS:
        return None
    return _blocks_of(table, rows, sections)


def _boxed(table: Table) -> list[Block] | None:
    """A table boxing one section, its title alone in the first row ("一、背景与意义") and its text and tables in
    the rows below, as a heading and the blocks of its body; None when the first row is anything else."""
    rows = [row for row in table.rows() if row]
    first = [c for c in rows[0] if c.text.strip()] if rows else []
    found = _title_only(first[0].text) if len(first) == 1 else None
    if found is None or len(_HAN.findall("".join(c.text for row in rows[1:] for c in row))) < MIN_BODY_HAN:
        return None  # a title over empty rows is a table; a one-row title box is the outline's (title_box)
    return _blocks_of(table, rows, [(*found, ""), *[None] * (len(rows) - 1)])


def _blocks_of(table: Table, rows: list[list[Cell]], sections: list[tuple[str, str, str] | None]) -> list[Block]:
    """A heading and its body's paragraphs per section row; a long lone cell as a paragraph; the rows between
    as tables."""
    out: list[Block] = []
    pending: list[list[Cell]] = []

    def flush() -> None:
        if pending:
            out.append(_rows_table(table, pending))
            pending.clear()

    for row, section in zip(rows, sections, strict=True):
        if section is None and (line := _long_line(row)) is None:
            pending.append(row)
            continue
        flush()
        if section is None:
            out.append(Paragraph(prov=table.prov, text=line))
            continue
        numbering, title, body = section
        out.append(Heading(prov=table.prov, level=numbering_level(numbering) or 1, numbering=numbering, title=title))
        out += [Paragraph(prov=table.prov, text=text) for text in body.split("\n") if text.strip()]
    flush()
    return out


def _title_only(label: str) -> tuple[str, str] | None:
    """(numbering, title) of a cell holding a section's title alone: numbered as a section, worded as a heading."""
    label = " ".join(label.split())
    numbering, title = split_numbering(label)
    if not numbering or (numbering_level(numbering) or MAX_SECTION_LEVEL + 1) > MAX_SECTION_LEVEL:
        return None
    return (numbering, title) if looks_like_heading_text(label) and not _PERIOD.search(title) else None


def unfold_forms(doc: Document) -> Document:
    """The document with each form-style table read as its sections; blocks renumbered in reading order.

    A table right after an unfolded one is the same form carried over a page break, and unfolds too.
    """
    blocks: list[Block] = []
    previous_unfolded = any_unfolded = False
    for block in doc.blocks:
        unfolded = (_boxed(block) or _unfolded(block, previous_unfolded)) if isinstance(block, Table) else None
        blocks.extend(unfolded or [block])
        previous_unfolded = unfolded is not None
        any_unfolded = any_unfolded or previous_unfolded
    if not any_unfolded:
        return doc
    return replace(doc, blocks=[replace(b, prov=replace(b.prov, block=i)) for i, b in enumerate(blocks)])
