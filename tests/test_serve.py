"""The nightly deployment: refused without a server, and served and run against a real one."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.flow_plans import REPO, make_folder, validate

SERVER_READY_SECONDS = 90
DEPLOYMENT = "review-batch/nightly"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(args: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen | subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pipeline.cli", "serve", *args]
    if kwargs.pop("wait", False):
        return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    return subprocess.Popen(command, cwd=REPO, env=env, start_new_session=True, **kwargs)


def _healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def test_serve_without_a_server_explains_how_to_start_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    (tmp_path / "in").mkdir()
    unset = _serve([str(tmp_path / "in"), "--out", str(tmp_path / "out")], env, wait=True)
    env["PREFECT_API_URL"] = f"http://127.0.0.1:{_free_port()}/api"
    unreachable = _serve([str(tmp_path / "in"), "--out", str(tmp_path / "out")], env, wait=True)

    for done in (unset, unreachable):
        assert done.returncode == 2
        assert "prefect server start" in done.stderr and "PREFECT_API_URL=http://127.0.0.1:4200/api" in done.stderr
        assert "PREFECT_API_DATABASE_CONNECTION_URL" in done.stderr


@pytest.mark.slow
def test_served_deployment_runs_the_batch_on_a_real_server(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 2)
    out = tmp_path / "out"
    api = f"http://127.0.0.1:{_free_port()}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api}
    env.pop("PREFECT_SERVER_EPHEMERAL_ENABLED", None)
    port = api.split(":")[2].split("/")[0]
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", port],
        env={**env, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_SERVER_UI_ENABLED": "false"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    serving = None
    try:
        deadline = time.monotonic() + SERVER_READY_SECONDS
        while not _healthy(api):
            assert server.poll() is None and time.monotonic() < deadline, "Prefect server did not become healthy"
            time.sleep(1)
        log = (tmp_path / "serve.log").open("w")
        serving = _serve([str(tmp_path / "in"), "--out", str(out), "--cron", "0 2 * * *"], env, stdout=log, stderr=log)
        run = subprocess.run(
            [sys.executable, "-c", _TRIGGER, DEPLOYMENT],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=400,
        )
        assert run.stdout.strip().endswith("COMPLETED"), run.stdout + run.stderr + (tmp_path / "serve.log").read_text()
        checked = validate(out)
        assert checked.returncode == 0, checked.stdout
    finally:
        if serving is not None:
            _stop(serving)
        _stop(server)


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
