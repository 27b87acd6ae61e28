"""Governance: negation matters, the chair's person and unit, members, IP and the 意向书."""

from __future__ import annotations

from docx import Document as WordDocument

from extractors.governance import extract_governance
from pipeline.evidence import document_units
from pipeline.readers import read
from tests.extract_docs import PACK, units

LEAD = "杭州精工数控科技股份有限公司"


def test_full_governance():
    u = units(
        "创新联合体设立理事会，理事会由各成员单位负责人组成，负责重大事项决策。",
        f"理事长由牵头单位{LEAD}董事长张三担任。",
        "设立专家咨询委员会，为技术路线提供咨询。",
        "聘请浙江大学李四教授担任首席科学家。",
        "通过签订知识产权管理协议，建立“共建共享”的知识产权管理制度。",
        "各成员单位已签订组建意向书，明确任务分工、权利和义务。",
    )
    gov = extract_governance(u, PACK, LEAD)
    assert gov.council and gov.council_members_all is True
    assert (gov.council_chair, gov.council_chair_unit) == ("张三", LEAD)
    assert gov.expert_committee and gov.chief_scientist == "李四"
    assert gov.ip_agreement and gov.intent_letter
    for key in ("council", "council_chair", "council_members_all", "expert_committee", "chief_scientist",
                "ip_agreement", "intent_letter"):
        assert gov.evidence[key], key


def test_council_denied_or_postponed():
    for text in ("本联合体暂不设立理事会，由牵头单位统筹管理。", "暂不设理事会，待条件成熟后再成立理事会。"):
        gov = extract_governance(units(text), PACK, LEAD)
        assert not gov.council
        assert gov.evidence["council"][0].text == text


def test_chair_named_by_role_only_resolves_to_the_lead():
    gov = extract_governance(units("设立理事会。理事长由牵头单位主要负责人担任。"), PACK, LEAD)
    assert gov.council_chair_unit == LEAD


def test_council_of_some_members_only():
    gov = extract_governance(units("理事会由牵头单位和部分骨干成员单位负责人组成。"), PACK, LEAD)
    assert gov.council and gov.council_members_all is False


def test_absent_and_unsigned():
    gov = extract_governance(units("各方将适时研究组建意向书的内容。", "成员单位按任务分工开展研发。"), PACK, LEAD)
    assert not gov.council and not gov.intent_letter and not gov.expert_committee
    assert gov.chief_scientist is None and not gov.ip_agreement


def test_a_passing_mention_is_no_council():
    gov = extract_governance(units(
        "为加强统筹协调，联合体设立管理办公室，设在牵头单位，负责日常运行。",
        "各成员单位已签订组建意向书，约定投入配套经费，并服从理事会统一调度。",
    ), PACK, LEAD)
    assert not gov.council and gov.council_chair_unit is None
    assert "服从理事会" in gov.evidence["council"][0].text


def test_council_set_up_by_its_composition_or_its_chair():
    for text in ("理事会由牵头单位和各成员单位负责人组成，负责重大事项决策。",
                 "理事会是联合体的最高决策机构。",
                 f"理事长由{LEAD}董事长张三担任。"):
        assert extract_governance(units(text), PACK, LEAD).council, text


def test_deputy_chair_is_not_the_chair():
    gov = extract_governance(units(
        "联合体设立理事会。理事会由各成员单位主要负责人组成，理事长由浙江大学医学院院长杨静怡担任，"
        f"副理事长由{LEAD}董事长何立新担任。"), PACK, LEAD)
    assert (gov.council_chair, gov.council_chair_unit) == ("杨静怡", "浙江大学医学院")
    assert LEAD not in gov.evidence["council_chair"][0].text


def test_ip_sharing_whatever_the_quote_marks_and_word_order():
    for text in ("二是「共建共享」知识产权制度，联合开发的模型由各方共有。", '建立"共建共享"的知识产权管理制度。',
                 "二是共建共“”享知识产权制度，成果由各方共有。", "联合攻关形成的知识产权由各参与方共享，收益按贡献分成。"):
        gov = extract_governance(units(text), PACK, LEAD)
        assert gov.ip_agreement, text
        assert gov.evidence["ip_agreement"][0].text == text


