"""Input-folder faults a clerk makes: the output folder inside the input, an empty or missing input, two files
whose names collide once decoded, a run killed half-way, a reviewer decision for a file that is gone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from flows.planner import review_folder
from pipeline.rulepack import load_rulepack
from tests.flow_plans import write_plan

ROOT = Path(__file__).resolve().parents[1]
SCAN = ROOT / "sample_submissions" / "萧山区" / "浙江省新型储能系统创新联合体实施方案.pdf"  # minutes of OCR


def _cli(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", "run", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("where", ["same", "inside", "containing"])
def test_an_output_folder_overlapping_the_input_is_refused_and_nothing_is_touched(tmp_path, where):
    inp = tmp_path / "申报材料"
    write_plan(inp / "余杭区" / "方案.docx", 1)
    out = {"same": inp, "inside": inp / "审查结果", "containing": tmp_path}[where]
    before = _tree(tmp_path)
    done = _cli(str(inp), "--out", str(out))
    assert done.returncode == 2
    assert "输出文件夹" in done.stderr and "Traceback" not in done.stderr
    assert _tree(tmp_path) == before
    assert not (inp / "审查结果").exists()


def test_an_empty_or_missing_input_is_refused_and_the_last_outputs_stay(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    write_plan(inp / "方案.docx", 1)
    assert review_folder(inp, out, load_rulepack()) == 0
    before = _tree(out)
    (inp / "方案.docx").unlink()
    done = _cli(str(inp), "--out", str(out))
    assert done.returncode == 2 and "没有任何文件" in done.stderr
    missing = _cli(str(tmp_path / "不存在"), "--out", str(out))
    assert missing.returncode == 2 and "找不到输入文件夹" in missing.stderr
    assert _tree(out) == before


def test_two_files_whose_names_collide_once_decoded_are_both_reviewed(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    write_plan(inp / "余杭区" / "实施方案.docx", 1)
    raw_folder = os.fsencode(inp / "余杭区")
    write_plan(Path(os.fsdecode(raw_folder + b"/" + "实施方案.docx".encode("gbk"))), 2)  # as unzipped from Windows
    assert review_folder(inp, out, load_rulepack()) == 0
    plans = json.loads((out / "batch.json").read_text("utf-8"))["plans"]
    assert len(plans) == 2
    assert len({p["file"] for p in plans}) == 2 and len({p["result"] for p in plans}) == 2
    names = {json.loads((out / p["result"]).read_text("utf-8"))["extracted"]["lead_unit"]["value"] for p in plans}
    assert len(names) == 2


@pytest.mark.slow
def test_a_run_killed_half_way_leaves_the_last_complete_outputs(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    write_plan(inp / "方案1.docx", 1)
    assert review_folder(inp, out, load_rulepack()) == 0
    before = _tree(out)
    write_plan(inp / "方案2.docx", 2)
    (inp / "扫描件").mkdir()
    (inp / "扫描件" / "方案.pdf").write_bytes(SCAN.read_bytes())
    code = ("import sys; from pathlib import Path; from flows.planner import review_folder; "
            "from pipeline.rulepack import load_rulepack; review_folder(Path(sys.argv[1]), Path(sys.argv[2]), load_rulepack())")
    run = subprocess.Popen([sys.executable, "-c", code, str(inp), str(out)], cwd=ROOT, start_new_session=True)
    time.sleep(8)  # the scan is still being read
    assert run.poll() is None
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    now = _tree(out)
    assert {k: v for k, v in now.items() if not k.startswith(".")} == {k: v for k, v in before.items() if not k.startswith(".")}
    (inp / "扫描件" / "方案.pdf").unlink()
    assert review_folder(inp, out, load_rulepack()) == 0
    assert not (out / ".next").exists()
    assert len(json.loads((out / "batch.json").read_text("utf-8"))["plans"]) == 2


@pytest.mark.slow
def test_the_cli_ends_with_what_came_in_and_names_a_decision_for_a_file_that_is_gone(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    write_plan(inp / "余杭区" / "方案.docx", 1)
    (inp / "余杭区" / "方案说明.txt").write_text("见附件", "utf-8")
    out.mkdir()
    decision = {"status": "pass", "reviewer": "张三", "note": "已核对", "sha256": "0" * 64}
    (out / "overrides.yaml").write_text(yaml.safe_dump({"余杭区/旧方案.docx": {"org.council": decision}},
                                                       allow_unicode=True), "utf-8")
    done = _cli(str(inp), "--out", str(out))
    assert done.returncode == 1
    tail = done.stderr.strip().splitlines()[-5:]
    assert any("共收到 2 个文件" in line and "方案 1 份已审查" in line and "未能读取 1 项" in line for line in tail), tail
    assert any("余杭区/方案说明.txt" in line and "unsupported_format" in line for line in tail), tail
    assert any("余杭区/旧方案.docx" in line for line in tail), tail
    assert "余杭区/旧方案.docx" in (out / "index.html").read_text("utf-8")
