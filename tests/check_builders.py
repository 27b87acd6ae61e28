"""Small Submissions for the check tests: a complete, compliant plan and quick evidence."""

from __future__ import annotations

from pipeline.submission import (
    Budget,
    Evidence,
    Governance,
    Location,
    Member,
    SchedulePhase,
    Section,
    Submission,
    Target,
    Task,
    TextField,
)

LEAD = "杭州示例智能科技有限公司"
TITLES = ["一、背景与意义", "二、目标与主要研发任务", "三、组织架构与运行机制", "四、经费投入与保障措施", "五、进度安排"]


def ev(text: str, block: int = 0) -> list[Evidence]:
    return [Evidence(text=text, loc=Location(block=block))]


def field(value: str | None, quote: str | None = None, confidence: float | None = 0.9) -> TextField:
    return TextField(value=value, confidence=confidence, evidence=ev(quote or value or "", 3) if value or quote else [])


def member(name: str, kind: str = "enterprise", is_lead: bool = False, role: str | None = None) -> Member:
    return Member(name=name, kind=kind, is_lead=is_lead, role=role, evidence=ev(f"{name}（成员单位）", 40))


def sections(chars: int = 800, order: list[int] | None = None) -> list[Section]:
    blocks = {n: i * 20 for i, n in enumerate(order or [1, 2, 3, 4, 5])}
    return [
        Section(outline=n, present=True, heading_found=TITLES[n - 1], chars=chars, first_block=blocks[n],
                evidence=ev(TITLES[n - 1], blocks[n]))
        for n in range(1, 6)
    ]


def good_plan() -> Submission:
    """A plan that meets every condition, each fact with its quote."""
    return Submission(
        consortium_name=field("浙江省示例智能创新联合体"),
        lead_unit=field(LEAD),
        lead_qualification=field("科技领军企业", "牵头单位为省科技领军企业"),
        lead_active_projects=field("2项", "牵头企业在研省尖兵领雁项目2项"),
        members=[
            member(LEAD, is_lead=True, role="总体设计"),
            member("浙江大学", "university", role="算法研究"),
            member("之江实验室", "institute"),
            member("杭州甲科技有限公司"),
            member("杭州乙检测技术有限公司", "service"),
        ],
        strategic_field=field("智能计算与人工智能"),
        district=field("滨江区"),
        application_type=field("类型二", "申报类型：类型二，由省科技领军企业牵头的杭州市企业创新联合体"),
        targets=[
            Target(text="到2025年突破关键技术10项", year=2025, value=10, unit="项", evidence=ev("到2025年突破关键技术10项", 25)),
            Target(text="2023年完成样机", year=2023, evidence=ev("2023年完成样机", 26)),
        ],
        tasks=[Task(title="攻关任务一：智能芯片", evidence=ev("攻关任务一：智能芯片", 27)),
               Task(title="攻关任务二：训练框架", evidence=ev("攻关任务二：训练框架", 28))],
        governance=Governance(
            council=True, council_chair="张三", council_chair_unit=LEAD, council_members_all=True,
            expert_committee=True, chief_scientist="李四", ip_agreement=True, intent_letter=True,
            evidence={
                "council": ev("联合体设立理事会", 41),
                "council_chair": ev(f"理事长由{LEAD}董事长张三担任", 42),
                "council_members_all": ev("理事会成员由各成员单位负责人组成", 43),
                "expert_committee": ev("设立专家咨询委员会", 44),
                "chief_scientist": ev("设首席科学家岗，由李四担任", 45),
                "ip_agreement": ev("签订知识产权管理协议，建立共建共享的知识产权管理制度", 46),
                "intent_letter": ev("各成员单位已签订组建意向书，明确任务分工、权利和义务", 47),
            },
        ),
        budget=Budget(total_wan=10000, enterprise_wan=7000, government_wan=2000, other_wan=1000,
                      by_year={"2023": 3000, "2024": 3500, "2025": 3500}, stated_total_wan=10000,
                      evidence=ev("总投入10000万元，其中企业自筹7000万元", 60)),
        schedule=[
            SchedulePhase(period="2023年", start_year=2023, end_year=2023, text="完成样机", evidence=ev("2023年：完成样机", 80)),
            SchedulePhase(period="2024年", start_year=2024, end_year=2024, text="中试", evidence=ev("2024年：中试", 81)),
            SchedulePhase(period="2025年", start_year=2025, end_year=2025, text="量产", evidence=ev("2025年：量产", 82)),
        ],
        sections=sections(),
    )
