"""Lead, member and organisation checks: observed vs expected, evidence, n/a without a council."""

import docx

from checks import run_plan_checks
from extractors import extract
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import Governance, TextField
from tests.check_builders import LEAD, ev, good_plan, member
from tests.extract_docs import add_word_table

PACK = load_rulepack()


def results(sub):
    return {r.id: r for r in run_plan_checks(sub, PACK)}


def test_good_plan_passes_every_lead_member_and_org_check():
    r = results(good_plan())
    for cid in ["lead.qualification", "lead.active_projects", "members.min_count", "members.academic",
                "members.intent_letter", "org.council", "org.council_chair", "org.council_members",
                "org.expert_committee", "org.chief_scientist", "mechanism.ip_sharing"]:
        assert r[cid].status == "pass", (cid, r[cid].message)
        assert r[cid].evidence, cid


def test_four_members_fail_with_count_against_minimum():
    sub = good_plan()
    sub.members = sub.members[:4]
    r = results(sub)["members.min_count"]
    assert r.status == "fail"
    assert "成员单位4个（含牵头单位）" in r.message and "不少于5个" in r.message


def test_lead_missing_from_member_table_is_still_counted():
    sub = good_plan()
    sub.members = sub.members[1:]
    assert results(sub)["members.min_count"].observed == "5个（含牵头单位）"


def test_only_enterprises_fail_the_academic_check():
    sub = good_plan()
    sub.members = [member(LEAD, is_lead=True)] + [member(f"杭州丙{i}科技有限公司") for i in range(4)]
    r = results(sub)["members.academic"]
    assert r.status == "fail" and "高校或科研院所" in r.message


def test_lead_qualification_not_stated_goes_to_a_reviewer():
    sub = good_plan()
    sub.lead_qualification = TextField()
    r = results(sub)["lead.qualification"]
    assert r.status == "manual" and LEAD in r.message


def test_lead_described_only_as_high_tech_enterprise_fails_quoting_it():
    sub = good_plan()
    sub.lead_qualification = TextField(value="高新技术企业", evidence=ev("牵头单位是国家高新技术企业"))
    r = results(sub)["lead.qualification"]
    assert r.status == "fail" and "高新技术企业" in r.message and r.evidence
    assert r.observed == "高新技术企业" and "科技领军企业" in r.expected


def test_active_projects_unknown_is_manual_and_above_cap_warns():
    sub = good_plan()
    sub.lead_active_projects = TextField()
    assert results(sub)["lead.active_projects"].status == "manual"
    sub.lead_active_projects = TextField(value="五项", evidence=ev("在研尖兵领雁项目五项"))
    r = results(sub)["lead.active_projects"]
    assert r.status == "warn" and r.observed == "5项" and "不超过3项" in r.expected


def test_no_council_fails_the_chair_and_warns_on_membership():
    sub = good_plan()
    sub.governance = Governance()
    r = results(sub)
    assert r["org.council"].status == "fail"
    assert "理事会" in r["org.council"].message and "检索" in r["org.council"].message
    assert r["org.council_chair"].status == "fail" and "未建立理事会" in r["org.council_chair"].message
    assert r["org.council_members"].status == "warn"
    assert r["org.council_members"].evidence[0].text == "三、组织架构与运行机制"


def test_management_office_instead_of_council_is_quoted():
    sub = good_plan()
    sub.governance = Governance(evidence={"council": ev("联合体设立管理办公室，负责日常事务", 41)})
    r = results(sub)["org.council"]
    assert r.status == "fail" and r.evidence[0].text.startswith("联合体设立管理办公室")


def test_chair_from_another_unit_fails_and_unit_unstated_is_manual():
    sub = good_plan()
    sub.governance.council_chair_unit = "浙江大学"
    sub.governance.evidence["council_chair"] = ev("理事长由浙江大学王五担任")
    r = results(sub)["org.council_chair"]
    assert r.status == "fail" and "浙江大学" in r.message and LEAD in r.message
    sub.governance.council_chair_unit = None
    sub.governance.evidence["council_chair"] = ev("理事长由王五担任")
    sub.governance.council_chair = "王五"
    assert results(sub)["org.council_chair"].status == "manual"


