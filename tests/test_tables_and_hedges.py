"""Plans whose facts sit in tables filled the way an enterprise's 申报 office fills forms, and plans whose words
sound compliant but hedge: a budget table in blocks by 类别 with 小计 rows, a national test centre named with its
place in brackets, a branch counted as a member, a kind said in a note under the table; a 揭榜 only applied for, an
acting chair, another body's rotation the plan does not take over, a council that excepts one member."""

from __future__ import annotations

from pathlib import Path

from pipeline.orgnames import classify_kind, find_org_names
from pipeline.submission import Submission
from tests.word_plans import PACK, Item, review_items

LEAD = "浙江新安江涂料化工股份有限公司"
RESIN = "建德市梅城树脂有限公司"
INSTITUTE = "杭州湾精细化工研究院"
UNIVERSITY = "浙江工业大学"
HUB = "建德市化工新材料产业创新服务综合体"
MEMBER_ROWS = [
    ["序号", "单位名称", "单位性质", "主要优势"],
    ["1", LEAD, "民营企业（上市公司）", "工业防腐涂料"],
    ["2", RESIN, "民营企业", "环氧树脂"],
    ["3", INSTITUTE, "新型研发机构（民办非企业单位）", "水性树脂中试"],
    ["4", UNIVERSITY, "高等院校", "高分子材料"],
    ["5", HUB, "省级产业创新服务综合体", "检验检测、中试服务"],
]


def _review(tmp_path: Path, organisation: list[Item], funding: list[Item] | None = None,
            lead_intro: str = "", cover: list[Item] = ()) -> tuple[Submission, dict[str, str]]:
    items: list[Item] = [
        *cover,
        ("h", "一、背景与意义"),
        ("p", f"{LEAD}（以下简称“新安江涂料”）注册于建德市，是浙江省科技领军企业。{lead_intro}"),
        ("h", "二、目标与主要研发任务"),
        ("p", "到2025年，研制高固体分环氧涂料等新产品5个，申请发明专利45件。"),
        ("h", "三、组织架构与运行机制"),
        *organisation,
        ("h", "四、经费投入与保障措施"),
        *(funding or [("p", "联合体三年总投入10000万元，其中企业自筹6000万元，省级财政资金4000万元。")]),
        ("h", "五、进度安排"),
        ("p", "2023年完成小试；2024年完成中试；2025年示范线投产。"),
    ]
    return review_items(tmp_path, items, "浙江省高性能工业涂料与功能树脂创新联合体实施方案", LEAD, "建德市")


def _members_table(council: str = "理事会由各成员单位负责人组成，理事长由新安江涂料董事长方卫东担任。") -> list[Item]:
    return [("p", "成员单位5家，基本情况如下："), ("t", MEMBER_ROWS),
            ("p", f"各成员单位已签订组建意向书。联合体设理事会，{council}")]


def test_self_funding_in_a_table_of_kind_blocks_goes_by_each_members_own_kind(tmp_path):
    funding: list[Item] = [
        ("p", "联合体三年计划总投入10000万元，企业自筹5300万元，占53%。分单位投入如下（单位：万元）："),
        ("t", [["类别", "单位名称", "自筹", "省级财政", "合计"],
               ["企业", LEAD, "3500", "1300", "4800"],
               ["企业", RESIN, "1000", "", "1000"],
               ["企业", INSTITUTE, "800", "400", "1200"],
               ["企业小计", "", "5300", "1700", "7000"],
               ["高校院所及服务机构", UNIVERSITY, "600", "1000", "1600"],
               ["高校院所及服务机构", HUB, "300", "1100", "1400"],
               ["小计", "", "900", "2100", "3000"],
               ["总计", "", "6200", "3800", "10000"]]),
    ]
    sub, status = _review(tmp_path, _members_table(), funding)
    assert {m.name: m.kind for m in sub.members}[INSTITUTE] == "institute"
    assert {m.name: m.kind for m in sub.members}[HUB] == "service"
    assert sub.budget.enterprise_wan == 4500.0
    assert status["funding.enterprise_main"] == "fail"


