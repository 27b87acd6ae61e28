"""The plan's row of the 附件4 汇总表, keyed by the rule pack's exact column headers.

The first column (序号) is numbered when the table is written; the others map,
in order, onto Submission facts. Field, district and type cells take only the
rule pack's canonical names. A fact not found stays None, so the table
writer and the ``summary.complete`` check both see what is missing.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, Member, Submission, TextField, unit_key
from pipeline.wording import say


def _other_members(sub: Submission) -> list[Member]:
    """Members except the lead, whether the lead is flagged or only named as lead unit."""
    lead = sub.lead_name()
    return [m for m in sub.members if not m.is_lead and (lead is None or unit_key(m.name) != unit_key(lead))]


def _lead_field(sub: Submission) -> TextField:
    if sub.lead_unit.value:
        return sub.lead_unit
    lead = next((m for m in sub.members if m.is_lead), None)
    return TextField(value=lead.name, evidence=lead.evidence) if lead else TextField()


def _members_field(sub: Submission, pack: RulePack) -> TextField:
    others = _other_members(sub)
    evidence = [ev for m in others for ev in m.evidence[:1]]
    return TextField(value=pack.summary_table.member_separator.join(m.name for m in others) or None, evidence=evidence)


def _canonical(field: TextField, allowed: list[str]) -> TextField:
    """Only the pack's own names go into the table; anything else leaves the cell empty."""
    return field if field.value in allowed else TextField(evidence=field.evidence)


# The 汇总表 columns after 序号, in the table's order: how each is filled from a Submission.
_COLUMN_SOURCES: list[Callable[[Submission, RulePack], TextField]] = [
    lambda sub, _: sub.consortium_name,
    lambda sub, pack: _canonical(sub.strategic_field, pack.field_names),
    lambda sub, _: _lead_field(sub),
    _members_field,
    lambda sub, pack: _canonical(sub.district, pack.district_names),
    lambda sub, pack: _canonical(sub.application_type, [t.name for t in pack.application_types]),
]


def summary_fields(sub: Submission, pack: RulePack) -> dict[str, TextField]:
    """Each 汇总表 column (except 序号) with the field that fills it, value and evidence."""
    columns = pack.summary_table.columns[1:]
    if len(columns) != len(_COLUMN_SOURCES):
        raise ValueError(say("faults.summary_columns", columns=len(columns), filled=len(_COLUMN_SOURCES)))
    return {column: source(sub, pack) for column, source in zip(columns, _COLUMN_SOURCES, strict=True)}


def summary_row(sub: Submission, pack: RulePack) -> dict[str, str | None]:
    """The 附件4 row keyed by the exact column headers except 序号; None where unknown."""
    return {column: field.value for column, field in summary_fields(sub, pack).items()}


def summary_evidence(sub: Submission, pack: RulePack) -> dict[str, list[Evidence]]:
    return {column: field.evidence for column, field in summary_fields(sub, pack).items()}


def columns_read_by_ocr(sub: Submission, pack: RulePack, ocr_pages: set[int]) -> list[str]:
    """The filled columns whose evidence stands on a scanned page: OCR can misread a character of a name,
    so the clerk confirms these cells against the original before the table goes to the city."""
    if not ocr_pages:
        return []
    return [
        column
        for column, field in summary_fields(sub, pack).items()
        if field.value is not None and any(ev.loc is not None and ev.loc.page in ocr_pages for ev in field.evidence)
    ]
