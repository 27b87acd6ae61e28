"""拱墅区·低碳再生建材（第十三组K）：按类型一申报，依据却是牵头单位揭榜的一个普通2023年度省“尖兵”研发攻关计划项目
（有项目编号），不是“创新联合体攻关任务榜单”（type.eligibility=fail）；节名全部改写（“联合体建设背景和意义”
“三年目标和重点攻关任务”“组织管理架构和运行机制”“资金投入和保障措施”“年度进度安排”）；经费表以亿元计、两位小数，
含“银行贷款”行（不算企业自筹）与市、区级配套。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省低碳再生建材创新联合体"
LEAD = "杭州运河建材科技股份有限公司"
ZJU = "浙江大学"
ZUST = "浙江科技学院"
BRI = "浙江省建筑科学设计研究院有限公司"
CEMENT = "浙江长兴南方低碳水泥有限公司"
RECYCLE = "杭州城北再生资源利用有限公司"
TEST = "浙江省建材产品质量检测中心有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": ZUST, "kind": "university", "is_lead": False},
        {"name": BRI, "kind": "institute", "is_lead": False},
        {"name": CEMENT, "kind": "enterprise", "is_lead": False},
        {"name": RECYCLE, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "双碳与环保技术",
    "district": "拱墅区",
    "district_source": "text",
    "application_type": "类型一",
    "budget": {"total_wan": 16000.0, "enterprise_wan": 9200.0, "government_wan": 2800.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        # 揭榜的是普通“尖兵”项目，不是“创新联合体攻关任务榜单”，不符合类型一的资格
        "type.eligibility": "fail",
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型一（牵头单位已揭榜2023年度省“尖兵”研发攻关计划项目“水泥窑协同处置建筑固废制备低碳熟料"
         "关键技术”，项目编号2023C03012）", indent=False),
    Para("推荐单位：杭州市拱墅区科学技术局", indent=False),
    Para("2022年11月10日", indent=False),
    PageBreak(),
    Head("一、联合体建设背景和意义", look="word"),
    Para("建材行业碳排放约占全国总量的13%，其中水泥熟料煅烧是最大排放源。我省每年产生建筑垃圾超过1亿吨，资源化"
         "利用率不足50%，再生骨料品质不稳定、低碳胶凝材料缺少标准，制约了建筑领域碳达峰。"),
    Para(f"{LEAD}注册地址为杭州市拱墅区祥符街道，是浙江省科技小巨人企业，建有省级高新技术企业研究开发中心，"
         "目前在研省“尖兵”研发攻关计划项目1项（即上述揭榜项目）。联合体所属领域为双碳与环保技术。"),
    Head("二、三年目标和重点攻关任务", look="word"),
    Para("到2025年，形成建筑固废全组分高值化利用和低碳胶凝材料成套技术：再生骨料替代率达到50%，低碳熟料单位产品"
         "碳排放比传统熟料下降30%，建成年处理建筑固废100万吨示范线2条；累计减排二氧化碳50万吨；申请发明专利40项，"
         "主编行业标准2项。"),
    Para("凝练四项重点攻关任务，形成项目群：任务一，建筑固废智能分选与再生骨料强化；任务二，水泥窑协同处置与低碳"
         "熟料；任务三，再生混凝土及预制构件；任务四，碳排放核算与产品认证。"),
    Head("三、组织管理架构和运行机制", look="word"),
    Table((
        ("类别", "单位名称", "承担任务"),
        ("牵头单位", LEAD, "总体集成、任务三"),
        ("高校", ZJU, "任务二"),
        ("高校", ZUST, "任务一"),
        ("科研院所", f"{BRI}（省属转制院所）", "任务三"),
        ("企业", CEMENT, "任务二示范线"),
        ("企业", RECYCLE, "任务一示范线"),
        ("检验检测机构", TEST, "任务四"),
    )),
    Para("成员单位已签订组建意向书，明确任务分工、权利和义务。联合体设理事会，由上述7家单位负责人组成，理事长由"
         "牵头单位董事长钱明远担任；设专家咨询委员会（专家9名）为技术决策提供咨询；设首席科学家岗，由浙江大学"
         "建筑工程学院教授担任。"),
    Para("建立“共建共享”的知识产权管理制度：签订知识产权管理协议，联合攻关成果由参与单位共有，成员单位在联合体"
         "范围内免费实施。"),
    Head("四、资金投入和保障措施", look="word"),
    Para("联合体三年总投入1.60亿元，来源与年度安排如下。"),
    Table((
        ("资金来源（亿元）", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "0.30", "0.34", "0.28", "0.92"),
        ("银行贷款", "0.10", "0.12", "0.08", "0.30"),
        ("省级财政", "0.04", "0.04", "0.04", "0.12"),
        ("市级配套", "0.03", "0.04", "0.03", "0.10"),
        ("区级配套", "0.02", "0.02", "0.02", "0.06"),
        ("高校院所自筹", "0.03", "0.04", "0.03", "0.10"),
        ("合计", "0.52", "0.60", "0.48", "1.60"),
    )),
    Para("保障措施：经费专账核算；拱墅区对示范线建设给予用地和能耗指标保障。"),
    Head("五、年度进度安排", look="word"),
    Para("2023年：完成智能分选装备样机和低碳熟料配方试验，签订知识产权管理协议。"),
    Para("2024年：建成第一条示范线，再生混凝土预制构件通过型式检验。"),
    Para("2025年：建成第二条示范线，完成碳排放核算方法和产品认证，全面完成考核指标。"),
    Para("", indent=False),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月10日", indent=False),
)

PLAN = FreeformPlan(path=f"拱墅区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
