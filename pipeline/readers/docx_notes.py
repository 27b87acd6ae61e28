"""Footnotes and endnotes of a .docx, looked up by the reference a paragraph carries.

Plans put what a member is into a note ("¹ X研究院为经授权的法定检验检测机构"), so a
note's paragraphs are read right after the block that refers to it, as text boxes are.
"""

from __future__ import annotations

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.parser import parse_xml
from lxml import etree

from pipeline.readers.docx_xml import W, inside, wattr

_PARTS = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}


class Notes:
    """The paragraphs of every footnote and endnote, by (kind, id)."""

    def __init__(self, package: docx.document.Document) -> None:
        self._paragraphs: dict[tuple[str, str], list[etree._Element]] = {}
        for rel in package.part.rels.values():
            kind = _PARTS.get(rel.reltype)
            if kind is None or rel.is_external:
                continue
            for note in parse_xml(rel.target_part.blob).iter(f"{W}{kind}"):
                if wattr(note, "type") in (None, "normal"):
                    self._paragraphs[(kind, wattr(note, "id") or "")] = note.findall(f".//{W}p")

    def referenced_in(self, el: etree._Element) -> list[etree._Element]:
        """The paragraphs of the notes ``el`` refers to, in the order of the references, each note once."""
        out: list[etree._Element] = []
        seen: set[tuple[str, str]] = set()
        for ref in el.iter(f"{W}footnoteReference", f"{W}endnoteReference"):
            if inside(ref, el, {f"{W}txbxContent"}):
                continue  # the box's own paragraphs are read after ``el`` and bring it
            key = (etree.QName(ref).localname.removesuffix("Reference"), wattr(ref, "id") or "")
            if key not in seen:
                seen.add(key)
                out += self._paragraphs.get(key, [])
        return out

