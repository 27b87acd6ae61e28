"""富阳区·铜基新材料（第八组，违规）：所属领域写作“新材料”，不是15个领域之一（功能材料、精细化工与复合材料等都只是
相近）——field.strategic=fail、summary.complete=warn；申报类型写作“类型 二”（中间有空格）；成员在正文一段里以“、”列出，
类别在后文另一段逐一说明。Word 另存的 .doc。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Title, expected_checks

NAME = "浙江省高性能铜基新材料创新联合体"
LEAD = "杭州富春铜业科技股份有限公司"
UNIV = "浙江大学"
INST = "浙江省冶金研究院有限公司"
WIRE = "杭州精拉线缆有限公司"
CONN = "杭州连接器科技有限公司"
TEST = "浙江省有色金属产品质量检验站"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("牵头单位：杭州富春铜业科技股份有限公司", indent=False),
    Para("申报类型：类型 二", indent=False),
    Para("所属领域：新材料", indent=False),
    Para("推荐单位：富阳区科学技术局", indent=False),
    Head("一、背景与意义"),
    Para(f"{LEAD}是省科技领军企业，位于富阳区东洲街道。高强高导铜合金是新能源汽车连接器、5G基站和集成电路引线框架的"
         "关键材料，高端产品依赖进口。牵头单位在研省“领雁”项目1项。"),
    Head("二、目标与主要研发任务"),
    *goals("铜合金抗拉强度达到800MPa且导电率不低于80%IACS，引线框架材料国产化率达到50%，申请发明专利25项",
           "高强高导合金成分设计、短流程熔铸、精密带材轧制、连接器应用验证"),
    Head("三、组织架构与运行机制"),
    Para(f"联合体由{LEAD}牵头，{UNIV}、{INST}、{WIRE}、{CONN}、{TEST}共同组建，共6家单位。"),
    Para(f"其中，{UNIV}为高校，{INST}为转制科研院所，{TEST}为检验检测机构，其余为企业。"),
    Para("联合体设理事会，理事会由各成员单位负责人组成，理事长由牵头单位董事长担任；设专家咨询委员会，首席科学家由"
         "浙江大学教授担任。"),
    mechanism(0),
    Head("四、经费投入与保障措施"),
    Para("联合体三年总投入10000万元，其中企业自筹7000万元，省级财政1000万元，市级财政1000万元，区级财政1000万元。"),
    Head("五、进度安排"),
    *yearly("完成合金成分设计", "建成短流程熔铸示范线", "完成连接器应用验证"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": WIRE, "kind": "enterprise", "is_lead": False},
        {"name": CONN, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": None,
    "district": "富阳区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 10000.0, "enterprise_wan": 7000.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"field.strategic": "fail", "summary.complete": "warn"}),
}

PLAN = FreeformPlan(path=f"富阳区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
