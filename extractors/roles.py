"""What a submitted document is, told from its content: a plan, a 组建意向书, a 承诺书 or another attachment.

Clerks name files anything, so the document is judged as a reader would: by
its title (the first short heading-like lines, past an 附件N label), by whether
its body follows the 实施方案 outline, and by how it opens and ends (合作各方,
a signature block, 本单位郑重承诺). A plan that carries its 意向书 signature pages
at the end still follows the outline; a district's cover note names 实施方案 in
its title but is 关于报送…的说明. Titles and phrasings come from terms.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extractors.basics import consortium_name
from extractors.letter import party_evidence, signature_evidence
from pipeline.document import Heading, Paragraph
from pipeline.evidence import Unit
from pipeline.plan_text import PlanText
from pipeline.readers.heading_patterns import looks_like_heading_text, split_numbering
from pipeline.submission import Evidence, Section
from pipeline.terms import Term, compact, term
from pipeline.wording import say, templates

Role = Literal["plan", "intent_letter", "commitment", "attachment"]

TITLE_SEARCH_BLOCKS = 6  # a title starts within the first blocks (after an 附件 label, a file number)
MAX_TITLE_LINES = 3  # a title set over lines: 浙江省…创新联合体 / 组建意向书 / （签章页）
MAX_TITLE_CHARS = 60
OPENING_BLOCKS = 8  # how far the opening reaches: title, salutation, first paragraphs
PLAN_SECTIONS = 3  # outline sections that make a plan whatever its title line says is missing
PLAN_SECTIONS_WITH_TITLE = 2  # with a title ending in 实施方案
PLAN_SECTIONS_OVER_ANY_TITLE = 4  # a whole plan behind a front page of another kind (承诺书 first)
# (terms.yaml entry, role, what it is: its key under roles.kind in wording.yaml); attachments' cues first:
# 关于报送…实施方案的说明 is a cover note before its 实施方案 is a title.
_TITLE_CUES: tuple[tuple[str, Role, str], ...] = (
    ("document_roles.attachment.cover_note", "attachment", "cover_note"),
    ("document_roles.attachment.support_letter", "attachment", "support_letter"),
    ("document_roles.attachment.licence", "attachment", "licence"),
    ("document_roles.commitment.title", "commitment", "commitment"),
    ("document_roles.intent_letter.title", "intent_letter", "intent_letter"),
    ("document_roles.plan.title", "plan", "plan"),
)
_OPENING_ATTACHMENT_CUES = _TITLE_CUES[:3]
_LABEL_OR_CODE = re.compile(r"[：:]|[A-Za-z0-9]{8,}")
MAX_QUOTE_CHARS = 30  # of a matched phrase quoted in the one-line reason


@dataclass(frozen=True)
class RoleFinding:
    """A document's role, why (one Chinese line for the clerk), the quotes that show it, and what it names."""

    role: Role
    reason: str
    evidence: list[Evidence]
    consortium: str | None
    title: str | None
    # Whether the rest of a partly read scan could not change the role: a 承诺书 or an attachment recognised for
    # what it is. A plan, a letter (its signatories) or a document not recognised needs every page read.
    settled: bool = False


@dataclass(frozen=True)
class _Title:
    text: str
    units: list[Unit]

    def evidence(self) -> list[Evidence]:
        return [u.evidence() for u in self.units]


@dataclass(frozen=True)
class _Reading:
    """What the role is judged from: the document, its title, its opening and the outline sections it has."""

    plan: PlanText
    title: _Title | None
    opening: list[Unit]
    sections: list[Section]
    consortium: str | None

    @property
    def title_evidence(self) -> list[Evidence]:
        return self.title.evidence() if self.title else []

    def finding(
        self, role: Role, reason: str, evidence: list[Evidence], consortium: str | None = None, settled: bool = False
    ) -> RoleFinding:
        distinct = [e for i, e in enumerate(evidence) if e not in evidence[:i]]
        title = self.title.text if self.title else None
        return RoleFinding(role, reason, distinct, consortium or self.consortium, title, settled)


