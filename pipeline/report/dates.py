"""The review date as the office writes it: today in Beijing time, whatever the server's clock zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


def office_today() -> date:
    return datetime.now(OFFICE_ZONE).date()


def chinese_date(day: date) -> str:
    """2022年11月8日, as a 公文 dates itself."""
    return f"{day.year}年{day.month}月{day.day}日"
