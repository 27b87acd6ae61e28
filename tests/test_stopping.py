"""A run stopped by SIGTERM or Ctrl-C ends within seconds with everything it started; a run killed outright
leaves nothing behind once the next run has finished."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from flows.planner import review_folder
from pipeline.rulepack import load_rulepack
from tests.flow_plans import REPO, write_plan

SCAN = REPO / "sample_submissions" / "萧山区" / "浙江省新型储能系统创新联合体实施方案.pdf"  # OCR keeps a run busy


def _folder(root: Path) -> Path:
    write_plan(root / "余杭区" / "方案1.docx", 1)
    (root / "萧山区").mkdir(parents=True)
    shutil.copy(SCAN, root / "萧山区" / "扫描件.pdf")
    return root


def _start(inp: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(inp), "--out", str(out)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.1)


def _reading(run: subprocess.Popen) -> bool:
    children = psutil.Process(run.pid).children(recursive=True)
    return any("pipeline.isolation" in " ".join(c.cmdline()) for c in children if c.is_running())


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.relative_to(folder).parts[0].startswith(".")}


def _gone(processes: list[psutil.Process]) -> list[psutil.Process]:
    return [p for p in processes if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


@pytest.fixture
def previous(tmp_path) -> tuple[Path, Path, dict[str, bytes]]:
    inp, out = _folder(tmp_path / "in"), tmp_path / "out"
    (inp / "萧山区" / "扫描件.pdf").rename(tmp_path / "扫描件.pdf")  # a quick first run, without the scan
    assert review_folder(inp, out, load_rulepack()) == 0
    (tmp_path / "扫描件.pdf").rename(inp / "萧山区" / "扫描件.pdf")
    return inp, out, _tree(out)


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_signal_ends_the_run_and_all_it_started_within_seconds(previous, signum, status):
    inp, out, before = previous
    run = _start(inp, out)
    try:
        _wait_for(lambda: _reading(run))
        started = psutil.Process(run.pid).children(recursive=True)
        sent = time.monotonic()
        run.send_signal(signum)
        _, stderr = run.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == status, stderr[-2000:]
    assert took < 5, took
    assert "Traceback" not in stderr and "Crash detected" not in stderr
    assert "已停止" in stderr.strip().splitlines()[-1]
    _wait_for(lambda: not _gone(started), 5)
    assert _tree(out) == before  # the last complete outputs are still there


@pytest.mark.slow
def test_sigterm_eight_seconds_into_a_run_exits_within_ten(previous):
    inp, out, before = previous
    run = _start(inp, out)
    try:
        time.sleep(8)
        sent = time.monotonic()
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 143 and took < 10, (run.returncode, took)
    assert "Traceback" not in stderr
    assert _tree(out) == before


def _catches_sigterm(run: subprocess.Popen) -> bool:
    """Whether the process has a handler of its own for SIGTERM yet (the caught-signals mask in /proc)."""
    status = Path(f"/proc/{run.pid}/status").read_text()
    caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), 16)
    return bool(caught & (1 << (signal.SIGTERM - 1)))


@pytest.mark.slow
def test_a_stop_while_the_command_is_still_starting_ends_it_at_once_and_cleanly(previous):
    inp, out, before = previous
    run = _start(inp, out)
    try:
        _wait_for(lambda: _catches_sigterm(run), 30)
        run.send_signal(signal.SIGTERM)  # the imports and Prefect's start-up are still ahead
        _, stderr = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 143, stderr[-2000:]
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("已停止（收到 SIGTERM）")
    assert _tree(out) == before


@pytest.mark.slow
def test_after_a_run_is_killed_the_next_run_leaves_none_of_its_processes(previous):
    inp, out, _ = previous
    run = _start(inp, out)
    try:
        _wait_for(lambda: _reading(run))
        started = psutil.Process(run.pid).children(recursive=True)
        assert any("prefect.server" in " ".join(p.cmdline()) for p in started)  # its temporary server
        run.send_signal(signal.SIGKILL)
        run.wait()
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    (inp / "萧山区" / "扫描件.pdf").unlink()  # the second run is a quick, complete one
    again = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inp), "--out", str(out)], cwd=REPO,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    _wait_for(lambda: not _gone(started), 10)


def _web_page_saved_as_doc(path: Path, rows: int = 12000) -> Path:
    """A plan saved from Word as a web page under a .doc name: LibreOffice converts its long table for a minute."""
    cells = "".join(f"<tr><td>{n}</td><td>杭州余杭第{n}号智算科技有限公司</td><td>企业</td><td>配套任务{n}</td></tr>"
                    for n in range(1, rows + 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<html><body><h1>浙江省智能计算创新联合体实施方案</h1><table>{cells}</table></body></html>", "utf-8")
    return path


def _office_profile(run: subprocess.Popen) -> str | None:
    """The LibreOffice profile of the conversion the run has under way (unique to it), once soffice.bin is up."""
    for child in psutil.Process(run.pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            found = [a for a in child.cmdline() if a.startswith("-env:UserInstallation=")]
            if found and child.name() == "soffice.bin":
                return found[0]
    return None


def _office_left(profile: str) -> list[psutil.Process]:
    """LibreOffice processes of that conversion still alive, wherever they were reparented to."""
    left = []
    for process in psutil.process_iter():
        with contextlib.suppress(psutil.Error):
            if profile in process.cmdline() and process.status() != psutil.STATUS_ZOMBIE:
                left.append(process)
    return left


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGKILL, -signal.SIGKILL)])
def test_a_stopped_or_killed_run_ends_the_libreoffice_conversion_it_had_under_way(tmp_path, signum, status):
    inp = tmp_path / "in"
    write_plan(inp / "余杭区" / "方案1.docx", 1)
    _web_page_saved_as_doc(inp / "萧山区" / "网页另存的实施方案.doc")
    run = _start(inp, tmp_path / "out")
    profile, deadline = None, time.monotonic() + 120
    try:
        while (profile := _office_profile(run)) is None:
            assert time.monotonic() < deadline and run.poll() is None, "LibreOffice never started"
            time.sleep(0.1)
        run.send_signal(signum)
        assert run.wait(timeout=30) == status
        _wait_for(lambda: not _office_left(profile), 10)  # not minutes later, when soffice.bin would have finished
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)  # and the temporary server a killed run leaves to the next one
        for process in _office_left(profile) if profile else []:
            process.kill()


def _temporary_server(run: subprocess.Popen) -> psutil.Process | None:
    for child in psutil.Process(run.pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "prefect.server" in " ".join(child.cmdline()):
                return child
    return None


@pytest.mark.slow
def test_a_run_killed_while_its_temporary_server_starts_leaves_no_server_after_the_next_run(previous):
    inp, out, _ = previous
    run = _start(inp, out)
    try:
        _wait_for(lambda: _temporary_server(run) is not None)
        server = _temporary_server(run)
        run.send_signal(signal.SIGKILL)  # the flow has not started: the run knows nothing of its server yet
        run.wait()
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    (inp / "萧山区" / "扫描件.pdf").unlink()  # the second run is a quick, complete one
    again = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inp), "--out", str(out)], cwd=REPO,
                           capture_output=True, text=True, timeout=300)
    try:
        assert again.returncode == 0, again.stderr[-2000:]
        _wait_for(lambda: not _gone([server]), 10)
    finally:
        for left in _gone([server]):
            left.kill()
