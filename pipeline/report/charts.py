"""The overview's charts as plain geometry, drawn by the template as inline SVG (offline, no script library).

Two pictures answer what a city reviewer asks of a batch first: how each district's plans came out
(stacked bars of verdicts per district), and which requirements plans fail most (bars of failing checks).
Labels are plan text (district names, check titles) and go through the template's escaping like any other.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from pipeline.report.excerpt import clip
from pipeline.report.labels import status_label
from pipeline.report.verdict import NEEDS_REVIEW, PASSED, REJECTED, UNREADABLE, problem_group
from pipeline.wording import say

VERDICT_COLOURS = {REJECTED: "#d9534f", NEEDS_REVIEW: "#f0ad4e", PASSED: "#5cb85c", UNREADABLE: "#999999"}
LABEL_WIDTH = 190  # px left of the bars, for district names and check titles
BAR_WIDTH = 260  # px of the longest bar (two charts side by side on a landscape page)
ROW_HEIGHT = 22
BAR_HEIGHT = 15
TOP_CHECKS = 10
NO_DISTRICT = say("report.no_district")
TITLE_CHARS = 14  # of a check title beside its bar (the full title is the bar's tooltip)


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    colour: str
    label: str
    count: int


@dataclass(frozen=True)
class Bar:
    y: float
    label: str
    title: str
    total: int
    segments: list[Segment]


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int
    height: int
    legend: list[tuple[str, str]]  # (label, colour)


def _chart(rows: list[tuple[str, str, list[tuple[str, str, int]]]], legend: list[tuple[str, str]]) -> Chart:
    """Bars from (label, title, [(segment label, colour, count)]) rows, scaled to the longest."""
    longest = max((sum(n for _, _, n in parts) for _, _, parts in rows), default=0) or 1
    scale = BAR_WIDTH / longest
    bars = []
    for index, (label, title, parts) in enumerate(rows):
        x, segments = float(LABEL_WIDTH), []
        for part_label, colour, count in parts:
            if count:
                segments.append(Segment(x, count * scale, colour, part_label, count))
                x += count * scale
        bars.append(Bar(index * ROW_HEIGHT, label, title, sum(n for _, _, n in parts), segments))
    return Chart(bars, LABEL_WIDTH + BAR_WIDTH + 40, len(rows) * ROW_HEIGHT + 4, legend)


def verdicts_by_district(rows: list[dict[str, Any]]) -> Chart:
    """One stacked bar per district (plans without one last, as 未识别区县), segments by verdict."""
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        counts.setdefault(row["district"] or NO_DISTRICT, Counter())[row["verdict"]] += 1
    order = [v for v in VERDICT_COLOURS if any(c[v] for c in counts.values())]
    bars = [
        (district, district, [(v, VERDICT_COLOURS[v], c[v]) for v in order])
        for district, c in sorted(counts.items(), key=lambda item: (item[0] == NO_DISTRICT, item[0]))
    ]
    return _chart(bars, [(v, VERDICT_COLOURS[v]) for v in order])


def failing_checks(results: list[dict[str, Any]]) -> Chart:
    """The checks failed by the most plans, most first (ties by title), with how many plans fail each."""
    titles: dict[str, str] = {}
    failing: Counter[str] = Counter()
    for result in results:
        for check in result.get("checks") or []:
            if problem_group(check) == "fail":
                failing[check["id"]] += 1
                titles[check["id"]] = check["title"]
    top = sorted(failing.items(), key=lambda item: (-item[1], titles[item[0]]))[:TOP_CHECKS]
    colour = VERDICT_COLOURS[REJECTED]
    return _chart([(clip(titles[i], TITLE_CHARS), titles[i], [(status_label("fail"), colour, n)]) for i, n in top], [])
