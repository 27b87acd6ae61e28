"""富阳区·智能农机装备（第十三组K）：LibreOffice 另存的 RTF；牵头单位全文称“申报单位”；三年目标与任务写成三列表格
（年度/目标/指标）；经费正文含“社会资本（产业基金）”（不算企业自筹、不算财政）；在研省“领雁”项目恰为3项（不超过3项）；
未设首席科学家岗（org.chief_scientist=warn）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省丘陵山区智能农机装备创新联合体"
LEAD = "杭州富春智能农机股份有限公司"
ZJU = "浙江大学"
ZAFU = "浙江农林大学"
AAS = "浙江省农业机械研究院"
GEAR = "杭州银湖传动科技有限公司"
NAV = "浙江北斗星图导航技术有限公司"
TEST = "浙江省农业机械试验鉴定推广站"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": ZAFU, "kind": "university", "is_lead": False},
        {"name": AAS, "kind": "institute", "is_lead": False},
        {"name": GEAR, "kind": "enterprise", "is_lead": False},
        {"name": NAV, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "富阳区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 8500.0, "enterprise_wan": 5100.0, "government_wan": 1500.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "org.chief_scientist": "warn",  # 未设首席科学家岗（鼓励项）
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"申报单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：智能控制与先进技术", indent=False),
    Para("推荐单位：杭州市富阳区科学技术局", indent=False),
    Para("2022年11月17日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("我省“七山一水二分田”，丘陵山区耕地占比高，现有农机多为平原机型，坡地作业稳定性差、智能化水平低，茶园、"
         "果园和山地水稻机械化率不足40%，小型化、智能化、电动化农机装备是补齐农业机械化短板的关键。"),
    Para(f"申报单位{LEAD}注册地址为杭州市富阳区银湖街道，是浙江省科技小巨人企业，丘陵山区专用微耕机、履带式"
         "收获机国内市场占有率居前三位，申报单位在研省“领雁”研发攻关计划项目3项。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("联合体三年战略目标为：到2025年，形成丘陵山区智能农机整机与核心部件自主研发体系，年度目标如下表。"),
    Table((
        ("年度", "目标", "指标"),
        ("2023年", "突破坡地自适应底盘与电驱动技术", "样机2台，爬坡能力25°，申请发明专利10项"),
        ("2024年", "完成北斗导航自动驾驶与作业监测系统", "直线作业精度±2.5cm，样机田间试验1000亩"),
        ("2025年", "实现整机产业化与推广应用", "新增产值5亿元，推广智能农机3000台，丘陵山区机械化率提高10个百分点"),
    )),
    Para("重大攻关任务组成项目群：任务一，坡地自适应履带底盘与调平；任务二，电驱动与高效传动；任务三，北斗导航"
         "自动驾驶与智能作业控制；任务四，茶园、果园专用作业机具与试验鉴定。"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位性质", "在联合体中的角色"),
        ("1", LEAD, "民营企业", "申报单位（牵头），任务一"),
        ("2", ZJU, "高等院校", "任务三"),
        ("3", ZAFU, "高等院校", "任务四"),
        ("4", AAS, "省属科研院所", "任务一、任务四"),
        ("5", GEAR, "民营企业", "任务二"),
        ("6", NAV, "民营企业", "任务三导航终端"),
        ("7", TEST, "检验检测机构（农机试验鉴定）", "任务四试验鉴定"),
    )),
    Para("各成员单位已签订组建意向书，明确任务分工、权利和义务。联合体设理事会，由7家成员单位负责人组成，理事长由"
         "申报单位法定代表人、董事长章建华担任，理事会办公室设在申报单位。设立专家咨询委员会，聘请农业工程、"
         "智能控制领域专家7名，为技术路线选择、任务分解提供咨询。"),
    Para("建立“共建共享”的知识产权管理制度：成员单位签订知识产权管理协议，共同投入形成的成果由参与单位共有，"
         "成员单位在联合体内优先、免费使用。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入8500万元，其中企业自筹5100万元，省级财政资金600万元，市级配套资金500万元，区级配套资金"
         "400万元，高校院所自筹900万元，社会资本（富阳区农业科技产业基金）1000万元。分年度投入：2023年2600万元，"
         "2024年3100万元，2025年2800万元。"),
    Para("保障措施：经费专账管理；富阳区为田间试验提供示范基地。"),
    Head("五、进度安排", look="word"),
    Para("2023年1月—12月：完成底盘与电驱动样机设计试制，开展坡地试验。"),
    Para("2024年1月—12月：完成导航自动驾驶系统集成，开展千亩级田间试验。"),
    Para("2025年1月—12月：完成试验鉴定和产业化，推广应用，全面完成考核指标。"),
    Para("", indent=False),
    Para(f"申报单位：{LEAD}", indent=False),
    Para("2022年11月17日", indent=False),
)

PLAN = FreeformPlan(path=f"富阳区/{NAME}实施方案.rtf", format="rtf", blocks=BLOCKS, truth=TRUTH)
