"""deploy/: the systemd units run this project's own binaries and restart on failure; the failure alert arrives."""

from __future__ import annotations

import configparser
import json
import os
import queue
import shlex
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from flows.cli import build_parser
from tests.flow_plans import REPO, write_plan
from tests.prefect_server import prefect_server

DEPLOY = REPO / "deploy"
SERVER, NIGHTLY = "consortium-review-prefect.service", "consortium-review-nightly.service"
VENV_BIN = "/opt/consortium-review/.venv/bin"  # the documented placeholder for the install's virtualenv
BLOCK_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"


def _unit(name: str) -> configparser.ConfigParser:
    unit = configparser.ConfigParser(interpolation=None)  # strict: a key given twice would be an error
    unit.optionxform = str  # systemd keys are case-sensitive
    unit.read_string((DEPLOY / name).read_text("utf-8"))
    return unit


def _command(unit: configparser.ConfigParser) -> list[str]:
    return shlex.split(unit["Service"]["ExecStart"])


def _environment(unit: configparser.ConfigParser) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in shlex.split(unit["Service"]["Environment"]))


def test_units_run_the_venvs_binaries_and_restart_on_failure() -> None:
    for name, binary in ((SERVER, "prefect"), (NIGHTLY, "consortium-review")):
        unit = _unit(name)
        assert _command(unit)[0] == f"{VENV_BIN}/{binary}"
        assert (Path(sys.executable).parent / binary).is_file()  # the virtualenv really provides that binary
        assert unit["Service"]["Restart"] == "on-failure"
        assert _environment(unit)["PREFECT_HOME"].startswith("/var/lib/consortium-review/")


def test_nightly_unit_serves_at_two_beijing_time_against_the_units_server() -> None:
    server, nightly = _unit(SERVER), _unit(NIGHTLY)
    assert nightly["Unit"]["Requires"] == SERVER and nightly["Unit"]["After"] == SERVER
    start = _command(server)
    assert start[1:3] == ["server", "start"]
    host, port = start[start.index("--host") + 1], start[start.index("--port") + 1]
    api = _environment(nightly)["PREFECT_API_URL"]
    assert api == f"http://{host}:{port}/api"
    assert shlex.split(server["Service"]["ExecStartPost"])[-1] == f"{api}/health"  # started = answering
    args = build_parser().parse_args(_command(nightly)[1:])  # the command line is one `serve` accepts
    assert (args.verb, args.cron, args.timezone) == ("serve", "0 2 * * *", "Asia/Shanghai")


class _Hook(BaseHTTPRequestHandler):
    """A group robot's webhook: keeps each message it is sent."""

    received: queue.Queue = queue.Queue()

    def do_POST(self) -> None:
        self.received.put(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.slow
def test_a_failed_review_run_is_announced_to_the_webhook(tmp_path: Path) -> None:
    """The README's steps: save the alert block, create the automation from the file, then a run fails."""
    write_plan(tmp_path / "in" / "方案1.docx", 1)
    bad = tmp_path / "overrides.yaml"
    bad.write_text("方案1.docx:\n  org.council:\n    status: 通过\n", "utf-8")  # edited badly after serve started
    hook = HTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        with prefect_server(tmp_path / "server") as api:
            env = {**os.environ, "PREFECT_API_URL": api, "PREFECT_HOME": str(tmp_path / "client")}
            robot = f"http://127.0.0.1:{hook.server_port}/robot/send"
            saved = subprocess.run([sys.executable, str(DEPLOY / "alert_block.py"), robot],
                                   cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
            assert saved.returncode == 0, saved.stderr
            automation = tmp_path / "notify-on-failure.yaml"
            text = (DEPLOY / "notify-on-failure.yaml").read_text("utf-8")
            automation.write_text(text.replace(BLOCK_PLACEHOLDER, saved.stdout.split()[-1]), "utf-8")
            created = subprocess.run([str(Path(sys.executable).parent / "prefect"), "automation", "create",
                                      "-f", str(automation)], env=env, capture_output=True, text=True, timeout=120)
            assert created.returncode == 0, created.stdout + created.stderr
            failed = subprocess.run([sys.executable, "-c", _FAILING_RUN, str(tmp_path / "in"),
                                     str(tmp_path / "out"), str(bad)],
                                    cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
            assert failed.returncode != 0
            message = _Hook.received.get(timeout=60)
    finally:
        hook.shutdown()
    content = message["text"]["content"]
    assert content.startswith("审查运行失败：") and "结束于 Failed" in content and "第 3 行" in content, content


# The nightly flow itself, run as the served deployment runs it, meeting an overrides file it cannot use.
_FAILING_RUN = """
import sys
from pathlib import Path
from flows.review import run_review
run_review(Path(sys.argv[1]), Path(sys.argv[2]), overrides_path=Path(sys.argv[3]))
"""
