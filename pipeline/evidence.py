"""Quotes with locations: the units of text every extractor searches and cites.

A unit is a heading, a paragraph, or one table cell. Searching units (rather
than the joined document text) means every hit already knows its page, block
and cell, so evidence is never reconstructed after the fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pipeline.document import Block, Document, Table
from pipeline.sentences import sentence_end, sentence_start
from pipeline.submission import Evidence, Location

MAX_QUOTE = 160


@dataclass(frozen=True)
class Unit:
    """A searchable piece of the plan with its location."""

    text: str
    loc: Location
    block: Block

    def evidence(self, start: int = 0, end: int | None = None) -> Evidence:
        """Quote the clause around ``text[start:end]`` (whole unit when short)."""
        return Evidence(text=clause_around(self.text, start, len(self.text) if end is None else end), loc=self.loc)


def iter_units(blocks: Iterable[Block]) -> Iterator[Unit]:
    """Headings and paragraphs as one unit each; tables as one unit per cell."""
    for block in blocks:
        if isinstance(block, Table):
            for cell in block.cells:
                if cell.text.strip():
                    yield Unit(cell.text, Location(**block.prov.loc(cell.row, cell.col)), block)
        else:
            yield Unit(block.text, Location(**block.prov.loc()), block)


def document_units(doc: Document) -> list[Unit]:
    return list(iter_units(doc.blocks))


def clause_around(text: str, start: int, end: int) -> str:
    """The sentence or clause containing a span, trimmed to a readable quote."""
    if len(text) <= MAX_QUOTE:
        return text.strip()
    left = sentence_start(text, start)
    right = min(sentence_end(text, end) + 1, len(text))
    if right - left > MAX_QUOTE:
        left = max(left, start - MAX_QUOTE // 3)
        right = min(right, max(end, left + MAX_QUOTE))
    return text[left:right].strip()


def find_text(units: Iterable[Unit], needle: str) -> Evidence | None:
    """Evidence for the first unit that contains ``needle`` (whitespace ignored), or None."""
    target = re.sub(r"\s+", "", needle)
    if not target:
        return None
    for unit in units:
        compact = re.sub(r"\s+", "", unit.text)
        pos = compact.find(target)
        if pos >= 0:
            return unit.evidence(pos, pos + len(target)) if compact == unit.text else Evidence(
                text=clause_around(compact, pos, pos + len(target)), loc=unit.loc
            )
    return None
