"""西湖区·名优茶育种与智能加工（第九组C，无违规，写法少见）：标题为“一　背景和意义”（汉字数字后接全角空格，节名用“和”）；
成员表不设类别列，类别只由表中分组行（“一、企业（4家）”“二、高校院所（2家）”“三、专业化科技服务机构（1家）”）给出；
目标用“指标/2022年基数/2025年目标”表；经费按年度逐段写来源拆分，三年合计在最后；进度为“年度×茶季”表。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Table, Title, expected_checks

NAME = "浙江省名优茶育种与智能加工创新联合体"
LEAD = "杭州龙坞茶业科技股份有限公司"
MACH = "杭州茗机智能装备有限公司"
ESTATE = "杭州径山生态茶业有限公司"
DATA = "杭州数茶科技有限公司"
UNIV = "浙江大学"
INST = "中国农业科学院茶叶研究所"
TEST = "杭州茶检检测技术有限公司"

BLOCKS: tuple = ()

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": MACH, "kind": "enterprise", "is_lead": False},
        {"name": ESTATE, "kind": "enterprise", "is_lead": False},
        {"name": DATA, "kind": "enterprise", "is_lead": False},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "生物育种与现代农业",
    "district": "西湖区",
    "district_source": "text",
    "application_type": "类型二",
    # 2023: 1800+300+250+250=2600; 2024: 2100+350+275+275=3000; 2025: 1700+250+225+225=2400; total 8000
    "budget": {"total_wan": 8000.0, "enterprise_wan": 5600.0, "government_wan": 2400.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"西湖区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
