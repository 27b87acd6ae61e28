"""上城区·柔性触觉传感（第八组）：申报类别写作“Ⅱ类”；成员表表头为“成员单位全称/机构类型/任务”；经费正文以亿元计并用
“其中：”分列；牵头单位写作“省级科技领军企业”；理事长“由牵头企业法定代表人担任”。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省柔性触觉传感创新联合体"
LEAD = "杭州触感智能科技股份有限公司"
UNIV = "杭州电子科技大学"
LAB = "浙江省北大信息技术高等研究院"
FILM = "杭州薄膜电子材料有限公司"
ROBOT = "杭州灵巧机器人有限公司"
TEST = "浙江省电子产品检验所有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案", 20),
    Para("申报类别：Ⅱ类", indent=False),
    Para("所属领域：微电子与光电子", indent=False),
    Para("推荐单位：上城区科学技术局", indent=False),
    Head("一、背景与意义", look="word"),
    Para(f"{LEAD}为省级科技领军企业，地址为杭州市上城区九堡街道，主营柔性压力传感器和电子皮肤。人形机器人、智能假肢"
         "和可穿戴设备对柔性触觉传感器需求迅速增长，但高灵敏度敏感材料和读出芯片依赖进口。"),
    Head("二、目标与主要研发任务", look="word"),
    *goals("触觉传感器灵敏度达到10kPa⁻¹，阵列密度达到每平方厘米100点，读出芯片功耗降低60%，申请发明专利30项",
           "柔性敏感薄膜、触觉阵列读出芯片、电子皮肤封装、机器人灵巧手集成验证"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "成员单位全称", "机构类型", "任务"),
        ("1", LEAD, "企业（牵头）", "传感器设计与产业化"),
        ("2", UNIV, "高校", "读出芯片"),
        ("3", LAB, "新型研发机构", "敏感材料机理"),
        ("4", FILM, "企业", "柔性薄膜"),
        ("5", ROBOT, "企业", "灵巧手集成"),
        ("6", TEST, "检验检测机构", "可靠性检测"),
    )),
    Para("联合体设理事会，成员包括各成员单位负责人，理事长由牵头企业法定代表人担任；设专家咨询委员会，首席科学家由"
         "杭州电子科技大学教授担任。牵头单位在研省“尖兵”项目1项。"),
    mechanism(1),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入1.1亿元。其中：企业自筹0.8亿元，省财政0.1亿元，市、区财政0.2亿元。"),
    Head("五、进度安排", look="word"),
    *yearly("完成敏感薄膜和读出芯片设计", "完成电子皮肤样品和灵巧手集成", "实现批量供货"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": LAB, "kind": "institute", "is_lead": False},
        {"name": FILM, "kind": "enterprise", "is_lead": False},
        {"name": ROBOT, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "微电子与光电子",
    "district": "上城区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 11000.0, "enterprise_wan": 8000.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"上城区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
