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
from checks.registry import Outcome, messages, register
from pipeline.orgnames import unsigned
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, Submission

ACADEMIC_KINDS = ("university", "institute")
_SAY = messages("members")
_SEEN = messages("observed")


def governance_evidence(sub: Submission, *keys: str) -> list[Evidence]:
    """Evidence the extractor recorded for a governance fact, under any of its names."""
    return [ev for key in keys for ev in sub.governance.evidence.get(key, [])]


def _member_list_found(sub: Submission) -> bool:
    return any(not m.is_lead for m in all_units(sub))


def _no_member_list(sub: Submission) -> Outcome:
    lead = sub.lead_name()
    only = _SAY("only_lead", lead=lead) if lead else ""
    return Outcome("manual", _SAY("no_list", only=only), observed=_SEEN("unrecognised"))


@register("members.min_count")
def min_count(sub: Submission, pack: RulePack) -> Outcome:
    """成员单位（含牵头单位）数量是否达到规则包 members_min；指引 三(二) 要求一般不少于5个。"""
    say = messages("members.min_count")
    units = all_units(sub)
    minimum = pack.thresholds.members_min
    expected = say("expected", minimum=minimum)
    if not _member_list_found(sub):
        return _no_member_list(sub)
    observed = _SEEN("members", count=len(units))
    evidence = pick((ev for m in units for ev in m.evidence[:1]), limit=len(units))
    if len(units) >= minimum:
        return Outcome("pass", say("pass", observed=observed, expected=expected), evidence, observed, expected)
    names = quoted(m.name for m in units)
    stated = int(sub.members_stated.value) if (sub.members_stated.value or "").isdigit() else 0
    branches = [ev for m in units for ev in m.branches]
    if stated >= minimum and branches and stated - len(branches) <= len(units):
        say_branches = quoted(ev.text for ev in branches)
        return Outcome("fail", say("branch_counted", stated=stated, branches=say_branches, observed=observed,
                                   names=names, expected=expected),
                       [*sub.members_stated.evidence, *branches, *evidence], observed, expected)
    if stated >= minimum:
        return Outcome("manual", say("fewer_than_stated", stated=stated, observed=observed, names=names),
                       [*sub.members_stated.evidence, *evidence], observed, expected)
    return Outcome("fail", say("fail", observed=observed, names=names, expected=expected), evidence, observed, expected)


@register("members.academic")
def academic(sub: Submission, pack: RulePack) -> Outcome:
    """成员中是否有高校或科研院所；指引 一、三(二) 要求“高校院所支撑”，仅企业组成的联合体不符合。"""
    say = messages("members.academic")
    kinds = _SAY("either").join(pack.member_kinds[k].label for k in ACADEMIC_KINDS if k in pack.member_kinds)
    expected = say("expected", kinds=kinds)
    if not _member_list_found(sub):
        return _no_member_list(sub)
    academics = [m for m in all_units(sub) if m.kind in ACADEMIC_KINDS]
    if academics:
        observed = quoted(f"{m.name}（{pack.member_kinds[m.kind].label}）" for m in academics)
        evidence = pick(ev for m in academics for ev in m.evidence[:1])
        return Outcome("pass", say("pass", observed=observed), evidence, observed, expected)
    units = all_units(sub)
    return Outcome(
        "fail",
        say("fail", count=len(units), kinds=kinds, names=quoted(m.name for m in units), expected=expected),
        pick(ev for m in units for ev in m.evidence[:1]),
        observed=_SEEN("none"),
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
    return replace(outcome, message=messages("members.intent_letter")("no_attachment", message=outcome.message))


def _letter_signed_by_members(sub: Submission) -> Outcome:
    """The attached letters against the plan's member list: every member must have signed one of them."""
    say = messages("members.intent_letter")
    letters = sub.intent_letters or []
    files = quoted(letter.file for letter in letters)
    expected = say("signed_expected")
    if not _member_list_found(sub):
        return _no_member_list(sub)
    signed = [s for letter in letters for s in letter.signatories]
    if not signed:
        return Outcome("manual", say("no_signatories", files=files), observed=_SEEN("no_signatories"), expected=expected)
    members = [m.name for m in all_units(sub)]
    missing = unsigned(members, [s.name for s in signed])
    letter_evidence = pick((ev for s in signed for ev in s.evidence[:1]), limit=len(signed))
    if missing:
        return Outcome("fail", say("unsigned", files=files, missing=quoted(missing)),
                       letter_evidence, _SEEN("missing_signatures", count=len(missing), names=quoted(missing)), expected)
    scanned = any(letter.read_by_ocr for letter in letters)
    note = say("scanned") if scanned else ""
    return Outcome("pass", say("signed", count=len(members), files=files, note=note),
                   letter_evidence, _SEEN("all_signed", count=len(members)), expected)


def _plan_statement(sub: Submission, pack: RulePack) -> Outcome:
    """What the plan itself says of the letter: signed, with each party's tasks."""
    say = messages("members.intent_letter")
    terms = pack.governance_terms
    expected = say("expected")
    letter = governance_evidence(sub, "intent_letter")
    if not sub.governance.intent_letter and letter:
        return Outcome("fail", say("not_signed"), pick(letter), _SEEN("not_signed"), expected)
    if not sub.governance.intent_letter:
        searched = quoted(terms.get("intent_letter", []))
        return Outcome("fail", say("absent", searched=searched), observed=_SEEN("not_found"), expected=expected)
    roles = [m for m in sub.members if m.role]
    texts = [ev.text for ev in letter]
    division = contains_any(texts, terms.get("task_division", []))
    rights = contains_any(texts, terms.get("rights_obligations", []))
    rights_note = say("rights") if rights else say("no_rights")
    if division or roles:
        how = say("division", division=division) if division else say("roles", count=len(roles))
        evidence = pick([*letter, *(ev for m in roles for ev in m.evidence[:1])])
        return Outcome("pass", say("pass", how=how, rights=rights_note), evidence, _SEEN("signed_divided"), expected)
    return Outcome(
        "manual",
        say("no_division", searched=quoted(terms.get("task_division", []))),
        pick(letter),
        observed=_SEEN("signed_undivided"),
        expected=expected,
    )
