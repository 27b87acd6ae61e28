"""淳安县·湖泊碳汇与水生态：类型一，依据是“成功揭榜2023年度省‘领雁’研发攻关计划创新联合体攻关任务榜单”；
所属领域只在正文；成员名单放在“五、进度安排”之后另设的“六、成员单位及分工”一节；经费表年度为列、
“合计”行在最前，金额带一位小数的万元。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省湖泊碳汇与水生态修复创新联合体"
LEAD = "杭州千岛湖生态科技股份有限公司"
UNIV = "浙江大学"
INST = "中国科学院南京地理与湖泊研究所"
EQUIP = "杭州清源水处理设备有限公司"
DATA = "杭州碳准数据科技有限公司"
TEST = "浙江省环境科技检测有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案", 20),
    Para("牵头单位：杭州千岛湖生态科技股份有限公司", indent=False),
    Para("推荐单位：淳安县科学技术局", indent=False),
    Head("一、背景与意义", look="word"),
    Para("湖泊是重要的碳汇，也是饮用水源地。千岛湖水质保护和碳汇计量需要原位监测、生态修复和碳汇核算技术的协同突破。"
         "本联合体聚焦双碳与环保技术领域。"),
    Para(f"{LEAD}是省科技领军企业，位于淳安县千岛湖镇。本联合体已成功揭榜2023年度省“领雁”研发攻关计划创新联合体"
         "攻关任务榜单（榜单编号2023C03-LY12），按类型一申报。牵头单位在研省“领雁”项目1项。"),
    Head("二、目标与主要研发任务", look="word"),
    *goals("建成湖泊碳汇原位监测网络50个站点，碳汇核算不确定度小于10%，示范区水质稳定保持Ⅰ类，申请发明专利20项，"
           "形成碳汇核算地方标准1项",
           "湖泊碳通量原位监测、沉水植被生态修复、碳汇核算模型、监测数据质量控制"),
    Head("三、组织架构与运行机制", look="word"),
    Para("联合体由6家单位组成（名单见第六部分），设理事会，理事会由各成员单位负责人组成，理事长由牵头单位董事长"
         "叶青松担任；设专家咨询委员会，首席科学家由中国科学院南京地理与湖泊研究所研究员担任。"),
    mechanism(2),
    Head("四、经费投入与保障措施", look="word"),
    Table((
        ("项目（万元）", "2023年", "2024年", "2025年", "三年合计"),
        ("合计", "2400.0", "2600.0", "2500.0", "7500.0"),
        ("企业自筹", "1500.0", "1700.0", "1600.0", "4800.0"),
        ("省级财政", "400.0", "400.0", "400.0", "1200.0"),
        ("市、县财政", "500.0", "500.0", "500.0", "1500.0"),
    )),
    Head("五、进度安排", look="word"),
    *yearly("建成20个监测站点，完成修复技术小试", "监测站点达到50个，建成修复示范区", "发布碳汇核算标准，完成全部考核指标"),
    Head("六、成员单位及分工", look="word"),
    Table((
        ("序号", "单位名称", "类别", "分工"),
        ("1", LEAD, "企业（牵头）", "总体实施与示范"),
        ("2", UNIV, "高校", "碳汇核算模型"),
        ("3", INST, "科研院所", "湖泊碳循环机理"),
        ("4", EQUIP, "企业", "修复装备"),
        ("5", DATA, "企业", "监测数据平台"),
        ("6", TEST, "检验检测机构", "数据质量控制"),
    )),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": EQUIP, "kind": "enterprise", "is_lead": False},
        {"name": DATA, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "双碳与环保技术",
    "district": "淳安县",
    "district_source": "text",
    "application_type": "类型一",
    "budget": {"total_wan": 7500.0, "enterprise_wan": 4800.0, "government_wan": 2700.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"淳安县/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
