"""余杭区·眼科医疗器械（违规）：开篇是封面表单（联合体名称/牵头单位/申报类型/所属领域/推荐单位）；成员带简称，
理事长由“眼视光医院院长”担任——简称指向医院而非牵头单位，org.council_chair=fail；经费表含“市/区级配套”一行；
一级标题写作“（一）背景与意义”（Word 标题样式），二级“1.”。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省眼科高端医疗器械创新联合体"
LEAD = "杭州明眸医疗科技股份有限公司"
HOSP = "温州医科大学附属眼视光医院"
UNIV = "浙江大学"
INST = "浙江省医疗器械检验研究院"
LENS = "杭州晶视光学材料有限公司"
LASER = "杭州光谷激光技术有限公司"

BLOCKS = (
    Title("浙江省创新联合体实施方案", 22),
    Table((
        ("联合体名称", NAME),
        ("牵头单位", LEAD),
        ("申报类型", "类型二"),
        ("所属领域", "新药创制与高端医疗器械"),
        ("推荐单位", "余杭区科学技术局"),
        ("联系人", "钱晓东  0571-8888××××"),
    ), header=False),
    PageBreak(),
    Head("（一）背景与意义", look="word"),
    Para(f"{LEAD}（以下简称“明眸医疗”）是省科技领军企业，总部位于余杭区未来科技城，主营人工晶状体和眼科激光设备，"
         "在研省“尖兵”研发攻关计划项目1项。高端人工晶状体、飞秒激光手术设备等长期依赖进口。"),
    Head("（二）目标与主要研发任务", look="word"),
    Head("1.建设目标", level=2, look="word"),
    *goals("推出多焦点人工晶状体和国产飞秒激光眼科手术系统各1项并取得注册证，产品价格较进口降低40%，"
           "申请发明专利28项",
           "人工晶状体光学设计与材料、飞秒激光手术系统、临床评价、注册检验"),
    Head("（三）组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "简称", "单位性质"),
        ("1", LEAD, "明眸医疗", "企业（牵头单位）"),
        ("2", HOSP, "眼视光医院", "医疗机构"),
        ("3", UNIV, "浙大", "高校"),
        ("4", INST, "器械检验院", "检验检测机构"),
        ("5", LENS, "晶视光学", "企业"),
        ("6", LASER, "光谷激光", "企业"),
    )),
    Para("联合体设理事会，理事会由各成员单位负责人组成。理事长由眼视光医院院长担任，副理事长由明眸医疗董事长担任。"
         "理事会下设专家咨询委员会，首席科学家由眼视光医院首席专家担任。"),
    mechanism(2),
    Head("（四）经费投入与保障措施", look="word"),
    Table((
        ("经费来源", "2023年", "2024年", "2025年", "合计（万元）"),
        ("企业自筹", "1500", "1800", "1700", "5000"),
        ("省级财政", "300", "300", "200", "800"),
        ("市/区级配套", "400", "400", "400", "1200"),
        ("合计", "2200", "2500", "2300", "7000"),
    )),
    Head("（五）进度安排", look="word"),
    *yearly("完成人工晶状体光学设计和激光系统样机", "完成型式检验和临床试验入组", "取得注册证并上市"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "service", "is_lead": False},
        {"name": LENS, "kind": "enterprise", "is_lead": False},
        {"name": LASER, "kind": "enterprise", "is_lead": False},
    ],
    "strategic_field": "新药创制与高端医疗器械",
    "district": "余杭区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 7000.0, "enterprise_wan": 5000.0, "government_wan": 2000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"org.council_chair": "fail"}),
}

PLAN = FreeformPlan(path=f"余杭区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
