"""The one batch driver: inventory → file profiles → packages → plan results → outputs swapped in.

Every stage below it is a plain function; only how the files are profiled
(one after another, or as Prefect tasks) is handed in, so the Prefect flow and
a test run the very same batch. Profiles come from the result cache when the
file, the rule pack and the code are unchanged, so a rerun reads nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from flows.cache import ResultCache
from flows.heap import collector_paused, results_held_apart, set_aside
from flows.outputs import (
    BATCH_STAMP_NAME,
    BatchContents,
    batch_checks,
    batch_plans,
    batch_stamp,
    keep_foreign_files,
    outputs_current,
    write_batch_outputs,
    write_plan_folder,
)
from flows.package_review import package_result
from flows.packages import Assembly, assemble
from flows.plan_review import failed_result
from flows.profile import profile_file
from flows.progress import plan_progress
from pipeline.atomic import write_text
from pipeline.errors import error_message
from pipeline.inventory import InputFile, take_inventory
from pipeline.isolation import end_idle_readers
from pipeline.lock import claim_output
from pipeline.overrides import Overrides, load_overrides
from pipeline.readers.ocr_cache import OCR_CACHE_ENV
from pipeline.review_model import PackageNote
from pipeline.rulepack import RulePack
from pipeline.scratch import scratch_dir
from pipeline.staging import StagedOutputs
from pipeline.wording import say

log = logging.getLogger(__name__)

OVERRIDES_NAME = "overrides.yaml"
CACHE_NAME = ".cache"
OCR_CACHE_NAME = "ocr"  # page images' OCR, kept across rule and code changes (see pipeline/readers/ocr_cache.py)
RUN_RECORD = "run.json"  # the latest run: which files were read again, and how long each took
RUN_HISTORY = "runs"  # every run's record, by start time
EXIT_ALL_READ = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
NO_PLAN = "no_plan"

# Profiles files that the cache could not answer for; yields (entry, profile, seconds) as each finishes.
Profiler = Callable[[list[InputFile]], Iterable[tuple[InputFile, dict[str, Any], float]]]
# Shows a finished batch to its operator (the Prefect UI); may add to the run's record before it is written.
Publisher = Callable[[dict[str, Any], BatchContents, Overrides], None]


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def profile_serially(pack: RulePack) -> Profiler:
    """Profile files one after another in this process (tests, and the plain library use)."""

    def run(entries: list[InputFile]) -> Iterator[tuple[InputFile, dict[str, Any], float]]:
        for entry in entries:
            began = time.perf_counter()
            profile = profile_file(entry, pack)
            yield entry, profile, time.perf_counter() - began

    return run


def _profiles(
    entries: list[InputFile], cache: ResultCache, pack: RulePack, profiler: Profiler
) -> tuple[dict[str, dict[str, Any]], dict[str, float]]:
    """Every entry's profile: errors known from the inventory at once, cached ones read back, the rest profiled."""
    profiles: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    pending = []
    with collector_paused():
        for entry in entries:
            if entry.error:
                profiles[entry.rel] = profile_file(entry, pack)
                continue
            keys[entry.rel] = cache.key(entry.rel, entry.sha256)
            cached = cache.get(keys[entry.rel])
            if cached is None:
                pending.append(entry)
            else:
                profiles[entry.rel] = cached
    log.info(say("run.log.planned", files=len(entries), reused=len(entries) - len(pending), pending=len(pending)))
    seconds: dict[str, float] = {}
    with plan_progress(len(pending)) as read:
        for entry, profile, took in profiler(pending):
            cache.put(keys[entry.rel], profile)
            profiles[entry.rel] = profile
            seconds[entry.rel] = took
            set_aside()
            read(entry.rel)
    return profiles, seconds


