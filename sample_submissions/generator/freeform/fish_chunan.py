"""淳安县·淡水鱼类良种：扫描件，成员为编号文字列举（无成员表），经费为全框线表、表头以亿元计；企业自筹仅40%（违规）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Scan, Table, Title, expected_checks

LEAD = "浙江千岛渔源种业科技有限公司"
NAME = "浙江省淡水特色鱼类良种创制创新联合体"

BLOCKS = (
    Para("", indent=False),
    Para("", indent=False),
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：淳安县科学技术局", indent=False),
    Para("申报类型：类型二        所属领域：生物育种与现代农业", indent=False),
    Para("二〇二二年十一月", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="bold"),
    Para("千岛湖是全国重要的大水面生态渔业基地，鲢鳙、鳜鱼、翘嘴鲌等特色鱼类产值占全县渔业的七成以上。"
         "但主养品种长期依赖野生或引进亲本，生长慢、抗病弱、种质退化明显，良种覆盖率不足30%。"
         "牵头单位是省科技小巨人企业，建有省级水产良种场，组建联合体旨在打通“种质资源—分子育种—良种扩繁—生态养殖”链条。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，选育通过国家审定的新品种2个，主养品种良种覆盖率提高到60%，生长速度提高20%以上；"
         "建成特色鱼类种质资源库1个，保存活体种质200份以上；申请发明专利15项。"),
    Para("主要任务：（1）特色鱼类种质资源收集与评价；（2）全基因组选择育种技术；（3）良种规模化扩繁与苗种质量检测；"
         "（4）大水面生态养殖示范。任务组成项目群，任务（2）拟申报省“领雁”研发攻关计划。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para("联合体成员单位共6家，各方已签订组建意向书，明确任务分工、权利和义务："),
    Para(f"1. {LEAD}（牵头单位，企业），负责良种扩繁与示范推广；"),
    Para("2. 浙江海洋大学（高校），负责全基因组选择育种；"),
    Para("3. 浙江省淡水水产研究所（科研院所），负责种质资源收集与评价；"),
    Para("4. 淳安县新安江生态渔业有限公司（企业），负责大水面生态养殖示范；"),
    Para("5. 杭州鱼跃饲料科技有限公司（企业），负责良种配套饲料研发；"),
    Para("6. 杭州水科检测技术有限公司（检验检测机构），负责苗种质量和病原检测。"),
    Para("联合体设理事会，由6家成员单位负责人组成，理事长由牵头单位董事长方志强担任；设专家咨询委员会，"
         "首席科学家由浙江省淡水水产研究所研究员俞小海担任。知识产权按“共建共享”原则管理，新品种权由育种参与方共有。"),
    Head("四、经费投入与保障措施", look="bold"),
    Table((
        ("资金来源（单位：亿元）", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "0.16", "0.16", "0.16", "0.48"),
        ("省级财政", "0.10", "0.10", "0.10", "0.30"),
        ("市级财政", "0.08", "0.06", "0.06", "0.20"),
        ("县级财政", "0.04", "0.04", "0.04", "0.12"),
        ("高校院所自筹", "0.04", "0.03", "0.03", "0.10"),
        ("合计", "0.42", "0.39", "0.39", "1.20"),
    )),
    Para("保障措施：县财政设立种业振兴专项配套资金；成员单位开放良种场、实验室和养殖基地共享使用。"),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成种质资源普查，建立核心育种群体和基因组参考数据库。"),
    Para("2024年：完成第一轮全基因组选择，良种扩繁基地投入生产。"),
    Para("2025年：新品种申报国家审定，在千岛湖及周边水域推广示范。"),
    Para("牵头单位（盖章）：                    日期：2022年11月10日", indent=False),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": "浙江海洋大学", "kind": "university", "is_lead": False},
        {"name": "浙江省淡水水产研究所", "kind": "institute", "is_lead": False},
        {"name": "淳安县新安江生态渔业有限公司", "kind": "enterprise", "is_lead": False},
        {"name": "杭州鱼跃饲料科技有限公司", "kind": "enterprise", "is_lead": False},
        {"name": "杭州水科检测技术有限公司", "kind": "service", "is_lead": False},
    ],
    "strategic_field": "生物育种与现代农业",
    "district": "淳安县",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 12000.0, "enterprise_wan": 4800.0, "government_wan": 6200.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"funding.enterprise_main": "fail", "lead.active_projects": "manual"}),
}

PLAN = FreeformPlan(
    path=f"淳安县/{NAME}实施方案.pdf", format="pdf-ocr", blocks=BLOCKS, truth=TRUTH,
    scan=Scan(stamp_text=LEAD, seed=2202),
)
