"""临平区·钠离子电池关键材料（第九组C，违规）：按类型三申报，但牵头单位“浙江杭化新能源科技有限公司”不在附件3名单中
（名单中只有名称相近的浙江杭化新材料科技有限公司）——type.eligibility=fail；在研省“尖兵”2项、“领雁”2项，共4项——
lead.active_projects=warn；企业自筹只写作“占总投入的48%”——funding.enterprise_main=fail。LibreOffice PDF。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省钠离子电池关键材料创新联合体"
LEAD = "浙江杭化新能源科技有限公司"
UNIV = "浙江大学"
INST = "浙江省化工研究院有限公司"
CARBON = "杭州临平硬碳材料有限公司"
CELL = "杭州钠储能源科技有限公司"
TEST = "杭州电池检测技术服务有限公司"

BLOCKS: tuple = ()

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": CARBON, "kind": "enterprise", "is_lead": False},
        {"name": CELL, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新能源开发与利用",
    "district": "临平区",
    "district_source": "text",
    "application_type": "类型三",
    # total 15000; enterprise 48% = 7200; 省2000 + 市1500 + 区1500 = 5000; 产业基金2800; 7200+5000+2800 = 15000
    "budget": {"total_wan": 15000.0, "enterprise_wan": 7200.0, "government_wan": 5000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "type.eligibility": "fail", "lead.active_projects": "warn", "funding.enterprise_main": "fail",
    }),
}

PLAN = FreeformPlan(path=f"临平区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
