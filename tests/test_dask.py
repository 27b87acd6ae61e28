"""Scale-out on Dask gives the same reviews as the default thread runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.review import run_review
from flows.runners import RunnerChoice
from tests.flow_plans import make_folder, run_record, validate

pytestmark = pytest.mark.slow  # starts a two-process LocalCluster


def _results(out: Path) -> dict[str, dict]:
    return {p.parent.name: json.loads(p.read_text("utf-8")) for p in (out / "submissions").glob("*/result.json")}


def test_dask_local_cluster_reviews_like_the_thread_runner(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 3)
    threads, dask = tmp_path / "threads", tmp_path / "dask"

    assert run_review(tmp_path / "in", threads)["exit_status"] == 0
    assert run_review(tmp_path / "in", dask, runner=RunnerChoice("dask", dask_workers=2))["exit_status"] == 0

    assert len(run_record(dask)["reprocessed"]) == 3
    assert _results(dask) == _results(threads)
    assert validate(dask).returncode == 0
