"""The one Chinese NLP pipeline: spaCy's blank ``zh`` with the jieba segmenter.

Loaded once per process because jieba takes about a second to start. jieba's
cache goes into the project's work folder (not the system temp folder), and
it starts quietly. Rule components mark the rule pack's terms (fields,
districts, lead qualifications) and year phrases (2023年, 2023—2025年,
2023年1月—2023年12月), so extractors can read years and measured phrases
off tokens instead of re-implementing the same regexes.

Organisation names are NOT matched on jieba tokens (it splits 有限责任公司);
match those on characters.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from pathlib import Path

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.numerals import digit_by_digit
from pipeline.rulepack import RulePack

REPO_ROOT = Path(__file__).resolve().parent.parent
YEAR = r"(?:19|20)\d{2}"
_YEAR_MONTH = rf"({YEAR})\s*年?(?:\s*[01]?\d\s*月(?:份)?)?"
_DASH = r"\s*(?:—+|－|-|–|~|～|至|到)\s*"
YEAR_RANGE = re.compile(rf"{_YEAR_MONTH}{_DASH}{_YEAR_MONTH}")
SINGLE_YEAR = re.compile(rf"({YEAR})\s*年")
# A year written digit by digit in Chinese numerals ("二〇二五年", "二零二三至二零二五年"), read as the same digits.
_CN_DIGIT = "[〇零○O一二三四五六七八九]"
_CN_YEAR = re.compile(
    rf"(?<![〇零○O一二三四五六七八九十])(?:一九|二[〇零○O]){_CN_DIGIT}{{2}}(?=\s*年|{_DASH}(?:一九|二[〇零○O]))"
)


def arabic_years(text: str) -> str:
    """``text`` with each year written in Chinese numerals in Arabic digits ("到二〇二五年" → "到2025年").

    The length is kept, so offsets found in the answer quote the text as written.
    """
    return _CN_YEAR.sub(lambda m: digit_by_digit(m.group()), text)


def work_dir() -> Path:
    """The project's scratch folder: ``$CONSORTIUM_WORK_DIR`` or ``<repo>/work``."""
    path = Path(os.environ.get("CONSORTIUM_WORK_DIR") or REPO_ROOT / "work")
    path.mkdir(parents=True, exist_ok=True)
    return path


def init_jieba() -> None:
    """Point jieba's cache into the work folder and silence its start-up chatter (idempotent)."""
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.tmp_dir = str(work_dir())
    jieba.dt.cache_file = str(work_dir() / "jieba.cache")


@Language.component("year_phrases")
def year_phrases(doc: Doc) -> Doc:
    """Mark year ranges (YEAR_RANGE) and single years (YEAR) as entities, on characters."""
    spans: list[Span] = []
    for label, pattern in (("YEAR_RANGE", YEAR_RANGE), ("YEAR", SINGLE_YEAR)):
        for m in pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.ents = filter_spans([*spans, *doc.ents])
    return doc


def _pack_patterns(pack: RulePack) -> list[dict]:
    """EntityRuler phrase patterns for the pack's terms."""
    patterns = [{"label": "FIELD", "pattern": name} for name in pack.field_names]
    patterns += [{"label": "FIELD_KEYWORD", "pattern": kw, "id": f.name}
                 for f in pack.strategic_fields for kw in f.keywords]
    patterns += [{"label": "DISTRICT", "pattern": term, "id": d.name}
                 for d in pack.districts for term in {d.name, *d.short}]
    patterns += [{"label": "QUALIFICATION", "pattern": q} for q in pack.lead_qualifications]
    return patterns


@lru_cache(maxsize=4)
def _build(fingerprint: str, patterns: tuple[tuple[str, str, str], ...]) -> Language:
    init_jieba()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "TEXT"})
    ruler.add_patterns([{"label": lab, "pattern": pat, **({"id": i} if i else {})}
                        for lab, pat, i in patterns])
    nlp.add_pipe("year_phrases", after="entity_ruler")
    return nlp


_PIPELINES: dict[int, tuple[RulePack, Language]] = {}  # by pack object, which the entry keeps alive


def get_nlp(pack: RulePack) -> Language:
    """The process-wide pipeline for a rule pack (built on first use, then reused).

    Extractors ask for it on every plan, and listing a pack's patterns costs
    milliseconds, so the answer is also kept per pack object.
    """
    known = _PIPELINES.get(id(pack))
    if known is None or known[0] is not pack:
        patterns = tuple((p["label"], p["pattern"], p.get("id", "")) for p in _pack_patterns(pack))
        known = _PIPELINES[id(pack)] = (pack, _build(pack.fingerprint, patterns))
    return known[1]


def years_in(nlp: Language, text: str) -> list[int]:
    """Every year a text names, in order, ranges expanded to their two ends.

    Most paragraphs name no year; for those the answer is known without segmenting the text.
    """
    text = arabic_years(text)
    if not (SINGLE_YEAR.search(text) or YEAR_RANGE.search(text)):
        return []
    years: list[int] = []
    for ent in nlp(text).ents:
        if ent.label_ in ("YEAR", "YEAR_RANGE"):
            years += [int(y) for y in re.findall(YEAR, ent.text)]
    return years
