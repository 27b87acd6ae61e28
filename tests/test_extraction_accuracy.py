"""Extraction accuracy over the sample corpus: every plan with a hand-written truth file.

Reads each plan with the real readers, extracts, compares with its truth and
prints a per-field table; fails when any family falls below its bar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pytest

from extractors import extract
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import Submission, unit_key
from tests.sample_corpus import plan_truths, sample_path

FIELD_BAR, MEMBER_F1_BAR, BUDGET_BAR, SECTION_BAR = 0.95, 0.95, 0.95, 0.98
BUDGET_TOLERANCE = 0.01
SCALAR_FIELDS = ("consortium_name", "lead_unit", "strategic_field", "district", "application_type")


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, plan: str, detail: str = "") -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(f"{plan}: {detail}")

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@lru_cache(maxsize=1)
def _extracted() -> tuple[tuple[dict, Submission], ...]:
    pack = load_rulepack()
    out = []
    for rel, truth in sorted(plan_truths().items()):
        out.append((truth, extract(PlanText(read(sample_path(rel)), pack), rel)))
    return tuple(out)


def _close(got: float | None, want: float | None) -> bool:
    if want is None or got is None:
        return got is None and want is None
    return abs(got - want) <= BUDGET_TOLERANCE * max(abs(want), 1e-9)


def _score() -> dict[str, Tally]:
    tallies: dict[str, Tally] = {name: Tally() for name in (*SCALAR_FIELDS, "district_source", "sections",
                                                             "member_kind", "budget_total", "budget_enterprise")}
    members = {"tp": 0, "fp": 0, "fn": 0}
    member_misses: list[str] = []
    for truth, sub in _extracted():
        plan = truth["file"]
        for name in SCALAR_FIELDS:
            got = getattr(sub, name).value
            tallies[name].add(got == truth.get(name), plan, f"{got!r} ≠ {truth.get(name)!r}")
        if truth.get("district"):
            got = sub.district.source
            tallies["district_source"].add(got == truth.get("district_source"), plan, f"{got!r}")
        present = {s.outline for s in sub.sections if s.present}
        for number in range(1, 6):
            want = number in truth["sections_present"]
            tallies["sections"].add((number in present) == want, plan, f"section {number} present={not want}")
        want_members = {unit_key(m["name"]): m for m in truth["members"]}
        got_members = {unit_key(m.name): m for m in sub.members}
        matched = want_members.keys() & got_members.keys()
        members["tp"] += len(matched)
        members["fp"] += len(got_members.keys() - matched)
        members["fn"] += len(want_members.keys() - matched)
        if got_members.keys() != want_members.keys():
            member_misses.append(f"{plan}: extra {sorted(got_members.keys() - matched)} "
                                 f"missing {sorted(want_members.keys() - matched)}")
        for key in matched:
            got_kind, want_kind = got_members[key].kind, want_members[key]["kind"]
            tallies["member_kind"].add(got_kind == want_kind, plan, f"{key} {got_kind} ≠ {want_kind}")
        budget = truth.get("budget") or {}
        tallies["budget_total"].add(_close(sub.budget.total_wan, budget.get("total_wan")), plan,
                                    f"{sub.budget.total_wan} ≠ {budget.get('total_wan')}")
        tallies["budget_enterprise"].add(_close(sub.budget.enterprise_wan, budget.get("enterprise_wan")), plan,
                                         f"{sub.budget.enterprise_wan} ≠ {budget.get('enterprise_wan')}")
    precision = members["tp"] / max(1, members["tp"] + members["fp"])
    recall = members["tp"] / max(1, members["tp"] + members["fn"])
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    tallies["member_f1"] = Tally(right=round(f1 * 1000), total=1000, misses=member_misses)
    print(f"\n成员单位 precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    print(f"{'字段':<20}{'正确':>6}{'总数':>6}{'准确率':>9}")
    for name, tally in tallies.items():
        print(f"{name:<20}{tally.right:>6}{tally.total:>6}{tally.rate:>9.3f}")
        for miss in tally.misses[:8]:
            print(f"    × {miss}")
    return tallies


@pytest.mark.slow
def test_extraction_meets_the_bars():
    assert plan_truths(), "no truth files under sample_submissions/truth"
    tallies = _score()
    below = [f"{name} {tallies[name].rate:.3f} < {bar}" for name, bar in (
        *((name, FIELD_BAR) for name in SCALAR_FIELDS),
        ("member_f1", MEMBER_F1_BAR), ("budget_total", BUDGET_BAR), ("budget_enterprise", BUDGET_BAR),
        ("sections", SECTION_BAR),
    ) if tallies[name].rate < bar]
    assert not below, "; ".join(below)
