"""临平区·高分子助剂绿色制造（第十二组H）：申报类型只写在标题中——“浙江省高分子助剂绿色制造创新联合体（类型三）实施方案”，
正文不再提类型；牵头单位全文写作“浙江杭化新材料科技股份有限公司”，附件3名单为“浙江杭化新材料科技有限公司”，组织形式
不同，不是名单上的企业——type.eligibility=fail。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省高分子助剂绿色制造创新联合体"
LEAD = "浙江杭化新材料科技股份有限公司"
ZJU = "浙江大学"
ZUST = "浙江科技学院"
INST = "浙江省化工研究院有限公司"
RESIN = "杭州临平塑胶新材料有限公司"
FILM = "浙江东湖包装材料股份有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": ZUST, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": RESIN, "kind": "enterprise", "is_lead": False},
        {"name": FILM, "kind": "enterprise", "is_lead": False},
    ],
    "strategic_field": "精细化工与复合材料",
    "district": "临平区",
    "district_source": "text",
    "application_type": "类型三",
    "budget": {"total_wan": 12000.0, "enterprise_wan": 8400.0, "government_wan": 2400.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "type.eligibility": "fail",  # “股份有限公司”与附件3的“浙江杭化新材料科技有限公司”组织形式不同，不在名单中
    }),
}

BLOCKS = (
    Title(f"{NAME}（类型三）实施方案", 20),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：杭州市临平区科学技术局", indent=False),
    Para("所属领域：精细化工与复合材料", indent=False),
    Para("编制日期：2022年11月15日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("高分子助剂（抗氧剂、光稳定剂、成核剂、阻燃剂）用量虽小，却决定塑料、橡胶和涂料的加工性能与使用寿命。"
         "高端受阻胺光稳定剂和无卤阻燃剂仍以进口为主，国内生产工艺三废排放大。牵头单位是浙江省科技领军企业，"
         "位于杭州市临平区东湖街道，受阻酚抗氧剂产能居国内前列。联合体吸收下游应用企业，聚焦助剂分子设计、"
         "绿色合成工艺和复配应用三个环节。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到2025年，建成国内领先的高分子助剂绿色制造技术体系：开发高端助剂新品种10个，其中5个实现进口替代；"
         "关键工艺“三废”排放减少60%；新增产值8亿元；申请发明专利35项，制定行业标准2项。"),
    Para("凝练四项重大攻关任务形成项目群：任务一，助剂分子结构设计与性能预测；任务二，受阻胺光稳定剂连续化"
         "绿色合成；任务三，无卤阻燃剂与复配技术；任务四，车用和包装膜材料中的应用验证。"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位类别", "分工"),
        ("1", LEAD, "企业（牵头）", "总体、任务二"),
        ("2", ZJU, "高校", "任务一"),
        ("3", ZUST, "高校", "任务三"),
        ("4", INST, "科研院所（省属转制院所）", "任务二、任务三"),
        ("5", RESIN, "企业", "任务四（车用材料）"),
        ("6", FILM, "企业", "任务四（包装膜）"),
    )),
    Para("各成员单位已签订组建意向书，明确任务分工、权利和义务。联合体设理事会，由6家成员单位负责人组成，理事长"
         "由牵头单位董事长担任；设专家咨询委员会和首席科学家岗，首席科学家由浙江大学化学工程与生物工程学院教授"
         "担任。牵头单位在研省“尖兵”研发攻关计划项目2项。"),
    Para("建立“共建共享”的知识产权管理制度，签订知识产权管理协议，联合研发成果由参与各方共有、共享收益。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("三年总投入12000万元，资金来源与年度安排如下（单位：万元）。"),
    Table((
        ("资金来源", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "2600", "3000", "2800", "8400"),
        ("省级财政", "400", "400", "400", "1200"),
        ("市级财政", "200", "200", "200", "600"),
        ("区级财政", "200", "200", "200", "600"),
        ("高校院所自筹", "400", "400", "400", "1200"),
        ("合计", "3800", "4200", "4000", "12000"),
    )),
    Head("五、进度安排", look="word"),
    Para("2023年：完成助剂分子设计平台建设，光稳定剂连续化工艺小试。"),
    Para("2024年：连续化工艺中试，无卤阻燃剂完成复配验证。"),
    Para("2025年：新品种规模化生产和应用，全面完成考核指标。"),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月15日", indent=False),
)

PLAN = FreeformPlan(path=f"临平区/{NAME}（类型三）实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
