"""Extractors: one module per fact family; ``extract`` runs them all on one read plan.

Every value carries its evidence (quote + location). The lead named by the
plan's text (牵头单位：…) wins; the member list is then made to agree with it,
so exactly the member with the lead's name is flagged as lead.
"""

from __future__ import annotations

from extractors import basics
from extractors.budget import extract_budget
from extractors.field import extract_field
from extractors.governance import extract_governance
from extractors.members import extract_members, stated_member_count
from extractors.reading import cap_to_reading, reading_confidence
from extractors.schedule import extract_schedule
from extractors.targets import extract_targets, tasks, tasks_deferred
from pipeline.orgnames import classify_kind, same_unit, short_forms
from pipeline.plan_text import PlanText
from pipeline.rulepack import RulePack
from pipeline.submission import LOW_CONFIDENCE, Member, Submission, TextField, unit_key

COVER_TAIL_BLOCKS = 8  # the signature and date sit in the last few blocks


def _same(a: str, b: str) -> bool:
    return unit_key(a) == unit_key(b)


def _only_from(member: Member, lead: TextField) -> bool:
    """Whether a member is the lead's name read from nowhere but the lead's own quotes."""
    quoted = {ev.loc.block for ev in lead.evidence if ev.loc is not None}
    return _same(member.name, lead.value or "") and all(ev.loc is not None and ev.loc.block in quoted
                                                        for ev in member.evidence)


def _reconcile_lead(
    lead: TextField, members: list[Member], pack: RulePack, doubtful: bool = False
) -> tuple[TextField, list[Member]]:
    """One lead in both places: the text's lead flags its member; else the member table's lead names it.
    A lead the plan's list leaves out ("由数博科技牵头，联合A、B和C") is a member all the same — unless it was
    read ``doubtful`` (a cover line under a seal): then the list's one other flagged lead names it, and the
    doubtful name is never a member of its own."""
    if lead.value and doubtful:
        members = [m for m in members if not _only_from(m, lead)]
        others = [m for m in members if m.is_lead and not same_unit(m.name, lead.value)]
        if len(others) == 1:
            lead = TextField(value=others[0].name, confidence=0.9, evidence=others[0].evidence[:2], source="members")
    flagged = [m for m in members if m.is_lead]
    if lead.value:
        if any(_same(m.name, lead.value) for m in members):
            members = [m.model_copy(update={"is_lead": _same(m.name, lead.value)}) for m in members]
        elif members and not doubtful and not any(same_unit(m.name, lead.value) for m in members):
            kind = classify_kind(lead.value, None, None, pack)
            members = [Member(name=lead.value, kind=kind, is_lead=True, evidence=lead.evidence[:2]),
                       *(m.model_copy(update={"is_lead": False}) for m in members)]
        return lead, members
    if flagged:
        lead = TextField(value=flagged[0].name, confidence=0.9, evidence=flagged[0].evidence[:2], source="members")
    return lead, members


def extract(plan: PlanText, rel_path: str) -> Submission:
    """Everything the review needs from one plan, each value with its evidence."""
    doc, pack, units = plan.doc, plan.pack, plan.all_units
    cover_first = plan.cover + plan.body

    members = extract_members(plan)
    lead = basics.lead_unit(cover_first)
    doubtful = any((score := reading_confidence(doc, ev.loc)) is not None and score < LOW_CONFIDENCE
                   for ev in lead.evidence if ev.loc is not None)
    lead, members = _reconcile_lead(lead, members, pack, doubtful)
    short = tuple(short_forms(lead.value, (unit.text for unit in units))) if lead.value else ()
    goal_units = plan.section_units(2)
    context = plan.section_units(1) + goal_units
    schedule_blocks = plan.section_blocks(5) or plan.blocks[plan.body_start:]

    extracted = Submission(
        consortium_name=basics.consortium_name(cover_first),
        lead_unit=lead,
        members=members,
        members_stated=stated_member_count(plan),
        strategic_field=extract_field(cover_first, context, pack),
        district=basics.district(cover_first, pack, rel_path, lead.value, len(plan.cover)),
        application_type=basics.application_type(cover_first, pack),
        submission_date=basics.submission_date(plan.cover, plan.units(plan.blocks[-COVER_TAIL_BLOCKS:])),
        lead_active_projects=basics.lead_active_projects(units, lead.value, short),
        lead_qualification=basics.lead_qualification(units, pack, lead.value, short),
        targets=extract_targets(goal_units, plan.body),
        tasks=tasks(plan, plan.section_blocks(2)),
        tasks_deferred=tasks_deferred(plan, plan.section_blocks(2)),
        governance=extract_governance(plan.body, pack, lead.value, [m.name for m in members]),
        budget=extract_budget(plan, members),
        schedule=extract_schedule(plan, schedule_blocks),
        sections=plan.sections,
    )
    return cap_to_reading(extracted, doc)
