"""A lean Prefect environment, applied before ``prefect`` is first imported.

Prefect reads its settings once, when it is imported. Its defaults send
telemetry, log at INFO, and keep server services busy recording every task
run, which costs 45–75 ms per task on a two-core machine; with those services
off a task costs about 11 ms. Every value here is a default: a variable the
user has already exported wins.

The run's log still reaches the server: Prefect's own chatter stays at
WARNING, and the project's messages (which file was reviewed, which could not
be read and why) are sent to the flow run's log as well as to the console.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

# Server services the temporary (in-process) server does not need for a batch run.
_IDLE_SERVICES = (
    "TASK_RUN_RECORDER",
    "EVENT_PERSISTER",
    "EVENT_LOGGER",
    "TRIGGERS",
    "FOREMAN",
    "LATE_RUNS",
    "SCHEDULER",
    "PAUSE_EXPIRATIONS",
    "CANCELLATION_CLEANUP",
    "REPOSSESSOR",
)

LEAN_SETTINGS: dict[str, str] = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "true",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "flows,pipeline,extractors,checks",  # the project's messages, in the run's log
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",  # before and after the flow they go to the console only
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "DO_NOT_TRACK": "1",
    **{f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false" for name in _IDLE_SERVICES},
}


def work_dir(out_dir: Path | None = None) -> Path:
    """Where Prefect's database and Dask's scratch space live.

    ``<repo>/work`` in a source checkout (``make clean`` removes it), otherwise a
    hidden folder beside the output folder, so nothing lands in the user's home.
    """
    if (REPO_ROOT / "pyproject.toml").is_file() and os.access(REPO_ROOT, os.W_OK):
        return REPO_ROOT / "work"
    base = (out_dir or Path.cwd()).resolve().parent
    return base / ".consortium-review"


def use_lean_settings(out_dir: Path | None = None) -> Path:
    """Set the lean defaults in ``os.environ``; returns the Prefect home in use.

    Must run before ``import prefect``; later changes would be ignored by it.
    """
    if "prefect" in sys.modules:
        return Path(os.environ.get("PREFECT_HOME", "~/.prefect")).expanduser()
    home = work_dir(out_dir) / "prefect"
    os.environ.setdefault("PREFECT_HOME", str(home))
    for name, value in LEAN_SETTINGS.items():
        os.environ.setdefault(name, value)
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    return Path(os.environ["PREFECT_HOME"])
