"""钱塘区·生物可吸收植入材料：没有“申报类型”一栏，类型只能由措辞确定（“省科技小巨人企业牵头组建的杭州市企业
创新联合体”→ 类型二）；正文另有与类型无关的“揭榜挂帅方式向成员发布子课题”；“科技小巨人”只在第三节出现；
成员名单在五、之后的“附件：成员单位名单（共6家）”，逐行“1.单位名称——类别”；经费只有表格，正文没有总额。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省生物可吸收植入材料创新联合体"
LEAD = "杭州新元医疗材料有限公司"
UNIV = "浙江大学"
INST = "中国科学院宁波材料技术与工程研究所"
HOSP = "浙江大学医学院附属第二医院"
PROC = "杭州精微医疗器械制造有限公司"
TEST = "浙江省医疗器械审评检验服务中心有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案", 20),
    Para("牵头单位：杭州新元医疗材料有限公司", indent=False),
    Para("所属领域：新药创制与高端医疗器械", indent=False),
    Para("推荐单位：钱塘区科技局", indent=False),
    Head("一、背景与意义", look="bold"),
    Para("可吸收血管支架、骨钉和缝合锚钉在体内完成功能后逐步降解，避免二次手术。镁合金、聚乳酸等可吸收材料的降解"
         "速率控制和力学性能保持是国际难题。"),
    Head("二、目标与主要研发任务", look="bold"),
    *goals("可吸收镁合金支架径向支撑力保持6个月以上，聚乳酸骨钉降解周期可控在12至24个月，取得三类医疗器械注册证"
           "2项，申请发明专利26项",
           "可吸收镁合金设计、可控降解高分子材料、精密加工、动物实验与临床评价"),
    Para("联合体内部采用揭榜挂帅方式向成员发布子课题。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para(f"{LEAD}是省科技小巨人企业，位于钱塘区下沙街道，本联合体是由其牵头组建的杭州市企业创新联合体。"
         "成员单位名单见附件。联合体设理事会，理事会由各成员单位负责人组成，理事长由牵头单位董事长担任；"
         "设专家咨询委员会，首席科学家由浙江大学教授担任。"),
    mechanism(2),
    Head("四、经费投入与保障措施", look="bold"),
    Table((
        ("经费来源", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹（万元）", "1200", "1400", "1400", "4000"),
        ("省级财政（万元）", "200", "200", "200", "600"),
        ("市级财政（万元）", "200", "200", "200", "600"),
        ("区级财政（万元）", "100", "100", "100", "300"),
        ("合计（万元）", "1700", "1900", "1900", "5500"),
    )),
    Head("五、进度安排", look="bold"),
    *yearly("完成材料设计和加工工艺", "完成动物实验和型式检验", "进入临床试验并取得注册证"),
    Para("附件：成员单位名单（共6家）", indent=False, bold=True),
    Para(f"1.{LEAD}——企业（牵头单位）", indent=False),
    Para(f"2.{UNIV}——高校", indent=False),
    Para(f"3.{INST}——科研院所", indent=False),
    Para(f"4.{HOSP}——医疗机构", indent=False),
    Para(f"5.{PROC}——企业", indent=False),
    Para(f"6.{TEST}——检验检测机构", indent=False),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": PROC, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新药创制与高端医疗器械",
    "district": "钱塘区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 5500.0, "enterprise_wan": 4000.0, "government_wan": 1500.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"lead.active_projects": "manual"}),
}

PLAN = FreeformPlan(path=f"钱塘区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
