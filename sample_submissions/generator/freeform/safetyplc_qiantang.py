"""钱塘区·工业安全控制系统（违规）：自称“2022年度已获得省科技厅支持的项目型创新联合体”（类型三），但牵头单位
“浙江中控智能装备有限公司”不在附件3名单中——名单里只有名称相近的浙江中控技术股份有限公司、浙江浙大中控信息技术
有限公司；成员以“（一）（二）……”逐段列举，带简称。type.eligibility=fail。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省工业安全控制系统创新联合体"
LEAD = "浙江中控智能装备有限公司"
UNIV = "浙江工业大学"
INST = "浙江省机电设计研究院有限公司"
CHIP = "杭州国芯安控科技有限公司"
SOFT = "杭州钱塘工控软件有限公司"
TEST = "国家仪器仪表质量检验检测中心（浙江）有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案", 20),
    Para("牵头单位：浙江中控智能装备有限公司（盖章）", indent=False),
    Para("推荐单位：杭州市钱塘区科技局", indent=False),
    Para("编制日期：2022年11月", indent=False),
    Head("一、背景与意义", look="word"),
    Para("安全仪表系统和可编程安全控制器是石化、化工装置的最后一道防线，国内高端市场长期被国外品牌占据。本联合体是"
         "2022年度已获得省科技厅支持的项目型创新联合体，此次按类型三申报。项目属于智能控制与先进技术领域的工业控制方向。"),
    Para(f"{LEAD}（以下简称“中控智装”）是省科技小巨人企业，注册于钱塘区白杨街道，在研省“领雁”研发攻关计划项目2项。"),
    Head("二、目标与主要研发任务", look="word"),
    *goals("安全控制器达到SIL3安全完整性等级，安全芯片国产化率100%，系统平均无故障时间达到15万小时，"
           "在50套化工装置上完成应用，申请发明专利30项",
           "安全控制器硬件、功能安全芯片、安全组态软件、功能安全认证"),
    Head("三、组织架构与运行机制", look="word"),
    Para("（一）中控智装，牵头单位，负责系统总体设计与产业化。"),
    Para(f"（二）{UNIV}（以下简称“浙工大”），高校，负责故障诊断算法。"),
    Para(f"（三）{INST}（以下简称“机电院”），转制科研院所，负责可靠性设计。"),
    Para(f"（四）{CHIP}（以下简称“国芯安控”），企业，负责功能安全芯片。"),
    Para(f"（五）{SOFT}（以下简称“钱塘工控”），企业，负责安全组态软件。"),
    Para(f"（六）{TEST}（以下简称“仪表中心”），检验检测机构，负责功能安全测试认证。"),
    Para("联合体设理事会，理事由上述6家单位负责人担任，理事长由中控智装董事长担任；设专家咨询委员会，"
         "首席科学家由浙工大教授担任。"),
    mechanism(1),
    Head("四、经费投入与保障措施", look="word"),
    Table((
        ("来源", "金额（万元）", "占比"),
        ("企业自筹", "8400", "70%"),
        ("省级财政资金", "1200", "10%"),
        ("市级财政资金", "1200", "10%"),
        ("区级财政资金", "1200", "10%"),
        ("合计", "12000", "100%"),
    )),
    Head("五、进度安排", look="word"),
    *yearly("完成安全控制器原理样机", "安全芯片流片，系统通过SIL3认证", "在50套化工装置上完成应用"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": CHIP, "kind": "enterprise", "is_lead": False},
        {"name": SOFT, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "钱塘区",
    "district_source": "text",
    "application_type": "类型三",
    "budget": {"total_wan": 12000.0, "enterprise_wan": 8400.0, "government_wan": 3600.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"type.eligibility": "fail"}),
}

PLAN = FreeformPlan(path=f"钱塘区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
