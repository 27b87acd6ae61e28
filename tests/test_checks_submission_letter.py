"""The deadline check and the 组建意向书 cross-check against the letters a package brings."""

from __future__ import annotations

from checks import run_plan_checks
from pipeline.rulepack import load_rulepack
from pipeline.submission import Evidence, LetterSignatory, Location, SignedLetter, TextField
from tests.check_builders import LEAD, good_plan

PACK = load_rulepack()
LETTER = "余杭区/示例联合体/组建意向书.pdf"


def check(sub, check_id):
    return next(r for r in run_plan_checks(sub, PACK) if r.id == check_id)


def dated(value: str | None):
    sub = good_plan()
    sub.submission_date = TextField(value=value, evidence=[Evidence(text=f"落款 {value}", loc=Location(block=90))])
    return sub


def test_a_plan_dated_after_the_deadline_is_warned_with_its_date():
    result = check(dated("2022-11-25"), "submission.deadline")
    assert result.status == "warn" and "2022-11-25" in result.message and "2022-11-18" in result.message
    assert result.evidence[0].text == "落款 2022-11-25"


def test_a_plan_dated_by_the_deadline_passes():
    assert check(dated("2022-11-18"), "submission.deadline").status == "pass"
    assert check(dated("2022-10"), "submission.deadline").status == "pass"


def test_a_plan_dated_only_by_the_deadline_month_or_not_at_all_goes_to_a_reviewer():
    assert check(dated("2022-11"), "submission.deadline").status == "manual"
    undated = good_plan()
    result = check(undated, "submission.deadline")
    assert result.status == "manual" and "落款日期" in result.message


def signed_by(*names: str, ocr: bool = False) -> SignedLetter:
    return SignedLetter(
        file=LETTER,
        read_by_ocr=ocr,
        signatories=[
            LetterSignatory(name=n, evidence=[Evidence(text=f"{n}（盖章）", loc=Location(page=2, block=30 + i), file=LETTER)])
            for i, n in enumerate(names)
        ],
    )


def test_a_letter_signed_by_every_member_passes_with_the_letter_as_evidence():
    sub = good_plan()
    sub.intent_letters = [signed_by(*(m.name for m in sub.members))]
    result = check(sub, "members.intent_letter")
    assert result.status == "pass", result.message
    assert all(ev.file == LETTER for ev in result.evidence) and len(result.evidence) == len(sub.members)


def test_a_member_missing_from_the_letter_fails_by_name_even_when_the_plan_says_all_signed():
    sub = good_plan()
    assert sub.governance.intent_letter  # the plan itself says every party signed
    sub.intent_letters = [signed_by(*(m.name for m in sub.members if m.name != "之江实验室"))]
    result = check(sub, "members.intent_letter")
    assert result.status == "fail"
    assert "之江实验室" in result.message and LETTER in result.message
    assert "浙江大学" not in result.message


def test_members_signing_separate_letters_of_one_package_count_together():
    sub = good_plan()
    names = [m.name for m in sub.members]
    sub.intent_letters = [signed_by(*names[:2]), signed_by(*names[2:])]
    assert check(sub, "members.intent_letter").status == "pass"


def test_a_letter_whose_signatories_could_not_be_read_goes_to_a_reviewer():
    sub = good_plan()
    sub.intent_letters = [signed_by()]
    result = check(sub, "members.intent_letter")
    assert result.status == "manual" and LETTER in result.message


def test_without_an_attached_letter_the_plan_statement_decides_and_the_message_says_so():
    sub = good_plan()
    sub.intent_letters = []
    result = check(sub, "members.intent_letter")
    assert result.status == "pass" and "未见组建意向书附件" in result.message
    sub.intent_letters = None  # reviewed on its own, no package known
    assert "附件" not in check(sub, "members.intent_letter").message


def test_a_scanned_letter_passes_with_a_note_to_confirm_names():
    sub = good_plan()
    sub.intent_letters = [signed_by(*(m.name for m in sub.members), ocr=True)]
    result = check(sub, "members.intent_letter")
    assert result.status == "pass" and "扫描件" in result.message


def test_the_lead_counts_as_a_party_that_must_sign():
    sub = good_plan()
    sub.intent_letters = [signed_by(*(m.name for m in sub.members if m.name != LEAD))]
    result = check(sub, "members.intent_letter")
    assert result.status == "fail" and LEAD in result.message
