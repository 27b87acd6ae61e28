"""Chinese words and years: spaCy's blank ``zh`` with the jieba segmenter, and the year phrases plans write.

The segmenter is loaded once per process because jieba takes about a second to
start; its cache goes into the project's work folder (not the system temp
folder), and it starts quietly. Words are what an indicator's metric is
trimmed on (time words and verbs of degree around it). Years (2023年,
2023—2025年, 2023年1月—2023年12月, 二〇二五年) are read on characters, by
the patterns below: a year is never split or joined by segmentation.

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

from pipeline.numerals import digit_by_digit

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


@lru_cache(maxsize=1)
def _segmenter() -> Language:
    init_jieba()
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def segment(text: str) -> list[str]:
    """The words of ``text`` as jieba cuts them."""
    return [token.text for token in _segmenter()(text)]


def years_in(text: str) -> list[int]:
    """Every year a text names, in order, ranges expanded to their two ends. Where a range and a single year
    overlap ("2023—2025年" holds "2025年") the longer phrase is read."""
    text = arabic_years(text)
    phrases = sorted((m.span() for pattern in (YEAR_RANGE, SINGLE_YEAR) for m in pattern.finditer(text)),
                     key=lambda span: (span[0] - span[1], span[0]))
    kept: list[tuple[int, int]] = []
    for start, end in phrases:
        if all(end <= other_start or start >= other_end for other_start, other_end in kept):
            kept.append((start, end))
    return [int(year) for start, end in sorted(kept) for year in re.findall(YEAR, text[start:end])]
