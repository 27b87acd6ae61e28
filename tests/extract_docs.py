"""Small plans built from the document model, as the readers would produce them."""

from __future__ import annotations

from pipeline.document import Cell, Document, Heading, Paragraph, Provenance, Table
from pipeline.evidence import document_units
from pipeline.rulepack import load_rulepack

PACK = load_rulepack()


def heading(i: int, text: str, level: int = 1, numbering: str = "") -> Heading:
    return Heading(Provenance(i, "docx"), level, numbering, text)


def plan(*items) -> Document:
    """Strings starting with "#" (one per level) become headings; lists of rows become tables."""
    blocks = []
    for i, item in enumerate(items):
        if isinstance(item, list):
            cells = [Cell(r, c, text) for r, row in enumerate(item) for c, text in enumerate(row)]
            blocks.append(Table(Provenance(i, "docx"), cells))
        elif item.startswith("#"):
            level = len(item) - len(item.lstrip("#"))
            blocks.append(heading(i, item[level:].strip(), level))
        else:
            blocks.append(Paragraph(Provenance(i, "docx"), item))
    return Document(source="inline.docx", format="docx", blocks=blocks)


def units(*items):
    return document_units(plan(*items))


def add_word_table(word_doc, rows: list[list[str]]):
    """A python-docx table filled row by row with the given texts."""
    table = word_doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table