def test_ip_sharing_denied_and_intent_letter_reworded():
    gov = extract_governance(units("知识产权暂不共享，由完成单位独自所有。"), PACK, LEAD)
    assert not gov.ip_agreement
    gov = extract_governance(units("成员单位已签订联合体“组建”意向书，约定分工。"), PACK, LEAD)
    assert gov.intent_letter


def test_council_of_all_member_units_heads_in_other_wordings():
    for wording in ("联合体设立理事会，由6家成员单位负责人组成，理事长由牵头单位董事长张三担任。",
                    "联合体设立理事会，理事会由全部6家成员单位负责人组成。",
                    "联合体设立理事会，负责重大事项决策。成员单位主要负责人担任理事。",
                    "联合体设立理事会，理事由各成员单位法定代表人或其委托人担任。"):
        gov = extract_governance(units(wording), PACK, LEAD)
        assert gov.council and gov.council_members_all is True, wording
    some = extract_governance(units("联合体设立理事会，理事由部分成员单位推选代表担任。"), PACK, LEAD)
    assert some.council_members_all is False
    chair_only = extract_governance(units("联合体设立理事会，理事长由牵头单位负责人担任。"), PACK, LEAD)
    assert chair_only.council_members_all is None


def test_chair_post_and_its_holder_in_separate_clauses():
    gov = extract_governance(units(
        "联合体设立理事会。理事会设理事长1名，由浙江大学生命科学学院李明哲教授担任；"
        f"设副理事长1名，由{LEAD}总经理钱卫东担任。"), PACK, LEAD)
    assert (gov.council_chair, gov.council_chair_unit) == ("李明哲", "浙江大学生命科学学院")
    gov = extract_governance(units("联合体设立理事会。理事会设理事长1名，由牵头单位主要负责人（董事长）担任；"
                                   "理事由6家成员单位负责人担任。"), PACK, LEAD)
    assert gov.council_chair_unit == LEAD


def test_chair_named_with_a_title_only_is_tied_to_a_unit_by_the_plan():
    gov = extract_governance(units(
        f"联合体设立理事会。理事会设理事长1名，由王立群董事长担任。{LEAD}作为牵头单位，承担联合体抓总责任。"),
        PACK, LEAD)
    assert (gov.council_chair, gov.council_chair_unit) == ("王立群", LEAD)
    assert LEAD in gov.evidence["council_chair"][1].text
    gov = extract_governance(units(f"{LEAD}董事长王立群长期从事制动系统研究。",
                                   "联合体设立理事会，理事长由王立群董事长担任。"), PACK, LEAD)
    assert (gov.council_chair, gov.council_chair_unit) == ("王立群", LEAD)
    gov = extract_governance(units("联合体设立理事会，理事长由公司董事长担任。"), PACK, LEAD)
    assert gov.council_chair is None


def test_chair_from_a_government_office_and_a_scientist_named_after_his_rank(tmp_path):
    """A county official chairing the council is not the lead's head; "负责人组成" names nobody."""
    word = WordDocument()
    word.add_heading("三、组织架构与运行机制", 1)
    word.add_paragraph("（二）组织架构。联合体设立理事会，理事会由各成员单位主要负责人组成，负责重大事项的商议与决策。"
                       f"理事会设理事长1名，由富阳区科技局副局长陈卫东担任；副理事长1名，由{LEAD}董事长何建平担任。"
                       "联合体设首席科学家1名，由杭州电子科技大学教授蒋志刚担任。")
    path = tmp_path / "plan.docx"
    word.save(path)
    gov = extract_governance(list(document_units(read(path))), PACK, LEAD)
    assert (gov.council_chair, gov.council_chair_unit) == ("陈卫东", "富阳区科技局")
    assert gov.chief_scientist == "蒋志刚"


