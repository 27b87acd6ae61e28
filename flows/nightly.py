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

DEPLOYMENT_NAME = "nightly"
HEALTH_TIMEOUT_SECONDS = 5
PROBE_TIMEOUT_SECONDS = 0.3  # a local server answers in milliseconds; a run must not wait on one that is absent
DEFAULT_API_URL = "http://127.0.0.1:4200/api"
LOCAL_URL_VARIABLE = "CONSORTIUM_LOCAL_PREFECT_URL"  # where ``run`` looks for a local server, if not the default

NEEDS_SERVER = f"""定时复审需要一个常驻运行的 Prefect 服务器（临时服务器只登记定时计划、不会按时触发）。
请先在另一个终端启动服务器：
  .venv/bin/prefect server start
它默认使用 SQLite 数据库；如需改用 PostgreSQL，请在启动前设置：
  export PREFECT_API_DATABASE_CONNECTION_URL=postgresql+asyncpg://用户名:密码@主机:5432/prefect
服务器就绪后设置服务器地址，再运行本命令：
  export PREFECT_API_URL={DEFAULT_API_URL}"""


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
        return "未设置 PREFECT_API_URL。\n" + NEEDS_SERVER
    if is_healthy(api_url):
        return None
    return f"PREFECT_API_URL={api_url} 处没有可用的 Prefect 服务器。\n" + NEEDS_SERVER


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
    return f"时区 {timezone!r} 无效，应为 IANA 时区名称，例如 Asia/Shanghai（北京时间）或 UTC。"


def cron_problem(cron: str) -> str | None:
    """A Chinese message when ``cron`` is not a valid five-field cron expression."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError:
        return f"定时表达式 {cron!r} 无效，应为 5 段 cron 格式，例如 \"0 2 * * *\"（每天凌晨 2 点）。"
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