def _file_entries(entries: list[InputFile], profiles: dict[str, dict[str, Any]], assembly: Assembly) -> list[dict[str, Any]]:
    """batch.json ``files``: every input with its role, its package and, for an attachment, its plan."""
    placed: dict[str, tuple[str, str | None, str | None]] = {}
    for package in assembly.packages:
        plan = package.plan["file"] if package.plan else None
        placed[plan] = ("plan", None, package.folder)
        for copy in package.copies:
            placed[copy["file"]] = ("plan_copy", plan, package.folder)
        for other in package.others:
            placed[other["file"]] = (other["role"], plan, package.folder)
    for package in assembly.without_plan:
        for other in package.others:
            placed[other["file"]] = (other["role"], None, package.folder)
    listed = []
    for entry in entries:
        profile = profiles[entry.rel]
        role, plan, folder = placed.get(entry.rel, (profile["role"], None, None))
        plan = None if role == "unsupported" else plan  # the system's own files are nobody's attachment
        item: dict[str, Any] = {"file": entry.rel, "role": role, "plan": plan, "package": folder,
                                "sha256": entry.sha256, "size": entry.size}
        error = (profile.get("result") or {}).get("error") if role in ("failed", "unsupported") else None
        if error:
            item["code"], item["reason"] = error["code"], error["message"]
        elif profile.get("role_reason"):
            item["reason"] = profile["role_reason"]
        listed.append(item)
    return listed


def _without_plan(assembly: Assembly, pack: RulePack) -> list[dict[str, Any]]:
    """The packages that hold no readable plan, each a failed result of its own that lists its files."""
    unread = []
    for package in assembly.without_plan:
        files = [o for o in package.others if o.get("role") != "unsupported"]
        if not files or package.folder is None:
            continue
        names = "、".join(o["file"] for o in files)
        digest = hashlib.sha256("".join(o["sha256"] for o in files).encode("ascii")).hexdigest()
        message = error_message(NO_PLAN, say("errors.package_files", names=names))
        result = failed_result(package.folder, digest, None, pack, NO_PLAN, message)
        result.package = PackageNote(folder=package.folder, files=[o["file"] for o in files])
        unread.append(result.dump())
    return unread


def _results(assembly: Assembly, profiles: dict[str, dict[str, Any]], pack: RulePack) -> list[dict[str, Any]]:
    """Every reviewed plan with its package, every input that failed and every package without a plan, by path."""
    reviewed = [package_result(p, pack) for p in assembly.packages if p.plan]
    failed = [p["result"] for p in profiles.values() if p["role"] == "failed"]
    return sorted([*reviewed, *failed, *_without_plan(assembly, pack)], key=lambda r: r["source"]["file"])


@results_held_apart()
def run_batch(
    input_dir: Path,
    out_dir: Path,
    pack: RulePack,
    profiler: Profiler,
    overrides_path: Path | None = None,
    cache_dir: Path | None = None,
    publish: Publisher | None = None,
) -> dict[str, Any]:
    """Review every input under ``input_dir`` into ``out_dir``; returns the run's record (run.json).

    The previous outputs stay in place until the new ones are complete. Reviewer decisions come from
    ``overrides_path`` or, by default, ``OUT_DIR/overrides.yaml``. ``publish`` is shown the finished batch.
    """
    started, began = now(), time.perf_counter()
    root, out = input_dir.resolve(), out_dir.resolve()
    overrides = load_overrides(overrides_path or out / OVERRIDES_NAME)
    cache_root = cache_dir.resolve() if cache_dir else out / CACHE_NAME
    cache = ResultCache(cache_root, pack)
    os.environ[OCR_CACHE_ENV] = str(cache_root / OCR_CACHE_NAME)  # the reader processes inherit it
    with scratch_dir("inputs") as scratch:  # archive members, private (0700)
        inventory = take_inventory(root, Path(scratch))
        profiles, seconds = _profiles(inventory.files, cache, pack, profiler)
    end_idle_readers()  # all is read: idle, the reader processes would hold ~80 MB each through the outputs
    assembly = assemble([profiles[e.rel] for e in inventory.files], {e.rel: e.archive for e in inventory.files})
    results = _results(assembly, profiles, pack)
    contents = BatchContents(
        results=results,
        files=_file_entries(inventory.files, profiles, assembly),
        unmatched_overrides=_unmatched(overrides, results),
    )
    batch_began = time.perf_counter()
    stamp = batch_stamp(contents, overrides, pack)
    staged = StagedOutputs(out)
    if outputs_current(out, contents, stamp):
        staged.discard()
        rewritten = None
    else:
        rewritten = _write_outputs(staged, contents, pack, started, overrides, root, stamp)
    record = _record(started, contents, sorted(seconds), rewritten, began, batch_began, seconds)
    if publish is not None:
        publish(record, contents, overrides)
    _write_record(out, record)
    return record


