"""Lays a plan's blocks out as a Word document the way district submissions really look.

Headings vary (Word styles, bold or 黑体 plain paragraphs, Word auto-numbering whose 一、 never appears in
the text), as do cover pages, tables of contents, running headers and page-number footers.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .model import PlanSpec
from .numbering import add_outline_list
from .text import CN_DIGITS, Block, Heading, ListBlock, Para, TableBlock, body, info_lines

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
FIXED_TIME = dt.datetime(2022, 11, 10, 9, 0, 0)
ZIP_TIME = (2022, 11, 10, 9, 0, 0)
AUTONUM_ID = 90  # abstractNum/num id used for the chineseCounting outline list


def _east_asian(run, font: str) -> None:
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _add_run(paragraph, text: str, *, font: str = BODY_FONT, size: float = 12, bold: bool = False):
    run = paragraph.add_run(text)
    _east_asian(run, font)
    run.font.size = Pt(size)
    run.bold = bold
    return run


def _top_number(style: str, index: int) -> str:
    cn = CN_DIGITS[index - 1]
    return {"一、": f"{cn}、", "第一部分": f"第{cn}部分 ", "1.": f"{index}. ", "（一）": f"（{cn}）", "": ""}[style]


def _sub_number(style: str, top: int, index: int) -> str:
    if style == "（一）":
        return f"{index}."
    if style == "1.":
        return f"{top}.{index} "
    return f"（{CN_DIGITS[index - 1]}）"


def _add_chinese_counting_list(document) -> None:
    """Defines an outline list whose level-1 label is 一、二、… (chineseCounting, "%1、") in numbering.xml."""
    add_outline_list(document, AUTONUM_ID, (("chineseCounting", "%1、"),))


def _number_paragraph(paragraph) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = AUTONUM_ID


def _heading(document, spec: PlanSpec, level: int, number: str, title: str) -> None:
    style = spec.style.headings
    if style == "word":
        paragraph = document.add_heading(level=level)
        _add_run(paragraph, number + title, font=HEADING_FONT, size=16 if level == 1 else 14, bold=True)
        return
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(6)
    if style == "autonum" and level == 1:
        _number_paragraph(paragraph)
        _add_run(paragraph, title, font=HEADING_FONT, size=16, bold=True)
        return
    font = HEADING_FONT if style == "heiti" else BODY_FONT
    _add_run(paragraph, number + title, font=font, size=16 if level == 1 else 14, bold=style != "heiti")


def _para(document, block: Para) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.3
    if block.lead_in:
        _add_run(paragraph, block.lead_in, bold=True)
    _add_run(paragraph, block.text)


def _table(document, block: TableBlock) -> None:
    if block.caption:
        caption = document.add_paragraph()
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_run(caption, block.caption, font=HEADING_FONT, size=11)
    table = document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(block.rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            _add_run(cell.paragraphs[0], value, size=10.5, bold=r == 0)


def _block(document, spec: PlanSpec, top: int, block: Block) -> None:
    if isinstance(block, Heading):
        _heading(document, spec, 2, _sub_number(spec.style.numbering, top, block.index), block.title)
    elif isinstance(block, Para):
        _para(document, block)
    elif isinstance(block, TableBlock):
        _table(document, block)
    elif isinstance(block, ListBlock):
        for item in block.items:
            _para(document, Para(item))


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _cover(document, spec: PlanSpec) -> None:
    for _ in range(5):
        document.add_paragraph()
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_run(title, spec.title, font=HEADING_FONT, size=22, bold=True)
    for _ in range(6):
        document.add_paragraph()
    for line in [*info_lines(spec), f"日期：{spec.date}"]:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(3)
        _add_run(paragraph, line, size=15)
    _page_break(document)


def _toc(document, spec: PlanSpec, titles: list[tuple[int, str]]) -> None:
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_run(heading, "目  录", font=HEADING_FONT, size=16, bold=True)
    for position, (number, title) in enumerate(titles, 1):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        _add_run(paragraph, f"{_top_number(spec.style.numbering or '一、', position)}{title}\t{number}", size=14)
    _page_break(document)


def _page_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _header_footer(document) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_run(header, "浙江省创新联合体实施方案", size=9)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_run(footer, "第 ", size=9)
    _page_field(footer)
    _add_run(footer, " 页", size=9)


def _signature(document, spec: PlanSpec) -> None:
    _page_break(document)
    for _ in range(4):
        document.add_paragraph()
    for line in (
        "本实施方案内容真实，各成员单位已协商一致。",
        f"牵头单位（盖章）：{spec.lead.name}",
        f"法定代表人（签字）：{spec.lead.head}",
        spec.date,
    ):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.space_after = Pt(18)
        _add_run(paragraph, line, size=14)


def _normalise_zip(path: Path) -> None:
    """Rewrites the package with fixed timestamps so reruns of the generator give identical bytes."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED)


def write_docx(spec: PlanSpec, path: Path) -> None:
    document = Document()
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    document.core_properties.author = spec.lead.name
    document.core_properties.title = spec.title
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)
    section.left_margin = section.right_margin = Cm(2.6)
    section.top_margin = section.bottom_margin = Cm(2.5)
    if spec.style.headings == "autonum":
        _add_chinese_counting_list(document)
    if spec.style.header_footer:
        _header_footer(document)
    sections = body(spec)
    if spec.style.cover:
        _cover(document, spec)
    if spec.style.toc:
        _toc(document, spec, [(page, title) for page, (_, title, _) in zip((1, 2, 3, 5, 6), sections, strict=False)])
    if not spec.style.cover:
        title = document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_run(title, spec.title, font=HEADING_FONT, size=20, bold=True)
        for line in info_lines(spec):
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_run(paragraph, line, size=12)
    for position, (_, title, blocks) in enumerate(sections, 1):
        _heading(document, spec, 1, _top_number(spec.style.numbering, position), title)
        for block in blocks:
            _block(document, spec, position, block)
    if spec.signature_page:
        _signature(document, spec)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    _normalise_zip(path)

