"""临平区·流程工业智能控制阀（第十四组L）：.doc；一级标题写作“（一）背景与意义”…“（五）进度安排”，其下为“1.”；封面
“申报类别：第三类”；进度按季度（2023年第一季度…2025年第四季度）；首席科学家岗称“技术总师”；落款只到月份“2022年11月”。
刻意问题：牵头单位杭州中控智联科技有限公司是附件3所列浙江中控技术股份有限公司的控股子公司，母公司只是成员单位，
方案以“依托中控技术2022年度获省科技厅支持的项目型创新联合体”申报第三类，牵头单位本身不在附件3名单中
（type.eligibility=fail）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省流程工业智能控制阀创新联合体"
LEAD = "杭州中控智联科技有限公司"
PARENT = "浙江中控技术股份有限公司"
ZJU = "浙江大学"
CJLU = "中国计量大学"
SEI = "浙江省特种设备科学研究院"
VALVE = "浙江临平流体控制阀门有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": PARENT, "kind": "enterprise", "is_lead": False},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": CJLU, "kind": "university", "is_lead": False},
        {"name": SEI, "kind": "institute", "is_lead": False},
        {"name": VALVE, "kind": "enterprise", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "临平区",
    "district_source": "text",
    "application_type": "类型三",
    "budget": {"total_wan": 7200.0, "enterprise_wan": 4800.0, "government_wan": 1200.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "type.eligibility": "fail",  # 牵头单位是附件3所列企业的子公司，本身不在名单中
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 24),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类别：第三类", indent=False),
    Para("所在地：杭州市临平区", indent=False),
    Para("2022年11月", indent=False),
    PageBreak(),
    Head("（一）背景与意义", look="word"),
    Head("1.行业现状", level=2, look="word"),
    Para("控制阀是石化、化工、冶金、电力等流程工业的“手脚”，一套百万吨级乙烯装置需要各类控制阀上万台。高压差、"
         "强腐蚀、深冷工况的高端控制阀和智能定位器长期被国外品牌垄断，国产化率不足30%，交货周期和备件价格受制于人。"),
    Head("2.联合体基础", level=2, look="word"),
    Para(f"{LEAD}（以下简称“中控智联”）是{PARENT}（以下简称“中控技术”）的控股子公司，注册地址为杭州市临平区"
         "东湖街道，是浙江省科技小巨人企业，专业从事智能控制阀、阀门定位器和阀门远程诊断系统的研发制造。"
         "中控技术牵头的项目型创新联合体2022年度已获得省科技厅支持，本联合体依托该项目型创新联合体，由中控智联"
         "牵头，在原有基础上完善实施方案，按第三类申报。中控智联目前在研省“尖兵”研发攻关计划项目1项。"),
    Head("（二）目标与主要研发任务", look="word"),
    Head("1.三年目标", level=2, look="word"),
    Para("到2025年底，实现高端控制阀及智能定位器的自主可控：研制Class 2500高压差控制阀、-196℃深冷控制阀等5类"
         "产品，泄漏等级达到ANSI Ⅵ级；智能定位器控制精度优于0.5%，在线诊断覆盖率90%以上；在10家以上石化企业完成"
         "示范应用，新增销售收入5亿元；申请发明专利35项，主导或参与制定标准3项。"),
    Head("2.重大攻关任务", level=2, look="word"),
    Para("围绕目标谋划“项目群”：（1）高压差抗汽蚀阀内件设计与制造；（2）深冷与强腐蚀工况材料及密封；（3）高精度"
         "智能阀门定位器芯片与算法；（4）控制阀在线诊断与预测性维护平台；（5）控制阀计量检测与安全评价。"),
    Head("（三）组织架构与运行机制", look="word"),
    Head("1.成员单位", level=2, look="word"),
    Table((
        ("序号", "单位名称", "单位类别", "所在地", "任务分工"),
        ("1", LEAD, "企业（牵头单位）", "杭州市临平区", "总体设计、智能定位器与产业化"),
        ("2", PARENT, "企业", "杭州市滨江区", "控制系统集成与示范应用"),
        ("3", ZJU, "高校", "杭州市西湖区", "流体仿真与阀内件设计"),
        ("4", CJLU, "高校", "杭州市钱塘区", "流量计量与检测方法"),
        ("5", SEI, "科研院所", "杭州市拱墅区", "承压部件安全评价"),
        ("6", VALVE, "企业", "杭州市临平区", "阀体铸锻与批量制造"),
    )),
    Para("6家成员单位已签订组建意向书，明确各方任务分工、权利和义务。"),
    Head("2.组织架构", level=2, look="word"),
    Para(f"联合体设理事会，负责重大事项的商议与决策，理事会由各成员单位负责人组成，理事长由{LEAD}董事长、总经理"
         "陈建军担任。设专家咨询委员会，由7名流程控制和阀门领域专家组成。设技术总师1名，由浙江大学能源工程学院教授"
         "担任，统筹技术路线和攻关方案。"),
    Head("3.运行机制", level=2, look="word"),
    Para("实行“共建共享”的知识产权管理：各方签订知识产权管理协议，联合研发成果由参与单位共有，成员单位内部许可使用"
         "优先且优惠，对外转让须经理事会同意，收益按贡献分配。"),
    Head("（四）经费投入与保障措施", look="word"),
    Para("联合体三年总投入7200万元。其中：成员企业自筹4800万元；省级财政资金600万元，市级财政资金300万元，区级"
         "配套300万元；高校院所自筹1200万元。分年度：2023年2300万元，2024年2600万元，2025年2300万元。"),
    Para("保障措施：设立联合体资金专户，牵头单位财务部门统一核算；理事会每半年审议一次经费使用情况。"),
    Head("（五）进度安排", look="word"),
    Para("2023年第一季度至第二季度：完成高压差阀内件流场仿真和深冷材料选型，定位器芯片完成设计。"),
    Para("2023年第三季度至第四季度：首批样机试制，建立控制阀计量检测平台。"),
    Para("2024年第一季度至第二季度：样机型式试验和安全评价，定位器芯片流片。"),
    Para("2024年第三季度至第四季度：在3家石化企业开展工业示范，上线在线诊断平台。"),
    Para("2025年第一季度至第二季度：示范扩大到10家以上企业，完成标准草案。"),
    Para("2025年第三季度至第四季度：实现批量生产，完成全部考核指标，形成总结报告。"),
    Para("", indent=False),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月", indent=False),
)

PLAN = FreeformPlan(path=f"临平区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
