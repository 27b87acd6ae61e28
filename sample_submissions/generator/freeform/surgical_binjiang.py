"""滨江区·骨科手术机器人（第九组C，违规）：5家成员中没有高校和科研院所——名为“研究中心有限公司”的是研发型企业，
名为“检测研究院有限公司”的是第三方检验检测机构，另有一家医院，浙江大学只是非成员合作方——members.academic=fail；
封面“申报类型：类型一”，全文没有揭榜2023年度创新联合体攻关任务榜单的表述（只提到在研省“领雁”项目）——
type.eligibility=fail；进度安排只排了2024年四个季度——schedule.yearly=warn。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省骨科手术机器人创新联合体"
LEAD = "杭州瑞刃医疗机器人股份有限公司"
CENTER = "杭州精微医疗机器人研究中心有限公司"
HOSP = "杭州江南骨科医院"
GEAR = "杭州谐驱传动科技有限公司"
TEST = "浙江华检医疗器械检测研究院有限公司"

BLOCKS: tuple = ()

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": CENTER, "kind": "enterprise", "is_lead": False},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": GEAR, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新药创制与高端医疗器械",
    "district": "滨江区",
    "district_source": "text",
    "application_type": "类型一",
    # 企业自筹6300 + 省900 + 市900 + 区900 = 9000
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6300.0, "government_wan": 2700.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "members.academic": "fail", "type.eligibility": "fail", "schedule.yearly": "warn",
    }),
}

PLAN = FreeformPlan(path=f"滨江区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
