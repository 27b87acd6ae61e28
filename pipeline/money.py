"""Amounts of money as plans write them, converted to 万元.

Plans mix 1.2亿元, 12,000万元, 125,000,000元 (or 125 000 000元), 一千二百万元, 壹亿贰仟万元 and a
bare 9000万;
every amount is reported in 万元 (the contract's unit) together with the unit
the plan used and its character span, so the quote can be shown beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.numerals import chinese_value
from pipeline.terms import term

# 千元 and 百万元 are table units ("单位：千元"); in running text 20,000千元 reads as 20,000 × 千 × 元.
WAN_PER_UNIT = {"元": 1e-4, "千元": 0.1, "万元": 1.0, "万": 1.0, "百万元": 100.0, "亿元": 1e4, "亿": 1e4}

# Thousands grouped by commas or by single spaces (62 500 000元); a number never starts inside another
# or right after a group of digits and a space (62 500 0000元 is no amount rather than 0元).
# A scan's thousands commas may be read as points ("6.000.000.00"): groups of three before a two-digit tail.
# A plan typed in full-width characters writes its decimal point full-width too ("８．５亿元"). It is read here, in an
# amount, and not folded by the reader: between digits "．" may also close a list number ("。3．800G光模块").
_ARABIC = r"(?<![\d.．,，])(?<!\d[ \u00a0\u2009\u202f])(?:\d{1,3}(?:\.\d{3})+(?=\.\d{2}(?!\d))|\d{1,3}(?:[,，]\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)(?:[.．]\d+)?"
_CN_DIGITS = "零〇一二两三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾"
_CHINESE = rf"[{_CN_DIGITS}][{_CN_DIGITS}百千万亿点佰仟萬億]*"
# A bare 万/亿 (no 元) is money only when no other measure word follows (5万平方米 is not).
_MEASURE_AFTER = r"(?![平方米人台套吨次个件亩户家项篇条名位辆千瓦度倍余多张株头只])"
_AMOUNT_RE = re.compile(
    rf"(?P<num>{_ARABIC})\s*(?P<mult>[千百]?)\s*(?P<unit>亿元|万元|元|亿{_MEASURE_AFTER}|万{_MEASURE_AFTER})"
    rf"|(?P<cn>{_CHINESE})(?P<cnunit>元)"
)


@dataclass(frozen=True)
class Amount:
    """One amount found in a text: its value in 万元, the unit as written, and where it stands."""

    value_wan: float
    unit: str
    start: int
    end: int


def _arabic(num: str) -> float:
    whole, point, fraction = re.sub(r"[,，\s]", "", num).replace("．", ".").rpartition(".")
    return float(whole.replace(".", "") + point + fraction) if point else float(fraction)


def _chinese_yuan(num: str) -> tuple[float, str] | None:
    """A Chinese numeral before 元, as yuan, with the unit its last character implies."""
    value = chinese_value(num)
    if value is None:
        return None
    unit = {"万": "万元", "亿": "亿元"}.get(num[-1], "元")
    return value, unit


def find_amounts(text: str) -> list[Amount]:
    """Every amount with a money unit in ``text``, in order."""
    out = []
    for m in _AMOUNT_RE.finditer(text):
        if m.group("num"):
            value = _arabic(m.group("num")) * {"千": 1e3, "百": 1e2}.get(m.group("mult"), 1.0)
            unit = m.group("unit")
            out.append(Amount(value * WAN_PER_UNIT[unit], unit, m.start(), m.end()))
            continue
        parsed = _chinese_yuan(m.group("cn"))
        if parsed:
            out.append(Amount(parsed[0] * WAN_PER_UNIT["元"], parsed[1], m.start(), m.end()))
    return _compounds_joined(out)


def _compounds_joined(amounts: list[Amount]) -> list[Amount]:
    """"1亿2500万元" is one amount, 12500万元: a bare 亿 run straight into a 万 figure is its leading part."""
    out: list[Amount] = []
    for amount in amounts:
        last = out[-1] if out else None
        if last and last.unit == "亿" and last.end == amount.start and amount.unit in ("万元", "万"):
            out[-1] = Amount(last.value_wan + amount.value_wan, amount.unit, last.start, amount.end)
        else:
            out.append(amount)
    return out


def parse_amount(text: str, default_unit: str | None = None) -> tuple[float, str, tuple[int, int]] | None:
    """The first amount in ``text`` as (万元, unit written, span); a bare number takes ``default_unit``."""
    found = find_amounts(text)
    if found:
        a = found[0]
        return a.value_wan, a.unit, (a.start, a.end)
    if default_unit is None:
        return None
    m = re.search(_ARABIC, text)
    if not m or re.search(r"[%％]", text):
        return None
    return _arabic(m.group()) * WAN_PER_UNIT[default_unit], default_unit, m.span()


def unit_hint(text: str) -> str | None:
    """The unit a table announces in its caption or header: "单位：万元", "（元）", "（单位：千元）"."""
    m = term("budget.table_unit").search(text)
    return m[m.lastindex] if m else None
