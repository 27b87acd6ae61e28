"""The pieces report.html and index.html are made of: a quote marked in its sentence, a budget cell under its
column labels, a batch finding shown only to the plans it names, chart bars that add up, Beijing times."""

from __future__ import annotations

from pipeline.report.batch_view import NOT_INVOLVED, names_file, plan_findings
from pipeline.report.charts import failing_checks, verdicts_by_district
from pipeline.report.html import render_report_html
from pipeline.report.quotes import Piece, in_sentence, table_row
from pipeline.report.times import local_time
from pipeline.report.verdict import main_problems, problems
from pipeline.rulepack import load_rulepack

PACK = load_rulepack()
BUDGET = "四、经费投入。联合体三年总投入20000万元，其中成员企业自筹16000万元，占80%。分年度安排见下表。"


def _check(id_: str, status: str, severity: str = "error", title: str | None = None) -> dict:
    return {"id": id_, "status": status, "severity": severity, "title": title or id_, "message": f"{id_}的说明"}


def test_a_quote_is_marked_inside_its_sentence_and_a_value_inside_the_quote():
    pieces = in_sentence(BUDGET, "联合体三年总投入20000万元，其中成员企业自筹16000万元，占80%。", "16000万元")
    assert [p.text for p in pieces if p.marked] == ["16000万元"]
    assert "".join(p.text for p in pieces) == "…联合体三年总投入20000万元，其中成员企业自筹16000万元，占80%。…"


def test_a_quote_spaced_differently_from_its_block_is_still_found():
    pieces = in_sentence("牵头单位：杭州 优链 智能装备股份有限公司", "杭州优链智能装备股份有限公司")
    assert [p for p in pieces if p.marked] == [Piece("杭州 优链 智能装备股份有限公司", True)]


def test_a_quote_missing_from_its_block_is_shown_alone_and_marked():
    assert in_sentence(BUDGET, "不在原文中的话") == [Piece("不在原文中的话", True)]


def test_a_budget_cell_is_shown_in_its_row_under_the_header():
    block = {"kind": "table", "text": "年度\t企业自筹（万元）\t财政资金（万元）\n2023\t6000\t1000\n2024\t7000\t1500"}
    row = table_row(block, 2, 1)
    assert [p.text for p in row["header"]] == ["年度", "企业自筹（万元）", "财政资金（万元）"]
    assert [[(p.text, p.marked) for p in cells] for cells in row["rows"]] == [
        [("2024", False), ("7000", True), ("1500", False)]]
    assert table_row(block, 7, 0) is None


def test_a_file_name_matches_only_itself_not_a_longer_path():
    entry = "余杭区/甲方案.docx 与 余杭区/甲方案.docx.bak：文件完全相同"
    assert names_file(entry, "余杭区/甲方案.docx")
    assert not names_file("余杭区/甲方案（修改稿）.docx、西湖区/乙.docx", "余杭区/甲方案")
    assert not names_file("临安区/余杭区/甲.docx", "余杭区/甲.docx")


def test_a_batch_finding_is_shown_to_the_plans_it_names_and_a_pass_to_the_others():
    lead = {**_check("batch.lead_multiple", "warn", "warning"),
            "observed": "“甲公司”牵头2个：A/一.docx、B/二.docx；“乙公司”牵头2个：C/三.docx、D/四.docx",
            "evidence": [{"text": "牵头单位：甲公司", "file": "A/一.docx"}, {"text": "牵头单位：甲公司", "file": "B/二.docx"},
                         {"text": "牵头单位：乙公司", "file": "C/三.docx"}]}
    mine = plan_findings([lead], "A/一.docx")[0]
    assert mine["status"] == "warn" and "B/二.docx" in mine["message"] and "C/三.docx" not in mine["message"]
    assert [e["file"] for e in mine["evidence"]] == ["B/二.docx"]
    other = plan_findings([lead], "E/五.docx")[0]
    assert other["status"] == "pass" and other["message"] == NOT_INVOLVED and other["evidence"] == []
    assert plan_findings([_check("batch.duplicate", "n/a")], "A/一.docx") == []


