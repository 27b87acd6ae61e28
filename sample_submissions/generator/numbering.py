"""Word auto-numbering for generated plans: a list definition written into numbering.xml.

Real plans often number their headings with Word lists, so the visible 一、 is
not in the paragraph text; the readers must rebuild it from numbering.xml.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def add_outline_list(document, list_id: int, levels: tuple[tuple[str, str], ...]) -> None:
    """Define list ``list_id`` (abstractNum and num) with one (numFmt, lvlText) per level, e.g. ("chineseCounting", "%1、")."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(list_id))
    for level, (number_format, label) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", number_format), ("w:lvlText", label), ("w:lvlJc", "left")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(list_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(list_id))
    num.append(ref)
    numbering.append(num)
