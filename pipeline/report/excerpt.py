"""Long text cut down to what a reader needs: the stretch around a quote, a few rows of a long table.

A plan's block may be a paragraph of a hundred thousand characters or a member table of thousands of
rows; a report that showed it whole beside every quote grew with the square of the plan. Every cut is
marked ("…", "…共 3001 行"), so a clerk knows there is more in the plan itself. Blocks of normal plans
are far below these limits and are shown whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipeline.wording import say

ELLIPSIS = "…"
NEIGHBOURS = 1  # blocks shown on each side of a quoted block
CONTEXT_CHARS = 5000  # of a block shown around a quote (a normal paragraph or short table is far shorter)
LONG_TABLE_ROWS = 40  # a table with more rows is shown as its first rows, or the rows beside a quoted one
HEAD_ROWS = 3  # the first rows of a long table: its header, and a sample of what it lists
ROW_NEIGHBOURS = 1  # rows shown on each side of a quoted row


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters."""
    return text if len(text) <= limit else text[:limit] + ELLIPSIS


def excerpt(text: str, quotes: Iterable[str], limit: int) -> str:
    """``text`` when it has at most ``limit`` characters; otherwise the stretch of ``limit`` characters around
    each of ``quotes`` found in it (overlapping stretches merged, "…" where text is left out), or its start
    when none of them is found."""
    if len(text) <= limit:
        return text
    spans: list[list[int]] = []
    for start, end in sorted(_around(text, quote, limit) for quote in quotes if quote and quote in text):
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    if not spans:
        return clip(text, limit)
    head = ELLIPSIS if spans[0][0] > 0 else ""
    tail = ELLIPSIS if spans[-1][1] < len(text) else ""
    return head + ELLIPSIS.join(text[start:end] for start, end in spans) + tail


def _around(text: str, quote: str, limit: int) -> tuple[int, int]:
    """The ``limit`` characters centred on the first occurrence of ``quote`` (its start, if it is longer)."""
    at = text.index(quote)
    start = max(0, min(at - (limit - len(quote)) // 2, len(text) - limit))
    start = min(start, at)
    return start, min(len(text), start + limit)


def rows_kept(quoted_rows: Iterable[int]) -> set[int]:
    """The rows of a long table worth keeping: its first rows and those beside every quoted row."""
    kept = set(range(HEAD_ROWS))
    for row in quoted_rows:
        kept.update(range(max(0, row - ROW_NEIGHBOURS), row + ROW_NEIGHBOURS + 1))
    return kept


def table_excerpt(rows: Mapping[str, str], row_count: int, quoted_row: int | None) -> str:
    """A long table as text: its header and the rows beside ``quoted_row`` (its first rows when no row is
    quoted), "…" where rows are left out, and how many rows it has."""
    wanted = {0, *range(quoted_row - ROW_NEIGHBOURS, quoted_row + ROW_NEIGHBOURS + 1)} if quoted_row is not None \
        else set(range(HEAD_ROWS))
    lines, last = [], -1
    for row in sorted(r for r in wanted if str(r) in rows):
        if row > last + 1:
            lines.append(ELLIPSIS)
        lines.append(rows[str(row)])
        last = row
    lines.append(say("report.rows", ellipsis=ELLIPSIS, count=row_count))
    return "\n".join(lines)
