"""The hand-written spec of one sample plan: every fact the document states and the truth repeats."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .deadline import deadline_label

Kind = Literal["enterprise", "university", "institute", "service", "other"]
Format = Literal["docx", "doc", "pdf", "pdf-ocr"]

SOURCES = ("企业自筹", "省级财政", "市级财政", "区县财政", "其他")
GOVERNMENT_SOURCES = ("省级财政", "市级财政", "区县财政")
YEARS = (2023, 2024, 2025)

# Every per-plan check id of the contract's checks.md; a plan's spec lists only its departures from `pass`.
PER_PLAN_CHECKS = (
    "outline.background", "outline.goals_tasks", "outline.organization", "outline.funding",
    "outline.schedule", "outline.order", "outline.substance",
    "lead.qualification", "lead.active_projects",
    "members.min_count", "members.academic", "members.intent_letter",
    "org.council", "org.council_chair", "org.council_members", "org.expert_committee", "org.chief_scientist",
    "mechanism.ip_sharing",
    "goals.three_year", "goals.tasks", "goals.measurable",
    "schedule.yearly", "field.strategic",
    "funding.total", "funding.enterprise_main", "funding.consistent",
    "type.declared", "type.eligibility", "summary.complete", "submission.deadline",
)


@dataclass(frozen=True)
class Member:
    """One member unit as the plan lists it (单位名称/单位性质/所在地/负责人/任务分工)."""

    name: str
    kind: Kind
    nature: str
    place: str
    head: str
    title: str
    task: str


@dataclass(frozen=True)
class Task:
    """One 重大攻关任务 of the 项目群: its title, what it does, and who carries it."""

    title: str
    content: str
    units: str


@dataclass(frozen=True)
class Budget:
    """Money by source and year in 万元, plus the total the plan states (which may not add up)."""

    rows: dict[str, tuple[float, float, float]]
    stated_total: float | None = None
    layout: Literal["table", "transposed", "prose"] = "table"
    unit: Literal["万元", "元", "亿元"] = "万元"

    def source_total(self, source: str) -> float:
        return sum(self.rows.get(source, (0.0, 0.0, 0.0)))

    def year_total(self, index: int) -> float:
        return sum(values[index] for values in self.rows.values())

    @property
    def total(self) -> float:
        return self.stated_total if self.stated_total is not None else sum(map(self.source_total, self.rows))

    @property
    def government(self) -> float:
        return sum(self.source_total(s) for s in GOVERNMENT_SOURCES)


@dataclass(frozen=True)
class Style:
    """How the document looks: what varies between real submissions, not what they say."""

    headings: Literal["word", "bold", "heiti", "autonum"] = "word"
    numbering: Literal["一、", "第一部分", "1.", "（一）", ""] = "一、"
    titles: dict[int, str] = field(default_factory=dict)
    cover: bool = False
    toc: bool = False
    header_footer: bool = False
    members: Literal["table", "prose", "list"] = "table"


@dataclass(frozen=True)
class Governance:
    """Who sits where; ``None`` leaves the part out of the plan."""

    council_chair: str | None  # the unit whose head chairs the council; None = no 理事会
    office: str = "联合体管理办公室"
    expert_chair: str | None = None
    chief_scientist: str | None = None
    intent_letter: bool = True
    ip_sharing: bool = True
    active_projects: int | None = None


@dataclass(frozen=True)
class PlanSpec:
    """Everything one sample plan says, written out by hand; document and truth both come from it."""

    key: str
    path: str  # relative to sample_submissions/, forward slashes
    format: Format
    consortium: str
    field_name: str | None  # canonical rule-pack name; None when outside the 15
    field_phrase: str  # how the plan itself names its domain
    lead_description: str  # what the plan says the lead is (科技领军企业 …)
    members: tuple[Member, ...]  # lead first
    district: str
    district_statement: str | None  # the sentence naming the district; None = folder only
    application_type: str | None
    type_statement: str  # explicit declaration or the wording that implies the type
    date: str
    background: tuple[str, ...]
    goal: str
    indicators: tuple[str, ...]
    tasks: tuple[Task, ...]
    governance: Governance
    budget: Budget
    schedule: tuple[tuple[str, str], ...]  # (period, work); empty = no 进度安排 section
    style: Style
    expected: dict[str, str]  # departures from `pass`, by check id
    field_claim: str | None = None  # the 所属领域 line, when the plan states one
    sections: tuple[int, ...] = (1, 2, 3, 4, 5)
    signature_page: bool = False

    @property
    def lead(self) -> Member:
        return self.members[0]

    @property
    def title(self) -> str:
        return f"{self.consortium}实施方案"

    def expected_checks(self) -> dict[str, str]:
        unknown = set(self.expected) - set(PER_PLAN_CHECKS)
        if unknown:
            raise ValueError(f"{self.key}: unknown check ids {sorted(unknown)}")
        labels = {"submission.deadline": deadline_label(self.consortium), **self.expected}
        return {check: labels.get(check, "pass") for check in PER_PLAN_CHECKS}
