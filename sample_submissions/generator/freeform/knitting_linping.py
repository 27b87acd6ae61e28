"""临平区·智能针织装备（违规）：牵头单位只是工信部门的国家级专精特新“小巨人”企业，不是省科技小巨人或科技领军企业；
正文另有“力争三年内成为省科技领军企业”“积极争取揭榜省‘尖兵’项目”等零散表述，都不是牵头单位已有的资格；
标题为无编号的加粗段落。lead.qualification 与 type.eligibility 均为 fail。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省智能针织装备创新联合体"
LEAD = "杭州临平恒织机械有限公司"
UNIV = "浙江理工大学"
INST = "浙江省纺织科学研究院"
CTRL = "杭州织控电子有限公司"
YARN = "浙江锦纶纱线有限公司"
TEST = "浙江省纺织品检测中心有限公司"

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("申报类型：类型二", indent=False),
    Para("牵头单位：杭州临平恒织机械有限公司", indent=False),
    Para("推荐单位：临平区科学技术局", indent=False),
    Head("背景与意义"),
    Para("针织装备是纺织产业数字化改造的核心装备。临平区是全国重要的针织产业基地，但高速电脑横机、无缝内衣机的"
         "控制系统和关键机构件依赖进口。"),
    Para(f"{LEAD}是国家级专精特新“小巨人”企业、国家高新技术企业，地址为杭州市临平区东湖街道，电脑横机国内市场占有率"
         "位居前三，力争三年内成为省科技领军企业。"),
    Head("目标与主要研发任务"),
    *goals("电脑横机机速提高到1.6米/秒，控制系统国产化率达到90%，无缝内衣机断纱率降低50%；申请发明专利30项",
           "高速针织机构、针织装备专用控制系统、智能排产工业软件、功能纱线适配工艺"),
    Para("在此基础上，联合体将积极争取揭榜省“尖兵”研发攻关计划项目。所属领域为智能控制与先进技术。"),
    Head("组织架构与运行机制"),
    Table((
        ("序号", "单位名称", "单位性质", "主要任务"),
        ("1", LEAD, "民营企业（牵头）", "整机研发与产业化"),
        ("2", UNIV, "高等院校", "针织机构设计"),
        ("3", INST, "科研院所", "工艺研究"),
        ("4", CTRL, "民营企业", "控制系统"),
        ("5", YARN, "民营企业", "功能纱线"),
        ("6", TEST, "检验检测机构", "装备与产品检测"),
    )),
    Para("联合体设立理事会，理事会由各成员单位负责人组成，理事长由恒织机械董事长陆建华担任；理事会下设专家咨询委员会，"
         "聘请浙江理工大学教授担任首席科学家。"),
    mechanism(1),
    Head("经费投入与保障措施"),
    Para("联合体三年总投入9000万元，其中企业自筹6300万元，省级财政900万元，市级财政900万元，区级财政900万元。"),
    Head("进度安排"),
    *yearly("完成高速针织机构和控制系统样机", "整机试制与工艺适配", "批量应用并完成全部考核指标"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": CTRL, "kind": "enterprise", "is_lead": False},
        {"name": YARN, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "临平区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6300.0, "government_wan": 2700.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "lead.qualification": "fail", "type.eligibility": "fail", "lead.active_projects": "manual",
    }),
}

PLAN = FreeformPlan(path=f"临平区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
