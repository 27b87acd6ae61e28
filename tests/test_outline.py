"""Headings are mapped onto the five outline sections whatever their numbering or small rewording."""

from __future__ import annotations

import pytest
from docx import Document as DocxDocument

from pipeline.outline import map_outline, normalise_title, section_blocks, section_order
from pipeline.readers import read
from tests.extract_docs import PACK, plan

FIVE = ["一、背景与意义", "二、目标与主要研发任务", "三、组织架构与运行机制", "四、经费投入与保障措施", "五、进度安排"]


def _body(titles: list[str]) -> list[str]:
    items: list[str] = ["浙江省高端数控装备创新联合体实施方案", "牵头单位：杭州精工数控科技股份有限公司"]
    for title in titles:
        items += [f"# {title}", f"{title}部分的正文内容。"]
    return items


@pytest.mark.parametrize("titles", [
    FIVE,
    ["第一部分 项目背景及意义", "第二部分 目标和主要研发任务", "第三部分 组织架构及运行机制", "第四部分 经费投入及保障措施", "第五部分 实施进度安排"],
    ["1. 组建背景与意义", "2. 建设目标与主要任务", "3. 组织管理与运行机制", "4. 资金投入与保障措施", "5. 进度计划"],
    ["（一）背景和意义", "（二）目标任务", "（三）组织架构", "（四）经费投入", "（五）实施进度"],
    ["背景与意义", "目标与主要研发任务", "组织架构与运行机制", "经费投入与保障措施", "进度安排"],
    ["第一章 项目建设背景和重要意义", "第二章 建设目标、主要任务", "第三章 组织架构与运行机制", "第四章 资金筹措与保障", "第五章 实施计划与进度"],
    ["1 背景与意义", "2 目标与主要研发任务", "3 组织架构与运行机制", "4 经费投入与保障措施", "5 进度安排"],
    ["一丶背景与意义", "二丶目标与主要研发任务", "三丶组织架构与运行机制", "四丶经费投入与保障措施", "五丶进度安排"],  # OCR's 、
])
def test_all_five_found_whatever_the_numbering(titles):
    sections = map_outline(plan(*_body(titles)), PACK)
    assert [s.present for s in sections] == [True] * 5
    assert [s.heading_found for s in sections] == titles
    assert all(s.chars > 0 and s.evidence[0].text == t for s, t in zip(sections, titles, strict=True))


def test_missing_section_and_order():
    titles = [FIVE[0], FIVE[2], FIVE[1], FIVE[4]]
    sections = map_outline(plan(*_body(titles)), PACK)
    assert [s.present for s in sections] == [True, True, True, False, True]
    assert section_order(sections) == [1, 3, 2, 5]


def test_cover_title_and_leaked_toc_are_not_sections():
    toc = ["目  录", *(f"{t}……………………{n}" for n, t in enumerate(FIVE, 1))]
    doc = plan("浙江省智能制造创新联合体实施方案", *toc, *_body(FIVE)[2:])
    sections = map_outline(doc, PACK)
    first = sections[0].first_block
    assert doc.blocks[first].text == "一、背景与意义" and first > len(toc)
    assert all(s.chars > 0 for s in sections)


def test_sub_headings_do_not_steal_or_cut_sections():
    doc = plan(
        "# 一、背景与意义", "正文。",
        "# 二、目标与主要研发任务", "## （一）建设目标", "到2025年……", "## （二）运行机制保障", "内容",
        "# 三、组织架构与运行机制", "## （一）组织架构", "理事会……", "## （二）运行机制", "机制……",
        "# 四、经费投入与保障措施", "总投入1亿元。",
        "# 五、进度安排", "2023年：启动。",
        "# 六、预期成效", "成效。",
    )
    sections = map_outline(doc, PACK)
    assert [doc.blocks[s.first_block].text for s in sections] == [f"{t}" for t in FIVE]
    assert [b.text for b in section_blocks(doc, sections, 3)] == ["（一）组织架构", "理事会……", "（二）运行机制", "机制……"]
    assert [b.text for b in section_blocks(doc, sections, 5)] == ["2023年：启动。"]


def test_heading_only_section_has_no_substance():
    doc = plan(*[f"# {t}" for t in FIVE[:4]], "# 五、进度安排")
    sections = map_outline(doc, PACK)
    assert all(s.present and s.chars == 0 for s in sections)


def test_normalise_title():
    assert normalise_title("第三部分、组织架构和运行机制") == "组织架构运行机制"
    assert normalise_title("四、经费投入及保障措施 ..........12") == "经费投入保障措施"
    assert normalise_title("（五）实施进度安排") == "实施进度安排"