def test_a_council_listed_unit_by_unit_in_short_forms_is_compared_with_the_members():
    members = ["杭州数博文化科技有限公司", "浙江大学", "浙江省文物保护科技研究院", "杭州云栖检测技术有限公司"]
    said = ("联合体由数博科技牵头，联合浙江大学（以下简称“浙大”）等单位组建。",
            "联合体设理事会，理事由数博科技、浙大、文保院、云栖检测的负责人担任，理事长由数博科技董事长担任。")
    gov = extract_governance(units(*said), PACK, members[0], members)
    assert gov.council_members_all is True
    gov = extract_governance(units(*said), PACK, members[0], [*members, "杭州晨曦电子有限公司"])
    assert gov.council_members_all is False


def _governance_of(tmp_path, *paragraphs: str):
    word = WordDocument()
    word.add_heading("三、组织架构与运行机制", 1)
    for text in paragraphs:
        word.add_paragraph(text)
    path = tmp_path / "plan.docx"
    word.save(path)
    return extract_governance(list(document_units(read(path))), PACK, LEAD)


def test_a_technical_committee_described_as_the_advisory_body_is_the_expert_committee(tmp_path):
    """The 指引's 专家咨询委员会 is known by what it does: outside experts advising on the technical route."""
    advice = ("技术委员会作为联合体的技术决策咨询机构，对攻关项目技术路线选择、任务分解和攻关方案设计提出咨询意见，"
              "咨询意见提交理事会研究决定。")
    gov = _governance_of(tmp_path, "联合体设立技术委员会，由9名领域专家组成，其中成员单位以外的专家5名。", advice)
    assert gov.expert_committee
    assert "决策咨询机构" in gov.evidence["expert_committee"][0].text


def test_a_committee_that_decides_is_no_expert_committee(tmp_path):
    gov = _governance_of(tmp_path, "联合体设立技术委员会，由9名领域专家组成。",
                         "技术委员会作为联合体的技术决策机构，负责确定技术路线和分配攻关任务。")
    assert not gov.expert_committee


def test_the_council_under_another_name_is_known_by_what_it_does(tmp_path):
    """A 管理委员会 "作为联合体重大事项的商议与决策机构" is the 指引's 理事会: its 主任 is the chair, its composition the
    seats; a 管理委员会 that only runs daily business is no council, and the 首席专家 is the chief scientist's post."""
    word = WordDocument()
    word.add_heading("三、组织架构与运行机制", 1)
    word.add_paragraph("联合体设管理委员会，作为联合体重大事项的商议与决策机构，由全体成员单位负责人组成，主任由"
                       f"{LEAD}董事长吴建平担任。管理委员会下设技术委员会，由12名专家组成，技术委员会主任由浙江大学"
                       "教授陈立新担任，为技术路线选择提供咨询。设首席专家1名，由浙江大学教授王海涛担任。")
    word.save(tmp_path / "plan.docx")
    gov = extract_governance(list(document_units(read(tmp_path / "plan.docx"))), PACK, LEAD)
    assert gov.council and (gov.council_chair, gov.council_chair_unit) == ("吴建平", LEAD)
    assert gov.council_members_all is True and "管理委员会" in gov.evidence["council"][0].text
    assert gov.expert_committee and gov.chief_scientist == "王海涛"
    daily = extract_governance(units("联合体设立管理委员会，负责日常运行管理，主任由牵头单位总经理担任。"), PACK, LEAD)
    assert not daily.council and daily.council_chair is None


def test_an_expert_group_advising_by_what_it_does_and_a_chief_technical_expert(tmp_path):
    gov = _governance_of(tmp_path, "联合体设理事会，由全体成员单位负责人组成，理事长由牵头单位董事长担任。理事会下设技术专家组，"
                         "由膜科学和临床肾脏病学领域的11名专家组成（其中6名来自成员单位以外），作为联合体的决策咨询机构。"
                         "设首席技术专家1名，由浙江大学教授王海涛担任。")
    assert gov.expert_committee and "技术专家组" in gov.evidence["expert_committee"][0].text
    assert gov.chief_scientist


def test_a_letter_to_be_signed_after_approval_is_not_signed():
    for text in ("联合体经批准建设后一个月内，各成员单位签订组建意向书，明确各方任务分工、权利和义务。",
                 "各成员单位拟签订组建意向书。", "组建意向书正在签署中。"):
        gov = extract_governance(units(text), PACK, LEAD)
        assert not gov.intent_letter, text
        assert gov.evidence["intent_letter"][0].text == text
    signed = extract_governance(units("各成员单位已签订组建意向书，并将在获批后签订任务书。"), PACK, LEAD)
    assert signed.intent_letter


