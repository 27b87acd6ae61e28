"""What a clerk sees while a batch runs: a progress bar on a terminal, one plain line per plan otherwise.

A log file or a CI job gets ``[i/n] 已审查 …`` lines it can keep; a person at a
terminal gets a bar that moves as each plan finishes, in whatever order the
plans finish. Log lines go through the same console, so they never tear the bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import Progress, TextColumn

from pipeline.wording import say

log = logging.getLogger(__name__)
console = Console(stderr=True)


@dataclass
class Tally:
    """How far the current run's reading has come, for a run that is stopped half-way to say so."""

    done: int = 0
    total: int = 0


reading = Tally()
PROJECT_LOGGERS = ("flows", "pipeline")


class _RunStatesOffConsole(logging.Filter):
    """Keep Prefect's "Finished in state Failed(…)" lines in the run's log, off the clerk's console: the closing
    lines already say, in full, what could not be read."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith(("prefect.flow_runs", "prefect.task_runs"))
                    and str(record.msg).startswith("Finished in state"))


def show_progress() -> None:
    """The project's own messages at INFO; other libraries (HTTP client, Prefect) only at WARNING."""
    handler = RichHandler(console=console, show_path=False) if console.is_terminal else logging.StreamHandler()
    logging.basicConfig(level=logging.WARNING, format="%(message)s", handlers=[handler])
    for shown in logging.getLogger().handlers:
        shown.addFilter(_RunStatesOffConsole())
    keep_project_messages()


def keep_project_messages() -> None:
    """The project's own messages at INFO, wherever the batch runs (a flow run served in its own process too)."""
    for name in PROJECT_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)


@contextmanager
def plan_progress(total: int) -> Iterator[Callable[[str], None]]:
    """Yield ``reviewed(rel_path)``, to be called once per finished file; ``reading`` follows along."""
    reading.done, reading.total = 0, total
    if not console.is_terminal or total == 0:

        def line(rel: str) -> None:
            reading.done += 1
            log.info(say("run.log.reviewed", done=reading.done, total=total, file=rel))

        yield line
        return
    with Progress(*Progress.get_default_columns(), TextColumn("{task.fields[file]}"), console=console) as bar:
        task = bar.add_task(say("run.progress"), total=total, file="")

        def advance(rel: str) -> None:
            reading.done += 1
            bar.update(task, advance=1, file=rel)

        yield advance