def classify(plan: PlanText) -> RoleFinding:
    """The role of the document with its reason and evidence, the consortium it names and its title."""
    title = _title(plan)
    opening = plan.units(plan.blocks[:OPENING_BLOCKS])
    reading = _Reading(plan, title, opening, [s for s in plan.sections if s.present],
                       _named_consortium(title, opening))
    cue = _cue_of(title.text) if title else None
    if _is_plan(cue, reading.sections):
        return reading.finding("plan", _plan_reason(title, cue, reading.sections),
                               _plan_evidence(title, reading.sections), consortium_name(plan.all_units).value)
    if cue is not None:
        return _by_title(reading, cue)
    return _by_opening(reading)


def _by_title(reading: _Reading, cue: tuple[str, Role, str]) -> RoleFinding:
    """A document whose title says what it is; a letter must also be signed or list its parties."""
    _, role, what = cue
    quoted = say("roles.titled", title=reading.title.text if reading.title else "")
    evidence = reading.title_evidence
    if role == "intent_letter":
        if signed := _signed_or_parties(reading.plan):
            reason = say("roles.titled_signed", quoted=quoted, signed=signed[0])
            return reading.finding(role, reason, evidence + signed[1])
        return reading.finding("attachment", say("roles.unsigned", quoted=quoted), evidence)
    if role == "commitment":
        return reading.finding(role, quoted, evidence, settled=True)
    if role == "plan":  # a plan whose outline could not be found is still reviewed, never set aside unread
        reason = say("roles.few_sections", quoted=quoted, count=len(reading.sections))
        return reading.finding("plan", reason, evidence, consortium_name(reading.plan.all_units).value)
    reason = say("roles.not_the_plan", quoted=quoted, what=templates("roles.kind")[what])
    return reading.finding(role, reason, evidence, settled=True)


def _by_opening(reading: _Reading) -> RoleFinding:
    """A document without a telling title, judged by how it opens (and, for a letter, that it is signed)."""
    opening, evidence = reading.opening, reading.title_evidence
    joined = "".join(compact(u.text) for u in opening)
    for name, role, what in _OPENING_ATTACHMENT_CUES:
        if hit := _first_match(opening, name, joined):
            reason = say("roles.opens_as", words=_short(hit[1]), what=templates("roles.kind")[what])
            return reading.finding(role, reason, [*evidence, hit[0].evidence()], settled=True)
    if hit := _first_match(opening, "document_roles.commitment.opening"):
        reason = say("roles.opens_with", words=_short(hit[1]))
        return reading.finding("commitment", reason, [*evidence, hit[0].evidence()],
                               settled=True)
    hit = _first_match(opening, "document_roles.intent_letter.opening")
    if hit and (signed := _signed_or_parties(reading.plan)):
        reason = say("roles.opens_signed", words=_short(hit[1]), signed=signed[0])
        return reading.finding("intent_letter", reason, [*evidence, hit[0].evidence(), *signed[1]])
    return reading.finding("attachment", say("roles.nothing"), evidence)


def _first_match(units: list[Unit], name: str, joined: str | None = None) -> tuple[Unit, str] | None:
    """The first unit an entry matches and the words it matched; with ``joined``, an entry matching only
    across units (a licence's fields on separate lines) is shown by the first unit of the opening."""
    entry = term(name)
    for unit in units:
        if match := entry.search(unit.text):
            return unit, match.group()
    if joined is not None and units and (match := entry.search(joined)):
        return units[0], match.group()
    return None


def _short(text: str) -> str:
    return text if len(text) <= MAX_QUOTE_CHARS else text[:MAX_QUOTE_CHARS] + "…"


def _signed_or_parties(plan: PlanText) -> tuple[str, list[Evidence]] | None:
    if (signature := signature_evidence(plan)) is not None:
        return say("roles.signed"), [signature]
    if (parties := party_evidence(plan)) is not None:
        return say("roles.parties"), [parties]
    return None


# --- plans -------------------------------------------------------------------------------


