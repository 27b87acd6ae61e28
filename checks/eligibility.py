"""Application-type checks (通知 一、二): the type is stated, and the plan qualifies for it.

What qualifies each type is rule-pack data: either wording the plan must show
(``evidence_phrases``, e.g. 揭榜 for 类型一, 科技领军企业 for 类型二, with what
that wording must name, ``evidence_requires``) or a lead
that must be on the listed-leads list (类型三). Missing wording
fails like a lead absent from the list, since the plan must show it qualifies.
"""

from __future__ import annotations

import re

from checks.common import academic_lead, pick, quoted, same_unit, trusted
from checks.registry import Outcome, messages, register
from pipeline.nlp import arabic_years
from pipeline.orgnames import UnitIndex, find_org_names, legal_form_differs
from pipeline.rulepack import ApplicationType, RulePack
from pipeline.sentences import clause_texts, sentence_start
from pipeline.submission import CONFLICT, Evidence, Submission, unit_key
from pipeline.terms import term

_SEEN = messages("observed")

_SPACE = re.compile(r"\s+")
MAX_CLAIM = 80  # characters of a plan's claim a message quotes
_DECLARED = messages("type.declared")
_ELIGIBLE = messages("type.eligibility")


def declared_type(sub: Submission, pack: RulePack) -> ApplicationType | None:
    return next((t for t in pack.application_types if t.name == sub.application_type.value), None)


@register("type.declared")
def declared(sub: Submission, pack: RulePack) -> Outcome:
    """方案的申报类型能否确定为规则包所列类型之一；通知 一 按类型区分申报对象与资格。"""
    field = sub.application_type
    names = [t.name for t in pack.application_types]
    expected = _DECLARED("expected", names=quoted(names))
    evidence = pick(field.evidence)
    if field.value is None and field.source == CONFLICT:
        said = "”与“".join(ev.text for ev in field.evidence)
        return Outcome("manual", _DECLARED("conflict", said=said), evidence, _SEEN("inconsistent"), expected)
    if field.value is None:
        searched = quoted(w for t in pack.application_types for w in [t.name, *t.aliases, *t.phrases])
        return Outcome("fail", _DECLARED("none", searched=searched), evidence, _SEEN("undetermined"), expected)
    if declared_type(sub, pack) is None:
        return Outcome("fail", _DECLARED("unknown", value=field.value, expected=expected), evidence, field.value,
                       expected)
    if not trusted(field):
        return Outcome("manual", _DECLARED("untrusted", value=field.value), evidence, field.value, expected)
    return Outcome("pass", _DECLARED("pass", value=field.value), evidence, field.value, expected)


def _listed_lead(sub: Submission, kind: ApplicationType, pack: RulePack) -> Outcome:
    lead = sub.lead_name()
    expected = kind.eligibility
    evidence = pick(sub.lead_unit.evidence)
    if not lead:
        return Outcome("manual", _ELIGIBLE("no_lead", kind=kind.name, expected=expected),
                       observed=_SEEN("unrecognised"), expected=expected)
    # One company written with or without its leading place name (杭州海康威视… ~ 海康威视…), never another core.
    if (listed := UnitIndex(pack.listed_leads).find(lead)) is not None:
        if legal_form_differs(lead, listed):
            say = _ELIGIBLE("listed_other_form", lead=lead, listed=listed, kind=kind.name)
            return Outcome("manual", say, evidence, lead, expected)
        return Outcome("pass", _ELIGIBLE("listed", lead=lead, kind=kind.name), evidence, lead, expected)
    return Outcome("fail", _ELIGIBLE("unlisted", lead=lead, kind=kind.name, expected=expected), evidence, lead,
                   expected)


def _says(text: str, kind: ApplicationType) -> bool:
    return any(unit_key(p) in unit_key(text) for p in kind.evidence_phrases)


def _unsaid(text: str, kind: ApplicationType) -> list[str]:
    """What the type also requires the claiming quote to say that it does not (类型一: 2023年度, the 榜单); a year
    in Chinese numerals (二〇二三年度) says the same."""
    key = unit_key(arabic_years(text))
    return [group[0] for group in kind.evidence_requires if not any(unit_key(w) in key for w in group)]


def _aimed_at(text: str, kind: ApplicationType) -> bool:
    """Whether a quote only aims at the type's standing: a clause with its wording says it is sought or pending
    ("根据…2023年度…榜单，芯研科技已申报揭榜…榜单，正在专家评审中"), and no other such clause says it is held."""
    unfulfilled, achieved = term("standing.unfulfilled"), term("standing.achieved")
    clauses = [c for c in clause_texts(_SPACE.sub("", text)) if _says(c, kind)]
    aims = [c for c in clauses if unfulfilled.search(c)]
    return bool(aims) and not any(achieved.search(c) for c in clauses if c not in aims)


def _claim(text: str, kind: ApplicationType) -> str:
    """The clause of a quote that states the standing, so a message shows what the plan actually says:
    the first clause with the type's wording and all it requires, else the first with the wording."""
    compact = _SPACE.sub("", text)
    clauses = [c for c in clause_texts(compact) if _says(c, kind)]
    whole = next((c for c in clauses if not _unsaid(c, kind)), clauses[0] if clauses else compact)
    return whole if len(whole) <= MAX_CLAIM else whole[:MAX_CLAIM] + "…"


