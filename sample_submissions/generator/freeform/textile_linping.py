"""临平区·功能家纺：领域写作“现代纺织与服装”（不在15个战略领域内，违规），进度只排到2024年（违规），
封面表格写推荐单位，标题为加粗段落“一、”；以 LibreOffice 另存为 .doc 报送。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

LEAD = "杭州临纺新材料科技股份有限公司"
NAME = "浙江省功能性家纺面料创新联合体"
UNIVERSITY = "浙江理工大学"
INSTITUTE = "浙江省纺织科学研究院"
DYEING = "浙江绿印数码印染有限公司"
HOMETEX = "杭州锦绣家纺有限公司"
TESTER = "浙江纺检质量技术服务有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Table((
        ("联合体名称", NAME),
        ("牵头单位", LEAD),
        ("推荐单位", "临平区科学技术局"),
        ("申报类型", "类型二"),
        ("所属领域", "现代纺织与服装"),
        ("编制时间", "2022年11月"),
    ), header=False),
    Head("一、背景与意义"),
    Para("家用纺织品是纺织工业三大终端之一，我国家纺产量和出口量均居世界首位，临平是全国重要的家纺产业基地，"
         "集聚家纺及配套企业2000余家。但行业总体仍处于“量大利薄”阶段：抗菌、阻燃、温控等功能性面料的核心助剂"
         "和整理技术依赖进口，功能耐久性普遍只有国外同类产品的一半；传统印染工序水耗、能耗高，"
         "每万米印染布耗水约200吨；产品开发以仿制为主，自主设计能力薄弱，难以进入国际中高端市场。"),
    Para(f"{LEAD}是省科技领军企业，位于杭州市临平区，从事功能性纤维与家纺面料研发生产二十余年，"
         "2021年营业收入16.2亿元，拥有省级企业研究院和省级工业设计中心，授权发明专利58项。"
         "公司目前在研省“尖兵”“领雁”研发攻关计划项目1项。组建本联合体，旨在以功能性家纺面料为突破口，"
         "联合高校院所、印染和终端品牌企业，突破功能整理、数码印染和绿色低耗工艺，推动临平家纺产业向高端化、"
         "绿色化转型。"),
    Head("二、目标与主要研发任务"),
    Para("（一）三年目标", indent=False, bold=True),
    Para("到2025年，联合体在功能性家纺面料领域形成国内领先优势：开发耐洗50次以上抑菌率保持99%的长效抗菌面料、"
         "极限氧指数不低于30的本质阻燃面料和相变温控面料等新产品20个；数码印染替代率达到60%，单位产品水耗下降50%、"
         "综合能耗下降30%；建成功能性面料中试线2条；申请发明专利40项，制定行业或团体标准3项，新增产值12亿元。"),
    Para("（二）主要研发任务", indent=False, bold=True),
    Para(f"1．长效功能整理技术。由{UNIVERSITY}负责，研究抗菌、阻燃功能组分的纤维原位接枝与微胶囊缓释技术。"),
    Para(f"2．功能纤维与面料开发。由牵头单位负责，{INSTITUTE}参与，开发相变温控纤维和多功能复合面料。"),
    Para(f"3．绿色数码印染工艺。由{DYEING}负责，突破高速喷墨印花、少水无水染色和废水回用技术。"),
    Para(f"4．产品设计与市场验证。由{HOMETEX}负责，开展功能家纺产品设计和国内外市场推广；"
         f"{TESTER}负责功能性能检测方法和评价标准研究。"),
    Head("三、组织架构与运行机制"),
    Para("（一）成员单位", indent=False, bold=True),
    Table((
        ("序号", "单位名称", "类别", "联合体内分工"),
        ("1", LEAD, "企业（牵头单位）", "总体抓总，功能纤维与面料"),
        ("2", UNIVERSITY, "高校", "功能整理技术"),
        ("3", INSTITUTE, "科研院所", "相变材料与中试工艺"),
        ("4", DYEING, "企业", "数码印染与绿色工艺"),
        ("5", HOMETEX, "企业", "产品设计与市场验证"),
        ("6", TESTER, "检验检测机构", "功能检测与标准研究"),
    )),
    Para("上述单位已签订创新联合体组建意向书，明确任务分工、权利和义务。"),
    Para("（二）组织架构", indent=False, bold=True),
    Para(f"联合体设立理事会，理事长由{LEAD}董事长蒋志刚担任，理事由全体成员单位负责人担任，负责重大事项决策。"
         "理事会下设专家咨询委员会，由纺织材料、染整工程和产业经济领域专家7人组成；"
         f"设首席科学家岗，由{UNIVERSITY}纺织科学与工程学院周晓燕教授担任。"),
    Para("（三）运行机制", indent=False, bold=True),
    Para("联合体实行年度计划和任务合同管理，理事会每年召开两次全体会议；各方签订知识产权管理协议，建立"
         "“共建共享”的知识产权管理制度，联合开发的工艺和配方由参与方共有，成员单位优先实施；"
         "中试线和检测平台对成员单位开放共享；重大事项变更报省科技厅备案。"),
    Head("四、经费投入与保障措施"),
    Para("联合体三年总投入9000万元，其中成员企业自筹6300万元，占70%；申请省级财政资金900万元、"
         "市级财政资金900万元、临平区财政资金900万元。分年度安排：2023年2800万元、2024年3200万元、2025年3000万元。"),
    Para("保障措施：设立联合体专账，统一核算、专款专用；牵头单位提供中试场地和设备；临平区在技改补助、"
         "人才引进和品牌推广方面给予支持。"),
    Head("五、进度安排"),
    Para("2023年：完成联合体组建和制度建设；完成长效抗菌整理工艺小试和相变纤维试纺；数码印染示范线完成改造；"
         "申请发明专利12项。"),
    Para("2024年：功能面料中试线建成投产，开发新产品10个；数码印染替代率达到40%；制定团体标准1项；"
         "组织开展联合体中期评估。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIVERSITY, "kind": "university", "is_lead": False},
        {"name": INSTITUTE, "kind": "institute", "is_lead": False},
        {"name": DYEING, "kind": "enterprise", "is_lead": False},
        {"name": HOMETEX, "kind": "enterprise", "is_lead": False},
        {"name": TESTER, "kind": "service", "is_lead": False},
    ],
    "strategic_field": None,
    "district": "临平区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6300.0, "government_wan": 2700.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "field.strategic": "fail", "summary.complete": "warn", "schedule.yearly": "warn",
    }),
}

PLAN = FreeformPlan(path=f"临平区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
