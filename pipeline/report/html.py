"""report.html: one plan's review as a self-contained page (inline CSS, no scripts, no network).

Every piece of plan text goes through Jinja's autoescaping, so a member name
such as ``<script>`` is shown as text and never runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline.report.excerpt import CONTEXT_CHARS, NEIGHBOURS, clip, excerpt, table_excerpt
from pipeline.report.facts import member_rows, plan_facts
from pipeline.report.labels import location_label, role_label, severity_label, status_label
from pipeline.report.verdict import tally, verdict
from pipeline.rulepack import RulePack

TEMPLATES = Path(__file__).parent / "templates"
CELL_SEPARATOR = " │ "  # table blocks are tab-separated text; a visible bar reads better in context
# What one report shows at most, so its size stays bounded whatever the plan (result.json keeps the rest):
REPORT_MEMBERS = 200  # member rows
REPORT_QUOTE_CHARS = 400_000  # quotes and their context, all checks together
QUOTE_CHARS = 2000  # one quote
SHORT_QUOTE_CHARS = 200  # a check's first quote once that room is used up
TEXT_CHARS = 1000  # a message, an observed or expected value, a fact
MEMBER_CHARS = 300  # a member's name or task


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True
    )


@dataclass
class Room:
    """Characters of quotes and context a report may still show. A normal plan uses a small part of it; a plan
    of thousands of quotes gets the first of them, so the report stays a few megabytes whatever the plan."""

    left: int = REPORT_QUOTE_CHARS


def _block_text(block: dict[str, Any], quote: str | None, row: int | None) -> str:
    if "rows" in block:
        return table_excerpt(block["rows"], block["row_count"], row)
    return excerpt(block["text"], [quote] if quote else [], CONTEXT_CHARS)


def _evidence_view(evidence: dict[str, Any], context: dict[str, dict[str, Any]]) -> dict[str, Any]:
    loc = evidence.get("loc")
    elsewhere = evidence.get("file")  # a quote from another file of the package (the 组建意向书)
    around = []
    if loc and isinstance(loc.get("block"), int) and not elsewhere:
        row = (loc.get("table") or {}).get("row")
        for index in range(loc["block"] - NEIGHBOURS, loc["block"] + NEIGHBOURS + 1):
            block = context.get(str(index))
            if block:
                quoted = index == loc["block"]
                text = _block_text(block, evidence["text"] if quoted else None, row if quoted else None)
                around.append({"text": text.replace("\t", CELL_SEPARATOR), "quoted": quoted,
                               "where": location_label({"page": block.get("page"), "block": index})})
    return {
        "text": clip(evidence["text"], QUOTE_CHARS),
        "where": " ".join(filter(None, [elsewhere, location_label(loc)])),
        "by_reviewer": evidence.get("source") == "reviewer",
        "context": around,
    }


def _evidence_views(evidence: list[dict[str, Any]], context: dict[str, dict[str, Any]], room: Room) -> list[dict[str, Any]]:
    """The quotes shown while there is room; once there is none, a check still shows its first quote, short
    and without context."""
    views: list[dict[str, Any]] = []
    for e in evidence:
        view = _evidence_view(e, context)
        size = len(view["text"]) + sum(len(b["text"]) for b in view["context"])
        if size > room.left:
            if views:
                break
            view = {**view, "text": clip(view["text"], SHORT_QUOTE_CHARS), "context": []}
            size = len(view["text"])
        room.left -= size
        views.append(view)
    return views


def check_view(check: dict[str, Any], context: dict[str, dict[str, Any]], room: Room | None = None) -> dict[str, Any]:
    """A check with its Chinese labels and its evidence located in the plan's text; ``evidence_left`` counts
    the quotes the check found but the report does not show."""
    machine = (check.get("override") or {}).get("machine_status")
    evidence = check.get("evidence") or []
    views = _evidence_views(evidence, context, room or Room())
    return {
        **check,
        "clause": check.get("clause"),
        "override": check.get("override"),
        "status_label": status_label(check["status"]),
        "severity_label": severity_label(check["severity"]),
        "machine_label": status_label(machine) if machine else None,
        "stale": check.get("override_stale"),
        "stale_label": status_label((check.get("override_stale") or {}).get("status", "")),
        "observed": check.get("observed"),
        "expected": check.get("expected"),
        "evidence_views": views,
        "evidence_left": check.get("evidence_omitted", 0) + len(evidence) - len(views),
    }


def _short_texts(check: dict[str, Any]) -> dict[str, Any]:
    """A plan's check with its message and values cut to TEXT_CHARS (they may quote what the plan says)."""
    cut = {key: clip(check[key], TEXT_CHARS) for key in ("message", "observed", "expected") if check.get(key)}
    return {**check, **cut}


def report_context(result: dict[str, Any], pack: RulePack) -> dict[str, Any]:
    context = result.get("context_blocks") or {}
    members = (result.get("extracted") or {}).get("members") or []
    room = Room()
    return {
        "result": result,
        "pack": pack,
        "verdict": verdict(result),
        "tally": tally(result.get("checks") or []),
        "facts": [(label, clip(value, TEXT_CHARS)) for label, value in plan_facts(result, pack)],
        "members": member_rows(members[:REPORT_MEMBERS], pack, MEMBER_CHARS),
        "members_left": max(0, len(members) - REPORT_MEMBERS),
        "checks": [check_view(_short_texts(c), context, room) for c in result.get("checks") or []],
        "notes": result.get("override_notes") or [],
        "attachments": [{**a, "kind_label": role_label(a["kind"])} for a in result.get("attachments") or []],
        "package": {"folder": None, "unread": [], "copy_differences": {}, **(result.get("package") or {})},
    }


def render_report_html(result: dict[str, Any], pack: RulePack) -> str:
    return environment().get_template("report.html.j2").render(**report_context(result, pack))