def test_chair_unit_with_other_bracket_width_matches_the_lead():
    sub = good_plan()
    sub.lead_unit = TextField(value="领航基因科技（杭州）有限公司", evidence=ev("牵头单位：领航基因科技（杭州）有限公司"))
    sub.governance.council_chair_unit = "领航基因科技(杭州)有限公司"
    assert results(sub)["org.council_chair"].status == "pass"


def test_missing_encouraged_item_warns_pointing_at_the_organisation_part():
    sub = good_plan()
    sub.governance.expert_committee = False
    sub.governance.evidence["expert_committee"] = []
    r = results(sub)["org.expert_committee"]
    assert r.status == "warn" and r.severity == "info"
    assert r.evidence[0].text == "三、组织架构与运行机制"


def test_intent_letter_without_division_is_manual_and_absent_fails():
    sub = good_plan()
    sub.governance.evidence["intent_letter"] = ev("各成员单位签订了组建意向书")
    sub.members = [m.model_copy(update={"role": None}) for m in sub.members]
    assert results(sub)["members.intent_letter"].status == "manual"
    sub.governance.intent_letter = False
    sub.governance.evidence["intent_letter"] = []
    r = results(sub)["members.intent_letter"]
    assert r.status == "fail" and "组建意向书" in r.message and not r.evidence


def test_a_member_list_holding_only_the_lead_goes_to_a_reviewer():
    sub = good_plan()
    sub.members = sub.members[:1]
    r = results(sub)
    assert r["members.min_count"].status == "manual" and LEAD in r["members.min_count"].message
    assert r["members.academic"].status == "manual"


def test_chair_named_with_a_short_form_of_the_lead_passes_and_of_another_member_fails():
    sub = good_plan()
    sub.lead_unit = TextField(value="领航基因科技（杭州）有限公司", evidence=ev("牵头单位：领航基因科技（杭州）有限公司"))
    sub.members[0].name = "领航基因科技（杭州）有限公司"
    sub.governance.council_chair, sub.governance.council_chair_unit = "李光远", None
    sub.governance.evidence["council_chair"] = ev("理事长由领航基因董事长李光远担任")
    assert results(sub)["org.council_chair"].status == "pass"
    sub.governance.evidence["council_chair"] = ev("理事长由乙检测总经理李光远担任")
    r = results(sub)["org.council_chair"]
    assert r.status == "fail" and "杭州乙检测技术有限公司" in r.message


def test_council_of_fewer_stated_units_than_the_members_warns():
    sub = good_plan()
    sub.governance.evidence["council_members_all"] = ev("理事会由5家成员单位负责人组成")
    assert results(sub)["org.council_members"].status == "pass"
    sub.governance.evidence["council_members_all"] = ev("理事会由3家成员单位负责人组成")
    r = results(sub)["org.council_members"]
    assert r.status == "warn" and "3家" in r.message


def test_the_rest_of_the_units_counted_beside_the_chair_is_not_the_council_s_size():
    """"理事长：…；副理事长：…；理事：其余3家成员单位负责人" seats all five units."""
    sub = good_plan()
    sub.governance.evidence["council_members_all"] = ev("理事会由各成员单位负责人组成。理事长：陈一鸣（甲大学副校长）；"
                                                        "副理事长：周建国（牵头单位董事长）；理事：其余3家成员单位负责人")
    assert results(sub)["org.council_members"].status == "pass"


