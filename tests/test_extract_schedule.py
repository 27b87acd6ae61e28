"""The schedule's phases with their periods and years."""

from __future__ import annotations

from docx import Document as DocxDocument

from extractors.schedule import extract_schedule
from pipeline.document import Document
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.submission import SchedulePhase
from tests.extract_docs import PACK, add_word_table, plan


def _schedule(doc: Document) -> list[SchedulePhase]:
    """The phases of all of ``doc``'s blocks."""
    return extract_schedule(PlanText(doc, PACK), doc.blocks)


def test_phases_in_their_common_forms():
    doc = plan(
        "第一阶段（2023年1月—2023年12月）：完成关键技术攻关。",
        "2024年：完成样机研制与验证。",
        "（三）2025年1月-2025年12月，实现产业化应用。",
        "各阶段由理事会监督。",
        [["时间", "主要任务"], ["2026年", "推广"]],
    )
    phases = _schedule(doc)
    assert [(p.start_year, p.end_year) for p in phases] == [(2023, 2023), (2024, 2024), (2025, 2025), (2026, 2026)]
    assert phases[0].period == "第一阶段（2023年1月—2023年12月"[:len(phases[0].period)]
    assert phases[0].period.startswith("第一阶段") and "2023年12月" in phases[0].period
    assert phases[3].evidence[0].loc.table == {"row": 1, "col": 0}


def test_multi_year_phase():
    phases = _schedule(plan("2023—2025年：分阶段推进攻关。"))
    assert (phases[0].start_year, phases[0].end_year) == (2023, 2025)


def test_prose_without_periods_gives_no_phase():
    assert _schedule(plan("到2025年实现目标。", "按计划推进。")) == []


def test_milestones_dotted_dates_and_numbered_years():
    doc = plan(
        "2023年3月底前：召开第一次理事会，签订任务书。",
        "2024年年底前：完成样机定型。",
        "第二阶段（2024.01—2024.12）：通过可靠性预考核。",
        "第三年（2025年）：全面完成考核指标。",
        "每年1月报送自评报告。",
    )
    phases = _schedule(doc)
    assert [(p.start_year, p.end_year) for p in phases] == [(2023, 2023), (2024, 2024), (2024, 2024), (2025, 2025)]
    assert phases[0].period == "2023年3月底前"
    assert phases[2].text.startswith("第二阶段（2024.01—2024.12）")


