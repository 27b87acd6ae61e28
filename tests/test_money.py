"""Amounts as plans write them, in 万元."""

import pytest

from pipeline.money import find_amounts, parse_amount, unit_hint


@pytest.mark.parametrize(("text", "wan", "unit"), [
    ("1.2亿元", 12000.0, "亿元"),
    ("12,000万元", 12000.0, "万元"),
    ("125,000,000元", 12500.0, "元"),
    ("一千二百万元", 1200.0, "万元"),
    ("9000万", 9000.0, "万"),
    ("3千万元", 3000.0, "万元"),
])
def test_parse_amount(text, wan, unit):
    value, written, span = parse_amount(text)
    assert value == pytest.approx(wan)
    assert written == unit
    assert text[span[0] : span[1]] == text


def test_all_amounts_of_a_clause_with_spans():
    text = "总投入1.2亿元，其中企业自筹0.9亿元，省级财政支持1000万元"
    found = find_amounts(text)
    assert [a.value_wan for a in found] == pytest.approx([12000.0, 9000.0, 1000.0])
    assert text[found[1].start : found[1].end] == "0.9亿元"


def test_other_quantities_are_not_money():
    assert find_amounts("新增厂房5万平方米，2023年完成") == []
    assert find_amounts("单位：万元") == []


def test_bare_table_numbers_take_the_table_unit():
    assert parse_amount("4,000", default_unit="元")[0] == pytest.approx(0.4)
    assert parse_amount("35%", default_unit="万元") is None
    assert unit_hint("表3 经费预算表（单位：元）") == "元"
    assert unit_hint("金额（万元）") == "万元"
    assert unit_hint("资金来源（单位：千元）") == "千元"
    assert parse_amount("60,000", default_unit=unit_hint("（单位：千元）"))[0] == 6000.0


@pytest.mark.parametrize(("text", "wan"), [
    ("壹亿贰仟万元整", 12000.0),
    ("陆佰万元", 600.0),
    ("62 500 000元", 6250.0),
    ("1 200万元", 1200.0),
])
def test_capital_numerals_and_space_grouped_thousands(text, wan):
    assert parse_amount(text)[0] == pytest.approx(wan)


def test_digits_after_a_space_separated_group_are_no_amount():
    assert find_amounts("62 500 0000元") == []
    assert find_amounts("2023 500万元") == []


def test_thousands_commas_a_scan_read_as_points():
    """OCR of a 元 table may read "6,000,000.00" as "6.000.000.00"; a single point stays a decimal point."""
    assert parse_amount("6.000.000.00", default_unit="元")[0] == pytest.approx(600.0)
    assert parse_amount("12.000.00元")[0] == pytest.approx(1.2)
    assert parse_amount("3.14万元")[0] == pytest.approx(3.14)


def test_yi_run_into_wan_is_one_amount():
    assert [(a.value_wan, a.start, a.end) for a in find_amounts("总投入1亿2500万元")] == [(12500.0, 3, 11)]
    assert [a.value_wan for a in find_amounts("1亿元、2500万元")] == [10000.0, 2500.0]
