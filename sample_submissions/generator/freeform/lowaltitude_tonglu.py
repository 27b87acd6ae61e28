"""桐庐县·低空飞行器（违规）：所属领域写作“低空经济（通用航空与无人机）”，不在15个战略领域内——正文虽多次出现
“航空”，标注为 field.strategic=fail、summary.complete=warn；申报类型写作阿拉伯数字“类型2”；一级“一、”、二级
“1.”混用，二级也是加粗段落；经费表“合计”行在最前。LibreOffice PDF。"""

from __future__ import annotations

from .blind_parts import goals, indicators, management, mechanism, prospects, risks, safeguards, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省低空智能飞行器创新联合体"
LEAD = "杭州翼航智能科技股份有限公司"
UNIV = "浙江大学"
INST = "浙江省通用航空研究院"
MOTOR = "杭州桐庐动力电机有限公司"
NAV = "杭州星图导航技术有限公司"
CERT = "浙江民航适航检测中心有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("申报类型：类型2", indent=False),
    Para("所属领域：低空经济（通用航空与无人机）", indent=False),
    Para("推荐单位：桐庐县科学技术局", indent=False),
    PageBreak(),
    Head("一、背景与意义"),
    Para("低空经济是新兴的战略性产业。电动垂直起降飞行器、物流无人机对高能量密度动力、飞控导航和适航验证提出了新要求。"
         f"{LEAD}是省科技领军企业，位于桐庐县富春江镇，工业级无人机出货量居全省前列。"),
    Para("近年来，电动垂直起降飞行器、物流无人机和农林植保无人机快速发展，低空物流、城市空中交通、应急救援等新业态不断涌现。但我国低空飞行器在高能量密度动力电池、分布式电推进、冗余飞控和适航审定等方面与国外先进水平仍有差距，核心部件和试飞验证能力不足。桐庐县拥有通用机场和大面积低空空域试点资源，已集聚无人机整机和零部件企业20余家，具备开展低空飞行器研发、试飞和示范运营的独特条件。组建创新联合体，可以整合整机、动力、导航和适航检测资源，加快低空飞行器的产业化。"),
    Head("二、目标与主要研发任务"),
    Head("1.建设目标", level=2),
    *goals("推出最大起飞重量1.5吨的电动垂直起降飞行器样机，续航里程达到250公里，物流无人机载重提高到50公斤，"
           "申请发明专利35项",
           "分布式电推进系统、高可靠飞控导航、复合材料机体、适航审定与试飞验证"),
    indicators("电动垂直起降飞行器最大起飞重量1.5吨，巡航速度200公里/小时，续航里程250公里；物流无人机最大载重50公斤，抗风等级6级；分布式电推进系统功率密度达到5kW/kg；飞控系统三余度设计，导航定位精度优于0.1米；完成适航审定专用条件的制定和不少于500小时的试飞。"),
    prospects("低空飞行器"),
    Para("项目群组织方式：四项任务分别由牵头单位、浙江大学、浙江省通用航空研究院和杭州桐庐动力电机有限公司牵头，"
         "任务之间以统一的整机技术指标和接口规范衔接，形成从部件、系统到整机、试飞的完整研发链条。"),
    Head("三、组织架构与运行机制"),
    Table((
        ("序号", "单位名称", "单位类型", "分工"),
        ("1", LEAD, "企业（牵头单位）", "总体设计与总装"),
        ("2", UNIV, "高校", "飞控算法"),
        ("3", INST, "科研院所", "气动与结构"),
        ("4", MOTOR, "企业", "电推进系统"),
        ("5", NAV, "企业", "导航系统"),
        ("6", CERT, "检验检测机构", "适航检测"),
    )),
    Para("联合体设理事会，理事会由各成员单位负责人组成，理事长由牵头单位董事长方志强担任；设专家咨询委员会，"
         "首席科学家由浙江大学航空航天学院教授担任。"),
    mechanism(2),
    management(),
    Head("四、经费投入与保障措施"),
    Table((
        ("资金来源（万元）", "2023年", "2024年", "2025年", "小计"),
        ("合计", "3000", "3500", "3500", "10000"),
        ("企业自筹", "2100", "2450", "2450", "7000"),
        ("省级财政", "300", "350", "350", "1000"),
        ("市、县财政", "600", "700", "700", "2000"),
    )),
    risks(),
    safeguards("桐庐县科学技术局"),
    Head("五、进度安排"),
    *yearly("完成总体方案和电推进系统验证", "完成样机首飞", "完成试飞验证并取得适航审定进展"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": MOTOR, "kind": "enterprise", "is_lead": False},
        {"name": NAV, "kind": "enterprise", "is_lead": False},
        {"name": CERT, "kind": "service", "is_lead": False},
    ],
    "strategic_field": None,
    "district": "桐庐县",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 10000.0, "enterprise_wan": 7000.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "field.strategic": "fail", "summary.complete": "warn", "lead.active_projects": "manual",
    }),
}

PLAN = FreeformPlan(path=f"桐庐县/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
