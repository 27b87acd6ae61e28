"""Reruns review again exactly what changed: a file, a new file, the rule pack; overrides survive every rerun."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from flows.cache import ResultCache, source_digest
from flows.outputs import plan_folder
from flows.planner import review_folder
from flows.review import run_review
from pipeline.inventory import file_digest
from pipeline.isolation import TIMEOUT_ENV, Limits
from pipeline.rulepack import PACKS_DIR, load_rulepack
from tests.flow_plans import make_folder, run_record, summary_rows, validate, write_plan

SCAN = Path(__file__).parents[1] / "sample_submissions" / "萧山区" / "浙江省新型储能系统创新联合体实施方案.pdf"


def _result(out: Path, rel: str) -> dict:
    return json.loads((out / plan_folder(rel) / "result.json").read_text("utf-8"))


def _written_at(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in (out / "submissions").rglob("report.*")}


def test_unchanged_folder_is_not_read_again_and_changes_are(tmp_path: Path) -> None:
    inp, out = tmp_path / "in", tmp_path / "out"
    first, _, third = make_folder(inp, 3)
    assert run_review(inp, out)["exit_status"] == 0
    assert run_record(out)["reprocessed"] == ["方案1.docx", "方案2.docx", "方案3.docx"]
    written = _written_at(out)
    batch_before = (out / "batch.json").stat().st_mtime_ns

    assert run_review(inp, out)["exit_status"] == 0
    rerun = run_record(out)
    assert rerun["reprocessed"] == [] and rerun["outputs_rewritten"] == [] and rerun["plan_seconds"] == {}
    assert _written_at(out) == written
    assert rerun["batch_outputs_rewritten"] is False  # an unchanged batch leaves its outputs as they were
    assert (out / "batch.json").stat().st_mtime_ns == batch_before

    (out / "index.html").unlink()  # an output gone is written again, the batch otherwise unchanged
    assert run_review(inp, out)["exit_status"] == 0
    assert run_record(out)["batch_outputs_rewritten"] is True and (out / "index.html").is_file()
    assert run_record(out)["outputs_rewritten"] == [] and _written_at(out) == written

    write_plan(first, 1, extra="联合体将新建中试平台一个。")
    write_plan(inp / "新增" / "方案9.docx", 9)
    third.unlink()
    assert run_review(inp, out)["exit_status"] == 0
    assert sorted(run_record(out)["reprocessed"]) == sorted(["方案1.docx", "新增/方案9.docx"])
    assert _result(out, "方案1.docx")["source"]["sha256"] == file_digest(first)[1]
    files = [p["file"] for p in json.loads((out / "batch.json").read_text("utf-8"))["plans"]]
    assert sorted(files) == sorted(["方案1.docx", "方案2.docx", "新增/方案9.docx"])
    assert len(summary_rows(out)) == 3
    assert not (out / plan_folder("方案3.docx")).exists()
    assert validate(out).returncode == 0


def test_reviewer_override_survives_reruns_until_the_file_changes(tmp_path: Path) -> None:
    inp, out = tmp_path / "in", tmp_path / "out"
    first, _ = make_folder(inp, 2)
    run_review(inp, out)
    machine = _result(out, "方案1.docx")
    check = next(c for c in machine["checks"] if c["status"] != "pass")
    decision = {"status": "pass", "reviewer": "王审查", "note": "附件中已补充", "sha256": machine["source"]["sha256"]}
    (out / "overrides.yaml").write_text(yaml.safe_dump({"方案1.docx": {check["id"]: decision}}, allow_unicode=True), "utf-8")

    run_review(inp, out)
    assert run_record(out)["reprocessed"] == []
    assert run_record(out)["outputs_rewritten"] == ["方案1.docx"]
    shown = {c["id"]: c for c in _result(out, "方案1.docx")["checks"]}
    assert shown[check["id"]]["status"] == "pass" and shown[check["id"]]["override"]["reviewer"] == "王审查"

    run_review(inp, out)
    assert run_record(out)["outputs_rewritten"] == []
    assert {c["id"]: c for c in _result(out, "方案1.docx")["checks"]}[check["id"]]["status"] == "pass"

    write_plan(first, 1, extra="补充说明。")
    run_review(inp, out)
    assert run_record(out)["reprocessed"] == ["方案1.docx"]
    stale = {c["id"]: c for c in _result(out, "方案1.docx")["checks"]}[check["id"]]
    assert stale["status"] == check["status"] and stale["override_stale"]["reviewer"] == "王审查"


def test_a_new_rule_pack_version_reviews_everything_again(tmp_path: Path) -> None:
    inp, out = tmp_path / "in", tmp_path / "out"
    make_folder(inp, 2)
    run_review(inp, out)
    pack = yaml.safe_load((PACKS_DIR / "zhejiang-2022.yaml").read_text("utf-8"))
    pack["version"] = "2"
    newer = tmp_path / "zhejiang-2022-v2.yaml"
    newer.write_text(yaml.safe_dump(pack, allow_unicode=True), "utf-8")

    run_review(inp, out, rules=str(newer))
    assert run_record(out)["reprocessed"] == ["方案1.docx", "方案2.docx"]
    run_review(inp, out, rules=str(newer))
    assert run_record(out)["reprocessed"] == []


def test_a_new_code_version_misses_the_cache(tmp_path: Path) -> None:
    tree = tmp_path / "pipeline"
    tree.mkdir()
    (tree / "review.py").write_text("A = 1\n", "utf-8")
    before = source_digest([tree])
    (tree / "review.py").write_text("A = 2\n", "utf-8")
    assert source_digest([tree]) != before

    pack = load_rulepack()
    old, new = ResultCache(tmp_path / "c", pack, code="0.1.0+aaa"), ResultCache(tmp_path / "c", pack, code="0.1.0+bbb")
    profile = {"file": "a.docx", "role": "plan", "result": {"source": {"file": "a.docx"}, "status": "ok", "error": None}}
    old.put(old.key("a.docx", "0" * 64), profile)
    assert old.get(old.key("a.docx", "0" * 64)) == profile
    assert new.get(new.key("a.docx", "0" * 64)) is None


def _failed(code: str) -> dict:
    return {"role": "failed", "result": {"status": "failed", "error": {"code": code, "message": "…"}}}


def test_unsettled_failures_are_not_cached_but_a_timeout_is(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, load_rulepack(), code="x")
    for n, code in enumerate(["converter_missing", "internal_error"]):
        assert not cache.put(f"u{n}", _failed(code)) and cache.get(f"u{n}") is None
    for n, code in enumerate(["corrupt", "timeout"]):
        assert cache.put(f"s{n}", _failed(code)) and cache.get(f"s{n}") == _failed(code)


def test_the_read_limits_are_part_of_the_key(tmp_path: Path) -> None:
    pack = load_rulepack()
    keys = {ResultCache(tmp_path, pack, code="x", limits=limits).key("a.pdf", "0" * 64)
            for limits in (Limits(timeout=300), Limits(timeout=300), Limits(timeout=900), Limits(memory_mb=4096))}
    assert len(keys) == 3


@pytest.mark.slow
def test_a_file_that_timed_out_is_not_read_again_until_the_read_limit_changes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(TIMEOUT_ENV, "2")  # the scan's OCR takes far longer
    inp, out = tmp_path / "in", tmp_path / "out"
    (inp / "萧山区").mkdir(parents=True)
    shutil.copy(SCAN, inp / "萧山区" / "储能方案.pdf")
    pack = load_rulepack()
    assert review_folder(inp, out, pack) == 1
    first = run_record(out)
    assert first["reprocessed"] == ["萧山区/储能方案.pdf"]
    [unread] = first["unread"]
    assert unread["code"] == "timeout" and "读取超过 2 秒，已停止" in unread["message"]
    assert "损坏" in unread["message"] and "自动重新读取" in unread["message"]

    assert review_folder(inp, out, pack) == 1
    assert run_record(out)["reprocessed"] == [] and run_record(out)["unread"] == first["unread"]

    monkeypatch.setenv(TIMEOUT_ENV, "3")
    assert review_folder(inp, out, pack) == 1
    assert run_record(out)["reprocessed"] == ["萧山区/储能方案.pdf"]
