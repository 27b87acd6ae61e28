"""Numbers as plans write them: arabic or full-width digits, or Chinese numerals (十二, 两, 壹亿贰仟万).

Counts (七家单位, 在研两项, 十二月) and amounts (一千二百万元) are read by the same parser, so every reader
agrees on what a numeral is worth and 两 reads as 二 everywhere.
"""

from __future__ import annotations

import cn2an

# A count or amount written in Chinese numerals ("三", "五百", "二十万亿"), as a regex to embed in others.
CN_NUMBER = r"[一二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿]*"
_DIGIT_BY_DIGIT = str.maketrans("〇零○OＯ一二三四五六七八九", "00000123456789")


def chinese_value(numeral: str) -> float | None:
    """The value of a Chinese numeral, or None when ``numeral`` is not one."""
    try:
        return float(cn2an.cn2an(numeral, "normal"))
    except (ValueError, KeyError):
        return None


def count_value(text: str) -> int | None:
    """The whole number a count is written as ("12", "１２", "十二", "两"), or None when it is no number."""
    if text.isdecimal():
        return int(text)
    value = chinese_value(text)
    return None if value is None else int(value)


def digit_by_digit(numeral: str) -> str:
    """``numeral`` read one digit at a time, as years are written (二〇二五 → 2025); other characters stay."""
    return numeral.translate(_DIGIT_BY_DIGIT)
