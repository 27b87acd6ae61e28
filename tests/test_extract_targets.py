"""Three-year goal, measurable indicators and the major tasks of section 二."""

from __future__ import annotations

from docx import Document as WordDocument

from extractors.targets import STRATEGIC_GOAL, extract_targets, tasks
from pipeline.document import Document
from pipeline.evidence import document_units as units_of
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.submission import Task
from tests.extract_docs import PACK, add_word_table, plan, units


def _tasks(doc: Document) -> list[Task]:
    """The tasks read from all of ``doc``'s blocks."""
    return tasks(PlanText(doc, PACK), doc.blocks)


def test_goal_and_indicators():
    u = units("到2025年，建成国内领先的数控系统创新高地，申请发明专利50件以上，新增产值10亿元，突破关键核心技术8项。")
    found = extract_targets(u, u)
    goal, *indicators = found
    assert goal.metric == STRATEGIC_GOAL and goal.year == 2025 and goal.evidence
    measured = {(t.metric, t.value, t.unit) for t in indicators}
    assert measured == {("申请发明专利", 50.0, "件"), ("新增产值", 10.0, "亿元"), ("突破关键核心技术", 8.0, "项")}
    assert all(t.year == 2025 and t.evidence for t in indicators)


def test_goal_as_three_years_or_range():
    goal = extract_targets(units("2023—2025年，联合体目标是形成完整产业链。"), [])[0]
    assert goal.metric == STRATEGIC_GOAL and goal.year == 2025
    assert extract_targets(units("三年内实现关键装备国产化。"), [])[0].metric == STRATEGIC_GOAL


def test_no_goal_no_numbers():
    assert extract_targets(units("联合体将持续开展研究。"), []) == []


def test_years_and_dates_are_not_indicators():
    found = extract_targets(units("2023年11月启动，研发投入占比提高到8%。"), [])
    assert [(t.metric, t.value, t.unit) for t in found] == [("研发投入占比提高", 8.0, "%")]


def test_tasks_from_task_headings():
    doc = plan("## （一）总体目标", "到2025年……", "## （二）主要研发任务",
               "### 1. 高精度伺服驱动技术", "内容", "### 2. 数控系统可靠性技术", "内容")
    assert [t.title for t in _tasks(doc)] == ["高精度伺服驱动技术", "数控系统可靠性技术"]


def test_tasks_from_numbered_paragraphs_and_explicit_labels():
    doc = plan("## （二）重大攻关任务（项目群）", "1. 任务甲：研究A。", "2. 任务乙：研究B。", "## （三）预期成果", "成果")
    assert [t.title for t in _tasks(doc)] == ["任务甲：研究A", "任务乙：研究B"]
    doc = plan("任务一：高端轴承材料研发。", "说明", "任务二：精密加工工艺。")
    assert [t.title for t in _tasks(doc)] == ["任务一：高端轴承材料研发", "任务二：精密加工工艺"]
    doc = plan("# 课题1 高纯偶联剂合成", "课题2高端密封胶开发", "已完成项目3个。")
    assert [t.title for t in _tasks(doc)] == ["课题1高纯偶联剂合成", "课题2高端密封胶开发"]


def test_tasks_listed_inline_in_one_paragraph_once_per_label():
    doc = plan("（二）主要任务。设置四个攻关任务，组成项目群：",
               "任务一，数据集与标注工具链，由甲公司牵头；任务二，基础大模型，由乙大学承担；任务三，边缘推理一体机。",
               "其中任务1、任务2拟申报省级计划；任务三另行配套立项。")
    assert [t.title for t in _tasks(doc)] == ["任务一，数据集与标注工具链，由甲公司牵头", "任务二，基础大模型，由乙大学承担",
                                                    "任务三，边缘推理一体机"]


