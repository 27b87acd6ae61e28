"""Evidence anchored in its unit: every quote a verbatim slice of the text its location names.

Extractors search a unit's text with its whitespace removed (a spaced title
"组 建 意 向 书" or a line-wrapped table cell must still match), so the quote
they keep may be the compacted text rather than what the plan says. A reviewer
holds the quote against the plan, and a report highlights it in its sentence,
so before a result is written each quote is found again in its unit and
replaced by the unit's own characters, with ``start`` and ``end`` such that
``quote == unit_text[start:end]``. Finding it once, here, keeps every
extractor free of offset bookkeeping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pipeline.document import Block, Document, Table

_SPACE = re.compile(r"\s")


def unit_text(block: Block, loc: dict[str, Any]) -> str | None:
    """The text a location points at: a table cell's when it names one, else the block's."""
    cell_at = loc.get("table")
    if isinstance(block, Table) and isinstance(cell_at, dict):
        for cell in block.cells:
            if cell.row == cell_at.get("row") and cell.col == cell_at.get("col"):
                return cell.text
        return None
    return block.text


def span_of(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``: as written, or ignoring whitespace on either side."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    kept = [i for i, ch in enumerate(text) if not _SPACE.match(ch)]
    compact_text = "".join(text[i] for i in kept)
    compact_quote = _SPACE.sub("", quote)
    at = compact_text.find(compact_quote)
    if at < 0 or not compact_quote:
        return None
    return kept[at], kept[at + len(compact_quote) - 1] + 1


def _evidence_dicts(value: Any) -> Iterator[dict[str, Any]]:
    """Every evidence object (a dict with ``text`` and a ``loc`` naming a block) inside ``value``."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            loc = item.get("loc")
            if isinstance(loc, dict) and isinstance(loc.get("block"), int) and isinstance(item.get("text"), str):
                yield item
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(item)


def anchor_quotes(value: Any, doc: Document) -> list[dict[str, Any]]:
    """Make every quote of the plan inside ``value`` a verbatim slice of its unit, with its span.

    Evidence from another file of the package (``file`` set) is left as it is. Returns the evidence that
    could not be found in the unit it names, so a caller can log it; such a quote keeps its text and has
    no span."""
    blocks = doc.by_number
    lost = []
    for evidence in _evidence_dicts(value):
        if evidence.get("file"):
            continue
        block = blocks.get(evidence["loc"]["block"])
        text = unit_text(block, evidence["loc"]) if block is not None else None
        span = span_of(evidence["text"], text) if text is not None else None
        if span is None:
            lost.append(evidence)
            continue
        evidence["text"], evidence["start"], evidence["end"] = text[span[0]:span[1]], span[0], span[1]
    return lost
