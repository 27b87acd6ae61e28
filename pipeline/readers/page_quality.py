"""Whether a PDF page's text layer says what the page shows, or the page must be read by OCR.

A PDF whose fonts carry no Unicode map opens and "reads" without error, but
its text is glyph numbers: control characters, ``(cid:NN)``, private-use code
points, or Latin letters and Latin-1 symbols in no word of any language. A
scanned page may carry a stray or partial text layer under its image. Such a
page is read by OCR instead, so a plan is never reviewed as empty. The test is
a few regular expressions over the page's text, well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.readers.pdf_text import Line, PageInk
from pipeline.readers.textnorm import han_count

# What an unmapped glyph turns into: pdfminer's "(cid:NN)", U+FFFD, private-use or control characters.
_UNMAPPED = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Latin-1 letters and signs no Chinese plan prints (·×÷°±§©®µ are kept as ordinary).
_ODD_LATIN1 = re.compile(r"[\u00a0-\u00a6\u00a8\u00aa-\u00ad\u00af\u00b2-\u00b6\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_ODD_ASCII = re.compile(r"[\\^_`{|}~]")
# A run of Latin letters and digits, and the shapes real words, codes and numbers take.
_LATIN_RUN = re.compile(r"[A-Za-z0-9]+")
_WORD = re.compile(r"[A-Z]?[a-z]+s?|[A-Z]{1,10}s?|[A-Za-z]{1,2}\d{1,3}")  # words, acronyms, H2, v4
GARBAGE_SHARE = 0.2  # of a page's visible characters
MIN_CHARS_TO_JUDGE = 20  # a page with fewer characters is judged by its ink, not its letters
# A page mostly covered by images with fewer Han characters than this is a scan (maybe with a stray text layer).
MIN_HAN_ON_SCANNED_PAGE = 40
SCANNED_IMAGE_COVER = 0.5
# Text converted to outlines draws many paths; a blank page with a rule or a frame draws a few.
PATHS_OF_OUTLINED_TEXT = 50


@dataclass(frozen=True)
class LayerVerdict:
    """Whether to trust a page's text layer, and why not (said in the page's reading record)."""

    usable: bool
    reason: str = ""


def judge_text_layer(lines: list[Line], ink: PageInk) -> LayerVerdict:
    """Usable, or why the page should be OCRed: unreadable glyphs, or a scan with (almost) no text layer.

    An empty page with (almost) nothing drawn on it is blank, not unreadable;
    an empty page with images or text turned into outlines is not.
    """
    text = "".join(line.text for line in lines)
    visible = len(text) - text.count(" ")
    if not visible:
        if ink.image_cover == 0 and ink.n_paths < PATHS_OF_OUTLINED_TEXT:
            return LayerVerdict(True)
        return LayerVerdict(False, "no_text_layer")
    if ink.image_cover >= SCANNED_IMAGE_COVER and han_count(text) < MIN_HAN_ON_SCANNED_PAGE:
        return LayerVerdict(False, "scanned_image")
    if visible < MIN_CHARS_TO_JUDGE and ink.n_paths >= PATHS_OF_OUTLINED_TEXT and not han_count(text):
        return LayerVerdict(False, "outlined_text")
    if garbage_share(text) > GARBAGE_SHARE:
        return LayerVerdict(False, "unmapped_glyphs")
    return LayerVerdict(True)


def garbage_share(text: str) -> float:
    """The share of ``text``'s visible characters that are unmapped glyphs or Latin in no word's shape."""
    visible = len(text) - text.count(" ")
    if not visible:
        return 0.0
    bad = sum(len(m.group()) for m in _UNMAPPED.finditer(text))
    bad += len(_ODD_LATIN1.findall(text)) + len(_ODD_ASCII.findall(text))
    bad += sum(len(m.group()) for m in _LATIN_RUN.finditer(text) if not _wordlike(m.group()))
    return bad / visible


def _wordlike(run: str) -> bool:
    """A word, an acronym, or a number or code (5G, 2022C03088, 91330109MA2AXXXX1K: digits at least half)."""
    if _WORD.fullmatch(run):
        return True
    digits = sum(c.isdigit() for c in run)
    return not any(c.islower() for c in run) and 2 * digits >= len(run)
