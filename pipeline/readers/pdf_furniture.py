"""Running headers, footers, page numbers and tables of contents: on the page, not in the plan.

A header or footer is a line in the top or bottom band that comes back at
the same place on several pages (digits ignored, so "第 3 页" matches
"第 4 页"); a bare page number in a band is a footer even on its own. A
contents page is a 目录 title followed by entries with dot leaders.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline import page_numbers
from pipeline.document import Furniture
from pipeline.readers.pdf_text import Line

BAND = 0.1  # share of the page height at the top and at the bottom
POSITION_TOLERANCE = 0.015  # share of the page height
MIN_SHARE_OF_PAGES = 0.2
_TOC_TITLE = re.compile(r"^目\s*录$")
_TOC_ENTRY = re.compile(r"(?:[.…·．•]{4,}|…{2,}|-{6,})\s*\d*$|^\d{1,3}$")
MIN_TOC_ENTRIES = 2
MAX_LINES_ABOVE_TOC_TITLE = 5


@dataclass
class PageLines:
    """One page's lines and size, as the furniture rules need them."""

    page: int
    height: float
    lines: Sequence[Line]


def set_apart(pages: Sequence[PageLines]) -> tuple[list[Furniture], set[Line]]:
    """Furniture found in the pages and the set of lines it consumed (to leave out of the body)."""
    furniture: list[Furniture] = []
    taken: set[Line] = set()
    repeated = _repeated_band_keys(pages)
    for page in pages:
        for line in page.lines:
            band = _band(line, page.height)
            if band and (page_numbers.IN_BAND.match(line.text) or _band_key(line, page.height, band) in repeated):
                furniture.append(Furniture(role=band, text=line.text, page=page.page))
                taken.add(line)
    previous_was_toc = False
    for page in pages:
        body = [line for line in page.lines if line not in taken]
        start = _toc_start(body, previous_was_toc)
        previous_was_toc = start is not None
        if start is not None:
            contents = body[start:]
            furniture.append(
                Furniture(role="toc", text="\n".join(line.text for line in contents), page=page.page)
            )
            taken.update(contents)
    return furniture, taken


def _band(line: Line, height: float) -> str | None:
    if line.bottom <= height * BAND:
        return "header"
    if line.top >= height * (1 - BAND):
        return "footer"
    return None


def _band_key(line: Line, height: float, band: str) -> tuple[str, str, int]:
    return band, re.sub(r"\d+", "#", line.text), round(line.top / (height * POSITION_TOLERANCE))


def _repeated_band_keys(pages: Sequence[PageLines]) -> set[tuple[str, str, int]]:
    counts: Counter[tuple[str, str, int]] = Counter()
    for page in pages:
        keys = set()
        for line in page.lines:
            band = _band(line, page.height)
            if band:
                keys.add(_band_key(line, page.height, band))
        counts.update(keys)
    needed = max(2, MIN_SHARE_OF_PAGES * len(pages))
    return {key for key, n in counts.items() if n >= needed}


def _toc_start(body: list[Line], follows_toc: bool) -> int | None:
    """Where the contents begin on this page: at its 目录 title (a cover title above it stays
    content), or at the top when the contents carry over from the previous page."""
    entries = sum(bool(_TOC_ENTRY.search(line.text)) for line in body)
    for i, line in enumerate(body[:MAX_LINES_ABOVE_TOC_TITLE]):
        if _TOC_TITLE.match(line.text):
            return i if entries >= MIN_TOC_ENTRIES else None
    return 0 if follows_toc and entries >= max(MIN_TOC_ENTRIES, len(body) / 2) else None