def test_fewer_names_than_the_plan_says_it_has_go_to_a_reviewer(tmp_path):
    d = docx.Document()
    d.add_paragraph("浙江省柔性显示关键材料创新联合体实施方案")
    d.add_paragraph("牵头单位：杭州柔光新材料股份有限公司")
    d.add_heading("三、组织架构与运行机制", 1)
    d.add_paragraph("本联合体由牵头单位和4家成员单位组成，成员单位包括浙江工业大学、杭州臻显光电材料有限公司等。")
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("联合体总投入1.2亿元。")
    d.save(tmp_path / "plan.docx")
    sub = extract(PlanText(read(tmp_path / "plan.docx"), PACK), "滨江区/plan.docx")
    assert sub.members_stated.value == "5"
    r = results(sub)["members.min_count"]
    assert r.status == "manual" and "共5个单位" in r.message and "3个" in r.message


def test_fewer_names_than_a_too_small_stated_count_still_fail():
    sub = good_plan()
    sub.members = sub.members[:3]
    sub.members_stated = TextField(value="3", evidence=ev("联合体由3家单位组成"))
    assert results(sub)["members.min_count"].status == "fail"


def test_a_chair_named_only_by_a_unit_s_short_form_and_title_is_judged_by_that_unit():
    sub = good_plan()
    sub.governance.council_chair = sub.governance.council_chair_unit = None
    sub.governance.evidence["council_chair"] = ev("理事长由示例智能董事长担任")
    r = results(sub)["org.council_chair"]
    assert r.status == "pass" and "示例智能董事长" in r.message
    sub.members.append(member("温州医科大学附属眼视光医院", kind="other"))
    sub.governance.evidence["council_chair"] = ev("理事长由眼视光医院院长担任")
    r = results(sub)["org.council_chair"]
    assert r.status == "fail" and "温州医科大学附属眼视光医院" in r.message


def _council_plan(tmp_path, council: str):
    """A real .docx plan with six members in a table and the given council paragraph, extracted."""
    d = docx.Document()
    d.add_paragraph("浙江省草莓种业创新联合体实施方案")
    d.add_paragraph("牵头单位：浙江建莓农业科技股份有限公司")
    d.add_heading("三、组织架构与运行机制", 1)
    d.add_paragraph("成员单位及分工如下表。")
    add_word_table(d, [["序号", "单位名称", "单位性质"], ["1", "浙江建莓农业科技股份有限公司", "企业（牵头）"],
                       ["2", "浙江大学", "高校"], ["3", "浙江省农业科学院", "科研院所"], ["4", "杭州梅城智能温室装备有限公司", "企业"],
                       ["5", "杭州三江农业物联网科技有限公司", "企业"], ["6", "浙江中农质检技术有限公司", "检验检测机构"]])
    d.add_paragraph(council)
    d.add_heading("四、经费投入与保障措施", 1)
    d.add_paragraph("联合体总投入1.2亿元。")
    d.save(tmp_path / "plan.docx")
    return results(extract(PlanText(read(tmp_path / "plan.docx"), PACK), "建德市/plan.docx"))


def test_a_chair_rotating_among_members_fails_quoting_the_rotation(tmp_path):
    r = _council_plan(tmp_path, "联合体设理事会，由6家成员单位负责人组成。理事会实行轮值理事长制，理事长由建莓农业、梅城温室、"
                                "三江物联三家企业的主要负责人按年度轮流担任，2023年度由建莓农业董事长方立平担任。")
    chair = r["org.council_chair"]
    assert chair.status == "fail" and "轮流担任" in chair.message
    assert "轮值理事长" in chair.evidence[0].text
    assert r["org.council_members"].status == "pass"


def test_a_council_of_three_named_enterprises_out_of_six_members_warns(tmp_path):
    r = _council_plan(tmp_path, "联合体设理事会。理事会由建莓农业、梅城温室、三江物联3家企业成员单位负责人组成，理事长由建莓"
                                "农业董事长担任。")
    members = r["org.council_members"]
    assert members.status == "warn" and "3家" in members.message and "6家" in members.message