def test_a_rotating_chair_is_recorded_with_its_sentence_and_a_rotating_deputy_is_not():
    rotating = "理事会实行轮值理事长制，理事长由三家企业成员单位的主要负责人按年度轮流担任。"
    gov = extract_governance(units("联合体设理事会，由6家成员单位负责人组成。" + rotating), PACK, LEAD)
    assert gov.council_chair_rotates
    assert "轮值理事长" in gov.evidence["council_chair_rotates"][0].text
    deputy = extract_governance(units(f"联合体设理事会。理事长由牵头单位{LEAD}董事长张三担任，副理事长由各高校负责人"
                                      "轮流担任。"), PACK, LEAD)
    assert not deputy.council_chair_rotates and deputy.council_chair_unit == LEAD


def test_a_member_table_row_still_awaiting_its_letter_means_the_letter_is_not_signed():
    gov = extract_governance(units(
        "联合体由以下3家单位组成，组建意向书签订情况见表2。",
        [["序号", "单位名称", "组建意向书签订情况"], ["1", LEAD, "已签订（2022年10月28日）"],
         ["2", "中国科学院空天信息创新研究院", "上级单位审批中，预计2022年12月签订"], ["3", "浙江大学", "已签订"]],
    ), PACK, LEAD)
    assert not gov.intent_letter
    quoted = [e.text for e in gov.evidence["intent_letter"]]
    assert "中国科学院空天信息创新研究院" in quoted and "上级单位审批中，预计2022年12月签订" in quoted


def test_a_letter_signed_by_fewer_parties_than_the_members_is_not_signed_by_all():
    text = "牵头方已与3家参与方共同签订组建意向书，明确各方任务分工、权利和义务；3家支撑方以技术服务合同形式参与。"
    members = [LEAD, "杭州灵动微电机有限公司", "浙江博远传感科技有限公司", "杭州颐康养老服务集团有限公司", "杭州电子科技大学",
               "浙江省康复医疗器械研究所", "杭州康检检测技术有限公司"]
    gov = extract_governance(units(text), PACK, LEAD, members)
    assert not gov.intent_letter and gov.evidence["intent_letter"][0].text == text
    assert extract_governance(units(text), PACK, LEAD, members[:4]).intent_letter  # four members: all signed


def test_a_management_committee_of_all_seven_members_seats_every_member():
    gov = extract_governance(units(
        "联合体设管理委员会，管理委员会是联合体的最高决策机构，负责重大事项的商议与决策。管理委员会由全体7家成员单位主要"
        "负责人组成，主任由牵头单位董事长担任。"), PACK, LEAD)
    assert gov.council and gov.council_members_all is True and gov.council_chair_unit == LEAD


def test_a_council_of_some_of_the_members_roles_leaves_the_other_roles_out():
    roster = "联合体成员单位由牵头方、参与方和支撑方三类组成，共7家。"
    council = "联合体设理事会，作为重大事项的决策机构。理事会由牵头方和参与方主要负责人组成，理事长由牵头方董事长担任。"
    gov = extract_governance(units(roster, council), PACK, LEAD)
    assert gov.council and gov.council_members_all is False
    assert "由牵头方和参与方主要负责人组成" in gov.evidence["council_members_all"][0].text
    every_role = council.replace("牵头方和参与方", "牵头方、参与方和支撑方")
    assert extract_governance(units(roster, every_role), PACK, LEAD).council_members_all is not False


def test_a_council_given_as_labelled_lines_seats_only_the_units_it_names():
    members = [LEAD, "杭州银湖储能电池有限公司", "浙江大学", "中国科学院电工研究所", "杭州富能电力检测技术有限公司"]
    gov = extract_governance(units("理事会是联合体的决策机构。", "理事长：周立新（春江能源董事长）",
                                   "理事：浙江大学、中国科学院电工研究所负责人", "其余3家成员单位列席理事会会议"),
                             PACK, LEAD, members)
    assert gov.council and gov.council_members_all is False
