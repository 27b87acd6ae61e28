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
    Box,
    Bullets,
    Cell,
    Control,
    Drawing,
    Fillable,
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
    Toc,
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
EMPTY_ENDNOTES = EMPTY_FOOTNOTES.replace("footnote", "endnote")
STYLE_LIST_ID = 92  # abstractNum/num id of the list that the Heading 1/2 styles themselves carry (``stylenum``)
STYLE_LIST_LABELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"))
EMU_PER_CM, PT_PER_CM = 360000, 72 / 2.54
SHAPE_NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in (
    ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("v", "urn:schemas-microsoft-com:vml"),
    ("o", "urn:schemas-microsoft-com:office:office"),
))
TOC_TAB = 9000  # twips: the right-aligned, dot-leader tab of a contents line
CHECK_MARKS = {True: "\u2612", False: "\u2610"}  # ☒ / ☐, the symbols of Word's check box content control


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


def _bookmark(paragraph, name: str) -> None:
    """Puts a bookmark named ``name`` around the paragraph's runs (a table of contents links to it)."""
    body = paragraph.part.element.body
    number = str(len(body.xpath(".//w:bookmarkStart")) + 1)
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), number)
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), number)
    runs = paragraph._p.r_lst
    runs[0].addprevious(start)
    runs[-1].addnext(end)


def _link_heading_styles(document) -> None:
    """Numbers the Heading 1/2 styles themselves: the list's levels name the styles (w:pStyle) and the styles carry
    the list (w:numPr in styles.xml), as a template set up with "链接到标题样式" does."""
    add_outline_list(document, STYLE_LIST_ID, STYLE_LIST_LABELS)
    numbering = document.part.numbering_part.element
    abstract = numbering.xpath(f"./w:abstractNum[@w:abstractNumId='{STYLE_LIST_ID}']")[0]
    for level, lvl in enumerate(abstract.findall(qn("w:lvl"))):
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), f"Heading{level + 1}")
        lvl.find(qn("w:numFmt")).addnext(style)
        num_pr = document.styles[f"Heading {level + 1}"].element.get_or_add_pPr().get_or_add_numPr()
        if level:
            num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = STYLE_LIST_ID


def _head(document, block: Head) -> None:
    size = HEAD_SIZES[block.level]
    if block.look == "stylenum":
        paragraph = document.add_heading(level=block.level)
        _font(paragraph.add_run(block.text), HEADING_FONT, size, bold=True)
        if block.anchor:
            _bookmark(paragraph, block.anchor)
        return
    if block.look in ("word", "autonum"):
        paragraph = document.add_heading(level=block.level)
        _font(paragraph.add_run(block.text), HEADING_FONT, size, bold=True)
        if block.anchor:
            _bookmark(paragraph, block.anchor)
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


_NOTE_PARTS = {  # kind → (relationship, content type, part name, empty part)
    "footnote": (RELATIONSHIP_TYPE.FOOTNOTES, CONTENT_TYPE.WML_FOOTNOTES, "/word/footnotes.xml", EMPTY_FOOTNOTES),
    "endnote": (RELATIONSHIP_TYPE.ENDNOTES, CONTENT_TYPE.WML_ENDNOTES, "/word/endnotes.xml", EMPTY_ENDNOTES),
}


def _notes_part(document, kind: str) -> XmlPart:
    """The document's footnotes.xml or endnotes.xml, made on first use (python-docx's template has neither)."""
    reltype, content_type, name, empty = _NOTE_PARTS[kind]
    part = document.part
    for rel in part.rels.values():
        if rel.reltype == reltype:
            return rel.target_part
    notes = XmlPart(PackURI(name), content_type, parse_xml(empty), part.package)
    part.relate_to(notes, reltype)
    return notes


def _add_note(document, paragraph, note: str, kind: str = "footnote") -> None:
    """Appends a superscript note reference to ``paragraph`` and the note itself to its notes part."""
    notes = _notes_part(document, kind).element
    number = len(notes.findall(qn(f"w:{kind}"))) - 1
    notes.append(parse_xml(
        f'<w:{kind} {nsdecls("w")} w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:{kind}>'))
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{number}"/></w:r>'))


def _footnoted(document, block: Footnoted) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.25
    for text, note in block.pieces:
        _font(paragraph.add_run(text), BODY_FONT, 12)
        if note:
            _add_note(document, paragraph, note, "endnote" if block.endnotes else "footnote")


