"""Outline checks (附件2 参考提纲): the five parts are present, in order, and not empty.

Section detection is the outline matcher's job (``Submission.sections``);
these checks only judge what it found, naming the section titles and heading
synonyms of the rule pack when something is missing.
"""

from __future__ import annotations

import cn2an

from checks.common import pick
from checks.registry import Outcome, messages, register
from pipeline.rulepack import OutlineSection, RulePack
from pipeline.submission import Evidence, Location, Section, Submission

# Below this a part is taken as "heading only": a placeholder ("详见附件", "按有关规定执行") is under 20 characters,
# while one sentence giving the total and its sources ("联合体三年总投入1.1亿元。其中：企业自筹0.8亿元…", 47) is content.
MIN_SECTION_CHARS = 30
_SAY = messages("outline")

SECTION_OF_CHECK: dict[str, int] = {
    "outline.background": 1,
    "outline.goals_tasks": 2,
    "outline.organization": 3,
    "outline.funding": 4,
    "outline.schedule": 5,
}


def outline_label(part: OutlineSection) -> str:
    return f"{cn2an.an2cn(part.number)}、{part.title}"


def find_section(sub: Submission, number: int) -> Section | None:
    return next((s for s in sub.sections if s.outline == number), None)


def heading_evidence(section: Section | None) -> list[Evidence]:
    """Where a found part starts: its recorded evidence, else its heading at its first block."""
    if section is None or not section.present:
        return []
    if section.evidence:
        return pick(section.evidence, 2)
    if section.heading_found and section.first_block is not None:
        return [Evidence(text=section.heading_found, loc=Location(block=section.first_block))]
    return []


def _outline_part(pack: RulePack, number: int) -> OutlineSection:
    return next(p for p in pack.outline if p.number == number)


def _register_section_check(check_id: str, number: int) -> None:
    def check(sub: Submission, pack: RulePack) -> Outcome:
        part = _outline_part(pack, number)
        label = outline_label(part)
        section = find_section(sub, number)
        if section is None:
            return Outcome("manual", _SAY("unread", label=label), expected=label)
        if section.present:
            return Outcome(
                "pass",
                _SAY("found", label=label, heading=section.heading_found),
                heading_evidence(section),
                observed=section.heading_found,
                expected=label,
            )
        searched = "、".join([part.title, *part.synonyms])
        return Outcome("fail", _SAY("missing", label=label, searched=searched), observed=messages("observed")("not_found"), expected=label)

    check.__doc__ = (
        f"附件2 参考提纲第{number}部分是否存在：按含义匹配标题（编号形式与措辞小变化均可），"
        "缺少该部分的方案不符合提纲要求。"
    )
    register(check_id)(check)


for _check_id, _number in SECTION_OF_CHECK.items():
    _register_section_check(_check_id, _number)


def _found_in_reading_order(sub: Submission) -> list[Section]:
    found = [s for s in sub.sections if s.present and s.first_block is not None]
    return sorted(found, key=lambda s: s.first_block or 0)


@register("outline.order")
def order(sub: Submission, pack: RulePack) -> Outcome:
    """找到的各部分在文中出现的先后是否与提纲顺序一致；顺序打乱的方案不便审阅（附件2）。"""
    say = messages("outline.order")
    found = _found_in_reading_order(sub)
    if len(found) < 2:
        return Outcome("manual", say("too_few"))
    numerals = [cn2an.an2cn(s.outline) for s in found]
    observed = "、".join(numerals)
    expected = "、".join(cn2an.an2cn(n) for n in sorted(s.outline for s in found))
    evidence = [ev for s in found for ev in heading_evidence(s)[:1]]
    if observed == expected:
        return Outcome("pass", say("pass", observed=observed), evidence, observed, expected)
    return Outcome("warn", say("warn", observed=observed, expected=expected), evidence, observed, expected)


@register("outline.substance")
def substance(sub: Submission, pack: RulePack) -> Outcome:
    """每个找到的部分正文是否有实质内容（不少于约30字），只有标题的部分等于未写（附件2）。"""
    say = messages("outline.substance")
    found = [s for s in sub.sections if s.present]
    if not found:
        return Outcome("manual", say("none"))
    labels = {p.number: outline_label(p) for p in pack.outline}
    thin = [s for s in found if s.chars < MIN_SECTION_CHARS]
    expected = say("expected", minimum=MIN_SECTION_CHARS)
    if thin:
        observed = "；".join(say("thin_part", label=labels.get(s.outline, s.heading_found), chars=s.chars)
                            for s in thin)
        evidence = [ev for s in thin for ev in heading_evidence(s)[:1]]
        return Outcome("warn", say("thin", observed=observed, expected=expected), evidence, observed, expected)
    observed = "；".join(say("part", label=labels.get(s.outline, s.heading_found), chars=s.chars) for s in found)
    evidence = [ev for s in found for ev in heading_evidence(s)[:1]]
    return Outcome("pass", say("pass", count=len(found), observed=observed), evidence, observed, expected)
