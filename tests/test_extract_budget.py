"""Budget figures in 万元 from real .docx plans, whichever way the plan writes them."""

from pathlib import Path

import docx
import pytest
from docx.shared import Cm

from checks import run_plan_checks
from extractors.budget import extract_budget
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import Member
from tests.check_builders import good_plan
from tests.extract_docs import add_word_table
from tests.reader_pdf_samples import to_pdf

PACK = load_rulepack()
MEMBERS = [
    Member(name="浙江远帆新材料股份有限公司", kind="enterprise", is_lead=True),
    Member(name="浙江工业大学", kind="university"),
    Member(name="杭州精密材料研究所", kind="institute"),
    Member(name="浙江省人民医院", kind="other"),
    Member(name="杭州晨曦电子有限公司", kind="enterprise"),
]


def _budget(tmp_path: Path, paragraphs: list[str], table: list[list[str]] | None = None, caption: str | None = None,
            members: list[Member] = (), pdf: bool = False):
    d = docx.Document()
    d.add_heading("一、背景与意义", 1)
    d.add_paragraph("公司2021年研发投入3.2亿元，其中企业自筹资金2亿元。")
    d.add_heading("四、经费投入与保障措施", 1)
    for text in paragraphs:
        d.add_paragraph(text)
    if caption:
        d.add_paragraph(caption)
    if table:
        add_word_table(d, table)
    d.add_heading("五、进度安排", 1)
    d.add_paragraph("2023年完成样机。")
    path = tmp_path / "plan.docx"
    d.save(path)
    doc = read(to_pdf(path, tmp_path) if pdf else path)
    return extract_budget(PlanText(doc, PACK), members)


