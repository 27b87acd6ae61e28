"""汇总表 check (附件4): every column of the plan's row can be filled from the plan."""

from __future__ import annotations

from checks.common import pick, quoted
from checks.registry import Outcome, messages, register
from pipeline.rulepack import RulePack
from pipeline.submission import Submission
from pipeline.summary_row import summary_fields


@register("summary.complete")
def complete(sub: Submission, pack: RulePack) -> Outcome:
    """汇总表（附件4）除序号外的各列能否从方案中填写；缺项时区县科技局须向申报单位补问。"""
    say = messages("summary.complete")
    fields = summary_fields(sub, pack)
    missing = [column for column, field in fields.items() if field.value is None]
    filled = [column for column in fields if column not in missing]
    evidence = pick((ev for column in filled for ev in fields[column].evidence[:1]), limit=len(fields))
    expected = say("expected", columns=quoted(fields))
    if not missing:
        return Outcome("pass", say("pass", count=len(fields)), evidence, "全部可填", expected)
    observed = say("missing", columns=quoted(missing))
    if not filled:
        return Outcome("fail", say("none", observed=observed), [], observed, expected)
    return Outcome("warn", say("warn", columns=quoted(missing)), evidence, observed, expected)
