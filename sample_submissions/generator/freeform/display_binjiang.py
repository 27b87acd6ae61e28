"""滨江区·柔性显示材料：.doc（LibreOffice 另存）；标题只靠大号加粗宋体区分（正文样式、无编号、节名改写），
“实施计划”排在“资金投入”之前（顺序违规）；成员数只在正文写作“由牵头单位和4家成员单位组成”，4家成员是 Word 项目符号
列表，类别写在破折号后；经费以亿元计、来源只给占比；知识产权“谁投入、谁所有”（违规）；理事会只含3家单位负责人。"""

from __future__ import annotations

from .model import Bullets, FreeformPlan, Head, PageBreak, Para, Title, expected_checks

LEAD = "杭州柔光新材料股份有限公司"
NAME = "浙江省柔性显示关键材料创新联合体"
ZJUT = "浙江工业大学"
CHEM = "浙江省化工研究院有限公司"
FILM = "杭州臻显光电材料有限公司"
FINANCE = "杭州滨创科技金融服务有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案", 20),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：滨江区科学技术局", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：功能材料", indent=False),
    Para("联 系 人：徐婧    电话：0571-8669XXXX", indent=False),
    PageBreak(),
    Head("项目背景", look="big"),
    Para("柔性OLED显示是智能手机、可穿戴设备和车载显示的主流技术路线。我国柔性面板产能已居全球前列，但聚酰亚胺"
         "（PI）浆料、柔性封装阻隔膜、光学透明胶等关键材料国产化率不足10%，是显示产业链最突出的短板。"),
    Para(f"{LEAD}位于杭州市滨江区长河街道，是省科技小巨人企业，国内少数实现黄色PI膜量产的企业，主持制定行业标准"
         "2项，在研省“领雁”研发攻关计划项目1项。"),
    Head("联合体目标和攻关任务", look="big"),
    Para("到2025年，实现透明PI浆料、薄膜封装阻隔材料和光学透明胶三类材料在国内主流面板企业的批量验证，透明PI膜"
         "透光率不低于89%、耐温不低于400℃，阻隔膜水汽透过率低于5×10⁻⁶g/m²·day，关键材料国产化率提升到30%；申请"
         "发明专利35项。"),
    Para("攻关任务按“材料—工艺—验证”组织为项目群：透明PI单体合成与浆料制备（牵头单位、浙江工业大学）；封装阻隔膜"
         "（杭州臻显光电材料有限公司）；光学透明胶配方与涂布工艺（浙江省化工研究院有限公司）；面板企业上线验证"
         "（牵头单位）。"),
    Head("组织管理与运行", look="big"),
    Para("本联合体由牵头单位和4家成员单位组成，各方已签署组建意向书，明确任务分工、权利和义务。成员单位如下："),
    Bullets((
        f"{ZJUT}——高校",
        f"{CHEM}——省属科研院所（转制院所）",
        f"{FILM}——企业",
        f"{FINANCE}——科技金融服务机构",
    )),
    Para(f"联合体设理事会，由{LEAD}、{ZJUT}、{CHEM}三家单位负责人组成，理事长由牵头单位董事长钱永明担任。设立专家"
         "咨询委员会，聘请浙江工业大学化学工程学院沈立群教授为首席科学家。"),
    Para("联合体形成的知识产权归完成单位所有，遵循“谁投入、谁所有”的原则；成员单位使用其他单位的知识产权，"
         "另行签订许可合同并支付许可费用。"),
    Head("实施计划", look="big"),
    Para("2023年：完成联合体组建，建成透明PI中试线，完成阻隔膜配方设计。"),
    Para("2024年：透明PI浆料和阻隔膜进入面板企业小批量验证，光学透明胶完成涂布工艺开发。"),
    Para("2025年：三类材料实现批量供货，完成全部考核指标。"),
    Head("资金投入与保障", look="big"),
    Para("联合体三年计划总投入1.2亿元。其中，成员企业自筹占比55%，省级财政资金占比15%，市、区两级财政资金占比20%，"
         "高校院所自筹占比10%。"),
    Para("保障措施：牵头单位设立联合体经费专户；滨江区在人才引进和中试用地方面给予支持；科技金融服务机构负责对接"
         "产业基金和科技信贷。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJUT, "kind": "university", "is_lead": False},
        {"name": CHEM, "kind": "institute", "is_lead": False},
        {"name": FILM, "kind": "enterprise", "is_lead": False},
        {"name": FINANCE, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "功能材料",
    "district": "滨江区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 12000.0, "enterprise_wan": 6600.0, "government_wan": 4200.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "outline.order": "warn",
        "org.council_members": "warn",
        "mechanism.ip_sharing": "fail",
    }),
}

PLAN = FreeformPlan(path=f"滨江区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
