"""Goal, schedule, field and funding checks: observed vs expected, manual when undecidable."""

import docx

from checks import run_plan_checks
from extractors import extract
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import Budget, SchedulePhase, Target, TextField
from tests.check_builders import ev, good_plan

PACK = load_rulepack()


def results(sub):
    return {r.id: r for r in run_plan_checks(sub, PACK)}


def test_good_plan_passes_goal_schedule_field_and_funding_checks():
    r = results(good_plan())
    for cid in ["goals.three_year", "goals.tasks", "goals.measurable", "schedule.yearly", "field.strategic",
                "funding.total", "funding.enterprise_main", "funding.consistent"]:
        assert r[cid].status == "pass", (cid, r[cid].message)
        assert r[cid].evidence, cid


def test_goal_horizon_in_words_passes_and_unclear_horizon_is_manual():
    sub = good_plan()
    sub.targets = [Target(text="三年内建成国内领先的创新平台", evidence=ev("三年内建成国内领先的创新平台"))]
    sub.schedule = []
    assert results(sub)["goals.three_year"].status == "pass"
    sub.targets = [Target(text="建成国内领先的创新平台", evidence=ev("建成国内领先的创新平台"))]
    assert results(sub)["goals.three_year"].status == "manual"


def test_target_by_the_horizon_year_passes_without_a_schedule():
    sub = good_plan()
    sub.schedule = []
    sub.targets = [Target(text="到2025年，建成国内领先的创新联合体", year=2025, evidence=ev("到2025年，建成国内领先的创新联合体"))]
    r = results(sub)["goals.three_year"]
    assert r.status == "pass" and "2025" in r.message


def test_no_schedule_warns_quoting_the_parts_searched():
    sub = good_plan()
    sub.schedule = []
    r = results(sub)["schedule.yearly"]
    assert r.status == "warn" and r.evidence


def test_targets_without_numbers_warn():
    sub = good_plan()
    sub.targets = [Target(text="技术水平国内领先", evidence=ev("技术水平国内领先"))]
    r = results(sub)["goals.measurable"]
    assert r.status == "warn" and r.observed == "无量化指标"


def test_single_task_is_manual_and_no_task_fails():
    sub = good_plan()
    sub.tasks = sub.tasks[:1]
    assert results(sub)["goals.tasks"].status == "manual"
    sub.tasks = []
    assert results(sub)["goals.tasks"].status == "fail"


def test_two_year_schedule_warns_with_years_covered():
    sub = good_plan()
    sub.schedule = [SchedulePhase(period="2023—2024年", start_year=2023, end_year=2024, text="研发",
                                  evidence=ev("2023—2024年：研发"))]
    r = results(sub)["schedule.yearly"]
    assert r.status == "warn" and "2023–2024年（2年" in r.message and "覆盖3年" in r.message


def test_field_outside_the_list_fails_quoting_it_and_unknown_is_manual():
    sub = good_plan()
    sub.strategic_field = TextField(value="文化创意", evidence=ev("所属领域：文化创意"))
    r = results(sub)["field.strategic"]
    assert r.status == "fail" and "文化创意" in r.message and r.evidence[0].text == "所属领域：文化创意"
    sub.strategic_field = TextField(value="功能材料", confidence=0.2, evidence=ev("新材料"))
    assert results(sub)["field.strategic"].status == "manual"
    sub.strategic_field = TextField()
    assert results(sub)["field.strategic"].status == "manual"


def test_enterprise_share_at_half_fails_showing_the_share():
    sub = good_plan()
    sub.budget = Budget(total_wan=8000, enterprise_wan=4000, evidence=ev("总投入8000万元，企业自筹4000万元"))
    r = results(sub)["funding.enterprise_main"]
    assert r.status == "fail"
    assert "50.0%" in r.observed and "超过50%" in r.expected


