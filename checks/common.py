"""Helpers the check families share: unit-name comparison, evidence picking, field trust.

Names in plans vary in whitespace and bracket width (（）vs ()), so units are
compared after NFKC normalisation. A field inferred with low confidence is
not trusted for a ``pass``: the check hands it to a reviewer instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from checks.registry import messages
from pipeline.submission import LOW_CONFIDENCE, Evidence, Location, Member, Submission, TextField, unit_key

MAX_EVIDENCE = 6
MAX_NAMED = 30  # names a message lists before it only counts the rest


def same_unit(a: str | None, b: str | None) -> bool:
    """True when two unit names denote the same unit (equal, or one is the other's short form)."""
    if not a or not b:
        return False
    na, nb = unit_key(a), unit_key(b)
    shorter, longer = sorted((na, nb), key=len)
    return na == nb or (len(shorter) >= 4 and shorter in longer)


def trusted(field: TextField) -> bool:
    """A value the machine may build a verdict on: present, and not a low-confidence guess."""
    return field.value is not None and (field.confidence is None or field.confidence >= LOW_CONFIDENCE)


def pick(evidence: Iterable[Evidence], limit: int = MAX_EVIDENCE) -> list[Evidence]:
    """The first distinct quotes, so a result stays readable; distinct by a set of text and place, since a
    check may offer a quote for every member of a plan that lists thousands."""
    out: list[Evidence] = []
    seen: set[tuple[str, tuple | None]] = set()
    for ev in evidence:
        key = (ev.text, _place(ev.loc))
        if key not in seen:
            seen.add(key)
            out.append(ev)
        if len(out) == limit:
            break
    return out


def _place(loc: Location | None) -> tuple | None:
    return None if loc is None else (loc.page, loc.block, tuple(sorted((loc.table or {}).items())))


def all_units(sub: Submission) -> list[Member]:
    """Every member including the lead, even when the member list omits the lead."""
    lead = sub.lead_name()
    if lead and not any(m.is_lead or same_unit(m.name, lead) for m in sub.members):
        return [Member(name=lead, kind="other", is_lead=True, evidence=sub.lead_unit.evidence), *sub.members]
    return list(sub.members)


def academic_lead(sub: Submission) -> Member | None:
    """The lead when the plan describes it as a university or research institute: every application type of
    the call is led by an enterprise, so such a lead qualifies for none of them."""
    lead = next((m for m in all_units(sub) if m.is_lead), None)
    return lead if lead is not None and lead.kind in ("university", "institute") else None


def quoted(words: Iterable[str], limit: int = MAX_NAMED) -> str:
    """Names as a message lists them; past ``limit`` only the first are named, then the total ("A、B等3000个")."""
    listed = list(words)
    if len(listed) <= limit:
        return "、".join(listed)
    return messages("observed")("and_more", names="、".join(listed[:limit]), count=len(listed))


def contains_any(texts: Iterable[str], words: Iterable[str]) -> str | None:
    """The first of ``words`` found in any of ``texts`` (whitespace ignored), or None."""
    compact = [unit_key(t) for t in texts]
    return next((w for w in words if any(unit_key(w) in t for t in compact)), None)
