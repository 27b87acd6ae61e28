"""Lead-unit checks (指引 三(一), 五(二)): who may lead, and how many projects it already runs.

Both facts are often left unsaid in a plan. Silence is not a violation here:
the reviewer is asked to confirm; a plan that describes its lead as something
else (only 高新技术企业, or a university) fails.
"""

from __future__ import annotations

from checks.common import academic_lead, contains_any, pick, quoted, trusted
from checks.registry import Outcome, messages, register
from pipeline.numerals import count_value
from pipeline.rulepack import RulePack
from pipeline.submission import Submission
from pipeline.terms import term

_SEEN = messages("observed")


def _count(text: str) -> int | None:
    """The project count a field states ("2项", "两项", "3"), or None when it states none."""
    match = term("numbers.arabic").search(text) or term("numbers.chinese").search(text)
    return count_value(match.group()) if match else None


@register("lead.qualification")
def qualification(sub: Submission, pack: RulePack) -> Outcome:
    """牵头单位是否被方案表述为科技领军企业或科技小巨人企业。指引 三(一) 要求由此类企业牵头；
    方案称其为其他身份（如仅称高新技术企业）或牵头单位是高校院所时判为不符合；未写明时交审核人员核对认定文件。"""
    say = messages("lead.qualification")
    expected = quoted(pack.lead_qualifications)
    lead = sub.lead_name()
    lead_member = academic_lead(sub)
    if lead_member is not None:
        label = pack.member_kinds[lead_member.kind].label
        return Outcome(
            "fail",
            say("academic", lead=lead_member.name, label=label, expected=expected),
            pick(lead_member.evidence or sub.lead_unit.evidence),
            observed=label,
            expected=expected,
        )
    field = sub.lead_qualification
    found = contains_any([field.value or ""], pack.lead_qualifications)
    if found and trusted(field):
        return Outcome(
            "pass", say("pass", lead=lead or "", found=found), pick(field.evidence), observed=found, expected=expected
        )
    if field.value and not found:
        return Outcome("fail", say("other", said=field.value, expected=expected), pick(field.evidence),
                       observed=field.value, expected=expected)
    message = say("unsaid", lead=f"“{lead}”" if lead else "", expected=expected)
    return Outcome("manual", message, pick(field.evidence), observed=field.value or _SEEN("unstated"), expected=expected)


@register("lead.active_projects")
def active_projects(sub: Submission, pack: RulePack) -> Outcome:
    """牵头企业已承担的在研省“尖兵”“领雁”项目数是否不超过上限（规则包 active_projects_max）。
    指引 五(二) 以“原则上”限制，超出为警示；方案未写明数量时交审核人员查询。"""
    say = messages("lead.active_projects")
    limit = pack.thresholds.active_projects_max
    expected = say("expected", limit=limit)
    field = sub.lead_active_projects
    count = _count(field.value) if field.value else None
    if count is None or not trusted(field):
        return Outcome(
            "manual",
            say("unsaid", expected=expected),
            pick(field.evidence),
            observed=field.value or _SEEN("unstated"),
            expected=expected,
        )
    observed = say("observed", count=count)
    if count <= limit:
        return Outcome("pass", say("pass", observed=observed, expected=expected), pick(field.evidence), observed,
                       expected)
    return Outcome("warn", say("warn", observed=observed, expected=expected), pick(field.evidence), observed,
                   expected)