def test_a_national_test_centre_keeps_the_place_in_its_name_wherever_it_is_listed(tmp_path):
    centre = "国家光伏产品质量检验检测中心（浙江）"
    rows = [*MEMBER_ROWS[:-1], ["5", centre, "国家级检验检测中心", "检测认证"]]
    organisation: list[Item] = [
        ("p", "成员单位5家，基本情况如下："), ("t", rows),
        ("t", [["任务", "牵头单位", "参与单位"], ["1.涂层评价", LEAD, f"{UNIVERSITY}、{centre}"]]),
    ]
    sub, _ = _review(tmp_path, organisation)
    assert {m.name: m.kind for m in sub.members}.get(centre) == "service"
    assert len(sub.members) == 5


def test_a_name_after_an_opening_bracket_never_closed_is_the_name_alone():
    said = f"所在地：建德市（浙江睿涂工业防护科技有限公司、{INSTITUTE}位于杭州市区）"
    assert next(hit.name for hit in find_org_names(said)) == "浙江睿涂工业防护科技有限公司"


def test_a_members_branch_counted_as_one_more_unit_leaves_too_few_members(tmp_path):
    rows = [*MEMBER_ROWS[:5], ["5", f"{RESIN}余杭分公司", "民营企业", "树脂应用"]]
    organisation: list[Item] = [("p", "联合体由新安江涂料牵头，共5家成员单位，见下表："), ("t", rows),
                                ("p", "各成员单位已签订组建意向书。理事会由各成员单位负责人组成。")]
    sub, status = _review(tmp_path, organisation)
    assert len(sub.members) == 4
    assert status["members.min_count"] == "fail"


def test_a_kind_said_in_a_note_under_the_table_with_a_bracketed_aside():
    said = "为国家级网络安全产品检验检测机构（具备CNAS、CMA资质），为联合体提供测评认证服务。"
    assert classify_kind("浙江信测网络安全检测有限公司", None, said, PACK) == "service"


def test_a_list_only_applied_for_is_not_won(tmp_path):
    cover: list[Item] = [("p", "申报类型：类型一")]
    applied = ("根据省科技厅发布的2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单，新安江涂料已申报揭榜“高性能工业"
               "涂料”榜单，目前已通过形式审查，正在专家评审中。")
    _, status = _review(tmp_path, _members_table(), lead_intro=applied, cover=cover)
    assert status["type.eligibility"] == "fail"
    won = ("新安江涂料已成功揭榜2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单“高性能工业涂料”，并力争揭榜"
           "2024年度榜单。")
    _, status = _review(tmp_path, _members_table(), lead_intro=won, cover=cover)
    assert status["type.eligibility"] == "pass"


def test_a_chair_held_for_now_by_a_deputy_is_not_the_leads_head(tmp_path):
    council = ("理事会由各成员单位负责人组成。理事长由牵头单位负责人担任；牵头单位董事会换届尚在进行，换届完成前理事长"
               "暂由新安江涂料分管研发的副总经理何志远代理。")
    _, status = _review(tmp_path, _members_table(council))
    assert status["org.council_chair"] == "fail"


def test_another_bodys_rotating_chair_the_plan_does_not_take_over(tmp_path):
    council = ("理事会由各成员单位负责人组成，理事长由新安江涂料董事长方卫东担任。需要说明的是，浙江工业大学此前牵头组建的"
               "产业技术创新战略联盟实行理事长轮值制度，本联合体不沿用该做法，理事长固定由牵头单位负责人担任。")
    _, status = _review(tmp_path, _members_table(council))
    assert status["org.council_chair"] == "pass"


def test_a_council_that_excepts_one_member_leaves_it_out(tmp_path):
    council = (f"理事长由新安江涂料董事长方卫东担任。除{HUB}（仅作为技术服务机构参与）外，其余成员单位负责人均为理事。")
    sub, status = _review(tmp_path, _members_table(council))
    assert HUB in {m.name for m in sub.members} and not any(m.name.startswith("除") for m in sub.members)
    assert status["org.council_members"] == "warn"
