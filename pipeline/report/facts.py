"""The plan's key facts as label/value rows, shared by the HTML and Word reports."""

from __future__ import annotations

from typing import Any

from pipeline.report.excerpt import clip
from pipeline.report.labels import district_source_label, kind_label, outline_title
from pipeline.rulepack import RulePack
from pipeline.wording import say

MISSING = say("report.facts.missing")


def _value(extracted: dict[str, Any], key: str) -> str:
    return (extracted.get(key) or {}).get("value") or MISSING


def _amount(value: float | None) -> str:
    return MISSING if value is None else say("report.facts.amount", amount=value)


def budget_text(budget: dict[str, Any]) -> str:
    parts = [
        say("report.facts.total", amount=_amount(budget.get("total_wan"))),
        say("report.facts.enterprise", amount=_amount(budget.get("enterprise_wan"))),
        say("report.facts.government", amount=_amount(budget.get("government_wan"))),
    ]
    if budget.get("other_wan") is not None:
        parts.append(say("report.facts.other", amount=_amount(budget["other_wan"])))
    by_year = budget.get("by_year") or {}
    if by_year:
        years = "、".join(say("report.facts.year", year=y, amount=v) for y, v in sorted(by_year.items()))
        parts.append(say("report.facts.by_year", years=years))
    return "；".join(parts)


def sections_text(sections: list[dict[str, Any]], pack: RulePack) -> str:
    found = {s["outline"]: s for s in sections}
    items = []
    for part in pack.outline:
        section = found.get(part.number)
        if section and section.get("present"):
            items.append(say("report.facts.section_found", number=part.number, title=outline_title(part.number, pack),
                             heading=section.get("heading_found") or ""))
        else:
            items.append(say("report.facts.section_missing", number=part.number, title=outline_title(part.number, pack)))
    return "\n".join(items)


def plan_facts(result: dict[str, Any], pack: RulePack) -> list[tuple[str, str]]:
    """Label/value rows of the facts table; members are listed separately (see ``member_rows``)."""
    ex, src = result.get("extracted") or {}, result["source"]
    district = _value(ex, "district")
    source = district_source_label((ex.get("district") or {}).get("source"))
    pages = say("report.facts.pages", pages=src["pages"]) if src.get("pages") else ""
    rows = [(say("report.facts.label.file"), say("report.facts.file", file=src["file"], format=src["format"], pages=pages))]
    if result["status"] != "ok":
        return rows
    return [
        *rows,
        (say("report.facts.label.name"), _value(ex, "consortium_name")),
        (say("report.facts.label.lead"), _value(ex, "lead_unit")),
        (say("report.facts.label.field"), _value(ex, "strategic_field")),
        (say("report.facts.label.district"),
         say("report.facts.district_from", district=district, source=source) if source and district != MISSING
         else district),
        (say("report.facts.label.type"), _value(ex, "application_type")),
        (say("report.facts.label.members"), say("report.facts.member_count", count=len(ex.get("members") or []))),
        (say("report.facts.label.budget"), budget_text(ex.get("budget") or {})),
        (say("report.facts.label.outline"), sections_text(ex.get("sections") or [], pack)),
    ]


def member_rows(members: list[dict[str, Any]], pack: RulePack, limit: int) -> list[dict[str, str]]:
    """The rows of a report's member table, names and tasks cut to ``limit`` characters."""
    return [
        {
            "name": clip(m["name"], limit),
            "kind": kind_label(m["kind"], pack),
            "lead": say("report.facts.lead") if m.get("is_lead") else "",
            "role": clip(m.get("role") or "", limit),
        }
        for m in members
    ]
