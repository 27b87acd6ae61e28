"""Reads a .docx into the Document model: body blocks in reading order, furniture set apart.

Block ``i`` is the i-th heading, paragraph or table of the body in reading order
(text boxes, footnotes and endnotes follow the paragraph or table that anchors them); docx has no pages, so
``page`` stays None. Text inside a nested table is folded into its cell's text,
one line per nested row, except in a form-style plan, whose section rows are read as a heading and
the blocks of the section's cell (docx_forms). Auto-numbering is rebuilt and kept in
``Heading.numbering`` or in front of a paragraph's text. Bullets are not kept.
The text is Word's final view with every tracked change accepted (docx_xml; a deleted paragraph mark joins
a paragraph to the next, deleted rows and cells are gone), an imported chunk (``w:altChunk``) is read in its
place (docx_chunks), and headers, footers, the table of contents and comments are furniture, never body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from pipeline.document import Block, Document, Furniture, Heading, Paragraph, Provenance, ReaderName, Table
from pipeline.readers.aligned_lines import columns, tables_from_lines
from pipeline.readers.docx_chunks import chunk_document
from pipeline.readers.docx_forms import SectionRow, boxed_section, form_parts
from pipeline.readers.docx_headings import guess_heading
from pipeline.readers.docx_notes import Notes
from pipeline.readers.docx_numbering import Numbering
from pipeline.readers.docx_styles import StyleSheet
from pipeline.readers.docx_tables import table_cells
from pipeline.readers.docx_xml import (
    W,
    block_children,
    field_balance,
    field_instructions,
    mark_deleted,
    paragraph_text,
    text_boxes,
    wattr,
)
from pipeline.readers.heading_patterns import numbering_level
from pipeline.readers.ooxml import openable_word_package
from pipeline.readers.textnorm import is_lone_mark, normalize

_SPACES = re.compile(r"[ \t\u3000\u00a0\u2002\u2003\u200b]+")
_TOC_STYLE = re.compile(r"^(?:toc|目录)\s*(?:\d+|heading|标题)?$", re.IGNORECASE)
_TOC_TITLE = re.compile(r"^目\s*录$")
_TOC_ENTRY = re.compile(r"(?:\.{3,}|…+|·{3,}|-{3,}|\t)\s*\d+\s*$")


def normalise(text: str) -> str:
    """Each line cleaned as every reader cleans text (textnorm: full-width digits folded, the spaces a clerk
    types to spread a short name out — "浙 江 大 学", "牵 头 单 位" — dropped), blank lines dropped."""
    lines = (normalize(_SPACES.sub(" ", line)) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass
class _Reader:
    package: docx.document.Document
    styles: StyleSheet
    numbering: Numbering
    notes: Notes
    reader: ReaderName
    blocks: list[Block] = field(default_factory=list)
    toc: list[str] = field(default_factory=list)
    typed_rows: dict[int, list[str]] = field(default_factory=dict)  # paragraphs typed as table rows, by block
    _toc_field_depth: int = 0
    _after_toc_title: bool = False
    _joined: str = ""  # text of paragraphs whose mark was deleted: Word shows it at the start of the next one

    def reading_order(self, container: etree._Element) -> Iterator[etree._Element]:
        """Paragraphs and tables, each paragraph followed by the content of the text boxes it anchors."""
        for el in block_children(container):
            yield el
            if el.tag == f"{W}p":
                for box in text_boxes(el):
                    yield from self.reading_order(box)

    def label(self, p: etree._Element) -> str:
        """Advance the paragraph's list, if any, and return the number Word shows in front of it."""
        style = p.find(f"{W}pPr/{W}pStyle")
        style_id = wattr(style, "val") if style is not None else None
        num_id_el = p.find(f"{W}pPr/{W}numPr/{W}numId")
        if num_id_el is None:
            num_id_el = self.styles.find(style_id, "w:pPr/w:numPr/w:numId")
        num_id = wattr(num_id_el, "val") if num_id_el is not None else None
        if not num_id or num_id == "0":
            return ""
        ilvl_el = p.find(f"{W}pPr/{W}numPr/{W}ilvl")
        if ilvl_el is None:
            ilvl_el = self.styles.find(style_id, "w:pPr/w:numPr/w:ilvl")
        try:
            ilvl = int(wattr(ilvl_el, "val") or 0) if ilvl_el is not None else self.numbering.level_for_style(num_id, style_id)
        except ValueError:
            ilvl = 0
        return self.numbering.label(num_id, ilvl)

    def is_toc(self, p: etree._Element, raw_text: str) -> bool:
        """Inside a TOC field, in a TOC style, or the 目录 title and the dotted lines under it."""
        if self._toc_field_depth > 0:
            self._toc_field_depth += field_balance(p)
            return True
        if any(code.upper().startswith("TOC") for code in field_instructions(p)):
            self._toc_field_depth = field_balance(p)
            return True
        style = p.find(f"{W}pPr/{W}pStyle")
        if _TOC_STYLE.match(self.styles.name(wattr(style, "val") if style is not None else None)):
            return True
        text = normalise(raw_text)
        if _TOC_TITLE.match(text):
            self._after_toc_title = True
            return True
        if self._after_toc_title and text:
            self._after_toc_title = bool(_TOC_ENTRY.search(raw_text.rstrip()))
        return self._after_toc_title

    def read_body(self, body: etree._Element) -> None:
        for el in self.reading_order(body):
            if el.tag != f"{W}p" and self._joined:  # a joined paragraph runs into a table: it stands alone
                self.blocks.append(Paragraph(prov=Provenance(block=len(self.blocks), reader=self.reader),
                                             text=normalise(self._joined)))
                self._joined = ""
            if el.tag == f"{W}tbl":
                self.read_table(el)
            elif el.tag == f"{W}altChunk":
                self.read_chunk(el)
            else:
                self.read_paragraph(el)

    def read_chunk(self, el: etree._Element) -> None:
        """An imported chunk's blocks, in its place, numbered on from the blocks before it."""
        chunk = chunk_document(self.package, el)
        for block in chunk.blocks if chunk is not None else []:
            self.blocks.append(replace(block, prov=Provenance(block=len(self.blocks), reader=self.reader)))

    def read_paragraph(self, el: etree._Element) -> None:
        prov = Provenance(block=len(self.blocks), reader=self.reader)
        raw = paragraph_text(el)
        if mark_deleted(el):
            self._joined += raw
            return
        raw, self._joined = self._joined + raw, ""
        if self.is_toc(el, raw):
            if normalise(raw):
                self.toc.append(normalise(raw))
            return
        label, text = self.label(el), normalise(raw)
        if not text:
            return
        heading = guess_heading(el, text, label, self.styles)
        if heading is not None:
            self.blocks.append(Heading(prov=prov, level=heading.level, numbering=heading.numbering, title=heading.title))
        else:
            self.blocks.append(Paragraph(prov=prov, text=label + text))
            if not label and (row := columns(raw)):
                self.typed_rows[prov.block] = [normalise(cell) for cell in row]
        self.read_notes(el)

    def read_notes(self, el: etree._Element) -> None:
        """The footnotes and endnotes ``el`` refers to, each paragraph as a paragraph after it."""
        for p in self.notes.referenced_in(el):
            text = normalise(paragraph_text(p))
            if text:
                self.blocks.append(Paragraph(prov=Provenance(block=len(self.blocks), reader=self.reader), text=text))

    def read_table(self, tbl: etree._Element) -> None:
        """A table as a Table block; a form-style plan's section rows as a heading and the blocks of their body."""
        parts = form_parts(tbl) or boxed_section(tbl)
        for part in parts if parts is not None else [tbl]:
            if isinstance(part, SectionRow):
                if part.title:
                    prov = Provenance(block=len(self.blocks), reader=self.reader)
                    self.blocks.append(Heading(prov=prov, level=numbering_level(part.numbering) or 1,
                                               numbering=part.numbering, title=part.title))
                self.read_body(part.body)
                continue
            cells = table_cells(part, self.cell_text)
            if any(c.text for c in cells):
                self.blocks.append(Table(prov=Provenance(block=len(self.blocks), reader=self.reader), cells=cells))
            self.read_notes(part)

    def cell_text(self, tc: etree._Element) -> str:
        """A cell's paragraphs one per line; a nested table's rows one per line, cells separated by a space."""
        lines: list[str] = []
        for el in self.reading_order(tc):
            if el.tag == f"{W}tbl":
                nested = Table(prov=Provenance(block=-1, reader=self.reader), cells=table_cells(el, self.cell_text))
                lines += [" ".join(c.text for c in row if c.text) for row in nested.rows()]
            else:
                text = self.label(el) + paragraph_text(el)
                lines.append(text.strip() if is_lone_mark(text) else normalise(text))
        return "\n".join(line for line in lines if line)

    def plain_text(self, container: etree._Element) -> str:
        """Text of a header or footer part, tables included, without touching list counters."""
        lines = []
        for el in self.reading_order(container):
            paragraphs = el.iter(f"{W}p") if el.tag == f"{W}tbl" else [el]
            lines += [paragraph_text(p) for p in paragraphs]
        return normalise("\n".join(lines))


