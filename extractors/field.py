"""The strategic field: what the plan declares, matched to one of the pack's 15; else inferred.

A declared field outside the 15 is kept as evidence with no value, so the
field check can fail and quote what the plan said. Inference from keyword
counts is a guess and says so (confidence below 1); the plan's subject (the
consortium's name) weighs far more than the parts and components its text
mentions, so a medical endoscope with a CMOS sensor stays a medical device.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rapidfuzz import fuzz, process

from extractors.basics import consortium_name, labelled_values
from pipeline.evidence import Unit, clause_around
from pipeline.orgnames import clean_name
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, TextField
from pipeline.terms import term

DECLARED_MATCH = 80
SUBJECT_WEIGHT = 10  # a keyword in the consortium's name counts as much as ten in the text
_DECLARED_LABEL = r"所属(?:战略)?领域|(?:15个)?战略领域|所属技术领域|技术领域|产业领域|领域名称"
_CONNECTOR = re.compile(r"[与及和、/]")


def _parts(name: str) -> str:
    """A field name as its parts between connectors, space-separated, so parts can be compared in any order."""
    return " ".join(part for part in _CONNECTOR.split(name) if part)


def _canonical(declared: str, pack: RulePack) -> tuple[str | None, float]:
    """The pack's field a declared text names, with the match score.

    Parts are compared regardless of order and connector ("人工智能与智能计算" is
    智能计算与人工智能), but every part must match: sharing one part is not enough.
    """
    text = term("fields.trailing").remove(declared)
    for name in pack.field_names:
        if name in text:
            return name, 100.0
    choices = {name: _parts(name) for name in pack.field_names}
    best = process.extractOne(_parts(text), choices, scorer=fuzz.token_sort_ratio)
    if best and best[1] >= DECLARED_MATCH:
        return best[2], best[1]
    if (by_keywords := _named_by_keywords(text, pack)) is not None:
        return by_keywords, float(DECLARED_MATCH)
    return None, best[1] if best else 0.0


def _named_by_keywords(declared: str, pack: RulePack) -> str | None:
    """The field a declared name in other words means ("碳达峰碳中和与生态环保技术" is 双碳与环保技术): two or more
    parts, each holding a keyword, all of one field. One part alone ("海洋") is only a share of a field's name."""
    parts = [p for p in _CONNECTOR.split(clean_name(declared)) if p]
    fields = [{name for name, _, _ in _keyword_hits(part, pack)} for part in parts]
    if len(parts) < 2 or not all(fields):
        return None
    common = set.intersection(*fields)
    return common.pop() if len(common) == 1 else None


def declared_field(units: list[Unit], pack: RulePack) -> TextField | None:
    """The field the plan names under a label or in "属于…领域"; None when it names none."""
    for hit in labelled_values(units, _DECLARED_LABEL):
        evidence = [hit.unit.evidence(hit.start, hit.start + len(hit.value))]
        name, score = _canonical(hit.value, pack)
        return TextField(value=name, confidence=1.0 if name else None, evidence=evidence, source="text")
    for unit in units:
        compact = clean_name(unit.text)
        for m in term("fields.belongs").finditer(compact):
            name, score = _canonical(next(filter(None, m.groups())), pack)
            if name:
                quote = Evidence(text=clause_around(compact, m.start(), m.end()), loc=unit.loc)
                return TextField(value=name, confidence=score / 100, evidence=[quote], source="text")
    return None


def _keyword_hits(text: str, pack: RulePack) -> Iterator[tuple[str, str, int]]:
    """(field, keyword, position) for each keyword occurrence, longest first, never counting a span twice."""
    words = sorted(((w, f.name) for f in pack.strategic_fields for w in (f.name, *f.keywords)), key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    for word, name in words:
        if word not in text:  # most keywords are absent; the substring test is far cheaper than a regex scan
            continue
        for m in re.finditer(re.escape(word), text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * len(word)
                yield name, word, m.start()


def inferred_field(units: list[Unit], pack: RulePack, subject: Evidence | None = None) -> TextField:
    """The field whose keywords the text uses most, longer (more specific) keywords weighing more, and
    those in the ``subject`` (the consortium's name, with where it stands) ``SUBJECT_WEIGHT`` times more.

    Confidence is that field's share of the weight, capped below 1: it is a guess.
    """
    weights: Counter[str] = Counter()
    quotes: dict[str, Evidence] = {}
    texts = [(subject.text, subject.loc, SUBJECT_WEIGHT)] if subject else []
    texts += [(unit.text, unit.loc, 1) for unit in units]
    for text, loc, weight in texts:
        compact = clean_name(text)
        for name, word, pos in _keyword_hits(compact, pack):
            weights[name] += len(word) * weight
            quotes.setdefault(name, Evidence(text=clause_around(compact, pos, pos + len(word)), loc=loc))
    if not weights:
        return TextField()
    (name, top), *_ = weights.most_common(1)
    share = top / sum(weights.values())
    return TextField(value=name, confidence=round(min(0.9, share), 2), evidence=[quotes[name]], source="keywords")


def _subject(units: list[Unit]) -> Evidence | None:
    """The consortium's name, located where the plan writes it."""
    name = consortium_name(units)
    return Evidence(text=name.value, loc=name.evidence[0].loc) if name.value and name.evidence else None


def extract_field(all_units: list[Unit], context_units: list[Unit], pack: RulePack) -> TextField:
    """Declared field anywhere in the plan, else inferred from the consortium's name, background and goals."""
    return declared_field(all_units, pack) or inferred_field(context_units or all_units, pack, _subject(all_units))
