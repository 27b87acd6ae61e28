"""index.html: the batch at a glance: its numbers, two charts, one row per plan with its main problems,
every file by role, and the batch checks. Times are Beijing time.

The small inline script only sorts and hides existing rows; it never builds
HTML from plan text, so everything a plan says stays escaped. The charts are
inline SVG drawn from numbers (pipeline/report/charts.py).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pipeline.report.charts import failing_checks, verdicts_by_district
from pipeline.report.excerpt import clip
from pipeline.report.html import check_view, environment
from pipeline.report.labels import ROLE_LABELS
from pipeline.report.summary_table import district_of
from pipeline.report.times import local_time
from pipeline.report.verdict import main_problems, problem_group, tally, verdict
from pipeline.rulepack import RulePack

MAIN_PROBLEMS = 3  # titles in a plan's 主要问题 cell; the rest are counted
PROBLEM_CHARS = 40


def _row(plan_dir: str, result: dict[str, Any]) -> dict[str, Any]:
    extracted = result.get("extracted") or {}
    counts = tally(result.get("checks") or [])
    checks = result.get("checks") or []
    failed = main_problems(result)
    problems = failed or [c["title"] for c in checks if problem_group(c) == "manual"]  # else what to look at
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
        "problems": [clip(t, PROBLEM_CHARS) for t in problems[:MAIN_PROBLEMS]],
        "problems_left": max(0, len(problems) - MAIN_PROBLEMS),
        "problems_manual": not failed,
        "failed_ids": " ".join(c["id"] for c in checks if problem_group(c) == "fail"),
    }


def _failed_titles(results: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(id, title) of every check some plan fails, for the 主要问题 filter."""
    found = {c["id"]: c["title"] for r in results for c in r.get("checks") or [] if problem_group(c) == "fail"}
    return sorted(found.items(), key=lambda item: item[1])


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
    results = [result for _, result in plans]
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
        started=local_time(started),
        finished=local_time(finished),
        district_chart=verdicts_by_district(rows),
        failing_chart=failing_checks(results),
        failed_titles=_failed_titles(results),
        files_by_role=sorted((f for f in files if f["role"] != "plan"),  # plans are the rows above
                             key=lambda f: (list(ROLE_LABELS).index(f["role"]) if f["role"] in ROLE_LABELS
                                            else len(ROLE_LABELS), f["file"])),
    )