def _field_mark(paragraph, kind: str, size: float) -> None:
    """A run holding a w:fldChar of ``kind`` (begin, separate, end)."""
    run = paragraph.add_run()
    _font(run, BODY_FONT, size)
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    run._r.append(mark)


def _field_open(paragraph, instruction: str, size: float) -> None:
    """Begins a complex field as Word writes it: begin, the instruction, separate; the cached result follows."""
    _field_mark(paragraph, "begin", size)
    run = paragraph.add_run()
    _font(run, BODY_FONT, size)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = instruction
    run._r.append(code)
    _field_mark(paragraph, "separate", size)


def _field_runs(paragraph, instruction: str, result: str, size: float) -> None:
    """A whole complex field: begin, instruction, separate, the cached result, end."""
    _field_open(paragraph, instruction, size)
    _font(paragraph.add_run(result), BODY_FONT, size)
    _field_mark(paragraph, "end", size)


def _footer(section, text: str) -> None:
    """The running footer: literal text, with {PAGE} and {NUMPAGES} as Word's PAGE and NUMPAGES fields."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in text.replace("{", "\0{").replace("}", "}\0").split("\0"):
        if piece in ("{PAGE}", "{NUMPAGES}"):
            _field_runs(paragraph, f" {piece[1:-1]} ", "1", 9)
        elif piece:
            _font(paragraph.add_run(piece), BODY_FONT, 9)


def _text_box(index: int, box: Box, first: bool):
    """One floating text box as Word 2010+ saves it: a DrawingML shape with a VML fallback, both holding the text."""
    lines = box.text.split("\n")
    content = "".join(
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="auto"/><w:jc w:val="center"/>'
        f'</w:pPr><w:r><w:rPr><w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" w:eastAsia="{BODY_FONT}"/>'
        f'{"<w:b/>" if not n else ""}<w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
        for n, line in enumerate(lines))
    x, y, w, h = (round(v * EMU_PER_CM) for v in (box.x, box.y, box.width, box.height))
    px, py, pw, ph = (round(v * PT_PER_CM, 1) for v in (box.x, box.y, box.width, box.height))
    shape_type = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                  if first else "")
    return parse_xml(
        f'<w:r {nsdecls("w", "wp")} {SHAPE_NAMESPACES}><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        f'simplePos="0" relativeHeight="{251659264 + index}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{index}" name="文本框 {index}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        f'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>{shape_type}'
        f'<v:shape id="文本框 {index}" o:spid="_x0000_s{1025 + index}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{px}pt;margin-top:{py}pt;width:{pw}pt;height:{ph}pt;'
        f'z-index:{251659264 + index};visibility:visible;mso-wrap-style:square;mso-position-horizontal:absolute;'
        f'mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;'
        f'v-text-anchor:middle" fillcolor="white [3201]" strokeweight=".5pt">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>')


def _drawing(document, block: Drawing) -> None:
    """Anchors the figure's text boxes to one paragraph that keeps the figure's height free below it."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Cm(block.height)
    shapes = len(document.element.body.xpath(".//wp:docPr"))
    for n, box in enumerate(block.boxes, 1):
        paragraph._p.append(_text_box(shapes + n, box, first=not shapes and n == 1))
    if block.caption:
        caption = document.add_paragraph()
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(caption.add_run(block.caption), BODY_FONT, 10.5)


def _toc(document, block: Toc) -> None:
    """A TOC field: its cached result is one hyperlinked line per heading, page numbers in PAGEREF fields; the field
    begins in the first line and ends in an empty paragraph after the last."""
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(title.add_run(block.title), HEADING_FONT, 16, bold=True)
    for n, (level, text, anchor, page) in enumerate(block.entries):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(21 * (level - 1))
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:leader="dot" w:pos="{TOC_TAB}"/></w:tabs>'))
        if not n:
            _field_open(paragraph, ' TOC \\o "1-2" \\h \\z \\u ', 14)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), anchor)
        link.set(qn("w:history"), "1")
        paragraph._p.append(link)
        _font(paragraph.add_run(text + "\t"), BODY_FONT, 14)
        _field_runs(paragraph, f" PAGEREF {anchor} \\h ", str(page), 14)
        for run in list(link.itersiblings()):
            link.append(run)
    _field_mark(document.add_paragraph(), "end", 14)


