"""A plan's review completed by its package: the attachments listed, the 组建意向书 cross-checked, the copies
compared.

The plan's own review (read, extract, check) is cached per file; what its
package adds is cheap and is done again on every run, so an attachment added
or removed beside an unchanged plan changes its report without a re-read.
"""

from __future__ import annotations

from typing import Any

from checks import run_plan_check
from checks.common import quoted
from flows.packages import Package
from pipeline.review_model import Attachment, PackageNote, UnreadFile
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, LetterSignatory, SignedLetter, Submission, unit_key
from pipeline.wording import say

LETTER_CHECK = "members.intent_letter"
ATTACHMENT_KINDS = ("intent_letter", "commitment", "attachment")
MEMBERS_COLUMN = "成员单位"


def _letters(package: Package) -> list[SignedLetter]:
    letters = []
    for other in package.others:
        if other.get("role") != "intent_letter":
            continue
        signed = [
            LetterSignatory(
                name=s["name"],
                evidence=[Evidence.model_validate({**ev, "file": other["file"]}) for ev in s.get("evidence") or []],
            )
            for s in other.get("signatories") or []
        ]
        letters.append(SignedLetter(file=other["file"], signatories=signed, read_by_ocr=other.get("format") == "pdf-ocr"))
    return letters


def _attachments(package: Package) -> list[Attachment]:
    listed = [Attachment(file=c["file"], kind="plan_copy", sha256=c["sha256"]) for c in package.copies]
    for other in package.others:
        if other.get("role") not in ATTACHMENT_KINDS:
            continue
        listed.append(Attachment(
            file=other["file"],
            kind=other["role"],
            sha256=other["sha256"],
            signatories=[s["name"] for s in other.get("signatories") or []] if other["role"] == "intent_letter" else None,
            reason=other.get("role_reason") or None,
        ))
    return listed


def _unread(package: Package) -> list[UnreadFile]:
    """Files of the package that could not be read or are not reviewed, with why."""
    return [
        UnreadFile(file=o["file"], role=o["role"], **((o.get("result") or {}).get("error") or {}))
        for o in package.others
        if o.get("role") in ("failed", "unsupported")
    ]


def _members(result: dict[str, Any]) -> dict[str, str]:
    return {unit_key(m["name"]): m["name"] for m in (result.get("extracted") or {}).get("members") or []}


def copy_differences(best: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """Where another copy of the plan reads differently from the reviewed one: a 汇总表 value, a member."""
    ours, theirs = best["result"], other["result"]
    found = []
    for column, value in ours["summary_row"].items():
        if column == MEMBERS_COLUMN:
            continue
        their = theirs["summary_row"].get(column)
        if unit_key(value or "") != unit_key(their or ""):
            empty = say("run.copy.empty")
            found.append(say("run.copy.column", column=column, ours=value or empty, file=other["file"], theirs=their or empty))
    mine, copied = _members(ours), _members(theirs)
    if only_ours := [mine[k] for k in mine if k not in copied]:
        found.append(say("run.copy.only_ours", members=quoted(only_ours), file=other["file"]))
    if only_theirs := [copied[k] for k in copied if k not in mine]:
        found.append(say("run.copy.only_theirs", file=other["file"], members=quoted(only_theirs)))
    return found


def package_result(package: Package, pack: RulePack) -> dict[str, Any]:
    """The plan's result with its package: attachments, the letter cross-check, differences between copies.

    The cached review stays as the plan's own: only the parts changed here are new objects, the rest is shared
    (a deep copy of every result cost more than the rest of a cached rerun together), which is why the result
    stays in its JSON form here while the parts added are built as the review model's.
    """
    assert package.plan is not None
    own = package.plan["result"]
    sub = Submission.model_validate(own["extracted"])
    sub.intent_letters = _letters(package)
    check = run_plan_check(LETTER_CHECK, sub, pack).model_dump(mode="json")
    result = {
        **own,
        "checks": [check if c["id"] == LETTER_CHECK else c for c in own["checks"]],
        "extracted": {**own["extracted"], "intent_letters": [x.model_dump(mode="json") for x in sub.intent_letters]},
    }
    result["attachments"] = [a.model_dump(mode="json") for a in _attachments(package)]
    note = PackageNote(
        folder=package.folder,
        unread=_unread(package),
        copy_differences={c["file"]: copy_differences(package.plan, c) for c in package.copies},
    )
    result["package"] = note.model_dump(mode="json")
    return result
