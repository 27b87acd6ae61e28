"""``consortium-review run`` and ``serve`` on Prefect: usage checks first, then the lean settings, then Prefect.

Bad usage is reported (exit 2) before Prefect is imported, so a typo costs a
moment, not the several seconds a Prefect start-up takes — and nothing in the
output folder is touched.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from flows.nightly import cron_problem, serve_nightly, server_problem, timezone_problem, use_local_server
from flows.outputs import BATCH_NAME, INDEX_NAME, SUBMISSIONS, SUMMARY_NAME
from flows.planner import EXIT_USAGE, OVERRIDES_NAME
from flows.progress import reading, show_progress
from flows.settings import use_lean_settings
from flows.stopping import catch_stop_signals, end_leftovers, exit_stopped, mark_run, stopped_by_signal
from pipeline.errors import code_label
from pipeline.lock import OutputUnavailable, claim_output
from pipeline.overrides import OverridesError, overrides_problem
from pipeline.report.excerpt import clip
from pipeline.report.verdict import NEEDS_REVIEW, PASSED, REJECTED, verdict
from pipeline.rulepack import RulePackError, load_rulepack
from pipeline.scratch import remove_orphaned_scratch
from pipeline.terms import TermsError, load_terms
from pipeline.wording import say

UNREAD_SHOWN = 20  # unread inputs named in the closing lines; the rest are on the 未能读取 sheet
NOTE_CHARS = 160  # a flagged batch check's message in the closing lines; index.html has all of it
VERDICTS = (PASSED, REJECTED, NEEDS_REVIEW)


def _has_input(folder: Path) -> bool:
    """Whether the folder holds any file at all (dot-files aside)."""
    return any(p.is_file() and not p.name.startswith(".") for p in folder.rglob("*"))


def folder_problem(input_dir: Path, out_dir: Path, need_files: bool = True) -> str | None:
    """Why these two folders cannot be used together, in words a clerk can act on; None when they can.

    A run needs something to review (``need_files``); a nightly schedule may be set up before anything arrives.
    """
    if not input_dir.is_dir():
        return say("run.folder.missing", input_dir=input_dir)
    source, target = input_dir.resolve(), out_dir.resolve()
    if target == source:
        return say("run.folder.same", input_dir=input_dir)
    if source in target.parents:
        return say("run.folder.out_inside", out_dir=out_dir)
    if target in source.parents:
        return say("run.folder.in_inside", input_dir=input_dir)
    if need_files and not _has_input(input_dir):
        return say("run.folder.empty", input_dir=input_dir)
    return None


def _problem(
    input_dir: Path, out_dir: Path, overrides_path: Path | None, rules: str, need_files: bool = True
) -> str | None:
    problem = folder_problem(input_dir, out_dir, need_files)
    if problem is None and overrides_path is not None and not overrides_path.is_file():
        problem = say("run.overrides_missing", path=overrides_path)
    problem = problem or overrides_problem(overrides_path or out_dir / OVERRIDES_NAME)
    try:
        load_rulepack(rules)
        load_terms()  # read by every plan: a broken terms file would fail each plan as if the plan were at fault
    except (RulePackError, TermsError) as exc:
        problem = problem or str(exc)
    return problem


def _refuse(problem: str) -> int:
    print(say("run.refused", problem=problem), file=sys.stderr)
    return EXIT_USAGE


def _verdicts(out_dir: Path) -> tuple[Counter[str], list[dict[str, Any]]]:
    """The plans' verdicts and the batch checks that want attention, as the run wrote them (after the
    reviewers' decisions)."""
    try:
        batch = json.loads((out_dir / BATCH_NAME).read_text("utf-8"))
        plans = [json.loads((out_dir / p["result"]).read_text("utf-8")) for p in batch["plans"]]
    except (OSError, ValueError, KeyError):
        return Counter(), []
    verdicts = Counter(verdict(r) for r in plans if r["status"] == "ok")
    return verdicts, [c for c in batch.get("checks") or [] if c["status"] in ("fail", "warn", "manual")]


