"""Outline checks on small Submissions: presence, order, substance."""

from docx import Document as WordDocument

from checks import run_plan_checks
from extractors import extract
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import Section
from tests.check_builders import good_plan, sections

PACK = load_rulepack()


def results(sub):
    return {r.id: r for r in run_plan_checks(sub, PACK)}


def test_complete_outline_passes_with_heading_quotes():
    r = results(good_plan())
    for cid in ["outline.background", "outline.goals_tasks", "outline.organization", "outline.funding",
                "outline.schedule", "outline.order", "outline.substance"]:
        assert r[cid].status == "pass", (cid, r[cid].message)
        assert r[cid].evidence and r[cid].evidence[0].loc is not None
    assert r["outline.funding"].evidence[0].text == "四、经费投入与保障措施"


def test_missing_section_fails_naming_the_headings_searched():
    sub = good_plan()
    sub.sections[3] = Section(outline=4, present=False)
    r = results(sub)["outline.funding"]
    assert r.status == "fail"
    assert "四、经费投入与保障措施" in r.message and "经费投入及保障措施" in r.message
    assert r.expected == "四、经费投入与保障措施"


def test_sections_out_of_order_warn_showing_both_orders():
    sub = good_plan()
    sub.sections = sections(order=[1, 3, 2, 4, 5])
    r = results(sub)["outline.order"]
    assert r.status == "warn"
    assert r.observed == "一、三、二、四、五" and r.expected == "一、二、三、四、五"
    assert r.evidence


def test_heading_only_section_warns_with_its_char_count():
    sub = good_plan()
    sub.sections[4] = sub.sections[4].model_copy(update={"chars": 12})
    r = results(sub)["outline.substance"]
    assert r.status == "warn"
    assert "五、进度安排" in r.message and "12字" in r.message
    assert r.evidence[0].text == "五、进度安排"


def _substance_of(tmp_path, funding: str):
    word = WordDocument()
    for heading, body in (("一、背景与意义", "柔性触觉传感是机器人灵巧操作和医疗康复的关键部件，国内高端产品仍依赖进口，亟需联合攻关。"),
                          ("二、目标与主要研发任务", "到2025年，突破敏感薄膜、读出芯片和电子皮肤集成三项关键技术，形成批量供货能力。"),
                          ("三、组织架构与运行机制", "联合体设理事会，由全体成员单位负责人组成，理事长由牵头单位董事长担任。"),
                          ("四、经费投入与保障措施", funding),
                          ("五、进度安排", "2023年完成敏感薄膜设计；2024年完成电子皮肤样品；2025年实现批量供货。")):
        word.add_heading(heading, 1)
        word.add_paragraph(body)
    word.save(tmp_path / "plan.docx")
    doc = read(tmp_path / "plan.docx")
    return results(extract(PlanText(doc, PACK), "上城区/plan.docx"))["outline.substance"]


def test_one_sentence_giving_the_total_and_its_sources_is_substance(tmp_path):
    """A 47-character funding part with the total and every source says what the outline asks: no warning."""
    assert _substance_of(tmp_path, "联合体三年总投入1.1亿元。其中：企业自筹0.8亿元，省财政0.1亿元，市、区财政0.2亿元。").status == "pass"


def test_a_placeholder_part_is_no_substance(tmp_path):
    r = _substance_of(tmp_path, "详见附件经费预算表。")
    assert r.status == "warn" and "四、经费投入与保障措施" in r.message
