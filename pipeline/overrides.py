"""Reviewer overrides: a person's decision on one check of one plan, kept apart from the machine's.

``overrides.yaml`` maps a plan's relative path to its check ids::

    余杭区/方案.docx:
      members.min_count:
        status: pass
        reviewer: 张三
        note: 组建意向书附件列明第5家成员单位
        sha256: <the plan's sha256 when the decision was taken>

A decision applies only while the plan is byte-identical to what the reviewer
saw; once the file changes it is shown as stale instead of silently reused.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.check_result import STATUSES, CheckOverride, CheckResult, StaleOverride
from pipeline.report.labels import status_label
from pipeline.review_model import Review
from pipeline.submission import Evidence
from pipeline.wording import say
from pipeline.yaml_source import YamlProblem, position_of, read_yaml

log = logging.getLogger(__name__)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class OverridesError(Exception):
    """The overrides file cannot be used as written; the message says which entry and why."""


@dataclass(frozen=True)
class Override:
    status: str
    reviewer: str
    note: str
    sha256: str


@dataclass
class Overrides:
    """Decisions by plan file (relative path, forward slashes), then by check id."""

    by_file: dict[str, dict[str, Override]] = field(default_factory=dict)

    def for_file(self, rel_path: str) -> dict[str, Override]:
        return self.by_file.get(rel_path, {})


def load_overrides(path: Path) -> Overrides:
    """Read and validate an overrides file; a missing file means no decisions yet."""
    if not path.is_file():
        return Overrides()
    try:
        data, root = read_yaml(path)
    except YamlProblem as exc:
        raise OverridesError(say("overrides.unreadable", path=path, problem=exc)) from None
    try:
        return Overrides(_decisions(data))
    except _Fault as fault:
        raise OverridesError(say("overrides.at", path=path, position=position_of(root, fault.keys), fault=fault)) from None


def overrides_problem(path: Path) -> str | None:
    """Why the overrides file cannot be used, so a run can refuse it before it starts; None when it can."""
    try:
        load_overrides(path)
    except OverridesError as exc:
        return str(exc)
    return None


class _Fault(Exception):
    """What is wrong with a value, and the keys that lead to it in the file."""

    def __init__(self, message: str, *keys: Any) -> None:
        super().__init__(message)
        self.keys = keys


def _decisions(data: Any) -> dict[str, dict[str, Override]]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise _Fault(say("overrides.not_by_file"))
    return {str(rel): _entries(rel, checks) for rel, checks in data.items()}


def _entries(rel: Any, checks: Any) -> dict[str, Override]:
    if not isinstance(checks, dict):
        raise _Fault(say("overrides.not_by_check", file=rel), rel)
    out = {}
    for check_id, entry in checks.items():
        where = say("overrides.where", file=rel, check=check_id)
        if not isinstance(entry, dict):
            raise _Fault(say("overrides.not_an_entry", where=where), rel, check_id)
        status, reviewer = str(entry.get("status", "")), str(entry.get("reviewer") or "").strip()
        sha = str(entry.get("sha256") or "").strip().lower()
        if status not in STATUSES:
            message = say("overrides.bad_status", where=where, statuses="/".join(STATUSES), status=repr(status))
            raise _Fault(message, rel, check_id, "status")
        if not reviewer:
            raise _Fault(say("overrides.no_reviewer", where=where), rel, check_id, "reviewer")
        if not _SHA256.match(sha):
            raise _Fault(say("overrides.bad_sha", where=where), rel, check_id, "sha256")
        out[str(check_id)] = Override(status, reviewer, str(entry.get("note") or ""), sha)
    return out


def apply_overrides(result: Review, overrides: Overrides) -> Review:
    """A copy of the machine result with the reviewer's decisions applied and stale ones flagged."""
    decisions = overrides.for_file(result.source.file)
    if not decisions:
        return result.model_copy()
    shown = result.model_copy(deep=True)
    notes: list[str] = []
    checks = {c.id: c for c in shown.checks}
    for check_id, decision in decisions.items():
        check = checks.get(check_id)
        if check is None:
            notes.append(say("overrides.unknown_check", check=check_id))
        elif decision.sha256 != shown.source.sha256:
            check.override_stale = StaleOverride(
                status=decision.status, reviewer=decision.reviewer, note=decision.note, sha256=decision.sha256
            )
            notes.append(say("overrides.stale", reviewer=decision.reviewer, check=check_id,
                             status=status_label(decision.status)))
        else:
            _apply(check, decision)
    for note in notes:
        log.warning("%s：%s", shown.source.file, note)
    shown.override_notes = notes
    return shown


def _apply(check: CheckResult, decision: Override) -> None:
    check.override = CheckOverride(
        status=decision.status, reviewer=decision.reviewer, note=decision.note, machine_status=check.status
    )
    check.status = decision.status
    if decision.status in ("pass", "fail", "warn") and not check.evidence:
        # The contract asks every pass/warn for evidence; here the evidence is the reviewer's own finding.
        finding = say("overrides.evidence", reviewer=decision.reviewer, note=decision.note)
        check.evidence = [Evidence(text=finding, source="reviewer")]
