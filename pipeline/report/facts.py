"""The plan's key facts as label/value rows, shared by the HTML and Word reports."""

from __future__ import annotations

from typing import Any

from pipeline.report.excerpt import clip
from pipeline.report.labels import district_source_label, kind_label, outline_title
from pipeline.rulepack import RulePack

MISSING = "未识别"


def _value(extracted: dict[str, Any], key: str) -> str:
    return (extracted.get(key) or {}).get("value") or MISSING


def _amount(value: float | None) -> str:
    return MISSING if value is None else f"{value:g} 万元"


def budget_text(budget: dict[str, Any]) -> str:
    parts = [
        f"总额 {_amount(budget.get('total_wan'))}",
        f"企业投入 {_amount(budget.get('enterprise_wan'))}",
        f"政府资金 {_amount(budget.get('government_wan'))}",
    ]
    if budget.get("other_wan") is not None:
        parts.append(f"其他 {_amount(budget['other_wan'])}")
    by_year = budget.get("by_year") or {}
    if by_year:
        parts.append("分年度 " + "、".join(f"{y}年 {v:g} 万元" for y, v in sorted(by_year.items())))
    return "；".join(parts)


def sections_text(sections: list[dict[str, Any]], pack: RulePack) -> str:
    found = {s["outline"]: s for s in sections}
    items = []
    for part in pack.outline:
        section = found.get(part.number)
        if section and section.get("present"):
            items.append(f"{part.number}. {outline_title(part.number, pack)}：有（{section.get('heading_found') or ''}）")
        else:
            items.append(f"{part.number}. {outline_title(part.number, pack)}：未找到")
    return "\n".join(items)


def plan_facts(result: dict[str, Any], pack: RulePack) -> list[tuple[str, str]]:
    """Label/value rows of the facts table; members are listed separately (see ``member_rows``)."""
    ex, src = result.get("extracted") or {}, result["source"]
    district = _value(ex, "district")
    source = district_source_label((ex.get("district") or {}).get("source"))
    pages = f"，{src['pages']} 页" if src.get("pages") else ""
    rows = [("方案文件", f"{src['file']}（{src['format']}{pages}）")]
    if result["status"] != "ok":
        return rows
    return [
        *rows,
        ("创新联合体名称", _value(ex, "consortium_name")),
        ("牵头单位", _value(ex, "lead_unit")),
        ("战略领域", _value(ex, "strategic_field")),
        ("区县", f"{district}（来源：{source}）" if source and district != MISSING else district),
        ("申报类型", _value(ex, "application_type")),
        ("成员单位数", f"{len(ex.get('members') or [])} 家（含牵头单位）"),
        ("经费投入", budget_text(ex.get("budget") or {})),
        ("提纲五部分", sections_text(ex.get("sections") or [], pack)),
    ]


def member_rows(members: list[dict[str, Any]], pack: RulePack, limit: int) -> list[dict[str, str]]:
    """The rows of a report's member table, names and tasks cut to ``limit`` characters."""
    return [
        {
            "name": clip(m["name"], limit),
            "kind": kind_label(m["kind"], pack),
            "lead": "牵头" if m.get("is_lead") else "",
            "role": clip(m.get("role") or "", limit),
        }
        for m in members
    ]
