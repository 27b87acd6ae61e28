"""The batch: review every plan of an input folder, then write the batch-wide outputs.

``finish_batch`` always works from all current results (cached or fresh), so
the 汇总表, index and batch.json never describe only part of a run.
"""

from __future__ import annotations

import json
import logging
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from checks import BatchPlan, run_batch_checks
from pipeline.atomic import write_text
from pipeline.lock import claim_output
from pipeline.overrides import Overrides, apply_overrides, load_overrides
from pipeline.report.index import render_index_html
from pipeline.report.summary_table import write_summary_table
from pipeline.review import (
    SCHEMA_VERSION,
    as_dict,
    discover_plans,
    drop_null_locs,
    office_safe,
    plan_id,
    review_plan,
    write_plan_outputs,
)
from pipeline.rulepack import RulePack
from pipeline.submission import Submission

log = logging.getLogger(__name__)

SUBMISSIONS = "submissions"
SUMMARY_NAME = "汇总表.xlsx"
INDEX_NAME = "index.html"
BATCH_NAME = "batch.json"
OVERRIDES_NAME = "overrides.yaml"
PLAN_OUTPUTS = frozenset({"result.json", "report.html", "report.docx"})
EXIT_ALL_READ = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def plan_dir(out_dir: Path, rel_path: str) -> Path:
    return out_dir / SUBMISSIONS / plan_id(rel_path)


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


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


def _is_own_output(folder: Path) -> bool:
    """A folder this tool wrote: its result.json plus only files this tool writes (dot files are its stamps)."""
    names = {p.name for p in folder.iterdir()}
    return "result.json" in names and all(n in PLAN_OUTPUTS or n.startswith(".") for n in names)


def prune_submissions(out_dir: Path, keep: set[str]) -> list[str]:
    """Remove output folders of plans no longer in the input; folders holding anything else are left alone."""
    removed = []
    root = out_dir / SUBMISSIONS
    if not root.is_dir():
        return removed
    for folder in sorted(root.iterdir()):
        if folder.name in keep or not folder.is_dir():
            continue
        if _is_own_output(folder):
            shutil.rmtree(folder)
            removed.append(folder.name)
            log.info("已删除不再存在的方案的旧输出：%s", folder.name)
        else:
            log.warning("保留 %s：其中有非本工具生成的文件", folder)
    return removed


def finish_batch(
    out_dir: Path,
    results: list[dict[str, Any]],
    pack: RulePack,
    started: str,
    finished: str,
    overrides: Overrides | None = None,
) -> dict[str, Any]:
    """Batch checks, 汇总表.xlsx, index.html and batch.json from all results (machine results, not overridden)."""
    overrides = overrides or Overrides()
    # Only plans with reviewer decisions need an overridden copy; the batch outputs just read the others.
    shown = [apply_overrides(r, overrides) if overrides.for_file(r["source"]["file"]) else r for r in results]
    checks = drop_null_locs([as_dict(c) for c in run_batch_checks(batch_plans(results), pack)])
    entries = []
    for r in shown:
        pid = plan_id(r["source"]["file"])
        entries.append(
            {"file": r["source"]["file"], "status": r["status"], "result": f"{SUBMISSIONS}/{pid}/result.json", "id": pid}
        )
    batch = {
        "schema_version": SCHEMA_VERSION,
        "rule_pack": pack.id,
        "started": started,
        "finished": finished,
        "plans": entries,
        "checks": checks,
    }
    write_summary_table(out_dir / SUMMARY_NAME, [office_safe(r) for r in shown], pack)
    pairs = [(f"{SUBMISSIONS}/{e['id']}", r) for e, r in zip(entries, shown, strict=True)]
    write_text(out_dir / INDEX_NAME, render_index_html(pairs, checks, pack, started, finished))
    write_text(out_dir / BATCH_NAME, json.dumps(batch, ensure_ascii=False, indent=2) + "\n")
    prune_submissions(out_dir, {e["id"] for e in entries})
    return batch


def review_folder(
    input_dir: Path,
    out_dir: Path,
    pack: RulePack,
    overrides_path: Path | None = None,
) -> int:
    """The plain sequential batch; returns the contract's exit status (0 all read, 1 some failed).

    Reviewer decisions come from ``overrides_path`` or, by default, ``OUT_DIR/overrides.yaml``.
    Raises ``OutputUnavailable`` when another run holds ``out_dir`` or it cannot be written.
    """
    started = now()
    overrides = load_overrides(overrides_path or out_dir / OVERRIDES_NAME)
    out_resolved = out_dir.resolve()
    paths = [p for p in discover_plans(input_dir) if out_resolved not in p.resolve().parents]
    results = []
    with claim_output(out_dir):
        for done, path in enumerate(paths, 1):
            result = review_plan(path, input_dir, pack)
            write_plan_outputs(result, plan_dir(out_dir, result["source"]["file"]), overrides, pack)
            results.append(result)
            log.info("[%d/%d] 已审查 %s", done, len(paths), result["source"]["file"])
        finish_batch(out_dir, results, pack, started, now(), overrides)
    return EXIT_SOME_FAILED if any(r["status"] != "ok" for r in results) else EXIT_ALL_READ


def usage_problem(input_dir: Path, overrides_path: Path | None) -> str | None:
    """Why a run cannot start as asked (exit status 2), in words a clerk can act on; None when it can."""
    if not input_dir.is_dir():
        return f"找不到输入文件夹：{input_dir}"
    if overrides_path is not None and not overrides_path.is_file():
        return f"找不到复核意见文件：{overrides_path}"
    return None
