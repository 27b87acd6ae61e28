"""滨江区·多维感知智能视觉（第十一组G）：类型三，牵头单位全文写作“海康威视数字技术股份有限公司”，附件3名单写作
“杭州海康威视数字技术股份有限公司”——只少了开头的行政区划“杭州”，字号（海康威视）、行业（数字技术）、组织形式
（股份有限公司）都相同，且注册地址在杭州，是名单上的同一家企业，type.eligibility=pass；所属领域写作“数字安防与智能
感知”，不在15个战略领域内——field.strategic=fail、summary.complete=warn；落款2022年11月22日晚于截止日。
Word 另存为 .doc；加粗段落标题“一、”，二级“（一）”。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省多维感知智能视觉创新联合体"
LEAD = "海康威视数字技术股份有限公司"
UNIV = "浙江工业大学"
INST = "中国电子科技集团公司第五十二研究所"
OPTO = "杭州视芯光电科技有限公司"
FAB = "浙江慧眼智能制造有限公司"
TEST = "杭州中测安防产品检测有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": OPTO, "kind": "enterprise", "is_lead": False},
        {"name": FAB, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": None,
    "district": "滨江区",
    "district_source": "text",
    "application_type": "类型三",
    "budget": {"total_wan": 30000.0, "enterprise_wan": 21000.0, "government_wan": 6000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "field.strategic": "fail",  # “数字安防与智能感知”不在15个战略领域内
        "summary.complete": "warn",  # 汇总表“15个战略领域”一栏无法填写
    }),
}

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("所属领域：数字安防与智能感知", indent=False),
    Para("推荐单位：滨江区科学技术局", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="bold"),
    Para("视觉感知是数字化改革和智能制造的基础能力。随着城市治理、工业质检和自动驾驶对多光谱、三维和事件相机等"
         "多维感知的需求快速增长，高端图像传感器、红外探测器和视觉大模型成为竞争焦点。国内在非制冷红外焦平面、"
         "高动态范围图像传感器和端侧视觉芯片方面仍有短板。"),
    Para(f"{LEAD}（以下简称“海康威视”）注册地址为杭州市滨江区阡陌路555号，是浙江省科技领军企业，视频产品全球"
         "市场占有率领先。本联合体系2022年度已获得省科技厅支持的项目型创新联合体，此次按类型三申报，在原有基础上"
         "重新完善实施方案，把感知器件、视觉芯片、算法和整机制造、检测认证组织起来。"),
    Head("二、目标与主要研发任务", look="bold"),
    Head("（一）三年战略目标", level=2, look="bold"),
    Para("到2025年，形成自主可控的多维感知技术体系：非制冷红外探测器像元间距缩小到8微米，高动态范围图像传感器"
         "动态范围达到140dB，端侧视觉芯片能效比提高3倍；多维感知产品在100个工业和城市场景应用；申请发明专利"
         "120项，主导制定国家和行业标准5项。"),
    Head("（二）重大攻关任务", level=2, look="bold"),
    Para("凝练五项重大攻关任务，对标谋划“项目群”：多光谱融合成像器件（视芯光电、五十二所）；端侧视觉芯片与编译"
         "工具链（海康威视）；多维感知视觉大模型（海康威视、浙江工业大学）；智能视觉整机柔性制造（慧眼智能）；"
         "视觉产品可靠性与网络安全检测（中测检测）。"),
    Head("三、组织架构与运行机制", look="bold"),
    Table((
        ("单位名称", "单位类型", "联合体角色"),
        (LEAD, "企业", "牵头单位"),
        (UNIV, "高等学校", "成员单位"),
        (INST, "科研院所", "成员单位"),
        (OPTO, "企业", "成员单位"),
        (FAB, "企业", "成员单位"),
        (TEST, "检验检测机构", "成员单位"),
    )),
    Para("上述6家单位已签订组建意向书，明确各方任务分工、权利和义务。联合体设理事会，理事会由各成员单位负责人组成，"
         "理事长由海康威视董事长担任；设专家咨询委员会；设首席科学家岗，由海康威视研究院院长担任。"),
    Para("海康威视在研省“尖兵”研发攻关计划项目2项、“领雁”研发攻关计划项目1项。联合体建立“共建共享”的知识产权"
         "管理制度，联合攻关成果由参与方共有，成员单位内部许可免费。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("三年总投入3亿元，各来源如下表。"),
    Table((
        ("资金来源", "金额（万元）", "占比"),
        ("成员企业自筹", "21000", "70%"),
        ("省级财政资金", "3000", "10%"),
        ("市级财政资金", "2000", "6.7%"),
        ("区级财政资金", "1000", "3.3%"),
        ("高校院所自筹", "3000", "10%"),
        ("合计", "30000", "100%"),
    )),
    Para("保障措施：设立联合体专项账户；滨江区提供场景开放和人才政策支持。"),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成红外探测器和图像传感器流片，视觉大模型完成预训练。"),
    Para("2024年：端侧视觉芯片量产，多维感知产品在50个场景试点。"),
    Para("2025年：推广至100个场景，完成全部考核指标。"),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月22日", indent=False),
)

PLAN = FreeformPlan(path=f"滨江区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
