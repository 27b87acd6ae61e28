"""Truth labels, written from the same hand-made spec the document text comes from (format: briefs' truth.md)."""

from __future__ import annotations

import json
from pathlib import Path

from .model import PlanSpec


def truth_name(relative_path: str) -> str:
    return relative_path.replace("/", "__") + ".json"


def truth_record(spec: PlanSpec, relative_path: str | None = None) -> dict:
    budget = spec.budget
    return {
        "file": relative_path or spec.path,
        "format": spec.format,
        "consortium_name": spec.consortium,
        "lead_unit": spec.lead.name,
        "members": [{"name": m.name, "kind": m.kind, "is_lead": m is spec.lead} for m in spec.members],
        "strategic_field": spec.field_name,
        "district": spec.district,
        "district_source": "text" if spec.district_statement else "folder",
        "application_type": spec.application_type,
        "budget": {
            "total_wan": float(budget.total),
            "enterprise_wan": float(budget.source_total("企业自筹")),
            "government_wan": float(budget.government),
        },
        "sections_present": list(spec.sections),
        "expected_checks": spec.expected_checks(),
    }


def write_truth(record: dict, truth_dir: Path) -> Path:
    truth_dir.mkdir(parents=True, exist_ok=True)
    path = truth_dir / truth_name(record["file"])
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
