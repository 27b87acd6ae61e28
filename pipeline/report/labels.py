"""Chinese wording shared by every report format: statuses, severities, member kinds, locations."""

from __future__ import annotations

from typing import Any

from pipeline.rulepack import RulePack
from pipeline.wording import say, templates

# What the reports call each status, severity, district source and file role (wording.yaml: report.*).
STATUS_LABELS = templates("report.status")
SEVERITY_LABELS = templates("report.severity")
DISTRICT_SOURCES = templates("report.district_source")
ROLE_LABELS = templates("report.role")


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def severity_label(severity: str) -> str:
    return SEVERITY_LABELS.get(severity, severity)


def kind_label(kind: str, pack: RulePack) -> str:
    words = pack.member_kinds.get(kind)
    return words.label if words else kind


def district_source_label(source: str | None) -> str:
    return DISTRICT_SOURCES.get(source or "", source or "")


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def location_label(loc: dict[str, Any] | None) -> str:
    """第N页 for PDF, 第N段 for docx (blocks counted from 1), plus 表格 第r行第c列 inside a table."""
    if not loc:
        return ""
    page = loc.get("page")
    parts = [say("report.location.page", page=page) if page else say("report.location.block", block=loc.get("block", 0) + 1)]
    table = loc.get("table")
    if table:
        parts.append(say("report.location.cell", row=table["row"] + 1, col=table["col"] + 1))
    return " ".join(parts)


def outline_title(number: int, pack: RulePack) -> str:
    return next((s.title for s in pack.outline if s.number == number), str(number))
