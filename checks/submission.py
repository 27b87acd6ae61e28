"""Submission check (通知 二): the plan is dated no later than the notice's deadline.

The plan's own date (落款 or cover) is what a machine can read; when it gives
only year and month and that month holds the deadline, a reviewer decides.
"""

from __future__ import annotations

from checks.registry import Outcome, messages, register
from pipeline.rulepack import RulePack
from pipeline.submission import Submission


@register("submission.deadline")
def deadline(sub: Submission, pack: RulePack) -> Outcome:
    """方案落款日期是否晚于规则包的报送截止日期；晚于截止日期的方案须由区县确认是否仍予报送。"""
    say = messages("submission.deadline")
    dated = sub.submission_date
    expected = say("expected", deadline=pack.deadline, deadline_text=pack.deadline_text)
    if not dated.value:
        return Outcome("manual", say("undated", deadline_text=pack.deadline_text),
                       observed=messages("observed")("not_found"), expected=expected)
    compared = pack.deadline[: len(dated.value)]  # a date of year and month only is compared by month
    if dated.value > compared:
        return Outcome("warn", say("late", dated=dated.value, deadline=pack.deadline),
                       dated.evidence, dated.value, expected)
    if dated.value == compared and len(dated.value) < len(pack.deadline):
        return Outcome("manual", say("month_only", dated=dated.value, deadline=pack.deadline),
                       dated.evidence, dated.value, expected)
    return Outcome("pass", say("pass", dated=dated.value, deadline=pack.deadline),
                   dated.evidence, dated.value, expected)
