"""Governance and lead standing on whole Word plans, as a reviewer reads the verdicts.

Each plan is written by python-docx, read by the real reader, extracted and
checked; the assertions are the statuses and messages a reviewer would see.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from checks.registry import run_plan_check
from extractors import extract
from extractors.governance import extract_governance
from pipeline.evidence import document_units
from pipeline.plan_text import PlanText
from pipeline.readers import read
from tests.extract_docs import PACK, add_word_table

LEAD = "杭州钠盛新能源科技有限公司"
MEMBERS = [(LEAD, "企业（牵头单位）"), ("浙江大学", "高校"), ("浙江省化工研究院有限公司", "科研院所"),
           ("杭州临平硬碳材料有限公司", "企业"), ("杭州电池检测技术服务有限公司", "检验检测机构")]
GOOD_COUNCIL = "联合体设立理事会，理事会由各成员单位负责人组成，理事长由牵头单位董事长担任。"
SIGNED = "各成员单位已签订组建意向书，明确各方任务分工、权利和义务。"


def _plan(tmp_path: Path, background: list[str | list[list[str]]],
          organisation: list[str | list[list[str]]] | None = None):
    """A five-part plan whose background and organisation parts say what the test needs (a list is a table)."""
    doc = WordDocument()
    doc.add_paragraph("浙江省钠离子电池材料创新联合体实施方案")
    doc.add_paragraph(f"牵头单位：{LEAD}")
    doc.add_paragraph("申报类型：类型二")
    doc.add_paragraph("推荐单位：临平区科学技术局")
    parts = {
        "一、背景与意义": background,
        "二、目标与主要研发任务": ["到2025年，电芯能量密度达到160Wh/kg，申请发明专利35项。"],
        "三、组织架构与运行机制": [[["单位名称", "单位性质"], *map(list, MEMBERS)],
                          *(organisation if organisation is not None else [GOOD_COUNCIL, SIGNED])],
        "四、经费投入与保障措施": ["联合体三年总投入15000万元，其中企业自筹10000万元，省级财政资金5000万元。"],
        "五、进度安排": ["2023年：完成材料筛选。", "2024年：建成中试线。", "2025年：完成验收。"],
    }
    for heading, items in parts.items():
        doc.add_heading(heading, level=1)
        for item in items:
            if isinstance(item, list):
                add_word_table(doc, item)
            else:
                doc.add_paragraph(item)
    path = tmp_path / "临平区" / "plan.docx"
    path.parent.mkdir(exist_ok=True)
    doc.save(path)
    return extract(PlanText(read(path), PACK), "临平区/plan.docx")


def test_active_projects_of_both_programmes_written_apart_are_added_up(tmp_path):
    """"尖兵2项，另有领雁2项" is four projects: above the limit of three, whatever the table after it lists."""
    sub = _plan(tmp_path, [
        f"{LEAD}是省科技小巨人企业。牵头单位目前在研省“尖兵”研发攻关计划项目2项，另有在研省“领雁”研发攻关计划"
        "项目2项，具体如下表。",
        [["序号", "项目类别", "项目名称"], ["1", "省“尖兵”", "正极材料"], ["2", "省“尖兵”", "储能系统"],
         ["3", "省“领雁”", "硬碳负极"], ["4", "省“领雁”", "电解液"]],
    ])
    result = run_plan_check("lead.active_projects", sub, PACK)
    assert result.status == "warn" and result.observed == "4项"
    assert "领雁" in result.evidence[0].text and "尖兵" in result.evidence[0].text


def test_active_projects_of_both_programmes_within_the_limit_pass(tmp_path):
    sub = _plan(tmp_path, [f"{LEAD}是省科技小巨人企业，牵头单位在研省“尖兵”项目1项、“领雁”项目1项。"])
    result = run_plan_check("lead.active_projects", sub, PACK)
    assert result.status == "pass" and result.observed == "2项"


def _verdicts(sub, *check_ids: str) -> dict[str, str]:
    return {cid: run_plan_check(cid, sub, PACK).status for cid in check_ids}


COUNCIL_CHECKS = ("org.council", "org.council_chair", "org.council_members")


def test_council_set_up_with_a_bare_she_passes(tmp_path):
    """"联合体设理事会，由牵头单位和…4家成员单位负责人组成" sets the council up like 设立 does."""
    sub = _plan(tmp_path, [f"{LEAD}是省科技小巨人企业。"], [
        "联合体设理事会，由牵头单位和浙江大学、浙江省化工研究院有限公司、杭州临平硬碳材料有限公司、"
        "杭州电池检测技术服务有限公司等5家成员单位负责人组成，理事长由牵头单位董事长担任。", SIGNED])
    assert _verdicts(sub, *COUNCIL_CHECKS) == dict.fromkeys(COUNCIL_CHECKS, "pass")


def test_a_council_given_as_a_table_of_posts_is_read_row_by_row(tmp_path):
    """The chair is the 理事长 row (a professor of 浙江大学, so not the lead's head); every member has a seat."""
    seats = [["理事会职务", "姓名", "所在单位及职务"],
             ["理事长", "王建华", "浙江大学材料学院教授"],
             ["常务副理事长", "徐循", f"{LEAD}董事长"],
             ["理事", "陈国栋", "浙江大学副校长"],
             ["理事", "钱立群", "浙江省化工研究院有限公司院长"],
             ["理事", "孙伟", "杭州临平硬碳材料有限公司总经理"],
             ["理事", "赵宏", "杭州电池检测技术服务有限公司总经理"]]
    sub = _plan(tmp_path, [f"{LEAD}是省科技小巨人企业。"],
                ["联合体设理事会，作为联合体的决策机构，理事会组成如下：", seats, SIGNED])
    chair = run_plan_check("org.council_chair", sub, PACK)
    assert chair.status == "fail" and "浙江大学" in chair.observed
    assert [e.text for e in chair.evidence[:3]] == ["理事长", "王建华", "浙江大学材料学院教授"]  # the row, cell by cell
    assert _verdicts(sub, "org.council", "org.council_members") == {"org.council": "pass",
                                                                   "org.council_members": "pass"}
    sub = _plan(tmp_path, [f"{LEAD}是省科技小巨人企业。"],
                ["理事会组成如下：", [*seats[:1], ["理事长", "徐循", f"{LEAD}董事长"], *seats[3:-1]], SIGNED])
    assert _verdicts(sub, *COUNCIL_CHECKS) == {"org.council": "pass", "org.council_chair": "pass",
                                               "org.council_members": "warn"}


def test_a_partner_staying_out_of_the_council_leaves_it_standing(tmp_path):
    """"浙江大学不作为联合体成员单位，不参加理事会" keeps a partner out; it does not deny the council."""
    sub = _plan(tmp_path, [f"{LEAD}是省科技小巨人企业。"], [
        "此外，联合体委托浙江工业大学开展基础研究；浙江工业大学不作为联合体成员单位，不参加理事会。",
        GOOD_COUNCIL, SIGNED])
    assert _verdicts(sub, *COUNCIL_CHECKS) == dict.fromkeys(COUNCIL_CHECKS, "pass")


def test_a_non_member_not_signing_the_letter_leaves_the_members_letter_signed(tmp_path):
    """A bank that "不签署组建意向书" is no member: the members' letter stands. The same words said of a member
    mean a member has not signed."""
    bank = "浙江钱塘农村商业银行科创支行"
    doc = WordDocument()
    doc.add_paragraph(f"此外，{bank}作为合作金融机构，为联合体提供授信支持，不签署组建意向书，不承担研发任务。")
    doc.add_paragraph(SIGNED)
    path = tmp_path / "letter.docx"
    doc.save(path)
    said = document_units(read(path))
    members = [name for name, _ in MEMBERS]
    assert extract_governance(said, PACK, LEAD, members).intent_letter
    assert not extract_governance(said, PACK, LEAD, [*members, bank]).intent_letter


def test_a_lead_described_only_by_other_standings_fails_quoting_them(tmp_path):
    """"X成立于2014年，注册于…，是国家高新技术企业、省级骨干农业龙头企业" gives the lead no 指引 standing; a
    龙头企业 it is built around ("依托龙头企业X组建") is none either."""
    sub = _plan(tmp_path, [
        f"{LEAD}（以下简称“钠盛新能源”）成立于2014年，注册于临平区临平新城，是国家高新技术企业、省级骨干农业龙头企业，"
        "建有省级企业研究院。本联合体依托龙头企业钠盛新能源组建。"])
    result = run_plan_check("lead.qualification", sub, PACK)
    assert result.status == "fail"
    assert result.observed == "国家高新技术企业、省级骨干农业龙头企业"
    assert "成立于2014年" in result.evidence[0].text


def test_a_lead_called_a_science_leader_anywhere_still_passes_or_goes_to_a_reviewer(tmp_path):
    """The 科技领军企业 said of the lead wins over its other titles; said of "公司" right after a passage about
    the lead alone, it is the lead's; after a passage naming another company, "公司" could be either, so the
    other titles do not fail the plan: a reviewer decides."""
    sub = _plan(tmp_path, [f"{LEAD}成立于2014年，是国家高新技术企业、浙江省专精特新中小企业。",
                           f"2021年，{LEAD}被认定为省科技小巨人企业。"])
    assert run_plan_check("lead.qualification", sub, PACK).status == "pass"
    sub = _plan(tmp_path, [f"{LEAD}成立于2014年，是国家高新技术企业、浙江省专精特新中小企业。",
                           "公司于2021年被认定为省科技小巨人企业，产品覆盖全国。"])
    assert run_plan_check("lead.qualification", sub, PACK).status == "pass"
    sub = _plan(tmp_path, [f"{LEAD}成立于2014年，是国家高新技术企业、浙江省专精特新中小企业。",
                           "杭州华测检验技术有限公司承担检测任务。",
                           "公司于2021年被认定为省科技小巨人企业，产品覆盖全国。"])
    assert run_plan_check("lead.qualification", sub, PACK).status == "manual"


def test_a_chair_from_the_applying_unit_is_the_lead_s_head(tmp_path):
    """"理事长由申报单位法定代表人…担任": the 申报单位 is the lead; a chair named with no unit stays with a reviewer."""
    sub = _plan(tmp_path, [f"{LEAD}是省科技小巨人企业。"], [
        "联合体设理事会，由5家成员单位负责人组成，理事长由申报单位法定代表人、董事长章建华担任。", SIGNED])
    assert _verdicts(sub, *COUNCIL_CHECKS) == dict.fromkeys(COUNCIL_CHECKS, "pass")
    sub = _plan(tmp_path, [f"{LEAD}是省科技小巨人企业。"], [
        "联合体设理事会，由5家成员单位负责人组成，理事长由章建华担任。", SIGNED])
    assert _verdicts(sub, "org.council_chair") == {"org.council_chair": "manual"}


def test_seats_in_the_member_table_take_in_a_university_and_its_hospital(tmp_path):
    """A member table whose 联合体职务 column seats every member: 浙江大学 is seated on its own row, not taken for
    its affiliated hospital, so the council takes in all; a member left without a seat is a warning."""
    rows = [["序号", "单位名称", "单位性质", "负责人", "联合体职务"],
            ["1", LEAD, "企业（牵头单位）", "董事长 于振宇", "理事长"],
            ["2", "浙江大学", "高校", "副校长 陈峰", "理事"],
            ["3", "浙江大学医学院附属第一医院", "医院", "院长 郑华", "理事"],
            ["4", "浙江省化工研究院有限公司", "科研院所", "院长 王洪", "理事"],
            ["5", "杭州电池检测技术服务有限公司", "检验检测机构", "总经理 刘敏", "理事"]]

    def verdicts(table: list[list[str]]) -> dict[str, str]:
        doc = WordDocument()
        doc.add_paragraph("浙江省钠离子电池材料创新联合体实施方案")
        doc.add_heading("三、组织架构与运行机制", level=1)
        add_word_table(doc, table)
        doc.add_paragraph("联合体设理事会，负责重大事项的商议与决策。" + SIGNED)
        path = tmp_path / "临平区" / "seats.docx"
        path.parent.mkdir(exist_ok=True)
        doc.save(path)
        return _verdicts(extract(PlanText(read(path), PACK), "临平区/seats.docx"), *COUNCIL_CHECKS)

    assert verdicts(rows) == dict.fromkeys(COUNCIL_CHECKS, "pass")
    assert verdicts([*rows[:2], [*rows[2][:4], ""], *rows[3:]])["org.council_members"] == "warn"
