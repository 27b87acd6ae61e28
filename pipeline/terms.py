"""Language knowledge kept as data: the words and phrasings documents use, with examples of each.

What a title, an opening sentence or a signature block looks like is knowledge
of Chinese official writing, not of any one call for proposals, so it lives in
``rulepacks/terms.yaml`` beside the rule packs. Each entry carries sentences it
must and must not match; the tests run them all, so a change to a pattern is
checked against the cases it was written for. Entries nest in groups of any
depth and are addressed by their dotted path (``signature.block``), so a new
section needs no code. A pattern may name another entry as ``{{budget.source.total}}``, which stands
for whatever that entry matches, so a list of words is written once and read in several phrasings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.wording import say

TERMS_FILE = Path(__file__).parent / "rulepacks" / "terms.yaml"
_SPACE = re.compile(r"\s+")
_NOT_SPACE = re.compile(r"\S")
_REFERENCE = re.compile(r"\{\{([\w.]+)\}\}")


def _alternation(words: list[str], patterns: list[str]) -> str:
    """One regex for an entry's words and patterns: words longest first, so 杭州市 wins over 杭州."""
    words = sorted(words, key=len, reverse=True)
    return "|".join([re.escape(w) for w in words] + [f"(?:{p})" for p in patterns])


@lru_cache(maxsize=4096)
def compact(text: str) -> str:
    """The text as terms see it: whitespace removed, everything else as written. Cached: every term searched in
    a unit compacts the same text again."""
    return _SPACE.sub("", text)


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    positive: list[str] = Field(min_length=1)
    negative: list[str] = Field(default_factory=list)


class Term(BaseModel):
    """Words or patterns that mark one thing in a text, and the patterns that rule a text out."""

    model_config = ConfigDict(extra="forbid")

    words: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)
    examples: Examples

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The entry as one compiled pattern; a cached property, because matching runs thousands of times a plan
        and a pydantic private attribute is read through a slow ``__getattr__``."""
        return re.compile(_alternation(self.words, self.patterns))

    @cached_property
    def excluded(self) -> re.Pattern[str] | None:
        """The ``unless`` patterns as one, or None."""
        return re.compile("|".join(f"(?:{p})" for p in self.unless)) if self.unless else None

    @model_validator(mode="after")
    def _compile(self) -> Term:
        if not self.words and not self.patterns:
            raise ValueError(say("loading.terms.empty"))
        try:
            self.regex, self.excluded  # noqa: B018 - compiled now, so a bad pattern fails the load
        except re.error as exc:
            raise ValueError(say("loading.terms.bad_regex", problem=exc)) from exc
        return self

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text`` with whitespace removed (positions are in ``compact(text)``)."""
        text = compact(text)
        if self.excluded is not None and self.excluded.search(text):
            return None
        return self.regex.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``compact(text)``, left to right."""
        text = compact(text)
        if self.excluded is not None and self.excluded.search(text):
            return iter(())
        return self.regex.finditer(text)

    def located(self, text: str) -> Iterator[tuple[re.Match[str], int, int]]:
        """Every match with its start and end in ``text`` as written, whitespace kept: for a caller that
        slices or quotes the original. Groups are read from the match, which is on ``compact(text)``."""
        if len(compact(text)) == len(text):  # no whitespace (most units): positions are the same
            yield from ((match, *match.span()) for match in self.finditer(text))
            return
        kept = [m.start() for m in _NOT_SPACE.finditer(text)] + [len(text)]
        for match in self.finditer(text):
            start, end = match.span()
            yield match, kept[start], kept[end - 1] + 1 if end > start else kept[start]

    def remove(self, text: str) -> str:
        """``compact(text)`` with every match taken out ("☑类型二□类型一" → "☑类型二" for unticked options)."""
        return self.regex.sub("", compact(text))

    def prefix(self, text: str) -> str | None:
        """The longest of the entry's matches that ``text`` starts with, or None."""
        match = self.regex.match(compact(text))
        return match.group() if match else None


class Terms(BaseModel):
    """Every entry of terms.yaml by its dotted path."""

    entries: dict[str, Term]

    def __getitem__(self, name: str) -> Term:
        try:
            return self.entries[name]
        except KeyError:
            raise KeyError(say("loading.terms.no_entry", name=name)) from None


class TermsError(Exception):
    """terms.yaml is missing, not YAML, or an entry is malformed."""


def _leaves(node: Any, path: str) -> Iterator[tuple[str, Any]]:
    """(dotted path, mapping) of every entry: a mapping with ``examples`` is an entry, any other groups."""
    if not isinstance(node, dict):
        raise TermsError(say("loading.terms.not_a_mapping", path=path or say("loading.terms.top")))
    if "examples" in node:
        yield path, node
        return
    for key, child in node.items():
        yield from _leaves(child, f"{path}.{key}" if path else str(key))


def _resolved(name: str, raws: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """The entry's patterns with each ``{{other.entry}}`` replaced by that entry's words and patterns as one
    group (its ``unless`` stays its own); anything but a list of strings is left for validation to refuse."""
    patterns = raws[name].get("patterns")
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        return patterns

    def one(match: re.Match[str]) -> str:
        other = match.group(1)
        if other not in raws or other in (*seen, name):
            raise TermsError(say("loading.terms.bad_reference", name=name, other=other))
        return f"(?:{_alternation(raws[other].get('words') or [], _resolved(other, raws, (*seen, name)) or [])})"

    return [_REFERENCE.sub(one, p) for p in patterns]


@lru_cache(maxsize=4)
def load_terms(path: Path | None = None) -> Terms:
    """Load and validate terms.yaml (``TERMS_FILE`` unless another is given) once per process."""
    path = path or TERMS_FILE
    try:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TermsError(say("loading.terms.unreadable", path=path, problem=exc)) from exc
    raws = dict(_leaves(data, ""))
    entries = {}
    for name, raw in raws.items():
        try:
            entries[name] = Term.model_validate({**raw, "patterns": _resolved(name, raws)} if "patterns" in raw else raw)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise TermsError(say("loading.terms.invalid", name=name, problems=problems)) from exc
    return Terms(entries=entries)


def term(name: str) -> Term:
    """One entry of the default terms.yaml, e.g. ``term("signature.block")``."""
    return load_terms()[name]
