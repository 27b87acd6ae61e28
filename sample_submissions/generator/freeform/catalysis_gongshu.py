"""拱墅区·绿色催化：牵头单位是高校（浙江工业大学），仍申报类型二（牵头资格与类型资格均不符，违规）；
“省科技领军企业”只用来描述一家参与企业；一家辽宁的科研院所成员；经费为来源表（金额/占比）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

LEAD = "浙江工业大学"
NAME = "浙江省绿色催化与精细化学品创新联合体"
HUAYU = "浙江华宇精细化工股份有限公司"
DONGCHEN = "杭州东辰新材料有限公司"
DICP = "中国科学院大连化学物理研究所"
CATALYST = "浙江绿源催化剂有限公司"
INSPECTOR = "浙江省化工产品质量检验站有限公司"

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("推荐单位：拱墅区科学技术局", indent=False),
    Para("二〇二二年十一月十日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("精细化学品是医药、农药、电子化学品和新材料的基础原料，我省精细化工产值居全国前列。但传统精细化工以"
         "间歇釜式工艺为主，贵金属催化剂依赖进口，“三废”排放量大，安全风险高，绿色催化和连续流工艺已成为行业"
         "转型升级的关键。"),
    Para(f"{LEAD}位于杭州市拱墅区朝晖校区，是国家“双一流”建设高校，拥有绿色化学合成技术国家重点实验室培育基地，"
         "在催化加氢、连续流合成方向形成了一批标志性成果，与省内龙头化工企业长期开展产学研合作。本联合体由浙江工业"
         f"大学牵头，联合省科技领军企业{HUAYU}等骨干企业以及国内优势科研院所共同组建，围绕绿色催化剂和连续流工艺"
         "开展协同攻关，推动我省精细化工产业高端化、绿色化发展。"),
    Head("二、目标与主要研发任务", look="word"),
    Head("（一）建设目标", level=2, look="word"),
    Para("到2025年，开发非贵金属加氢催化剂和手性催化剂5种以上，替代进口贵金属催化剂；建成连续流微反应示范生产线"
         "3条，示范产品收率提高10个百分点以上，单位产品“三废”排放降低40%；申请发明专利55项，制定行业标准2项；"
         "成果在联合体成员企业转化，新增产值20亿元。"),
    Head("（二）主要研发任务", level=2, look="word"),
    Para(f"任务1：非贵金属加氢催化剂设计与制备，由{LEAD}和{DICP}承担；任务2：手性催化剂与医药中间体绿色合成，"
         f"由{HUAYU}承担；任务3：连续流微反应工艺与装备，由{DONGCHEN}承担；任务4：催化剂工程化放大与再生，"
         f"由{CATALYST}承担；任务5：绿色工艺产品质量检验与评价方法，由{INSPECTOR}承担。各任务组成项目群，"
         "协同申报省“尖兵”“领雁”研发攻关计划项目。"),
    Head("三、组织架构与运行机制", look="word"),
    Head("（一）成员单位", level=2, look="word"),
    Table((
        ("单位名称", "单位类别", "在联合体中的定位"),
        (LEAD, "高校（牵头单位）", "总体技术设计、催化剂基础研究"),
        (HUAYU, "企业（省科技领军企业）", "手性催化与医药中间体产业化"),
        (DONGCHEN, "企业", "连续流装备与工艺"),
        (CATALYST, "企业", "催化剂放大生产"),
        (DICP, "科研院所（辽宁大连）", "催化机理与新型催化材料"),
        (INSPECTOR, "检验检测机构", "产品检验与评价方法"),
    )),
    Para("以上6家单位已共同签订组建意向书，明确各方任务分工、权利和义务。"),
    Head("（二）组织架构", level=2, look="word"),
    Para("联合体设立理事会，理事会由全体成员单位负责人组成。理事长由浙江工业大学校长高建华担任，副理事长由"
         f"{HUAYU}董事长担任。理事会下设专家咨询委员会，聘请催化、化工安全领域院士专家7人；设首席科学家1名，"
         "由浙江工业大学教授沈立群担任。"),
    Head("（三）运行机制", level=2, look="word"),
    Para("建立“共建共享”的知识产权管理制度：成员单位签订知识产权管理协议，联合研发成果由各方共有，成员企业享有"
         "优先实施权，高校院所的职务科技成果可通过作价入股方式在成员企业转化。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年计划总投入20000万元，资金来源如下："),
    Table((
        ("资金来源", "金额（万元）", "占比"),
        ("成员企业自筹", "11000", "55%"),
        ("省级财政", "2000", "10%"),
        ("市、区财政", "2000", "10%"),
        ("牵头高校及科研院所自筹", "5000", "25%"),
        ("合计", "20000", "100%"),
    )),
    Para("保障措施：拱墅区为联合体中试基地建设提供场地支持；各成员单位设立联合体专项经费账户，专款专用。"),
    Head("五、进度安排", look="word"),
    Para("2023年度：完成联合体组建和理事会组建；完成3种非贵金属加氢催化剂的实验室制备；连续流工艺完成小试。"),
    Para("2024年度：催化剂完成百公斤级放大；建成第1条连续流示范线；检验评价方法形成标准草案。"),
    Para("2025年度：建成3条连续流示范线，催化剂实现进口替代，完成全部考核指标。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "university", "is_lead": True},
        {"name": HUAYU, "kind": "enterprise", "is_lead": False},
        {"name": DONGCHEN, "kind": "enterprise", "is_lead": False},
        {"name": CATALYST, "kind": "enterprise", "is_lead": False},
        {"name": DICP, "kind": "institute", "is_lead": False},
        {"name": INSPECTOR, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "精细化工与复合材料",
    "district": "拱墅区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 20000.0, "enterprise_wan": 11000.0, "government_wan": 4000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "lead.qualification": "fail",
        "type.eligibility": "fail",
        "lead.active_projects": "manual",
    }),
}

PLAN = FreeformPlan(path=f"拱墅区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
