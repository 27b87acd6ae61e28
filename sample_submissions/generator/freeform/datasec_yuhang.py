"""余杭区·工业数据安全（第十一组F）：黑白（1位）扫描件，公章压在封面表单上；封面是一张两列表单，申报类型为勾选框“☑类型二 □类型一 □类型三”、
牵头单位资质为“☑省科技领军企业 □科技小巨人企业”；成员7家含之江实验室、信息安全测评机构与科技金融服务机构。
无违规（在研“尖兵”2项、“领雁”1项，共3项，不超过3项）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Scan, Table, Title, expected_checks

NAME = "浙江省工业数据安全创新联合体"
LEAD = "杭州安衡数据科技股份有限公司"
UNIV = "杭州师范大学"
LAB = "之江实验室"
CLOUD = "杭州仓前云数据科技有限公司"
PLC = "浙江禾控工业控制系统有限公司"
EVAL = "浙江数安信息安全测评有限公司"
FIN = "杭州融安科技金融服务有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": LAB, "kind": "institute", "is_lead": False},
        {"name": CLOUD, "kind": "enterprise", "is_lead": False},
        {"name": PLC, "kind": "enterprise", "is_lead": False},
        {"name": EVAL, "kind": "service", "is_lead": False},
        {"name": FIN, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "大数据与信息安全",
    "district": "余杭区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 11000.0, "enterprise_wan": 7000.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

BLOCKS = (
    Title(f"{NAME}实施方案", 16),
    Table((
        ("联合体名称", NAME),
        ("牵头单位", LEAD),
        ("申报类型", "☑类型二  □类型一  □类型三"),
        ("牵头单位资质", "☑省科技领军企业  □科技小巨人企业"),
        ("所属领域", "大数据与信息安全"),
        ("推荐单位", "余杭区科学技术局"),
        ("填报日期", "2022年11月11日"),
    ), header=False),
    Head("一、背景与意义", look="bold"),
    Para("工业控制系统和工业互联网平台接入数量快速增长，勒索攻击、数据窃取事件频发，工业协议深度解析、数据分类分级"
         f"和安全态势感知等核心技术亟待突破。{LEAD}总部位于杭州市余杭区文一西路，是国内工业安全产品的主要供应商之一。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，研制工业数据安全网关、数据分类分级平台和安全态势感知平台3类产品，在200家规上企业应用，"
         "国产密码应用覆盖率达到90%，申请发明专利35项。任务组成项目群：工业协议解析与防护、数据分类分级与"
         "流转审计、密码应用与可信计算、攻防验证与测评。"),
    Head("三、组织架构与运行机制", look="bold"),
    Table((
        ("序号", "成员单位", "单位类别", "主要分工"),
        ("1", LEAD, "企业（牵头）", "总体集成与产业化"),
        ("2", UNIV, "高校", "数据分类分级算法"),
        ("3", LAB, "科研院所（省实验室）", "可信计算与攻防验证"),
        ("4", CLOUD, "企业", "云平台数据安全"),
        ("5", PLC, "企业", "工控系统内生安全"),
        ("6", EVAL, "信息安全测评机构（检验检测）", "安全测评与认证"),
        ("7", FIN, "科技金融服务机构", "科技信贷与投融资服务"),
    )),
    Para("各成员单位已签订组建意向书。联合体设理事会，理事会由7家成员单位负责人组成，理事长由牵头单位董事长"
         "邵明哲担任；设专家咨询委员会；首席科学家由之江实验室研究员担任。牵头单位在研省“尖兵”项目2项、"
         "“领雁”项目1项。知识产权“共建共享”，联合研发成果由参与单位共有、成员间免费使用。"),
    Head("四、经费投入与保障措施", look="bold"),
    Table((
        ("资金来源（万元）", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "2200", "2500", "2300", "7000"),
        ("省级财政", "500", "500", "500", "1500"),
        ("市级财政", "300", "300", "200", "800"),
        ("区级财政", "200", "300", "200", "700"),
        ("高校院所自筹", "300", "400", "300", "1000"),
        ("合计", "3500", "4000", "3500", "11000"),
    )),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成协议解析引擎和分类分级平台原型；2024年：产品在50家企业试点；2025年：推广至200家企业，"
         "完成全部指标。"),
)

PLAN = FreeformPlan(
    path=f"余杭区/{NAME}实施方案（扫描件）.pdf", format="pdf-ocr", blocks=BLOCKS, truth=TRUTH,
    scan=Scan(stamp_text=LEAD, seed=2303, stamp_page=0, stamp_at=(0.55, 0.2), colour="bw"),
)
