"""萧山区·钙钛矿叠层光伏电池（第十三组J）：LibreOffice 另存的 RTF；类型一（正文“已成功揭榜2023年度省‘领雁’研发
攻关计划创新联合体攻关任务榜单”）；经费只以亿元写在正文，两位小数，来源含“银行贷款”（不算企业自筹、不算财政）和
市级、区级配套资金（财政）；成员单位只有一段“共同承诺”，全文未写组建意向书（members.intent_letter=fail）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省钙钛矿叠层光伏电池创新联合体"
LEAD = "杭州钱塘光能科技股份有限公司"
ZJU = "浙江大学"
NIMTE = "中国科学院宁波材料技术与工程研究所"
GLASS = "浙江越峰光伏玻璃有限公司"
EQUIP = "杭州湘湖真空装备有限公司"
CERT = "浙江省太阳能产品质量检验中心"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": NIMTE, "kind": "institute", "is_lead": False},
        {"name": GLASS, "kind": "enterprise", "is_lead": False},
        {"name": EQUIP, "kind": "enterprise", "is_lead": False},
        {"name": CERT, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新能源开发与利用",
    "district": "萧山区",
    "district_source": "text",
    "application_type": "类型一",
    "budget": {"total_wan": 24000.0, "enterprise_wan": 13500.0, "government_wan": 6000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "members.intent_letter": "fail",  # 只有“共同承诺”一段，全文未写组建意向书
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：杭州市萧山区科学技术局", indent=False),
    Para("编制日期：2022年11月15日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("晶硅电池转换效率已逼近理论极限，钙钛矿/晶硅叠层电池是下一代光伏技术的主攻方向，实验室效率已突破30%，"
         "但大面积制备、长期稳定性和量产装备仍是产业化的瓶颈。"),
    Para(f"{LEAD}注册地址为杭州市萧山区宁围街道，是浙江省科技领军企业，高效晶硅电池年产能8GW，建有省级重点"
         "企业研究院。牵头单位已成功揭榜2023年度省“领雁”研发攻关计划创新联合体攻关任务榜单，按类型一牵头组建"
         "本联合体；目前在研省“尖兵”研发攻关计划项目2项。联合体所属领域为新能源开发与利用。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("三年战略目标：到2025年，联合体在钙钛矿叠层电池领域形成国内领先优势，具体指标如下："),
    Para("1. 大面积（M10尺寸）钙钛矿/晶硅叠层电池量产转换效率达到28.5%；"),
    Para("2. 组件通过IEC 61215双85老化3000小时，衰减小于5%；"),
    Para("3. 建成100MW叠层电池中试线，国产真空镀膜装备替代率达到90%；"),
    Para("4. 申请发明专利50项，制定行业或团体标准2项。"),
    Para("围绕揭榜任务凝练四项重大攻关任务，组成项目群：任务一，宽带隙钙钛矿材料与界面钝化；任务二，大面积"
         "狭缝涂布与真空蒸镀工艺；任务三，叠层电池专用透明导电玻璃；任务四，中试线集成与可靠性验证。"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位性质", "承担任务"),
        ("1", LEAD, "民营企业（牵头单位）", "任务四，总体集成"),
        ("2", ZJU, "高校", "任务一"),
        ("3", NIMTE, "科研院所", "任务一、任务二"),
        ("4", GLASS, "民营企业", "任务三"),
        ("5", EQUIP, "民营企业", "任务二装备研制"),
        ("6", CERT, "检验检测机构", "任务四可靠性检测认证"),
    )),
    Para("联合体实行理事会决策制度。理事会由6家成员单位负责人组成，理事长由牵头单位董事长孙国华担任，负责"
         "重大事项的商议与决策。设立专家咨询委员会，由7名光伏领域专家组成，为技术路线选择和攻关方案设计提供"
         "咨询；设首席科学家岗，由浙江大学硅材料国家重点实验室教授担任。"),
    Para("各成员单位共同承诺：认同联合体目标，按照任务分工投入人员和资金，履行各自义务，共担攻关风险，共享攻关"
         "成果，接受理事会统一协调。"),
    Para("知识产权实行“共建共享”：成员单位签订知识产权管理协议，联合研发成果归参与单位共有，成员单位在联合体内"
         "优先、无偿使用，对外转让收益按投入比例分配。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入2.40亿元。其中：企业自筹1.35亿元，银行贷款0.45亿元（牵头单位向萧山农商银行申请的"
         "中试线项目贷款），省级财政资金0.20亿元，市级配套资金0.25亿元，区级配套资金0.15亿元。分年度投入为："
         "2023年0.75亿元，2024年0.95亿元，2025年0.70亿元。"),
    Para("保障措施：设立联合体经费专账，按任务拨付、专款专用；萧山区在中试用地、能耗指标方面给予保障。"),
    Head("五、进度安排", look="word"),
    Para("2023年：完成宽带隙钙钛矿材料筛选和界面钝化工艺，小面积叠层电池效率达到30%。"),
    Para("2024年：完成大面积涂布与蒸镀工艺开发，国产镀膜装备样机交付，专用透明导电玻璃通过验证。"),
    Para("2025年：建成100MW中试线，组件通过可靠性认证，全面完成考核指标。"),
    Para("", indent=False),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月15日", indent=False),
)

PLAN = FreeformPlan(path=f"萧山区/{NAME}实施方案.rtf", format="rtf", blocks=BLOCKS, truth=TRUTH)
