"""The one-line verdict a reviewer reads first, and the counts behind it.

Only hard conditions (severity ``error``) that fail make a plan 不通过;
``info`` items (鼓励) are shown but never counted against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.wording import say, templates

PASSED = say("report.verdict.passed")
REJECTED = say("report.verdict.rejected")
NEEDS_REVIEW = say("report.verdict.needs_review")
UNREADABLE = say("report.verdict.unreadable")


@dataclass(frozen=True)
class Tally:
    errors: int
    warnings: int
    manual: int


def tally(checks: list[dict[str, Any]]) -> Tally:
    """Errors: failed hard conditions; warnings: other failed or doubtful non-info checks; manual: to look at."""
    errors = sum(1 for c in checks if c["status"] == "fail" and c["severity"] == "error")
    warnings = sum(
        1
        for c in checks
        if c["severity"] != "info" and (c["status"] == "warn" or (c["status"] == "fail" and c["severity"] != "error"))
    )
    manual = sum(1 for c in checks if c["status"] == "manual")
    return Tally(errors, warnings, manual)


def verdict(result: dict[str, Any]) -> str:
    if result["status"] != "ok":
        return UNREADABLE
    counts = tally(result["checks"])
    if counts.errors:
        return REJECTED
    if counts.manual:
        return NEEDS_REVIEW
    return PASSED


# The verdict box's groups, in the order a reviewer acts on them.
PROBLEM_GROUPS = tuple(templates("report.problem_group").items())
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def problem_group(check: dict[str, Any]) -> str | None:
    """Which group of the verdict box a check belongs to; None for a pass or a check that does not apply."""
    if check["status"] == "manual":
        return "manual"
    if check["status"] not in ("fail", "warn"):
        return None
    if check["severity"] == "info":
        return "info"
    return check["status"]


def problems(checks: list[dict[str, Any]]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(group, label, checks) for each non-empty group; hard conditions first within a group."""
    groups = []
    for group, label in PROBLEM_GROUPS:
        members = [c for c in checks if problem_group(c) == group]
        members.sort(key=lambda c: _SEVERITY_ORDER.get(c["severity"], 3))
        if members:
            groups.append((group, label, members))
    return groups


def main_problems(result: dict[str, Any]) -> list[str]:
    """The titles of a plan's failed checks, hard conditions first: what the 主要问题 column names."""
    failed = [c for c in result.get("checks") or [] if problem_group(c) == "fail"]
    failed.sort(key=lambda c: _SEVERITY_ORDER.get(c["severity"], 3))
    return [c["title"] for c in failed]
