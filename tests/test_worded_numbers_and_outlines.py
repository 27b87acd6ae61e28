"""Plans that write their figures in Chinese numerals and order their parts the way other offices do: 大写 counts
and 百分之, years as 二〇二三, run-in titles closed by a full stop, one part for two outline sections, reworded part
names, the field only in a heading's brackets, the lead's projects in a list under its introduction."""

from __future__ import annotations

from pathlib import Path

from pipeline.orgnames import classify_kind
from pipeline.submission import Submission
from tests.word_plans import PACK, review_items

LEAD = "杭州存芯智算科技股份有限公司"
MEMBERS = ("杭州电子科技大学", "浙江省北大信息技术高等研究院", "杭州芯测微电子有限公司")


def _review(tmp_path: Path, items: list[tuple[str, str]]) -> tuple[Submission, dict[str, str]]:
    return review_items(tmp_path, items, "浙江省存算一体智能芯片创新联合体实施方案", LEAD)


def _plan(goals: str = "到2025年，研制存算一体推理芯片2款，申请发明专利30项。", lead_intro: str = "",
          organisation: str = "") -> list[tuple[str, str]]:
    members = "、".join(MEMBERS)
    return [
        ("h", "一、背景与意义"),
        ("p", f"{LEAD}（以下简称“存芯智算”）注册于杭州市余杭区，是浙江省科技领军企业。{lead_intro}"),
        ("h", "二、目标与主要研发任务"),
        ("p", goals),
        ("h", "三、组织架构与运行机制"),
        ("p", organisation or f"联合体由{LEAD}牵头，{members}参与，共4家单位组成。"),
        ("h", "四、经费投入与保障措施"),
        ("p", "联合体三年总投入1亿元，其中企业自筹7000万元，省级财政资金3000万元。"),
        ("h", "五、进度安排"),
        ("p", "2023年完成架构设计；2024年流片验证；2025年量产。"),
    ]


def test_counts_written_in_chinese_numerals_are_measurable_targets(tmp_path):
    goals = ("到二〇二五年，联合体选育通过省级审定的山核桃良种三个，建成良种采穗圃五百亩、示范基地三千亩，"
             "亩产提高百分之二十。")
    sub, status = _review(tmp_path, _plan(goals=goals))
    assert status["goals.measurable"] == "pass"
    assert {(t.value, t.unit) for t in sub.targets if t.value} >= {(3.0, "个"), (500.0, "亩"), (3000.0, "亩"), (20.0, "%")}


def test_a_single_thing_in_words_is_no_target_to_count(tmp_path):
    _, status = _review(tmp_path, _plan(goals="到2025年，联合体建立一个开放共享平台，形成一套协同攻关机制。"))
    assert status["goals.measurable"] == "warn"


def test_goal_years_given_in_brackets_after_the_next_three_years(tmp_path):
    goals = "未来三年（2023至2025年），联合体聚焦连续血糖监测与闭环给药，实现以下目标：获得三类医疗器械注册证2项。"
    sub, status = _review(tmp_path, _plan(goals=goals))
    assert sub.targets[0].year == 2025
    assert status["goals.three_year"] == "pass"


def test_a_list_won_in_a_year_written_in_chinese_numerals_is_that_year(tmp_path):
    items = [("p", "申报类型：类型一"), *_plan(lead_intro="存芯智算已成功揭榜二〇二三年度省“尖兵”研发攻关计划创新联合体"
                                                       "攻关任务榜单“面向大模型推理的存算一体芯片”。")]
    _, status = _review(tmp_path, items)
    assert status["type.eligibility"] == "pass"


def test_projects_listed_under_the_leads_introduction_are_the_leads(tmp_path):
    items = _plan(lead_intro="近年来主要科研业绩如下：")
    at = items.index(("h", "二、目标与主要研发任务"))
    items[at:at] = [("p", "授权发明专利26项；"), ("p", "在研省“尖兵”研发攻关计划项目1项（存算阵列）；"),
                    ("p", "在研省“领雁”研发攻关计划项目3项（模数转换、芯粒封装、编译工具链）。")]
    sub, status = _review(tmp_path, items)
    assert sub.lead_active_projects.value == "4项"
    assert status["lead.active_projects"] == "warn"


def test_projects_said_to_be_running_in_the_next_clause_count(tmp_path):
    intro = ("公司承担在研省“尖兵”研发攻关计划项目两项。为做好前期准备，存芯智算二〇二二年新立项省“领雁”研发攻关计划项目"
             "两项，目前均在实施中；此外已结题省重点研发计划项目三项。")
    sub, status = _review(tmp_path, _plan(lead_intro=intro))
    assert sub.lead_active_projects.value == "4项"
    assert status["lead.active_projects"] == "warn"


