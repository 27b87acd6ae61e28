"""富阳区·废旧纺织品高值化再生（第十二组H）：复印机黑白模式扫描件（3页），区县只写作撤市设区前的旧称“富阳市”（封面
“推荐单位：富阳市科学技术局”、地址“富阳市东洲街道”），即今富阳区；成员以编号文字列举；经费只在正文，万元；理事会
“理事长由浙江新桐纺织股份有限公司董事长担任”，牵头单位总经理只任副理事长——org.council_chair=fail。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Scan, Title, expected_checks

NAME = "浙江省废旧纺织品高值化再生创新联合体"
LEAD = "杭州富春再生纤维科技有限公司"
UNIV = "浙江理工大学"
INST = "浙江省纺织工业研究院"
EQUIP = "杭州东洲环保装备有限公司"
MILL = "浙江新桐纺织股份有限公司"
TEST = "杭州富阳纤检技术服务有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": EQUIP, "kind": "enterprise", "is_lead": False},
        {"name": MILL, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "双碳与环保技术",
    "district": "富阳区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 8000.0, "enterprise_wan": 5200.0, "government_wan": 2000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "org.council_chair": "fail",  # 理事长为成员企业浙江新桐纺织股份有限公司董事长，不是牵头单位负责人
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("", indent=False),
    Para(f"牵头单位（盖章）：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：双碳与环保技术", indent=False),
    Para("推荐单位：富阳市科学技术局", indent=False),
    Para("编制日期：2022年11月14日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="bold"),
    Para("我国每年产生废旧纺织品约2200万吨，综合利用率不足20%，涤棉混纺织物难以分离、再生纤维品质不稳定是制约"
         "行业发展的瓶颈。牵头单位是浙江省科技小巨人企业，注册地址为富阳市东洲街道，建有年处理3万吨废旧纺织品的"
         "示范线。组建创新联合体，打通“回收分拣—分离再生—纺丝织造—检测认证”全链条，对实现纺织行业碳达峰意义重大。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，涤棉分离回收率达到95%以上，化学法再生涤纶品质达到原生纤维水平，吨产品碳排放比原生涤纶下降"
         "50%；建成5万吨级示范线1条；申请发明专利30项，制定行业标准2项。"),
    Para("凝练三项重大攻关任务，形成项目群：任务一，废旧纺织品智能识别与自动分拣装备；任务二，涤棉混纺织物醇解"
         "分离与再生聚酯制备；任务三，再生纤维高品质纺丝与终端应用。任务二拟申报省“尖兵”研发攻关计划项目。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para("联合体由以下6家单位组成：1.杭州富春再生纤维科技有限公司（牵头单位，企业）；2.浙江理工大学（高校）；"
         "3.浙江省纺织工业研究院（省属科研院所）；4.杭州东洲环保装备有限公司（企业）；5.浙江新桐纺织股份有限公司"
         "（企业）；6.杭州富阳纤检技术服务有限公司（第三方检验检测机构）。各方已签订组建意向书，明确任务分工、"
         "权利和义务。"),
    Para("联合体设理事会，由6家成员单位负责人组成。理事长由浙江新桐纺织股份有限公司董事长何建平担任，牵头单位"
         "总经理任副理事长。设专家咨询委员会，聘请专家7名；设首席科学家岗，由浙江理工大学教授担任。牵头单位目前"
         "在研省“领雁”研发攻关计划项目1项。"),
    Para("建立“共建共享”的知识产权管理制度，各方签订知识产权管理协议，联合研发成果由参与单位共有，成员单位在"
         "联合体内优先使用。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("三年总投入8000万元。其中企业自筹5200万元；申请省级财政资金1000万元，市级财政600万元，区级财政400万元；"
         "高校院所自筹800万元。分年度投入：2023年2500万元，2024年2800万元，2025年2700万元。经费专账管理，"
         "专款专用。"),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成智能分拣装备样机和醇解分离中试。"),
    Para("2024年：建成5万吨级示范线，再生纤维通过第三方检测。"),
    Para("2025年：实现规模化应用，完成全部考核指标。"),
    Para(f"{LEAD}（盖章）", indent=False),
    Para("2022年11月14日", indent=False),
)

PLAN = FreeformPlan(
    path=f"富阳区/{NAME}实施方案（扫描件）.pdf", format="pdf-ocr", blocks=BLOCKS, truth=TRUTH,
    scan=Scan(stamp_text=LEAD, seed=2411, stamp_at=(0.62, 0.22), skew=(0.5, 1.5), colour="bw"),
)
