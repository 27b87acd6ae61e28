"""临安区·高端电子陶瓷基板（第十二组I）：区县只写作撤市设区前的旧称“临安市”（推荐单位“临安市科学技术局”、注册地址
“临安市青山湖街道”），即今临安区；类型一（正文“已成功揭榜2023年度省‘领雁’研发攻关计划创新联合体攻关任务榜单”）；
经费只写总额9000万元和“企业自筹与各级财政资金按2∶1安排”（企业6000万元，占66.7%）；进度为按季度的表格；成员含成果
转化服务机构（service）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省高端电子陶瓷基板创新联合体"
LEAD = "杭州青山电子陶瓷股份有限公司"
ZAFU = "浙江农林大学"
SIC = "中国科学院上海硅酸盐研究所"
PKG = "杭州锦城电子封装有限公司"
POWDER = "浙江天目山新材料有限公司"
TT = "杭州青山湖科技成果转化服务中心有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZAFU, "kind": "university", "is_lead": False},
        {"name": SIC, "kind": "institute", "is_lead": False},
        {"name": PKG, "kind": "enterprise", "is_lead": False},
        {"name": POWDER, "kind": "enterprise", "is_lead": False},
        {"name": TT, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "功能材料",
    "district": "临安区",
    "district_source": "text",
    "application_type": "类型一",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6000.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：临安市科学技术局", indent=False),
    Para("二〇二二年十一月八日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("氮化铝、氮化硅陶瓷基板是IGBT功率模块、激光器和5G射频器件散热封装的关键材料，高导热氮化硅基板几乎"
         "全部依赖日本进口。牵头单位是浙江省科技小巨人企业，注册地址为临安市青山湖街道，氧化铝、氮化铝基板产能"
         "居国内前列，已成功揭榜2023年度省“领雁”研发攻关计划创新联合体攻关任务榜单，牵头组建本联合体。联合体"
         "所属领域为功能材料。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到2025年，高导热氮化硅陶瓷基板热导率达到90W/(m·K)以上，抗弯强度大于800MPa，实现批量供货；氮化铝基板"
         "成本下降30%；建成年产50万片的氮化硅基板生产线；申请发明专利30项，制定团体标准2项。"),
    Para("按揭榜任务凝练四项攻关任务，形成项目群：任务一，高纯氮化硅粉体合成；任务二，流延成型与气压烧结工艺；"
         "任务三，活性金属钎焊覆铜基板；任务四，功率模块封装应用验证与成果转化。"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位类别", "承担任务"),
        ("1", LEAD, "企业（牵头单位）", "任务二、总体集成"),
        ("2", ZAFU, "高校", "任务一"),
        ("3", SIC, "科研院所", "任务一、任务二"),
        ("4", PKG, "企业", "任务三、任务四"),
        ("5", POWDER, "企业", "任务一"),
        ("6", TT, "科技服务机构（成果转移转化）", "任务四成果转化"),
    )),
    Para("各成员单位已签订组建意向书，明确任务分工、权利和义务。联合体设理事会，由6家成员单位负责人组成，理事长"
         "由牵头单位董事长担任；设专家咨询委员会，聘请专家7名；设首席科学家岗，由中国科学院上海硅酸盐研究所"
         "研究员担任。牵头单位在研省“尖兵”“领雁”研发攻关计划项目共3项。"),
    Para("建立“共建共享”的知识产权管理制度：签订知识产权管理协议，联合攻关成果由参与单位共有，成员单位在联合体内"
         "优先、免费实施。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入9000万元，企业自筹与各级财政资金按2∶1安排。经费专账管理、专款专用；临安市对联合体"
         "给予中试用地和人才政策支持。"),
    Head("五、进度安排", look="word"),
    Table((
        ("时间", "主要任务", "考核节点"),
        ("2023年第一、二季度", "粉体合成工艺小试", "粉体氧含量小于1%"),
        ("2023年第三、四季度", "流延成型工艺开发", "基板样品热导率80W/(m·K)"),
        ("2024年第一、二季度", "气压烧结中试", "中试线贯通"),
        ("2024年第三、四季度", "覆铜基板开发", "通过客户认证"),
        ("2025年第一、二季度", "生产线建设", "产能50万片/年"),
        ("2025年第三、四季度", "封装应用验证", "全面完成考核指标"),
    )),
    Para(f"{LEAD}", indent=False),
    Para("二〇二二年十一月八日", indent=False),
)

PLAN = FreeformPlan(path=f"临安区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
