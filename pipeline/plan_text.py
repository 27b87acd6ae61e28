"""One plan as every extractor reads it: its outline sections and its units, each built once.

Mapping the outline (jieba, fuzzy matching) and cutting blocks into quotable units cost the same whichever
extractor asks, so they are computed here once per document and shared; an extractor asks for the blocks or
units it reads (a section's, the cover's, the body's) and never walks the document to build them itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from pipeline.document import Block, Document, Heading, Paragraph, Table
from pipeline.evidence import Unit, iter_units
from pipeline.outline import body_start, map_outline, section_blocks
from pipeline.pasted_text import as_written
from pipeline.rulepack import RulePack
from pipeline.submission import Section


class PlanText:
    """A read document with its outline sections, and the units of its blocks cut on first use."""

    def __init__(self, doc: Document, pack: RulePack) -> None:
        self.doc = as_written(doc)
        self.pack = pack
        self._units: dict[int, tuple[Block, list[Unit]]] = {}  # the block is kept so its id is never reused
        self._sections: dict[int, list[Block]] = {}

    @property
    def blocks(self) -> list[Block]:
        return self.doc.blocks

    @cached_property
    def sections(self) -> list[Section]:
        return map_outline(self.doc, self.pack)

    @cached_property
    def tables(self) -> list[Table]:
        return self.doc.tables()

    @cached_property
    def _captions(self) -> dict[int, str]:
        return {id(block): before.text.strip() if isinstance(before, Paragraph | Heading) else ""
                for before, block in zip([None, *self.blocks], self.blocks, strict=False) if isinstance(block, Table)}

    def caption_of(self, table: Table) -> str:
        """The paragraph just above a table, where its title ("表3 各成员单位自筹资金表") and its unit
        ("单位：万元") stand; empty when another table or nothing stands there."""
        return self._captions.get(id(table), "")

    def units_of(self, block: Block) -> list[Unit]:
        """The units of one block (a paragraph's one, a table's one per filled cell)."""
        cached = self._units.get(id(block))
        if cached is None:
            cached = self._units[id(block)] = (block, list(iter_units([block])))
        return cached[1]

    def units(self, blocks: Iterable[Block]) -> list[Unit]:
        """The units of ``blocks``, in their order."""
        return [unit for block in blocks for unit in self.units_of(block)]

    @cached_property
    def all_units(self) -> list[Unit]:
        return self.units(self.blocks)

    @cached_property
    def body_start(self) -> int:
        """Index of the first outline heading: the blocks before it are the cover page (and TOC)."""
        return body_start(self.sections)

    @cached_property
    def cover(self) -> list[Unit]:
        return self.units(self.blocks[: self.body_start])

    @cached_property
    def body(self) -> list[Unit]:
        return self.units(self.blocks[self.body_start :])

    def section_blocks(self, number: int) -> list[Block]:
        """The blocks of one outline section after its heading (a run-in heading's body first); empty when
        the plan lacks the section."""
        if number not in self._sections:
            self._sections[number] = section_blocks(self.doc, self.sections, number)
        return self._sections[number]

    def section_units(self, number: int) -> list[Unit]:
        return self.units(self.section_blocks(number))

