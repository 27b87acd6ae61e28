"""Organisation and mechanism checks (指引 三(三), 三(四)): council, chair, committees, IP rules.

Without a council, its chair and membership rules cannot be met either: the
chair check fails and the membership check (一般 wording) warns, each saying
the council is missing, so the count of problems matches the 指引. Encouraged items
(鼓励) that are missing warn, pointing at the organisation part where they
were looked for.
"""

from __future__ import annotations

from checks.common import all_units, contains_any, pick, quoted, same_unit
from checks.members import governance_evidence
from checks.outline import SECTION_OF_CHECK, find_section, heading_evidence
from checks.registry import Outcome, Status, messages, register
from pipeline.numerals import count_value
from pipeline.orgnames import unit_named
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, Submission, unit_key
from pipeline.terms import term

_SAY = messages("org")
_SEEN = messages("observed")


def _absent(item: str, pack: RulePack, term_key: str, expected: str, quotes: list[Evidence]) -> Outcome:
    """Not established: quote what the plan says about it, or name what was searched for."""
    if quotes:
        return Outcome("fail", _SAY("absent_quoted", item=item), pick(quotes), _SEEN("not_established"), expected)
    searched = quoted(pack.governance_terms.get(term_key, []))
    return Outcome("fail", _SAY("absent", item=item, searched=searched), observed=_SEEN("not_found"), expected=expected)


def _no_council(sub: Submission, status: Status, expected: str) -> Outcome:
    """No council: the rule cannot be met; quote what the plan says about it, or where it was sought."""
    where = pick(governance_evidence(sub, "council")) or _where_organisation_is(sub)
    return Outcome(status, _SAY("no_council", expected=expected), where, _SEEN("no_council"), expected)


def _where_organisation_is(sub: Submission) -> list[Evidence]:
    """The organisation part's heading, else any governance quote: where a missing item was looked for."""
    section = find_section(sub, SECTION_OF_CHECK["outline.organization"])
    found = heading_evidence(section)
    return found or pick((ev for evs in sub.governance.evidence.values() for ev in evs), 1)


@register("org.council")
def council(sub: Submission, pack: RulePack) -> Outcome:
    """是否建立理事会负责重大事项商议与决策；指引 三(三) 要求“应建立理事会”。"""
    say = messages("org.council")
    expected = say("expected")
    quotes = governance_evidence(sub, "council")
    if sub.governance.council:
        return Outcome("pass", say("pass"), pick(quotes), _SEEN("established"), expected)
    return _absent(say("item"), pack, "council", expected, quotes)


def _chair_tied_to_lead(sub: Submission, lead: str) -> list[Evidence]:
    """Chair quotes that name the lead unit in full (“由××公司董事长张三担任理事长”)."""
    quotes = governance_evidence(sub, "council_chair")
    return [ev for ev in quotes if unit_key(lead) in unit_key(ev.text)]


def _chair_unit_by_short_form(sub: Submission) -> tuple[str, Evidence] | None:
    """The member a chair quote names before the chair's title, by full name or short form
    ("领航基因董事长" names 领航基因科技（杭州）有限公司)."""
    names = [m.name for m in all_units(sub)]
    for ev in governance_evidence(sub, "council_chair"):
        for m in term("governance.unit_before_title").finditer(unit_key(ev.text)):
            if named := unit_named(m.group(1), names):
                return named, ev
    return None


def _post_below_head(sub: Submission) -> tuple[str, Evidence] | None:
    """The post a chair quote gives the chair when it is not the unit's head (技术负责人, 首席技术官, 副总经理)
    and the quote names no head's post beside it (董事长, 总经理, 法定代表人)."""
    for ev in governance_evidence(sub, "council_chair"):
        text = unit_key(ev.text)
        if (below := term("governance.post_below_head").search(text)) and not term("governance.head_post").search(text):
            return below.group(), ev
    return None


@register("org.council_chair")
def council_chair(sub: Submission, pack: RulePack) -> Outcome:
    """理事长是否由牵头单位负责人担任：比较理事长所在单位与牵头单位（名称规范化后），或原文把理事长与
    牵头单位连在一起表述；牵头单位的人员只是技术负责人、副职等而非单位负责人的，不符合。指引 三(三) 规定
    “理事长由牵头单位负责人担任”。"""
    outcome = _chair_unit(sub)
    if outcome.status == "pass" and (below := _post_below_head(sub)):
        post, quote = below
        say = messages("org.council_chair")
        return Outcome("fail", say("below_head", post=post), [quote], post, outcome.expected)
    return outcome


