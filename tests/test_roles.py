"""What a submitted file is, judged from its content: letters, commitments, cover notes and real plans, each
written by the real tools, land in the role the batch planner needs, whatever the file is called."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractors.roles import RoleFinding, classify
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from tests.letter_docs import (
    CONSORTIUM,
    commitment_letter,
    cover_note,
    party_list_agreement,
    seal_line_letter,
    signature_table_letter,
    support_letter,
    unsigned_draft,
)

PACK = load_rulepack()
SAMPLES = Path(__file__).resolve().parents[1] / "sample_submissions"


def _classify(path: Path) -> RoleFinding:
    return classify(PlanText(read(path), PACK))


def test_a_letter_signed_in_a_table_is_an_intent_letter_of_its_consortium(tmp_path: Path) -> None:
    # Named like a plan: the name is no evidence.
    found = _classify(signature_table_letter(tmp_path / "实施方案.docx"))
    assert found.role == "intent_letter"
    assert found.consortium == CONSORTIUM
    assert found.title == f"{CONSORTIUM}组建意向书"
    assert "组建意向书" in found.reason and "签章" in found.reason
    quotes = [e.text for e in found.evidence]
    assert "组建意向书" in quotes  # the title line
    assert any("盖章" in q or "签字" in q for q in quotes)  # the signature table's header
    assert all(e.loc is not None for e in found.evidence)


def test_a_letter_that_mentions_the_plan_is_still_a_letter(tmp_path: Path) -> None:
    letter = seal_line_letter(tmp_path / "合作意向书.docx")
    assert "实施方案" in read(letter).text
    assert _classify(letter).role == "intent_letter"


def test_an_agreement_listing_its_parties_without_signatures_is_a_letter(tmp_path: Path) -> None:
    found = _classify(party_list_agreement(tmp_path / "协议.docx"))
    assert found.role == "intent_letter"
    assert "合作各方" in found.reason
    assert any(e.text.startswith("甲方：") for e in found.evidence)


def test_a_letter_without_a_title_is_known_by_its_opening_and_signatures(tmp_path: Path) -> None:
    found = _classify(signature_table_letter(tmp_path / "扫描1.docx", title=()))
    assert found.role == "intent_letter"
    assert found.title is None
    assert "友好协商" in found.reason
    assert found.consortium == CONSORTIUM


def test_an_unsigned_draft_letter_is_not_taken_for_a_signed_one(tmp_path: Path) -> None:
    found = _classify(unsigned_draft(tmp_path / "组建意向书.docx"))
    assert found.role == "attachment"
    assert "未见签章栏" in found.reason


def test_a_commitment_letter(tmp_path: Path) -> None:
    found = _classify(commitment_letter(tmp_path / "附件3.docx"))
    assert found.role == "commitment"
    assert found.title == "诚信承诺书"
    assert found.consortium == CONSORTIUM


def test_a_cover_note_names_plans_but_is_an_attachment_of_no_one_consortium(tmp_path: Path) -> None:
    found = _classify(cover_note(tmp_path / "浙江省脑机接口创新联合体实施方案.docx"))
    assert found.role == "attachment"
    assert found.title == "关于报送2022年度省级创新联合体实施方案的说明"
    assert "报送" in found.reason
    assert found.consortium is None  # it lists three: it belongs to none of them


def test_a_support_letter_is_an_attachment_naming_its_consortium(tmp_path: Path) -> None:
    found = _classify(support_letter(tmp_path / "支持.docx"))
    assert found.role == "attachment"
    assert "支持函" in found.reason
    assert found.consortium == CONSORTIUM


@pytest.mark.parametrize(
    ("sample", "consortium"),
    [
        ("余杭区/浙江省脑机接口创新联合体实施方案.docx", "浙江省脑机接口创新联合体"),
        ("余杭区/浙江省精准基因检测创新联合体实施方案.pdf", "浙江省精准基因检测创新联合体"),
        ("上城区/浙江省商用密码应用创新联合体实施方案（含意向书签章页）.docx", "浙江省商用密码应用创新联合体"),
        ("临平区/高端数控装备创新联合体实施方案（转报）.docx", "浙江省高端数控装备创新联合体"),
    ],
)
def test_real_plans_are_plans_with_their_consortium(sample: str, consortium: str, tmp_path: Path) -> None:
    renamed = tmp_path / f"组建意向书{Path(sample).suffix}"  # the name says letter; the content says plan
    shutil.copy(SAMPLES / sample, renamed)
    found = _classify(renamed)
    assert found.role == "plan"
    assert found.consortium == consortium
    assert "提纲" in found.reason
    assert len(found.evidence) >= 3  # title and section headings, each with its location
