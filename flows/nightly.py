"""The nightly re-review: a deployment of ``review_batch`` with a cron schedule, served from this process.

Prefect's temporary server registers a schedule but never triggers it, so
``serve`` insists on a real server (``PREFECT_API_URL``) and explains how to
start one instead of waiting silently for a run that will never come.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from pathlib import Path

from flows.settings import REPO_ROOT, use_lean_settings

DEPLOYMENT_NAME = "nightly"
HEALTH_TIMEOUT_SECONDS = 5
DEFAULT_API_URL = "http://127.0.0.1:4200/api"

NEEDS_SERVER = f"""定时复审需要一个常驻运行的 Prefect 服务器（临时服务器只登记定时计划、不会按时触发）。
请先在另一个终端启动服务器：
  .venv/bin/prefect server start
它默认使用 SQLite 数据库；如需改用 PostgreSQL，请在启动前设置：
  export PREFECT_API_DATABASE_CONNECTION_URL=postgresql+asyncpg://用户名:密码@主机:5432/prefect
服务器就绪后设置服务器地址，再运行本命令：
  export PREFECT_API_URL={DEFAULT_API_URL}"""


def server_problem(api_url: str | None) -> str | None:
    """A Chinese message when no Prefect server answers at ``api_url``; None when it is healthy."""
    if not api_url:
        return "未设置 PREFECT_API_URL。\n" + NEEDS_SERVER
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=HEALTH_TIMEOUT_SECONDS) as reply:
            if reply.status == 200:
                return None
    except (urllib.error.URLError, OSError, ValueError):
        pass
    return f"PREFECT_API_URL={api_url} 处没有可用的 Prefect 服务器。\n" + NEEDS_SERVER


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
    rules: str,
    overrides_path: Path | None = None,
    cache_dir: Path | None = None,
    name: str = DEPLOYMENT_NAME,
) -> None:
    """Register the deployment with its cron schedule and run its scheduled flow runs until interrupted."""
    use_lean_settings(out_dir)
    if (REPO_ROOT / "flows").is_dir():  # a source checkout: let the flow-run subprocesses import the packages
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    from prefect.deployments.runner import EntrypointType

    from flows.review import review_batch

    review_batch.serve(
        name=name,
        cron=cron,
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