def test_enterprise_money_read_above_the_total_is_doubtful_not_a_pass():
    sub = good_plan()
    sub.budget = Budget(total_wan=8800, enterprise_wan=9480, evidence=ev("一、企业投入 5280；1.自筹 2600…"))
    r = results(sub)["funding.enterprise_main"]
    assert r.status == "manual"
    assert "大于总投入" in r.message


def test_enterprise_share_unknown_is_manual():
    sub = good_plan()
    sub.budget = Budget(total_wan=8000, evidence=ev("总投入8000万元"))
    assert results(sub)["funding.enterprise_main"].status == "manual"
    assert results(sub)["funding.consistent"].status == "manual"


def test_years_not_adding_up_warn_naming_the_sum():
    sub = good_plan()
    sub.budget = sub.budget.model_copy(update={"by_year": {"2023": 3000, "2024": 3000, "2025": 3000}})
    r = results(sub)["funding.consistent"]
    assert r.status == "warn" and "分年度之和为9,000万元" in r.message and "10,000万元" in r.message


def test_rounding_within_tolerance_is_consistent():
    sub = good_plan()
    sub.budget = sub.budget.model_copy(update={"by_year": {"2023": 3333.33, "2024": 3333.33, "2025": 3333.33}})
    assert results(sub)["funding.consistent"].status == "pass"


def test_no_total_fails_naming_what_was_searched():
    sub = good_plan()
    sub.budget = Budget()
    r = results(sub)["funding.total"]
    assert r.status == "fail" and "总投入" in r.message and not r.evidence


def test_enterprise_share_at_half_by_float_sums_still_fails():
    sub = good_plan()
    enterprise = 0.3 * 1e4 + 0.25 * 1e4 + 0.25 * 1e4 + 1e-9  # 亿元 lines summed in floating point
    sub.budget = Budget(total_wan=16000, enterprise_wan=enterprise, evidence=ev("企业自筹0.8亿元"))
    assert results(sub)["funding.enterprise_main"].status == "fail"
    sub.budget = Budget(total_wan=16000, enterprise_wan=8001, evidence=ev("企业自筹8001万元"))
    assert results(sub)["funding.enterprise_main"].status == "pass"


def test_a_budget_without_any_figure_has_nothing_to_add_up():
    sub = good_plan()
    sub.budget = Budget()
    r = results(sub)
    assert r["funding.consistent"].status == "n/a" and "任何经费数字" in r["funding.consistent"].message
    assert (r["funding.total"].status, r["funding.enterprise_main"].status) == ("fail", "manual")
    sub.budget = Budget(by_year={"2023": 3000.0, "2024": 3000.0})
    assert results(sub)["funding.consistent"].status == "manual"


def test_scanned_budget_that_adds_up_keeps_its_verdict():
    sub = good_plan()
    sub.budget = sub.budget.model_copy(update={"confidence": 0.97})
    assert results(sub)["funding.enterprise_main"].status == "pass"


def test_scanned_budget_read_with_a_low_score_goes_to_a_reviewer():
    sub = good_plan()
    sub.budget = sub.budget.model_copy(update={"confidence": 0.62})
    r = results(sub)["funding.enterprise_main"]
    assert r.status == "manual"
    assert "扫描件" in r.message and "0.62" in r.message and r.evidence


def test_scanned_budget_whose_parts_miss_the_total_goes_to_a_reviewer():
    """One misread digit (4500 read as 5500) makes the parts overshoot the total: no pass on such a figure."""
    sub = good_plan()
    sub.budget = Budget(total_wan=9000, enterprise_wan=5500, government_wan=4500, confidence=0.98,
                        evidence=ev("总投入9000万元，其中企业自筹5500万元，财政资金4500万元"))
    r = results(sub)["funding.enterprise_main"]
    assert r.status == "manual" and "分项" in r.message
    sub.budget = sub.budget.model_copy(update={"confidence": None})  # the same figures typed in a text layer
    assert results(sub)["funding.enterprise_main"].status == "pass"


