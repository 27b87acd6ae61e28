"""Three-year goal, measurable indicators and the major tasks of section 二."""

from __future__ import annotations

from extractors.targets import STRATEGIC_GOAL, extract_targets, tasks
from tests.extract_docs import PACK, plan, units


def test_goal_and_indicators():
    u = units("到2025年，建成国内领先的数控系统创新高地，申请发明专利50件以上，新增产值10亿元，突破关键核心技术8项。")
    found = extract_targets(u, u, PACK)
    goal, *indicators = found
    assert goal.metric == STRATEGIC_GOAL and goal.year == 2025 and goal.evidence
    measured = {(t.metric, t.value, t.unit) for t in indicators}
    assert measured == {("申请发明专利", 50.0, "件"), ("新增产值", 10.0, "亿元"), ("突破关键核心技术", 8.0, "项")}
    assert all(t.year == 2025 and t.evidence for t in indicators)


def test_goal_as_three_years_or_range():
    goal = extract_targets(units("2023—2025年，联合体目标是形成完整产业链。"), [], PACK)[0]
    assert goal.metric == STRATEGIC_GOAL and goal.year == 2025
    assert extract_targets(units("三年内实现关键装备国产化。"), [], PACK)[0].metric == STRATEGIC_GOAL


def test_no_goal_no_numbers():
    assert extract_targets(units("联合体将持续开展研究。"), [], PACK) == []


def test_years_and_dates_are_not_indicators():
    found = extract_targets(units("2023年11月启动，研发投入占比提高到8%。"), [], PACK)
    assert [(t.metric, t.value, t.unit) for t in found] == [("研发投入占比提高", 8.0, "%")]


def test_tasks_from_task_headings():
    doc = plan("## （一）总体目标", "到2025年……", "## （二）主要研发任务",
               "### 1. 高精度伺服驱动技术", "内容", "### 2. 数控系统可靠性技术", "内容")
    assert [t.title for t in tasks(doc.blocks)] == ["高精度伺服驱动技术", "数控系统可靠性技术"]


def test_tasks_from_numbered_paragraphs_and_explicit_labels():
    doc = plan("## （二）重大攻关任务（项目群）", "1. 任务甲：研究A。", "2. 任务乙：研究B。", "## （三）预期成果", "成果")
    assert [t.title for t in tasks(doc.blocks)] == ["任务甲：研究A", "任务乙：研究B"]
    doc = plan("任务一：高端轴承材料研发。", "说明", "任务二：精密加工工艺。")
    assert [t.title for t in tasks(doc.blocks)] == ["任务一：高端轴承材料研发", "任务二：精密加工工艺"]
