"""Loads a rule pack: the facts of one call for proposals, kept as data.

The notice's facts (fields, outline, thresholds, 附件3 list, districts, types,
deadline, 汇总表 columns) live in a YAML file under ``rulepacks/``; code never
spells them. A malformed pack fails at load with a message naming the field.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from pipeline.wording import say

PACKS_DIR = Path(__file__).parent / "rulepacks"
DEFAULT_PACK = "zhejiang-2022"


class SummaryTable(BaseModel):
    title: str
    columns: list[str]
    member_separator: str = "、"


class Office(BaseModel):
    """Who signs report.docx (its author): ``name`` when set (``run --office`` sets it for one run), otherwise
    the plan's 区县 followed by ``district_suffix``, or ``unknown`` when the district is not known."""

    name: str = ""
    district_suffix: str = "科技局"
    unknown: str = "区县科技局"


class Thresholds(BaseModel):
    members_min: int
    enterprise_share_min: float
    active_projects_max: int
    strategic_goal_years: int


class OutlineSection(BaseModel):
    number: int
    title: str
    synonyms: list[str] = []


class StrategicField(BaseModel):
    name: str
    keywords: list[str] = []


class ApplicationType(BaseModel):
    name: str
    aliases: list[str] = []
    phrases: list[str] = []
    eligibility: str
    evidence_phrases: list[str] = []
    # What the quote claiming the standing must also say, each inner list being alternatives
    # (类型一: the year and the list of the call, not any 揭榜 of any year).
    evidence_requires: list[list[str]] = []
    # The words saying who holds the standing (类型一: 揭榜, not the 榜单 a sentence only relies on); a unit named
    # before them that is not the lead holds it instead. Empty: the standing's own wording is read.
    holder_phrases: list[str] = []
    requires_listed_lead: bool = False


class MemberKindWords(BaseModel):
    label: str
    words: list[str]


class District(BaseModel):
    """A district, the other names a plan may give it (old names, zones, towns), the streets it took over from
    another district (an address may still name the old one), and addresses that must read as it (run by the
    tests, like terms.yaml's examples)."""

    name: str
    short: list[str] = []
    streets: list[str] = []
    examples: list[str] = []


class RulePack(BaseModel):
    id: str
    version: str
    title: str
    deadline: str
    deadline_text: str
    summary_table: SummaryTable
    office: Office = Office()
    thresholds: Thresholds
    outline: list[OutlineSection]
    strategic_fields: list[StrategicField]
    application_types: list[ApplicationType]
    listed_leads: list[str]
    lead_qualifications: list[str]
    member_kinds: dict[str, MemberKindWords]
    districts: list[District]
    governance_terms: dict[str, list[str]]

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.strategic_fields]

    @property
    def district_names(self) -> list[str]:
        return [d.name for d in self.districts]

    @property
    def fingerprint(self) -> str:
        return f"{self.id}@{self.version}"


class RulePackError(Exception):
    """The rule pack file is missing or does not say what the review needs."""


def _resolve(name_or_path: str | Path) -> Path:
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") and path.exists():
        return path
    candidate = PACKS_DIR / f"{name_or_path}.yaml"
    if candidate.exists():
        return candidate
    known = ", ".join(sorted(p.stem for p in PACKS_DIR.glob("*.yaml")))
    raise RulePackError(say("loading.rulepack.not_found", name=name_or_path, known=known))


@lru_cache(maxsize=8)
def load_rulepack(name_or_path: str | Path = DEFAULT_PACK) -> RulePack:
    """Load and validate a pack by id (``zhejiang-2022``) or by path to a YAML file."""
    path = _resolve(name_or_path)
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
        return RulePack.model_validate(data)
    except yaml.YAMLError as exc:
        raise RulePackError(say("loading.rulepack.not_yaml", path=path, problem=exc)) from exc
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise RulePackError(say("loading.rulepack.incomplete", path=path, problems=problems)) from exc


def with_office(pack: RulePack, office: str | None) -> RulePack:
    """The pack with ``office`` as the reviewing office (``run --office``); the pack itself when none is given."""
    return pack.model_copy(update={"office": pack.office.model_copy(update={"name": office})}) if office else pack
