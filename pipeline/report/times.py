"""Times as the reviewer reads them: Beijing time (Asia/Shanghai), whatever the server's own zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from pipeline.wording import say

REVIEWER_ZONE = ZoneInfo("Asia/Shanghai")
LABEL = "北京时间"


def local_time(moment: str | datetime | None) -> str:
    """``2022-11-10 14:05（北京时间）`` for an ISO time or a datetime (a naive one is taken as UTC); "" for None."""
    if moment is None or moment == "":
        return ""
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if when.tzinfo is None:
        when = when.replace(tzinfo=ZoneInfo("UTC"))
    return f"{when.astimezone(REVIEWER_ZONE):%Y-%m-%d %H:%M}（{LABEL}）"


def now_local() -> str:
    return local_time(datetime.now(REVIEWER_ZONE))


def office_today() -> date:
    """Today in Beijing, the date a 审查意见 or 汇总表 carries."""
    return datetime.now(REVIEWER_ZONE).date()


def chinese_date(day: date) -> str:
    """2022年11月8日, as a 公文 dates itself."""
    return say("report.date", year=day.year, month=day.month, day=day.day)
