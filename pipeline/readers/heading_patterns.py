"""The numbering conventions of Chinese official documents, as text patterns.

一、 opens a first-level section, （一） a second, 1. a third, （1） a fourth:
the convention of GB/T 9704 documents that plans follow whether or not the
numbers are typed or produced by Word. Any reader can use these to split a
heading's number from its title and to guess its level.
"""

from __future__ import annotations

import re

from pipeline.sentences import END_MARKS

_HAN_DIGITS = "一二三四五六七八九十百零〇两"
_AMOUNT_UNITS = "万亿千百%％倍个元年月日"  # "1.5亿元" is an amount, not section 1.5
# Measures a decimal is set against ("2.5平方米", "1.2mm", "3.5GHz"): a quantity, not section 2.5.
_MEASURES = r"平方|立方|米|吨|克|千克|公斤|升|秒|小时|[A-Za-zμ℃°]"
# (pattern, level) in the order they must be tried: longer forms first.
_NUMBERINGS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"第[{_HAN_DIGITS}\d]+(?:部分|章|篇)"), 1),
    (re.compile(rf"第[{_HAN_DIGITS}\d]+节"), 2),
    (re.compile(rf"[{_HAN_DIGITS}]+[、．.丶]"), 1),  # 丶: how OCR often reads 、
    (re.compile(rf"[（(][{_HAN_DIGITS}]+[）)][、．.]?"), 2),
    (re.compile(rf"\d{{1,2}}(?:[.．]\d{{1,2}})+[.．、]?(?![\d.．{_AMOUNT_UNITS}]|{_MEASURES})"), 3),  # 1.1: deeper per dot
    (re.compile(r"\d{1,2}[.．、](?![\d.．])"), 3),
    (re.compile(r"[（(]\d{1,2}[）)]"), 4),
    (re.compile(r"\d{1,2}[ \t\u3000]+(?=[\u4e00-\u9fff]|$)"), 1),  # "1 背景与意义": chapter numbers without a dot
    (re.compile(r"[①-⑳]"), 5),
]
_DECIMAL_DEPTH = re.compile(r"[.．]\d")
_SENTENCE = re.compile(rf"[{END_MARKS}]|[，,]$")
_CAPTION = re.compile(rf"^附?[表图]\s*[\d{_HAN_DIGITS}]+")  # "表2 经费投入预算表" names a table, not a section
MAX_HEADING_CHARS = 40


def split_numbering(text: str) -> tuple[str, str]:
    """``"一、背景与意义"`` → ``("一、", "背景与意义")``; ``("", text)`` when it has no heading numbering."""
    for pattern, _ in _NUMBERINGS:
        match = pattern.match(text)
        if match:
            return match.group(0), text[match.end():].strip()
    return "", text


def numbering_level(numbering: str) -> int | None:
    """The outline level a numbering like ``（一）`` or ``1.2`` conventionally marks."""
    numbering = numbering.strip()
    for pattern, level in _NUMBERINGS:
        if pattern.match(numbering + " "):
            return level + len(_DECIMAL_DEPTH.findall(numbering))
    return None


def looks_like_heading_text(text: str) -> bool:
    """Short and not a sentence: a heading never runs past a line or ends a sentence."""
    return 0 < len(text) <= MAX_HEADING_CHARS and not _SENTENCE.search(text) and not is_caption(text)


def is_caption(text: str) -> bool:
    """A table or figure caption (表1 …, 图2 …), however it is styled."""
    return bool(_CAPTION.match(text.strip()))