def closing_lines(record: dict[str, Any], out_dir: Path) -> list[str]:
    """What the clerk reads when the run ends: what the batch checks flag, what came in, what the review
    concluded, what could not be read and why, and where the outputs are."""
    verdicts, flagged = _verdicts(out_dir)
    lines = [say("run.closing.note", message=clip(c["message"], NOTE_CHARS)) for c in flagged]
    lines.append(say("run.closing.received", files=record["files"], plans=record["plans"],
                     attachments=record["attachments"], failed=record["failed"], unsupported=record["unsupported"]))
    if record["plans"]:
        counts = "，".join(say("run.closing.verdict_count", label=label, count=verdicts[label]) for label in VERDICTS)
        lines.append(say("run.closing.verdicts", counts=counts))
    for item in record["unread"][:UNREAD_SHOWN]:
        lines.append(say("run.closing.unread", file=item["file"], code=code_label(item["code"]), message=item["message"]))
    if len(record["unread"]) > UNREAD_SHOWN:
        lines.append(say("run.closing.more_unread", count=len(record["unread"]) - UNREAD_SHOWN))
    for rel in record.get("unmatched_overrides") or []:
        lines.append(say("run.closing.unmatched_override", file=rel))
    lines.append(say("run.closing.outputs", out_dir=out_dir, summary=out_dir / SUMMARY_NAME, index=out_dir / INDEX_NAME,
                     submissions=out_dir / SUBMISSIONS))
    return lines


def run_command(
    input_dir: Path,
    out_dir: Path,
    rules: str,
    overrides_path: Path | None,
    cache_dir: Path | None,
    runner: str = "thread",
    dask_address: str | None = None,
    dask_workers: int | None = None,
    office: str | None = None,
) -> int:
    """Review the folder through the ``review_batch`` flow; exit 0 all read, 1 some failed, 2 bad usage.
    ``office`` signs the 审查意见 in place of the rule pack's reviewing office."""
    use_local_server()
    use_lean_settings(out_dir)
    from flows.runners import RunnerChoice

    choice = RunnerChoice(runner, dask_address, dask_workers)
    problem = _problem(input_dir, out_dir, overrides_path, rules) or choice.problem()
    if problem:
        return _refuse(problem)
    catch_stop_signals()
    mark_run()  # before Prefect spawns its temporary server, which inherits the mark
    end_leftovers()
    remove_orphaned_scratch()  # plan copies that readers of killed runs left in the temporary folder
    try:
        with claim_output(out_dir):  # before Prefect starts: a busy or read-only folder is refused at once
            show_progress()
            from flows.review import run_review

            record = run_review(input_dir, out_dir, rules, overrides_path, cache_dir, choice, office)
    except (OverridesError, OutputUnavailable) as exc:
        return _refuse(str(exc))
    except BaseException as stop:
        if not stopped_by_signal(stop):
            raise
        exit_stopped(stop, reading.done, reading.total)
    print("\n".join(closing_lines(record, out_dir)), file=sys.stderr)
    return record["exit_status"]


def serve_command(
    input_dir: Path,
    out_dir: Path,
    cron: str,
    timezone: str,
    rules: str,
    overrides_path: Path | None,
    cache_dir: Path | None,
) -> int:
    """Serve the nightly deployment until interrupted; exit 2 at once when there is no server to serve it."""
    problem = _problem(input_dir, out_dir, overrides_path, rules, need_files=False) or timezone_problem(timezone)
    problem = problem or server_problem(os.environ.get("PREFECT_API_URL"))
    if problem:
        return _refuse(problem)
    use_lean_settings(out_dir)
    problem = cron_problem(cron)
    if problem:
        return _refuse(problem)
    show_progress()
    print(say("run.serving", cron=cron, timezone=timezone), file=sys.stderr)
    serve_nightly(input_dir, out_dir, cron, timezone, rules, overrides_path, cache_dir)
    return 0
