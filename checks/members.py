"""Member checks (指引 三(二)): how many units, whether academia takes part, the 组建意向书.

Counting includes the lead, even when the plan's member table leaves it out.
A member list that is empty or holds only the lead means no list was found
(a consortium of one is not a plan anyone submits), so it goes to a reviewer
rather than failing; so does a list shorter than the count the plan states
("由牵头单位和4家成员单位组成"), where names were likely missed.
"""

from __future__ import annotations

from dataclasses import replace

from checks.common import all_units, contains_any, pick, quoted
from checks.registry import Outcome, register
from pipeline.orgnames import unsigned
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


@register("members.min_count")
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


@register("members.academic")
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


@register("members.intent_letter")
def intent_letter(sub: Submission, pack: RulePack) -> Outcome:
    """是否签订组建意向书并明确各方任务分工。指引 三(二) 要求参与各方签订组建意向书：随方案报送了意向书时，
    逐一核对成员单位是否都在意向书上签章，缺签的单位逐个列出；未附意向书时依据方案自述判断，并说明未见附件。"""
    if sub.intent_letters:
        return _letter_signed_by_members(sub)
    outcome = _plan_statement(sub, pack)
    if sub.intent_letters is None:
        return outcome
    return replace(outcome, message=f"{outcome.message}（材料中未见组建意向书附件，以上依据方案自述判断。）")


def _letter_signed_by_members(sub: Submission) -> Outcome:
    """The attached letters against the plan's member list: every member must have signed one of them."""
    letters = sub.intent_letters or []
    files = quoted(letter.file for letter in letters)
    expected = "全部成员单位在组建意向书上签章"
    if not _member_list_found(sub):
        return _no_member_list(sub)
    signed = [s for letter in letters for s in letter.signatories]
    if not signed:
        return Outcome("manual", f"已附组建意向书（{files}），但未能识别其签章单位，请人工核对意向书原件。",
                       observed="未识别签章单位", expected=expected)
    members = [m.name for m in all_units(sub)]
    missing = unsigned(members, [s.name for s in signed])
    letter_evidence = pick((ev for s in signed for ev in s.evidence[:1]), limit=len(signed))
    if missing:
        return Outcome("fail", f"组建意向书（{files}）未见以下成员单位签章：{quoted(missing)}。",
                       letter_evidence, f"缺{len(missing)}家：{quoted(missing)}", expected)
    scanned = any(letter.read_by_ocr for letter in letters)
    note = "（意向书为扫描件，签章单位名称取自文字识别，请与原件核对）" if scanned else ""
    return Outcome("pass", f"成员单位{len(members)}家均已在组建意向书（{files}）上签章{note}。",
                   letter_evidence, f"{len(members)}家均已签章", expected)


def _plan_statement(sub: Submission, pack: RulePack) -> Outcome:
    """What the plan itself says of the letter: signed, with each party's tasks."""
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