def _banner_plan(path, banner_rows: int = 1, banner_cols: int = 1):
    """A Word plan whose section titles sit in one-row boxes (a table) instead of heading paragraphs."""
    document = DocxDocument()
    document.add_paragraph("浙江省有机材料创新联合体实施方案")
    for title in FIVE:
        box = document.add_table(rows=banner_rows, cols=banner_cols)
        box.style = "Table Grid"
        box.cell(0, 0).text = title
        document.add_paragraph(f"{title[2:]}部分的正文内容，共三段。")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "注：本方案金额单位均为万元，各项合计如有尾差系四舍五入所致。"
    document.save(path)
    return read(path)


@pytest.mark.parametrize("cols", [1, 3])
def test_titles_boxed_in_one_row_tables_are_sections(tmp_path, cols):
    doc = _banner_plan(tmp_path / "plan.docx", banner_cols=cols)
    sections = map_outline(doc, PACK)
    assert [s.heading_found for s in sections] == FIVE
    assert [b.text for b in section_blocks(doc, sections, 2)] == ["目标与主要研发任务部分的正文内容，共三段。"]
    assert all(s.chars > 0 and s.evidence[0].text == t for s, t in zip(sections, FIVE, strict=True))


def test_a_boxed_title_outranks_the_sub_headings_under_it(tmp_path):
    """"二、目标与主要研发任务" boxed, then sub-headings "（一）近期目标" … "（三）主要研发任务": the box opens the part,
    so the member list under "三、…" (boxed too) is not read as part of the goals."""
    document = DocxDocument()
    document.add_paragraph("浙江省海上风电主轴轴承创新联合体实施方案")
    subs = {2: ["（一）近期目标", "（二）中长期目标", "（三）主要研发任务"], 3: ["（一）成员单位", "（二）组织架构"],
            4: ["（一）经费投入", "（二）保障措施"]}
    for number, title in enumerate(FIVE, start=1):
        document.add_table(rows=1, cols=1).cell(0, 0).text = title
        for sub in subs.get(number, []):
            document.add_heading(sub, 2)
            document.add_paragraph(f"{sub[3:]}的正文内容。")
        if number not in subs:
            document.add_paragraph(f"{title[2:]}部分的正文内容。")
    document.save(tmp_path / "plan.docx")
    sections = map_outline(read(tmp_path / "plan.docx"), PACK)
    assert [s.heading_found for s in sections] == FIVE


def test_a_table_with_more_rows_is_not_a_title_box(tmp_path):
    doc = _banner_plan(tmp_path / "plan.docx", banner_rows=2)
    assert not any(s.present for s in map_outline(doc, PACK))


def test_a_boxed_caption_is_not_a_section():
    doc = plan([["表4 经费投入与保障措施"]], "单位：万元")
    assert not map_outline(doc, PACK)[3].present
    doc = plan([["四、经费投入与保障措施"]], "总投入1亿元。")
    assert map_outline(doc, PACK)[3].present


def _run_in_plan(path, lead_ins: list[tuple[str, str]]):
    """A Word plan whose paragraphs open with a bold lead-in ending in a colon, then body text in plain runs."""
    document = DocxDocument()
    document.add_paragraph("浙江省绿色化工创新联合体实施方案")
    for lead, body in lead_ins:
        paragraph = document.add_paragraph()
        paragraph.add_run(lead).bold = True
        paragraph.add_run(body)
    document.save(path)
    return read(path)


def test_run_in_numbered_titles_head_their_sections(tmp_path):
    doc = _run_in_plan(tmp_path / "plan.docx", [
        ("一、背景与意义：", "当前高毒农药退出步伐加快，绿色农药需求快速增长。"),
        ("一是创制能力弱：", "新化合物创制能力弱，工艺落后。"),
        ("二、目标与主要研发任务：", "到2025年创制新农药化合物2个。"),
        ("总体思路：", "以企业为主体。"),
    ])
    sections = map_outline(doc, PACK)
    assert [s.heading_found for s in sections[:2]] == ["一、背景与意义", "二、目标与主要研发任务"]
    assert [b.text for b in section_blocks(doc, sections, 1)] == [
        "当前高毒农药退出步伐加快，绿色农药需求快速增长。", "一是创制能力弱：新化合物创制能力弱，工艺落后。",
    ]
    assert [b.text for b in section_blocks(doc, sections, 2)] == ["到2025年创制新农药化合物2个。", "总体思路：以企业为主体。"]
    assert sections[0].chars == len("当前高毒农药退出步伐加快，绿色农药需求快速增长。一是创制能力弱：新化合物创制能力弱，工艺落后。")


def test_numbered_lead_in_inside_a_section_does_not_start_it():
    doc = plan(
        "# 一、背景与意义", "正文。",
        "# 三、组织架构与运行机制", "联合体设理事会。", "（一）组织架构与运行机制：理事会由成员单位组成。",
        "一是背景与意义：在本节之外的说明。",
    )
    sections = map_outline(doc, PACK)
    assert sections[2].heading_found == "三、组织架构与运行机制"
    assert [b.text for b in section_blocks(doc, sections, 3)][-1] == "一是背景与意义：在本节之外的说明。"
    assert not sections[1].present


