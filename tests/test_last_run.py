"""``make demo``'s closing lines come from the run's own record: the expected bad samples apart from a file that
failed because of this machine (no LibreOffice), each with its reason."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.planner import review_folder
from pipeline.isolation import end_idle_readers
from pipeline.rulepack import load_rulepack
from tests.flow_plans import REPO, write_plan

OLD_DOC = REPO / "sample_submissions" / "滨江区" / "浙江省柔性显示关键材料创新联合体实施方案.doc"


@pytest.fixture
def without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A batch reviewed on a machine where ``soffice`` is not on the PATH; returns its output folder."""
    inp, out = tmp_path / "in", tmp_path / "out"
    write_plan(inp / "余杭区" / "方案1.docx", 1)
    (inp / "_bad").mkdir()
    (inp / "_bad" / "上传中断.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    shutil.copy(OLD_DOC, inp / "滨江区.doc")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-path"))
    end_idle_readers()  # a reader process an earlier test started still has the old PATH
    try:
        assert review_folder(inp, out, load_rulepack()) == 1
    finally:
        end_idle_readers()  # and the one started here has none
    return out


def _last_run(out: Path, *expected: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "flows.last_run", str(out), "--expected", *map(str, expected)]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)


def _write(path: Path, content: dict) -> Path:
    path.write_text(json.dumps(content, ensure_ascii=False), "utf-8")
    return path


def test_a_file_the_machine_could_not_read_is_named_apart_with_its_reason(without_libreoffice: Path, tmp_path: Path):
    bad = _write(tmp_path / "_bad.json", {"_bad/上传中断.docx": "corrupt"})
    packages = _write(tmp_path / "_packages.json", {"packages_without_plan": ["建德市/某联合体"]})

    done = _last_run(without_libreoffice, bad, packages)

    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("已审查方案 1 份；未能读取 2 项")
    expected_at = next(i for i, line in enumerate(lines) if "按设计无法读取" in line)
    other_at = next(i for i, line in enumerate(lines) if "另有 1 项未能读取" in line)
    assert "_bad/上传中断.docx（corrupt）" in lines[expected_at + 1]
    assert "滨江区.doc（converter_missing）" in lines[other_at + 1] and "LibreOffice" in lines[other_at + 1]
    assert lines[-1].startswith("审查结果：") and "index.html" in lines[-1]


def test_only_expected_failures_end_the_demo_well(without_libreoffice: Path, tmp_path: Path):
    known = _write(tmp_path / "known.json", {"_bad/上传中断.docx": "corrupt", "滨江区.doc": "converter_missing"})

    done = _last_run(without_libreoffice, known)

    assert done.returncode == 0, done.stdout
    assert "其中 2 项是样例中按设计无法读取" in done.stdout and "另有" not in done.stdout
