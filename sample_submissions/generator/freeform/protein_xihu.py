"""西湖区·蛋白质设计：理事长由大学教授担任（违规），经费一节只有定性表述、全文没有任何金额（违规），
二级标题用全角点号“1．”，成员以“单位名称（类别）”逐行列出。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Title, expected_checks

LEAD = "杭州晶构生物科技有限公司"
NAME = "浙江省蛋白质设计与智能制造创新联合体"
UNIVERSITY = "西湖大学"
INSTITUTE = "杭州冷冻电镜技术研究院"
ENZYME = "浙江普瑞酶制剂有限公司"
PHARMA = "杭州启衡医药科技有限公司"
TRANSFER = "杭州西溪生物科技成果转化服务有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案", 20),
    Para(f"牵头单位：{LEAD}    所在地：杭州市西湖区三墩镇", indent=False),
    Para("申报类型：类型二    所属领域：结构生物学及关键生物技术", indent=False),
    Head("一、背景与意义"),
    Para("蛋白质是生命活动的执行者，也是生物医药、工业酶、食品和材料等产业的核心产品。以结构解析和人工智能结构预测为"
         "基础的蛋白质从头设计，正在把蛋白质工程从“筛选改造”推向“按需设计”，有望大幅缩短工业酶、抗体和疫苗抗原的研发周期。"
         "我国在冷冻电镜结构解析方面已具备国际一流水平，但在设计算法、高通量表达验证和工程化放大等环节衔接不够，"
         "设计得到的分子从实验室走向工厂的成功率较低，关键工业酶和高端蛋白原料仍大量进口。"),
    Para(f"{LEAD}是省科技小巨人企业，位于杭州市西湖区，专注计算蛋白质设计和高通量实验验证，已建成自动化表达纯化平台，"
         "日通量达到2000个蛋白样品，为国内外百余家药企和酶制剂企业提供设计服务，授权发明专利41项。"
         "公司目前在研省“尖兵”“领雁”研发攻关计划项目1项。依托西湖大学等在结构生物学领域的优势，"
         "组建本联合体，打通“结构解析—智能设计—高通量验证—工程化制造—产品转化”链条，"
         "推动我省在蛋白质设计这一前沿方向上抢占技术制高点。"),
    Head("二、目标与主要研发任务"),
    Para("1．三年战略目标", indent=False, bold=True),
    Para("到2025年，建成国内领先的蛋白质智能设计与制造技术平台：自主开发蛋白质结构预测与从头设计软件2套，"
         "设计分子实验验证成功率由目前的5%提高到20%以上；冷冻电镜单颗粒解析平均分辨率优于2.5埃，"
         "结构解析周期缩短至两周；完成10种以上高性能工业酶和3种以上治疗性蛋白候选分子的设计与验证，"
         "其中3种工业酶实现吨级发酵生产；申请发明专利40项，发表高水平论文30篇。"),
    Para("2．主要研发任务", indent=False, bold=True),
    Para(f"（1）蛋白质结构解析与数据库建设：由{INSTITUTE}负责，建立面向设计的高分辨率结构数据生产线和专有结构数据库。"),
    Para(f"（2）人工智能蛋白质设计算法：由{UNIVERSITY}与牵头单位共同负责，研发结构—功能联合生成模型和稳定性、"
         "活性预测模型。"),
    Para("（3）高通量表达与功能验证：由牵头单位负责，建设自动化“设计—构建—测试—学习”闭环平台。"),
    Para(f"（4）工业酶工程化制造：由{ENZYME}负责，开展发酵工艺开发和中试放大，实现吨级生产。"),
    Para(f"（5）治疗性蛋白成药性评价与转化：由{PHARMA}负责候选分子的成药性评价，"
         f"{TRANSFER}负责专利布局、技术许可和成果转化服务。"),
    Para("五项任务构成联合体项目群，其中任务（2）（3）拟联合申报省“尖兵”研发攻关计划项目。"),
    Head("三、组织架构与运行机制"),
    Para("1．成员单位", indent=False, bold=True),
    Para("联合体由以下6家单位组成，各方已签订组建意向书，明确了任务分工、权利和义务："),
    Para(f"{LEAD}（企业，牵头单位）", indent=False),
    Para(f"{UNIVERSITY}（高校）", indent=False),
    Para(f"{INSTITUTE}（新型研发机构）", indent=False),
    Para(f"{ENZYME}（企业）", indent=False),
    Para(f"{PHARMA}（企业）", indent=False),
    Para(f"{TRANSFER}（科技成果转化服务机构）", indent=False),
    Para("2．组织架构", indent=False, bold=True),
    Para(f"联合体设立理事会，由各成员单位负责人组成，是联合体的最高决策机构。鉴于{UNIVERSITY}在结构生物学领域的学术影响力，"
         f"理事会设理事长1名，由{UNIVERSITY}生命科学学院李明哲教授担任；设副理事长1名，由{LEAD}总经理钱卫东担任，"
         "负责联合体日常运行。理事会下设专家咨询委员会，由结构生物学、计算生物学和生物工程领域专家7人组成。"
         f"联合体设首席科学家岗，由{INSTITUTE}院长沈一鸣研究员担任。"),
    Para("3．运行机制", indent=False, bold=True),
    Para("联合体实行年度计划管理和任务负责人制，理事会每半年召开一次会议。成员单位签订知识产权管理协议，"
         "建立“共建共享”的知识产权管理制度，联合研发成果由参与方共有，成员单位享有优先使用权；"
         f"成果对外转化由{TRANSFER}统一组织，收益按协议分配。结构数据库和高通量平台对成员单位开放共享。"),
    Head("四、经费投入与保障措施"),
    Para("联合体经费以成员企业自筹为主，积极争取省、市、区各级科技计划项目支持，并引导社会资本参与工业酶产业化项目。"
         "各成员单位按照承担的任务落实配套经费，具体预算由理事会审定后另行报送。"),
    Para("保障措施：一是建立经费统筹机制，牵头单位设立联合体专账，统一核算、专款专用；二是建立共享机制，"
         "冷冻电镜、高通量表达等大型仪器设备按成本价向成员单位开放；三是加强人才保障，联合培养博士后和研究生，"
         "支持成员单位申报省级领军人才项目；四是争取西湖区在科研用房和生物安全实验室建设方面的支持。"),
    Head("五、进度安排"),
    Para("2023年：完成联合体组建和制度建设；建成专有结构数据库一期；设计算法第一版上线；高通量平台完成自动化升级。"),
    Para("2024年：设计分子验证成功率达到12%；完成5种工业酶的设计与中试；完成首个治疗性蛋白候选分子的成药性评价。"),
    Para("2025年：验证成功率达到20%以上；3种工业酶实现吨级生产；全面完成三年战略目标，形成可持续运行的联合体机制。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIVERSITY, "kind": "university", "is_lead": False},
        {"name": INSTITUTE, "kind": "institute", "is_lead": False},
        {"name": ENZYME, "kind": "enterprise", "is_lead": False},
        {"name": PHARMA, "kind": "enterprise", "is_lead": False},
        {"name": TRANSFER, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "结构生物学及关键生物技术",
    "district": "西湖区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": None, "enterprise_wan": None, "government_wan": None},
    "sections_present": [1, 2, 3, 4, 5],
    # No amount anywhere: no total (fail); "以成员企业自筹为主" is claimed but cannot be checked (manual);
    # nothing to add up (n/a).
    "expected_checks": expected_checks({
        "org.council_chair": "fail", "funding.total": "fail", "funding.enterprise_main": "manual",
        "funding.consistent": "n/a",
    }),
}

PLAN = FreeformPlan(path=f"西湖区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
