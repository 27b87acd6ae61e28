"""The batch's written outputs: each plan's folder, then 汇总表.xlsx, index.html and batch.json.

Everything is written into the staging folder of the run (pipeline/staging.py)
and swapped in at the end. A plan folder whose content would not change (same
result, same reviewer decisions, same code) is carried over by hard links
instead of being rendered again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from checks import BatchPlan, run_batch_checks
from checks.batch import duplicate_pairs
from flows.cache import outputs_version
from flows.plan_review import office_safe, plan_id, write_plan_outputs
from pipeline.atomic import write_text
from pipeline.overrides import Overrides, apply_overrides
from pipeline.report.batch_view import plan_findings
from pipeline.report.index import render_index_html
from pipeline.report.summary_table import write_summary_table
from pipeline.review_model import SCHEMA_VERSION, Review
from pipeline.rulepack import RulePack
from pipeline.staging import StagedOutputs
from pipeline.submission import Submission
from pipeline.wording import say

SUBMISSIONS = "submissions"
SUMMARY_NAME = "汇总表.xlsx"
INDEX_NAME = "index.html"
BATCH_NAME = "batch.json"
PLAN_OUTPUTS = ("result.json", "report.html", "report.docx")
STAMP_NAME = ".written"
BATCH_STAMP_NAME = ".batch-written"
BATCH_OUTPUTS = (SUMMARY_NAME, INDEX_NAME, BATCH_NAME)
TABLE_UNUSED = frozenset({"context_blocks", "signature"})
# How what office_safe replaces looks in orjson's output: control characters escaped, U+FFFE and U+FFFF raw.
OFFICE_UNSAFE_MARKS = (b"\\u00", b"\\b", b"\\f", "\ufffe".encode(), "\uffff".encode())


@dataclass
class BatchContents:
    """What one run found: results (plans read, inputs unread, packages without a plan) and every input file."""

    results: list[dict[str, Any]]
    files: list[dict[str, Any]]
    unmatched_overrides: list[str] = field(default_factory=list)


def plan_folder(rel: str) -> str:
    return f"{SUBMISSIONS}/{plan_id(rel)}"


def batch_plans(results: list[dict[str, Any]]) -> list[BatchPlan]:
    """The read plans as the batch checks compare them."""
    return [
        BatchPlan(
            plan_id=plan_id(r["source"]["file"]),
            file=r["source"]["file"],
            sha256=r["source"]["sha256"],
            signature=r.get("signature") or [],
            submission=Submission.model_validate(r["extracted"]),
        )
        for r in results
        if r["status"] == "ok"
    ]


def batch_checks(plans: list[BatchPlan], pack: RulePack) -> list[dict[str, Any]]:
    """The batch checks over every read plan, as batch.json and each plan's report show them."""
    return [c.model_dump(mode="json") for c in run_batch_checks(plans, pack)]


