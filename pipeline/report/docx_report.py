"""report.docx: the 形式审查意见 as a Word document a clerk can print, sign and forward.

Two parts differ from plan to plan: ``word/document.xml``, rendered from a Jinja template fed by the same view
as report.html (so both reports say the same thing), and ``docProps/core.xml`` (title and author). Every
other part (styles in the fonts of a 公文, page margins, the footer with its page number) is built once per
process from python-docx's default template and copied.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from jinja2 import Environment
from lxml import etree
from markupsafe import Markup, escape

from pipeline.atomic import atomic_target
from pipeline.report.html import environment, report_context
from pipeline.report.opinion import opinion_context
from pipeline.report.times import chinese_date, office_today
from pipeline.rulepack import RulePack
from pipeline.wording import say

# The fonts of a 公文 (GB/T 9704): 方正小标宋 for the title, 黑体 for headings, 仿宋_GB2312 for the text; Latin
# letters and digits in Times New Roman. Each Chinese font names the one Word or WPS uses where it is missing.
TITLE_FONT, HEADING_FONT, TEXT_FONT, LATIN_FONT = "方正小标宋简体", "黑体", "仿宋_GB2312", "Times New Roman"
FONT_FALLBACKS = {TITLE_FONT: "宋体", HEADING_FONT: "SimHei", TEXT_FONT: "仿宋"}
GB2312_CHARSET = "86"
TITLE_PT, HEADING_PT, TEXT_PT, TABLE_PT, FOOTER_PT = 22, 16, 14, 10.5, 14  # 二号, 三号, 四号, 五号, 四号
TABLE_STYLE = "表格文字"
A4_MM = (210, 297)
MARGINS_MM = {"top_margin": 37, "bottom_margin": 35, "left_margin": 28, "right_margin": 26}
FOOTER_DISTANCE_MM = 25
BLACK = RGBColor(0, 0, 0)
STYLE_NAMES = ("Title", "Heading 1", "Table Grid", TABLE_STYLE)
# Column widths (cm) of the facts, members, checks and attachments tables: each is the 15.6 cm between margins.
COLUMN_WIDTHS_CM = {
    "facts": (3.2, 12.4),
    "members": (1.2, 5.4, 2.6, 1.4, 5.0),
    "checks": (1.2, 3.0, 1.8, 4.2, 5.4),
    "attachments": (6.6, 2.8, 6.2),
}
ROW_KEEP_CHARS = 600  # a table row with more text than this may break across pages (it could be taller than one)
COLUMN_WIDTHS = {table: tuple(Cm(width).twips for width in widths) for table, widths in COLUMN_WIDTHS_CM.items()}
_NEXT_TEXT = '</w:t>{}<w:t xml:space="preserve">'
_RUN_BREAKS = str.maketrans({"\t": _NEXT_TEXT.format("<w:tab/>"), "\n": _NEXT_TEXT.format("<w:br/>"),
                             "\r": _NEXT_TEXT.format("<w:br/>")})
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NO_QUOTE = say("report.no_quote")
CORE_PART = "docProps/core.xml"
CORE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{author}</dc:creator>\
<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision>\
<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>"""


@dataclass(frozen=True)
class WordTemplate:
    """What every report.docx shares."""

    parts: bytes  # the whole package as a zip, except its main document part and its core properties
    document_part: str  # that part's name inside the zip
    styles: dict[str, str]  # style id by style name
    section: Markup  # the page size, margins and footer reference (w:sectPr) that end the body


def _set_fonts(style: BaseStyle, east_asian: str, size_pt: float, bold: bool = False) -> None:
    """The style's Chinese font (w:eastAsia), Latin font and size, in black: the theme's fonts and colours
    (Word's blue headings) no longer apply."""
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attribute, font in (("w:ascii", LATIN_FONT), ("w:hAnsi", LATIN_FONT), ("w:eastAsia", east_asian),
                            ("w:cs", LATIN_FONT)):
        fonts.set(qn(attribute), font)
    rpr.insert(0, fonts)
    style.font.size = Pt(size_pt)
    style.font.bold = bold
    style.font.color.rgb = BLACK


def _use_official_styles(document: docx.document.Document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _set_fonts(normal, TEXT_FONT, TEXT_PT)
    normal.paragraph_format.line_spacing = 1.3
    normal.paragraph_format.space_after = Pt(0)
    title = styles["Title"]
    _set_fonts(title, TITLE_FONT, TITLE_PT)
    title.font.spacing = None
    ppr = title.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):  # the template's blue rule under the title
        ppr.remove(border)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(12)
    heading = styles["Heading 1"]
    _set_fonts(heading, HEADING_FONT, HEADING_PT)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.space_after = Pt(6)
    table_text = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    _set_fonts(table_text, TEXT_FONT, TABLE_PT)
    table_text.paragraph_format.line_spacing = 1.0


