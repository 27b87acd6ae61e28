"""``consortium-review run``: exit statuses of the contract, messages a clerk can act on, stale outputs removed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.commands import _problem
from flows.plan_review import plan_id
from pipeline import terms
from tests.review_samples import PlanText, make_input, write_plan

ROOT = Path(__file__).parents[1]


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", "run", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_some_unreadable_files_give_status_1_and_everything_else_is_written(tmp_path):
    input_dir = make_input(tmp_path / "in")
    done = run(input_dir, "--out", tmp_path / "out")
    assert done.returncode == 1, done.stderr
    assert "未能读取 损坏方案.docx" in done.stderr and "[5/5]" in done.stderr  # plain lines when not a terminal
    for name in ["汇总表.xlsx", "index.html", "batch.json"]:
        assert (tmp_path / "out" / name).is_file()
    assert (tmp_path / "out" / "submissions" / plan_id("余杭区/智算联合体实施方案.docx") / "report.docx").is_file()


def test_all_read_gives_status_0(tmp_path):
    write_plan(tmp_path / "in" / "西湖区" / "方案.docx",
               PlanText(name="浙江省西湖生物创新联合体", lead="杭州西湖生物科技有限公司", district_line="推荐单位：西湖区科技局"))
    done = run(tmp_path / "in", "--out", tmp_path / "out", "--rules", "zhejiang-2022")
    assert done.returncode == 0, done.stderr


def test_missing_input_folder_gives_status_2_with_a_chinese_message(tmp_path):
    done = run(tmp_path / "nowhere", "--out", tmp_path / "out")
    assert done.returncode == 2
    assert "找不到输入文件夹" in done.stderr
    assert not (tmp_path / "out").exists()


def _one_plan(folder: Path) -> Path:
    return write_plan(folder / "西湖区" / "方案.docx",
                      PlanText(name="浙江省西湖生物创新联合体", lead="杭州西湖生物科技有限公司", district_line="推荐单位：西湖区科技局"))


def test_unknown_rule_pack_gives_status_2(tmp_path):
    _one_plan(tmp_path / "in")
    done = run(tmp_path / "in", "--out", tmp_path / "out", "--rules", "zhejiang-1999")
    assert done.returncode == 2 and "找不到规则包" in done.stderr


def test_missing_or_malformed_overrides_give_status_2(tmp_path):
    _one_plan(tmp_path / "in")
    done = run(tmp_path / "in", "--out", tmp_path / "out", "--overrides", tmp_path / "none.yaml")
    assert done.returncode == 2 and "找不到复核意见文件" in done.stderr
    (tmp_path / "bad.yaml").write_text("a.docx:\n  org.council: {status: maybe, reviewer: 张三}\n", "utf-8")
    done = run(tmp_path / "in", "--out", tmp_path / "out", "--overrides", tmp_path / "bad.yaml")
    assert done.returncode == 2 and "status 应为" in done.stderr


@pytest.mark.parametrize("given, text, line", [
    (True, "西湖区/方案.docx:\n  org.council:\n    status: pass\n   reviewer: 张三\n", 4),  # indented one space short
    (False, "西湖区/方案.docx:\n  org.council:\n    status: 通过\n    reviewer: 张三\n", 3),  # OUT/overrides.yaml
])
def test_malformed_overrides_are_one_line_naming_file_and_line(tmp_path, given, text, line):
    _one_plan(tmp_path / "in")
    bad = tmp_path / "bad.yaml" if given else tmp_path / "out" / "overrides.yaml"
    bad.parent.mkdir(exist_ok=True)
    bad.write_text(text, "utf-8")
    done = run(tmp_path / "in", "--out", tmp_path / "out", *(["--overrides", bad] if given else []))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) <= 5, done.stderr
    assert f"复核意见文件 {bad} 第 {line} 行" in done.stderr
    assert not (tmp_path / "out" / "index.html").exists()


def test_outputs_of_removed_plans_are_pruned_but_foreign_folders_kept(tmp_path):
    input_dir = make_input(tmp_path / "in")
    out_dir = tmp_path / "out"
    run(input_dir, "--out", out_dir)
    gone, kept = "损坏方案.docx", "其他/说明.txt"
    (input_dir / gone).unlink()
    (input_dir / kept).unlink()
    (out_dir / "submissions" / plan_id(kept) / "审查人笔记.txt").write_text("手写意见", "utf-8")
    done = run(input_dir, "--out", out_dir)
    assert done.returncode == 0, done.stderr
    assert not (out_dir / "submissions" / plan_id(gone)).exists()
    assert (out_dir / "submissions" / plan_id(kept) / "审查人笔记.txt").is_file()


def test_a_broken_terms_file_refuses_the_run_in_one_line_instead_of_failing_every_plan(tmp_path, monkeypatch):
    _one_plan(tmp_path / "in")
    broken = tmp_path / "terms.yaml"
    broken.write_text("governance:\n  composed:\n    words: [组成, 理事:]\n    examples:\n      positive: [由各单位组成]\n",
                      "utf-8")
    monkeypatch.setattr(terms, "TERMS_FILE", broken)
    terms.load_terms.cache_clear()
    try:
        problem = _problem(tmp_path / "in", tmp_path / "out", None, "zhejiang-2022")
    finally:
        monkeypatch.undo()
        terms.load_terms.cache_clear()
    assert problem is not None and "governance.composed" in problem and "\n" not in problem.strip()
