"""terms.yaml: every entry's own examples hold (a positive sentence matches, a negative does not),
and a malformed entry is refused at load with its path named."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.terms import TermsError, load_terms

TERMS = load_terms()
CASES = [
    pytest.param(name, sentence, expected, id=f"{name}-{'pos' if expected else 'neg'}-{i}")
    for name, entry in TERMS.entries.items()
    for expected, sentences in ((True, entry.examples.positive), (False, entry.examples.negative))
    for i, sentence in enumerate(sentences)
]


@pytest.mark.parametrize(("name", "sentence", "expected"), CASES)
def test_every_example_of_every_entry(name: str, sentence: str, expected: bool) -> None:
    assert (TERMS[name].search(sentence) is not None) is expected


def test_the_sections_the_classifier_reads_are_there() -> None:
    for name in ("document_roles.intent_letter.title", "document_roles.commitment.opening",
                 "document_roles.attachment.cover_note", "signature.block", "signature.party"):
        assert TERMS[name].examples.positive


def test_a_malformed_entry_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "terms.yaml"
    bad.write_text("signature:\n  block:\n    patterns: ['(盖章']\n    examples: {positive: [x]}\n", "utf-8")
    with pytest.raises(TermsError, match=r"signature\.block"):
        load_terms(bad)


def test_an_entry_without_examples_is_a_group_and_a_leaf_without_words_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "terms.yaml"
    bad.write_text("funding:\n  words_only:\n    examples: {positive: [自筹资金]}\n", "utf-8")
    with pytest.raises(TermsError, match=r"funding\.words_only"):
        load_terms(bad)


def test_whitespace_in_a_title_does_not_hide_it() -> None:
    assert TERMS["document_roles.commitment.title"].search("承  诺  书")


def test_a_match_is_located_in_the_text_as_written() -> None:
    head = "第一阶段（ 2023 年 12 月底前 ）：完成材料筛选"
    [(match, start, end)] = TERMS["dates.single"].located(head)
    assert match.group() == "2023年12月" and head[start:end] == "2023 年 12 月"


def test_a_pattern_reads_another_entry_s_words_where_it_names_it(tmp_path: Path) -> None:
    own = tmp_path / "terms.yaml"
    own.write_text("money:\n  total:\n    words: [总投入, 合计]\n    examples: {positive: [合计]}\n"
                   "  share:\n    patterns: ['占(?P<base>{{money.total}})的(?P<pct>\\d+)%']\n"
                   "    examples: {positive: [占总投入的48%]}\n", "utf-8")
    match = load_terms(own)["money.share"].search("企业自筹资金占 总投入 的48%")
    assert match is not None and (match.group("base"), match.group("pct")) == ("总投入", "48")


def test_a_reference_to_no_entry_or_to_itself_is_named(tmp_path: Path) -> None:
    for pattern in ("{{money.missing}}", "占{{money.share}}"):
        bad = tmp_path / "terms.yaml"
        bad.write_text(f"money:\n  share:\n    patterns: ['{pattern}']\n    examples: {{positive: [x]}}\n", "utf-8")
        with pytest.raises(TermsError, match=r"money\.share"):
            load_terms(bad)
