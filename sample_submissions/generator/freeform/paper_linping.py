"""临平区·特种纸基功能材料：成员单位只在一段正文里列名，单位类别写在 Word 脚注（footnotes.xml）中——名为“研究院”的
成员由脚注说明是法定检验检测机构（service），另一家由脚注说明是科技金融服务机构；成员中没有高校和科研院所（违规），
与高校的合作只是“委托研发”；Word 标题样式“一、”。"""

from __future__ import annotations

from .model import Footnoted, FreeformPlan, Head, Para, Title, expected_checks

LEAD = "浙江临纸新材料股份有限公司"
NAME = "浙江省特种纸基功能材料创新联合体"
QUALITY = "杭州临平质量技术研究院"
FINANCE = "杭州临平科创金融服务有限公司"
MACHINE = "浙江恒泰纸业机械有限公司"
BIO = "杭州禾丰生物基材料有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案", 20),
    Para(f"牵头单位：{LEAD}        推荐单位：临平区科学技术局", indent=False),
    Para("申报类型：类型二        所属领域：功能材料", indent=False),
    Head("一、背景与意义", look="word"),
    Para("特种纸基功能材料广泛用于新能源电池隔膜、高端过滤、电气绝缘和食品医疗包装。我国特种纸产量居世界第一，但"
         "锂电池纸基隔膜、芳纶绝缘纸等高端产品长期依赖进口，关键助剂和成套装备受制于人。"),
    Para(f"{LEAD}地处杭州市临平区临平经济开发区，是省科技领军企业，特种纸年产能12万吨，拥有省级重点企业研究院，"
         "在研省“尖兵”“领雁”研发攻关计划项目1项。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到2025年，突破纸基电池隔膜、芳纶绝缘纸和生物基阻隔包装纸三类产品的关键技术，纸基隔膜孔隙率不低于55%、"
         "热收缩率（200℃）小于2%，芳纶绝缘纸击穿强度不低于20kV/mm；新增销售收入8亿元；申请发明专利30项，制定团体"
         "标准2项。"),
    Para("主要研发任务组成项目群：（1）纸基电池隔膜湿法成形技术；（2）芳纶绝缘纸国产化；（3）生物基阻隔涂层；"
         "（4）特种纸成套装备。牵头单位与浙江科技学院签订技术开发（委托）合同，委托其开发生物基阻隔涂层配方，"
         "浙江科技学院不作为联合体成员单位。"),
    Head("三、组织架构与运行机制", look="word"),
    Footnoted((
        (f"联合体由以下5家单位组成：{LEAD}（牵头单位）、{MACHINE}、{BIO}、{QUALITY}",
         f"{QUALITY}为经省市场监督管理局授权的法定检验检测机构，承担产品检测与标准验证。"),
        (f"、{FINANCE}", f"{FINANCE}为临平区属科技金融服务机构，负责对接产业基金和科技信贷。"),
        ("。各成员单位已签订组建意向书，明确任务分工、权利和义务。", ""),
    )),
    Para("联合体设立理事会，由各成员单位负责人组成，理事长由牵头单位董事长沈国华担任。设立专家咨询委员会，聘请中国"
         "造纸协会原副理事长刘振邦担任首席科学家。"),
    Para("成员单位签订知识产权管理协议，建立“共建共享”的知识产权管理制度，联合研发成果由参与单位共有，成员单位"
         "在联合体内共享使用。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入9000万元，其中企业自筹6300万元，省级财政资金900万元，市级财政资金900万元，临平区财政资金"
         "900万元。"),
    Para("牵头单位设立经费专账；临平区在研发用房和人才引进方面给予支持。"),
    Head("五、进度安排", look="word"),
    Para("2023年：完成联合体组建，建成纸基隔膜中试线。"),
    Para("2024年：芳纶绝缘纸和阻隔包装纸完成中试，隔膜进入电池企业验证。"),
    Para("2025年：三类产品实现量产，完成全部考核指标。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": MACHINE, "kind": "enterprise", "is_lead": False},
        {"name": BIO, "kind": "enterprise", "is_lead": False},
        {"name": QUALITY, "kind": "service", "is_lead": False},
        {"name": FINANCE, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "功能材料",
    "district": "临平区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6300.0, "government_wan": 2700.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"members.academic": "fail"}),
}

PLAN = FreeformPlan(path=f"临平区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
