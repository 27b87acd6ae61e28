"""富阳区·生物基聚乳酸材料（第十一组F）：倾斜2—3°的黑白（1位）扫描件，公章压在末页落款上；理事会组成写作“理事长：陈一鸣
（浙江理工大学副校长）；副理事长：牵头单位董事长”——org.council_chair=fail；经费只在正文，万元；牵头单位写明
“目前无在研省‘尖兵’‘领雁’项目”（0项，不超过3项，lead.active_projects=pass）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Scan, Title, expected_checks

NAME = "浙江省生物基聚乳酸材料创新联合体"
LEAD = "杭州富春生物基材料科技有限公司"
UNIV = "浙江理工大学"
INST = "中国科学院宁波材料技术与工程研究所"
FILM = "杭州银湖薄膜制品有限公司"
PACK = "浙江新登绿色包装股份有限公司"
TEST = "杭州富阳质检技术服务有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": FILM, "kind": "enterprise", "is_lead": False},
        {"name": PACK, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "功能材料",
    "district": "富阳区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6000.0, "government_wan": 2000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "org.council_chair": "fail",  # 理事长为浙江理工大学副校长，牵头单位董事长只任副理事长
    }),
}

BLOCKS = (
    Title(f"{NAME}实施方案", 16),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：富阳区科学技术局        申报类型：类型二        所属领域：功能材料", indent=False),
    Head("一、背景与意义", look="bold"),
    Para("聚乳酸、聚丁二酸丁二醇酯等生物基可降解材料是替代一次性塑料的主要方向，但国内丙交酯单体纯度不足、"
         "薄膜耐热性差，高端牌号依赖进口。牵头单位是省科技小巨人企业，位于杭州市富阳区银湖街道，建有万吨级"
         "聚乳酸生产线。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，丙交酯光学纯度达到99.5%以上，耐热聚乳酸薄膜热变形温度提高到100℃，形成3个高端牌号，"
         "新增产值8亿元，申请发明专利28项。攻关任务组成项目群：高纯丙交酯合成、耐热改性与共混、薄膜吹塑装备、"
         "降解性能检测评价。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para("联合体由6家单位组成：1.杭州富春生物基材料科技有限公司（企业，牵头）；2.浙江理工大学（高校）；"
         "3.中国科学院宁波材料技术与工程研究所（科研院所）；4.杭州银湖薄膜制品有限公司（企业）；5.浙江新登绿色"
         "包装股份有限公司（企业）；6.杭州富阳质检技术服务有限公司（第三方检验检测机构）。各方已签订组建意向书，"
         "明确任务分工、权利和义务。"),
    Para("理事会由各成员单位负责人组成。理事长：陈一鸣（浙江理工大学副校长）；副理事长：周建国（牵头单位董事长）；"
         "理事：其余4家成员单位负责人。设专家咨询委员会，首席科学家由宁波材料所研究员担任。牵头单位目前无在研"
         "省“尖兵”“领雁”项目。知识产权“共建共享”，联合攻关成果由参与方共有，成员单位内部免费实施。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("三年总投入9000万元，其中企业自筹6000万元、省级财政1000万元、市级财政600万元、区级财政400万元、"
         "高校院所自筹1000万元。分年度：2023年2800万元，2024年3300万元，2025年2900万元。"),
    Para("保障措施：经费实行专账管理、专款专用，牵头单位对自筹资金足额到位作出承诺；理事会每半年听取一次经费使用"
         "和任务进展报告；富阳区在中试用地、环评审批和人才公寓方面给予支持；成员单位开放中试线、分析测试平台，"
         "按成本价相互提供服务。"),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成高纯丙交酯合成工艺开发和千吨级中试，建立降解性能评价方法。"),
    Para("2024年：耐热牌号定型，薄膜吹塑装备投产，在快递包装和农用地膜领域开展示范。"),
    Para("2025年：3个高端牌号规模化应用，完成全部考核指标，形成标准和专利成果。"),
    Para(f"{LEAD}（盖章）", indent=False),
    Para("二〇二二年十一月十七日", indent=False),
)

PLAN = FreeformPlan(
    path=f"富阳区/{NAME}实施方案.pdf", format="pdf-ocr", blocks=BLOCKS, truth=TRUTH,
    scan=Scan(stamp_text=LEAD, seed=2304, stamp_at=(0.42, 0.2), skew=(2.0, 3.0), colour="bw"),
)
