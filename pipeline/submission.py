"""The extracted record of one plan: what result.json's ``extracted`` serialises.

Every value carries its evidence (verbatim quote + location), so a reviewer
can check it against the plan. Field names follow result.schema.json.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from opencc import OpenCC
from pydantic import BaseModel, Field

from pipeline.unwritten import Unset, written_when_set

_SPACE = re.compile(r"\s+")
_SIMPLIFIED = OpenCC("t2s")


@lru_cache(maxsize=65536)
def unit_key(name: str) -> str:
    """A unit name for comparison: NFKC (full-width brackets → half-width), traditional characters as simplified
    (a Hong Kong or Taiwan partner's "香港科技大學" is 香港科技大学), no whitespace. Cached: names are compared
    many times a plan."""
    return _SPACE.sub("", _SIMPLIFIED.convert(unicodedata.normalize("NFKC", name)))


MemberKind = Literal["enterprise", "university", "institute", "service", "other"]


class Location(BaseModel):
    page: int | None = None
    block: int
    table: dict[str, int] | None = None


class Evidence(BaseModel):
    """A verbatim quote and where it stands: in the plan itself, or in another file of its package (``file``).

    ``source`` is ``reviewer`` when the quote is a reviewer's own finding, written in place of the plan's;
    ``start`` and ``end`` place the quote in the text of its unit (pipeline/spans.py)."""

    text: str
    loc: Location | Unset = written_when_set()
    file: str | Unset = written_when_set()
    source: str | Unset = written_when_set()
    start: int | Unset = written_when_set()
    end: int | Unset = written_when_set()


LOW_CONFIDENCE = 0.5  # below it a value read (an OCR line under a seal) is a guess no verdict may rest on
CONFLICT = "conflict"  # TextField.source when the plan states a value two different ways: value None, a quote of each


class TextField(BaseModel):
    value: str | None = None
    confidence: float | None = Field(default=None, ge=0, le=1)
    evidence: list[Evidence] = Field(default_factory=list)
    source: str | None = None  # how it was found, e.g. "text" or "folder" for the district


class Member(BaseModel):
    name: str
    kind: MemberKind
    is_lead: bool = False
    role: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    # Where the plan lists a branch of this member (…分公司) as a unit of its own: folded in, as a branch is no
    # legal person, but a member count the plan states may have counted it.
    branches: list[Evidence] = Field(default_factory=list)


class Target(BaseModel):
    text: str
    year: int | None = None
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Task(BaseModel):
    title: str
    evidence: list[Evidence] = Field(default_factory=list)


class Governance(BaseModel):
    council: bool = False
    council_chair: str | None = None
    council_chair_unit: str | None = None
    council_chair_rotates: bool = False  # 轮值理事长: the chair passes to other units' heads in turn
    council_members_all: bool | None = None
    expert_committee: bool = False
    chief_scientist: str | None = None
    ip_agreement: bool = False
    intent_letter: bool = False
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)


class Budget(BaseModel):
    """Amounts in 万元; ``stated_*`` are totals the plan itself prints, kept beside computed sums.

    ``confidence`` is the lowest OCR score among the quoted figures (None when every figure came from the
    file's own text): a digit misread by OCR looks as certain as any other, so checks need to know.
    """

    total_wan: float | None = None
    enterprise_wan: float | None = None
    government_wan: float | None = None
    other_wan: float | None = None
    by_year: dict[str, float] = Field(default_factory=dict)
    stated_total_wan: float | None = None
    confidence: float | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class SchedulePhase(BaseModel):
    period: str
    start_year: int | None = None
    end_year: int | None = None
    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class Section(BaseModel):
    """One outline section as found. ``first_block``/``last_block`` count the plan's blocks as reviewed (template
    hints and typed page numbers set apart), so they can differ from the reader's numbers that evidence locations
    use; where the heading stands in the file is its evidence's location."""

    outline: int
    present: bool
    heading_found: str | None = None
    chars: int = 0
    first_block: int | None = None
    last_block: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class LetterSignatory(BaseModel):
    name: str
    evidence: list[Evidence] = Field(default_factory=list)


class SignedLetter(BaseModel):
    """A 组建意向书 attached to the plan, with the units that signed it."""

    file: str
    signatories: list[LetterSignatory] = Field(default_factory=list)
    read_by_ocr: bool = False


class Submission(BaseModel):
    consortium_name: TextField = Field(default_factory=TextField)
    lead_unit: TextField = Field(default_factory=TextField)
    members: list[Member] = Field(default_factory=list)
    # how many units (lead included) the plan says the consortium has, e.g. "5"; None when it does not say
    members_stated: TextField = Field(default_factory=TextField)
    strategic_field: TextField = Field(default_factory=TextField)
    district: TextField = Field(default_factory=TextField)
    application_type: TextField = Field(default_factory=TextField)
    submission_date: TextField = Field(default_factory=TextField)
    lead_active_projects: TextField = Field(default_factory=TextField)
    # how the plan describes the lead (e.g. 科技领军企业, 科技小巨人企业), verbatim; None when it does not say
    lead_qualification: TextField = Field(default_factory=TextField)
    targets: list[Target] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    # the sentence leaving the major tasks for later ("…另行凝练"), quoted; None when the plan does not do so
    tasks_deferred: TextField = Field(default_factory=TextField)
    governance: Governance = Field(default_factory=Governance)
    budget: Budget = Field(default_factory=Budget)
    schedule: list[SchedulePhase] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    # the package's 组建意向书: None when the plan was reviewed on its own (no package known), [] when its
    # package holds no letter
    intent_letters: list[SignedLetter] | None = None

    def lead_name(self) -> str | None:
        """The lead unit's name: the extracted field, else the member flagged as lead."""
        if self.lead_unit.value:
            return self.lead_unit.value
        return next((m.name for m in self.members if m.is_lead), None)
