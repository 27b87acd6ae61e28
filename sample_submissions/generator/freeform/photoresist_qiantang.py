"""钱塘区·半导体光刻胶（第九组C，违规）：正文“联合体由5家单位组成”，但第5家是明言“不作为成员单位”的合作银行，
成员只有4家——members.min_count=fail；牵头单位只是“国家高新技术企业”“省专精特新中小企业”——lead.qualification=fail、
type.eligibility=fail；企业自筹只写作总额减去财政和银行信贷后的“其余”，算出来恰为50%——funding.enterprise_main=fail。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省半导体光刻胶创新联合体"
LEAD = "杭州晶刻新材料科技有限公司"
UNIV = "浙江工业大学"
RESIN = "杭州树脂单体化学有限公司"
FAB = "杭州钱塘集成电路制造有限公司"
BANK = "浙江钱塘农村商业银行科创支行"  # named in the text, explicitly not a member

BLOCKS: tuple = ()

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": RESIN, "kind": "enterprise", "is_lead": False},
        {"name": FAB, "kind": "enterprise", "is_lead": False},
    ],
    "strategic_field": "微电子与光电子",
    "district": "钱塘区",
    "district_source": "text",
    "application_type": "类型二",
    # total 20000 = 省3000 + 市1500 + 区1500 + 银行信贷4000 + 其余（企业自筹）10000 → 50%, not above
    "budget": {"total_wan": 20000.0, "enterprise_wan": 10000.0, "government_wan": 6000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "members.min_count": "fail", "lead.qualification": "fail", "type.eligibility": "fail",
        "funding.enterprise_main": "fail",
    }),
}

PLAN = FreeformPlan(path=f"钱塘区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
