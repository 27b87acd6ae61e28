"""Outline checks on small Submissions: presence, order, substance."""

from checks import run_plan_checks
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
