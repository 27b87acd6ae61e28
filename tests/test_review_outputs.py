"""Per-plan outputs of a real batch: result.json against the schema, the contract validator, both reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import jsonschema
import pytest

from flows.plan_review import plan_id, review_plan
from pipeline.atomic import write_text
from pipeline.rulepack import load_rulepack
from tests.review_samples import PLANTED_SCRIPT, results, reviewed_batch

CONTRACT = Path(__file__).parents[1].parent / "shared/contract"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    return reviewed_batch(tmp_path_factory.mktemp("batch"))


def test_every_result_validates_against_the_schema(batch):
    _, out_dir, _ = batch
    validator = jsonschema.Draft202012Validator(json.loads((CONTRACT / "result.schema.json").read_text("utf-8")))
    found = results(out_dir)
    assert {r["status"] for r in found.values()} == {"ok", "failed"}
    for file, result in found.items():
        errors = [e.message for e in validator.iter_errors(result)]
        assert not errors, (file, errors)


def test_contract_validator_passes_on_the_output_folder(batch):
    _, out_dir, _ = batch
    done = subprocess.run([sys.executable, str(CONTRACT / "validate.py"), str(out_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_failed_files_are_reported_not_raised(batch):
    _, out_dir, status = batch
    found = results(out_dir)
    assert status == 1
    assert found["其他/说明.txt"]["error"]["code"] == "unsupported_format"
    assert found["损坏方案.docx"]["error"]["code"] == "corrupt"
    assert found["损坏方案.docx"]["extracted"] == {}
    report = (out_dir / "submissions" / plan_id("损坏方案.docx") / "report.html").read_text("utf-8")
    assert "corrupt" in report and "读取失败" in report


def test_result_records_source_and_district_source(batch):
    _, out_dir, _ = batch
    result = results(out_dir)["余杭区/智算联合体实施方案.docx"]
    assert result["source"]["format"] == "docx"
    assert len(result["source"]["sha256"]) == 64
    assert result["extracted"]["district"]["value"] == "余杭区"
    assert result["summary_row"]["区县"] == "余杭区"
    assert len(result["signature"]) > 0


def test_html_report_shows_verdict_checks_quotes_and_context(batch):
    _, out_dir, _ = batch
    html = (out_dir / "submissions" / plan_id("余杭区/智算联合体实施方案.docx") / "report.html").read_text("utf-8")
    assert any(v in html for v in ("通过", "不通过", "需人工复核"))
    assert 'id="check-members.min_count"' in html
    assert "<blockquote" in html and "第" in html and "段" in html
    assert '<details class="context"><summary>查看原文上下文</summary>' in html
    assert "<mark>" in html  # each quote marked in its sentence or table row
    assert "http://" not in html and "https://" not in html and "<script" not in html


def test_hostile_text_is_escaped_in_the_html_report(batch):
    _, out_dir, _ = batch
    html = (out_dir / "submissions" / plan_id("滨江区/视觉联合体.docx") / "report.html").read_text("utf-8")
    assert "<script>window.__planted" not in html
    assert "&lt;script&gt;window.__planted" in html


def test_word_report_has_title_facts_and_check_table(batch):
    _, out_dir, _ = batch
    document = docx.Document(out_dir / "submissions" / plan_id("滨江区/视觉联合体.docx") / "report.docx")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "审查意见" in text and "审查结论" in text
    headers = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["序号", "检查项", "结论", "依据", "原文与位置"] in headers
    check_table = next(t for t in document.tables if t.cell(0, 1).text == "检查项")
    assert len(check_table.rows) > 20
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(PLANTED_SCRIPT in c for c in cells)


@pytest.mark.parametrize("rel", ["../../etc/passwd", "CON", "a/b\\c.docx", "余杭区/方案 (1).docx", "x" * 500,
                                 "tab\tnew\nline.pdf", "aux.docx"])
def test_plan_id_is_filesystem_safe(rel):
    pid = plan_id(rel)
    assert ".." not in pid and "/" not in pid and "\\" not in pid and "." not in pid
    assert all(ch.isprintable() for ch in pid) and len(pid.encode("utf-8")) <= 200
    assert pid.upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}  # no dot, so no "CON.txt" either
    assert plan_id(rel) == pid


def test_plan_ids_differ_for_paths_that_slug_alike():
    assert plan_id("a/b.docx") != plan_id("a_b.docx") != plan_id("A/b.docx")


def test_review_plan_never_raises_on_a_broken_file(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    result = review_plan(tmp_path / "empty.pdf", tmp_path, load_rulepack())
    assert result.status == "failed" and result.error is not None and result.error.code == "empty"
    assert result.source.format == "pdf"


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    write_text(tmp_path / "out" / "a.json", "{}")
    write_text(tmp_path / "out" / "a.json", "[]")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.json"]
    assert (tmp_path / "out" / "a.json").read_text() == "[]"


def test_a_file_gone_before_it_is_read_is_a_failed_result(tmp_path):
    result = review_plan(tmp_path / "已删除.docx", tmp_path, load_rulepack())
    assert result.status == "failed" and result.error is not None and result.error.code == "corrupt"
    assert "无法打开文件" in result.error.message
