"""萧山区·航空发动机热端部件：申报类型只在正文写作“第二类”；成员只在一段正文里列举，每家带“（以下简称“XX”）”，
后文（含理事长、任务分工）只用简称；经费全部以亿元计、带小数；一级标题“（一）背景与意义”加粗段落，二级“1.”。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Title, expected_checks

NAME = "浙江省航空发动机热端部件创新联合体"
LEAD = "杭州航宇动力科技股份有限公司"
UNIV = "浙江大学"
INST = "中国航发北京航空材料研究院"
CAST = "杭州精铸高温合金有限公司"
COAT = "浙江瓯越涂层技术有限公司"
TEST = "浙江省特种设备科学研究院"

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("所属领域：海洋与空天材料", indent=False),
    Para("牵头单位：杭州航宇动力科技股份有限公司", indent=False),
    Para("单位地址：杭州市萧山区宁围街道航空路88号", indent=False),
    Para("2022年11月", indent=False),
    Head("（一）背景与意义"),
    Para("航空发动机涡轮叶片、燃烧室等热端部件长期在高温、高压、高转速条件下工作，单晶高温合金母材、精密铸造和热障涂层"
         "是制约国产发动机寿命的核心环节。萧山区已形成航空零部件产业集聚，具备组建创新联合体的产业基础。"),
    Head("（二）目标与主要研发任务"),
    Para("1.总体目标"),
    *goals("单晶叶片铸造合格率由45%提升到75%，热障涂层服役寿命提高1倍，部件减重8%；申请发明专利40项",
           "单晶高温合金成分设计、复杂型腔叶片精密铸造、长寿命热障涂层、热端部件无损检测与寿命评估"),
    Head("（三）组织架构与运行机制"),
    Para("1.成员单位"),
    Para(f"联合体成员单位共6家：{LEAD}（以下简称“航宇动力”）、{UNIV}（以下简称“浙大”）、{INST}"
         f"（以下简称“航材院”）、{CAST}（以下简称“精铸合金”）、{COAT}（以下简称“瓯越涂层”）和{TEST}"
         "（以下简称“特检院”，检验检测机构）。"),
    Para("航宇动力是省科技领军企业，在研省“尖兵”研发攻关计划项目1项，负责总体设计与部件集成；浙大、航材院负责合金"
         "设计与涂层机理研究；精铸合金负责叶片铸造；瓯越涂层负责涂层工艺；特检院负责检测评价。"),
    Para("2.组织架构"),
    Para("联合体设理事会，理事会由6家成员单位负责人组成，理事长由航宇动力董事长担任，副理事长由浙大分管副校长担任。"
         "理事会下设专家咨询委员会和秘书处，设首席科学家1名，由航材院研究员担任。"),
    Para("3.运行机制"),
    mechanism(1),
    Para("本联合体申报第二类，即省科技领军企业牵头组建的杭州市企业创新联合体。"),
    Head("（四）经费投入与保障措施"),
    Para("联合体三年总投入1.35亿元，其中企业自筹0.95亿元，省级财政资金0.10亿元，市、区两级财政配套0.15亿元，"
         "社会资本0.15亿元。2023年、2024年、2025年分别投入0.40亿元、0.45亿元和0.50亿元。"),
    Head("（五）进度安排"),
    *yearly("完成合金成分设计与铸造工艺验证", "完成叶片样件试制和涂层台架考核", "完成装机考核，实现小批量供货"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": CAST, "kind": "enterprise", "is_lead": False},
        {"name": COAT, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "海洋与空天材料",
    "district": "萧山区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 13500.0, "enterprise_wan": 9500.0, "government_wan": 2500.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"萧山区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
