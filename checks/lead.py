"""Lead-unit checks (指引 三(一), 五(二)): who may lead, and how many projects it already runs.

Both facts are often left unsaid in a plan. Silence is not a violation here:
the reviewer is asked to confirm; a plan that describes its lead as something
else (only 高新技术企业, or a university) fails.
"""

from __future__ import annotations

import re

import cn2an

from checks.common import academic_lead, contains_any, pick, quoted, trusted
from checks.registry import Outcome, register
from pipeline.rulepack import RulePack
from pipeline.submission import Submission

_DIGITS = re.compile(r"\d+")
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十]+")


def _count(text: str) -> int | None:
    """The project count a field states ("2项", "两项", "3"), or None when it states none."""
    if match := _DIGITS.search(text):
        return int(match.group())
    if match := _CN_NUMBER.search(text):
        return int(cn2an.cn2an(match.group(), "smart"))
    return None


@register("lead.qualification")
def qualification(sub: Submission, pack: RulePack) -> Outcome:
    """牵头单位是否被方案表述为科技领军企业或科技小巨人企业。指引 三(一) 要求由此类企业牵头；
    方案称其为其他身份（如仅称高新技术企业）或牵头单位是高校院所时判为不符合；未写明时交审核人员核对认定文件。"""
    expected = quoted(pack.lead_qualifications)
    lead = sub.lead_name()
    lead_member = academic_lead(sub)
    if lead_member is not None:
        label = pack.member_kinds[lead_member.kind].label
        return Outcome(
            "fail",
            f"牵头单位“{lead_member.name}”为{label}，不是企业；要求由{expected}牵头。",
            pick(lead_member.evidence or sub.lead_unit.evidence),
            observed=label,
            expected=expected,
        )
    field = sub.lead_qualification
    found = contains_any([field.value or ""], pack.lead_qualifications)
    if found and trusted(field):
        return Outcome(
            "pass", f"方案称牵头单位{lead or ''}为“{found}”。", pick(field.evidence), observed=found, expected=expected
        )
    if field.value and not found:
        return Outcome("fail", f"方案称牵头单位为“{field.value}”，不是{expected}。", pick(field.evidence),
                       observed=field.value, expected=expected)
    message = f"方案未写明牵头单位{('“' + lead + '”') if lead else ''}是否为{expected}，请核对其认定文件。"
    return Outcome("manual", message, pick(field.evidence), observed=field.value or "未写明", expected=expected)


@register("lead.active_projects")
def active_projects(sub: Submission, pack: RulePack) -> Outcome:
    """牵头企业已承担的在研省“尖兵”“领雁”项目数是否不超过上限（规则包 active_projects_max）。
    指引 五(二) 以“原则上”限制，超出为警示；方案未写明数量时交审核人员查询。"""
    limit = pack.thresholds.active_projects_max
    expected = f"原则上不超过{limit}项"
    field = sub.lead_active_projects
    count = _count(field.value) if field.value else None
    if count is None or not trusted(field):
        return Outcome(
            "manual",
            f"方案未写明牵头企业在研省“尖兵”“领雁”项目数，请查询核对（{expected}）。",
            pick(field.evidence),
            observed=field.value or "未写明",
            expected=expected,
        )
    observed = f"{count}项"
    if count <= limit:
        return Outcome("pass", f"牵头企业在研项目{observed}，{expected}。", pick(field.evidence), observed, expected)
    return Outcome("warn", f"牵头企业在研项目{observed}，超过上限（{expected}）。", pick(field.evidence), observed, expected)
