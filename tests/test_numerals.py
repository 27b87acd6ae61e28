"""Counts as plans write them read to the same number wherever they stand."""

from __future__ import annotations

import pytest

from pipeline.money import find_amounts
from pipeline.numerals import count_value


@pytest.mark.parametrize(("written", "value"), [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("两", 2), ("三十五", 35),
    ("7", 7), ("12", 12), ("１２", 12), ("〇", 0),
])
def test_a_count_reads_as_its_number(written: str, value: int) -> None:
    assert count_value(written) == value


@pytest.mark.parametrize("written", ["若干", "项", "", "十十"])
def test_a_word_that_is_no_number_reads_as_none(written: str) -> None:
    assert count_value(written) is None


def test_money_reads_chinese_numerals_with_the_same_parser() -> None:
    assert [round(a.value_wan, 4) for a in find_amounts("资助两千万元，另投入壹亿贰仟万元")] == [2000.0, 12000.0]
