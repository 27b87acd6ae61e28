"""Plans whose names mislead and whose pages are full of units that are not members: a budget row "一、企业投入"
over numbered items that include an industrial fund, a field named as one of the fifteen, a member table headed
"单位名称（简称）", members shortened past a middle word (航密研究院), a former lead that "不再作为成员单位", a
council "由理事长和6家成员单位负责人组成", a member's own title in the member table, support units and a table of
partners that sign nothing, and a kind said first in a member's note."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.orgnames import classify_kind
from pipeline.submission import Submission
from tests.word_plans import PACK, Item, review_items

LEAD = "杭州睿谱生物科技股份有限公司"
PRECISION = "杭州航密科技研究院有限公司"
TESTER = "浙江省化工产品质量检验站有限公司"
SEALS = "建德市新安密封件有限公司"
UNIVERSITY = "浙江工业大学"
INSTITUTE = "中国科学院宁波材料技术与工程研究所"
MEMBERS = [LEAD, PRECISION, SEALS, UNIVERSITY, INSTITUTE, TESTER]
HEADER = ["序号", "单位名称", "单位性质", "任务分工"]
ROWS = [
    HEADER,
    ["1", LEAD, "民营企业（牵头单位）", "任务一"],
    ["2", PRECISION, "民营科技型企业", "任务二"],
    ["3", SEALS, "民营企业", "任务三"],
    ["4", UNIVERSITY, "高等院校", "任务二"],
    ["5", INSTITUTE, "科研院所", "任务一"],
    ["6", TESTER, "检验检测机构", "任务四"],
]
SIGNED = "6家成员单位已于2022年11月8日签订组建意向书，明确各方任务分工、权利和义务。"
COUNCIL = "联合体设理事会，由全部6家成员单位负责人组成，理事长由睿谱生物董事长担任。"


def _review(tmp_path: Path, organisation: list[Item] | None = None, funding: list[Item] | None = None,
            background: str = "") -> tuple[Submission, dict[str, str]]:
    items: list[Item] = [
        ("h", "一、背景与意义"),
        ("p", f"{LEAD}（以下简称“睿谱生物”）是浙江省科技领军企业，目前在研省“尖兵”项目1项。{background}"),
        ("h", "二、目标与主要研发任务"),
        ("p", "到2025年，研制质谱诊断新产品5个，申请发明专利45件。任务一至任务四分别由各成员单位牵头。"),
        ("h", "三、组织架构与运行机制"),
        *(organisation or [("p", "成员单位如下："), ("t", ROWS), ("p", SIGNED + COUNCIL)]),
        ("p", "设专家咨询委员会和首席科学家岗。联合体建立“共建共享”的知识产权管理制度。"),
        ("h", "四、经费投入与保障措施"),
        *(funding or [("p", "联合体三年总投入10000万元，其中企业自筹6000万元，省级财政资金4000万元。")]),
        ("h", "五、进度安排"),
        ("p", "2023年完成样机；2024年完成验证；2025年示范应用。"),
    ]
    return review_items(tmp_path, items, "浙江省临床质谱诊断创新联合体实施方案", LEAD, "西湖区")


def _names(sub: Submission) -> list[str]:
    return [m.name for m in sub.members]


def test_numbered_items_under_a_numbered_budget_row_are_its_parts_and_a_fund_among_them_is_not_enterprise_money(
        tmp_path):
    funding: list[Item] = [
        ("p", "联合体三年计划总投入8800万元，其中企业投入5280万元，企业投入占比60%。经费来源构成见下表。"),
        ("t", [["来源", "金额（万元）", "说明"],
               ["一、企业投入", "5280", ""],
               ["1.睿谱生物自筹", "2600", "研发人员"],
               ["2.航密研究院自筹", "900", "应用场景"],
               ["3.新安密封自筹", "700", "接口开发"],
               ["4.西湖区产业基金", "1080", "对睿谱生物的股权投资"],
               ["二、财政资金", "2400", ""],
               ["三、高校院所自筹", "1120", ""],
               ["合计", "8800", ""]]),
    ]
    sub, checks = _review(tmp_path, funding=funding)
    assert sub.budget.enterprise_wan == 4200
    assert sub.budget.total_wan == 8800
    assert checks["funding.enterprise_main"] == "fail"  # 4200 of 8800 is 47.7%, whatever the text says


def test_a_field_named_as_one_of_the_fifteen_is_declared(tmp_path):
    sub, checks = _review(tmp_path, background="本联合体所属领域为15个战略领域中的“功能材料”。公司长期从事精细化工与复合材料研发。")
    assert sub.strategic_field.value == "功能材料"
    assert sub.strategic_field.source == "text"
    assert checks["field.strategic"] == "pass"


def test_a_member_table_whose_name_header_notes_the_short_form_is_read(tmp_path):
    rows = [["序号", "单位名称（简称）", "单位性质", "所在地"],
            *[[r[0], r[1], r[2], "杭州市"] for r in ROWS[1:]]]
    sub, checks = _review(tmp_path, organisation=[("p", "联合体由以下6家单位组成："), ("t", rows),
                                                  ("p", SIGNED + COUNCIL)])
    assert _names(sub) == MEMBERS
    assert checks["members.min_count"] == "pass"


def test_a_short_name_dropping_a_middle_word_is_the_member_not_one_more(tmp_path):
    organisation: list[Item] = [
        ("p", "成员单位如下："), ("t", ROWS),
        ("p", SIGNED + COUNCIL + "任务二由航密研究院牵头，任务四由化工检验站负责。"),
    ]
    funding: list[Item] = [
        ("p", "三年计划总投入7000万元，其中成员企业自筹5000万元。按成员单位列示如下（单位：万元）："),
        ("t", [["成员单位", "自筹", "省级财政", "合计"],
               ["睿谱生物", "3200", "1000", "4200"],
               ["航密研究院", "900", "280", "1180"],
               ["新安密封", "900", "220", "1120"],
               ["浙江工业大学", "200", "", "200"],
               ["宁波材料所", "200", "", "200"],
               ["化工检验站", "100", "", "100"],
               ["合计", "5500", "1500", "7000"]]),
    ]
    sub, _ = _review(tmp_path, organisation=organisation, funding=funding)
    assert _names(sub) == MEMBERS


def test_a_former_lead_that_is_no_longer_a_member_is_not_counted(tmp_path):
    parent = "浙江杭化新材料科技有限公司"
    council = f"联合体设理事会，由全部6家成员单位负责人组成。鉴于原项目型创新联合体由{parent}牵头，理事长继续由{parent}董事长担任。"
    sub, checks = _review(tmp_path, organisation=[("p", "成员单位如下："), ("t", ROWS), ("p", SIGNED + council)],
                          background=f"2022年度由{parent}牵头的项目型创新联合体获省科技厅支持，本次由其控股子公司"
                                     f"睿谱生物牵头，{parent}不再作为成员单位。")
    assert _names(sub) == MEMBERS
    assert checks["org.council_chair"] == "fail"


def test_a_council_of_the_chair_and_every_members_head_seats_every_member(tmp_path):
    council = "联合体设理事会，负责重大事项的商议与决策，由理事长和6家成员单位负责人组成。理事长由睿谱生物董事长担任。"
    sub, checks = _review(tmp_path, organisation=[("p", "成员单位如下："), ("t", ROWS), ("p", SIGNED + council)])
    assert sub.governance.council_members_all is True
    assert checks["org.council_members"] == "pass"


def test_a_title_in_another_members_row_does_not_stand_for_the_lead(tmp_path):
    rows = [HEADER, ["1", LEAD, "企业（牵头单位）", "任务一"], ["2", PRECISION, "企业（省科技小巨人企业）", "任务二"],
            *ROWS[3:]]
    items: list[Item] = [
        ("h", "一、背景与意义"),
        ("p", f"{LEAD}（以下简称“睿谱生物”）是国家高新技术企业、浙江省专精特新中小企业，2022年列入浙江省科技领军企业培育库。"),
        ("h", "二、目标与主要研发任务"), ("p", "到2025年，申请发明专利45件。"),
        ("h", "三、组织架构与运行机制"), ("t", rows), ("p", SIGNED + COUNCIL),
        ("h", "四、经费投入与保障措施"), ("p", "总投入10000万元，其中企业自筹6000万元。"),
        ("h", "五、进度安排"), ("p", "2023年样机；2024年验证；2025年示范。"),
    ]
    sub, checks = review_items(tmp_path, items, "浙江省临床质谱诊断创新联合体实施方案", LEAD, "西湖区")
    assert checks["lead.qualification"] == "fail"
    assert "高新技术企业" in (sub.lead_qualification.value or "")


def test_support_units_refusing_the_letter_leave_the_members_letter_signed(tmp_path):
    organisation: list[Item] = [
        ("p", "成员单位如下："), ("t", ROWS),
        ("p", "技术支持单位：浙江大学电气工程学院、华北电力大学。技术支持单位根据攻关需要提供技术咨询，不签署组建意向书，"
              "不承担联合体任务和经费。"),
        ("p", SIGNED + COUNCIL),
    ]
    _, checks = _review(tmp_path, organisation=organisation)
    assert checks["members.intent_letter"] == "pass"


def test_a_table_introduced_as_partners_that_are_not_members_adds_no_member(tmp_path):
    organisation: list[Item] = [
        ("p", "联合体由睿谱生物、航密研究院、新安密封、浙江工业大学共4家单位组成，4家单位已于2022年11月8日签订组建意向书，"
              "明确了各方任务分工、权利和义务。"),
        ("p", "联合体产业链协同单位如下表（均不是联合体成员单位，不签署组建意向书）："),
        ("t", [["环节", "单位", "协同方式"],
               ["上游原料", "杭州硅源石英材料有限公司、浙江铂瑞贵金属有限公司", "原料供应"],
               ["金融", "杭州富阳开发区产业基金、杭州银行富阳支行", "股权投资与授信"],
               ["检测", "杭州华准检测技术有限公司", "委托检测"]]),
        ("p", "联合体设理事会，由4家成员单位负责人组成，理事长由睿谱生物董事长担任。"),
    ]
    sub, checks = _review(tmp_path, organisation=organisation)
    names = _names(sub)
    assert not any(("石英" in n or "银行" in n or "华准" in n) for n in names)
    assert checks["members.min_count"] == "fail"  # four members, however many units the page names
    assert checks["members.intent_letter"] == "pass"


def test_a_members_note_opening_with_its_kind_decides_it():
    assert classify_kind("杭州精测光电仪器有限公司", "企业，光电检测模块与精密加样部件", None, PACK) == "enterprise"
    assert classify_kind(UNIVERSITY, "高校，依托其浙江省生物传感与检测重点实验室参与", None, PACK) == "university"
    assert classify_kind("杭州博鉴医学检验实验室有限公司", "第三方医学检验机构，承担临床性能评价", None, PACK) == "service"


def _lead_said(tmp_path: Path, said: str) -> tuple[Submission, dict[str, str]]:
    items: list[Item] = [
        ("p", "申报类型：类型二"),
        ("h", "一、背景与意义"), ("p", f"{LEAD}（以下简称“睿谱生物”）注册于西湖区，是国家高新技术企业。{said}"),
        ("h", "二、目标与主要研发任务"), ("p", "到2025年，申请发明专利45件。"),
        ("h", "三、组织架构与运行机制"), ("t", ROWS), ("p", SIGNED + COUNCIL),
        ("h", "四、经费投入与保障措施"), ("p", "总投入10000万元，其中企业自筹6000万元。"),
        ("h", "五、进度安排"), ("p", "2023年样机；2024年验证；2025年示范。"),
    ]
    return review_items(tmp_path, items, "浙江省临床质谱诊断创新联合体实施方案", LEAD, "西湖区")


def test_a_title_a_city_gave_does_not_qualify_the_lead(tmp_path):
    _, checks = _lead_said(tmp_path, "公司2021年被杭州市科学技术局认定为杭州市科技小巨人企业。")
    assert checks["lead.qualification"] == "fail"
    assert checks["type.eligibility"] == "fail"


def test_the_parents_title_is_not_the_leads(tmp_path):
    _, checks = _lead_said(tmp_path, "睿谱生物是浙江睿谱控股集团有限公司的控股子公司，集团公司2021年被认定为浙江省科技领军企业。")
    assert checks["lead.qualification"] == "fail"
    assert checks["type.eligibility"] == "fail"


def test_a_group_lead_calling_itself_the_group_keeps_its_title(tmp_path):
    group = "浙江睿谱控股集团有限公司"
    items: list[Item] = [
        ("p", "申报类型：类型二"),
        ("h", "一、背景与意义"), ("p", f"{group}（以下简称“睿谱集团”）注册于西湖区。集团2021年被认定为浙江省科技领军企业。"),
        ("h", "二、目标与主要研发任务"), ("p", "到2025年，申请发明专利45件。"),
        ("h", "三、组织架构与运行机制"), ("t", [HEADER, ["1", group, "企业（牵头单位）", "任务一"], *ROWS[2:]]),
        ("p", SIGNED + "联合体设理事会，由全部6家成员单位负责人组成，理事长由睿谱集团董事长担任。"),
        ("h", "四、经费投入与保障措施"), ("p", "总投入10000万元，其中企业自筹6000万元。"),
        ("h", "五、进度安排"), ("p", "2023年样机；2024年验证；2025年示范。"),
    ]
    _, checks = review_items(tmp_path, items, "浙江省临床质谱诊断创新联合体实施方案", group, "西湖区")
    assert checks["lead.qualification"] == "pass"


def test_the_leads_own_provincial_title_still_qualifies_it(tmp_path):
    _, checks = _lead_said(tmp_path, "公司2021年被认定为浙江省科技小巨人企业。")
    assert checks["lead.qualification"] == "pass"
    assert checks["type.eligibility"] == "pass"


def test_a_task_table_cell_naming_a_short_name_and_a_university_names_both(tmp_path):
    organisation: list[Item] = [
        ("p", "成员单位如下："), ("t", ROWS), ("p", SIGNED + COUNCIL),
    ]
    items: list[Item] = [
        ("h", "一、背景与意义"), ("p", f"{LEAD}（以下简称“睿谱生物”）是浙江省科技领军企业。"),
        ("h", "二、目标与主要研发任务"), ("p", "到2025年，申请发明专利45件。联合体凝练形成下表所列的子项目："),
        ("t", [["子项目", "主要内容", "牵头单位", "参与单位"],
               ["子项目1：质谱仪整机", "离子源与质量分析器", PRECISION, f"睿谱生物、{UNIVERSITY}"],
               ["子项目2：前处理试剂", "自动化前处理", SEALS, UNIVERSITY],
               ["子项目3：临床验证", "多中心验证", TESTER, f"睿谱生物、{INSTITUTE}"]]),
        ("h", "三、组织架构与运行机制"), *organisation,
        ("h", "四、经费投入与保障措施"), ("p", "总投入10000万元，其中企业自筹6000万元。"),
        ("h", "五、进度安排"), ("p", "2023年样机；2024年验证；2025年示范。"),
    ]
    sub, checks = review_items(tmp_path, items, "浙江省临床质谱诊断创新联合体实施方案", LEAD, "西湖区")
    assert sorted(_names(sub)) == sorted(MEMBERS)
    assert [t.title.split("：")[0] for t in sub.tasks] == ["子项目1", "子项目2", "子项目3"]
    assert checks["goals.tasks"] == "pass"


@pytest.mark.parametrize("labels", [("第一年：", "第二年：", "第三年："),
                                    ("第一年（2023年）：", "第二年（2024年）：", "第三年（2025年）：")])
def test_a_schedule_by_the_plans_own_years_covers_the_three_years(tmp_path, labels):
    """"第一年" counts from the year after the call; written beside its date, the date is read."""
    schedule: list[Item] = [
        ("p", f"{labels[0]}完成总体架构设计和原理样机。"),
        ("p", f"{labels[1]}完成工程样机并开展测试验证。"),
        ("p", f"{labels[2]}完成产品定型和示范应用。"),
    ]
    items: list[Item] = [
        ("h", "一、背景与意义"), ("p", f"{LEAD}（以下简称“睿谱生物”）是浙江省科技领军企业。"),
        ("h", "二、目标与主要研发任务"), ("p", "到2025年，申请发明专利45件。任务一至任务四分别由各成员单位牵头。"),
        ("h", "三、组织架构与运行机制"), ("t", ROWS), ("p", SIGNED + COUNCIL),
        ("h", "四、经费投入与保障措施"), ("p", "总投入10000万元，其中企业自筹6000万元。"),
        ("h", "五、进度安排"), *schedule,
    ]
    sub, checks = review_items(tmp_path, items, "浙江省临床质谱诊断创新联合体实施方案", LEAD, "西湖区")
    assert [(p.start_year, p.end_year) for p in sub.schedule] == [(2023, 2023), (2024, 2024), (2025, 2025)]
    assert checks["schedule.yearly"] == "pass"