def batch_stamp(contents: BatchContents, overrides: Overrides, pack: RulePack) -> str:
    """What the batch's outputs are made from: every result and input, the reviewer's decisions, the code and
    the rule pack. A nightly rerun of an unchanged folder finds the same stamp and leaves the outputs alone."""
    decisions = {rel: {check: vars(d) for check, d in sorted(by_check.items())}
                 for rel, by_check in sorted(overrides.by_file.items())}
    content = orjson.dumps(
        [contents.results, contents.files, contents.unmatched_overrides, decisions, outputs_version(),
         pack.model_dump(mode="json")],
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(content).hexdigest()


def outputs_current(out: Path, contents: BatchContents, stamp: str) -> bool:
    """Whether ``out`` holds the complete outputs of exactly this batch (same stamp, no file of them missing)."""
    try:
        if (out / BATCH_STAMP_NAME).read_text("utf-8") != stamp:
            return False
    except OSError:
        return False
    folders = [out / plan_folder(r["source"]["file"]) for r in contents.results]
    return all((out / name).is_file() for name in BATCH_OUTPUTS) and all(
        (folder / name).is_file() for folder in folders for name in PLAN_OUTPUTS
    )


def shown_result(result: dict[str, Any], overrides: Overrides) -> dict[str, Any]:
    """The result as the reviewer's decisions leave it; one without decisions is passed through unparsed."""
    if not overrides.for_file(result["source"]["file"]):
        return result
    return apply_overrides(Review.model_validate(result), overrides).dump()


def _stamp(result: dict[str, Any], overrides: Overrides, pack: RulePack, findings: list[dict[str, Any]]) -> str:
    """What a plan folder is made from: its final result, the reviewer's decisions on it, the batch findings
    naming it, the code, and the office that signs its 审查意见."""
    decisions = {check: vars(d) for check, d in sorted(overrides.for_file(result["source"]["file"]).items())}
    content = orjson.dumps([result, decisions, findings, outputs_version(), pack.office.model_dump()],
                           option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(content).hexdigest()


def write_plan_folder(
    staged: StagedOutputs,
    result: dict[str, Any],
    overrides: Overrides,
    pack: RulePack,
    checks: list[dict[str, Any]] | None = None,
    source_root: Path | None = None,
) -> bool:
    """The plan's three outputs in the staging folder; returns whether they had to be rendered again.

    ``checks`` are the batch checks (the report shows those naming this plan); ``source_root`` is the input
    folder, whose PDFs give the report its page crops."""
    folder = plan_folder(result["source"]["file"])
    stamp = _stamp(result, overrides, pack, plan_findings(checks or [], result["source"]["file"]))
    try:
        current = (staged.out / folder / STAMP_NAME).read_text("utf-8")
    except OSError:
        current = None
    if current == stamp and staged.keep(folder, (*PLAN_OUTPUTS, STAMP_NAME)):
        return False
    write_plan_outputs(Review.model_validate(result), staged.root / folder, overrides, pack, checks, source_root)
    write_text(staged.root / folder / STAMP_NAME, stamp)
    return True


def keep_foreign_files(staged: StagedOutputs) -> list[str]:
    """Files a person put into a plan's output folder (notes beside its report) survive the swap, even when the
    plan itself is gone; returns the folders they were found in."""
    current = staged.out / SUBMISSIONS
    ours = {*PLAN_OUTPUTS, STAMP_NAME}
    kept = []
    for folder in sorted(current.iterdir()) if current.is_dir() else []:
        foreign = [p.name for p in folder.iterdir() if p.is_file() and p.name not in ours and not p.name.startswith(".")]
        if folder.is_dir() and foreign and staged.keep(f"{SUBMISSIONS}/{folder.name}", tuple(foreign)):
            kept.append(folder.name)
    return kept


def table_view(result: dict[str, Any]) -> dict[str, Any]:
    """The result without its bulky parts the 汇总表 never shows, made office-safe.

    One serialization at C speed tells whether any string holds what Excel refuses (an escaped control
    character, a noncharacter, or a lone surrogate, which orjson will not encode); nearly none does, and
    then the walk through every string is skipped.
    """
    view = {k: v for k, v in result.items() if k not in TABLE_UNUSED}
    try:
        data = orjson.dumps(view)
    except orjson.JSONEncodeError:
        return office_safe(view)
    return office_safe(view) if any(mark in data for mark in OFFICE_UNSAFE_MARKS) else view


def duplicate_notes(plans: list[BatchPlan]) -> dict[str, str]:
    """Per file, the note its 汇总表 row carries when the same plan was submitted more than once."""
    notes: dict[str, list[str]] = {}
    for a, b, why in duplicate_pairs(plans):
        notes.setdefault(a.file, []).append(say("run.duplicate.with", file=b.file, why=why))
        notes.setdefault(b.file, []).append(say("run.duplicate.with", file=a.file, why=why))
    return {file: say("run.duplicate.note", found="；".join(found)) for file, found in notes.items()}


def write_batch_outputs(
    staged: StagedOutputs,
    contents: BatchContents,
    pack: RulePack,
    started: str,
    finished: str,
    overrides: Overrides,
    plans: list[BatchPlan],
    checks: list[dict[str, Any]],
) -> dict[str, Any]:
    """汇总表.xlsx, index.html and batch.json from every current result, the read ``plans`` and their batch
    checks."""
    results = contents.results
    shown = [shown_result(r, overrides) for r in results]
    entries = [
        {"file": r["source"]["file"], "status": r["status"], "result": f"{plan_folder(r['source']['file'])}/result.json",
         "id": plan_id(r["source"]["file"])}
        for r in shown
    ]
    batch = {
        "schema_version": SCHEMA_VERSION,
        "rule_pack": pack.id,
        "started": started,
        "finished": finished,
        "plans": entries,
        "files": contents.files,
        "checks": checks,
        "unmatched_overrides": contents.unmatched_overrides,
    }
    root = staged.root
    rows = [table_view(r) for r in shown]
    write_summary_table(root / SUMMARY_NAME, rows, pack, office_safe(duplicate_notes(plans)))
    pairs = [(plan_folder(r["source"]["file"]), r) for r in shown]
    write_text(root / INDEX_NAME, render_index_html(pairs, checks, pack, started, finished, contents))
    write_text(root / BATCH_NAME, json.dumps(batch, ensure_ascii=False, indent=2) + "\n")
    return batch

