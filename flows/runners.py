"""Where the per-plan tasks run: a thread pool by default, Dask when a batch is big enough to spread out.

Threads cost about 3 ms per task and share the process's loaded models, so
they suit ordinary text plans. A Dask task costs about 114 ms but runs in its
own process, which pays off for OCR and big PDFs (seconds per plan) or when
another machine can help (``--dask-address``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flows.settings import use_lean_settings
from pipeline.wording import say

use_lean_settings()

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner  # noqa: E402

RUNNERS = ("thread", "dask")


@dataclass(frozen=True)
class RunnerChoice:
    """The user's choice from the command line, kept as plain data so it can be checked before Prefect starts."""

    kind: str = "thread"
    dask_address: str | None = None
    dask_workers: int | None = None

    def problem(self) -> str | None:
        """A Chinese message when the options do not fit together, else None."""
        if self.kind not in RUNNERS:
            return say("run.runner.unknown", runners=say("run.runner.or").join(RUNNERS))
        if self.kind != "dask" and (self.dask_address or self.dask_workers):
            return say("run.runner.dask_only")
        if self.dask_address and self.dask_workers:
            return say("run.runner.address_or_workers")
        if self.dask_workers is not None and self.dask_workers < 1:
            return say("run.runner.workers_at_least_one")
        return None


def make_task_runner(choice: RunnerChoice, scratch_dir: Path) -> TaskRunner:
    """The Prefect task runner for ``choice``; Dask's scratch space goes under ``scratch_dir``."""
    if choice.kind == "thread":
        return ThreadPoolTaskRunner(max_workers=os.cpu_count() or 1)
    from prefect_dask import DaskTaskRunner

    if choice.dask_address:
        return DaskTaskRunner(address=choice.dask_address)
    scratch_dir.mkdir(parents=True, exist_ok=True)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": choice.dask_workers or os.cpu_count() or 1,
            "threads_per_worker": 1,
            "processes": True,
            "local_directory": str(scratch_dir),
            "dashboard_address": None,
        },
    )