def test_failures_come_first_then_warnings_then_manual_then_information():
    checks = [_check("a", "manual"), _check("b", "warn", "warning"), _check("c", "fail", "warning"),
              _check("d", "fail"), _check("e", "pass"), _check("f", "warn", "info")]
    assert [(group, [c["id"] for c in items]) for group, _, items in problems(checks)] == [
        ("fail", ["d", "c"]), ("warn", ["b"]), ("manual", ["a"]), ("info", ["f"])]
    assert main_problems({"checks": checks}) == ["d", "c"]


def test_district_bars_stack_each_verdict_and_failing_checks_are_counted_by_plan():
    rows = [{"district": "余杭区", "verdict": "不通过"}, {"district": "余杭区", "verdict": "通过"},
            {"district": "西湖区", "verdict": "通过"}, {"district": "", "verdict": "读取失败"}]
    chart = verdicts_by_district(rows)
    assert [(b.label, b.total, [s.count for s in b.segments]) for b in chart.bars] == [
        ("余杭区", 2, [1, 1]), ("西湖区", 1, [1]), ("未识别区县", 1, [1])]
    longest = chart.bars[0]
    assert longest.segments[-1].x + longest.segments[-1].width == max(
        b.segments[-1].x + b.segments[-1].width for b in chart.bars)
    results = [{"checks": [_check("org.council", "fail", title="建立理事会"), _check("x", "pass")]},
               {"checks": [_check("org.council", "fail", title="建立理事会"), _check("y", "fail", title="另一项")]}]
    assert [(b.title, b.total) for b in failing_checks(results).bars] == [("建立理事会", 2), ("另一项", 1)]


def test_times_are_shown_in_beijing_time():
    assert local_time("2022-11-10T18:30:00+00:00") == "2022-11-11 02:30（北京时间）"
    assert local_time("2022-11-10T18:30:00") == "2022-11-11 02:30（北京时间）"  # a time without zone is UTC
    assert local_time(None) == ""


def test_plan_text_in_a_batch_finding_is_escaped_in_the_report():
    planted = "<img src=x onerror=alert(1)>公司"
    result = {"status": "ok", "rule_pack": PACK.id, "source": {"file": "A/一.docx", "sha256": "0" * 64,
              "format": "docx", "pages": None}, "extracted": {}, "checks": [], "summary_row": {}}
    lead = {**_check("batch.lead_multiple", "warn", "warning"), "observed": f"“{planted}”牵头2个：A/一.docx、B/二.docx",
            "evidence": [{"text": planted, "file": "B/二.docx"}]}
    html = render_report_html(result, PACK, [lead])
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;公司" in html
    assert 'href="#check-batch.lead_multiple"' in html


def test_a_shared_member_shows_the_other_plans_quotes_of_that_member_only():
    overlap = {**_check("batch.member_overlap", "warn", "info"),
               "observed": "浙江大学（A/一.docx、B/二.docx）；之江实验室（B/二.docx、C/三.docx）",
               "evidence": [{"text": "浙江大学", "file": "A/一.docx"}, {"text": "浙江大学", "file": "B/二.docx"},
                            {"text": "之江实验室", "file": "B/二.docx"}, {"text": "之江实验室", "file": "C/三.docx"}]}
    mine = plan_findings([overlap], "A/一.docx")[0]
    assert mine["message"] == "浙江大学（A/一.docx、B/二.docx）"
    assert mine["evidence"] == [{"text": "浙江大学", "file": "B/二.docx"}]


def test_a_sentence_quoted_for_several_numbers_is_shown_once_and_nothing_is_said_to_be_left_out():
    sentence = {"text": BUDGET, "loc": {"page": None, "block": 3}}
    funding = {**_check("funding.enterprise_main", "fail"), "evidence": [sentence, sentence, sentence]}
    result = {"status": "ok", "rule_pack": PACK.id, "source": {"file": "A/一.docx", "sha256": "0" * 64,
              "format": "docx", "pages": None}, "extracted": {}, "checks": [funding], "summary_row": {},
              "context_blocks": {"3": {"kind": "paragraph", "page": None, "text": BUDGET}}}
    html = render_report_html(result, PACK)
    section = html[html.index('id="check-funding.enterprise_main"'):]
    assert section.count('<blockquote class="evidence">') == 1 and "另有" not in section
