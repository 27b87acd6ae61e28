"""The README's main command runs through the Prefect flow and writes a folder that honours the contract."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.flow_plans import REPO, make_folder, run_record, summary_rows, validate

pytestmark = pytest.mark.slow  # each run starts Prefect's temporary server (about 10 s)


def _run(*args: str | Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "flows.cli", "run", *map(str, args)]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


def test_run_reviews_the_folder_through_prefect_and_honours_the_contract(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 3)
    out = tmp_path / "out"

    done = _run(tmp_path / "in", "--out", out)

    assert done.returncode == 0, done.stderr
    record = run_record(out)  # written by the flow alone: proof the plans went through it
    assert record["reprocessed"] == ["方案1.docx", "方案2.docx", "方案3.docx"]
    assert set(record["plan_seconds"]) == set(record["reprocessed"])
    lines = [line for line in done.stderr.splitlines() if line.startswith("[")]  # a log, not a terminal: a line per file
    assert [line.split()[0] for line in lines] == ["[1/3]", "[2/3]", "[3/3]"]
    assert sorted(line.split()[-1] for line in lines) == ["方案1.docx", "方案2.docx", "方案3.docx"]
    checked = validate(out)
    assert checked.returncode == 0, checked.stdout
    assert len(summary_rows(out)) == 3


def _run_on_a_terminal(*args: str | Path) -> str:
    """The command with a pseudo-terminal as its stdin, stdout and stderr; returns all it printed."""
    primary, secondary = pty.openpty()
    command = [sys.executable, "-m", "flows.cli", "run", *map(str, args)]
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    process = subprocess.Popen(command, cwd=REPO, stdin=secondary, stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    printed = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed: the command has ended
            break
        if not chunk:
            break
        printed += chunk
    os.close(primary)
    assert process.wait(timeout=300) == 0
    return printed.decode("utf-8", errors="replace")


def test_a_terminal_gets_a_progress_bar_instead_of_lines(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 2)

    printed = _run_on_a_terminal(tmp_path / "in", "--out", tmp_path / "out")

    assert "审查方案" in printed and "100%" in printed
    assert "[1/2]" not in printed and "[2/2]" not in printed
    assert run_record(tmp_path / "out")["reprocessed"] == ["方案1.docx", "方案2.docx"]


def test_a_corrupt_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 2)
    (tmp_path / "in" / "损坏.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    out, cache = tmp_path / "out", tmp_path / "elsewhere"

    done = _run(tmp_path / "in", "--out", out, "--cache", cache)

    assert done.returncode == 1, done.stderr
    plans = {p["file"]: p["status"] for p in json.loads((out / "batch.json").read_text("utf-8"))["plans"]}
    assert plans == {"方案1.docx": "ok", "方案2.docx": "ok", "损坏.docx": "failed"}
    assert validate(out).returncode == 0
    assert len(summary_rows(out)) == 2
    assert any(cache.rglob("*.json")) and not (out / ".cache").exists()


def test_bad_usage_exits_2_with_a_chinese_message_before_prefect_starts(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    make_folder(inp, 1)
    missing = _run(tmp_path / "nowhere", "--out", tmp_path / "out")
    both = _run(inp, "--out", tmp_path / "out", "--runner", "dask", "--dask-address", "tcp://x:1", "--dask-workers", "2")
    stray = _run(inp, "--out", tmp_path / "out", "--dask-workers", "2")

    assert (missing.returncode, both.returncode, stray.returncode) == (2, 2, 2)
    assert "找不到输入文件夹" in missing.stderr
    assert "二选一" in both.stderr
    assert "--runner dask" in stray.stderr
    assert not (tmp_path / "out").exists()
