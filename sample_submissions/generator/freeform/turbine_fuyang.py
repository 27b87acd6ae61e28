"""富阳区·氢混燃气轮机：市属国有集团（集团有限公司）牵头，其全资子公司也是成员；标题只用阿拉伯数字
“1. 背景与意义”，二级“1.1”；全部金额只用大写汉字（壹亿贰仟万元整）；全部条件满足。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

LEAD = "杭州富春动力集团有限公司"
SUBSIDIARY = "杭州富春动力燃气轮机有限公司"
NAME = "浙江省氢混燃气轮机创新联合体"
ZJU = "浙江大学"
IET = "中国科学院工程热物理研究所"
BLADE = "浙江精铸叶片科技有限公司"
INSPECTOR = "浙江省特种设备科学研究院"

BLOCKS = (
    Title(NAME, 22),
    Title("实 施 方 案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：富阳区科学技术局", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：新能源开发与利用", indent=False),
    Para("二〇二二年十一月", indent=False),
    PageBreak(),
    Head("1. 背景与意义"),
    Head("1.1 产业现状", level=2),
    Para("燃气轮机被誉为装备制造业“皇冠上的明珠”。在“双碳”目标下，掺氢燃烧燃气轮机是调峰电站和工业园区综合能源"
         "系统实现低碳运行的关键装备。目前30MW级以上重型燃气轮机的热端部件、燃烧室和控制系统仍依赖国外企业，"
         "掺氢比例超过30%的低排放燃烧技术国内尚无工程应用。"),
    Head("1.2 牵头单位基础", level=2),
    Para(f"{LEAD}是杭州市属国有独资企业集团，省科技领军企业，注册地位于杭州市富阳区银湖街道，下属{SUBSIDIARY}"
         "为集团全资子公司，专业从事工业燃气轮机研发制造。集团拥有国家认定企业技术中心，近三年研发投入年均超过"
         "伍亿元。集团目前在研省“尖兵”“领雁”研发攻关计划项目2项。"),
    Head("1.3 组建意义", level=2),
    Para("组建创新联合体，集聚整机、热端部件、高校院所和检验检测机构力量，突破掺氢燃烧、高温叶片和智能控制等"
         "关键技术，对保障我省能源装备产业链安全、推动富阳区打造高端装备制造基地具有重要意义。"),
    Head("2. 目标与主要研发任务"),
    Head("2.1 总体目标", level=2),
    Para("到2025年，研制出掺氢比例不低于50%的30MW级燃气轮机样机，氮氧化物排放不高于25mg/m³，整机热效率"
         "达到40%以上；高温涡轮叶片实现国产化，叶片寿命不低于24000小时；申请发明专利40项，制定行业标准2项。"),
    Head("2.2 主要研发任务", level=2),
    Para(f"围绕整机研制凝练四项攻关任务，形成项目群：（1）掺氢低排放燃烧室设计，由{SUBSIDIARY}和{IET}承担；"
         f"（2）单晶高温涡轮叶片精密铸造，由{BLADE}承担；（3）燃气轮机数字孪生与智能控制，由{ZJU}承担；"
         f"（4）整机试验与特种设备安全评价，由{LEAD}和{INSPECTOR}承担。"),
    Head("3. 组织架构与运行机制"),
    Head("3.1 成员单位", level=2),
    Table((
        ("序号", "单位名称", "单位性质", "联合体中的角色"),
        ("1", LEAD, "国有企业", "牵头单位"),
        ("2", SUBSIDIARY, "国有企业（牵头单位全资子公司）", "成员单位"),
        ("3", ZJU, "高等学校", "成员单位"),
        ("4", IET, "科研院所", "成员单位"),
        ("5", BLADE, "民营企业", "成员单位"),
        ("6", INSPECTOR, "检验检测机构", "成员单位"),
    )),
    Para("以上6家单位已共同签订组建意向书，明确各方任务分工、权利和义务。"),
    Head("3.2 组织架构", level=2),
    Para("联合体设立理事会，理事会由全部成员单位负责人组成，理事长由牵头单位董事长何建华担任。理事会下设专家咨询"
         f"委员会，聘请{ZJU}能源工程学院院长林志远教授为首席科学家。日常工作由设在集团科技部的联合体办公室负责。"),
    Head("3.3 运行机制", level=2),
    Para("通过签订知识产权管理协议，建立“共建共享”的知识产权管理制度：联合攻关形成的知识产权由参与单位共有，"
         "成员单位在联合体内可无偿使用；实行项目经理负责制和年度考核制。"),
    Head("4. 经费投入与保障措施"),
    Head("4.1 经费预算", level=2),
    Para("联合体三年总投入人民币壹亿贰仟万元整。其中：企业自筹玖仟万元（集团本部陆仟万元，其余成员企业叁仟万元），"
         "高校院所自筹贰佰万元，省级财政资金壹仟万元，市级财政资金壹仟贰佰万元，富阳区财政资金陆佰万元。"),
    Para("分年度投入：2023年肆仟万元，2024年肆仟伍佰万元，2025年叁仟伍佰万元。"),
    Head("4.2 保障措施", level=2),
    Para("集团将联合体建设列入年度重点工作，设立经费专账，自筹资金按年度足额到位；富阳区在用地、人才公寓等方面"
         "给予支持。"),
    Head("5. 进度安排"),
    Para("2023年：完成联合体组建，召开首次理事会，完成掺氢燃烧室方案设计和叶片铸造工艺验证。"),
    Para("2024年：完成燃烧室全尺寸试验和单晶叶片小批量试制，数字孪生平台上线。"),
    Para("2025年：完成30MW级整机样机总装和掺氢运行试验，通过特种设备安全评价，完成全部考核指标。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": SUBSIDIARY, "kind": "enterprise", "is_lead": False},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": IET, "kind": "institute", "is_lead": False},
        {"name": BLADE, "kind": "enterprise", "is_lead": False},
        {"name": INSPECTOR, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新能源开发与利用",
    "district": "富阳区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 12000.0, "enterprise_wan": 9000.0, "government_wan": 2800.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"富阳区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