def _control(paragraph, control: Control, size: float) -> None:
    """Appends a content control (w:sdt) showing its value, or its grey placeholder when it has none."""
    body = paragraph.part.element.body
    number = 1000 + len(body.xpath(".//w:sdt"))
    shown = CHECK_MARKS[control.checked] if control.kind == "checkbox" else control.value or control.placeholder
    placeholder = control.kind != "checkbox" and not control.value
    font = "MS Gothic" if control.kind == "checkbox" else BODY_FONT
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
    choice = {
        "text": "<w:text/>",
        "dropdown": "<w:dropDownList" + (f' w:lastValue="{control.value}"' if control.value else "") + ">"
                    + "".join(f'<w:listItem w:displayText="{item}" w:value="{item}"/>' for item in control.items)
                    + "</w:dropDownList>",
        "date": f'<w:date w:fullDate="{control.iso}T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
                '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>',
        "checkbox": f'<w14:checkbox><w14:checked w14:val="{int(control.checked)}"/>'
                    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>',
    }[control.kind]
    colour = '<w:color w:val="808080"/>' if placeholder else ""
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:rPr>{fonts}<w:sz w:val="{round(size * 2)}"/></w:rPr>'
        f'<w:alias w:val="{control.alias}"/><w:tag w:val="{control.alias}"/><w:id w:val="{number}"/>'
        f'{"<w:showingPlcHdr/>" if placeholder else ""}{choice}</w:sdtPr><w:sdtContent>'
        f'<w:r><w:rPr>{fonts}{colour}<w:sz w:val="{round(size * 2)}"/></w:rPr><w:t xml:space="preserve">{shown}</w:t>'
        f'</w:r></w:sdtContent></w:sdt>'))


def _fillable(document, block: Fillable) -> None:
    paragraph = document.add_paragraph()
    if block.indent:
        paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.5
    for piece in block.pieces:
        if isinstance(piece, Control):
            _control(paragraph, piece, block.size)
        else:
            _font(paragraph.add_run(piece), BODY_FONT, block.size)


def _new_section(document, block: NewSection) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if block.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if block.landscape else (short, long)


def _revision_mark(document, tag: str, author: str = REVISER):
    """A w:ins / w:del element signed by the reviser, as Word writes it with track changes on.

    Its id is one more than the marks already in the body, so every revision id is unique.
    """
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), str(len(document.element.body.xpath(".//w:ins | .//w:del")) + 1))
    mark.set(qn("w:author"), author)
    mark.set(qn("w:date"), REVISED_AT)
    return mark


def _track_run(document, run, tag: str, author: str = REVISER) -> None:
    """Moves ``run`` inside a w:ins or w:del; deleted text is w:delText, which Word never shows as body text."""
    mark = _revision_mark(document, tag, author)
    run._r.addprevious(mark)
    mark.append(run._r)
    if tag == "w:del":
        for text in run._r.findall(qn("w:t")):
            text.tag = qn("w:delText")


def _run_in(document, block: RunIn) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.25
    _font(paragraph.add_run(f"{block.head}{block.stop}"), HEADING_FONT, 12, bold=True)
    _font(paragraph.add_run(block.text), BODY_FONT, 12)


def _anchor_remark(document, first, last, remark) -> None:
    """Adds ``remark`` to comments.xml and anchors it from element ``first`` to ``last`` (runs, or the w:ins / w:del
    around them): w:commentRangeStart before, w:commentRangeEnd and the w:commentReference run after, as Word does."""
    comment = document.comments.add_comment(text=remark.text, author=remark.author, initials=remark.author[:2])
    comment._comment_elm.date = dt.datetime.fromisoformat(remark.date.replace("Z", "+00:00"))
    start, end = OxmlElement("w:commentRangeStart"), OxmlElement("w:commentRangeEnd")
    start.set(qn("w:id"), str(comment.comment_id))
    end.set(qn("w:id"), str(comment.comment_id))
    first.addprevious(start)
    reference = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                          f'<w:commentReference w:id="{comment.comment_id}"/></w:r>')
    last.addnext(end)
    end.addnext(reference)


def _revised_runs(document, paragraph, block: Revised, size: float = 12) -> None:
    """Writes a Revised block's pieces into ``paragraph``: kept, inserted and deleted runs, then its margin comments."""
    author = block.author or REVISER
    pieces = []
    for kind, text in block.pieces:
        run = paragraph.add_run(text)
        _font(run, BODY_FONT, size)
        if kind != "keep":
            _track_run(document, run, f"w:{kind}", author)
        pieces.append(run._r if kind == "keep" else run._r.getparent())
    for index, remark in block.remarks:
        first, last = index if isinstance(index, tuple) else (index, index)
        _anchor_remark(document, pieces[first], pieces[last], remark)


