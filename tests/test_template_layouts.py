"""Plans written in a district's template the way offices leave it: hints not deleted, sections drawn as boxes,
a schedule that only points to an attachment, the chair's unit and post said in two sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from flows.plan_review import review_plan
from pipeline.outline import map_outline
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from tests.extract_docs import add_word_table
from tests.reader_pdf_samples import to_pdf

PACK = load_rulepack()
LEAD = "杭州运河智能装备股份有限公司"
MEMBERS = [
    [LEAD, "企业（牵头单位）"], ["杭州运河检测技术有限公司", "企业"], ["浙江大学", "高校"],
    ["浙江省机电设计研究院", "科研院所"], ["杭州拱宸机器人有限公司", "企业"],
]
BODIES = {
    "一、背景与意义": ["城市综合管廊巡检长期依赖人工，存在效率低、风险高、数据分散等问题，亟需智能巡检装备。"],
    "二、目标与主要研发任务": ["到2025年，研制管廊巡检机器人3款，巡检效率提高3倍，申请发明专利30项，制定团体标准2项。"],
    "三、组织架构与运行机制": ["联合体由运河智能牵头，共5家成员单位。联合体设立理事会，负责重大事项的商议与决策，由各成员单位负责人组成。"],
    "四、经费投入与保障措施": ["联合体三年总投入6000万元，其中成员企业自筹4000万元，省级财政资金1000万元，高校院所自筹1000万元。"],
    "五、进度安排": ["2023年完成样机研制，2024年完成中试验证，2025年实现示范应用并形成行业标准。"],
}


def _review(tmp_path: Path, doc: WordDocument) -> dict:
    path = tmp_path / "拱墅区" / "浙江省城市综合管廊智能巡检机器人创新联合体实施方案.docx"
    path.parent.mkdir()
    doc.save(path)
    return review_plan(path, tmp_path, PACK).dump()


def _status(result: dict, check: str) -> str:
    return next(c["status"] for c in result["checks"] if c["id"] == check)


def _plan(hint: str | None = None, chair: str = "理事长由牵头单位董事长担任。", schedule: str | None = None):
    doc = WordDocument()
    doc.add_heading("浙江省城市综合管廊智能巡检机器人创新联合体实施方案", 0)
    doc.add_paragraph(f"牵头单位：{LEAD}")
    doc.add_paragraph("申报类型：类型二")
    for title, paragraphs in BODIES.items():
        doc.add_heading(title, 1)
        if hint and title.startswith("三"):
            doc.add_paragraph(hint)
        for text in paragraphs:
            doc.add_paragraph(text)
        if title.startswith("三"):
            add_word_table(doc, [["单位名称", "单位性质"], *MEMBERS])
            doc.add_paragraph(chair)
        if title.startswith("五") and schedule:
            doc.paragraphs[-1].text = schedule
    return doc


def test_a_template_hint_left_in_the_plan_is_no_evidence_of_what_it_asks_for(tmp_path):
    hint = "（编写提示：说明理事会组成，理事长由牵头单位负责人担任；专家咨询委员会、首席科学家岗设置情况。）"
    result = _review(tmp_path, _plan(hint=hint))
    assert _status(result, "org.chief_scientist") == "warn"
    assert not any("编写提示" in e["text"] for c in result["checks"] for e in c["evidence"])


@pytest.mark.parametrize(("chair", "status"), [
    ("理事会实行单位理事制：理事长单位为牵头单位运河智能。理事长由运河智能技术负责人、首席技术官顾明远担任。", "fail"),
    ("理事长由牵头单位副总经理担任。", "fail"),
    ("理事长单位为牵头单位运河智能。理事长由运河智能董事长沈立群担任。", "pass"),
    ("理事长：沈立群（运河智能董事长）", "pass"),  # the unit in brackets after the chair's name
])
def test_a_chair_from_the_lead_who_is_not_its_head(tmp_path, chair, status):
    result = _review(tmp_path, _plan(chair=chair))
    check = next(c for c in result["checks"] if c["id"] == "org.council_chair")
    assert check["status"] == status
    if status == "fail":
        assert any("担任" in e["text"] for e in check["evidence"])


def test_a_schedule_that_only_points_to_an_absent_attachment_is_a_section_without_substance(tmp_path):
    doc = _plan(schedule="联合体按照“总体规划、分年实施、滚动推进”的原则组织实施，三年进度计划详见附件2。")
    doc.add_paragraph(f"牵头单位（盖章）：{LEAD}")
    doc.add_paragraph("2022年11月15日")
    doc.add_paragraph("附件1")
    add_word_table(doc, [["序号", "单位名称", "承担任务"], *[[str(i), n, "参与任务一至任务三的研发与验证"] for i, (n, _) in
                                                        enumerate(MEMBERS, 1)]])
    result = _review(tmp_path, doc)
    assert _status(result, "outline.substance") == "warn"
    section = next(s for s in result["extracted"]["sections"] if s["outline"] == 5)
    assert section["chars"] < 30  # neither the pointer, the sign-off nor 附件1's table counts as the section's text


def _boxed_plan(path: Path) -> Path:
    """Each section a one-column box: its title in the first row, its text (and member table) in the second."""
    doc = WordDocument()
    doc.add_paragraph("浙江省城市综合管廊智能巡检机器人创新联合体实施方案")
    for title, paragraphs in BODIES.items():
        box = doc.add_table(rows=2, cols=1)
        box.style = "Table Grid"
        box.cell(0, 0).text = title
        body = box.cell(1, 0)
        body.text = paragraphs[0]
        if title.startswith("三"):
            nested = body.add_table(rows=len(MEMBERS) + 1, cols=2)
            for r, row in enumerate([["单位名称", "单位性质"], *MEMBERS]):
                for c, text in enumerate(row):
                    nested.cell(r, c).text = text
        doc.add_paragraph("")
    doc.save(path)
    return path


@pytest.mark.parametrize("pdf", [False, True])
def test_sections_drawn_as_boxes_are_the_plan_s_sections(tmp_path, pdf):
    path = _boxed_plan(tmp_path / "plan.docx")
    plan = PlanText(read(to_pdf(path, tmp_path) if pdf else path), PACK)
    assert [s.heading_found for s in map_outline(plan.doc, PACK)] == list(BODIES)
    assert any("浙江省机电设计研究院" in b.text for b in plan.section_blocks(3))
