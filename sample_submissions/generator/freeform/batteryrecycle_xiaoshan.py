"""萧山区·退役动力电池循环利用（第九组C，违规）：所属领域写作“绿色低碳”，不是15个领域之一——field.strategic=fail、
summary.complete=warn；理事会组成表中理事长是浙江工业大学教授，牵头单位董事长只任常务副理事长——org.council_chair=fail；
分年度投入3800+4500+3200=11500万元，与所写总额及表中“合计12000”不符——funding.consistent=warn。Word 另存的 .doc。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省退役动力电池循环利用创新联合体"
LEAD = "浙江循源再生科技股份有限公司"
UNIV = "浙江工业大学"
INST = "浙江省生态环境科学设计研究院"
DISM = "杭州萧山锂电拆解装备有限公司"
STORE = "浙江梯储能源科技有限公司"
TEST = "杭州绿检环境检测技术有限公司"

BLOCKS: tuple = ()

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": DISM, "kind": "enterprise", "is_lead": False},
        {"name": STORE, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": None,
    "district": "萧山区",
    "district_source": "text",
    "application_type": "类型二",
    # by source 8000+1200+1400+1400 = 12000 (stated total); by year 3800+4500+3200 = 11500
    "budget": {"total_wan": 12000.0, "enterprise_wan": 8000.0, "government_wan": 4000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "field.strategic": "fail", "summary.complete": "warn", "org.council_chair": "fail",
        "funding.consistent": "warn",
    }),
}

PLAN = FreeformPlan(path=f"萧山区/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
