"""The batch review as a Prefect flow: the planner's file profiles fanned out as tasks, one per file to read.

The flow holds no review logic: ``flows.planner.run_batch`` takes the
inventory, asks the result cache, and hands this module only the files that
must be read. A file that cannot be read is recorded as a failed result and
the batch goes on; only faults that may pass (a file briefly locked, a full
disk) are retried — a corrupt file is a result, not a fault.

In Prefect a file that cannot be read shows as a Failed task run carrying its
result, and a batch with unread inputs ends Failed with a message naming them
— after every output has been written; the CLI's exit status stays the
contract's (1 when something could not be read).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from flows.settings import use_lean_settings, work_dir

use_lean_settings()

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import as_completed  # noqa: E402
from prefect.states import Failed, State  # noqa: E402

from flows.plan_review import INTERNAL_ERROR, failed_result  # noqa: E402
from flows.planner import Profiler, run_batch  # noqa: E402
from flows.profile import profile_file  # noqa: E402
from flows.progress import keep_project_messages  # noqa: E402
from flows.run_report import current_run_name, publish_batch, task_label, unread_message  # noqa: E402
from flows.runners import RunnerChoice, make_task_runner  # noqa: E402
from flows.stopping import catch_stop_signals  # noqa: E402
from pipeline.errors import error_message  # noqa: E402
from pipeline.inventory import InputFile  # noqa: E402
from pipeline.lock import claim_output  # noqa: E402
from pipeline.rulepack import DEFAULT_PACK, RulePack, load_rulepack, with_office  # noqa: E402
from pipeline.wording import say  # noqa: E402

FILE_TIMEOUT_SECONDS = 600  # a scanned plan of 60 pages at about 5 s per OCR page, with room to spare
TRANSIENT_RETRIES = 2
log = logging.getLogger(__name__)


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
    name="read-file",
    task_run_name="{label}",
    cache_policy=NO_CACHE,  # the planner's own result cache decides what runs; Prefect's would hash the inputs again
    retries=TRANSIENT_RETRIES,
    retry_delay_seconds=2,
    retry_condition_fn=_is_transient,
    timeout_seconds=FILE_TIMEOUT_SECONDS,
)
def profile_task(entry: InputFile, rules: str, label: str) -> tuple[dict[str, Any], float] | State:
    """Read one input file, tell its role and, for a plan, review it; returns the profile and the time taken.

    A file that could not be read ends its task Failed, its profile still attached for the batch to report.
    """
    began = time.perf_counter()
    profile = profile_file(entry, load_rulepack(rules))
    took = time.perf_counter() - began
    if profile["role"] != "failed":
        return profile, took
    error = profile["result"]["error"]
    return Failed(message=say("run.task_unread", code=error["code"], message=error["message"]), data=(profile, took))


def _gave_up(entry: InputFile, pack: RulePack, code: str) -> dict[str, Any]:
    """The profile of a file the batch gave up on (timed out, or a fault that did not pass)."""
    detail = say("errors.stopped_after", seconds=FILE_TIMEOUT_SECONDS) if code == "timeout" else ""
    message = error_message(code, detail)
    result = failed_result(entry.rel, entry.sha256, entry.path, pack, code, message).dump()
    return {"file": entry.rel, "sha256": entry.sha256, "size": entry.size, "role": "failed", "result": result}


def profile_as_tasks(rules: str, pack: RulePack) -> Profiler:
    """Each file to read as a task on the flow's task runner, yielded as the tasks finish."""

    districts = set(pack.district_names)

    def run(entries: list[InputFile]) -> Iterator[tuple[InputFile, dict[str, Any], float]]:
        submitted = {profile_task.submit(entry, rules, task_label(entry.rel, districts)): entry for entry in entries}
        for future in as_completed(list(submitted)):
            entry = submitted[future]
            future.wait()  # already done; this records its final state on the future
            outcome = future.result(raise_on_failure=False)
            if isinstance(outcome, tuple):  # read, or recorded as unreadable
                profile, seconds = outcome
                yield entry, profile, seconds
                continue
            timed_out = isinstance(outcome, TimeoutError)
            yield entry, _gave_up(entry, pack, "timeout" if timed_out else INTERNAL_ERROR), 0.0

    return run


@flow(name="review-batch", flow_run_name=current_run_name, log_prints=False)
def review_batch(
    input_dir: str,
    out_dir: str,
    rules: str = DEFAULT_PACK,
    overrides_path: str | None = None,
    cache_dir: str | None = None,
    office: str | None = None,
) -> dict[str, Any] | State:
    """Review every input under ``input_dir`` into ``out_dir``; files unchanged since the last run come from the cache.

    The output folder is locked for the run (``OutputUnavailable`` when another run holds it). ``office`` names
    the reviewing office for this run's 审查意见 in place of the pack's. Returns the run's record, or a Failed
    state holding it when some input could not be read (``batch_record`` reads either).
    """
    pack = with_office(load_rulepack(rules), office)
    keep_project_messages()  # a served run starts in a fresh process: its log should still say what it did
    catch_stop_signals()  # on top of Prefect's own handler, which this flow run has just installed
    with claim_output(Path(out_dir)):  # the nightly runs start here, not through the CLI
        record = run_batch(
            Path(input_dir),
            Path(out_dir),
            pack,
            profile_as_tasks(rules, pack),
            Path(overrides_path) if overrides_path else None,
            Path(cache_dir) if cache_dir else None,
            publish_batch(Path(out_dir).resolve()),
        )
    if record["unread"]:
        return Failed(message=unread_message(record, Path(out_dir).resolve()), data=record)
    return record


def batch_record(state: State) -> dict[str, Any]:
    """The run's record from the flow run's final state; a fault that stopped the batch is raised again."""
    outcome = state.result(raise_on_failure=False)
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def run_review(
    input_dir: Path,
    out_dir: Path,
    rules: str = DEFAULT_PACK,
    overrides_path: Path | None = None,
    cache_dir: Path | None = None,
    runner: RunnerChoice | None = None,
    office: str | None = None,
) -> dict[str, Any]:
    """Run the flow on the chosen task runner; returns the run's record (its ``exit_status`` is the CLI's)."""
    task_runner = make_task_runner(runner or RunnerChoice(), work_dir(out_dir) / "dask")
    state = review_batch.with_options(task_runner=task_runner)(
        input_dir=str(input_dir),
        out_dir=str(out_dir),
        rules=str(rules),
        overrides_path=str(overrides_path) if overrides_path else None,
        cache_dir=str(cache_dir) if cache_dir else None,
        office=office,
        return_state=True,
    )
    return batch_record(state)

