"""The batch review as a Prefect flow: one task per plan, fanned out, then the batch outputs.

The flow holds no review logic: it hashes files, asks the result cache, submits
a task only for plans whose result is missing, and hands every current result
to ``pipeline.batch.finish_batch``. A plan that fails is recorded as a failed
result and the batch goes on; only faults that may pass (a file briefly locked,
a full disk) are retried — a corrupt file is a result, not a fault.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from flows.settings import use_lean_settings, work_dir

use_lean_settings()

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import as_completed  # noqa: E402

from flows.cache import ResultCache, mark_outputs, outputs_current, outputs_stamp  # noqa: E402
from flows.progress import plan_progress  # noqa: E402
from flows.runners import RunnerChoice, make_task_runner  # noqa: E402
from pipeline.atomic import write_text  # noqa: E402
from pipeline.batch import (  # noqa: E402
    EXIT_ALL_READ,
    EXIT_SOME_FAILED,
    OVERRIDES_NAME,
    PLAN_OUTPUTS,
    finish_batch,
    now,
    plan_dir,
)
from pipeline.errors import MESSAGES  # noqa: E402
from pipeline.filenames import source_name  # noqa: E402
from pipeline.lock import claim_output  # noqa: E402
from pipeline.overrides import Overrides, load_overrides  # noqa: E402
from pipeline.review import (  # noqa: E402
    INTERNAL_ERROR,
    INTERNAL_MESSAGE,
    discover_plans,
    failed_result,
    review_plan,
    sha256_or_empty,
    write_plan_outputs,
)
from pipeline.rulepack import DEFAULT_PACK, load_rulepack  # noqa: E402

PLAN_TIMEOUT_SECONDS = 600  # a scanned plan of 60 pages at about 5 s per OCR page, with room to spare
TRANSIENT_RETRIES = 2
log = logging.getLogger(__name__)

RUN_RECORD = "run.json"  # what this run did: which plans were reviewed again, and how long each took
CACHE_NAME = ".cache"


class _QuietThreadTimeoutNotice(logging.Filter):
    """Drop Prefect's per-task notice that a timeout in a worker thread waits for blocking calls to return.

    That is known and accepted here: the readers guard their own slow steps
    (a ``timeout`` ReadError), and the task timeout is the outer bound.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Timeout of %s seconds configured for this task")


logging.getLogger("prefect.engine").addFilter(_QuietThreadTimeoutNotice())
logging.getLogger("prefect.task_runs").addFilter(_QuietThreadTimeoutNotice())


def _is_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only faults of the environment (I/O hiccups); a timeout or a bug would only repeat."""
    exc = state.result(raise_on_failure=False)
    return isinstance(exc, OSError) and not isinstance(exc, TimeoutError)


@task(
    name="review-plan",
    cache_policy=NO_CACHE,  # the flow's own result cache decides what runs; Prefect's would hash the inputs again
    retries=TRANSIENT_RETRIES,
    retry_delay_seconds=2,
    retry_condition_fn=_is_transient,
    timeout_seconds=PLAN_TIMEOUT_SECONDS,
)
def review_plan_task(
    path: str, root: str, rules: str, cache_dir: str, key: str, out_dir: str, overrides: Overrides
) -> tuple[dict[str, Any], float]:
    """Read, extract and check one plan, write its outputs, store its result; returns it and the library's time."""
    pack = load_rulepack(rules)
    began = time.perf_counter()
    result = review_plan(Path(path), Path(root), pack)
    _write_outputs(result, Path(out_dir), key, overrides, rules)
    library_seconds = time.perf_counter() - began
    ResultCache(Path(cache_dir), pack).put(key, result)
    return result, library_seconds


def _write_outputs(result: dict[str, Any], out_dir: Path, key: str, overrides: Overrides, rules: str) -> None:
    rel = result["source"]["file"]
    folder = plan_dir(out_dir, rel)
    write_plan_outputs(result, folder, overrides, load_rulepack(rules))
    mark_outputs(folder, outputs_stamp(key, overrides.for_file(rel)))


def unfinished_result(path: Path, root: Path, rules: str, code: str) -> dict[str, Any]:
    """A failed result for a plan the batch gave up on (timed out, or a fault that did not pass)."""
    return failed_result(path, root, load_rulepack(rules), code, MESSAGES.get(code, INTERNAL_MESSAGE))


