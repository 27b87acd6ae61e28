"""Sentences and clauses of plan text cut where a reader would cut them, each a span that slices back out."""

from __future__ import annotations

from pipeline.evidence import clause_around
from pipeline.sentences import (
    clause_end,
    clause_start,
    clause_texts,
    clauses,
    phrase_start,
    sentence_end,
    sentence_start,
    sentences,
)


def _split(text: str) -> list[str]:
    found = list(sentences(text))
    assert all(m.group() == text[m.start():m.end()] for m in found)
    return [m.group() for m in found]


def test_sentences_end_at_each_mark_and_drop_it() -> None:
    text = "联合体由浙江华宇精细化工股份有限公司牵头组建；成员单位共5家。是否已签订协议？已签订！"
    assert _split(text) == ["联合体由浙江华宇精细化工股份有限公司牵头组建", "成员单位共5家", "是否已签订协议", "已签订"]


def test_a_mark_in_quotes_or_brackets_stays_in_its_sentence() -> None:
    text = ("建立“共建共享。”的知识产权管理制度；项目总投入5000万元（其中财政资金1000万元；自筹4000万元。）。"
            "建设期三年。")
    assert _split(text) == [
        "建立“共建共享。”的知识产权管理制度",
        "项目总投入5000万元（其中财政资金1000万元；自筹4000万元。）",
        "建设期三年",
    ]


def test_a_bracket_left_open_is_plain_text() -> None:
    assert _split("依据《指引》（附件1。牵头组建联合体。") == ["依据《指引》（附件1", "牵头组建联合体"]


def test_numbered_items_run_on_in_one_paragraph_are_separate_sentences() -> None:
    text = "1.类型一：成功揭榜的科技领军企业。2.类型二：省科技小巨人企业；3.其他。"
    assert _split(text) == ["1.类型一：成功揭榜的科技领军企业", "2.类型二：省科技小巨人企业", "3.其他"]


def test_a_line_break_ends_a_sentence() -> None:
    assert _split("牵头单位：浙江大学\n成员单位：浙江工业大学") == ["牵头单位：浙江大学", "成员单位：浙江工业大学"]


def test_clauses_end_at_commas_even_in_brackets() -> None:
    text = "联合浙江大学（高校，成员），共同组建创新联合体"
    found = list(clauses(text))
    assert [m.group() for m in found] == ["联合浙江大学（高校", "成员）", "共同组建创新联合体"]
    assert all(m.group() == text[m.start():m.end()] for m in found)
    assert clause_texts("签订“军令状”，压实抓总责任，做到权责一致。") == ["签订“军令状”", "压实抓总责任", "做到权责一致"]


def test_bounds_around_a_position() -> None:
    text = "项目总投入5000万元（其中自筹4000万元。）；到2025年，申请发明专利20项、其中：PCT专利3项。"
    inside = text.index("自筹")
    assert text[sentence_start(text, inside):sentence_end(text, inside)] == "项目总投入5000万元（其中自筹4000万元。）"
    patents = text.index("申请")
    assert text[clause_start(text, patents):clause_end(text, patents)] == "申请发明专利20项、其中：PCT专利3项"
    figure = text.index("3项")
    assert text[phrase_start(text, figure):figure] == "PCT专利"
    assert sentence_end("没有句末标点", 0) == len("没有句末标点")


def test_a_long_paragraphs_quote_keeps_a_bracketed_note_whole() -> None:
    note = "（注：研发投入按当年价格计。含子公司。）"
    text = "联合体成员单位承担攻关任务。" * 10 + f"三年内研发投入不低于2亿元{note}。" + "各成员单位按任务书执行。" * 5
    at = text.index("2亿元")
    assert clause_around(text, at, at + 3) == f"三年内研发投入不低于2亿元{note}。"
