"""Member checks (指引 三(二)): how many units, whether academia takes part, the 组建意向书.

Counting includes the lead, even when the plan's member table leaves it out.
A member list that is empty or holds only the lead means no list was found
(a consortium of one is not a plan anyone submits), so it goes to a reviewer
rather than failing; so does a list shorter than the count the plan states
("由牵头单位和4家成员单位组成"), where names were likely missed.
"""

from __future__ import annotations

from checks.common import all_units, contains_any, pick, quoted
from checks.registry import Outcome, register
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, Submission

ACADEMIC_KINDS = ("university", "institute")


def governance_evidence(sub: Submission, *keys: str) -> list[Evidence]:
    """Evidence the extractor recorded for a governance fact, under any of its names."""
    return [ev for key in keys for ev in sub.governance.evidence.get(key, [])]


def _member_list_found(sub: Submission) -> bool:
    return any(not m.is_lead for m in all_units(sub))


def _no_member_list(sub: Submission) -> Outcome:
    lead = sub.lead_name()
    only = f"（仅识别出牵头单位“{lead}”）" if lead else ""
    return Outcome("manual", f"未识别出成员单位名单{only}，请人工核对成员单位。", observed="未识别")


@register("members.min_count", "成员单位一般不少于5个（含牵头单位）", "三(二)", "error")
def min_count(sub: Submission, pack: RulePack) -> Outcome:
    """成员单位（含牵头单位）数量是否达到规则包 members_min；指引 三(二) 要求一般不少于5个。"""
    units = all_units(sub)
    minimum = pack.thresholds.members_min
    expected = f"不少于{minimum}个"
    if not _member_list_found(sub):
        return _no_member_list(sub)
    observed = f"{len(units)}个（含牵头单位）"
    evidence = pick((ev for m in units for ev in m.evidence[:1]), limit=len(units))
    if len(units) >= minimum:
        return Outcome("pass", f"成员单位{observed}，要求{expected}。", evidence, observed, expected)
    names = quoted(m.name for m in units)
    stated = int(sub.members_stated.value) if (sub.members_stated.value or "").isdigit() else 0
    if stated >= minimum:
        return Outcome("manual", f"方案称联合体共{stated}个单位（含牵头单位），但只识别出{observed}（{names}），"
                                 "请人工核对成员单位名单。", [*sub.members_stated.evidence, *evidence], observed, expected)
    return Outcome("fail", f"成员单位{observed}（{names}），要求{expected}。", evidence, observed, expected)


@register("members.academic", "有高校或科研院所参与", "一、三(二)", "error")
def academic(sub: Submission, pack: RulePack) -> Outcome:
    """成员中是否有高校或科研院所；指引 一、三(二) 要求“高校院所支撑”，仅企业组成的联合体不符合。"""
    labels = [pack.member_kinds[k].label for k in ACADEMIC_KINDS if k in pack.member_kinds]
    expected = f"至少1个{'或'.join(labels)}"
    if not _member_list_found(sub):
        return _no_member_list(sub)
    academics = [m for m in all_units(sub) if m.kind in ACADEMIC_KINDS]
    if academics:
        observed = quoted(f"{m.name}（{pack.member_kinds[m.kind].label}）" for m in academics)
        evidence = pick(ev for m in academics for ev in m.evidence[:1])
        return Outcome("pass", f"有高校或科研院所参与：{observed}。", evidence, observed, expected)
    units = all_units(sub)
    return Outcome(
        "fail",
        f"{len(units)}个成员单位中未见{'或'.join(labels)}（{quoted(m.name for m in units)}），要求{expected}。",
        pick(ev for m in units for ev in m.evidence[:1]),
        observed="无",
        expected=expected,
    )


@register("members.intent_letter", "各方签订组建意向书，明确任务分工、权利和义务", "三(二)", "error")
def intent_letter(sub: Submission, pack: RulePack) -> Outcome:
    """是否签订组建意向书并明确各方任务分工（以及权利和义务，若方案写明）。指引 三(二) 要求参与各方签订
    组建意向书；有意向书但未见分工时交审核人员查看意向书原件。"""
    terms = pack.governance_terms
    expected = "签订组建意向书，明确任务分工、权利和义务"
    letter = governance_evidence(sub, "intent_letter")
    if not sub.governance.intent_letter and letter:
        return Outcome("fail", "方案提到意向书，但未表明各方已签订（见引文）。", pick(letter), "未签订", expected)
    if not sub.governance.intent_letter:
        searched = quoted(terms.get("intent_letter", []))
        return Outcome("fail", f"未找到组建意向书相关表述（检索：{searched}）。", observed="未找到", expected=expected)
    roles = [m for m in sub.members if m.role]
    texts = [ev.text for ev in letter]
    division = contains_any(texts, terms.get("task_division", []))
    rights = contains_any(texts, terms.get("rights_obligations", []))
    rights_note = "，并写明权利和义务" if rights else "，未见权利和义务的表述"
    if division or roles:
        how = f"写明{division}" if division else f"{len(roles)}个成员单位列有任务分工"
        evidence = pick([*letter, *(ev for m in roles for ev in m.evidence[:1])])
        return Outcome("pass", f"已签订组建意向书，{how}{rights_note}。", evidence, "已签订，有分工", expected)
    return Outcome(
        "manual",
        f"方案提到组建意向书，但未见各方任务分工（检索：{quoted(terms.get('task_division', []))}），请核对意向书。",
        pick(letter),
        observed="已签订，未见分工",
        expected=expected,
    )
