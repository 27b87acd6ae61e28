"""Turns a hand-written plan's blocks into a Word document with python-docx (仿宋 body, 黑体 headings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from ..numbering import add_outline_list
from .model import (
    Block,
    Bullets,
    Cell,
    Footnoted,
    FreeformPlan,
    Head,
    NewSection,
    PageBreak,
    Para,
    Revised,
    RunIn,
    Table,
    Title,
)

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
BIG_HEADING_FONT, BIG_HEADING_SIZE = "宋体", 18
EMPTY_FOOTNOTES = (
    f"<w:footnotes {nsdecls('w')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)
SUBMITTED = dt.datetime(2022, 11, 15, 10, 0, 0)
HEAD_SIZES = {1: 16, 2: 14, 3: 12}
MULTILEVEL_ID = 91  # abstractNum/num id of the outline list that numbers ``autonum`` headings
MULTILEVEL_LABELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))
REVISER = "县科技局审核员"
REVISED_AT = "2022-11-14T16:30:00Z"


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _add_multilevel_list(document) -> None:
    """Defines Word's multilevel outline list (一、 / （一） / 1.) in numbering.xml, as a clerk's template has it."""
    add_outline_list(document, MULTILEVEL_ID, MULTILEVEL_LABELS)


def _title(document, block: Title) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(block.text), HEADING_FONT, block.size, bold=True)


def _head(document, block: Head) -> None:
    size = HEAD_SIZES[block.level]
    if block.look in ("word", "autonum"):
        paragraph = document.add_heading(level=block.level)
        _font(paragraph.add_run(block.text), HEADING_FONT, size, bold=True)
        if block.look == "autonum":
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = block.level - 1
            num_pr.get_or_add_numId().val = MULTILEVEL_ID
    elif block.look == "boxed":
        table = document.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        cell = table.cell(0, 0)
        _shade(cell, "D9E2F3")
        _font(cell.paragraphs[0].add_run(block.text), HEADING_FONT, size, bold=True)
        document.add_paragraph()
    elif block.look == "big":
        paragraph = document.add_paragraph()
        _font(paragraph.add_run(block.text), BIG_HEADING_FONT, BIG_HEADING_SIZE - 2 * (block.level - 1), bold=True)
    else:
        paragraph = document.add_paragraph()
        _font(paragraph.add_run(block.text), HEADING_FONT, size, bold=block.level > 1)


def _para(document, block: Para) -> None:
    paragraph = document.add_paragraph()
    if block.indent:
        paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.25
    _font(paragraph.add_run(block.text), BODY_FONT, 12, bold=block.bold)


def _bullets(document, block: Bullets) -> None:
    for item in block.items:
        _font(document.add_paragraph(style="List Bullet").add_run(item), BODY_FONT, 12)


def _footnotes_part(document) -> XmlPart:
    """The document's footnotes.xml, made on first use (python-docx's template has none)."""
    part = document.part
    for rel in part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES:
            return rel.target_part
    footnotes = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, parse_xml(EMPTY_FOOTNOTES),
                        part.package)
    part.relate_to(footnotes, RELATIONSHIP_TYPE.FOOTNOTES)
    return footnotes


def _add_footnote(document, paragraph, note: str) -> None:
    """Appends a superscript footnote reference to ``paragraph`` and the note itself to footnotes.xml."""
    footnotes = _footnotes_part(document).element
    number = len(footnotes.findall(qn("w:footnote"))) - 1
    footnotes.append(parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'))
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'))


def _footnoted(document, block: Footnoted) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.25
    for text, note in block.pieces:
        _font(paragraph.add_run(text), BODY_FONT, 12)
        if note:
            _add_footnote(document, paragraph, note)


def _new_section(document, block: NewSection) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if block.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if block.landscape else (short, long)


def _revision_mark(document, tag: str):
    """A w:ins / w:del element signed by the reviser, as Word writes it with track changes on.

    Its id is one more than the marks already in the body, so every revision id is unique.
    """
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), str(len(document.element.body.xpath(".//w:ins | .//w:del")) + 1))
    mark.set(qn("w:author"), REVISER)
    mark.set(qn("w:date"), REVISED_AT)
    return mark


def _track_run(document, run, tag: str) -> None:
    """Moves ``run`` inside a w:ins or w:del; deleted text is w:delText, which Word never shows as body text."""
    mark = _revision_mark(document, tag)
    run._r.addprevious(mark)
    mark.append(run._r)
    if tag == "w:del":
        for text in run._r.findall(qn("w:t")):
            text.tag = qn("w:delText")


def _run_in(document, block: RunIn) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.25
    _font(paragraph.add_run(f"{block.head}："), HEADING_FONT, 12, bold=True)
    _font(paragraph.add_run(block.text), BODY_FONT, 12)


def _revised(document, block: Revised) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.25
    for kind, text in block.pieces:
        run = paragraph.add_run(text)
        _font(run, BODY_FONT, 12)
        if kind != "keep":
            _track_run(document, run, f"w:{kind}")


def _fill_cell(document, cell, content: Cell, bold: bool, inserted: bool) -> None:
    """Writes a cell's lines as paragraphs (the cell's own empty paragraph takes the first) and its nested tables."""
    parts = (content,) if isinstance(content, str) else content
    paragraph = cell.paragraphs[0]
    for part in parts:
        if isinstance(part, Table):
            _fill_table(document, cell.add_table(rows=len(part.rows), cols=len(part.rows[0])), part)
            paragraph = None
            continue
        for line in part.split("\n"):
            paragraph = paragraph if paragraph is not None else cell.add_paragraph()
            run = paragraph.add_run(line)
            _font(run, BODY_FONT, 10.5, bold=bold)
            if inserted:
                _track_run(document, run, "w:ins")
            paragraph = None


def _fill_table(document, table, block: Table) -> None:
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(block.rows):
        inserted = r in block.inserted_rows
        if inserted:
            table.rows[r]._tr.get_or_add_trPr().append(_revision_mark(document, "w:ins"))
        for c, content in enumerate(row):
            _fill_cell(document, table.cell(r, c), content, block.header and r < block.header_rows, inserted)
    for top, left, bottom, right in block.merges:
        merged = table.cell(top, left).merge(table.cell(bottom, right))
        for paragraph in merged.paragraphs[1:]:
            if not paragraph.text:
                paragraph._p.getparent().remove(paragraph._p)


def _table(document, block: Table) -> None:
    _fill_table(document, document.add_table(rows=len(block.rows), cols=len(block.rows[0])), block)
    document.add_paragraph()


def _block(document, block: Block) -> None:
    if isinstance(block, Title):
        _title(document, block)
    elif isinstance(block, Head):
        _head(document, block)
    elif isinstance(block, Para):
        _para(document, block)
    elif isinstance(block, RunIn):
        _run_in(document, block)
    elif isinstance(block, Bullets):
        _bullets(document, block)
    elif isinstance(block, Footnoted):
        _footnoted(document, block)
    elif isinstance(block, NewSection):
        _new_section(document, block)
    elif isinstance(block, Revised):
        _revised(document, block)
    elif isinstance(block, Table):
        _table(document, block)
    elif isinstance(block, PageBreak):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def write_docx(plan: FreeformPlan, target: Path) -> Path:
    """Writes the plan as A4 .docx at ``target`` and returns it."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.6)
    section.top_margin = section.bottom_margin = Cm(2.5)
    properties = document.core_properties
    properties.author, properties.created, properties.modified = "", SUBMITTED, SUBMITTED
    if plan.header:
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(paragraph.add_run(plan.header), BODY_FONT, 9)
    if any(isinstance(block, Head) and block.look == "autonum" for block in plan.blocks):
        _add_multilevel_list(document)
    for block in plan.blocks:
        _block(document, block)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(target)
    return target
