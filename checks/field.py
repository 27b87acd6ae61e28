"""Strategic-field check (通知 一): the plan's field is one of the rule pack's 15.

The extractor maps free text onto a canonical field name. A declared field it
cannot map (no value, but a quote found in the text) or a value outside the
list fails, quoting the plan; no declaration at all is a reviewer's job.
"""

from __future__ import annotations

from checks.common import pick, trusted
from checks.registry import Outcome, messages, register
from pipeline.rulepack import RulePack
from pipeline.submission import Submission

_SEEN = messages("observed")


@register("field.strategic")
def strategic(sub: Submission, pack: RulePack) -> Outcome:
    """所属领域是否为规则包所列战略领域之一；通知 一 只支持这些领域组建创新联合体。"""
    say = messages("field.strategic")
    field = sub.strategic_field
    expected = say("expected", count=len(pack.field_names))
    evidence = pick(field.evidence)
    if field.value is None and evidence and field.source == "text":
        return Outcome("fail", say("unlisted_quoted", said=evidence[0].text, expected=expected), evidence,
                       evidence[0].text, expected)
    if field.value is None:
        quote = say("quote", said=evidence[0].text) if evidence else ""
        return Outcome("manual", say("none", quote=quote), evidence, _SEEN("undetermined"), expected)
    if field.value not in pack.field_names:
        return Outcome("fail", say("unlisted", said=field.value, expected=expected), evidence, field.value, expected)
    if not trusted(field):
        return Outcome("manual", say("untrusted", said=field.value), evidence, field.value, expected)
    return Outcome("pass", say("pass", said=field.value), evidence, field.value, expected)
