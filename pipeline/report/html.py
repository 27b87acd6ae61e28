"""report.html: one plan's review as a self-contained page (inline CSS, no scripts, no network).

Every piece of plan text goes through Jinja's autoescaping, so a member name
such as ``<script>`` is shown as text and never runs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline.report.facts import member_rows, plan_facts
from pipeline.report.labels import location_label, role_label, severity_label, status_label
from pipeline.report.verdict import tally, verdict
from pipeline.rulepack import RulePack

TEMPLATES = Path(__file__).parent / "templates"
CELL_SEPARATOR = " │ "  # table blocks are tab-separated text; a visible bar reads better in context


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True
    )


def _evidence_view(evidence: dict[str, Any], context: dict[str, dict[str, Any]]) -> dict[str, Any]:
    loc = evidence.get("loc")
    elsewhere = evidence.get("file")  # a quote from another file of the package (the 组建意向书)
    around = []
    if loc and isinstance(loc.get("block"), int) and not elsewhere:
        for index in range(loc["block"] - 1, loc["block"] + 2):
            block = context.get(str(index))
            if block:
                around.append({"text": block["text"].replace("\t", CELL_SEPARATOR), "quoted": index == loc["block"], "where": location_label(
                    {"page": block.get("page"), "block": index})})
    return {
        "text": evidence["text"],
        "where": " ".join(filter(None, [elsewhere, location_label(loc)])),
        "by_reviewer": evidence.get("source") == "reviewer",
        "context": around,
    }


def check_view(check: dict[str, Any], context: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A check with its Chinese labels and its evidence located in the plan's text."""
    machine = (check.get("override") or {}).get("machine_status")
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
        "evidence_views": [_evidence_view(e, context) for e in check.get("evidence") or []],
    }


def report_context(result: dict[str, Any], pack: RulePack) -> dict[str, Any]:
    context = result.get("context_blocks") or {}
    return {
        "result": result,
        "pack": pack,
        "verdict": verdict(result),
        "tally": tally(result.get("checks") or []),
        "facts": plan_facts(result, pack),
        "members": member_rows(result, pack),
        "checks": [check_view(c, context) for c in result.get("checks") or []],
        "notes": result.get("override_notes") or [],
        "attachments": [{**a, "kind_label": role_label(a["kind"])} for a in result.get("attachments") or []],
        "package": {"folder": None, "unread": [], "copy_differences": {}, **(result.get("package") or {})},
    }


def render_report_html(result: dict[str, Any], pack: RulePack) -> str:
    return environment().get_template("report.html.j2").render(**report_context(result, pack))
