"""The nightly re-review: a deployment of ``review_batch`` with a cron schedule, served from this process.

Prefect's temporary server registers a schedule but never triggers it, so
``serve`` insists on a real server (``PREFECT_API_URL``) and explains how to
start one instead of waiting silently for a run that will never come. The
same health check lets ``run`` use a server already running on this machine
rather than start a temporary one (about 8 s) for every batch.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
import zoneinfo
from pathlib import Path

from flows.settings import REPO_ROOT, use_lean_settings
from pipeline.wording import say

DEPLOYMENT_NAME = "nightly"
HEALTH_TIMEOUT_SECONDS = 5
PROBE_TIMEOUT_SECONDS = 0.3  # a local server answers in milliseconds; a run must not wait on one that is absent
DEFAULT_API_URL = "http://127.0.0.1:4200/api"
LOCAL_URL_VARIABLE = "CONSORTIUM_LOCAL_PREFECT_URL"  # where ``run`` looks for a local server, if not the default

NEEDS_SERVER = say("run.needs_server", api_url=DEFAULT_API_URL)


def is_healthy(api_url: str, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    """Whether a Prefect server's health check at ``api_url`` answers 200 within ``timeout`` seconds."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as reply:
            return reply.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def server_problem(api_url: str | None) -> str | None:
    """A Chinese message when no Prefect server answers at ``api_url``; None when it is healthy."""
    if not api_url:
        return say("run.no_api_url") + "\n" + NEEDS_SERVER
    if is_healthy(api_url):
        return None
    return say("run.no_server", api_url=api_url) + "\n" + NEEDS_SERVER


def use_local_server() -> None:
    """Point Prefect at the server running on this machine, if one answers at once; else leave the temporary one.

    Must run before Prefect is imported. An exported ``PREFECT_API_URL`` is the
    user's choice and is left alone; ``CONSORTIUM_LOCAL_PREFECT_URL`` moves the
    address probed from the default ``http://127.0.0.1:4200/api``.
    """
    if os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules:
        return
    url = os.environ.get(LOCAL_URL_VARIABLE) or DEFAULT_API_URL
    if is_healthy(url, PROBE_TIMEOUT_SECONDS):
        os.environ["PREFECT_API_URL"] = url


def timezone_problem(timezone: str) -> str | None:
    """A Chinese message when ``timezone`` is not an IANA zone name (the names Prefect's schedules accept)."""
    if timezone in zoneinfo.available_timezones():
        return None
    return say("run.bad_timezone", timezone=repr(timezone))


def cron_problem(cron: str) -> str | None:
    """A Chinese message when ``cron`` is not a valid five-field cron expression."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError:
        return say("run.bad_cron", cron=repr(cron))
    return None


def serve_nightly(
    input_dir: Path,
    out_dir: Path,
    cron: str,
    timezone: str,
    rules: str,
    overrides_path: Path | None = None,
    cache_dir: Path | None = None,
    name: str = DEPLOYMENT_NAME,
) -> None:
    """Register the deployment with its cron schedule (read in ``timezone``) and run its flow runs until interrupted."""
    use_lean_settings(out_dir)
    if (REPO_ROOT / "flows").is_dir():  # a source checkout: let the flow-run subprocesses import the packages
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from flows.review import review_batch

    review_batch.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={
            "input_dir": str(input_dir.resolve()),
            "out_dir": str(out_dir.resolve()),
            "rules": rules,
            "overrides_path": str(overrides_path.resolve()) if overrides_path else None,
            "cache_dir": str(cache_dir.resolve()) if cache_dir else None,
        },
        limit=1,  # one batch at a time: a slow night must not overlap the next
        entrypoint_type=EntrypointType.MODULE_PATH,
        print_starting_message=False,
    )
