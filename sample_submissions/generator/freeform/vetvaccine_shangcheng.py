"""上城区·兽用疫苗与动物疫病防控（第十三组J）：牵头单位是省属科研院所浙江省农业科学院（lead.qualification=fail，
按类型二申报而牵头单位不是科技领军企业或科技小巨人，type.eligibility=fail）；成员在一段正文中以“（以下简称“X”）”
介绍一次，此后（含理事长、经费拆分）只用简称；进度按“第1—6个月”等相对月份写，实施期限2023年1月至2025年12月。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Title, expected_checks

NAME = "浙江省兽用疫苗与动物疫病防控创新联合体"
LEAD = "浙江省农业科学院"
ZJU = "浙江大学"
MUDUN = "杭州牧盾生物科技有限公司"
HUAXU = "浙江华畜动物保健品有限公司"
QINGTAI = "杭州清泰生物反应器有限公司"
ZHENGHENG = "浙江正衡动物疫病检测有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "institute", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": MUDUN, "kind": "enterprise", "is_lead": False},
        {"name": HUAXU, "kind": "enterprise", "is_lead": False},
        {"name": QINGTAI, "kind": "enterprise", "is_lead": False},
        {"name": ZHENGHENG, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "生物育种与现代农业",
    "district": "上城区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 5200.0, "government_wan": 2200.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "lead.qualification": "fail",  # 牵头单位是省属科研院所，不是科技领军企业或科技小巨人企业
        "type.eligibility": "fail",  # 类型二须由省科技领军企业或科技小巨人牵头
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("推荐单位：杭州市上城区科学技术局", indent=False),
    Para("2022年11月14日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("非洲猪瘟、禽流感等重大动物疫病对畜牧业生产和公共卫生安全构成严重威胁。我国兽用疫苗以传统灭活疫苗为主，"
         "基因工程疫苗、多联多价疫苗和悬浮培养工艺与国际先进水平差距明显，高端佐剂和生物反应器依赖进口。"),
    Para(f"本联合体由{LEAD}（以下简称“省农科院”）牵头，联合{ZJU}（以下简称“浙大”）、{MUDUN}（以下简称"
         f"“牧盾生物”）、{HUAXU}（以下简称“华畜动保”）、{QINGTAI}（以下简称“清泰装备”）和{ZHENGHENG}"
         "（以下简称“正衡检测”，第三方检验检测机构）共同组建。省农科院是省属公益类科研院所，地址为杭州市上城区"
         "德胜中路298号，设有畜牧兽医研究所和病毒学研究团队，在猪、禽疫病病原学研究方面基础雄厚。联合体所属"
         "领域为生物育种与现代农业。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到2025年，建成国内领先的兽用新型疫苗研发与产业化体系：获得新兽药注册证书4个，其中基因工程亚单位疫苗2个；"
         "悬浮培养工艺细胞密度达到每毫升1×10⁷个以上，生产成本下降30%；国产生物反应器在联合体企业的替代率达到80%；"
         "新增产值6亿元；申请发明专利35项。"),
    Para("凝练四项重大攻关任务，形成项目群：任务一，非洲猪瘟亚单位疫苗抗原设计与免疫评价（省农科院、浙大）；"
         "任务二，禽流感多联多价疫苗悬浮培养工艺（牧盾生物）；任务三，新型佐剂与口服递送系统（华畜动保）；"
         "任务四，2000升一次性生物反应器及在线检测（清泰装备、正衡检测）。"),
    Head("三、组织架构与运行机制", look="word"),
    Para("联合体设理事会，由6家成员单位负责人组成，理事长由省农科院院长担任，副理事长由牧盾生物董事长担任。理事会"
         "负责联合体重大事项的商议与决策，秘书处设在省农科院科研处。设立专家咨询委员会，聘请兽医学、疫苗工程领域"
         "专家7名；设首席科学家岗，由浙大动物科学学院教授担任。省农科院目前在研省“领雁”研发攻关计划项目2项。"),
    Para("各成员单位已签订组建意向书，明确各方任务分工、权利和义务。知识产权按“共建共享”原则管理：签订知识产权"
         "管理协议，联合攻关成果由参与单位共有，成员单位在联合体内优先、免费实施，转化收益按贡献分享。正衡检测"
         "为各任务提供第三方免疫效力和安全性检测。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入9000万元，其中企业自筹5200万元（牧盾生物3000万元、华畜动保1500万元、清泰装备700万元），"
         "省级财政资金1200万元，市级配套资金600万元，区级配套资金400万元，省农科院、浙大自筹1600万元。成员企业"
         "承担主要投入责任，经费实行专账管理、专款专用。"),
    Head("五、进度安排", look="word"),
    Para("实施期限为2023年1月至2025年12月，共36个月。"),
    Para("第1—6个月：完成抗原筛选和候选疫苗株构建，签订知识产权管理协议。"),
    Para("第7—12个月：完成悬浮培养工艺小试和佐剂配方筛选，生物反应器完成设计。"),
    Para("第13—24个月：完成中试生产和实验室免疫评价，生物反应器样机交付使用，申报临床试验2项。"),
    Para("第25—36个月：完成临床试验和新兽药注册申报，悬浮培养工艺实现产业化，全面完成考核指标。"),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("2022年11月14日", indent=False),
)

PLAN = FreeformPlan(path=f"上城区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
