"""The one-line verdict a reviewer reads first, and the counts behind it.

Only hard conditions (severity ``error``) that fail make a plan 不通过;
``info`` items (鼓励) are shown but never counted against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PASSED = "通过"
REJECTED = "不通过"
NEEDS_REVIEW = "需人工复核"
UNREADABLE = "读取失败"


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
