"""A real ``prefect server start`` on a free port for the tests that need one, and a little of its REST API."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SERVER_READY_SECONDS = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """End the process group the test started (the server or ``serve`` and their children)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@contextmanager
def prefect_server(home: Path) -> Iterator[str]:
    """Start a server with its database under ``home``; yields its API address once it answers."""
    api = f"http://127.0.0.1:{free_port()}/api"
    port = api.split(":")[2].split("/")[0]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_SERVER_SERVICES_")}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", port],
        env={**env, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
             "PREFECT_SERVER_UI_ENABLED": "false"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + SERVER_READY_SECONDS
        while not healthy(api):
            assert server.poll() is None and time.monotonic() < deadline, "Prefect server did not become healthy"
            time.sleep(1)
        yield api
    finally:
        stop(server)


def api_call(api: str, path: str, body: dict[str, Any] | None = None) -> Any:
    """GET ``path`` (or POST ``body`` to it) on the server's REST API; returns the decoded JSON."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{api}/{path}", data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as reply:
        return json.loads(reply.read())
