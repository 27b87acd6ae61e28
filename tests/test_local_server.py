"""``run`` records its flow run on a Prefect server already running here instead of starting a temporary one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.nightly import LOCAL_URL_VARIABLE
from tests.flow_plans import REPO
from tests.prefect_server import api_call, prefect_server
from tests.review_samples import PlanText, write_plan


@pytest.mark.slow
def test_run_is_recorded_on_the_local_server(tmp_path: Path) -> None:
    write_plan(tmp_path / "in" / "西湖区" / "方案.docx",
               PlanText(name="浙江省西湖生物创新联合体", lead="杭州西湖生物科技有限公司", district_line="推荐单位：西湖区科技局"))
    out = tmp_path / "out"
    with prefect_server(tmp_path / "server") as api:
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        done = subprocess.run(
            [sys.executable, "-m", "flows.cli", "run", str(tmp_path / "in"), "--out", str(out)],
            cwd=REPO, env={**env, LOCAL_URL_VARIABLE: api}, capture_output=True, text=True, timeout=300,
        )
        runs = api_call(api, "flow_runs/filter", {"flows": {"name": {"any_": ["review-batch"]}}})
    assert done.returncode == 0, done.stderr
    assert [(r["state_type"], r["parameters"]["out_dir"]) for r in runs] == [("COMPLETED", str(out))]
