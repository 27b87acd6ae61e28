"""The strategic field: declared and matched to the pack's 15, declared outside them, or inferred."""

from __future__ import annotations

from extractors.field import extract_field
from tests.extract_docs import PACK, units


def test_declared_field_with_small_rewording():
    u = units("所属领域：智能控制与先进技术领域")
    field = extract_field(u, [], PACK)
    assert (field.value, field.confidence) == ("智能控制与先进技术", 1.0)
    assert "智能控制" in field.evidence[0].text


def test_declared_in_prose():
    u = units("本联合体属于“新能源开发与利用”战略领域，聚焦储能。")
    assert extract_field(u, [], PACK).value == "新能源开发与利用"


def test_declared_outside_the_fifteen_is_null_with_its_quote():
    u = units("所属领域：文化创意与旅游", "本项目涉及人工智能和大模型。")
    field = extract_field(u, u, PACK)
    assert field.value is None
    assert field.evidence[0].text == "所属领域：文化创意与旅游"


def test_inferred_from_keywords_is_a_guess():
    background = units("集成电路是信息产业的基础，芯片和半导体功率器件国产化迫在眉睫。", "建设目标：突破芯片封装测试。")
    field = extract_field(background, background, PACK)
    assert field.value == "微电子与光电子"
    assert field.source == "keywords" and field.confidence < 1


def test_nothing_to_go_on():
    assert extract_field(units("正文。"), [], PACK).value is None


def test_specific_keywords_outweigh_a_generic_one_they_contain():
    u = units("研发端侧智能芯片、云端智能芯片和车载智能芯片，配套芯片封装。")
    assert extract_field(u, u, PACK).value == "智能计算与人工智能"


def test_the_consortiums_subject_outweighs_the_components_its_text_mentions():
    cover = units("浙江省高端医疗器械创新联合体实施方案", "牵头单位：杭州某某医疗科技有限公司")
    context = units("攻克CMOS图像传感器设计、晶圆级光学封装和图像处理芯片，传感器像素达到160万，芯片功耗下降30%。",
                    "到2025年，图像传感器与集成电路实现国产化。")
    assert extract_field(context, context, PACK).value == "微电子与光电子"
    field = extract_field(cover + context, context, PACK)
    assert (field.value, field.source) == ("新药创制与高端医疗器械", "keywords")
    assert field.confidence < 1 and field.evidence[0].text == "浙江省高端医疗器械创新联合体"


def test_declared_field_with_its_parts_reordered_or_joined_otherwise():
    for declared in ("人工智能与智能计算", "人工智能及智能计算领域", "关键生物技术和结构生物学", "复合材料、精细化工"):
        field = extract_field(units(f"所属领域：{declared}"), [], PACK)
        assert field.value in PACK.field_names and field.confidence == 1.0, declared
    assert extract_field(units("所属领域：人工智能与智能计算"), [], PACK).value == "智能计算与人工智能"


def test_declared_field_sharing_one_part_or_none_stays_outside():
    for declared in ("现代纺织与服装", "人工智能与文化创意", "海洋"):
        field = extract_field(units(f"所属领域：{declared}"), [], PACK)
        assert field.value is None and declared in field.evidence[0].text, declared


def test_declared_after_the_word_field():
    field = extract_field(units("牵头单位已成功揭榜，牵头组建本联合体。联合体所属领域为功能材料。"), [], PACK)
    assert field.value == "功能材料" and field.confidence == 1.0
    assert "所属领域为功能材料" in field.evidence[0].text
