"""Batch checks: the same plan twice, one lead leading several consortia, units in several plans.

These compare the plans of one run. Results name the files involved and quote
each plan. When nothing is shared, the result is ``pass`` with one quote per
plan compared (its consortium or lead name), so the reviewer sees what was
compared; with fewer than two plans there is nothing to compare (``n/a``).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from checks.common import all_units
from checks.registry import BatchPlan, Outcome, messages, register
from pipeline.fingerprint import similar_pairs
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, unit_key

DUPLICATE_SIMILARITY = 0.9
MAX_BATCH_EVIDENCE = 30
_SAY = messages("batch")
_SEEN = messages("observed")


def anchor(plan: BatchPlan) -> Evidence | None:
    """One quote that identifies a plan: its consortium name, else its lead, else a member."""
    sub = plan.submission
    candidates = [*sub.consortium_name.evidence, *sub.lead_unit.evidence, *(ev for m in sub.members for ev in m.evidence)]
    return candidates[0] if candidates else None


def _anchors(plans: list[BatchPlan]) -> list[Evidence]:
    """One identifying quote per plan, each marked with the file it comes from."""
    quotes = ((plan, anchor(plan)) for plan in plans)
    return [ev.model_copy(update={"file": plan.file}) for plan, ev in quotes if ev is not None][:MAX_BATCH_EVIDENCE]


def _files(plans: list[BatchPlan]) -> str:
    return "、".join(plan.file for plan in plans)


def _too_few(plans: list[BatchPlan]) -> Outcome | None:
    if len(plans) < 2:
        return Outcome("n/a", _SAY("too_few", count=len(plans)))
    return None


def _nothing_shared(plans: list[BatchPlan], what: str) -> Outcome:
    return Outcome("pass", _SAY("nothing_shared", count=len(plans), files=_files(plans), what=what), _anchors(plans),
                   observed=_SEEN("none"), expected=_SEEN("none"))


def duplicate_pairs(plans: list[BatchPlan]) -> list[tuple[BatchPlan, BatchPlan, str]]:
    """Pairs of plans that are the same file (sha256) or nearly the same text, with how alike they are."""
    by_sha: dict[str, list[int]] = defaultdict(list)
    for i, plan in enumerate(plans):
        by_sha[plan.sha256].append(i)
    same_file = {pair for group in by_sha.values() for pair in combinations(group, 2)}
    similar = {(i, j): score for i, j, score in similar_pairs([p.signature for p in plans], DUPLICATE_SIMILARITY)}
    say = messages("batch.duplicate")
    return [
        (plans[i], plans[j], say("same_file") if (i, j) in same_file else say("similar", score=similar[i, j]))
        for i, j in sorted(same_file | similar.keys())
    ]


@register("batch.duplicate")
def duplicate(plans: list[BatchPlan], pack: RulePack) -> Outcome:
    """同一方案是否被重复提交：文件相同（sha256）或正文高度相似（MinHash 估计相似度≥0.9，字符片段）。
    重复提交会使汇总表重复计数，须由区县确认保留哪一份。"""
    if too_few := _too_few(plans):
        return too_few
    say = messages("batch.duplicate")
    pairs = duplicate_pairs(plans)
    if not pairs:
        return _nothing_shared(plans, say("none"))
    observed = "；".join(_SEEN("duplicate_pair", first=a.file, second=b.file, why=why) for a, b, why in pairs)
    involved = list({id(p): p for pair in pairs for p in pair[:2]}.values())
    return Outcome("warn", say("warn", observed=observed), _anchors(involved),
                   observed=observed, expected=say("expected"))


@register("batch.lead_multiple")
def lead_multiple(plans: list[BatchPlan], pack: RulePack) -> Outcome:
    """同一牵头单位（名称规范化后相同）是否牵头本批中多个创新联合体；须由区县核实是否允许。"""
    if too_few := _too_few(plans):
        return too_few
    say = messages("batch.lead_multiple")
    by_lead: dict[str, list[BatchPlan]] = defaultdict(list)
    for plan in plans:
        if lead := plan.submission.lead_name():
            by_lead[unit_key(lead)].append(plan)
    if not by_lead:
        return Outcome("manual", say("no_leads"))
    repeated = {lead: group for lead, group in by_lead.items() if len(group) >= 2}
    unknown = len(plans) - sum(len(g) for g in by_lead.values())
    note = say("unknown", count=unknown) if unknown else ""
    if not repeated:
        return _nothing_shared(plans, say("none", note=note))
    observed = "；".join(_SEEN("same_lead", lead=lead, count=len(group), files=_files(group))
                         for lead, group in repeated.items())
    evidence = [ev.model_copy(update={"file": plan.file})
                for group in repeated.values() for plan in group for ev in plan.submission.lead_unit.evidence[:1]]
    return Outcome("warn", say("warn", observed=observed, note=note), evidence[:MAX_BATCH_EVIDENCE],
                   observed=observed, expected=say("expected"))


@register("batch.member_overlap")
def member_overlap(plans: list[BatchPlan], pack: RulePack) -> Outcome:
    """列出同时出现在本批多个方案中的成员单位（含牵头单位，名称规范化后比较），供区县统筹参考。"""
    if too_few := _too_few(plans):
        return too_few
    say = messages("batch.member_overlap")
    seen: dict[str, dict[str, Evidence | None]] = defaultdict(dict)
    names: dict[str, str] = {}
    for plan in plans:
        for member in all_units(plan.submission):
            key = unit_key(member.name)
            names.setdefault(key, member.name)
            quote = member.evidence[0].model_copy(update={"file": plan.file}) if member.evidence else None
            seen[key].setdefault(plan.file, quote)
    shared = {key: files for key, files in sorted(seen.items()) if len(files) >= 2}
    if not shared:
        return _nothing_shared(plans, say("none"))
    observed = "；".join(f"{names[key]}（{'、'.join(files)}）" for key, files in shared.items())
    evidence = [ev for files in shared.values() for ev in files.values() if ev is not None][:MAX_BATCH_EVIDENCE]
    return Outcome("warn", say("warn", count=len(shared), observed=observed), evidence,
                   observed=observed, expected=say("expected"))
