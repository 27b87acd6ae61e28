"""西湖区·类器官药物筛选：LibreOffice PDF；封面“申报类型：类型Ⅱ”（罗马数字）；成员名单放在“五、进度安排”之后的
“附：联合体成员单位名单”表中，正文只用简称；经费表政府资金行在前、企业自筹在后，“合计”列在年度列之前，
金额为带千分位逗号和两位小数的万元；含医院（other）。"""

from __future__ import annotations

from .blind_parts import goals, indicators, management, mechanism, prospects, risks, safeguards, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省类器官与药物筛选创新联合体"
LEAD = "杭州类脉生物科技有限公司"
UNIV = "西湖大学"
INST = "中国科学院杭州医学研究所"
HOSP = "浙江省人民医院"
CRO = "杭州泰格新药研究有限公司"
CHIP = "杭州微流芯医疗器械有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实 施 方 案", 20),
    Para("牵头单位：杭州类脉生物科技有限公司（盖章）", indent=False),
    Para("申报类型：类型Ⅱ", indent=False),
    Para("所属领域：新药创制与高端医疗器械", indent=False),
    Para("推荐单位：西湖区科学技术局", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("类器官可在体外重现人体器官的结构和功能，是新药筛选、毒性评价和个体化用药的关键工具。我国类器官培养基、"
         "微流控芯片和高通量成像分析设备依赖进口，标准体系空白。"),
    Para("类脉生物是省科技小巨人企业，位于西湖区三墩镇，已建成类器官样本库4000余例，在研省“领雁”研发攻关计划项目1项。"),
    Para("新药研发周期长、投入大、成功率低，临床前动物模型与人体的差异是导致临床试验失败的重要原因之一。类器官由干细胞或患者组织在三维培养条件下自组织形成，能够保留来源组织的遗传特征和异质性，已被美国食品药品监督管理局纳入药物评价的可选模型。我国类器官研究起步较早，但培养体系不统一、质量控制标准缺失、培养基和基质胶依赖进口，限制了类器官在新药筛选中的规模化应用。西湖区集聚了西湖大学、浙江大学医学院等高水平科研机构，生物医药企业数量快速增长，具备组建类器官创新联合体的良好基础。"),
    Head("二、目标与主要研发任务", level=1, look="word"),
    *goals("建成覆盖10种肿瘤的类器官标准化培养体系，药物筛选通量提高5倍，培养基国产化率达到80%，"
           "申请发明专利25项，服务新药研发项目60个",
           "类器官标准化培养、器官芯片、高通量药敏检测、临床转化验证"),
    indicators("建立覆盖10种常见肿瘤的类器官标准化培养体系，建库成功率不低于80%；类器官药敏检测与临床疗效的符合率达到80%以上；国产培养基和基质胶在联合体内替代率达到80%；器官芯片实现4种器官的串联培养；制定类器官质量控制团体标准3项；服务新药研发项目60个以上。"),
    prospects("类器官与药物筛选"),
    Head("三、组织架构与运行机制", look="word"),
    Para("联合体由类脉生物牵头，西湖大学、杭州医学所、省人民医院、泰格新药和微流芯共同组建，成员名单见文末附表。"),
    Para("联合体设立理事会，理事会成员由各成员单位负责人组成，理事长由类脉生物董事长吴嘉宁担任；设专家咨询委员会，"
         "聘请西湖大学讲席教授担任首席科学家。"),
    mechanism(2),
    management(),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入6,400.00万元，资金来源和年度安排见下表。"),
    Table((
        ("资金来源（万元）", "合计", "2023年", "2024年", "2025年"),
        ("省级财政", "400.00", "150.00", "150.00", "100.00"),
        ("市级财政", "300.00", "100.00", "100.00", "100.00"),
        ("区级财政", "300.00", "100.00", "100.00", "100.00"),
        ("企业自筹", "5,400.00", "1,650.00", "1,850.00", "1,900.00"),
        ("总计", "6,400.00", "2,000.00", "2,200.00", "2,200.00"),
    )),
    risks(),
    safeguards("西湖区科学技术局"),
    Head("五、进度安排", look="word"),
    *yearly("完成5种肿瘤类器官标准化培养", "器官芯片定型，药敏检测平台投入服务", "完成临床转化验证和全部考核指标"),
    Para("附：联合体成员单位名单", indent=False, bold=True),
    Table((
        ("序号", "单位名称", "简称", "单位类别", "分工"),
        ("1", LEAD, "类脉生物", "企业（牵头单位）", "总体设计、类器官培养"),
        ("2", UNIV, "西湖大学", "高校", "机理研究"),
        ("3", INST, "杭州医学所", "科研院所", "药效评价"),
        ("4", HOSP, "省人民医院", "医疗机构", "临床样本与验证"),
        ("5", CRO, "泰格新药", "企业", "新药筛选服务"),
        ("6", CHIP, "微流芯", "企业", "器官芯片"),
    )),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": CRO, "kind": "enterprise", "is_lead": False},
        {"name": CHIP, "kind": "enterprise", "is_lead": False},
    ],
    "strategic_field": "新药创制与高端医疗器械",
    "district": "西湖区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 6400.0, "enterprise_wan": 5400.0, "government_wan": 1000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"西湖区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
