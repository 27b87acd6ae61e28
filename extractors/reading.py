"""A value read by OCR is only as sure as the line it was read from.

Extractors rate how sure they are that a quote says what they take from it;
they cannot see that the quote itself may be misread. The reader keeps the
OCR's score on each block and table cell, and every field quoting OCR'd text
is capped at the lowest score among its quotes, so a value from a doubtful
line is never reported as certain and a check can hand it to a reviewer.
The budget carries the lowest score of the figures it quotes.
"""

from __future__ import annotations

from pipeline.document import Document, Table
from pipeline.submission import Evidence, Location, Submission, TextField


def cap_to_reading(sub: Submission, doc: Document) -> Submission:
    """``sub`` with each text field's confidence no higher than the OCR score of the text it quotes, and the
    budget's confidence set to the lowest score among its figures."""
    updates = {}
    for name in type(sub).model_fields:
        field = getattr(sub, name)
        if not isinstance(field, TextField) or field.value is None:
            continue
        scores = _scores(doc, field.evidence)
        if scores:
            capped = min(1.0 if field.confidence is None else field.confidence, *scores)
            updates[name] = field.model_copy(update={"confidence": capped})
    budget_scores = _scores(doc, sub.budget.evidence)
    if budget_scores:
        updates["budget"] = sub.budget.model_copy(update={"confidence": min(budget_scores)})
    return sub.model_copy(update=updates)


def _scores(doc: Document, evidence: list[Evidence]) -> list[float]:
    """The OCR scores of the plan's own text each quote was read from (quotes from other files have none)."""
    return [s for ev in evidence if ev.loc is not None and ev.file is None
            for s in [reading_confidence(doc, ev.loc)] if s is not None]


def reading_confidence(doc: Document, loc: Location) -> float | None:
    """The OCR score of the block or table cell at ``loc``; None when it was read from the file's own text."""
    block = doc.by_number.get(loc.block)
    if block is None:
        return None
    if isinstance(block, Table) and loc.table:
        row, col = loc.table.get("row"), loc.table.get("col")
        cell = next((c for c in block.cells if c.row == row and c.col == col), None)
        if cell is not None:
            return cell.confidence
    return block.prov.confidence
