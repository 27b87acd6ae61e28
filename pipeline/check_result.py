"""One check's verdict as result.json and batch.json hold it, and a reviewer's decision on it.

It lives below checks/ because the review of a plan (pipeline/review_model.py) holds a list of them, and
pipeline/ imports nothing above it; checks/registry.py builds them and re-exports the names.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Field

from pipeline.submission import Evidence
from pipeline.unwritten import Unset, written_when_set

Status = Literal["pass", "fail", "warn", "manual", "n/a"]
Severity = Literal["error", "warning", "info"]
STATUSES: tuple[str, ...] = get_args(Status)


class CheckOverride(BaseModel):
    """A reviewer's decision that replaced the machine's status (the machine's is kept beside it)."""

    status: Status
    reviewer: str
    note: str
    machine_status: Status


class StaleOverride(BaseModel):
    """A reviewer's decision taken on another version of the plan file: shown, never applied."""

    status: Status
    reviewer: str
    note: str
    sha256: str


def _nothing_omitted(count: int) -> bool:
    return not count


class CheckResult(BaseModel):
    """One check's verdict on one plan (or on the batch), as result.json's ``checks`` holds it."""

    id: str
    status: Status
    severity: Severity
    title: str
    clause: str | None = None
    message: str
    observed: str | None = None
    expected: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    override: CheckOverride | None = None
    # quotes the check found beyond what it keeps, counted but not kept; written only when there are some
    evidence_omitted: int = Field(default=0, exclude_if=_nothing_omitted)
    override_stale: StaleOverride | Unset = written_when_set()
