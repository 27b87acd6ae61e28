"""建德市·设施蔬菜生物育种（第十二组I）：标题只是正文中加粗的一行字（“背景与意义”“目标与主要研发任务”……），
没有任何编号，也不用标题样式；三年目标写成带单位的编号清单（个/项/亿元/%）；经费只给总额和来源比例——“企业自筹、
各级财政、高校院所自筹按45∶40∶15安排”，企业自筹为4500万元，占45%——funding.enterprise_main=fail。"""

from __future__ import annotations

from .model import FreeformPlan, PageBreak, Para, Title, expected_checks

NAME = "浙江省设施蔬菜生物育种创新联合体"
LEAD = "建德新安种业科技有限公司"
ZJU = "浙江大学"
ZAAS = "浙江省农业科学院"
FARM = "浙江三都农业发展有限公司"
EQUIP = "杭州严州智慧农业装备有限公司"
TEST = "杭州绿检农产品检测有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": ZAAS, "kind": "institute", "is_lead": False},
        {"name": FARM, "kind": "enterprise", "is_lead": False},
        {"name": EQUIP, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "生物育种与现代农业",
    "district": "建德市",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 10000.0, "enterprise_wan": 4500.0, "government_wan": 4000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "funding.enterprise_main": "fail",  # 45∶40∶15，企业自筹4500万元，占1亿元的45%
    }),
}


def _head(text: str) -> Para:
    """A heading as the office types it: a bold line of body text, no number, no heading style."""
    return Para(text, indent=False, bold=True)


BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("推荐单位：建德市科学技术局", indent=False),
    Para("2022年11月17日", indent=False),
    PageBreak(),
    _head("背景与意义"),
    Para("设施蔬菜是我省“菜篮子”的主力，番茄、辣椒、黄瓜等主栽品种的高端种子仍有40%以上依赖进口，抗病、耐低温"
         "弱光和适合机械化采收的品种尤为缺乏。建德市是全省重要的蔬菜制种基地，牵头单位是浙江省科技小巨人企业，"
         "拥有分子标记辅助育种平台和1200亩制种基地。联合体聚焦生物育种与现代农业领域，以“种业+装备+检测+"
         "基地”的方式组织上下游协同攻关。"),
    _head("目标与主要研发任务"),
    Para("三年战略目标：到2025年，建成国内领先的设施蔬菜生物育种创新体系，具体指标如下："),
    Para("1. 选育通过登记的设施蔬菜新品种12个；"),
    Para("2. 申请发明专利20项，获得植物新品种权8项；"),
    Para("3. 建成分子设计育种数据库1个，收录种质资源3000份；"),
    Para("4. 新品种累计推广面积50万亩，新增产值5亿元；"),
    Para("5. 进口种子替代率提高到85%。"),
    Para("围绕上述目标，凝练以下重大攻关任务，形成“项目群”协同推进：任务一，设施蔬菜优异种质挖掘与基因编辑；任务二，"
         "抗病耐逆分子设计育种；任务三，种子加工与智能化制种装备；任务四，新品种区域试验与质量检测。"),
    _head("组织架构与运行机制"),
    Para(f"联合体由{LEAD}牵头，成员包括{ZJU}（高校）、{ZAAS}（科研院所）、{FARM}（企业）、{EQUIP}（企业）和"
         f"{TEST}（第三方检验检测机构），共6家单位。各方已签订组建意向书，明确任务分工、权利和义务。"),
    Para("联合体设理事会，由6家成员单位负责人组成，理事长由牵头单位董事长担任。设专家咨询委员会，聘请育种、"
         "植保和农机专家7名；设首席科学家岗，由浙江大学农业与生物技术学院教授担任。牵头单位目前在研省“领雁”"
         "研发攻关计划项目1项。"),
    Para("建立“共建共享”的知识产权管理制度：联合选育的品种权和专利由参与单位共有，成员单位在联合体内优先使用，"
         "转让和许可收益按贡献分享。"),
    _head("经费投入与保障措施"),
    Para("联合体三年总投入1亿元，企业自筹、各级财政、高校院所自筹按45∶40∶15的比例安排，分年度投入为2023年3000万元、"
         "2024年3500万元、2025年3500万元。经费实行专账管理、专款专用；建德市在制种基地用地和人才引进方面给予支持。"),
    _head("进度安排"),
    Para("2023年：完成种质资源收集和基因组重测序，建成分子设计育种数据库。"),
    Para("2024年：新品种进入区域试验，智能化制种装备样机完成。"),
    Para("2025年：12个新品种通过登记并推广，完成全部考核指标。"),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月17日", indent=False),
)

PLAN = FreeformPlan(path=f"建德市/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