def test_tasks_enumerated_in_prose():
    doc = plan("围绕揭榜任务，联合体设置衬底外延、芯片工艺、模块封装、整车验证四个子任务，形成项目群：甲负责衬底。")
    assert [t.title for t in _tasks(doc)] == ["衬底外延", "芯片工艺", "模块封装", "整车验证"]
    doc = plan("主要研发任务共三个方向：一是偶联剂绿色合成，由甲承担；二是导热密封材料，由乙牵头；三是低应力封装胶")
    assert [t.title for t in _tasks(doc)] == ["偶联剂绿色合成，由甲承担", "导热密封材料，由乙牵头", "低应力封装胶"]


def test_enumerations_that_are_not_tasks_give_none():
    doc = plan("运行机制：一是数据共享；二是开放合作。", "凝练形成三项重大攻关任务，每项任务明确牵头单位。")
    assert _tasks(doc) == []


def test_tasks_from_a_task_table_column():
    doc = plan("三个方向共设置课题如下：",
               [["方向", "课题", "承担单位"], ["方向一", "硅烷偶联剂绿色合成", "甲"], ["方向二", "导热灌封胶", "乙"], ["合计", "", ""]])
    found = _tasks(doc)
    assert [t.title for t in found] == ["硅烷偶联剂绿色合成", "导热灌封胶"]
    assert found[0].evidence[0].loc.table == {"row": 1, "col": 1}


def test_tasks_listed_inline_with_bracketed_or_circled_numbers():
    doc = plan("到2025年，建成示范线2条。",
               "主要任务：（1）整机设计；(2)视觉识别；③调度软件。四项任务组成项目群，其中任务（2）拟申报省级计划。")
    assert [t.title for t in _tasks(doc)] == ["整机设计", "视觉识别", "调度软件"]
    # An OCR line break carries the list on into the next paragraphs.
    doc = plan("重点任务：（1）种质资源评价；（2）基因组选育；", "（3）良种扩繁；（4）生态养殖示范。任务组成项目", "群，任务（2）拟申报。")
    found = _tasks(doc)
    assert [t.title for t in found] == ["种质资源评价", "基因组选育", "良种扩繁", "生态养殖示范"]
    assert found[2].evidence[0].loc.block == 1
    assert _tasks(plan("保障措施：（1）设立专账；（2）专款专用。")) == []


def test_task_list_broken_right_after_its_first_item(tmp_path):
    """A PDF or OCR line break may start a new paragraph at "（2）": the list still has all its items."""
    word = WordDocument()
    word.add_heading("二、目标与主要研发任务", 1)
    word.add_paragraph("2、主要研发任务。（1）高功率密度伺服电机设计与制造，由牵头单位承担；")
    word.add_paragraph("（2）高分辨率绝对值编码器，由杭州临安智能装备研究院有限公司承担；（3）伺服专用精密轴承，由杭州锐驰精密轴承有限公司承担。")
    word.add_paragraph("（1）本段另起的编号不是任务。")
    path = tmp_path / "plan.docx"
    word.save(path)
    found = _tasks(read(path))
    assert [t.title for t in found] == ["高功率密度伺服电机设计与制造，由牵头单位承担", "高分辨率绝对值编码器，由杭州临安智能装备研究院有限公司承担",
                                        "伺服专用精密轴承，由杭州锐驰精密轴承有限公司承担"]


def test_tasks_numbered_inline_with_arabic_numbers(tmp_path):
    """"主要研发任务：1．…。2．…" in one paragraph, as a form cell or a PDF joins them; 任务1、任务2 are references."""
    word = WordDocument()
    word.add_heading("二、目标与主要研发任务", 1)
    word.add_paragraph("（二）主要研发任务：1．高速激光器芯片。由杭州富阳光芯半导体有限公司负责，突破外延生长技术。"
                       "2．硅光调制芯片。由中国科学院上海光学精密机械研究所负责。3．800G光模块。4、整机验证与示范应用。"
                       "上述任务形成项目群，任务1、任务2拟申报省“尖兵”研发攻关计划。")
    path = tmp_path / "plan.docx"
    word.save(path)
    assert [t.title for t in _tasks(read(path))] == ["高速激光器芯片", "硅光调制芯片", "800G光模块", "整机验证与示范应用"]