def _use_a4_page(document: docx.document.Document) -> None:
    """A4 with the margins of a 公文: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(A4_MM[0]), Mm(A4_MM[1])
    for side, mm in MARGINS_MM.items():
        setattr(section, side, Mm(mm))
    section.footer_distance = Mm(FOOTER_DISTANCE_MM)


def _field(paragraph: Any, instruction: str) -> None:
    """A field (PAGE) Word and LibreOffice compute when they lay out the page."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == instruction:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._r.append(code)
        else:
            run.text = text


def _number_pages(document: docx.document.Document) -> None:
    """— 1 — centred at the foot of every page, as a 公文 numbers its pages."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" —")
    for run in paragraph.runs:
        run.font.size = Pt(FOOTER_PT)
        run.font.name = LATIN_FONT


def _font_table_with_fallbacks(xml: bytes) -> bytes:
    """word/fontTable.xml naming each Chinese font with the one to use where it is not installed (w:altName)."""
    root = etree.fromstring(xml)
    for font, fallback in FONT_FALLBACKS.items():
        entry = etree.SubElement(root, qn("w:font"), {qn("w:name"): font})
        etree.SubElement(entry, qn("w:altName"), {qn("w:val"): fallback})
        etree.SubElement(entry, qn("w:charset"), {qn("w:val"): GB2312_CHARSET})
        etree.SubElement(entry, qn("w:family"), {qn("w:val"): "modern" if font == HEADING_FONT else "roman"})
        etree.SubElement(entry, qn("w:pitch"), {qn("w:val"): "variable"})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@cache
def _word_template() -> WordTemplate:
    """Built once per process: loading and saving the template is most of what python-docx costs per document."""
    document = docx.Document()
    _use_official_styles(document)
    _use_a4_page(document)
    _number_pages(document)
    saved = io.BytesIO()
    document.save(saved)
    document_part = document.part.partname.membername
    parts = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(parts, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in (document_part, CORE_PART):
                continue
            content = source.read(info)
            if info.filename == "word/fontTable.xml":
                content = _font_table_with_fallbacks(content)
            target.writestr(info, content)
    section = copy.deepcopy(document.element.body.sectPr)
    etree.cleanup_namespaces(section)
    return WordTemplate(
        parts=parts.getvalue(),
        document_part=document_part,
        styles={name: document.styles[name].style_id for name in STYLE_NAMES},
        section=Markup(etree.tostring(section, encoding="unicode")),
    )


def _run_text(text: object) -> Markup:
    """Text for inside ``<w:t>``: escaped, each tab and line break as Word's own element (as python-docx writes them)."""
    return Markup(str(escape(text)).translate(_RUN_BREAKS))


def _quotes_text(check: dict[str, Any]) -> str:
    """A check's quotes from the plan, one a line, each with where it stands: the 原文与位置 cell."""
    lines = [f"“{e['text']}”" + (f"（{e['where']}）" if e["where"] else "")
             for e in check["evidence_views"] if not e["by_reviewer"]]
    if check["evidence_left"]:
        lines.append(say("report.quotes_left", count=check["evidence_left"]))
    return "\n".join(lines) or NO_QUOTE


@cache
def _word_environment() -> Environment:
    """The reports' template environment, plus the filters the Word XML template needs."""
    word = environment().overlay()
    word.filters = {**word.filters, "run_text": _run_text, "quotes_text": _quotes_text}
    return word


def render_document_xml(result: dict[str, Any], pack: RulePack) -> str:
    template = _word_template()
    xml = _word_environment().get_template("report.docx.xml.j2").render(
        **report_context(result, pack),
        opinion=opinion_context(result, pack, chinese_date(office_today())),
        styles=template.styles,
        widths=COLUMN_WIDTHS,
        keep_chars=ROW_KEEP_CHARS,
        section=template.section,
    )
    if bad := _NOT_XML.search(xml):  # office_safe maps these away; a caller that skipped it gets an error, not a broken file
        raise ValueError(f"report.docx cannot hold the character U+{ord(bad.group()):04X}")
    return xml


def render_core_xml(result: dict[str, Any], pack: RulePack) -> str:
    """Document properties: the title is the consortium's name, the author the reviewing office."""
    opinion = opinion_context(result, pack, "")
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return CORE_XML.format(title=xml_escape(opinion["consortium"]), subject=xml_escape(opinion["title"]),
                           author=xml_escape(opinion["office"]), now=now)


def write_report_docx(result: dict[str, Any], pack: RulePack, path: Path) -> None:
    template = _word_template()
    document_xml = render_document_xml(result, pack)
    core_xml = render_core_xml(result, pack)
    with atomic_target(path) as tmp:
        tmp.write_bytes(template.parts)
        with zipfile.ZipFile(tmp, "a", zipfile.ZIP_DEFLATED) as package:
            package.writestr(template.document_part, document_xml)
            package.writestr(CORE_PART, core_xml)
