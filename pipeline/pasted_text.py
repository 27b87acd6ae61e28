"""Plan text as an office leaves it in Word: template hints not deleted, text pasted from a PDF line by line.

A district's template carries writing hints ("（编写提示：…首席科学家岗设置情况…）"); left in, they are the form's
words, not the plan's. Text copied out of a PDF arrives with every printed line a paragraph of its own and the
page numbers ("—2—") between them, so a sentence, a cue ("成员单位如下：") or a name is cut in two. Both are set
right once here, before any extractor reads the plan: hints and page numbers are set apart as furniture, and the
lines of a hard-wrapped document are joined back into paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from pipeline import page_numbers
from pipeline.document import Block, Document, Furniture, Paragraph
from pipeline.terms import term

# A page number printed into the text: "—2—", "- 2 -", "第2页 共9页" (a bare figure may be content).
_LABELLED = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,10}\s*[：:]")  # 申报类型：…, 牵头单位（盖章）：…
_ENDS_PARAGRAPH = ("。", "！", "？", "；", "：", "…")
MIN_FULL_LINES = 10  # printed lines of the same width: fewer is a plan's short paragraphs, not a pasted page
MIN_FULL_SHARE = 0.3
MIN_LINE_WIDTH = 30  # half-width cells: a pasted line is at least ~15 Chinese characters
LINE_WIDTH_SLACK = 4  # a line breaks a little early (a figure that would not fit) or late (punctuation squeezed in)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text.strip())


def _set_apart(doc: Document) -> Document:
    """Template hints and page numbers moved from the blocks into the furniture."""
    hint = term("layout.template_hint")
    kept: list[Block] = []
    furniture = list(doc.furniture)
    for block in doc.blocks:
        role = None
        if isinstance(block, Paragraph):
            role = "hint" if hint.search(block.text) else "footer" if page_numbers.TYPED.match(block.text) else None
        if role is None:
            kept.append(block)
        else:
            furniture.append(Furniture(role=role, text=block.text, page=block.prov.page))
    return replace(doc, blocks=kept, furniture=furniture) if len(kept) < len(doc.blocks) else doc


def _full_width(doc: Document) -> int | None:
    """The width of a full printed line when the document was pasted line by line, else None."""
    open_lines = [_width(b.text) for b in doc.blocks
                  if isinstance(b, Paragraph) and not b.text.rstrip().endswith(_ENDS_PARAGRAPH)]
    widths = Counter(w for w in open_lines if w >= MIN_LINE_WIDTH)
    if not widths:
        return None
    full = widths.most_common(1)[0][0]
    count = sum(n for w, n in widths.items() if abs(w - full) <= LINE_WIDTH_SLACK)
    paragraphs = sum(isinstance(b, Paragraph) for b in doc.blocks)
    return full if count >= MIN_FULL_LINES and count >= MIN_FULL_SHARE * paragraphs else None


def _rejoined(doc: Document) -> Document:
    """Each full printed line that leaves its sentence open joined to the line after it, so the pasted lines
    are paragraphs again; a short line, or one ending a sentence, ends its paragraph."""
    full = _full_width(doc)
    if full is None:
        return doc
    blocks: list[Block] = []
    runs_on = False  # whether the last line put into blocks[-1] was full and unfinished
    for block in doc.blocks:
        previous = blocks[-1] if blocks else None
        if runs_on and isinstance(block, Paragraph) and isinstance(previous, Paragraph) and not _opens_a_line(block):
            blocks[-1] = replace(previous, text=previous.text.rstrip() + block.text.strip())
        else:
            blocks.append(block)
        runs_on = isinstance(block, Paragraph) and not block.text.rstrip().endswith(_ENDS_PARAGRAPH) \
            and abs(_width(block.text) - full) <= LINE_WIDTH_SLACK
    return replace(doc, blocks=blocks)


def _opens_a_line(paragraph: Paragraph) -> bool:
    """A line that begins anew whatever came before: a labelled field ("申报类型：类型二") or a lone date."""
    return bool(_LABELLED.match(paragraph.text) or term("dates.whole_line").search(paragraph.text))


def as_written(doc: Document) -> Document:
    """The plan's own text: hints and page numbers set apart, pasted lines joined into paragraphs."""
    return _rejoined(_set_apart(doc))
