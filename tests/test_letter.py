"""Who signed a 组建意向书, read from real letters (python-docx, LibreOffice's PDF, a stamped scan), and which
of a plan's members no signature matches."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.letter import Signatory, signatories
from extractors.roles import classify
from pipeline.orgnames import UnitIndex, same_unit, unsigned
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from tests.letter_docs import (
    LEAD,
    MEMBERS,
    MENTIONED,
    party_list_agreement,
    scan_with_seal,
    seal_line_letter,
    signature_table_letter,
    to_pdf,
)

PACK = load_rulepack()
SEAL_LINE_SIGNERS = [LEAD, MEMBERS[1], MEMBERS[3], MEMBERS[2]]


def _signed(path: Path) -> list[Signatory]:
    return signatories(PlanText(read(path), PACK))


def test_a_signature_table_gives_every_signing_unit_with_its_cell(tmp_path: Path) -> None:
    signed = _signed(signature_table_letter(tmp_path / "意向书.docx"))
    assert [s.name for s in signed] == MEMBERS
    first = signed[0].evidence
    assert first.text == LEAD
    assert first.loc is not None and first.loc.table == {"row": 1, "col": 1}


def test_units_only_mentioned_in_the_text_did_not_sign(tmp_path: Path) -> None:
    letter = signature_table_letter(tmp_path / "意向书.docx", signed=[LEAD, MEMBERS[2]])
    assert MENTIONED in read(letter).text and MEMBERS[1] in read(letter).text
    assert [s.name for s in signatories(PlanText(read(letter), PACK))] == [LEAD, MEMBERS[2]]


def test_members_missing_from_the_signatures_are_named_in_plan_order(tmp_path: Path) -> None:
    signed = [m for m in MEMBERS if m not in ("之江实验室", "杭州元识医疗器械有限公司")]
    names = [s.name for s in _signed(signature_table_letter(tmp_path / "意向书.docx", signed=signed))]
    assert unsigned(MEMBERS, names) == ["之江实验室", "杭州元识医疗器械有限公司"]


def test_seal_lines_and_a_blank_party_seal_give_the_signers_once_each(tmp_path: Path) -> None:
    signed = _signed(seal_line_letter(tmp_path / "合作意向书.docx"))
    assert [s.name for s in signed] == SEAL_LINE_SIGNERS  # the lead signs twice (甲方 and 牵头单位): listed once
    by_name = {s.name: s.evidence.text for s in signed}
    assert by_name[LEAD] == f"甲方（盖章）：{LEAD}"
    assert by_name[MEMBERS[3]] == "丙方（盖章）："  # the 丙方 the party list names
    assert by_name[MEMBERS[2]] == f"{MEMBERS[2]}（盖章）"


def test_a_letter_with_no_signature_block_is_read_by_its_parties(tmp_path: Path) -> None:
    signed = _signed(party_list_agreement(tmp_path / "合作协议.docx"))
    assert [s.name for s in signed] == [LEAD, MEMBERS[1], MEMBERS[4], MEMBERS[5]]
    assert signed[3].evidence.text == f"成员单位四：{MEMBERS[5]}"


@pytest.mark.slow
def test_seal_lines_read_the_same_from_libreoffice_pdf(tmp_path: Path) -> None:
    pdf = to_pdf(seal_line_letter(tmp_path / "合作意向书.docx"), tmp_path)
    document = read(pdf)
    assert document.format == "pdf"
    signed = signatories(PlanText(document, PACK))
    assert [s.name for s in signed] == SEAL_LINE_SIGNERS
    assert all(s.evidence.loc is not None and s.evidence.loc.page == 1 for s in signed)


@pytest.mark.slow
def test_a_stamped_scan_still_gives_the_printed_names(tmp_path: Path) -> None:
    """The lead's seal is pressed over its printed name in the signature table; OCR reads past the red ink."""
    pdf = to_pdf(signature_table_letter(tmp_path / "意向书.docx"), tmp_path)
    scan = scan_with_seal(pdf, tmp_path / "意向书（盖章扫描件）.pdf", stamped=LEAD)
    document = read(scan)
    assert document.format == "pdf-ocr"
    assert classify(PlanText(document, PACK)).role == "intent_letter"
    names = [s.name for s in signatories(PlanText(document, PACK))]
    assert unsigned(MEMBERS, names) == []
    assert not unsigned(names, MEMBERS)  # and nothing read from the seal's own text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("杭州神域脑机科技股份有限公司", "神域脑机科技股份有限公司"),  # region dropped
        ("浙江省杭州市神域脑机科技有限公司", "杭州神域脑机科技有限公司"),
        ("神域脑机科技（杭州）有限公司", "杭州神域脑机科技有限公司"),  # region in brackets
        ("杭州元识医疗器械有限责任公司", "杭州元识医疗器械有限公司"),
        ("杭州海康威视数字技术股份有限公司", "杭州海康威视数字技术有限公司"),  # 股份 dropped, all else the same
        ("杭州 神域脑机科技股份有限公司", "杭州神域脑机科技股份有限公司"),
        ("浙江省农业科学院(作物与核技术利用研究所)", "浙江省农业科学院（作物与核技术利用研究所）"),
    ],
)
def test_one_unit_written_two_ways(a: str, b: str) -> None:
    assert same_unit(a, b) and same_unit(b, a)
    assert a in UnitIndex([b]) and b in UnitIndex([a])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("杭州海康威视数字技术股份有限公司", "杭州海康威视系统技术有限公司"),  # two companies of one group
        ("杭州海康威视数字技术股份有限公司", "海康威视数字技术有限公司"),  # region and form both differ
        ("宁波神域脑机科技有限公司", "杭州神域脑机科技有限公司"),  # another registration
        ("杭州电子科技大学", "电子科技大学"),  # a university's place is part of its name
        ("浙江大学", "浙江大学医学院"),
        ("浙江大学", "浙大"),  # short names are out of scope
    ],
)
def test_different_units_stay_apart(a: str, b: str) -> None:
    assert not same_unit(a, b) and not same_unit(b, a)
    assert a not in UnitIndex([b]) and b not in UnitIndex([a])


def test_unsigned_keeps_the_plan_order_and_matches_as_people_write() -> None:
    members = ["杭州神域脑机科技股份有限公司", "浙江大学", "杭州海康威视系统技术有限公司", "之江实验室"]
    signed = ["神域脑机科技股份有限公司", "杭州海康威视数字技术股份有限公司", "浙江 大学"]
    assert unsigned(members, signed) == ["杭州海康威视系统技术有限公司", "之江实验室"]
