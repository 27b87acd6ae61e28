"""What a metamorphic test compares: the fields the 汇总表 and the checks rest on, as the truth states them and
as a review of a variant reads them (name, lead, members with kinds, 申报类型, field, district, budget,
sections present)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from flows.plan_review import review_plan
from pipeline.rulepack import RulePack
from pipeline.submission import unit_key

SCALARS = ("consortium_name", "lead_unit", "application_type", "strategic_field", "district")


def truth_view(truth: dict[str, Any]) -> dict[str, Any]:
    budget = truth.get("budget") or {}
    return {
        **{key: truth.get(key) for key in SCALARS},
        "members": sorted((unit_key(m["name"]), m["kind"]) for m in truth["members"]),
        "budget": (budget.get("total_wan"), budget.get("enterprise_wan")),
        "sections": sorted(truth["sections_present"]),
    }


def review_view(result: dict[str, Any]) -> dict[str, Any]:
    assert "extracted" in result, f"not reviewed: {result.get('error')}"
    extracted = result["extracted"]
    return {
        **{key: extracted[key]["value"] for key in SCALARS},
        "members": sorted((unit_key(m["name"]), m["kind"]) for m in extracted["members"]),
        "budget": (extracted["budget"]["total_wan"], extracted["budget"]["enterprise_wan"]),
        "sections": sorted(s["outline"] for s in extracted["sections"] if s["present"]),
    }


def review_at(variant: Path, rel: str, root: Path, pack: RulePack) -> dict[str, Any]:
    """Review ``variant`` placed where the original lies (its district folder), under its own extension."""
    placed = root / Path(rel).with_suffix(variant.suffix)
    placed.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(variant, placed)
    return review_view(review_plan(placed, root, pack).dump())
