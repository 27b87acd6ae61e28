"""Submission check (通知 二): the plan is dated no later than the notice's deadline.

The plan's own date (落款 or cover) is what a machine can read; when it gives
only year and month and that month holds the deadline, a reviewer decides.
"""

from __future__ import annotations

from checks.registry import Outcome, register
from pipeline.rulepack import RulePack
from pipeline.submission import Submission


@register("submission.deadline")
def deadline(sub: Submission, pack: RulePack) -> Outcome:
    """方案落款日期是否晚于规则包的报送截止日期；晚于截止日期的方案须由区县确认是否仍予报送。"""
    dated = sub.submission_date
    expected = f"不晚于{pack.deadline}（{pack.deadline_text}报送）"
    if not dated.value:
        return Outcome("manual", f"未找到方案的落款日期，请核对方案是否在{pack.deadline_text}报送。",
                       observed="未找到", expected=expected)
    compared = pack.deadline[: len(dated.value)]  # a date of year and month only is compared by month
    if dated.value > compared:
        return Outcome("warn", f"方案落款日期为{dated.value}，晚于报送截止日期{pack.deadline}。",
                       dated.evidence, dated.value, expected)
    if dated.value == compared and len(dated.value) < len(pack.deadline):
        return Outcome("manual", f"方案落款只写到{dated.value}，无法判断是否晚于{pack.deadline}，请核对报送时间。",
                       dated.evidence, dated.value, expected)
    return Outcome("pass", f"方案落款日期为{dated.value}，不晚于报送截止日期{pack.deadline}。",
                   dated.evidence, dated.value, expected)
