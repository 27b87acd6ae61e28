"""The one document model every reader produces and every extractor reads.

A plan is an ordered list of body blocks (headings, paragraphs, tables), each
carrying where it came from, so any quote can be traced back to a page (PDF)
or a block index (docx). Running headers, footers and tables of contents are
kept in ``furniture`` so they never count as content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

ReaderName = Literal["docx", "doc", "pdf-text", "pdf-ocr"]
FurnitureRole = Literal["header", "footer", "toc", "comment", "hint"]
Format = Literal["docx", "doc", "wps", "pdf", "pdf-ocr"]  # what a file was read as: result.json's source.format


@dataclass(frozen=True)
class Provenance:
    """Where a block sits: its reading-order index, its page (PDF only), its reader, and for OCR'd text how
    sure the recogniser was of its least sure line (None: read from the file's own text)."""

    block: int
    reader: ReaderName
    page: int | None = None
    confidence: float | None = None

    def loc(self, row: int | None = None, col: int | None = None) -> dict:
        """The contract's ``location`` object, optionally pointing into a table cell."""
        out: dict = {"page": self.page, "block": self.block}
        if row is not None and col is not None:
            out["table"] = {"row": row, "col": col}
        return out


@dataclass
class Heading:
    """A heading as the reader sees it: visible numbering (一、/（一）/1.) kept apart from the title."""

    prov: Provenance
    level: int
    numbering: str
    title: str
    kind: Literal["heading"] = "heading"

    @property
    def text(self) -> str:
        return f"{self.numbering}{self.title}"


@dataclass
class Paragraph:
    prov: Provenance
    text: str
    kind: Literal["paragraph"] = "paragraph"


@dataclass
class Cell:
    """One table cell; a merged cell appears once, at its top-left position."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    confidence: float | None = None  # OCR's score for the cell's text; None when read from the file's text


@dataclass
class Table:
    prov: Provenance
    cells: list[Cell] = field(default_factory=list)
    kind: Literal["table"] = "table"

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        return max((c.col + c.colspan for c in self.cells), default=0)

    def grid(self) -> list[list[str]]:
        """Rows × columns of text; a merged cell's text fills every position it spans."""
        width = self.n_cols  # once: a property over every cell, so per row it made a long table quadratic
        grid = [[""] * width for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, c.row + c.rowspan):
                for k in range(c.col, c.col + c.colspan):
                    grid[r][k] = c.text
        return grid

    def rows(self) -> list[list[Cell]]:
        """Cells grouped by their starting row, in column order (merged cells not repeated)."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for c in sorted(self.cells, key=lambda c: (c.row, c.col)):
            out[c.row].append(c)
        return out

    @property
    def text(self) -> str:
        return "\n".join("\t".join(c.text for c in row) for row in self.rows())


Block = Heading | Paragraph | Table


@dataclass
class Furniture:
    """Text that is on the page but not part of the plan's content."""

    role: FurnitureRole
    text: str
    page: int | None = None


@dataclass
class Document:
    """A read plan: body blocks in reading order plus what was set apart."""

    source: str
    format: Format
    blocks: list[Block] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    pages: int | None = None
    complete: bool = True  # False when only a glance was taken (scanned pages left unread)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @cached_property
    def by_number(self) -> dict[int, Block]:
        """Blocks by the reader's number (``prov.block``), which is no list index once cleaning has set blocks apart.
        Built once: a Document's blocks are not changed after it is made (cleaning makes a new one)."""
        return {b.prov.block: b for b in self.blocks}

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