def _part_root(package: docx.document.Document, reltype: str) -> etree._Element | None:
    for rel in package.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


def _headers_and_footers(package: docx.document.Document, reader: _Reader) -> list[Furniture]:
    seen: set[tuple[str, str]] = set()
    out: list[Furniture] = []
    for rel in package.part.rels.values():
        role = {RT.HEADER: "header", RT.FOOTER: "footer"}.get(rel.reltype)
        if role is None or rel.is_external:
            continue
        text = reader.plain_text(rel.target_part.element)
        if text and (role, text) not in seen:
            seen.add((role, text))
            out.append(Furniture(role=role, text=text))
    return out


def _comments(package: docx.document.Document, reader: _Reader) -> list[Furniture]:
    """Reviewers' comments in the margin: each comment's text, never part of the plan's body."""
    root = _part_root(package, RT.COMMENTS)
    if root is None:
        return []
    texts = (reader.plain_text(comment) for comment in root.iter(f"{W}comment"))
    return [Furniture(role="comment", text=text) for text in texts if text]


def read_docx(path: Path, reader: ReaderName = "docx") -> Document:
    """Read a Word package (.docx, .docm, .dotx, Strict), or a file LibreOffice converted to .docx
    (``reader="doc"``)."""
    package = docx.Document(openable_word_package(path))
    styles = StyleSheet(_part_root(package, RT.STYLES))
    state = _Reader(package=package, styles=styles, numbering=Numbering(_part_root(package, RT.NUMBERING), styles),
                    notes=Notes(package), reader=reader)
    state.read_body(package.element.body)
    furniture = [Furniture(role="toc", text=line) for line in state.toc] + _headers_and_footers(package, state)
    furniture += _comments(package, state)
    blocks = tables_from_lines(state.blocks, state.typed_rows)
    return Document(source=str(path), format="doc" if reader == "doc" else "docx", blocks=blocks, furniture=furniture)