def test_unnumbered_tasks_after_a_colon_separated_by_semicolons(tmp_path):
    """"攻关任务…组织为项目群：A（甲）；B（乙）；…。" names the tasks without numbers; who carries each is no title."""
    word = WordDocument()
    word.add_paragraph("联合体目标和攻关任务")
    word.add_paragraph("到2025年，实现三类材料在国内主流面板企业的批量验证；申请发明专利35项。")
    word.add_paragraph("攻关任务按“材料—工艺—验证”组织为项目群：透明PI单体合成与浆料制备（牵头单位、浙江工业大学）；封装阻隔膜"
                       "（杭州臻显光电材料有限公司）；光学透明胶配方与涂布工艺（浙江省化工研究院有限公司）；面板企业上线验证（牵头单位）。")
    word.add_paragraph("保障措施：设立专账；专款专用。")
    path = tmp_path / "plan.docx"
    word.save(path)
    found = _tasks(read(path))
    assert [t.title for t in found] == ["透明PI单体合成与浆料制备", "封装阻隔膜", "光学透明胶配方与涂布工艺", "面板企业上线验证"]
    assert found[1].evidence[0].text.startswith("攻关任务")
    assert _tasks(plan("保障措施：设立专账；专款专用。", "考核指标：专利10项；标准2项。")) == []


def test_a_goal_table_in_full_width_digits_gives_indicators_named_by_their_row(tmp_path):
    """"申请发明专利 | — | ３０项": the row names what its target cell measures; the 现状值 column is no target,
    and a funding table in the same part is no goal."""
    word = WordDocument()
    word.add_heading("二、目标与主要研发任务", 1)
    word.add_paragraph("到２０２５年，联合体形成国内领先优势。三年战略目标的主要指标如下：")
    add_word_table(word, [["指标名称", "现状值", "２０２５年目标值"], ["医用材料国产化率", "２０％", "８０％"],
                          ["申请发明专利", "—", "３０项"], ["新增产值", "—", "８亿元"]])
    add_word_table(word, [["资金来源", "２０２３年", "２０２４年"], ["企业自筹", "３０００万元", "２０００万元"]])
    path = tmp_path / "plan.docx"
    word.save(path)
    found = extract_targets(units_of(read(path)), [])
    assert found[0].metric == STRATEGIC_GOAL and found[0].year == 2025
    assert [(t.metric, t.value, t.unit, t.year) for t in found[1:]] == [
        ("医用材料国产化率", 80.0, "%", 2025), ("申请发明专利", 30.0, "项", 2025), ("新增产值", 8.0, "亿元", 2025)]


def test_a_goal_year_in_chinese_numerals(tmp_path):
    word = WordDocument()
    word.add_paragraph("到二〇二五年，建成自主可控的单细胞多组学检测技术体系。")
    word.add_paragraph("二〇二三年投入研发经费，十一二三年不是年份。")
    path = tmp_path / "plan.docx"
    word.save(path)
    goal, = extract_targets(units_of(read(path)), [])
    assert goal.year == 2025 and goal.evidence[0].text.startswith("到二〇二五年")


def test_a_goal_dated_by_the_end_of_a_five_year_plan(tmp_path):
    """"到“十四五”末" is the end of 2025: the goal has its horizon though no year is written."""
    word = WordDocument()
    word.add_paragraph("到“十四五”末，建成国内领先的一体化压铸协同创新体系，新增产值20亿元。")
    word.add_paragraph("本项目已纳入“十四五”规划重点项目。")
    path = tmp_path / "plan.docx"
    word.save(path)
    goal, *_ = extract_targets(units_of(read(path)), [])
    assert goal.metric == STRATEGIC_GOAL and goal.year == 2025 and goal.evidence[0].text.startswith("到“十四五”末")
