"""``consortium-review run`` and ``serve`` on Prefect: usage checks first, then the lean settings, then Prefect.

Bad usage is reported (exit 2) before Prefect is imported, so a typo costs a
moment, not the several seconds a Prefect start-up takes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from flows.nightly import cron_problem, serve_nightly, server_problem
from flows.progress import show_progress
from flows.settings import use_lean_settings
from pipeline.batch import EXIT_USAGE, usage_problem
from pipeline.lock import OutputUnavailable, claim_output
from pipeline.overrides import OverridesError
from pipeline.rulepack import RulePackError, load_rulepack


def _problem(input_dir: Path, overrides_path: Path | None, rules: str) -> str | None:
    problem = usage_problem(input_dir, overrides_path)
    try:
        load_rulepack(rules)
    except RulePackError as exc:
        problem = problem or str(exc)
    return problem


def _refuse(problem: str) -> int:
    print(f"错误：{problem}", file=sys.stderr)
    return EXIT_USAGE


def run_command(
    input_dir: Path,
    out_dir: Path,
    rules: str,
    overrides_path: Path | None,
    cache_dir: Path | None,
    runner: str = "thread",
    dask_address: str | None = None,
    dask_workers: int | None = None,
) -> int:
    """Review the folder through the ``review_batch`` flow; exit 0 all read, 1 some failed, 2 bad usage."""
    use_lean_settings(out_dir)
    from flows.runners import RunnerChoice

    choice = RunnerChoice(runner, dask_address, dask_workers)
    problem = _problem(input_dir, overrides_path, rules) or choice.problem()
    if problem:
        return _refuse(problem)
    try:
        with claim_output(out_dir):  # before Prefect starts: a busy or read-only folder is refused at once
            show_progress()
            from flows.review import run_review

            return run_review(input_dir, out_dir, rules, overrides_path, cache_dir, choice)
    except (OverridesError, OutputUnavailable) as exc:
        return _refuse(str(exc))


def serve_command(
    input_dir: Path, out_dir: Path, cron: str, rules: str, overrides_path: Path | None, cache_dir: Path | None
) -> int:
    """Serve the nightly deployment until interrupted; exit 2 at once when there is no server to serve it."""
    problem = _problem(input_dir, overrides_path, rules) or server_problem(os.environ.get("PREFECT_API_URL"))
    if problem:
        return _refuse(problem)
    use_lean_settings(out_dir)
    problem = cron_problem(cron)
    if problem:
        return _refuse(problem)
    show_progress()
    print(f"已登记定时复审（{cron}），等待触发；按 Ctrl+C 停止。", file=sys.stderr)
    serve_nightly(input_dir, out_dir, cron, rules, overrides_path, cache_dir)
    return 0
