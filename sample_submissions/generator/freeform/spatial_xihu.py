"""西湖区·时空智能（违规）：封面“申报类型：类型一（拟揭榜2023年度……创新联合体攻关任务榜单）”——“拟揭榜”只是
打算揭榜，不是已成功揭榜，type.eligibility=fail；成员表转置（行为序号/单位名称/单位类别，每列一家）；正文写
“总投资1.5亿元”，正文分项与表中合计都是1.45亿元，funding.consistent=warn。Word 另存的 .doc。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省时空智能感知创新联合体"
LEAD = "杭州云栖时空信息技术股份有限公司"
UNIV = "杭州电子科技大学"
INST = "浙江省测绘科学技术研究院"
SAT = "杭州微星卫星科技有限公司"
CHIP = "杭州北斗芯联科技有限公司"
FUND = "杭州西湖科创投资管理有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("申报类型：类型一（拟揭榜2023年度省“尖兵”研发攻关计划创新联合体攻关任务榜单）", indent=False),
    Para("所属领域：智能计算与人工智能", indent=False),
    Para("推荐单位：西湖区科学技术局", indent=False),
    Head("一、背景与意义"),
    Para(f"{LEAD}是省科技领军企业，位于西湖区云栖小镇，主营高精度时空数据服务。北斗高精度定位、低轨卫星遥感和"
         "时空大模型的融合是智能网联汽车、城市治理的基础。联合体计划在攻关任务榜单发布后组织揭榜。"),
    Head("二、目标与主要研发任务"),
    *goals("北斗高精度定位芯片功耗降低50%，时空大模型对城市目标识别准确率达到95%，在轨遥感卫星3颗，申请发明专利40项",
           "北斗高精度定位芯片、低轨遥感小卫星、时空大模型、时空数据服务平台"),
    Head("三、组织架构与运行机制"),
    Table((
        ("序号", "1", "2", "3", "4", "5", "6"),
        ("单位名称", LEAD, UNIV, INST, SAT, CHIP, FUND),
        ("单位类别", "企业（牵头）", "高校", "科研院所", "企业", "企业", "科技金融服务机构"),
    ), header=False),
    Para("联合体设理事会，由各成员单位负责人组成，理事长由牵头单位董事长担任；设专家咨询委员会，首席科学家由"
         "杭州电子科技大学教授担任。牵头单位在研省“尖兵”项目2项。"),
    mechanism(0),
    Head("四、经费投入与保障措施"),
    Para("联合体三年总投资1.5亿元，其中企业自筹9000万元，省级财政1500万元，市、区两级财政2000万元，"
         "社会资本2000万元。"),
    Table((
        ("来源（万元）", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "3000", "3000", "3000", "9000"),
        ("省级财政", "500", "500", "500", "1500"),
        ("市、区财政", "700", "700", "600", "2000"),
        ("社会资本", "600", "700", "700", "2000"),
        ("合计", "4800", "4900", "4800", "14500"),
    )),
    Head("五、进度安排"),
    *yearly("完成定位芯片设计，发射首颗遥感卫星", "时空大模型上线，在轨卫星达到2颗", "完成全部考核指标"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": SAT, "kind": "enterprise", "is_lead": False},
        {"name": CHIP, "kind": "enterprise", "is_lead": False},
        {"name": FUND, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "智能计算与人工智能",
    "district": "西湖区",
    "district_source": "text",
    "application_type": "类型一",
    "budget": {"total_wan": 15000.0, "enterprise_wan": 9000.0, "government_wan": 3500.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"type.eligibility": "fail", "funding.consistent": "warn"}),
}

PLAN = FreeformPlan(path=f"西湖区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
