"""余杭区·量子精密测量：封面表单的“申报类型”一格是勾选框“☑类型二  □类型一  □类型三”，三个类型名都在文字里；
牵头单位为“创新型领军企业”；单位类别写作“高校/院所”；经费表以亿元计（“单位：亿元”，两位小数），来源为列、
年度为行。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省量子精密测量创新联合体"
LEAD = "杭州国盾量测科技股份有限公司"
UNIV = "浙江工业大学"
LAB = "之江实验室"
LASER = "杭州锐光激光器件有限公司"
VAC = "杭州真空电子器件有限公司"
METRO = "浙江省计量科学研究院"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Table((
        ("牵头单位", LEAD),
        ("申报类型", "☑类型二    □类型一    □类型三"),
        ("所属领域", "微电子与光电子"),
        ("推荐单位", "杭州市余杭区科学技术局"),
        ("单位地址", "杭州市余杭区文一西路1818号"),
    ), header=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para(f"{LEAD}是创新型领军企业，从事量子传感器和精密测量仪器研发。原子钟、原子磁力计和量子重力仪是新一代精密"
         "测量的核心装备，关键激光器件和真空器件依赖进口。在研省“尖兵”研发攻关计划项目1项。"),
    Head("二、目标与主要研发任务", look="word"),
    *goals("芯片级原子钟频率稳定度达到1E-11，原子磁力计灵敏度达到10fT，激光器件国产化率达到80%，申请发明专利30项",
           "芯片级原子钟、原子磁力计、窄线宽激光器、量子测量仪器计量校准"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位类别", "分工"),
        ("1", LEAD, "企业（牵头）", "整机研发与产业化"),
        ("2", UNIV, "高校", "量子测量原理"),
        ("3", LAB, "院所", "原子钟物理系统"),
        ("4", LASER, "企业", "窄线宽激光器"),
        ("5", VAC, "企业", "真空器件"),
        ("6", METRO, "计量检测机构", "计量校准"),
    )),
    Para("联合体设立理事会，理事会由全体成员单位负责人组成，理事长由牵头单位董事长担任；设专家咨询委员会，"
         "首席科学家由之江实验室研究员担任。"),
    mechanism(1),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入0.90亿元，年度和来源安排见下表（单位：亿元）。"),
    Table((
        ("年度", "企业自筹", "省级财政", "市级财政", "区级财政", "合计"),
        ("2023年", "0.20", "0.03", "0.02", "0.02", "0.27"),
        ("2024年", "0.22", "0.03", "0.02", "0.02", "0.29"),
        ("2025年", "0.24", "0.04", "0.03", "0.03", "0.34"),
        ("合计", "0.66", "0.10", "0.07", "0.07", "0.90"),
    )),
    Head("五、进度安排", look="word"),
    *yearly("完成原子钟和磁力计物理系统设计", "完成样机研制和计量校准", "实现小批量生产"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": LAB, "kind": "institute", "is_lead": False},
        {"name": LASER, "kind": "enterprise", "is_lead": False},
        {"name": VAC, "kind": "enterprise", "is_lead": False},
        {"name": METRO, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "微电子与光电子",
    "district": "余杭区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6600.0, "government_wan": 2400.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"余杭区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
