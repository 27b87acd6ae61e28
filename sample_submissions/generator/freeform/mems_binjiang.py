"""滨江区·MEMS传感芯片（第十二组I）：成员含新型研发机构“杭州滨江微纳制造研究院”（institute）和专业化科技服务机构
“杭州高新知识产权运营服务有限公司”（知识产权运营与科技咨询，service）；理事会只由牵头单位、浙江大学、杭州电子科技
大学三家单位负责人组成——org.council_members=warn；目标写成编号清单。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省MEMS传感芯片创新联合体"
LEAD = "杭州芯感微电子股份有限公司"
ZJU = "浙江大学"
HDU = "杭州电子科技大学"
NRI = "杭州滨江微纳制造研究院"
PKG = "浙江晶圆封测科技有限公司"
APP = "杭州钱塘智能传感有限公司"
IPS = "杭州高新知识产权运营服务有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": HDU, "kind": "university", "is_lead": False},
        {"name": NRI, "kind": "institute", "is_lead": False},
        {"name": PKG, "kind": "enterprise", "is_lead": False},
        {"name": APP, "kind": "enterprise", "is_lead": False},
        {"name": IPS, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "微电子与光电子",
    "district": "滨江区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 18000.0, "enterprise_wan": 12600.0, "government_wan": 3600.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "org.council_members": "warn",  # 理事会只有7家中的3家单位负责人
    }),
}

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：杭州高新区（滨江）科学技术局", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("日期：2022年11月11日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Head("（一）产业背景", level=2, look="word"),
    Para("MEMS传感芯片是智能终端、汽车电子和工业物联网的感知入口。压力、惯性和气体MEMS芯片国产化率不足15%，"
         "8英寸MEMS特色工艺线和晶圆级封装能力是主要短板。"),
    Head("（二）组建基础", level=2, look="word"),
    Para("牵头单位是浙江省科技领军企业，总部位于杭州市滨江区长河街道，MEMS麦克风芯片出货量居国内前三。联合体"
         "所属领域为微电子与光电子。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到2025年，建成国内领先的MEMS传感芯片设计、制造、封测与应用协同创新体系，主要考核指标："),
    Para("（1）突破MEMS关键工艺8项；"),
    Para("（2）推出车规级压力、惯性传感芯片新产品10款；"),
    Para("（3）晶圆级封装良率达到98%；"),
    Para("（4）申请发明专利60件，形成高价值专利组合3个；"),
    Para("（5）新增销售收入12亿元。"),
    Para("凝练四项重大攻关任务，形成项目群：任务一，MEMS多物理场设计与仿真；任务二，8英寸MEMS特色工艺；任务三，"
         "晶圆级真空封装与测试；任务四，车规级传感器模组应用验证。"),
    Head("三、组织架构与运行机制", look="word"),
    Para("联合体由7家单位组成，各方已签订组建意向书，明确任务分工、权利和义务。"),
    Table((
        ("序号", "单位名称", "单位性质", "主要任务"),
        ("1", LEAD, "企业（牵头单位）", "总体设计、任务一"),
        ("2", ZJU, "高校", "任务一"),
        ("3", HDU, "高校", "任务二"),
        ("4", NRI, "新型研发机构", "任务二、中试线"),
        ("5", PKG, "企业", "任务三"),
        ("6", APP, "企业", "任务四"),
        ("7", IPS, "专业化科技服务机构（知识产权运营、科技咨询）", "专利布局与成果转化"),
    )),
    Para("联合体设理事会，理事会由牵头单位、浙江大学、杭州电子科技大学三家单位负责人组成，理事长由牵头单位董事长"
         "担任，负责重大事项的商议与决策；其余成员单位列席理事会会议。设专家咨询委员会，聘请专家9名；设首席"
         "科学家岗，由浙江大学微纳电子学院教授担任。牵头单位目前在研省“尖兵”研发攻关计划项目2项。"),
    Para("建立“共建共享”的知识产权管理制度，由杭州高新知识产权运营服务有限公司统一开展专利布局和运营，联合研发"
         "形成的知识产权由参与单位共有，成员单位在联合体内免费使用。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("三年总投入18000万元，来源与年度安排如下（单位：万元）。"),
    Table((
        ("资金来源", "2023年", "2024年", "2025年", "小计"),
        ("企业自筹", "4000", "4400", "4200", "12600"),
        ("省级财政", "600", "600", "600", "1800"),
        ("市、区财政", "600", "600", "600", "1800"),
        ("高校院所自筹", "600", "600", "600", "1800"),
        ("合计", "5800", "6200", "6000", "18000"),
    )),
    Head("五、进度安排", look="word"),
    Para("2023年：完成多物理场设计平台和8英寸工艺线改造。"),
    Para("2024年：晶圆级封装良率达到95%，首批车规级芯片送样。"),
    Para("2025年：新产品量产，完成全部考核指标。"),
)

PLAN = FreeformPlan(path=f"滨江区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