@flow(name="review-batch", log_prints=False)
def review_batch(
    input_dir: str,
    out_dir: str,
    rules: str = DEFAULT_PACK,
    overrides_path: str | None = None,
    cache_dir: str | None = None,
) -> dict[str, Any]:
    """Review every plan under ``input_dir`` into ``out_dir``; plans whose inputs did not change come from the cache.

    Reviewer decisions come from ``overrides_path`` or, by default, ``OUT_DIR/overrides.yaml``.
    The output folder is locked for the run (``OutputUnavailable`` when another run holds it).
    """
    with claim_output(Path(out_dir)):  # the nightly runs start here, not through the CLI
        return _review_batch(input_dir, out_dir, rules, overrides_path, cache_dir)


def _review_batch(
    input_dir: str, out_dir: str, rules: str, overrides_path: str | None, cache_dir: str | None
) -> dict[str, Any]:
    started, began = now(), time.perf_counter()
    root, out = Path(input_dir).resolve(), Path(out_dir).resolve()
    pack = load_rulepack(rules)
    overrides = load_overrides(Path(overrides_path) if overrides_path else out / OVERRIDES_NAME)
    cache = ResultCache(Path(cache_dir).resolve() if cache_dir else out / CACHE_NAME, pack)

    plans = [p for p in discover_plans(root) if out not in p.resolve().parents]
    results: dict[str, dict[str, Any]] = {}
    pending = {}
    rewritten = []
    for path in plans:
        rel = source_name(path, root)
        key = cache.key(rel, sha256_or_empty(path))  # a file gone or locked is reported by its task, not fatal
        decisions = Overrides({rel: overrides.for_file(rel)})
        cached = cache.get(key)
        if cached is None:
            pending[rel] = (path, review_plan_task.submit(str(path), str(root), rules, str(cache.root), key, str(out), decisions))
            continue
        results[rel] = cached
        if not outputs_current(plan_dir(out, rel), outputs_stamp(key, decisions.for_file(rel)), PLAN_OUTPUTS):
            _write_outputs(cached, out, key, decisions, rules)
            rewritten.append(rel)

    log.info("共 %d 份方案：%d 份沿用上次结果，%d 份需要审查", len(plans), len(results), len(pending))
    plan_seconds: dict[str, float] = {}
    submitted = {future: (rel, path) for rel, (path, future) in pending.items()}
    with plan_progress(len(submitted)) as reviewed:
        for future in as_completed(list(submitted)):
            rel, path = submitted[future]
            future.wait()  # already done; this records its final state on the future
            if future.state.is_completed():
                results[rel], plan_seconds[rel] = future.result()
            else:
                timed_out = isinstance(future.result(raise_on_failure=False), TimeoutError)
                results[rel] = unfinished_result(path, root, rules, "timeout" if timed_out else INTERNAL_ERROR)
            reviewed(rel)

    ordered = [results[source_name(p, root)] for p in plans]
    batch_began = time.perf_counter()
    finish_batch(out, ordered, pack, started, now(), overrides)
    record = {
        "started": started,
        "finished": now(),
        "plans": len(ordered),
        "failed": sum(r["status"] != "ok" for r in ordered),
        "reprocessed": sorted(pending),
        "outputs_rewritten": rewritten,
        "flow_seconds": round(time.perf_counter() - began, 4),
        "batch_seconds": round(time.perf_counter() - batch_began, 4),
        "plan_seconds": {rel: round(s, 4) for rel, s in sorted(plan_seconds.items())},
    }
    write_text(out / RUN_RECORD, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    return record


def run_review(
    input_dir: Path,
    out_dir: Path,
    rules: str = DEFAULT_PACK,
    overrides_path: Path | None = None,
    cache_dir: Path | None = None,
    runner: RunnerChoice | None = None,
) -> int:
    """Run the flow on the chosen task runner; exit status 0 when every plan was read, 1 otherwise."""
    task_runner = make_task_runner(runner or RunnerChoice(), work_dir(out_dir) / "dask")
    record = review_batch.with_options(task_runner=task_runner)(
        input_dir=str(input_dir),
        out_dir=str(out_dir),
        rules=str(rules),
        overrides_path=str(overrides_path) if overrides_path else None,
        cache_dir=str(cache_dir) if cache_dir else None,
    )
    return EXIT_SOME_FAILED if record["failed"] else EXIT_ALL_READ
