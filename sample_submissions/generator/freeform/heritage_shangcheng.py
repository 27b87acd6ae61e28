"""上城区·文物数字化保护（违规）：成员只有4家（含牵头单位），但每家都有简称，简称在任务、理事会、经费段落中反复出现
（“理事长由数博科技董事长担任”“浙大负责……”），把简称当作另一家单位就会误数成5家以上；申报类型写作“申报类别：
二类”。members.min_count=fail。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Title, expected_checks

NAME = "浙江省文物数字化保护创新联合体"
LEAD = "杭州数博文化科技有限公司"
UNIV = "浙江大学"
INST = "浙江省文物保护科技研究院"
TEST = "杭州云栖检测技术有限公司"

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("申报类别：二类", indent=False),
    Para("所属领域：大数据与信息安全", indent=False),
    Para("推荐单位：杭州市上城区科学技术局", indent=False),
    Head("一、背景与意义", look="word"),
    Para(f"{LEAD}（以下简称“数博科技”）是省科技小巨人企业，地址为杭州市上城区望江街道，主营文物三维数字化采集与数据"
         "管理。文物数字化存在采集精度不足、数据安全风险高、长期保存格式不统一等问题。"),
    Head("二、目标与主要研发任务", look="word"),
    *goals("文物三维采集精度达到0.05毫米，建成10万件文物的安全数据库，数据泄露事件为零，申请发明专利20项",
           "高精度三维采集装备、文物数据安全存储、数字孪生展示、采集质量检测评价"),
    Head("三、组织架构与运行机制", look="word"),
    Para(f"联合体由数博科技牵头，联合{UNIV}（以下简称“浙大”）、{INST}（以下简称“文保院”）和{TEST}"
         "（以下简称“云栖检测”，第三方检验检测机构）共同组建，共4家单位。"),
    Para("数博科技负责采集装备和数据平台；浙大负责三维重建算法；文保院负责文物保护工艺和数据标准；"
         "云栖检测负责采集质量检测。"),
    Para("联合体设理事会，理事由数博科技、浙大、文保院、云栖检测的负责人担任，理事长由数博科技董事长担任。"
         "设专家咨询委员会，首席科学家由浙大教授担任。"),
    mechanism(0),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入5000万元，其中企业自筹3500万元（数博科技3200万元、云栖检测300万元），"
         "浙大、文保院自筹500万元，省、市、区财政资金共1000万元。"),
    Head("五、进度安排", look="word"),
    *yearly("完成采集装备样机", "建成文物安全数据库", "完成10万件文物数字化和全部考核指标"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "大数据与信息安全",
    "district": "上城区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 5000.0, "enterprise_wan": 3500.0, "government_wan": 1000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"members.min_count": "fail", "lead.active_projects": "manual"}),
}

PLAN = FreeformPlan(path=f"上城区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
