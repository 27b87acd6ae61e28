"""余杭区·mRNA疫苗递送（第八组，违规）：知识产权写作“各方在联合体任务中形成的知识产权归各自所有，他方使用须另行
协商并支付许可费”，没有共建共享——mechanism.ip_sharing=fail；成员表“类别”写作“高等学校/科研机构/生产企业/
第三方检测机构/三甲医院”；经费来源表含“风险投资”。"""

from __future__ import annotations

from .blind_parts import goals, yearly
from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省mRNA疫苗递送系统创新联合体"
LEAD = "杭州纳递生物医药有限公司"
UNIV = "浙江大学"
INST = "中国科学院杭州医学研究所"
LIPID = "杭州脂源材料科技有限公司"
HOSP = "浙江省疾病预防控制中心"
TEST = "杭州百检生物技术服务有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("牵头单位：杭州纳递生物医药有限公司", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("推荐单位：余杭区科学技术局", indent=False),
    Head("一、背景与意义", look="word"),
    Para(f"{LEAD}是省科技小巨人企业，位于余杭区未来科技城，专注脂质纳米颗粒递送技术。mRNA疫苗的递送系统是核心技术，"
         "可电离脂质、微流控制剂设备和冻干工艺长期受制于人。本联合体所属领域为新药创制与高端医疗器械。"),
    Head("二、目标与主要研发任务", look="word"),
    *goals("自主可电离脂质递送效率达到国际同类产品水平，制剂室温稳定期达到6个月，完成2个候选疫苗的临床前研究，"
           "申请发明专利35项",
           "可电离脂质设计合成、微流控制剂装备、冻干工艺、免疫原性评价"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "类别", "分工"),
        ("1", LEAD, "生产企业（牵头）", "递送系统与制剂"),
        ("2", UNIV, "高等学校", "脂质设计"),
        ("3", INST, "科研机构", "免疫评价"),
        ("4", LIPID, "生产企业", "脂质原料"),
        ("5", HOSP, "疾病预防控制机构", "流行病学评价"),
        ("6", TEST, "第三方检测机构", "质量检测"),
    )),
    Para("联合体设理事会，由各成员单位负责人组成，理事长由纳递生物董事长担任；设专家咨询委员会，首席科学家由浙江大学"
         "教授担任。在研省“尖兵”项目1项。"),
    Para("各成员单位已签订组建意向书，明确任务分工、权利和义务。各方在联合体任务中形成的知识产权归各自所有，"
         "他方使用须另行协商并支付许可费。"),
    Head("四、经费投入与保障措施", look="word"),
    Table((
        ("资金来源", "金额（万元）", "占比"),
        ("企业自筹", "7200", "60%"),
        ("省级财政", "1200", "10%"),
        ("市级财政", "900", "7.5%"),
        ("区级财政", "900", "7.5%"),
        ("风险投资", "1800", "15%"),
        ("合计", "12000", "100%"),
    )),
    Head("五、进度安排", look="word"),
    *yearly("完成可电离脂质筛选", "建成微流控制剂中试线", "完成临床前研究"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": LIPID, "kind": "enterprise", "is_lead": False},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新药创制与高端医疗器械",
    "district": "余杭区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 12000.0, "enterprise_wan": 7200.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"mechanism.ip_sharing": "fail"}),
}

PLAN = FreeformPlan(path=f"余杭区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
