"""Chinese wording shared by every report format: statuses, severities, member kinds, locations."""

from __future__ import annotations

from typing import Any

from pipeline.rulepack import RulePack

STATUS_LABELS = {"pass": "符合", "fail": "不符合", "warn": "存疑", "manual": "需人工复核", "n/a": "不适用"}
SEVERITY_LABELS = {"error": "硬性条件", "warning": "一般要求", "info": "鼓励项"}
DISTRICT_SOURCES = {"text": "方案原文", "folder": "所在文件夹"}
ROLE_LABELS = {
    "plan": "实施方案",
    "intent_letter": "组建意向书",
    "commitment": "承诺书",
    "plan_copy": "方案的另一份副本",
    "attachment": "其他附件",
    "unsupported": "未审查（系统或程序文件）",
    "failed": "未能读取",
}


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
    parts = [f"第{loc['page']}页" if loc.get("page") else f"第{loc.get('block', 0) + 1}段"]
    table = loc.get("table")
    if table:
        parts.append(f"表格 第{table['row'] + 1}行第{table['col'] + 1}列")
    return " ".join(parts)


def outline_title(number: int, pack: RulePack) -> str:
    return next((s.title for s in pack.outline if s.number == number), str(number))
