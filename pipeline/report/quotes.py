"""A quote shown where it stands: its sentence with the quoted span marked, or its table row under the header.

A bare quote ("20000万元") tells a reviewer little; the sentence that states it, or the budget row with its
column labels, tells what the number is. Pieces are returned as (text, marked) pairs so the template
escapes every character of plan text and only adds the ``<mark>`` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.report.excerpt import ELLIPSIS, clip
from pipeline.sentences import sentence_end, sentence_start

SENTENCE_CHARS = 160  # of a block shown on each side of a quote, at most
MARKED_CHARS = 400  # of a quote shown marked; a longer one is cut, "…" saying so
MAX_CELLS = 12  # columns of a quoted table row shown beside it


@dataclass(frozen=True)
class Piece:
    text: str
    marked: bool


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` without white space, and for each kept character its index in ``text``."""
    kept = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def find_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``, white space ignored (readers and extractors space text differently)."""
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    compact, index = _compact(text)
    wanted, _ = _compact(quote)
    at = compact.find(wanted) if wanted else -1
    if at < 0:
        return None
    return index[at], index[at + len(wanted) - 1] + 1


def in_sentence(text: str, quote: str, mark: str | None = None, at: int | None = None) -> list[Piece]:
    """The sentence(s) of ``text`` around ``quote`` with ``mark`` (a part of the quote, by default all of
    it) marked; the quote alone, marked, when the block does not hold it. ``at`` is where the quote was
    read in ``text`` (its span's start), so a quote the block holds twice is marked where it was read."""
    span = (at, at + len(quote)) if at is not None and text.startswith(quote, at) else find_span(text, quote)
    if span is None:
        return [Piece(clip(quote, MARKED_CHARS), True)]
    start, end = span
    inner = find_span(text[start:end], mark) if mark else None
    lo, hi = (start + inner[0], start + inner[1]) if inner else (start, end)
    left = max(sentence_start(text, start), start - SENTENCE_CHARS)
    right = min(sentence_end(text, end - 1) + 1, len(text), end + SENTENCE_CHARS)  # a quote ending its sentence ends the excerpt
    pieces = [
        Piece((ELLIPSIS if left > 0 else "") + text[left:lo].lstrip(), False),
        Piece(clip(text[lo:hi], MARKED_CHARS), True),
        Piece(text[hi:right].rstrip() + (ELLIPSIS if right < len(text) else ""), False),
    ]
    return [p for p in pieces if p.text]


def table_rows(block: dict[str, Any], marked: dict[int, set[int]]) -> dict[str, Any] | None:
    """The quoted rows of a table block (``marked``: row → its quoted columns) under the header row, the
    labels of their numbers, quoted cells marked; None when the block has none of these rows."""
    rows = _rows(block)
    wanted = sorted(r for r in marked if r in rows)
    if not wanted:
        return None
    header = rows.get(0, [])[:MAX_CELLS] if wanted[0] != 0 else []
    return {
        "header": [Piece(h, False) for h in header],
        "rows": [[Piece(c, i in marked[r]) for i, c in enumerate(rows[r][:MAX_CELLS])] for r in wanted],
    }


def table_row(block: dict[str, Any], row: int, col: int | None) -> dict[str, Any] | None:
    """One quoted row under the header row, its quoted cell marked."""
    return table_rows(block, {row: {col} if col is not None else set()})


def _rows(block: dict[str, Any]) -> dict[int, list[str]]:
    if "rows" in block:
        return {int(k): v.split("\t") for k, v in block["rows"].items()}
    return {i: line.split("\t") for i, line in enumerate(str(block.get("text") or "").split("\n"))}