def test_prose_in_yi_with_government_levels_summed(tmp_path):
    b = _budget(tmp_path, [
        "2023—2025年，联合体计划总投入1.2亿元，其中企业自筹0.9亿元，省级财政支持1000万元，"
        "市级财政配套1000万元，区县财政资助500万元。",
        "2023年投入4000万元，其中企业自筹3000万元；2024年投入4000万元；2025年投入4000万元。",
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (12000.0, 9000.0, 2500.0)
    assert b.by_year == {"2023": 4000.0, "2024": 4000.0, "2025": 4000.0}
    assert any("0.9亿元" in e.text for e in b.evidence)


def test_yuan_table_with_thousands_separators(tmp_path):
    b = _budget(tmp_path, ["经费预算如下表。"], caption="表1 经费预算表（单位：元）", table=[
        ["经费来源", "2023年", "2024年", "2025年", "合计"],
        ["企业自筹", "30,000,000", "30,000,000", "30,000,000", "90,000,000"],
        ["省级财政", "5,000,000", "5,000,000", "", "10,000,000"],
        ["市级财政", "5,000,000", "5,000,000", "", "10,000,000"],
        ["区县财政", "2,000,000", "3,000,000", "", "5,000,000"],
        ["合计", "42,000,000", "43,000,000", "30,000,000", "120,000,000"],
    ])
    assert b.enterprise_wan == pytest.approx(9000.0)
    assert b.government_wan == pytest.approx(2500.0)
    assert b.by_year == pytest.approx({"2023": 4200.0, "2024": 4300.0, "2025": 3000.0})
    assert b.stated_total_wan == pytest.approx(12000.0)  # the printed total, although the parts add up to 11500
    assert b.enterprise_wan + b.government_wan == pytest.approx(11500.0)


def test_transposed_table_and_stated_total_that_does_not_add_up(tmp_path):
    b = _budget(tmp_path, [], caption="经费投入计划（万元）", table=[
        ["年度", "企业自筹", "省级财政", "市级财政", "其他", "合计"],
        ["2023年", "3000", "500", "500", "0", "4000"],
        ["2024年", "3000", "500", "500", "0", "4000"],
        ["2025年", "3000", "0", "0", "100", "3100"],
        ["合计", "9000", "1000", "1000", "100", "12000"],
    ])
    assert (b.enterprise_wan, b.government_wan, b.other_wan) == (9000.0, 2000.0, 100.0)
    assert b.stated_total_wan == 12000.0 and b.total_wan == 12000.0  # stated, not the sum 11100
    assert b.by_year == {"2023": 4000.0, "2024": 4000.0, "2025": 3100.0}
    assert b.evidence[0].loc.table is not None


def test_no_budget_section_amounts_means_no_figures_from_background(tmp_path):
    b = _budget(tmp_path, ["联合体将积极争取各级财政支持。"])
    assert b.total_wan is None and b.enterprise_wan is None and b.by_year == {}


def test_prose_year_list_and_a_level_that_equals_the_others_sum(tmp_path):
    b = _budget(tmp_path, [
        "联合体三年计划总投入6700万元，其中企业自筹5000万元；申请省级财政支持700万元、市级财政支持400万元、"
        "区县财政支持300万元；其他渠道投入300万元。",
        "分年度投入为：2023年0.2亿元、2024年0.25亿元、2025年0.22亿元。",
    ])
    assert (b.enterprise_wan, b.government_wan, b.other_wan) == (5000.0, 1400.0, 300.0)
    assert b.by_year == {"2023": 2000.0, "2024": 2500.0, "2025": 2200.0}


def test_government_subtotal_row_over_its_levels(tmp_path):
    b = _budget(tmp_path, ["经费预算如下表。"], caption="经费预算表（单位：万元）", table=[
        ["资金来源", "金额"],
        ["企业自筹", "5000"],
        ["财政资金", "1400"],
        ["其中：省级财政", "700"],
        ["市级财政", "400"],
        ["区县财政", "300"],
        ["合计", "6400"],
    ])
    assert (b.enterprise_wan, b.government_wan) == (5000.0, 1400.0)


def test_academic_and_hospital_self_funding_is_not_enterprise_money(tmp_path):
    b = _budget(tmp_path, ["经费安排如下："], caption="单位：万元", members=MEMBERS, table=[
        ["资金来源", "2023年", "2024年", "合计"],
        ["企业自筹", "3000", "3000", "6000"],
        ["省级财政", "500", "500", "1000"],
        ["高校院所及医院自筹", "300", "200", "500"],
        ["合计", "3800", "3700", "7500"],
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (7500.0, 6000.0, 1000.0, 500.0)


def test_self_funding_of_members_named_by_short_forms_is_not_enterprise_money(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入10000万元。其中：企业自筹5500万元；申请省级财政资金3000万元；"
                           "浙工大和精密所自筹1500万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (10000.0, 5500.0, 3000.0)


def test_per_unit_table_sums_enterprise_members_and_takes_the_total_row(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投资12000万元，其中成员单位自筹9000万元（成员企业自筹8500万元）。各单位经费如下："],
                members=MEMBERS, table=[
        ["单位", "自筹（万元）", "财政（万元）", "合计（万元）"],
        ["浙江远帆新材料股份有限公司（牵头单位）", "6000", "2000", "8000"],
        ["浙江工业大学", "300", "500", "800"],
        ["杭州精密材料研究所", "200", "500", "700"],
        ["杭州晨曦电子有限公司", "2500", "", "2500"],
        ["合计", "9000", "3000", "12000"],
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (12000.0, 8500.0, 3000.0)


def test_self_funding_that_cannot_be_split_by_payer_leaves_enterprise_unknown(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入8000万元，其中成员单位自筹6000万元，省级财政2000万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (8000.0, None, 2000.0)


def test_per_unit_table_with_a_unit_outside_the_member_list_leaves_enterprise_unknown(tmp_path):
    b = _budget(tmp_path, ["各单位经费如下："], members=MEMBERS, table=[
        ["单位", "自筹（万元）", "财政（万元）", "合计（万元）"],
        ["浙江远帆新材料股份有限公司", "6000", "2000", "8000"],
        ["杭州未列名检测技术有限公司", "500", "", "500"],
        ["合计", "6500", "2000", "8500"],
    ])
    assert (b.total_wan, b.enterprise_wan) == (8500.0, None)


def test_year_table_with_one_amount_column_gives_by_year_and_keeps_its_stated_total(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投资15000万元，其中成员企业自筹11000万元，省级财政资金4000万元。分年度投资计划如下："],
                table=[
        ["年度", "投资额（万元）", "主要用途"],
        ["2023年", "4000", "数据集建设、算力采购"],
        ["2024年", "6000", "行业模型开发"],
        ["2025年", "4500", "示范应用推广"],
        ["合计", "15000", ""],
    ])
    assert b.by_year == {"2023": 4000.0, "2024": 6000.0, "2025": 4500.0}
    assert b.stated_total_wan == 15000.0 and sum(b.by_year.values()) == 14500.0
    assert (b.enterprise_wan, b.government_wan) == (11000.0, 4000.0)
    assert [e.loc.table["row"] for e in b.evidence if e.loc.table] == [1, 2, 3, 4]


def test_year_table_laid_out_across_columns_takes_the_unit_of_its_header(tmp_path):
    b = _budget(tmp_path, ["分年度经费安排如下："], table=[
        ["年度", "2023年度", "2024年度", "2025年度", "合计"],
        ["经费投入（元）", "20,000,000", "25,000,000", "22,000,000", "67,000,000"],
    ])
    assert b.by_year == pytest.approx({"2023": 2000.0, "2024": 2500.0, "2025": 2200.0})
    assert b.stated_total_wan == pytest.approx(6700.0) and b.total_wan == pytest.approx(6700.0)


def test_year_table_of_other_figures_is_not_money(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入8000万元，其中企业自筹6000万元，省级财政2000万元。"], table=[
        ["年度", "营业收入（万元）", "新增专利（项）"],
        ["2023年", "52000", "20"],
        ["2024年", "61000", "25"],
    ])
    assert b.by_year == {} and b.total_wan == 8000.0


def test_a_breakdown_of_the_stated_enterprise_total_by_payer_is_not_added_again(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入9000万元，其中成员企业自筹6000万元；省级财政3000万元。"
                           "牵头单位自筹4000万元，其余成员企业自筹2000万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (9000.0, 6000.0, 3000.0)
    b = _budget(tmp_path, ["联合体三年总投入9000万元，其中企业自筹6000万元；省级财政3000万元。"
                           "远帆新材料自筹4500万元、晨曦电子自筹1500万元。"], members=MEMBERS)
    assert b.enterprise_wan == 6000.0


def test_enterprise_lines_that_only_happen_to_add_up_are_all_counted(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入12000万元：企业自筹3000万元，企业配套投入2000万元，成员企业出资5000万元，"
                           "省级财政2000万元。"], members=MEMBERS)
    assert b.enterprise_wan == 10000.0


def test_amounts_in_the_safeguards_part_are_not_budget_lines(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入15000万元，其中成员企业自筹10500万元，省级财政4500万元。",
                           "保障措施：创投基金设立不低于2亿元的专项子基金，支持联合体成果产业化。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (15000.0, 10500.0, 4500.0, None)


def test_amounts_under_a_safeguards_heading_are_not_budget_lines(tmp_path):
    d = docx.Document()
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_heading("（一）经费投入", 2)
    d.add_paragraph("联合体三年总投入8000万元，其中企业自筹6000万元，省级财政2000万元。")
    d.add_heading("（二）保障措施", 2)
    d.add_paragraph("区政府设立产业基金，基金规模5亿元，支持成果转化。")
    d.add_heading("五、进度安排", 1)
    d.add_paragraph("2023年完成样机。2024年完成中试。")
    d.save(tmp_path / "plan.docx")
    doc = read(tmp_path / "plan.docx")
    b = extract_budget(PlanText(doc, PACK), MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (8000.0, 6000.0, 2000.0, None)


def test_a_cumulative_minimum_is_the_stated_total_and_a_year_list_after_fen_niandu(tmp_path):
    b = _budget(tmp_path, ["联合体三年累计投入研发经费不低于2.6亿元。其中，成员企业自筹2.0亿元，申请省级财政资金0.3亿元，"
                           "市级财政资金0.3亿元。分年度安排：2023年0.8亿元，2024年0.9亿元，2025年0.9亿元。"])
    assert (b.stated_total_wan, b.enterprise_wan, b.government_wan) == (26000.0, 20000.0, 6000.0)
    assert b.by_year == {"2023": 8000.0, "2024": 9000.0, "2025": 9000.0}


def test_numbered_source_rows_in_yuan_with_thousands_separators_and_sub_rows(tmp_path):
    """"一、企业自筹" is the enterprises' money whatever its list number; "其中：省级财政资金" rows are parts of
    the 财政资金 row above them, not added to it again."""
    b = _budget(tmp_path, ["联合体三年研发总投入6250万元，分年度、分来源安排如下（单位：元）："], table=[
        ["资金来源", "2023年", "2024年", "2025年", "合计"],
        ["一、企业自筹", "¥9,000,000.00", "¥10,000,000.00", "¥11,000,000.00", "¥30,000,000.00"],
        ["二、财政资金", "¥7,500,000.00", "¥7,500,000.00", "¥7,500,000.00", "¥22,500,000.00"],
        ["其中：省级财政资金", "¥3,000,000.00", "¥3,000,000.00", "¥3,000,000.00", "¥9,000,000.00"],
        ["市级财政资金", "¥2,500,000.00", "¥2,500,000.00", "¥2,500,000.00", "¥7,500,000.00"],
        ["区级财政资金", "¥2,000,000.00", "¥2,000,000.00", "¥2,000,000.00", "¥6,000,000.00"],
        ["三、高校院所自筹", "¥3,000,000.00", "¥3,500,000.00", "¥3,500,000.00", "¥10,000,000.00"],
        ["合计", "¥19,500,000.00", "¥21,000,000.00", "¥22,000,000.00", "¥62,500,000.00"],
    ], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (6250, 3000, 2250, 1000)
    assert b.by_year == {"2023": 1950, "2024": 2100, "2025": 2200}


def test_amounts_in_capital_numerals(tmp_path):
    b = _budget(tmp_path, [
        "三年总投入人民币壹亿贰仟万元整。其中：企业自筹玖仟万元，高校院所自筹贰佰万元，"
        "省级财政资金壹仟万元，市级财政资金陆佰万元，区财政资金贰佰万元。",
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (12000.0, 9000.0, 1800.0)


def test_thousands_grouped_by_spaces_give_the_whole_amount_or_none(tmp_path):
    b = _budget(tmp_path, ["联合体计划总投入62 500 000元，其中企业自筹50 000 000元，省级财政资金12 500 000元。"])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (6250.0, 5000.0, 1250.0)
    b = _budget(tmp_path, ["联合体计划总投入62 500 0000元。"])
    assert b.total_wan is None


def test_amounts_a_narrow_pdf_cell_wraps_inside_the_number_are_read_whole(tmp_path):
    d = docx.Document()
    d.add_heading("一、背景与意义", 1)
    d.add_paragraph("联合体围绕关键核心技术开展攻关。")
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("经费预算如下表（单位：元）。")
    table = add_word_table(d, [["经费来源", "金额（元）"], ["企业自筹", "¥90,000,000.00"],
                               ["省级财政", "¥10,000,000.00"], ["合计", "¥100,000,000.00"]])
    table.style = "Table Grid"
    for column, width in zip(table.columns, (Cm(3), Cm(1.6)), strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    d.add_heading("五、进度安排", 1)
    d.add_paragraph("2023年完成样机。")
    d.save(tmp_path / "plan.docx")
    doc = read(to_pdf(tmp_path / "plan.docx", tmp_path))
    b = extract_budget(PlanText(doc, PACK), [])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (10000.0, 9000.0, 1000.0)


def test_sources_given_as_shares_of_the_stated_total(tmp_path):
    b = _budget(tmp_path, ["联合体三年计划总投入1.2亿元。其中，成员企业自筹占比55%，省级财政资金占比15%，"
                           "市、区两级财政资金占比20%，高校院所自筹占比10%。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (12000.0, 6600.0, 4200.0, 1200.0)


def test_shares_that_are_not_a_full_breakdown_give_no_amounts(tmp_path):
    b = _budget(tmp_path, ["联合体三年计划总投入1.2亿元。其中，成员企业自筹占比不低于60%。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan) == (12000.0, None)


def test_a_total_the_text_states_against_the_table_s_total_is_kept_beside_it(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入9000万元，以企业自筹为主，各来源和年度安排如下表。"], [
        ["资金来源（万元）", "2023年", "2024年", "2025年", "合计"],
        ["企业自筹", "1800", "1900", "1800", "5500"],
        ["省级财政", "400", "400", "400", "1200"],
        ["市/区级配套", "600", "600", "600", "1800"],
        ["其他", "300", "300", "400", "1000"],
        ["合计", "3100", "3200", "3200", "9500"],
    ])
    assert (b.total_wan, b.stated_total_wan) == (9000.0, 9500.0)
    assert (b.enterprise_wan, b.government_wan) == (5500.0, 3000.0)
    assert "9000万元" in b.evidence[0].text


def test_a_text_total_equal_to_the_table_s_changes_nothing(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入9500万元。"], [
        ["资金来源（万元）", "合计"],
        ["企业自筹", "5500"],
        ["省级财政", "4000"],
        ["合计", "9500"],
    ])
    assert (b.total_wan, b.stated_total_wan) == (9500.0, 9500.0)


def test_enterprise_money_given_as_the_rest_of_the_total_after_government_and_a_bank_loan(tmp_path):
    """总投入2亿元 less 6000万元 of government money and a 4000万元 bank credit: the rest, 1亿元, is the enterprises'."""
    b = _budget(tmp_path, ["联合体三年计划总投入2亿元，其中：申请省级财政资金3000万元，市级财政资金1500万元，区级财政资金1500万元；"
                           "浙江钱塘农村商业银行科创支行提供科技信贷4000万元；其余由各成员企业自筹。分年度投入为2023年6000万元、"
                           "2024年8000万元、2025年6000万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (20000.0, 10000.0, 6000.0, 4000.0)
    assert any("其余由各成员企业自筹" in e.text for e in b.evidence)


def test_the_rest_paid_by_members_of_every_kind_leaves_enterprise_money_unknown(tmp_path):
    b = _budget(tmp_path, ["联合体三年计划总投入2亿元，其中省级财政资金3000万元，银行贷款4000万元，其余由各成员单位自筹。"],
                members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (20000.0, None, 3000.0)


def test_the_rest_beside_an_amount_of_no_known_source_is_not_guessed(tmp_path):
    """5000万元 "用于中试线建设" may be anyone's money: the rest of the total is not the enterprises' for sure."""
    b = _budget(tmp_path, ["联合体三年计划总投入2亿元，其中省级财政资金3000万元，用于中试线建设5000万元，其余由各成员企业自筹。"],
                members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan) == (20000.0, None)


def test_enterprise_money_given_as_its_share_of_the_total_beside_amounts_of_the_rest(tmp_path):
    """An industry fund's equity is other money, not the enterprises'; their 48% of 1.5亿元 is 7200万元."""
    b = _budget(tmp_path, ["联合体三年总投入1.5亿元。资金构成为：企业自筹资金占总投入的48%；省级财政资金2000万元，市级财政资金"
                           "1500万元，区级财政资金1500万元；杭州临平产业投资基金以股权方式投入2800万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (15000.0, 7200.0, 5000.0, 2800.0)


def test_a_bound_on_the_share_of_the_total_is_no_amount(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入1.5亿元。企业自筹资金占总投入不低于60%；省级财政资金2000万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan) == (15000.0, None)


def test_a_year_list_cut_between_two_paragraphs_is_read_whole(tmp_path):
    """A reader may cut a paragraph at a wrapped line ("…2023年4500万" | "元、2024年…"): the years carry over."""
    b = _budget(tmp_path, ["联合体三年总投入1.5亿元。分年度投入为2023年4500万", "元、2024年6000万元、2025年4500万元。",
                           "2026年起，联合体将争取更多社会资本。"])
    assert b.by_year == {"2023": 4500.0, "2024": 6000.0, "2025": 4500.0}


def test_other_member_enterprises_and_county_matching_money(tmp_path):
    """"其他成员企业自筹" is enterprise money (其他 is not the kind 其他); "县配套资金" is government money,
    a county industry fund is neither."""
    b = _budget(tmp_path, [
        "联合体三年总投入6800万元，其中：远帆新材自筹3500万元，其他成员企业自筹1100万元，省级财政资金600万元，"
        "杭州市级财政500万元，桐庐县配套资金700万元，县农业产业基金投入400万元。",
    ], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (6800.0, 4600.0, 1800.0, 400.0)


def _enterprise_verdict(budget) -> str:
    """What a reviewer sees for 成员企业承担主要投入责任 on a plan with this budget."""
    sub = good_plan()
    sub.budget = budget
    return next(r.status for r in run_plan_checks(sub, PACK) if r.id == "funding.enterprise_main")


@pytest.mark.parametrize("pdf", [False, True])
def test_a_bank_loan_filed_under_enterprise_money_is_not_enterprise_money(tmp_path, pdf):
    """企业投入7000 over its parts 成员企业自有资金5800 and 银行贷款1200 (indented in Word, flush in the PDF):
    the parts, not parent plus parts (12800), and the loan is not the enterprises' money: 48.3%, a fail."""
    b = _budget(tmp_path, ["资金来源见下表。"], [
        ["经费来源", "金额（万元）", "占比"],
        ["一、企业投入", "7000", "58.3%"],
        ["其中：成员企业自有资金", "5800", "48.3%"],
        ["\u3000\u3000\u3000牵头单位银行科技贷款", "1200", "10.0%"],
        ["二、财政资金", "5000", "41.7%"],
        ["其中：省级财政（揭榜任务）", "3000", "25.0%"],
        ["\u3000\u3000\u3000市级财政", "1000", "8.3%"],
        ["\u3000\u3000\u3000区级财政", "1000", "8.3%"],
        ["合计", "12000", "100%"],
    ], members=MEMBERS, pdf=pdf)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (12000.0, 5800.0, 5000.0, 1200.0)
    assert _enterprise_verdict(b) == "fail"


def test_parts_under_a_row_leave_the_rest_to_its_source(tmp_path):
    b = _budget(tmp_path, ["经费预算如下表。"], caption="单位：万元", table=[
        ["资金来源", "金额"],
        ["企业自筹", "8000"],
        ["其中：银行贷款", "1000"],
        ["省级财政", "2000"],
        ["合计", "10000"],
    ], members=MEMBERS)
    assert (b.enterprise_wan, b.government_wan, b.other_wan) == (7000.0, 2000.0, 1000.0)


def test_thousand_yuan_table_with_a_loan_in_its_remarks(tmp_path):
    """A 千元 table (unit in its header) whose 企业自筹 row's 备注 says a loan is included: 4000万元 of enterprise
    money in 9200万元 (43.5%), not 60,000 read as 万元; 区级配套 is government money, 社会资本 neither."""
    b = _budget(tmp_path, ["资金来源及分年度安排见下表。"], [
        ["资金来源（单位：千元）", "2023年", "2024年", "2025年", "合计", "备注"],
        ["企业自筹", "18,000", "24,000", "18,000", "60,000", "含牵头单位向杭州银行申请的科技贷款20,000千元"],
        ["省级财政资金", "2,000", "3,000", "3,000", "8,000", "省“尖兵”研发攻关计划"],
        ["市级财政资金", "1,000", "1,500", "1,500", "4,000", "市科技计划项目"],
        ["区级配套资金", "1,000", "1,500", "1,500", "4,000", "区科技创新政策配套"],
        ["高校院所自筹", "1,000", "1,500", "1,500", "4,000", "浙江工业大学"],
        ["社会资本", "3,000", "5,000", "4,000", "12,000", "产业投资基金股权投入"],
        ["合计", "26,000", "36,500", "29,500", "92,000", ""],
    ], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (9200.0, 4000.0, 1600.0)
    assert b.by_year == {"2023": 2600.0, "2024": 3650.0, "2025": 2950.0}
    assert _enterprise_verdict(b) == "fail"


def test_a_loan_of_unread_size_inside_enterprise_money_leaves_the_share_to_a_reviewer(tmp_path):
    b = _budget(tmp_path, ["经费预算如下表。"], caption="单位：万元", table=[
        ["资金来源", "金额", "备注"],
        ["企业自筹", "8000", "含牵头单位银行科技贷款"],
        ["省级财政", "2000", ""],
        ["合计", "10000", ""],
    ], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan) == (10000.0, None)
    assert _enterprise_verdict(b) == "manual"


@pytest.mark.parametrize(("text", "enterprise"), [
    ("联合体三年总投入1亿元，其中成员企业自筹6000万元（含牵头单位银行科技贷款1500万元），省级财政4000万元。", 4500.0),
    ("联合体三年总投入1亿元，其中成员企业自筹6000万元，其中银行贷款1500万元；省级财政4000万元。", 4500.0),
    ("联合体三年总投入1亿元，其中成员企业自筹6000万元（含银行贷款），省级财政4000万元。", None),
    ("联合体三年总投入1亿元，其中成员企业自筹6000万元，省级财政4000万元。", 6000.0),
], ids=["loan-in-brackets", "loan-as-其中", "loan-of-unread-size", "no-loan"])
def test_a_loan_inside_enterprise_money_in_prose(tmp_path, text, enterprise):
    b = _budget(tmp_path, [text], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan) == (10000.0, enterprise)
    assert _enterprise_verdict(b) == {4500.0: "fail", None: "manual", 6000.0: "pass"}[enterprise]


def test_sources_split_by_a_ratio_of_the_total(tmp_path):
    b = _budget(tmp_path, [
        "联合体三年总投入1亿元，企业自筹、各级财政、高校院所自筹按45∶40∶15的比例安排，分年度投入为2023年3000万元、"
        "2024年3500万元、2025年3500万元。",
    ], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (10000.0, 4500.0, 4000.0)
    assert any("45∶40∶15" in e.text for e in b.evidence)


def test_a_ratio_naming_fewer_sources_than_parts_is_not_read(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入9000万元，企业自筹按2∶1∶1安排。"], members=MEMBERS)
    assert b.total_wan == 9000.0 and b.enterprise_wan is None


def test_a_plan_typed_full_width_keeps_its_decimal_points(tmp_path):
    """"８．５亿元" is 8.5亿元: the full-width point is a decimal point, not the end of a number ("５亿元")."""
    b = _budget(tmp_path, ["联合体三年总投入８．５亿元，其中企业自筹６．８亿元，各级财政支持１．２亿元，其他资金０．５亿元。"])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (85000.0, 68000.0, 12000.0)
    assert any("8．5亿元" in e.text for e in b.evidence)  # the reader folds the digits, the point stays


def test_a_sources_by_uses_table_takes_each_source_from_its_total_column(tmp_path):
    """来源＼用途 | 设备购置费 | 材料费 | 合计: a source's amount is its 合计, not its first use (1500 of 3600)."""
    b = _budget(tmp_path, ["资金来源与用途（单位：万元）："], table=[
        ["来源＼用途", "设备购置费", "材料及测试费", "人员及协作费", "合计"],
        ["企业自筹", "1500", "1200", "900", "3600"],
        ["银行贷款", "1000", "500", "300", "1800"],
        ["省级财政", "300", "300", "300", "900"],
        ["区级财政配套", "400", "300", "200", "900"],
        ["高校院所自筹", "300", "400", "500", "1200"],
        ["合计", "3500", "2700", "2200", "8400"],
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (8400.0, 3600.0, 1800.0)
    assert {e.loc.table["col"] for e in b.evidence if e.loc.table} == {4}


def test_public_money_a_note_puts_inside_the_enterprise_figure_is_government_money(tmp_path):
    """"注：企业投入中含…省级财政补助资金1500万元和…产业扶持资金1000万元": the enterprises' own money is 2500 less."""
    table = [
        ["资金来源", "金额（万元）", "占比"],
        ["企业投入", "6000", "60%"],
        ["市级财政资金", "1500", "15%"],
        ["高校院所自筹", "2500", "25%"],
        ["合计", "10000", "100%"],
    ]
    assert _budget(tmp_path, ["联合体三年总投入1亿元。"], table, members=MEMBERS).enterprise_wan == 6000
    b = _budget(tmp_path, ["联合体三年总投入1亿元。", "注：企业投入中含牵头单位承担的省级财政补助资金1500万元和钱塘区"
                           "集成电路产业扶持资金1000万元，由牵头单位统筹使用。"], table, members=MEMBERS)
    assert (b.enterprise_wan, b.government_wan) == (3500, 4000)
    assert any("企业投入中含" in e.text for e in b.evidence)


def test_self_funding_broken_down_into_enterprises_and_academia_is_not_counted_twice(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入6000万元：成员单位自筹4500万元（其中三家企业自筹3800万元，高校院所自筹700万元），"
                           "申请省级财政资金600万元、市级财政资金400万元，县级配套资金500万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (6000, 3800, 1500, 700)


def test_amounts_each_of_several_payers_gives_count_once_for_each(tmp_path):
    b = _budget(tmp_path, ["联合体计划总投入8000万元。其中，浙江远帆新材料股份有限公司自筹3200万元，杭州晨曦电子有限公司、"
                           "杭州晨光电子有限公司各自筹800万元，成员企业自筹合计4800万元；省级财政资金800万元，市级、区级财政"
                           "配套资金各300万元；浙江工业大学自筹1600万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (8000, 4800, 1400, 1600)


def test_shares_beside_amounts_in_one_sentence(tmp_path):
    """"成员企业自筹资金占65%，省级财政资金0.2亿元，…，其余由高校院所自筹，占10%": each share is of the total, and the
    amount after a share is labelled by its own words, not by the share's."""
    b = _budget(tmp_path, ["联合体三年计划总投入1.6亿元。其中，成员企业自筹资金占65%，省级财政资金0.2亿元，市、区两级财政配套资金"
                           "0.2亿元，其余由高校、科研院所和医院自筹，占10%。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (16000, 10400, 4000)


def test_a_share_closed_by_an_amount_and_the_rest_uses_the_total_an_earlier_paragraph_states(tmp_path):
    b = _budget(tmp_path, [
        "联合体三年计划投入1亿2500万元，按攻关任务和年度安排。",
        "资金来源上，成员企业自筹占64%，由各成员企业按任务分担；积极争取省市区三级财政支持3000万元；其余由浙江大学和"
        "之江实验室自筹。",
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (12500.0, 8000.0, 3000.0)


def test_a_part_s_split_closed_by_the_rest_is_not_read_as_shares_of_the_total(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入1亿元。", "企业自筹中，牵头单位占60%，其余由其他成员企业承担。"])
    assert b.total_wan == 10000.0 and b.enterprise_wan is None


def test_a_note_in_brackets_after_a_payer_does_not_hide_whose_money_it_is(tmp_path):
    members = [Member(name="杭州萧缆电气股份有限公司", kind="enterprise", is_lead=True),
               Member(name="浙江萧化新材料有限公司", kind="enterprise", is_lead=False),
               Member(name="哈尔滨理工大学", kind="university", is_lead=False)]
    b = _budget(tmp_path, ["联合体三年总投入9600万元。其中，萧缆电气（含临江分公司）自筹4800万元，萧化新材料自筹2200万元，"
                           "成员企业自筹合计7000万元；申请省级财政资金800万元、市级财政资金400万元，萧山区配套资金1000万元；"
                           "哈尔滨理工大学自筹400万元。"], members=members)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (9600.0, 7000.0, 2200.0)


def test_per_unit_table_with_a_serial_number_column_splits_self_funding_by_payer(tmp_path):
    b = _budget(tmp_path, ["各成员单位经费如下："], caption="单位：万元", members=MEMBERS, table=[
        ["序号", "单位名称", "自筹资金", "申请财政资金", "小计"],
        ["1", "浙江远帆新材料股份有限公司", "1500", "2000", "3500"],
        ["2", "杭州晨曦电子有限公司", "1000", "700", "1700"],
        ["3", "浙江工业大学", "500", "0", "500"],
        ["4", "杭州精密材料研究所", "300", "0", "300"],
        ["", "合计", "3300", "2700", "6000"],
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (6000, 2500, 2700, 800)


@pytest.mark.parametrize(("split", "enterprise"), [
    ("（成员企业自筹7800万元；高校院所自筹800万元）", 7800),
    ("（成员企业自筹9800万元）", None),  # more than the table's self-funding: a split of something else
])
def test_the_text_splits_self_funding_a_table_gives_unseparated(tmp_path, split, enterprise):
    b = _budget(tmp_path, [f"联合体三年总投入1.2亿元，其中成员单位自筹8600万元{split}，申请各级财政资金3400万元。"],
                caption="分年度资金安排表（单位：万元）", members=MEMBERS, table=[
        ["年度", "成员单位自筹", "财政资金", "小计"],
        ["2023年", "2700", "1100", "3800"],
        ["2024年", "3200", "1400", "4600"],
        ["2025年", "2700", "900", "3600"],
        ["合计", "8600", "3400", "12000"],
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (12000, enterprise, 3400)


def test_self_funding_of_the_lead_and_the_participating_enterprises_is_enterprise_money(tmp_path):
    b = _budget(tmp_path, ["联合体三年总投入8000万元。其中，牵头方和参与方企业自筹5600万元，申请省级财政资金1700万元，"
                           "支撑方浙江工业大学自筹700万元。"], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (8000, 5600, 1700, 700)


@pytest.mark.parametrize(("academic", "enterprise"), [("700", 4800), ("900", None)])  # 900: the column is not the split
def test_self_funding_split_only_in_the_member_table_s_own_column(tmp_path, academic, enterprise):
    b = _budget(tmp_path, ["联合体三年总投入1亿元。其中，成员单位自筹6000万元，占总投入的60%；申请省级财政资金4000万元。"
                           "各成员单位自筹额见成员单位表。"], members=MEMBERS, table=[
        ["序号", "单位名称", "单位性质", "三年自筹（万元）"],
        ["1", "浙江远帆新材料股份有限公司（牵头）", "企业", "3000"],
        ["2", "杭州晨曦电子有限公司", "企业", "1800"],
        ["3", "浙江工业大学", "高校", academic],
        ["4", "杭州精密材料研究所", "科研院所", "500"],
    ])
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (10000, enterprise, 4000)


def test_a_sum_of_two_sources_and_a_joint_self_funding_in_chinese_numerals(tmp_path):
    b = _budget(tmp_path, [
        "联合体三年总投入1.2亿元。其中：浙江远帆新材料股份有限公司自筹三千二百万元，杭州晨曦电子有限公司自筹二千四百万元；"
        "申请省级财政资金一千五百万元、市级财政资金八百万元，区配套一千二百万元；浙江工业大学、杭州精密材料研究所合计自筹"
        "九百万元；产业基金以股权投资方式投入二千万元。",
        "成员企业和社会资本合计投入七千六百万元，占总投入的六成以上。",
    ], members=MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan, b.other_wan) == (12000.0, 5600.0, 3500.0, 2900.0)


def test_a_funding_section_giving_only_the_total_leaves_the_split_to_the_rest_of_the_plan(tmp_path):
    d = docx.Document()
    d.add_heading("四、资金来源", 1)
    d.add_paragraph("联合体三年总投入8000万元，资金来源及分年度安排见年度计划表。")
    d.add_heading("五、年度计划", 1)
    add_word_table(d, [["来源", "2023年", "2024年", "2025年", "合计"],
                       ["企业自筹", "2000", "2200", "2000", "6200"],
                       ["财政资金", "600", "600", "600", "1800"],
                       ["合计", "2600", "2800", "2600", "8000"]])
    d.save(tmp_path / "plan.docx")
    b = extract_budget(PlanText(read(tmp_path / "plan.docx"), PACK), MEMBERS)
    assert (b.total_wan, b.enterprise_wan, b.government_wan) == (8000.0, 6200.0, 1800.0)
