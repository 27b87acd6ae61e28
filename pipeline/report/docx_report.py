"""report.docx: the 审查意见 as a Word document a clerk can print or forward.

Only ``word/document.xml`` differs from plan to plan: it is rendered from a Jinja template fed by the same
view as report.html, so both reports say the same thing. Every other part of the package (styles with the
宋体 Normal font, settings, theme, …) is python-docx's default template, saved once per process and copied.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from jinja2 import Environment
from lxml import etree
from markupsafe import Markup, escape

from pipeline.atomic import atomic_target
from pipeline.report.html import environment, report_context
from pipeline.rulepack import RulePack

FONT = "宋体"
A4_CM = (21.0, 29.7)
SIDE_MARGIN_CM = 2.5
STYLE_NAMES = ("Title", "Heading 1", "Table Grid", "List Bullet", "Quote")
# Column widths (cm) of the facts, members and checks tables; each table is 16 cm wide.
COLUMN_WIDTHS_CM = {
    "facts": (3.2, 12.8),
    "members": (1.2, 5.6, 2.6, 1.4, 5.2),
    "checks": (4.2, 1.8, 2.8, 7.2),
    "attachments": (6.8, 2.8, 6.4),
}
COLUMN_WIDTHS = {table: tuple(Cm(width).twips for width in widths) for table, widths in COLUMN_WIDTHS_CM.items()}
_NEXT_TEXT = '</w:t>{}<w:t xml:space="preserve">'
_RUN_BREAKS = str.maketrans({"\t": _NEXT_TEXT.format("<w:tab/>"), "\n": _NEXT_TEXT.format("<w:br/>"),
                             "\r": _NEXT_TEXT.format("<w:br/>")})
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class WordTemplate:
    """What every report.docx shares, taken from python-docx's default template."""

    parts: bytes  # the whole package as a zip, except its main document part
    document_part: str  # that part's name inside the zip
    styles: dict[str, str]  # style id by style name
    section: Markup  # the page size and margins (w:sectPr) that end the body


def _use_chinese_font(document: docx.document.Document) -> None:
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def _use_a4_page(document: docx.document.Document) -> None:
    """A4 with 2.5 cm side margins, as government documents are printed: the text is 16 cm wide, as the tables are."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(A4_CM[0]), Cm(A4_CM[1])
    section.left_margin = section.right_margin = Cm(SIDE_MARGIN_CM)


@cache
def _word_template() -> WordTemplate:
    """Built once per process: loading and saving the template is most of what python-docx costs per document."""
    document = docx.Document()
    _use_chinese_font(document)
    _use_a4_page(document)
    saved = io.BytesIO()
    document.save(saved)
    document_part = document.part.partname.membername
    parts = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(parts, "w") as target:
        for info in source.infolist():
            if info.filename != document_part:
                target.writestr(info, source.read(info))
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


@cache
def _word_environment() -> Environment:
    """The reports' template environment, plus the ``run_text`` filter the Word XML template needs."""
    word = environment().overlay()
    word.filters = {**word.filters, "run_text": _run_text}
    return word


def render_document_xml(result: dict[str, Any], pack: RulePack) -> str:
    template = _word_template()
    xml = _word_environment().get_template("report.docx.xml.j2").render(
        **report_context(result, pack),
        styles=template.styles,
        widths=COLUMN_WIDTHS,
        section=template.section,
    )
    if bad := _NOT_XML.search(xml):  # office_safe maps these away; a caller that skipped it gets an error, not a broken file
        raise ValueError(f"report.docx cannot hold the character U+{ord(bad.group()):04X}")
    return xml


def write_report_docx(result: dict[str, Any], pack: RulePack, path: Path) -> None:
    template = _word_template()
    document_xml = render_document_xml(result, pack)
    with atomic_target(path) as tmp:
        tmp.write_bytes(template.parts)
        with zipfile.ZipFile(tmp, "a", zipfile.ZIP_DEFLATED) as package:
            package.writestr(template.document_part, document_xml)
