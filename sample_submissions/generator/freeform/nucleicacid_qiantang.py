"""钱塘区·核酸药物（第十二组H）：区县只写作并入钱塘区前的旧称“杭州经济技术开发区”（推荐单位、注册地址）；成员表
转置——每家单位占一列，行依次为单位名称、单位性质、联合体角色、承担任务；经费表每行一个年度、每列一个来源，末行
“合计”；名为“有限公司”的GLP安全评价中心被描述为检验检测机构（service）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省核酸药物创新联合体"
LEAD = "杭州白杨核酸医药科技有限公司"
ZJU = "浙江大学"
SIMM = "中国科学院上海药物研究所"
PREP = "杭州经开药物制剂有限公司"
API = "浙江钱塘原料药股份有限公司"
GLP = "杭州下沙药物安全评价中心有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": SIMM, "kind": "institute", "is_lead": False},
        {"name": PREP, "kind": "enterprise", "is_lead": False},
        {"name": API, "kind": "enterprise", "is_lead": False},
        {"name": GLP, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新药创制与高端医疗器械",
    "district": "钱塘区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 20000.0, "enterprise_wan": 14000.0, "government_wan": 5000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：杭州经济技术开发区科技局", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("编制日期：2022年11月10日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("核酸药物（小干扰RNA、反义寡核苷酸、mRNA）是继小分子和抗体之后的第三类药物，可针对传统“不可成药”靶点。"
         "我国在递送系统、寡核苷酸规模化合成和化学修饰单体等环节受制于人，修饰单体90%依赖进口。牵头单位是浙江省"
         "科技小巨人企业，注册于杭州经济技术开发区白杨街道，建有GalNAc偶联siRNA技术平台，2个品种进入临床。"
         "联合体所属领域为新药创制与高端医疗器械。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到2025年，建成国内领先的核酸药物研发与产业化体系：3个siRNA品种进入II期临床，1个品种提交上市申请；"
         "修饰单体实现国产化，成本下降60%；寡核苷酸单批合成规模达到公斤级；申请发明专利45项。"),
    Para("凝练四项重大攻关任务，形成项目群：任务一，肝外靶向递送系统；任务二，寡核苷酸公斤级合成与纯化工艺；"
         "任务三，化学修饰单体国产化；任务四，核酸药物非临床安全性评价体系。"),
    Head("三、组织架构与运行机制", look="word"),
    Para("联合体由6家单位组成，各方已签订组建意向书，明确任务分工、权利和义务。成员单位情况见下表。"),
    Table((
        ("项目", "成员一", "成员二", "成员三", "成员四", "成员五", "成员六"),
        ("单位名称", LEAD, ZJU, SIMM, PREP, API, GLP),
        ("单位性质", "民营企业", "高等院校", "科研院所", "企业", "企业（上市）", "检验检测机构（GLP）"),
        ("联合体角色", "牵头单位", "参与单位", "参与单位", "参与单位", "参与单位", "参与单位"),
        ("承担任务", "任务一、总体集成", "任务一", "任务三", "任务二", "任务三", "任务四"),
    )),
    Para("联合体设理事会，理事会由全体成员单位负责人组成，理事长由牵头单位董事长担任。设专家咨询委员会，聘请"
         "药学、临床和药政专家9名；设首席科学家岗，由浙江大学药学院教授担任。牵头单位在研省“尖兵”项目1项、"
         "“领雁”项目1项。"),
    Para("建立“共建共享”的知识产权管理制度：联合研发成果由参与单位共有，成员单位在联合体内优先使用，"
         "转让、许可收益按投入比例分享。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入2亿元，分年度、分来源安排如下（单位：万元）。"),
    Table((
        ("年度", "企业自筹", "省级财政", "市级财政", "区级财政", "高校院所自筹", "合计"),
        ("2023年", "4000", "600", "500", "500", "300", "5900"),
        ("2024年", "5000", "700", "500", "500", "400", "7100"),
        ("2025年", "5000", "700", "500", "500", "300", "7000"),
        ("合计", "14000", "2000", "1500", "1500", "1000", "20000"),
    )),
    Para("保障措施：经费专账管理；理事会审定年度预算；杭州经济技术开发区在中试场地和人才公寓方面给予支持。"),
    Head("五、进度安排", look="word"),
    Para("2023年：完成肝外递送系统筛选，修饰单体小试。"),
    Para("2024年：公斤级合成工艺验证，2个品种进入II期临床。"),
    Para("2025年：1个品种提交上市申请，全面完成考核指标。"),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月10日", indent=False),
)

PLAN = FreeformPlan(path=f"钱塘区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
