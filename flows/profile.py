"""One input file read once and profiled: what it is, and, for a plan, its whole machine review.

The batch planner needs every file's role before it can group packages, and a
plan's review needs the same read; so one read serves both, in one task, and
the profile is what the result cache keeps. Letters keep their signatories;
other attachments keep only what grouping needs (title, consortium named). A
scan is first glanced at (its first page); it is read whole only when its role
needs that, so a licence or a 承诺书 costs one page of OCR.
"""

from __future__ import annotations

import logging
from typing import Any

from extractors.letter import signatories
from extractors.roles import RoleFinding, classify
from flows.plan_review import (
    INTERNAL_ERROR,
    INTERNAL_MESSAGE,
    failed_result,
    review_document,
    unreadable_result,
)
from pipeline.errors import ReadError, error_message
from pipeline.inventory import InputFile
from pipeline.isolation import read_isolated
from pipeline.plan_text import PlanText
from pipeline.rulepack import RulePack
from pipeline.wording import say

log = logging.getLogger(__name__)

# Entries listed but never reviewed: the system's own files and files that are not submission material.
NOT_REVIEWED = frozenset({"system_file", "not_material"})


def profile_file(entry: InputFile, pack: RulePack) -> dict[str, Any]:
    """The profile of one inventory entry: its role and, for a plan, its result; never raises."""
    base = {"file": entry.rel, "sha256": entry.sha256, "size": entry.size}
    if entry.error:
        role = "unsupported" if entry.error in NOT_REVIEWED else "failed"
        message = error_message(entry.error, entry.detail)
        result = failed_result(entry.rel, entry.sha256, entry.path, pack, entry.error, message)
        return {**base, "role": role, "result": result.dump()}
    try:
        plan, finding = _read_and_classify(entry, pack)
    except (OSError, ReadError) as exc:
        return {**base, "role": "failed", "result": unreadable_result(entry.rel, entry.sha256, entry.path, pack, exc).dump()}
    try:
        return {**base, **_profile_document(plan, finding, entry)}
    except Exception:  # a bug on one file must never stop the batch (contract)
        log.exception(say("run.log.role_failed", file=entry.rel))
        result = failed_result(entry.rel, entry.sha256, entry.path, pack, INTERNAL_ERROR, INTERNAL_MESSAGE)
        return {**base, "role": "failed", "result": result.dump()}


def _read_and_classify(entry: InputFile, pack: RulePack) -> tuple[PlanText, RoleFinding]:
    """A glance first (a scan's first page only); the whole file only when its role needs it: a plan is
    reviewed, a letter's signatories are read, and a document not recognised may be a plan after all."""
    try:
        doc = read_isolated(entry.path, glance=True)
    except ReadError as exc:
        if exc.code != "no_text":  # a blank first page says nothing of the pages after it
            raise
    else:
        plan = PlanText(doc, pack)
        finding = classify(plan)
        if doc.complete or finding.settled:
            return plan, finding
    plan = PlanText(read_isolated(entry.path), pack)
    return plan, classify(plan)


def _profile_document(plan: PlanText, finding: RoleFinding, entry: InputFile) -> dict[str, Any]:
    """The role found and what it brings: a letter its signatories, a plan its result, reviewed from the
    sections and units its classification already built."""
    doc = plan.doc
    profile: dict[str, Any] = {
        "role": finding.role,
        "role_reason": finding.reason,
        "role_evidence": [ev.model_dump(mode="json") for ev in finding.evidence],
        "consortium": finding.consortium,
        "title": finding.title,
        "format": doc.format,
        "pages": doc.pages,
        "glanced": not doc.complete,  # only a scan's first page was read: enough to tell what it is
        "chars": len(doc.text),
    }
    if finding.role == "intent_letter":
        profile["signatories"] = [
            {"name": s.name, "evidence": [s.evidence.model_dump(mode="json")]}
            for s in signatories(plan)
        ]
    if finding.role == "plan":
        profile["result"] = review_document(plan, entry.rel, entry.sha256, entry.path).dump()
        if profile["result"]["status"] != "ok":
            profile["role"] = "failed"
    return profile
