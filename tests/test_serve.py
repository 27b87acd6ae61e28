"""The nightly deployment: refused without a server or with an unknown time zone; served, in its zone, on a real one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.flow_plans import REPO, make_folder, validate
from tests.prefect_server import api_call, free_port, prefect_server, stop

DEPLOYMENT = "review-batch/nightly"


def _serve(args: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen | subprocess.CompletedProcess:
    command = [sys.executable, "-m", "flows.cli", "serve", *args]
    if kwargs.pop("wait", False):
        return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    return subprocess.Popen(command, cwd=REPO, env=env, start_new_session=True, **kwargs)


def test_serve_without_a_server_explains_how_to_start_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    (tmp_path / "in").mkdir()
    unset = _serve([str(tmp_path / "in"), "--out", str(tmp_path / "out")], env, wait=True)
    env["PREFECT_API_URL"] = f"http://127.0.0.1:{free_port()}/api"
    unreachable = _serve([str(tmp_path / "in"), "--out", str(tmp_path / "out")], env, wait=True)

    for done in (unset, unreachable):
        assert done.returncode == 2
        assert "prefect server start" in done.stderr and "PREFECT_API_URL=http://127.0.0.1:4200/api" in done.stderr
        assert "PREFECT_API_DATABASE_CONNECTION_URL" in done.stderr


def test_serve_help_offers_the_time_zone() -> None:
    done = subprocess.run([sys.executable, "-m", "flows.cli", "serve", "--help"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "--timezone" in done.stdout and "时区" in done.stdout and "Asia/Shanghai" in done.stdout


def test_unknown_time_zone_is_refused_before_prefect_starts(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    done = _serve([str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--timezone", "Asia/Hangzhou"],
                  dict(os.environ), wait=True)
    assert done.returncode == 2
    assert "时区 'Asia/Hangzhou' 无效" in done.stderr and "Asia/Shanghai" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.slow
def test_served_deployment_runs_the_batch_on_a_real_server(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 2)
    out = tmp_path / "out"
    with prefect_server(tmp_path / "prefect") as api:
        env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api}
        env.pop("PREFECT_SERVER_EPHEMERAL_ENABLED", None)
        log = (tmp_path / "serve.log").open("w")
        serving = _serve([str(tmp_path / "in"), "--out", str(out), "--cron", "0 2 * * *"], env, stdout=log, stderr=log)
        try:
            run = subprocess.run(
                [sys.executable, "-c", _TRIGGER, DEPLOYMENT],
                cwd=REPO, env=env, capture_output=True, text=True, timeout=400,
            )
            assert run.stdout.strip().endswith("COMPLETED"), run.stdout + run.stderr + (tmp_path / "serve.log").read_text()
            schedules = [s["schedule"] for s in api_call(api, f"deployments/name/{DEPLOYMENT}")["schedules"]]
        finally:
            stop(serving)
    assert [(s["cron"], s["timezone"]) for s in schedules] == [("0 2 * * *", "Asia/Shanghai")]  # the default zone
    checked = validate(out)
    assert checked.returncode == 0, checked.stdout


# Waits for the served deployment to be registered, then runs it once and prints its final state.
_TRIGGER = """
import sys, time
from prefect.deployments import run_deployment
from prefect.exceptions import ObjectNotFound
deadline = time.monotonic() + 120
while True:
    try:
        run = run_deployment(sys.argv[1], timeout=300)
        break
    except ObjectNotFound:
        if time.monotonic() > deadline:
            raise
        time.sleep(2)
print(run.state.type.value)
"""
