"""临安区·电子特种气体（第十一组F）：黑白（1位）扫描件，公章压在落款上；经费为两张以元计、千分位两位小数的表：来源表合计80,000,000.00元，
分年度表三年之和79,000,000.00元而“合计”行照抄80,000,000.00——funding.consistent=warn；落款只到月份。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Scan, Table, Title, expected_checks

NAME = "浙江省电子特种气体创新联合体"
LEAD = "杭州昊纯电子气体股份有限公司"
UNIV = "浙江工业大学"
INST = "浙江省化工研究院有限公司"
WAFER = "杭州青山湖半导体材料有限公司"
TANK = "浙江锦气储运装备有限公司"
TEST = "杭州国测气体分析检测有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": WAFER, "kind": "enterprise", "is_lead": False},
        {"name": TANK, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "精细化工与复合材料",
    "district": "临安区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 8000.0, "enterprise_wan": 5400.0, "government_wan": 2000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        # 分年度 26,000,000 + 28,500,000 + 24,500,000 = 79,000,000 元 ≠ 总投入 80,000,000 元（表中“合计”行照抄总额）
        "funding.consistent": "warn",
    }),
}

BLOCKS = (
    Title(f"{NAME}实施方案", 16),
    Para(f"牵头单位：{LEAD}        推荐单位：临安区科学技术局", indent=False),
    Para("申报类型：类型二        所属领域：精细化工与复合材料", indent=False),
    Head("一、背景与意义", look="bold"),
    Para("高纯三氟化氮、六氟化钨、电子级氯化氢等特种气体是集成电路制造的关键材料，国内12英寸产线用量的七成依赖进口。"
         f"{LEAD}是省科技小巨人企业，位于杭州市临安区青山湖街道，具备年产2000吨电子气体能力。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，突破5N5以上纯化、痕量杂质在线分析和高压充装三项关键技术，6种电子特气通过12英寸产线验证，"
         "国内市场占有率达到15%，申请发明专利30项。任务组成项目群：深度纯化工艺、痕量杂质分析方法、"
         "高洁净储运装备、产线验证与应用。"),
    Head("三、组织架构与运行机制", look="bold"),
    Table((
        ("序号", "单位名称", "单位性质", "承担任务"),
        ("1", LEAD, "企业（牵头单位）", "纯化工艺与量产"),
        ("2", UNIV, "高校", "吸附材料与纯化机理"),
        ("3", INST, "科研院所（省属转制）", "含氟气体合成"),
        ("4", WAFER, "企业", "产线验证与应用"),
        ("5", TANK, "企业", "高洁净储运装备"),
        ("6", TEST, "检验检测机构", "痕量杂质分析"),
    )),
    Para("各成员单位已签订组建意向书。联合体设理事会，成员为各成员单位负责人，理事长由牵头单位董事长俞建华担任；"
         "设专家咨询委员会和首席科学家岗。牵头单位在研省“领雁”项目1项。知识产权“共建共享”，共同研发成果由参与方共有。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("三年总投入8,000万元，其中成员企业自筹5,400万元，占67.5%。"),
    Table((
        ("资金来源", "金额（元）", "占比"),
        ("企业自筹", "54,000,000.00", "67.5%"),
        ("省级财政", "8,000,000.00", "10.0%"),
        ("市级财政", "6,000,000.00", "7.5%"),
        ("区级财政", "6,000,000.00", "7.5%"),
        ("高校院所自筹", "6,000,000.00", "7.5%"),
        ("合计", "80,000,000.00", "100%"),
    )),
    Table((
        ("年度", "投入金额（元）"),
        ("2023年", "26,000,000.00"),
        ("2024年", "28,500,000.00"),
        ("2025年", "24,500,000.00"),
        ("合计", "80,000,000.00"),
    )),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成纯化中试线和分析方法开发。2024年：3种产品通过产线验证，储运装备定型。"
         "2025年：6种产品批量供货，完成全部指标。"),
    Para(f"{LEAD}（盖章）        2022年11月", indent=False),
)

PLAN = FreeformPlan(
    path=f"临安区/{NAME}实施方案（扫描件）.pdf", format="pdf-ocr", blocks=BLOCKS, truth=TRUTH,
    scan=Scan(stamp_text=LEAD, seed=2302, stamp_at=(0.42, 0.3), colour="bw"),
)
