"""临平区·新能源汽车热管理系统（第十三组K）：LibreOffice 另存的 .doc；各方签署的是《组建协议书》（约定任务分工、
权利和义务，即《指引》所说组建意向书的内容，members.intent_letter=pass）；日期一律写作“2022.11.17”“2023.01—2023.06”；
经费表每行一个年度、每列一个来源，万元，含“市级配套”“区级配套”；正文“总投资1.2亿元”。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省新能源汽车热管理系统创新联合体"
LEAD = "浙江恒热汽车热管理系统股份有限公司"
ZJU = "浙江大学"
ZSTU = "浙江理工大学"
IAMT = "浙江省机电设计研究院有限公司"
VALVE = "杭州临平电子膨胀阀有限公司"
PUMP = "浙江东湖电动压缩机有限公司"
FUND = "杭州临平科创金融服务有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": ZSTU, "kind": "university", "is_lead": False},
        {"name": IAMT, "kind": "institute", "is_lead": False},
        {"name": VALVE, "kind": "enterprise", "is_lead": False},
        {"name": PUMP, "kind": "enterprise", "is_lead": False},
        {"name": FUND, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "临平区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 12000.0, "enterprise_wan": 7600.0, "government_wan": 2400.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：智能控制与先进技术", indent=False),
    Para("推荐单位：杭州市临平区科学技术局", indent=False),
    Para("日期：2022.11.17", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="bold"),
    Para("热管理系统决定新能源汽车的续航、快充和电池安全，是整车能耗控制的核心。热泵空调、电子膨胀阀、电动压缩机"
         "和集成式热管理模块的高端产品长期由日韩企业主导，低温工况下热泵能效和多回路协同控制是行业共性难题。"),
    Para(f"{LEAD}注册地址为杭州市临平区东湖街道，是浙江省科技领军企业，热管理模块年配套整车80万辆，承担在研"
         "省“尖兵”研发攻关计划项目1项、省“领雁”研发攻关计划项目1项。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，联合体形成具有国际竞争力的整车热管理系统技术体系：热泵系统在零下20℃工况下制热能效比达到2.0，"
         "集成式热管理模块零部件数量减少40%，电子膨胀阀、电动压缩机国产化率达到90%；配套整车200万辆，新增产值"
         "30亿元；申请发明专利60项，制定团体标准3项。"),
    Para("凝练四项重大攻关任务，组成项目群：任务一，低温热泵与二氧化碳冷媒系统；任务二，高精度电子膨胀阀；"
         "任务三，800V高压电动压缩机；任务四，多回路热管理模块集成与智能控制。"),
    Head("三、组织架构与运行机制", look="bold"),
    Table((
        ("序号", "成员单位", "单位类别", "承担任务"),
        ("1", LEAD, "企业（牵头单位）", "任务四，总体集成"),
        ("2", ZJU, "高校", "任务一"),
        ("3", ZSTU, "高校", "任务四控制算法"),
        ("4", IAMT, "科研院所（省属转制院所）", "任务三"),
        ("5", VALVE, "企业", "任务二"),
        ("6", PUMP, "企业", "任务三"),
        ("7", FUND, "科技金融服务机构", "投融资服务"),
    )),
    Para(f"各成员单位已共同签署《{NAME}组建协议书》，约定各方任务分工、权利和义务，以及成员加入与退出办法。"),
    Para("联合体设理事会，理事会由全体7家成员单位负责人组成，理事长由牵头单位董事长沈立新担任。设专家咨询委员会，"
         "聘请汽车工程、制冷领域专家8名，为技术路线和攻关方案提供咨询；设首席科学家岗，由浙江大学制冷与低温研究所"
         "教授担任。"),
    Para("知识产权按“共建共享”原则管理：成员单位签订知识产权管理协议，联合攻关成果由参与单位共有，成员在联合体"
         "内优先、免费使用，对外许可收益按投入比例分享。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("联合体三年总投资1.2亿元，成员企业承担主要投入责任，分年度、分来源如下表（单位：万元）。"),
    Table((
        ("年度", "企业自筹", "省级财政", "市级配套", "区级配套", "高校院所自筹", "合计"),
        ("2023年", "2400", "300", "250", "200", "600", "3750"),
        ("2024年", "2800", "400", "300", "250", "700", "4450"),
        ("2025年", "2400", "300", "250", "150", "700", "3800"),
        ("合计", "7600", "1000", "800", "600", "2000", "12000"),
    )),
    Para("保障措施：经费专账管理、专款专用；临平区在人才引进和用地方面给予支持。"),
    Head("五、进度安排", look="bold"),
    Table((
        ("时间", "主要任务"),
        ("2023.01—2023.06", "完成系统架构设计，签订知识产权管理协议"),
        ("2023.07—2023.12", "低温热泵样机、电子膨胀阀样件完成台架试验"),
        ("2024.01—2024.12", "800V电动压缩机样机完成，集成模块装车试验"),
        ("2025.01—2025.12", "实现批量配套，完成全部考核指标"),
    )),
    Para("", indent=False),
    Para(f"{LEAD}", indent=False),
    Para("2022.11.17", indent=False),
)

PLAN = FreeformPlan(path=f"临平区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
