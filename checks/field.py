"""Strategic-field check (通知 一): the plan's field is one of the rule pack's 15.

The extractor maps free text onto a canonical field name. A declared field it
cannot map (no value, but a quote found in the text) or a value outside the
list fails, quoting the plan; no declaration at all is a reviewer's job.
"""

from __future__ import annotations

from checks.common import pick, trusted
from checks.registry import Outcome, register
from pipeline.rulepack import RulePack
from pipeline.submission import Submission


@register("field.strategic")
def strategic(sub: Submission, pack: RulePack) -> Outcome:
    """所属领域是否为规则包所列战略领域之一；通知 一 只支持这些领域组建创新联合体。"""
    field = sub.strategic_field
    expected = f"{len(pack.field_names)}个战略领域之一"
    evidence = pick(field.evidence)
    if field.value is None and evidence and field.source == "text":
        return Outcome("fail", f"方案所填领域（“{evidence[0].text}”）不在{expected}内。", evidence,
                       evidence[0].text, expected)
    if field.value is None:
        quote = f"（相关原文：“{evidence[0].text}”）" if evidence else ""
        return Outcome("manual", f"未能确定所属战略领域{quote}，请人工核对。", evidence, "未确定", expected)
    if field.value not in pack.field_names:
        return Outcome("fail", f"方案所填领域“{field.value}”不在{expected}内。", evidence, field.value, expected)
    if not trusted(field):
        return Outcome("manual", f"所属领域推断为“{field.value}”，但依据不足，请人工核对。", evidence,
                       field.value, expected)
    return Outcome("pass", f"所属领域为“{field.value}”。", evidence, field.value, expected)