def _revised(document, block: Revised) -> None:
    paragraph = document.add_paragraph()
    if block.indent:
        paragraph.paragraph_format.first_line_indent = Pt(24)
    paragraph.paragraph_format.line_spacing = 1.25
    _revised_runs(document, paragraph, block)


def _fill_cell(document, cell, content: Cell, bold: bool, inserted: bool, reviser: str = REVISER) -> None:
    """Writes a cell's lines as paragraphs (the cell's own empty paragraph takes the first) and its nested tables."""
    parts = (content,) if isinstance(content, str) else content
    paragraph = cell.paragraphs[0]
    for part in parts:
        if isinstance(part, Revised):
            _revised_runs(document, paragraph if paragraph is not None else cell.add_paragraph(), part, 10.5)
            paragraph = None
            continue
        if isinstance(part, Table):
            _fill_table(document, cell.add_table(rows=len(part.rows), cols=len(part.rows[0])), part)
            paragraph = None
            continue
        for line in part.split("\n"):
            paragraph = paragraph if paragraph is not None else cell.add_paragraph()
            run = paragraph.add_run(line)
            _font(run, BODY_FONT, 10.5, bold=bold)
            if inserted:
                _track_run(document, run, "w:ins", reviser)
            paragraph = None


def _fill_table(document, table, block: Table) -> None:
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    reviser = block.reviser or REVISER
    for r, row in enumerate(block.rows):
        inserted = r in block.inserted_rows
        if inserted:
            table.rows[r]._tr.get_or_add_trPr().append(_revision_mark(document, "w:ins", reviser))
        for c, content in enumerate(row):
            _fill_cell(document, table.cell(r, c), content, block.header and r < block.header_rows, inserted, reviser)
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
    elif isinstance(block, Drawing):
        _drawing(document, block)
    elif isinstance(block, Toc):
        _toc(document, block)
    elif isinstance(block, Fillable):
        _fillable(document, block)


def _lean(document) -> None:
    """Drops the parts Word 2013 and later no longer write: stylesWithEffects.xml and the package thumbnail."""
    for rels, kind in ((document.part.rels, "stylesWithEffects"), (document.part.package.rels, "thumbnail")):
        for rel_id in [rel_id for rel_id, rel in rels.items() if rel.reltype.endswith("/" + kind)]:
            rels.pop(rel_id)


def _used_styles(document) -> None:
    """Keeps in styles.xml only the styles some part refers to (w:pStyle, w:rStyle, w:tblStyle), the default styles and
    whatever those name as basedOn, link or next; drops the latent-style table and python-docx's customXml item."""
    styles = document.styles.element
    package = document.part.package
    used = set()
    for part in package.iter_parts():
        element = getattr(part, "element", None)
        if element is None or element is styles:
            continue
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            used.update(node.get(qn("w:val")) for node in element.iter(qn(tag)))
    by_id = {style.get(qn("w:styleId")): style for style in styles.findall(qn("w:style"))}
    keep = used | {sid for sid, style in by_id.items() if style.get(qn("w:default")) == "1"}
    pending = list(keep)
    while pending:
        style = by_id.get(pending.pop())
        for tag in ("w:basedOn", "w:link", "w:next"):
            node = style.find(qn(tag)) if style is not None else None
            if node is not None and node.get(qn("w:val")) not in keep:
                keep.add(node.get(qn("w:val")))
                pending.append(node.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in keep:
            styles.remove(style)
    for latent in styles.findall(qn("w:latentStyles")):
        styles.remove(latent)
    rels = document.part.rels
    for rel_id in [rel_id for rel_id, rel in rels.items() if rel.reltype.endswith("/customXml")]:
        rels.pop(rel_id)


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
    if plan.footer:
        _footer(section, plan.footer)
    if any(isinstance(block, Head) and block.look == "autonum" for block in plan.blocks):
        _add_multilevel_list(document)
    if any(isinstance(block, Head) and block.look == "stylenum" for block in plan.blocks):
        _link_heading_styles(document)
    for block in plan.blocks:
        _block(document, block)
    if plan.lean:
        _lean(document)
    if plan.used_styles:
        _used_styles(document)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(target)
    return target
