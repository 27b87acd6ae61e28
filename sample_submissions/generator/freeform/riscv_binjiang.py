"""滨江区·开源RISC-V处理器：申报类型前后矛盾——封面“申报类型：类型二”，正文三、又写“本联合体按类型一申报，
已成功揭榜2023年度……创新联合体攻关任务榜单”，须人工核实（标注中类型为 null）；经费“总投入2亿元”而各来源之和
只有1.7亿元（所写总额与分项不符）；成员表；标题“一、”加粗段落。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省开源RISC-V处理器创新联合体"
LEAD = "杭州芯元微电子股份有限公司"
UNIV = "浙江大学"
LAB = "之江实验室"
EDA = "杭州华芯设计自动化有限公司"
OS_CO = "杭州启明嵌入式软件有限公司"
TEST = "浙江省电子信息产品检验研究院"

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("牵头单位：杭州芯元微电子股份有限公司", indent=False),
    Para("推荐单位：杭州高新区（滨江）科技局", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：微电子与光电子", indent=False),
    Head("一、背景与意义"),
    Para("RISC-V 开源指令集为我国处理器产业摆脱授权约束提供了机遇。芯元微电子是省科技领军企业，地址为杭州市滨江区"
         "长河街道，已推出三代RISC-V处理器IP，在研省“尖兵”研发攻关计划项目2项。"),
    Head("二、目标与主要研发任务"),
    *goals("推出主频2.5GHz的高性能RISC-V处理器核，SPECint2006单核得分达到10分/GHz，配套编译器和操作系统适配"
           "完成率达到100%，申请发明专利50项",
           "高性能处理器核微架构、片上互连与缓存一致性、EDA 工具链适配、操作系统与基础软件生态"),
    Head("三、组织架构与运行机制"),
    Table((
        ("序号", "成员单位", "单位性质", "分工"),
        ("1", LEAD, "企业（牵头单位）", "处理器核设计与产业化"),
        ("2", UNIV, "高校", "微架构研究"),
        ("3", LAB, "科研院所", "片上互连"),
        ("4", EDA, "企业", "EDA 工具"),
        ("5", OS_CO, "企业", "操作系统适配"),
        ("6", TEST, "检验检测机构", "芯片测试认证"),
    )),
    Para("联合体设理事会，由各成员单位负责人组成，理事长由芯元微电子董事长担任；设专家咨询委员会和首席科学家岗。"),
    mechanism(0),
    Para("本联合体按类型一申报，已成功揭榜2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单。"),
    Head("四、经费投入与保障措施"),
    Para("联合体三年总投入2亿元。其中企业自筹1.2亿元，省级财政资金0.2亿元，市、区财政资金0.3亿元。"),
    Head("五、进度安排"),
    *yearly("完成处理器核微架构定义和RTL设计", "完成流片验证和操作系统适配", "实现量产并完成全部考核指标"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": LAB, "kind": "institute", "is_lead": False},
        {"name": EDA, "kind": "enterprise", "is_lead": False},
        {"name": OS_CO, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "微电子与光电子",
    "district": "滨江区",
    "district_source": "text",
    "application_type": None,
    "budget": {"total_wan": 20000.0, "enterprise_wan": 12000.0, "government_wan": 5000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "type.declared": "manual", "type.eligibility": "manual", "summary.complete": "warn",
        "funding.consistent": "warn",
    }),
}

PLAN = FreeformPlan(path=f"滨江区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