def test_a_letter_that_units_outside_the_work_do_not_sign_is_no_unsigned_letter(tmp_path):
    organisation = (f"联合体按照“1+3+N”模式组建，由{LEAD}牵头，{'、'.join(MEMBERS)}为核心成员单位。N家协作单位为周边的"
                    "专业合作社，以提供示范基地的方式参与联合体工作，不承担攻关任务，不签订组建意向书。"
                    "牵头企业已与三家核心成员单位签订组建意向书，明确各方任务分工、权利和义务。")
    _, status = _review(tmp_path, _plan(organisation=organisation))
    assert status["members.intent_letter"] == "pass"
    pending = organisation.replace("牵头企业已与三家核心成员单位签订组建意向书", "杭州芯测微电子有限公司尚未签订组建意向书")
    _, status = _review(tmp_path, _plan(organisation=pending))
    assert status["members.intent_letter"] == "fail"


def test_run_in_titles_closed_by_a_full_stop_and_one_part_for_two_sections(tmp_path):
    members = "、".join(MEMBERS)
    items = [
        ("p", "一、联合体组建的背景和意义。存算一体架构是突破“存储墙”的关键路径，国内产业链尚不完整。"),
        ("p", "二、目标任务。到2025年，研制存算一体推理芯片2款，申请发明专利30项。"),
        ("p", f"三、组织运行与经费保障。联合体由{LEAD}牵头，{members}参与，设理事会。联合体三年总投入1亿元，"
              "其中企业自筹7000万元，省级财政资金3000万元。"),
        ("p", "（一）加强组织领导。成立工作专班，按月调度。"),
        ("p", "四、推进计划。2023年完成架构设计；2024年流片验证；2025年量产。"),
    ]
    sub, status = _review(tmp_path, items)
    assert [s.outline for s in sub.sections if s.present] == [1, 2, 3, 4, 5]
    assert {s.outline: s.first_block for s in sub.sections}[3] == {s.outline: s.first_block for s in sub.sections}[4]
    assert all(status[f"outline.{name}"] == "pass" for name in ("background", "goals_tasks", "organization", "funding"))


def test_reworded_part_names_and_the_field_in_a_headings_brackets(tmp_path):
    items = [
        ("h", "一、立项依据（碳达峰碳中和与生态环保技术领域）"),
        ("p", "工业挥发性有机物（VOCs）是臭氧和细颗粒物的重要前体物，化工、涂装等行业治理任务艰巨。"),
        ("h", "二、建设内容与目标"),
        ("p", "到2025年，研制VOCs治理成套装备3套，申请发明专利20项。"),
        ("h", "三、管理体制"),
        ("p", f"联合体由{LEAD}牵头，{'、'.join(MEMBERS)}参与，设理事会。"),
        ("h", "四、资金来源"),
        ("p", "联合体三年总投入8000万元，其中企业自筹6200万元，财政资金1800万元。"),
        ("h", "五、年度计划"),
        ("p", "2023年完成样机；2024年示范应用；2025年推广。"),
    ]
    sub, status = _review(tmp_path, items)
    assert [s.outline for s in sub.sections if s.present] == [1, 2, 3, 4, 5]
    assert sub.strategic_field.value == "双碳与环保技术"
    assert status["field.strategic"] == "pass"


def test_a_statutory_metrology_institute_is_a_service():
    assert classify_kind("浙江省计量科学研究院", "法定计量检定机构", None, PACK) == "service"


def test_a_count_of_the_plans_own_tasks_is_no_measurable_target(tmp_path):
    goals = "到2025年，联合体突破关键技术，凝练形成三项重大攻关任务，部署5个课题，每项任务明确牵头单位。"
    _, status = _review(tmp_path, _plan(goals=goals))
    assert status["goals.measurable"] == "warn"


def test_a_council_of_the_lead_and_core_members_seats_all_when_the_core_members_are_all_the_others(tmp_path):
    def council_status(core: str) -> str:
        organisation = (f"联合体按照“1+{core}+N”模式组建，即1家牵头企业、{core}家核心成员单位和N家协作单位：由{LEAD}牵头，"
                        f"{'、'.join(MEMBERS)}参与。联合体设理事会，理事会由牵头企业和核心成员单位负责人组成。")
        return _review(tmp_path, _plan(organisation=organisation))[1]["org.council_members"]

    assert council_status("3") == "pass"
    assert council_status("2") == "warn"