def _holder(text: str, kind: ApplicationType, lead: str | None) -> str | None:
    """The unit other than the lead a quote says holds the type's standing ("成员单位浙江大学已成功揭榜…"):
    the unit the nearest clause before the wording names, unless that clause speaks of the consortium or
    its lead; None when the standing is the consortium's or nobody is named. A type naming its holder words
    (类型一: 揭榜) is read at each of them in turn, so "本联合体依托…榜单组建。该榜单由成员单位X成功揭榜" is X's."""
    compact = _SPACE.sub("", text)
    if kind.holder_phrases:
        places = sorted(m.start() for p in kind.holder_phrases for m in re.finditer(re.escape(p), compact))
    else:
        claim = _claim(text, kind).removesuffix("…")
        within = min((i for p in kind.evidence_phrases if (i := claim.find(p)) >= 0), default=-1)
        places = [start + within] if within >= 0 and (start := compact.find(claim)) >= 0 else []
    for at in places:
        sentence = compact[sentence_start(compact, at):at]
        for clause in reversed(clause_texts(sentence)):
            if term("standing.said_of_consortium").search(clause):
                return None
            if names := [hit.name for hit in find_org_names(clause)]:
                return None if any(same_unit(name, lead) for name in names) else names[-1]
    return None


def _stated_wording(sub: Submission, kind: ApplicationType) -> Outcome:
    """The type's wording in the type declaration, or as the lead's own standing: a quote about the lead
    may also name a member's title ("…，成员单位乙为省科技领军企业"), so the standing read is what counts.
    Wording alone is not enough where the type names which one (类型一: 揭榜 a 2022 ordinary project is
    not the 2023 创新联合体攻关任务榜单): a claim missing what is required fails, quoting what it says, and one
    only aimed at ("拟揭榜") is quoted before passing mentions, as the reason the standing is not held. A standing
    said of another unit ("成员单位浙江大学已成功揭榜…") is that unit's: it fails, quoted, unless the consortium's
    own is shown too."""
    expected = kind.eligibility
    sources: list[Evidence] = [*sub.application_type.evidence, *sub.lead_qualification.evidence]
    definition = term("standing.category_definition")  # the call's words for the type, not the lead's standing
    quotes = [ev for ev in sub.application_type.evidence if _says(definition.remove(ev.text), kind)]
    others = [(ev, unit) for ev in quotes if (unit := _holder(ev.text, kind, sub.lead_name()))]
    quotes = [ev for ev in quotes if all(ev is not other for other, _ in others)]
    if _says(sub.lead_qualification.value or "", kind):
        quotes += sub.lead_qualification.evidence
    held = [ev for ev in quotes if not _aimed_at(ev.text, kind)]
    if complete := [ev for ev in held if not _unsaid(ev.text, kind)]:
        said = _claim(complete[0].text, kind)
        return Outcome("pass", _ELIGIBLE("stated", said=said, kind=kind.name, expected=expected), pick(complete),
                       said, expected)
    if others:
        said = _claim(others[0][0].text, kind)
        say = _ELIGIBLE("held_by_other", said=said, unit=others[0][1], kind=kind.name, expected=expected)
        return Outcome("fail", say, pick(ev for ev, _ in others), said, expected)
    if aimed := [ev for ev in quotes if ev not in held]:
        said = _claim(aimed[0].text, kind)
        return Outcome("fail", _ELIGIBLE("aimed", said=said, kind=kind.name, expected=expected),
                       pick(aimed), said, expected)
    if held:
        said = _claim(held[0].text, kind)
        unsaid = quoted(_unsaid(held[0].text, kind))
        return Outcome("fail", _ELIGIBLE("incomplete", said=said, unsaid=unsaid, kind=kind.name, expected=expected),
                       pick(held), said, expected)
    searched = quoted(kind.evidence_phrases)
    return Outcome("fail", _ELIGIBLE("unstated", kind=kind.name, searched=searched, expected=expected),
                   pick(sources), _SEEN("unsaid"), expected)


@register("type.eligibility")
def eligibility(sub: Submission, pack: RulePack) -> Outcome:
    """所报类型的资格是否成立：牵头单位为高校或科研院所时任何类型都不符（三类申报对象均由企业牵头）；
    类型要求名单内牵头企业时比对名单（名称规范化、全半角括号统一），否则查找规则包为该类型列出的资格表述。
    通知 一、二 按类型规定申报对象。"""
    kind = declared_type(sub, pack)
    if kind is None or not trusted(sub.application_type):
        return Outcome("manual", _ELIGIBLE("undetermined"), observed=_SEEN("type_undetermined"))
    if (lead := academic_lead(sub)) is not None:
        label = pack.member_kinds[lead.kind].label
        say = _ELIGIBLE("academic_lead", lead=lead.name, label=label, kind=kind.name, expected=kind.eligibility)
        return Outcome("fail", say, pick(lead.evidence or sub.lead_unit.evidence), label, kind.eligibility)
    if kind.requires_listed_lead:
        return _listed_lead(sub, kind, pack)
    return _stated_wording(sub, kind)
