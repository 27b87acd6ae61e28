"""Sentences and clauses of a unit's text, as spans into that text.

Extractors read a plan one sentence at a time (a member cue and the names it introduces), and within a
sentence one clause at a time (a name and the words that say what it is). A quote is cut from the same
spans, so every reader must agree on where a sentence ends: the marks below, kept here once. A mark
inside brackets or quotes ("（注：按当年价格计。）", "“十四五”。") belongs to the sentence around it,
so a note in brackets does not cut its sentence in two; a bracket left open is read as plain text. A
clause ends at every mark, bracketed or not: "A（牵头，企业）" is two clauses, the way a name's note is
read. A phrase is cut again at "：" and "、", where a figure's metric begins ("其中：发明专利20项").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

END_MARKS = "。；;！!？?"  # written marks that end a sentence; a line break ends one too
SENTENCE_MARKS = END_MARKS + "\n"
CLAUSE_MARKS = SENTENCE_MARKS + "，,"
PHRASE_MARKS = CLAUSE_MARKS + "：:、"


# Runs of text between marks, a closed bracket or quote on one line counted as one character.
_SENTENCE = re.compile(rf"(?:（[^（）\n]*）|\([^()\n]*\)|“[^“”\n]*”|[^{SENTENCE_MARKS}])+")
_CLAUSE = re.compile(rf"[^{CLAUSE_MARKS}]+")
_PHRASE = re.compile(rf"[^{PHRASE_MARKS}]+")


def sentences(text: str) -> Iterator[re.Match[str]]:
    """Each sentence of ``text`` without its closing mark; ``m.start()``/``m.end()`` index ``text``."""
    return _SENTENCE.finditer(text)


@lru_cache(maxsize=4096)
def sentence_spans(text: str) -> tuple[tuple[str, int], ...]:
    """(sentence, start) of each sentence of ``text``; cached, for readers that walk the same units for every
    term they look for."""
    return tuple((m.group(), m.start()) for m in sentences(text))


def clauses(text: str) -> Iterator[re.Match[str]]:
    """Each clause of ``text`` (sentences cut again at commas) without its closing mark."""
    return _CLAUSE.finditer(text)


def clause_texts(text: str) -> list[str]:
    """The text of each clause of ``text``, for readers that need no offsets."""
    return [m.group() for m in clauses(text)]


def _breaks(pattern: re.Pattern[str], text: str) -> list[int]:
    """Indexes of the marks that end a run of ``pattern`` in ``text``: every character no run covers."""
    found, at = [], 0
    for run in pattern.finditer(text):
        found.extend(range(at, run.start()))
        at = run.end()
    found.extend(range(at, len(text)))
    return found


def _start(pattern: re.Pattern[str], text: str, pos: int) -> int:
    return max((i + 1 for i in _breaks(pattern, text) if i < pos), default=0)


def _end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    return next((i for i in _breaks(pattern, text) if i >= pos), len(text))


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``text[pos]`` begins: just after the last mark before ``pos``."""
    return _start(_SENTENCE, text, pos)


def sentence_end(text: str, pos: int) -> int:
    """Index of the first mark at or after ``pos`` that ends a sentence; ``len(text)`` when none follows."""
    return _end(_SENTENCE, text, pos)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``text[pos]`` begins."""
    return _start(_CLAUSE, text, pos)


def clause_end(text: str, pos: int) -> int:
    """Index of the first mark at or after ``pos`` that ends a clause; ``len(text)`` when none follows."""
    return _end(_CLAUSE, text, pos)


def phrase_start(text: str, pos: int) -> int:
    """Where the phrase holding ``text[pos]`` begins: after the last mark, "：" or "、" before ``pos``."""
    return _start(_PHRASE, text, pos)
