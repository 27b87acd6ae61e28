"""The truth files of the packages: per-plan truths moved with their plans, every file's role, the packages
without a plan, and the whole-file codes of refused archives."""

from __future__ import annotations

import json
from pathlib import Path

from .layout import Entry
from .sources import PlanSource


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def plan_truth(plan: PlanSource, entries: list[Entry], unsigned: str | None) -> dict:
    """The plan's own truth under its new path, with its attachments; a member missing from the letter is named,
    and then ``members.intent_letter`` fails (《指引》三(二): all parties sign the 组建意向书)."""
    record = {key: value for key, value in plan.truth.items() if key not in ("attachments", "intent_letter_unsigned")}
    record["file"] = plan.target
    attachments = [{"file": e.rel, "kind": e.role} for e in entries if e.plan == plan.target and e.role != "plan"]
    if attachments:
        record["attachments"] = attachments
    if unsigned:
        record["intent_letter_unsigned"] = [unsigned]
        record["expected_checks"] = {**record["expected_checks"], "members.intent_letter": "fail"}
    return record


def files_truth(entries: list[Entry]) -> dict:
    """truth/_files.json: every file written (and every plan moved), by path."""
    return {e.rel: {"role": e.role, "plan": e.plan, "code": e.code} for e in sorted(entries, key=lambda e: e.rel)}


def merge_bad(truth_dir: Path, codes: dict[str, str]) -> None:
    """Adds the refused archives' whole-file codes to truth/_bad.json, keeping make_samples.py's entries."""
    path = truth_dir / "_bad.json"
    labels = json.loads(path.read_text("utf-8")) if path.exists() else {}
    write_json(path, {**labels, **codes})
