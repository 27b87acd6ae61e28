"""A batch run is visible in Prefect: named runs, a failed task per unreadable file, a failed run that names them,
the run's log, and a summary and a table artifact — read back from a real server through Prefect's client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from uuid import UUID

import pytest

from flows.run_report import PLANS_KEY, RUN_TIMEZONE, SUMMARY_KEY
from tests.flow_plans import REPO, summary_rows, write_plan
from tests.prefect_server import prefect_server

CORRUPT = "余杭区/损坏.docx"


def _batch(root: Path) -> Path:
    write_plan(root / "余杭区" / "方案1.docx", 1)
    write_plan(root / "西湖区" / "方案2.docx", 2)
    (root / "余杭区" / "损坏.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # an upload cut short
    return root


def _run(inp: Path, out: Path, api: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_API_URL=api, PREFECT_HOME=str(out.parent / "client-home"))
    return subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inp), "--out", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def _read_back(api: str) -> dict:
    """The flow run, its task runs, its log and its artifacts, as the Prefect client reads them."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        LogFilter,
        LogFilterFlowRunId,
        TaskRunFilter,
        TaskRunFilterFlowRunId,
    )
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api}), get_client(sync_client=True) as client:
        runs = client.read_flow_runs()
        run_id: UUID = runs[0].id
        tasks = client.read_task_runs(task_run_filter=TaskRunFilter(flow_run_id=TaskRunFilterFlowRunId(any_=[run_id])))
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id])))
    return {"runs": runs, "tasks": tasks, "logs": logs, "artifacts": {a.key: a for a in artifacts}}


@pytest.mark.slow
def test_a_batch_with_a_corrupt_file_is_visible_in_prefect_and_still_complete(tmp_path: Path) -> None:
    inp, out = _batch(tmp_path / "申报材料"), tmp_path / "out"
    with prefect_server(tmp_path / "server") as api:
        day_before = datetime.now(RUN_TIMEZONE).date().isoformat()
        done = _run(inp, out, api)
        day_after = datetime.now(RUN_TIMEZONE).date().isoformat()
        seen = _read_back(api)

    assert done.returncode == 1, done.stderr  # the contract's status: something could not be read
    [run] = seen["runs"]
    assert run.name in (f"{day_before} 申报材料", f"{day_after} 申报材料")
    assert run.state.is_failed() and CORRUPT in run.state.message and "corrupt" in run.state.message

    states = {t.name: t.state.type.value for t in seen["tasks"]}
    assert states == {"余杭区 · 损坏.docx": "FAILED", "余杭区 · 方案1.docx": "COMPLETED", "西湖区 · 方案2.docx": "COMPLETED"}

    logged = [log.message for log in seen["logs"]]
    assert any("已审查 西湖区/方案2.docx" in m for m in logged), logged
    assert any(CORRUPT in m and "corrupt" in m for m in logged), logged

    summary = seen["artifacts"][SUMMARY_KEY]
    assert summary.type == "markdown"
    assert "| 已审查的方案 | 2 |" in summary.data and "| 未能读取 | 1 |" in summary.data
    assert "余杭区/损坏.docx | corrupt | 文件已损坏或不完整" in summary.data
    assert str(out.resolve() / "index.html") in summary.data

    table = json.loads(seen["artifacts"][PLANS_KEY].data)
    results = {p["file"]: json.loads((out / p["result"]).read_text("utf-8"))
               for p in json.loads((out / "batch.json").read_text("utf-8"))["plans"] if p["status"] == "ok"}
    assert [row["方案"] for row in table] == ["余杭区/方案1.docx", "西湖区/方案2.docx"]
    for row in table:
        assert row["区县"] == results[row["方案"]]["summary_row"]["区县"] and row["区县"]
        assert row["结论"] in ("通过", "不通过", "需人工复核")
        checks = [c["status"] for c in results[row["方案"]]["checks"]]
        assert row["符合"] == checks.count("pass") and row["不符合"] == checks.count("fail")
        assert row["需人工复核"] == checks.count("manual") and sum(v for v in row.values() if isinstance(v, int)) == len(checks)

    # Nothing is lost to the failed state: outputs, the 未能读取 sheet, the run's record and its history.
    assert len(summary_rows(out)) == 2
    import openpyxl

    unread_sheet = openpyxl.load_workbook(out / "汇总表.xlsx")["未能读取"]
    assert any(CORRUPT in str(cell) for row in unread_sheet.iter_rows(values_only=True) for cell in row)
    record = json.loads((out / "run.json").read_text("utf-8"))
    assert record["flow_run"] == {"id": str(run.id), "name": run.name} and record["exit_status"] == 1
    assert json.loads((out / record["history"]).read_text("utf-8")) == record
