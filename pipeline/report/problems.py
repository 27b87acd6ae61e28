"""A plan's 主要问题 and status counts, in the words every output uses (汇总表's 审查情况, report.docx, the CLI)."""

from __future__ import annotations

from collections import Counter
from typing import Any

COUNTED = ("fail", "warn", "manual")


def main_problems(result: dict[str, Any]) -> list[str]:
    """Titles of the checks the plan fails, hard conditions (severity ``error``) first, each once."""
    failed = [c for c in result.get("checks") or [] if c["status"] == "fail"]
    ordered = sorted(failed, key=lambda c: c["severity"] != "error")
    return list(dict.fromkeys(c["title"] for c in ordered))


def status_counts(result: dict[str, Any]) -> dict[str, int]:
    """How many of the plan's checks ended fail, warn and manual (after the reviewer's decisions)."""
    counts = Counter(c["status"] for c in result.get("checks") or [])
    return {status: counts[status] for status in COUNTED}
