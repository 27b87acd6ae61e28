"""上城区·金融大数据智能风控（第十二组I）：目标与进度只到2024年（“两年目标”，进度只排2023、2024年）——
goals.three_year=fail、schedule.yearly=warn；经费只写总额和占比（企业自筹占62.5%、各级财政占25%、高校院所自筹
占12.5%）；科技金融服务机构为成员（service）；全文未提在研项目；落款恰为截止日2022年11月18日（不晚于，pass）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Title, expected_checks

NAME = "浙江省金融大数据智能风控创新联合体"
LEAD = "杭州望江数智科技有限公司"
ZJU = "浙江大学"
ZUFE = "浙江财经大学"
LAB = "之江实验室"
DATA = "浙江清波数据技术有限公司"
FIN = "杭州湖滨金融科技服务有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": ZUFE, "kind": "university", "is_lead": False},
        {"name": LAB, "kind": "institute", "is_lead": False},
        {"name": DATA, "kind": "enterprise", "is_lead": False},
        {"name": FIN, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "大数据与信息安全",
    "district": "上城区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 8000.0, "enterprise_wan": 5000.0, "government_wan": 2000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "lead.active_projects": "manual",  # 全文未提在研省“尖兵”“领雁”项目
        "goals.three_year": "fail",  # 只有“到2024年”的两年目标
        "schedule.yearly": "warn",  # 进度只覆盖2023、2024两个年度
    }),
}

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("推荐单位：杭州市上城区科学技术局", indent=False),
    Para("", indent=False),
    Head("一、背景与意义", look="bold"),
    Para("金融风险防控是数字经济安全的底线。中小微企业信贷、供应链金融和反欺诈场景中，数据分散、标注稀缺、模型"
         "可解释性差，制约金融机构“敢贷、愿贷、能贷”。牵头单位是浙江省科技小巨人企业，位于杭州市上城区望江街道，"
         "为200余家银行和持牌金融机构提供风控模型服务。联合体所属领域为大数据与信息安全。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("两年目标：到2024年，建成国内领先的金融大数据智能风控技术体系，形成隐私计算联合建模平台1个，风险识别"
         "准确率提高到95%，欺诈交易拦截时延小于50毫秒，服务小微企业10万家，申请发明专利25项，制定团体标准2项。"),
    Para("凝练三项重大攻关任务，形成项目群：任务一，多方安全计算与联邦学习联合建模；任务二，图神经网络反欺诈；"
         "任务三，可解释风控模型与监管科技应用。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para(f"联合体由{LEAD}（牵头单位）、{ZJU}（高校）、{ZUFE}（高校）、{LAB}（新型研发机构）、{DATA}（企业）和"
         f"{FIN}（科技金融服务机构）6家单位组成。各方已签订组建意向书，明确任务分工、权利和义务。"),
    Para("联合体设理事会，由全体成员单位负责人组成，理事长由牵头单位董事长担任；设专家咨询委员会，聘请金融、"
         "密码学和人工智能专家7名；设首席科学家岗，由浙江大学计算机科学与技术学院教授担任。"),
    Para("建立“共建共享”的知识产权管理制度，联合研发成果由参与单位共有，成员单位在联合体内免费使用，对外许可收益"
         "按投入比例分享；各方签订数据安全与保密协议。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("联合体总投入8000万元。其中，企业自筹占62.5%，各级财政资金占25%，高校院所自筹占12.5%。经费实行专账管理，"
         "理事会审定年度预算；上城区在算力资源和人才公寓方面给予支持。"),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成联合建模平台开发，在5家银行开展试点。"),
    Para("2024年：反欺诈和可解释模型规模化应用，全面完成两年目标。"),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月18日", indent=False),
)

PLAN = FreeformPlan(path=f"上城区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