def _chair_unit(sub: Submission) -> Outcome:
    """Whether the chair comes from the lead unit, whatever the post."""
    say = messages("org.council_chair")
    gov = sub.governance
    lead = sub.lead_name()
    expected = say("expected", lead=f"“{lead}”" if lead else "")
    if not gov.council:
        return _no_council(sub, "fail", expected)
    if gov.council_chair_rotates:
        return Outcome("fail", say("rotates", lead=f"“{lead}”" if lead else ""), pick(governance_evidence(sub, "council_chair_rotates")),
                       say("rotates_observed"), expected)
    quotes = pick(governance_evidence(sub, "council_chair"))
    by_short_form = None if gov.council_chair_unit else _chair_unit_by_short_form(sub)
    if not gov.council_chair and not gov.council_chair_unit and not by_short_form:
        return Outcome("manual", say("unnamed"), quotes, _SEEN("unstated"), expected)
    if not lead:
        return Outcome("manual", say("no_lead"), quotes, gov.council_chair_unit or gov.council_chair, expected)
    observed = gov.council_chair_unit or gov.council_chair or ""
    if any(said and same_unit(said, lead) for said in (gov.council_chair_unit, gov.council_chair)):
        return Outcome("pass", say("lead_unit", unit=observed), quotes, observed, expected)
    if tied := _chair_tied_to_lead(sub, lead):
        return Outcome("pass", say("tied", chair=gov.council_chair, lead=lead), tied, observed, expected)
    if by_short_form:
        unit, quote = by_short_form
        said = observed or quote.text
        if same_unit(unit, lead):
            return Outcome("pass", say("short_form", said=said, lead=lead), [quote], said, expected)
        return Outcome("fail", say("short_form_other", said=said, unit=unit, lead=lead), [quote], unit, expected)
    if gov.council_chair_unit:
        return Outcome("fail", say("other_unit", unit=gov.council_chair_unit, lead=lead), quotes, observed, expected)
    return Outcome("manual", say("unit_unsaid", chair=gov.council_chair), quotes, observed, expected)


@register("org.council_members")
def council_members(sub: Submission, pack: RulePack) -> Outcome:
    """理事会成员是否包括所有成员单位负责人；指引 三(三) 规定理事会“成员包括创新联合体所有成员单位负责人”。"""
    say = messages("org.council_members")
    gov = sub.governance
    expected = say("expected")
    if not gov.council:
        return _no_council(sub, "warn", expected)
    quotes = pick(governance_evidence(sub, "council_members_all", "council_members"))
    stated, members = _stated_unit_count(quotes), len(all_units(sub))
    if gov.council_members_all is True and stated is not None and stated < members:
        return Outcome("warn", say("fewer", stated=stated, members=members), quotes, _SEEN("units", count=stated), expected)
    if gov.council_members_all is True:
        return Outcome("pass", say("all"), quotes, _SEEN("all_members"), expected)
    if gov.council_members_all is False:
        return Outcome("warn", say("not_all"), quotes or pick(governance_evidence(sub, "council")),
                       _SEEN("not_all_members"), expected)
    return Outcome("manual", say("unsaid"), pick(governance_evidence(sub, "council")), _SEEN("unstated"), expected)


def _stated_unit_count(quotes: list[Evidence]) -> int | None:
    """The number of units a council-membership quote states ("由6家成员单位负责人组成")."""
    for ev in quotes:
        if m := term("governance.council_unit_count").search(unit_key(ev.text)):
            return count_value(m.group(1))
    return None


def _encouraged(sub: Submission, present: bool, check_id: str, quotes: list[Evidence], pack: RulePack,
                key: str) -> Outcome:
    """An encouraged item: present → pass; absent → warn pointing at where it was looked for."""
    item = messages(check_id)("item")
    expected = _SAY("encouraged", item=item)
    if present:
        return Outcome("pass", _SAY("encouraged_present", item=item), pick(quotes), _SEEN("some"), expected)
    searched = quoted(pack.governance_terms.get(key, []))
    where = pick(quotes) or _where_organisation_is(sub)
    if not where:
        return Outcome("manual", _SAY("encouraged_nowhere", item=item, searched=searched),
                       observed=_SEEN("not_found"), expected=expected)
    return Outcome("warn", _SAY("encouraged_absent", item=item, searched=searched), where, _SEEN("none"), expected)


@register("org.expert_committee")
def expert_committee(sub: Submission, pack: RulePack) -> Outcome:
    """是否设立专家咨询委员会作为决策咨询机构；指引 三(三) 鼓励设立，缺少仅提示。"""
    return _encouraged(sub, sub.governance.expert_committee, "org.expert_committee",
                       governance_evidence(sub, "expert_committee"), pack, "expert_committee")


@register("org.chief_scientist")
def chief_scientist(sub: Submission, pack: RulePack) -> Outcome:
    """是否设置首席科学家岗；指引 三(三) 鼓励设置，缺少仅提示。"""
    return _encouraged(sub, bool(sub.governance.chief_scientist), "org.chief_scientist",
                       governance_evidence(sub, "chief_scientist"), pack, "chief_scientist")


@register("mechanism.ip_sharing")
def ip_sharing(sub: Submission, pack: RulePack) -> Outcome:
    """是否通过合同约定、知识产权管理协议等建立“共建共享”的知识产权管理制度；指引 三(四) 的要求。"""
    say = messages("mechanism.ip_sharing")
    expected = say("expected")
    quotes = pick(governance_evidence(sub, "ip_agreement", "ip_sharing"))
    if sub.governance.ip_agreement:
        found = contains_any((ev.text for ev in quotes), pack.governance_terms.get("ip_sharing", []))
        message = say("pass", found=found) if found else say("pass_quoted")
        return Outcome("pass", message, quotes, _SEEN("established"), expected)
    return _absent(say("item"), pack, "ip_sharing", expected, quotes)
