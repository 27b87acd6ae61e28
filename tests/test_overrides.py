"""Reviewer overrides: applied beside the machine's status, and refused (visibly) once the plan has changed."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import docx
import pytest
import yaml

from flows.plan_review import plan_id
from flows.planner import review_folder
from pipeline.overrides import Override, Overrides, OverridesError, apply_overrides, load_overrides
from pipeline.review_model import Review
from pipeline.rulepack import load_rulepack
from tests.review_samples import PlanText, results, reviewed_batch, write_plan
from tests.test_review_outputs import CONTRACT

YUHANG = "余杭区/智算联合体实施方案.docx"
SHANGCHENG = "上城区/数据联合体.docx"


@pytest.fixture(scope="module")
def rerun(tmp_path_factory):
    """A batch, reviewer decisions on two plans, one of those plans edited afterwards, and a second run."""
    tmp = tmp_path_factory.mktemp("overrides")
    input_dir, out_dir, _ = reviewed_batch(tmp)
    first = results(out_dir)
    yuhang, shangcheng = first[YUHANG], first[SHANGCHENG]
    decisions = {
        YUHANG: {
            "members.min_count": {"status": "fail", "reviewer": "张三", "note": "第6家单位未盖章，不计入",
                                  "sha256": yuhang["source"]["sha256"]},
        },
        SHANGCHENG: {"org.council": {"status": "fail", "reviewer": "李四", "note": "理事会名单缺失",
                                     "sha256": shangcheng["source"]["sha256"]}},
    }
    (out_dir / "overrides.yaml").write_text(yaml.safe_dump(decisions, allow_unicode=True), "utf-8")
    write_plan(input_dir / SHANGCHENG, PlanText(name="浙江省数据智能创新联合体", lead="杭州上城数据有限公司",
                                                  district_line="推荐单位：上城区科技局（修改稿）"))
    with _capture_logs() as logs:
        review_folder(input_dir, out_dir, load_rulepack())
    return out_dir, first, logs


class _capture_logs(logging.Handler):
    def __enter__(self):
        self.records: list[str] = []
        logging.getLogger("pipeline").addHandler(self)
        return self.records

    def __exit__(self, *exc):
        logging.getLogger("pipeline").removeHandler(self)

    def emit(self, record):
        self.records.append(record.getMessage())


def _check(result: dict, check_id: str) -> dict:
    return next(c for c in result["checks"] if c["id"] == check_id)


def test_decision_replaces_status_and_keeps_the_machine_status_beside_it(rerun):
    out_dir, first, _ = rerun
    check = _check(results(out_dir)[YUHANG], "members.min_count")
    assert check["status"] == "fail"
    assert check["override"] == {"status": "fail", "reviewer": "张三", "note": "第6家单位未盖章，不计入",
                                 "machine_status": _check(first[YUHANG], "members.min_count")["status"]}


def test_decision_shows_in_both_reports_and_the_index(rerun):
    out_dir, _, _ = rerun
    folder = out_dir / "submissions" / plan_id(YUHANG)
    html = (folder / "report.html").read_text("utf-8")
    assert "审查人 张三 复核改为“不符合”" in html and "第6家单位未盖章" in html
    cells = [c.text for t in docx.Document(folder / "report.docx").tables for r in t.rows for c in r.cells]
    assert any("审查人张三复核" in c for c in cells)
    index = (out_dir / "index.html").read_text("utf-8")
    assert "含 1 项人工复核" in index


def test_output_folder_with_decisions_still_meets_the_contract(rerun):
    out_dir, _, _ = rerun
    done = subprocess.run([sys.executable, str(CONTRACT / "validate.py"), str(out_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout


def test_pass_decision_on_a_check_without_quotes_carries_the_reviewers_finding(rerun):
    _, first, _ = rerun
    machine = json.loads(json.dumps(first[YUHANG]))
    check = _check(machine, "org.council")
    check.update(status="fail", evidence=[])
    decision = Override("pass", "张三", "附件组建意向书中列有理事会", machine["source"]["sha256"])
    shown = apply_overrides(Review.model_validate(machine), Overrides({YUHANG: {"org.council": decision}}))
    shown = _check(shown.dump(), "org.council")
    assert shown["status"] == "pass" and shown["override"]["machine_status"] == "fail"
    assert shown["evidence"] == [{"text": "审查人张三复核：附件组建意向书中列有理事会", "source": "reviewer"}]


def test_decision_on_a_changed_plan_is_not_applied_and_is_flagged(rerun):
    out_dir, first, logs = rerun
    result = results(out_dir)[SHANGCHENG]
    check = _check(result, "org.council")
    assert check["status"] == _check(first[SHANGCHENG], "org.council")["status"] != "fail"
    assert "override" not in check or check["override"] is None
    assert check["override_stale"]["reviewer"] == "李四"
    html = (out_dir / "submissions" / plan_id(SHANGCHENG) / "report.html").read_text("utf-8")
    assert "复核意见已失效" in html
    assert "李四 对 org.council 的复核意见" in (out_dir / "index.html").read_text("utf-8")
    assert any("org.council" in line and "已变更" in line for line in logs)


def test_machine_result_is_left_untouched(rerun):
    _, first, _ = rerun
    machine = Review.model_validate(first[YUHANG])
    before = machine.dump()
    decision = Override("fail", "王五", "", machine.source.sha256)
    shown = apply_overrides(machine, Overrides({YUHANG: {"members.min_count": decision}}))
    assert machine.dump() == before
    overridden = next(c for c in shown.checks if c.id == "members.min_count")
    assert overridden.override is not None and overridden.override.reviewer == "王五"


@pytest.mark.parametrize("entry, complaint", [
    ({"status": "ok", "reviewer": "张三", "sha256": "a" * 64}, "status"),
    ({"status": "pass", "sha256": "a" * 64}, "reviewer"),
    ({"status": "pass", "reviewer": "张三", "sha256": "abc"}, "sha256"),
])
def test_malformed_decisions_are_refused_with_a_reason(tmp_path, entry, complaint):
    path = tmp_path / "overrides.yaml"
    path.write_text(yaml.safe_dump({"a.docx": {"org.council": entry}}, allow_unicode=True), "utf-8")
    with pytest.raises(OverridesError, match=complaint):
        load_overrides(path)


@pytest.mark.parametrize("text, place, complaint", [
    ("a.docx:\n\torg.council: {}\n", "第 2 行第 1 列", "制表符"),
    ("a.docx:\n  org.council: {status: pass, reviewer: [张三}\n", "第 2 行第 44 列", "括号"),
    ("a.docx:\n  org.council:\n    note: 见附件: 第5页\n", "第 3 行第 14 列", "冒号"),
    ("- a.docx\n", "第 1 行第 1 列", "方案文件 → 检查项"),
    ("a.docx:\n  - org.council\n", "第 2 行第 3 列", "a.docx 下应按检查项 id"),
    ("a.docx:\n  org.council:\n    status: ok\n", "第 3 行第 13 列", "status 应为"),
    ("a.docx:\n  org.council:\n    status: pass\n    sha256: abc\n", "第 3 行第 5 列", "审查人"),
])
def test_a_malformed_file_is_named_by_line_and_column_in_one_line(tmp_path, text, place, complaint):
    path = tmp_path / "overrides.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(OverridesError) as refused:
        load_overrides(path)
    message = str(refused.value)
    assert message.startswith(f"复核意见文件 {path} {place}") and complaint in message
    assert "\n" not in message


def test_an_overrides_file_saved_as_gbk_is_named_by_line(tmp_path):
    path = tmp_path / "overrides.yaml"
    path.write_bytes("a.docx:\n  org.council:\n    reviewer: 张三\n".encode("gbk"))
    with pytest.raises(OverridesError, match="第 3 行不是 UTF-8 编码"):
        load_overrides(path)


def test_missing_overrides_file_means_no_decisions(tmp_path):
    assert load_overrides(tmp_path / "overrides.yaml").by_file == {}