def _write_outputs(
    staged: StagedOutputs,
    contents: BatchContents,
    pack: RulePack,
    started: str,
    overrides: Overrides,
    root: Path,
    stamp: str,
) -> list[str]:
    """Every output of the batch, swapped in whole at the end; returns the plans whose folders were rendered."""
    try:
        plans = batch_plans(contents.results)
        checks = batch_checks(plans, pack)
        rewritten = [r["source"]["file"] for r in contents.results
                     if write_plan_folder(staged, r, overrides, pack, checks, root)]
        write_batch_outputs(staged, contents, pack, started, now(), overrides, plans, checks)
        write_text(staged.root / BATCH_STAMP_NAME, stamp)
        keep_foreign_files(staged)
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    return rewritten


def _unmatched(overrides: Overrides, results: list[dict[str, Any]]) -> list[str]:
    """Reviewer decisions whose file is not among this run's plans (renamed or removed since)."""
    files = {r["source"]["file"] for r in results}
    return sorted(rel for rel in overrides.by_file if rel not in files)


def _record(
    started: str,
    contents: BatchContents,
    reread: list[str],
    rewritten: list[str] | None,
    began: float,
    batch_began: float,
    seconds: dict[str, float],
) -> dict[str, Any]:
    roles = [f["role"] for f in contents.files]
    failed = sum(r["status"] != "ok" for r in contents.results)
    return {
        "started": started,
        "finished": now(),
        "files": len(contents.files),
        "plans": sum(r["status"] == "ok" for r in contents.results),
        "attachments": sum(role in ("intent_letter", "commitment", "plan_copy", "attachment") for role in roles),
        "unsupported": roles.count("unsupported"),
        "failed": failed,
        "unread": [{"file": r["source"]["file"], **r["error"]} for r in contents.results if r["status"] != "ok"],
        "unmatched_overrides": contents.unmatched_overrides,
        "reprocessed": reread,
        "outputs_rewritten": rewritten or [],
        "batch_outputs_rewritten": rewritten is not None,  # False: the folder's outputs were already this batch's
        "flow_seconds": round(time.perf_counter() - began, 4),
        "batch_seconds": round(time.perf_counter() - batch_began, 4),
        "plan_seconds": {rel: round(s, 4) for rel, s in sorted(seconds.items())},
        "exit_status": EXIT_SOME_FAILED if failed else EXIT_ALL_READ,
    }


def _write_record(out: Path, record: dict[str, Any]) -> None:
    """The record kept under runs/ for the run history, and run.json: the latest one, naming where it is kept."""
    stamp = record["started"].replace(":", "").replace("+", "_")
    record["history"] = f"{RUN_HISTORY}/{stamp}.json"
    text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    write_text(out / record["history"], text)
    write_text(out / RUN_RECORD, text)


def review_folder(input_dir: Path, out_dir: Path, pack: RulePack, overrides_path: Path | None = None) -> int:
    """The batch without Prefect, one file after another in this process; returns the contract's exit status."""
    with claim_output(out_dir):
        return run_batch(input_dir, out_dir, pack, profile_serially(pack), overrides_path)["exit_status"]