def test_parts_with_sub_headings_at_the_same_level_that_repeat_their_names(tmp_path):
    """“第四部分 经费投入与保障措施” followed at once by “一、经费投入” (one level once a PDF flattens them):
    the part heads its section, its sub-heading does not."""
    d = DocxDocument()
    for text in ["第一部分 背景与意义", "一、行业发展现状", "#工业CT是高端制造的核心检测装备。",
                 "第二部分 目标与主要研发任务", "一、总体目标", "#到2025年研制整机2型。", "二、主要研发任务",
                 "#任务一：射线源。", "第三部分 组织架构与运行机制", "一、成员单位", "#联合体由7家单位组成。",
                 "二、组织架构", "#联合体设立理事会。", "第四部分 经费投入与保障措施", "一、经费投入",
                 "#联合体三年计划投入24000万元。", "二、保障措施", "#设立专账。", "第五部分 进度安排",
                 "#2023年完成组建。"]:
        if text.startswith("#"):
            d.add_paragraph(text[1:])
        else:
            d.add_heading(text, 1)
    d.save(tmp_path / "plan.docx")
    sections = map_outline(read(tmp_path / "plan.docx"), PACK)
    assert [s.heading_found for s in sections] == ["第一部分背景与意义", "第二部分目标与主要研发任务",
                                                   "第三部分组织架构与运行机制", "第四部分经费投入与保障措施", "第五部分进度安排"]


def test_spaced_cover_title_is_no_section_above_numbered_headings(tmp_path):
    """A cover title "实 施 方 案" styled above the sections does not anchor 进度安排 (实施 alone is no section)."""
    word = DocxDocument()
    word.add_heading("浙江省氢混燃气轮机创新联合体", 1)
    word.add_heading("实 施 方 案", 1)
    word.add_paragraph("牵头单位：杭州富春动力集团有限公司")
    titles = ["1. 背景与意义", "2. 目标与主要研发任务", "3. 组织架构与运行机制", "4. 经费投入与保障措施", "5. 进度安排"]
    for title in titles:
        word.add_heading(title, 3)
        word.add_paragraph(f"{title}部分的正文内容。")
    path = tmp_path / "plan.docx"
    word.save(path)
    doc = read(path)
    sections = map_outline(doc, PACK)
    assert [doc.blocks[s.first_block].text.replace(" ", "") for s in sections] == [t.replace(" ", "") for t in titles]
    assert section_order(sections) == [1, 2, 3, 4, 5]


def test_a_gongwen_report_with_ordinal_run_in_titles_has_the_five_sections(tmp_path):
    """A district's 报告 carrying the plan as its body, parts led by 一是…五是: each part is a section."""
    word = DocxDocument()
    word.add_paragraph("关于报送浙江省工程机械电液控制创新联合体实施方案的报告")
    for ordinal, title in zip("一二三四五", ["背景与意义", "目标与主要研发任务", "组织架构与运行机制",
                                           "经费投入与保障措施", "进度安排"], strict=True):
        word.add_paragraph(f"{ordinal}是{title}：联合体将围绕电液控制系统开展工作，形成成果。")
    word.add_paragraph("在经费使用上，一是加强统筹：专款专用。")
    path = tmp_path / "report.docx"
    word.save(path)
    sections = map_outline(read(path), PACK)
    assert [s.heading_found for s in sections] == ["背景与意义", "目标与主要研发任务", "组织架构与运行机制",
                                                 "经费投入与保障措施", "进度安排"]


def test_goals_and_tasks_written_as_two_headings_in_a_row_are_one_section(tmp_path):
    d = DocxDocument()
    for title, body in (("一、背景与意义", "背景。"), ("二、发展目标", "到2025年，飞灰脱氯率达到98%以上。"),
                        ("三、主要研发任务", "任务一，飞灰水洗脱氯。"), ("四、组织架构与运行机制", "设理事会。"),
                        ("五、经费投入与保障措施", "总投入1亿元。"), ("六、进度安排", "2023年完成样机。")):
        d.add_heading(title, 1)
        d.add_paragraph(body)
    d.save(tmp_path / "plan.docx")
    doc = read(tmp_path / "plan.docx")
    sections = map_outline(doc, PACK)
    goals = next(s for s in sections if s.outline == 2)
    assert goals.heading_found == "二、发展目标 / 三、主要研发任务"
    texts = [b.text for b in section_blocks(doc, sections, 2)]
    assert "到2025年，飞灰脱氯率达到98%以上。" in texts and "任务一，飞灰水洗脱氯。" in texts
    background = [b.text for b in section_blocks(doc, sections, 1)]
    assert background == ["背景。"]
