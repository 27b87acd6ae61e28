"""What a clerk sees while a batch runs: a progress bar on a terminal, one plain line per plan otherwise.

A log file or a CI job gets ``[i/n] 已审查 …`` lines it can keep; a person at a
terminal gets a bar that moves as each plan finishes, in whatever order the
plans finish. Log lines go through the same console, so they never tear the bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import Progress, TextColumn

log = logging.getLogger(__name__)
console = Console(stderr=True)
PROJECT_LOGGERS = ("flows", "pipeline")


def show_progress() -> None:
    """The project's own messages at INFO; other libraries (HTTP client, Prefect) only at WARNING."""
    handler = RichHandler(console=console, show_path=False) if console.is_terminal else logging.StreamHandler()
    logging.basicConfig(level=logging.WARNING, format="%(message)s", handlers=[handler])
    for name in PROJECT_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)


@contextmanager
def plan_progress(total: int) -> Iterator[Callable[[str], None]]:
    """Yield ``reviewed(rel_path)``, to be called once per finished plan."""
    if not console.is_terminal or total == 0:
        done = 0

        def line(rel: str) -> None:
            nonlocal done
            done += 1
            log.info("[%d/%d] 已审查 %s", done, total, rel)

        yield line
        return
    with Progress(*Progress.get_default_columns(), TextColumn("{task.fields[file]}"), console=console) as bar:
        task = bar.add_task("审查方案", total=total, file="")
        yield lambda rel: bar.update(task, advance=1, file=rel)
