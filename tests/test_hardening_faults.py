"""Faults around a run: killed midway and run again, two runs on one output folder, an unwritable folder."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import psutil
import pytest

from pipeline.lock import LOCK_NAME
from tests.shared_paths import VALIDATE

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "sample_submissions"
PLANS = [
    "余杭区/浙江省脑机接口创新联合体实施方案.docx",
    "余杭区/浙江省精准基因检测创新联合体实施方案.pdf",
    "滨江区/浙江省工业互联网边缘计算创新联合体实施方案.docx",
    "西湖区/浙江省合成生物制造创新联合体实施方案.pdf",
    "萧山区/浙江省深海装备关键材料创新联合体实施方案.docx",
    "钱塘区/浙江省微创介入医疗器械创新联合体实施方案.docx",
]


@pytest.fixture
def input_dir(tmp_path: Path) -> Path:
    for rel in PLANS:
        (tmp_path / "in" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / rel, tmp_path / "in" / rel)
    return tmp_path / "in"


def _command(input_dir: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "flows.cli", "run", str(input_dir), "--out", str(out)]


def _run(input_dir: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(_command(input_dir, out), cwd=ROOT, capture_output=True, text=True, timeout=600)


def _wait_for(condition, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def _readers_of(pid: int) -> list[psutil.Process]:
    children = psutil.Process(pid).children(recursive=True)
    return [c for c in children if "pipeline.isolation" in " ".join(c.cmdline())]


def test_a_run_killed_midway_is_completed_by_the_next_run(input_dir, tmp_path):
    out = tmp_path / "out"
    run = subprocess.Popen(_command(input_dir, out), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: any((out / ".cache").rglob("*.json")))  # some files read, the batch not finished
        readers = _readers_of(run.pid)
        assert readers  # the reads run in child processes, which must not outlive the run
        others = [c for c in psutil.Process(run.pid).children(recursive=True) if c not in readers]
        run.send_signal(signal.SIGKILL)
        run.wait()
    finally:
        run.kill()
    assert not (out / "batch.json").exists()  # killed before the batch outputs: a real mid-batch stop
    assert not (out / "submissions").exists()  # nothing half-written is in place: outputs are swapped in at the end
    assert (out / LOCK_NAME).read_text().strip() == str(run.pid)  # the lock file of the dead run is still there
    _wait_for(lambda: not any(r.is_running() and r.status() != psutil.STATUS_ZOMBIE for r in readers), 10)
    for orphan in others:  # Prefect's helpers are not this test's subject; end them so they do not linger
        if orphan.is_running():
            orphan.kill()

    again = _run(input_dir, out)
    assert again.returncode == 0, again.stderr[-3000:]
    plans = json.loads((out / "batch.json").read_text("utf-8"))["plans"]
    assert sorted(p["file"] for p in plans) == sorted(PLANS)
    rows = list(openpyxl.load_workbook(out / "汇总表.xlsx")["汇总表"].iter_rows(min_row=3, values_only=True))
    assert [row[0] for row in rows] == list(range(1, len(PLANS) + 1))  # 序号 is a number, as 附件4 numbers it
    assert len({row[1] for row in rows}) == len(PLANS)
    assert sorted(p.name for p in (out / "submissions").iterdir()) == sorted(p["id"] for p in plans)
    assert not list(out.rglob(".*.tmp"))
    checked = subprocess.run([sys.executable, str(VALIDATE), str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_second_run_on_the_same_output_folder_is_refused_with_status_2(input_dir, tmp_path):
    out = tmp_path / "out"
    first = subprocess.Popen(_command(input_dir, out), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    try:
        _wait_for(lambda: (out / LOCK_NAME).is_file() and (out / LOCK_NAME).read_text().strip() == str(first.pid))
        second = _run(input_dir, out)
        assert second.returncode == 2
        assert f"另一个审查任务（进程号 {first.pid}）正在写入输出文件夹" in second.stderr
        assert first.wait(timeout=600) == 0, first.stderr.read()[-3000:]
    finally:
        first.kill()
    assert len(json.loads((out / "batch.json").read_text("utf-8"))["plans"]) == len(PLANS)
    assert _run(input_dir, out).returncode == 0  # the lock went with the run that held it


def test_an_output_folder_that_cannot_be_created_gives_a_chinese_message_and_status_2(input_dir, tmp_path):
    blocker = tmp_path / "报表.xlsx"
    blocker.write_bytes(b"a regular file where a folder would have to be")
    done = _run(input_dir, blocker / "out")
    assert done.returncode == 2
    assert "无法写入输出文件夹" in done.stderr and "是文件而不是文件夹" in done.stderr
    assert "Traceback" not in done.stderr