def test_enterprise_money_left_as_the_rest_of_the_total_is_checked_against_half(tmp_path):
    """"其余由各成员企业自筹" after government money and a bank loan is exactly half: not above 50%, so it fails."""
    from docx import Document as WordDocument

    from extractors import extract
    from pipeline.readers import read

    word = WordDocument()
    word.add_paragraph("浙江省半导体光刻胶创新联合体实施方案")
    word.add_paragraph("牵头单位：杭州光刻新材料股份有限公司")
    word.add_heading("四、经费投入与保障措施", 1)
    word.add_paragraph("联合体三年计划总投入2亿元，其中：申请省级财政资金3000万元，市级财政资金1500万元，区级财政资金1500万元；"
                       "浙江钱塘农村商业银行科创支行提供科技信贷4000万元；其余由各成员企业自筹。")
    path = tmp_path / "plan.docx"
    word.save(path)
    r = results(extract(PlanText(read(path), PACK), "plan.docx"))["funding.enterprise_main"]
    assert r.status == "fail" and "10,000万元" in r.message and "50.0%" in r.message


def test_scanned_budget_whose_parts_add_up_keeps_its_share_verdict_when_only_the_years_miss():
    """Sources adding up to the total vouch for the enterprise share; a year split that misses the total (the plan's
    own slip, or a misread year figure) is funding.consistent's to report, not a reason to doubt the share."""
    sub = good_plan()
    sub.budget = Budget(total_wan=8000, enterprise_wan=5400, government_wan=2000, other_wan=600, confidence=0.98,
                        by_year={"2023": 2600.0, "2024": 2850.0, "2025": 2450.0},
                        evidence=ev("三年总投入8,000万元，其中成员企业自筹5,400万元，占67.5%"))
    r = results(sub)
    assert r["funding.enterprise_main"].status == "pass", r["funding.enterprise_main"].message
    assert r["funding.consistent"].status == "warn"
    sub.budget = sub.budget.model_copy(update={"enterprise_wan": 6400})  # parts overshoot: the share is in doubt
    assert results(sub)["funding.enterprise_main"].status == "manual"


def test_goals_that_call_themselves_two_year_goals_fail_unless_something_reaches_the_third_year():
    text = "两年目标：到2024年，建成隐私计算联合建模平台1个。"
    sub = good_plan()
    sub.targets = [Target(text=text, year=2024, evidence=ev(text))]
    sub.schedule = [SchedulePhase(period="2023—2024年", start_year=2023, end_year=2024, text="研发",
                                  evidence=ev("2023—2024年：研发"))]
    r = results(sub)["goals.three_year"]
    assert r.status == "fail" and "2年目标" in r.message and "至2024年止" in r.message
    sub.schedule = [SchedulePhase(period="2023—2025年", start_year=2023, end_year=2025, text="研发",
                                  evidence=ev("2023—2025年：研发"))]
    assert results(sub)["goals.three_year"].status != "fail"


def test_tasks_left_to_be_condensed_later_fail_quoting_the_plan(tmp_path):
    d = docx.Document()
    d.add_paragraph("浙江省锂电池智能化成分容装备创新联合体实施方案")
    d.add_heading("二、目标与主要研发任务", 1)
    d.add_heading("（一）总体目标", 2)
    d.add_paragraph("到2025年底，研制新一代化成分容装备，能量回馈效率达到85%以上。")
    d.add_heading("（二）主要研发任务", 2)
    deferral = ("联合体的重大攻关任务和“项目群”，将在理事会成立后，由专家咨询委员会结合需求和成员单位的技术基础另行凝练，"
                "经理事会审议后确定。")
    d.add_paragraph(deferral)
    d.add_heading("三、组织架构与运行机制", 1)
    d.add_paragraph("联合体设理事会。")
    d.save(tmp_path / "plan.docx")
    r = results(extract(PlanText(read(tmp_path / "plan.docx"), PACK), "临安区/plan.docx"))["goals.tasks"]
    assert r.status == "fail" and "另行凝练" in r.message
    assert r.evidence[0].text == deferral