def test_phase_table_with_stage_time_task_and_indicator_columns(tmp_path):
    document = DocxDocument()
    rows = [
        ("阶段", "时间", "主要任务", "考核指标"),
        ("启动期", "2023.01—2023.12", "联合体组建；数据集一期", "数据集图像500万张"),
        ("攻坚期", "2024年1月—2024年12月", "行业模型开发", "行业模型3个"),
        ("推广期", "2025年1月—2025年12月", "规模化示范应用", "落地产线200条"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "plan.docx")
    phases = _schedule(read(tmp_path / "plan.docx"))
    assert [(p.start_year, p.end_year) for p in phases] == [(2023, 2023), (2024, 2024), (2025, 2025)]
    assert phases[0].period.startswith("启动期") and phases[0].evidence[0].loc.table == {"row": 1, "col": 0}


def test_a_date_column_after_the_task_is_a_milestone_but_a_year_inside_prose_is_not():
    doc = plan([["主要任务", "完成时间"],
                ["完成联合体组建和管理制度建设并签订任务书", "2023年6月底前"],
                ["完成样机研制与临床验证并申请注册证三项", "力争2024年完成"]])
    phases = _schedule(doc)
    assert [(p.period, p.start_year) for p in phases] == [("2023年6月底前", 2023)]


def test_a_stage_word_inside_the_phase_text_is_not_its_label():
    doc = plan(
        "2023年：完成联合体组建；建成专有结构数据库一期；算法上线。",
        "2024年：建成中试线二期。",
        "启动期（2025年）：推广应用。",
    )
    phases = _schedule(doc)
    assert [(p.period, p.start_year) for p in phases] == [("2023年", 2023), ("2024年", 2024), ("启动期（2025年", 2025)]


def test_ocr_noise_in_dates_is_tolerated():
    doc = plan(
        "2O23 年：完成联合体组建。",
        "2024 年 1 月一2024 年 12 月：样机中试。",
        "2025年-2026年：推广应用。",
        "牵头单位（盖章）：2027年：通过验收。日期：2022年11月10日",
        "2028年：总结。2029年：评估。",
        "型号XO2O23已定型。",
    )
    phases = _schedule(doc)
    assert [(p.start_year, p.end_year) for p in phases] == [
        (2023, 2023), (2024, 2024), (2025, 2026), (2027, 2027), (2028, 2028), (2029, 2029)]
    assert phases[3].text.startswith("2027年：通过验收")


def test_milestones_by_quarter_are_phases(tmp_path):
    """"2023年第四季度前：…" opens a phase as "2023年12月底前：…" does; a quarter inside prose does not."""
    document = DocxDocument()
    document.add_heading("五、进度安排", 1)
    for text in ("2023年第四季度前：完成新型分离层配方筛选和基膜中试。",
                 "2024年第四季度前：膜片连续化生产线投产。",
                 "2025年第四季度前：示范工程稳定运行，完成全部考核指标。",
                 "力争2025年第二季度实现批量供货。"):
        document.add_paragraph(text)
    document.save(tmp_path / "plan.docx")
    phases = _schedule(read(tmp_path / "plan.docx"))
    assert [(p.period, p.start_year) for p in phases] == [
        ("2023年第四季度前", 2023), ("2024年第四季度前", 2024), ("2025年第四季度前", 2025)]


def test_quarters_and_months_written_as_a_span_within_the_year_are_phases(tmp_path):
    """"2023年第一季度至第二季度：…" and "2024年1—6月：…" open phases, as "2023年第一、二季度：…" does."""
    document = DocxDocument()
    document.add_heading("五、进度安排", 1)
    for text in ("2023年第一季度至第二季度：完成阀内件流场仿真。", "2023年第三季度至第四季度：首批样机试制。",
                 "2024年1—6月：样机型式试验。", "2024年7月至12月：工业示范。", "2025年第1季度—第4季度：批量生产，完成验收。"):
        document.add_paragraph(text)
    document.save(tmp_path / "plan.docx")
    phases = _schedule(read(tmp_path / "plan.docx"))
    assert [(p.period, p.start_year) for p in phases] == [
        ("2023年第一季度至第二季度", 2023), ("2023年第三季度至第四季度", 2023), ("2024年1—6月", 2024),
        ("2024年7月至12月", 2024), ("2025年第1季度—第4季度", 2025)]


def test_clauses_of_one_paragraph_each_opening_with_a_year_are_phases():
    """"2023年完成…；2024年完成…；2025年量产…" schedules three years; one sentence opening with a year is prose."""
    doc = plan("2023年完成芯片流片和操作系统内核；2024年完成样机、整车验证和功能安全认证；2025年量产装车，完成全部指标。",
               "2022年公司营业收入达到12亿元，研发投入占比8%。")
    phases = _schedule(doc)
    assert [(p.period, p.start_year) for p in phases] == [("2023年", 2023), ("2024年", 2024), ("2025年", 2025)]
    assert phases[1].text.startswith("2024年完成样机")


def test_a_table_of_half_years_written_as_quarters():
    doc = plan([["时间", "主要任务"], ["2023年第一、二季度", "粉体合成工艺小试"], ["2024年三至四季度", "气压烧结中试"],
                ["2025年第三、四季度", "封装应用验证"]])
    phases = _schedule(doc)
    assert [(p.period, p.start_year) for p in phases] == [
        ("2023年第一、二季度", 2023), ("2024年三至四季度", 2024), ("2025年第三、四季度", 2025)]


def test_months_counted_from_the_stated_start_and_years_in_chinese_numerals(tmp_path):
    """"第13—24个月" under "实施期限为2023年1月至2025年12月" is 2024; without a stated start its years are unknown."""
    document = DocxDocument()
    document.add_paragraph("实施期限为2023年1月至2025年12月，共36个月。")
    for months in ("第1—6个月", "第7-12个月", "第13至24个月", "第25—36个月"):
        document.add_paragraph(f"{months}：完成该阶段任务。")
    document.add_paragraph("每6个月召开一次理事会。")
    document.save(tmp_path / "relative.docx")
    phases = _schedule(read(tmp_path / "relative.docx"))
    assert [(p.period, p.start_year) for p in phases] == [
        ("第1—6个月", 2023), ("第7-12个月", 2023), ("第13至24个月", 2024), ("第25—36个月", 2025)]
    later = DocxDocument()
    later.add_paragraph("项目实施期为2023年7月至2026年6月。")
    later.add_paragraph("第7—12个月：完成样机。")
    later.save(tmp_path / "later.docx")
    assert [(p.start_year, p.end_year) for p in _schedule(read(tmp_path / "later.docx"))] == [(2024, 2024)]
    written_out = DocxDocument()
    written_out.add_paragraph("建设周期：2023年1月—2025年12月。")
    for months in ("第一至十二个月", "第十三至二十四个月", "第二十五至三十六个月"):
        written_out.add_paragraph(f"{months}：完成该阶段任务。")
    written_out.save(tmp_path / "written_out.docx")
    assert [(p.period, p.start_year, p.end_year) for p in _schedule(read(tmp_path / "written_out.docx"))] == [
        ("第一至十二个月", 2023, 2023), ("第十三至二十四个月", 2024, 2024), ("第二十五至三十六个月", 2025, 2025)]
    unanchored = _schedule(plan("第1—6个月：完成抗原筛选。", "第7—12个月：完成小试。"))
    assert [(p.period, p.start_year) for p in unanchored] == [("第1—6个月", None), ("第7—12个月", None)]
    chinese = DocxDocument()
    for year in ("二〇二三", "二〇二四", "二零二五"):
        chinese.add_paragraph(f"{year}年：完成该年度任务。")
    chinese.save(tmp_path / "chinese.docx")
    assert [(p.start_year, p.text[:5]) for p in _schedule(read(tmp_path / "chinese.docx"))] == [
        (2023, "二〇二三年"), (2024, "二〇二四年"), (2025, "二零二五年")]


def test_a_chart_with_half_years_across_and_work_marked_below_gives_a_phase_per_column(tmp_path):
    document = DocxDocument()
    rows = [
        ("工作内容", "2023年上半年", "2023年下半年", "2024年上半年", "2024年下半年", "2025年上半年", "2025年下半年"),
        ("原理样机", "●", "●", "", "", "", ""),
        ("临床试验", "", "", "", "●", "●", ""),
        ("注册申报与推广", "", "", "", "", "●", "●"),
    ]
    add_word_table(document, rows)
    document.save(tmp_path / "plan.docx")
    phases = _schedule(read(tmp_path / "plan.docx"))
    assert [p.period for p in phases] == ["2023年上半年", "2023年下半年", "2024年下半年", "2025年上半年", "2025年下半年"]
    assert {p.start_year for p in phases} == {2023, 2024, 2025}  # a column with no work marked is no phase
    assert phases[2].text == "2024年下半年：临床试验"
    assert phases[3].evidence[1].loc.table == {"row": 2, "col": 0}


def test_quarters_and_halves_written_as_codes_after_the_year_are_phases():
    phases = _schedule(plan("2023Q1—Q2：完成平台总体架构设计", "2024H1：多物理场耦合模块开发", "2025H2：全面完成三年目标"))
    assert [(p.period, p.start_year) for p in phases] == [("2023Q1—Q2", 2023), ("2024H1", 2024), ("2025H2", 2025)]


def test_a_budget_table_with_years_across_is_no_schedule_chart():
    phases = _schedule(plan([["资金来源", "2023年", "2024年", "2025年"], ["企业自筹", "1000", "1200", "800"],
                             ["省级财政资金", "300", "300", "200"]]))
    assert all("企业自筹" not in p.text for p in phases)  # the sources are no work marked in a year
    assert len({p.start_year for p in phases}) < 3
