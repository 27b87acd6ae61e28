"""index.html: the batch at a glance, one row per plan, with counts, failures and batch checks.

The small inline script only sorts and hides existing rows; it never builds
HTML from plan text, so everything a plan says stays escaped.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pipeline.report.html import check_view, environment
from pipeline.report.labels import ROLE_LABELS
from pipeline.report.summary_table import district_of
from pipeline.report.verdict import tally, verdict
from pipeline.rulepack import RulePack


def _row(plan_dir: str, result: dict[str, Any]) -> dict[str, Any]:
    extracted = result.get("extracted") or {}
    counts = tally(result.get("checks") or [])
    checks = result.get("checks") or []
    return {
        "file": result["source"]["file"],
        "district": district_of(result) or "",
        "name": (extracted.get("consortium_name") or {}).get("value") or "",
        "lead": (extracted.get("lead_unit") or {}).get("value") or "",
        "verdict": verdict(result),
        "errors": counts.errors,
        "warnings": counts.warnings,
        "manual": counts.manual,
        "overridden": sum(1 for c in checks if c.get("override")),
        "notes": result.get("override_notes") or [],
        "report": f"{plan_dir}/report.html",
        "error": result.get("error"),
        "attachments": result.get("attachments") or [],
    }


def render_index_html(
    plans: list[tuple[str, dict[str, Any]]],
    batch_checks: list[dict[str, Any]],
    pack: RulePack,
    started: str,
    finished: str,
    contents: Any = None,
) -> str:
    """``plans`` pairs each result with its folder relative to the output folder (``submissions/<id>``);
    ``contents`` (the batch's files, packages without a plan, unused reviewer decisions) is optional."""
    rows = [_row(plan_dir, result) for plan_dir, result in plans]
    files = getattr(contents, "files", [])
    return environment().get_template("index.html.j2").render(
        pack=pack,
        rows=rows,
        verdicts=Counter(r["verdict"] for r in rows),
        districts=sorted({r["district"] for r in rows if r["district"]}),
        failed=[r for r in rows if r["error"]],
        roles=Counter(f["role"] for f in files),
        role_labels=ROLE_LABELS,
        unplaced=[f for f in files if f["role"] not in ("plan", "failed", "unsupported") and not f.get("plan")],
        unsupported=[f for f in files if f["role"] == "unsupported"],
        unmatched_overrides=getattr(contents, "unmatched_overrides", []),
        batch_checks=[check_view(c, {}) for c in batch_checks],
            started=started,
        finished=finished,
    )
