"""What a keyboard leaves in a plan: labels spaced out to fill a line, a signing date typed "22-11-16", a Hong Kong
partner's name in traditional characters beside its simplified spelling, a company named only as someone's 母公司,
a member written without its legal form in a task table."""

from __future__ import annotations

from pathlib import Path

from pipeline.orgnames import find_org_names
from pipeline.submission import Submission, unit_key
from tests.word_plans import Item, review_items

LEAD = "杭州飞梭缝制设备股份有限公司"
MEMBERS = ["浙江伺拓电机有限公司", "浙江理工大学", "浙江省机电设计研究院有限公司", "杭州临平科创成果转化服务有限公司"]


def _review(tmp_path: Path, cover: list[Item], organisation: list[Item] = (), sign_off: list[Item] = ()
            ) -> tuple[Submission, dict[str, str]]:
    rows = [["序号", "单位名称", "单位性质"], ["1", LEAD, "企业"], ["2", MEMBERS[0], "企业"], ["3", MEMBERS[1], "高校"],
            ["4", MEMBERS[2], "转制科研院所"], ["5", MEMBERS[3], "科技服务机构"]]
    items: list[Item] = [
        *cover,
        ("h", "一、背景与意义"),
        ("p", f"{LEAD}（以下简称“飞梭缝制”）位于临平区，2020年被认定为浙江省科技小巨人企业。"),
        ("h", "二、目标与主要研发任务"),
        ("p", "到2025年，研制高速直驱工业缝纫机3款，申请发明专利30项。"),
        ("h", "三、组织架构与运行机制"),
        ("p", "联合体由以下5家单位组成："), ("t", rows),
        *organisation,
        ("p", "各成员单位已签订组建意向书。理事会由全部成员单位负责人组成，理事长由飞梭缝制董事长担任。"),
        ("h", "四、经费投入与保障措施"),
        ("p", "联合体三年总投入8000万元，其中企业自筹5000万元，省级财政资金3000万元。"),
        ("h", "五、进度安排"),
        ("p", "2023年完成样机；2024年完成中试；2025年推广应用。"),
        *sign_off,
    ]
    return review_items(tmp_path, items, "浙江省高端智能缝制装备创新联合体实施方案", LEAD, "临平区")


def test_cover_labels_spaced_out_to_fill_the_line_are_read_as_labels(tmp_path):
    cover: list[Item] = [("p", "申 报 类 型：类型二（省科技小巨人企业牵头）"), ("p", "所 属 领 域：智能控制与先进技术"),
                         ("p", "推 荐 单 位：杭州市临平区科学技术局")]
    sub, status = _review(tmp_path, cover)
    assert sub.application_type.value == "类型二"
    assert status["type.declared"] == "pass"


def test_a_signing_date_typed_with_a_two_digit_year_and_dashes(tmp_path):
    sub, status = _review(tmp_path, [("p", "编制日期：2022年11月")], sign_off=[("p", LEAD), ("p", "22-11-16")])
    assert sub.submission_date.value == "2022-11-16"
    assert status["submission.deadline"] == "pass"


def test_a_partners_name_in_traditional_characters_is_the_same_unit():
    assert unit_key("香港科技大學") == unit_key("香港科技大学")
    assert [hit.name for hit in find_org_names("联合体吸纳香港科技大學（HKUST）负责射频建模。")] == ["香港科技大學"]


def test_a_company_named_only_by_its_relation_and_a_member_without_its_legal_form_add_no_member(tmp_path):
    organisation: list[Item] = [
        ("p", "其中浙江伺拓电机有限公司为台资企业，由台湾母公司提供驱动芯片设计支持。"),
        ("t", [["任务", "牵头单位", "参与单位"], ["任务二 伺服驱动", MEMBERS[0], "浙江省机电设计研究院"]]),
        ("p", "涉及浙江理工大学的知识产权另行签订协议。"),
    ]
    sub, _ = _review(tmp_path, [("p", "申报类型：类型二")], organisation)
    assert sorted(m.name for m in sub.members) == sorted([LEAD, *MEMBERS])