def _is_plan(cue: tuple[str, Role, str] | None, sections: list[Section]) -> bool:
    """Follows the outline: enough sections for an untitled document, fewer under a 实施方案 title, and a
    whole plan even behind a front page of another kind."""
    role = cue[1] if cue else None
    return (
        len(sections) >= PLAN_SECTIONS_OVER_ANY_TITLE
        or (role is None and len(sections) >= PLAN_SECTIONS)
        or (role == "plan" and len(sections) >= PLAN_SECTIONS_WITH_TITLE)
    )


def _plan_reason(title: _Title | None, cue: tuple[str, Role, str] | None, sections: list[Section]) -> str:
    headings = "；".join(s.heading_found or "" for s in sections)
    found = say("roles.outline", count=len(sections), headings=headings)
    if title is None:
        return found
    if cue is not None and cue[1] != "plan":
        return say("roles.despite_title", title=title.text, found=found)
    return say("roles.titled_outline", title=title.text, found=found)


def _plan_evidence(title: _Title | None, sections: list[Section]) -> list[Evidence]:
    return (title.evidence() if title else []) + [e for s in sections for e in s.evidence]


# --- title and consortium ------------------------------------------------------------------


def _title(plan: PlanText) -> _Title | None:
    """The first short heading-like lines, joined (浙江省…创新联合体 / 组建意向书), past an 附件N label; a title
    set as headings goes on only with headings (a licence's 统一社会信用代码 line is no part of it)."""
    label = term("layout.attachment_label")
    lines: list[tuple[str, Unit]] = []
    for index, block in enumerate(plan.blocks[: TITLE_SEARCH_BLOCKS + MAX_TITLE_LINES]):
        raw = compact(block.text) if isinstance(block, Heading | Paragraph) else None
        text = _without_label(raw, label) if raw else None
        if raw and not text:
            continue  # a bare 附件1 label above the title
        continues = not lines or isinstance(block, Heading) or not isinstance(lines[0][1].block, Heading)
        if text and _title_like(text) and continues:
            if _completes(lines, text):
                break  # 浙江省…实施方案 is whole; the heading after it (联合体基本情况表) is no part of it
            lines.append((text, plan.units_of(block)[0]))
            if len(lines) == MAX_TITLE_LINES or sum(len(t) for t, _ in lines) >= MAX_TITLE_CHARS:
                break
        elif lines or index >= TITLE_SEARCH_BLOCKS:
            break
    if not lines:
        return None
    return _Title("".join(t for t, _ in lines)[:MAX_TITLE_CHARS], [u for _, u in lines])


def _title_like(text: str) -> bool:
    """A heading or short line: no sentence, no label (甲方：…), no code (a licence's 统一社会信用代码 line), no
    outline numbering (一、背景与意义 opens a body, it is no title)."""
    return (
        looks_like_heading_text(text)
        and not _LABEL_OR_CODE.search(text)
        and not split_numbering(text)[0]
    )


def _completes(lines: list[tuple[str, Unit]], text: str) -> bool:
    """Whether the title so far names a kind of document and would no longer with ``text`` added."""
    so_far = "".join(t for t, _ in lines)
    return bool(lines) and _cue_of(so_far) is not None and _cue_of(so_far + text) is None


def _without_label(text: str, label: Term) -> str:
    match = label.search(text)
    return text[match.end():].lstrip("：:") if match else text


def _cue_of(text: str) -> tuple[str, Role, str] | None:
    return next((cue for cue in _TITLE_CUES if term(cue[0]).search(text)), None)


def _named_consortium(title: _Title | None, opening: list[Unit]) -> str | None:
    """The consortium the title names (浙江省…创新联合体, or one without the province), else the one the
    opening names; None when the opening names several (a cover note listing a district's consortia)."""
    full, bare = term("names.consortium"), term("names.bare_consortium")
    if title is not None and (m := full.search(title.text) or bare.search(title.text)):
        return m.group()
    names = list(dict.fromkeys(m.group() for u in opening for m in full.finditer(u.text)))
    return names[0] if len(names) == 1 else None
