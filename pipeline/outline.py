"""Maps a plan's headings onto the rule pack's outline sections (附件2 参考提纲).

Plans number their parts every which way (一、/第一部分/1./（一）/none) and
reword titles a little (项目背景及意义, 实施进度安排), so a heading is compared
by meaning: numbering and connectors stripped, then fuzzy-matched against the
section's title and synonyms, or recognised by the core words that only that
section's wordings use (背景+意义, 经费+保障 …). The cover page (before the
first outline heading) never counts, and when a table of contents leaks in as
paragraphs, the entry with content after it wins over the bare TOC line.
A numbered title run into its body ("一、背景与意义：当前…") heads its
section too, and the rest of that paragraph is the section's first content.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

import jieba
from rapidfuzz import fuzz

from pipeline.document import Block, Document, Heading, Paragraph, Table
from pipeline.evidence import iter_units
from pipeline.nlp import init_jieba
from pipeline.readers.heading_patterns import (
    is_caption,
    looks_like_heading_text,
    numbering_level,
    split_numbering,
)
from pipeline.rulepack import RulePack
from pipeline.sentences import clause_texts
from pipeline.submission import Section
from pipeline.terms import term

_TOC_TAIL = re.compile(r"[.．·…\-—_\s]{2,}\d{1,3}\s*$|\s+\d{1,3}\s*$")
_CONNECTORS = re.compile(r"以及|和|及|与|暨|、|/")
_NOISE = re.compile(r"[\s\W_]+")
_RUN_IN_COLON = re.compile(r"[：:]")
_RUN_IN_STOP = re.compile(r"[：:。]")  # a top-level title may also close with a full stop: "一、背景与意义。当前…"
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[)）]\s*$")  # "立项依据（碳达峰碳中和与生态环保技术领域）"
MAX_HEADING_CHARS = 40
FUZZY_THRESHOLD = 80
PARAGRAPH_LEVEL = 99  # a heading-like paragraph or banner: below any Word heading level
RUN_IN_LEVEL = 100  # below any standalone heading, so a real heading of the same section wins
CORE_MATCH_SCORE = 85
SINGLE_CORE_SCORE = 80


def normalise_title(text: str) -> str:
    """Heading text without numbering, TOC page numbers, connectors or punctuation."""
    text = _TOC_TAIL.sub("", text.strip())
    text = split_numbering(text)[1]
    text = _TRAILING_NOTE.sub("", text) or text
    text = _CONNECTORS.sub("", text)
    return _NOISE.sub("", text)


def _words(text: str) -> set[str]:
    return {w for w in jieba.lcut_for_search(text) if len(w) >= 2}


@lru_cache(maxsize=4)
def _section_words(outline: tuple[tuple[int, tuple[str, ...]], ...]) -> dict[int, frozenset[str]]:
    """Every word of each section's wordings."""
    init_jieba()
    return {num: frozenset().union(*(_words(n) for n in names)) for num, names in outline}


@lru_cache(maxsize=4)
def _core_words(outline: tuple[tuple[int, tuple[str, ...]], ...]) -> dict[int, frozenset[str]]:
    """Words that appear in one section's wordings and in no other section's."""
    per_section = _section_words(outline)
    counts = Counter(w for words in per_section.values() for w in words)
    return {num: frozenset(w for w in words if counts[w] == 1) for num, words in per_section.items()}


def _outline_words(outline: tuple[tuple[int, tuple[str, ...]], ...]) -> frozenset[str]:
    return frozenset().union(*_section_words(outline).values())


def _outline_key(pack: RulePack) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The pack's section wordings, normalised once per pack rather than once per heading."""
    return _normalised_wordings(tuple((s.number, (s.title, *s.synonyms)) for s in pack.outline))


@lru_cache(maxsize=4)
def _normalised_wordings(wordings: tuple[tuple[int, tuple[str, ...]], ...]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple((num, tuple(normalise_title(n) for n in names)) for num, names in wordings)


def section_score(title: str, pack: RulePack) -> dict[int, float]:
    """How well a heading's text matches each outline section (0–100).

    One core word carries a short heading only when its other words are outline words too:
    "进度计划" is section 5, the cover title "实 施 方 案" (实施 + 方案) is no section.
    """
    norm = normalise_title(title)
    if not norm or len(norm) > MAX_HEADING_CHARS:
        return {}
    wordings = _outline_key(pack)
    cores = _core_words(wordings)
    vocabulary = _outline_words(wordings)
    heading_words = _words(norm)
    scores: dict[int, float] = {}
    for number, names in wordings:
        fuzzy = max(fuzz.ratio(norm, name) for name in names)
        hits = heading_words & cores[number]
        core = 0.0
        if len(hits) >= 2:
            core = CORE_MATCH_SCORE
        elif hits and len(norm) <= 2 * len(next(iter(hits))) and heading_words <= vocabulary:
            core = SINGLE_CORE_SCORE
        scores[number] = max(fuzzy, core)
    return scores


@dataclass(frozen=True)
class _Candidate:
    index: int
    section: int
    score: float
    level: int
    text: str


def _heading_text(block: Block) -> str | None:
    """Text of a block that may be a section heading: a Heading, or a short heading-like paragraph or banner.

    Some templates box each section title in a one-cell (or one-row, one-filled-cell)
    table, a "banner", so such a table's lone text is read like a paragraph.
    """
    if isinstance(block, Heading):
        return None if is_caption(block.text) else block.text
    text = (_banner_text(block) if isinstance(block, Table) else block.text).strip()
    if not text or len(text) > MAX_HEADING_CHARS or is_caption(text):
        return None
    if split_numbering(text)[0] or not re.search(r"[。；，,;：:]", text):
        return text
    return None


def _run_in_split(block: Block) -> tuple[str, str] | None:
    """(title, rest) of a paragraph opening with a numbered title and a colon, then body text.

    Only a numbered lead-in counts, or a 公文 ordinal ("一是背景与意义：", the title after 一是); an unnumbered
    bold phrase is body text. A title numbered at the top level (一、, 第一部分, 1.) may also close with a full
    stop ("一、联合体组建的背景和意义。当前…"). Whether the title names a section is for the caller to judge.
    """
    if not isinstance(block, Paragraph):
        return None
    parts = _RUN_IN_STOP.split(block.text.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    title, by_stop = parts[0].strip(), block.text.strip()[len(parts[0])] == "。"
    numbering = split_numbering(title)[0]
    if by_stop and (not numbering or numbering_level(numbering) != 1):
        return None
    if not by_stop and (ordinal := next(term("outline.ordinal_lead_in").located(title), None)):
        title = title[ordinal[2]:].strip()
    elif not numbering:
        return None
    return (title, parts[1].strip()) if looks_like_heading_text(title) else None


def _banner_text(table: Table) -> str:
    """The lone text of a one-row table with exactly one filled cell, else ""."""
    filled = [c.text for c in table.cells if c.text.strip()]
    return filled[0] if table.n_rows == 1 and len(filled) == 1 else ""


def _banner_level(table: Table) -> int:
    """A banner's level by its numbering ("二、目标与主要研发任务" boxed is level 1): a title boxed on purpose
    ranks with headings, above the sub-headings under it; unnumbered, it ranks as a paragraph."""
    numbering = split_numbering(_banner_text(table).strip())[0]
    return (numbering_level(numbering) if numbering else None) or PARAGRAPH_LEVEL


def _best_section(text: str, pack: RulePack) -> tuple[int, float] | None:
    """The one section a heading text clearly names, with its score."""
    scores = section_score(text, pack)
    if not scores:
        return None
    best = max(scores, key=lambda n: scores[n])
    ranked = sorted(scores.values(), reverse=True)
    if scores[best] >= FUZZY_THRESHOLD and (len(ranked) < 2 or ranked[0] > ranked[1]):
        return best, scores[best]
    return None


def _sections_joined(text: str, pack: RulePack) -> list[tuple[int, float]]:
    """The two sections a heading joins into one part ("三、组织运行与经费保障" is 3 and 4): each side of a
    connector clearly names a different section; empty otherwise."""
    title = split_numbering(text.strip())[1]
    for joint in _CONNECTORS.finditer(title):
        sides = [_best_section(title[:joint.start()], pack), _best_section(title[joint.end():], pack)]
        if sides[0] and sides[1] and sides[0][0] != sides[1][0]:
            return [sides[0], sides[1]]
    return []


def _candidates(doc: Document, pack: RulePack) -> list[_Candidate]:
    found = []
    for i, block in enumerate(doc.blocks):
        run_in = _run_in_split(block)
        if run_in is not None:
            text, level = run_in[0], RUN_IN_LEVEL
        else:
            text = _heading_text(block)
            level = block.level if isinstance(block, Heading) else _banner_level(block) if isinstance(
                block, Table) and text else PARAGRAPH_LEVEL
        if text is None:
            continue
        match = _best_section(text, pack)
        for section, score in [match] if match else _sections_joined(text, pack):
            found.append(_Candidate(i, section, score, level, text.strip()))
    return found


def _after_heading(doc: Document, first: int, last: int) -> list[Block]:
    """A section's content: the blocks after its heading, led by the body a run-in heading carries."""
    run_in = _run_in_split(doc.blocks[first])
    lead: list[Block] = [Paragraph(prov=doc.blocks[first].prov, text=run_in[1])] if run_in else []
    return lead + doc.blocks[first + 1 : last + 1]


def _content_chars(blocks: list[Block]) -> int:
    """How much a section says itself: its characters, less the clauses that only point to an attachment."""
    elsewhere = term("outline.points_elsewhere")
    text = "".join(b.text for b in blocks)
    own = "".join(c for c in clause_texts(text) if not elsewhere.search(c)) if elsewhere.search(text) else text
    return len(re.sub(r"\s+", "", own))


def _span_end(doc: Document, start: int, level: int, starts: list[int]) -> int:
    """Last block of a section: before the next section heading; the last one stops at a sibling or higher heading.

    Plans often style a section heading no higher than its own sub-headings (a bold
    "组织架构与运行机制" above "（一）成员单位"), so between sections only the next
    section heading ends one. After the last, a heading above it, or one at its level
    numbered the same way ("六、预期成效" after "五、进度安排"), ends it, as do the sign-off and the
    attachments after it.
    """
    later = [s for s in starts if s > start]
    if later:
        return min(later) - 1
    own = _numbering_level(doc.blocks[start])
    for i in range(start + 1, len(doc.blocks)):
        block = doc.blocks[i]
        if (isinstance(block, Heading) and (
            block.level < level or (block.level == level and own is not None and _numbering_level(block) == own)
        )) or _closes_the_plan(block):
            return i - 1
    return len(doc.blocks) - 1


def _closes_the_plan(block: Block) -> bool:
    """The sign-off ("牵头单位（盖章）：…") or an attachment's label ("附件1"): what follows is no section's text."""
    if isinstance(block, Table):
        return False
    return bool(term("signature.block").search(block.text) or term("layout.attachment_label").search(block.text))


def _numbering_level(block: Block) -> int | None:
    """Level the heading's visible numbering marks (一、 → 1, （一） → 2 …), None when unnumbered."""
    if not isinstance(block, Heading):
        return None
    numbering = block.numbering or split_numbering(block.text)[0]
    return numbering_level(numbering) if numbering else None


def _choose(doc: Document, found: list[_Candidate]) -> dict[int, _Candidate]:
    """One heading per section: shallowest level, then one followed by content, then best score, then first.

    A sub-heading that repeats a section's key words ("3.2组织架构" under "3.组织架构与运行机制")
    loses to the section heading above it by level, or by coming later at the same level. A heading's
    content runs to the next heading of another section, so "第四部分 经费投入与保障措施" directly followed
    by its sub-heading "一、经费投入" (the same level once a PDF flattens them) still has content.
    """

    def rank(c: _Candidate) -> tuple:
        end = _span_end(doc, c.index, c.level, [o.index for o in found if o.section != c.section])
        has_content = _content_chars(_after_heading(doc, c.index, end)) > 0
        return (c.level, not has_content, -c.score, c.index)

    chosen: dict[int, _Candidate] = {}
    for c in sorted(found, key=rank):
        chosen.setdefault(c.section, c)
    return _split_parts_joined(chosen, found)


def _split_parts_joined(chosen: dict[int, _Candidate], found: list[_Candidate]) -> dict[int, _Candidate]:
    """A section the plan writes as two headings in a row ("二、发展目标" then "三、主要研发任务" for 目标与主要研发
    任务) starts at the first of them: an earlier heading of the same section at the same level, with no other
    section's heading between, is its first part, and the heading found names both. Heading-like paragraphs
    join only after another section has begun: a cover's short lines are no part of the body."""
    starts = {c.index for c in chosen.values()}
    joined = dict(chosen)
    for number, c in chosen.items():
        before = [start for start in starts if start < c.index]
        earlier = [o for o in found if o.section == number and o.level == c.level and o.index < c.index
                   and not any(o.index < start < c.index for start in starts)
                   and (c.level < PARAGRAPH_LEVEL or any(start < o.index for start in before))]
        if earlier:
            first = min(earlier, key=lambda o: o.index)
            joined[number] = replace(first, text=f"{first.text} / {c.text}")
    return joined


def map_outline(doc: Document, pack: RulePack) -> list[Section]:
    """One Section per outline section of the pack, in the pack's order."""
    chosen = _choose(doc, _candidates(doc, pack))
    starts = sorted(c.index for c in chosen.values())
    sections = []
    for spec in pack.outline:
        c = chosen.get(spec.number)
        if c is None:
            sections.append(Section(outline=spec.number, present=False))
            continue
        last = _span_end(doc, c.index, c.level, starts)
        heading_unit = next(iter_units([doc.blocks[c.index]]))
        sections.append(Section(
            outline=spec.number, present=True, heading_found=c.text,
            first_block=c.index, last_block=last,
            chars=_content_chars(_after_heading(doc, c.index, last)),
            evidence=[heading_unit.evidence()],
        ))
    return sections


def section_order(sections: list[Section]) -> list[int]:
    """Outline numbers of the found sections in the order they appear in the plan."""
    found = [s for s in sections if s.present and s.first_block is not None]
    return [s.outline for s in sorted(found, key=lambda s: s.first_block)]


def section_blocks(doc: Document, sections: list[Section], number: int) -> list[Block]:
    """The blocks of one outline section after its heading (empty when the section is missing).

    After a run-in heading, the rest of its paragraph comes first, with the paragraph's provenance.
    """
    section = next((s for s in sections if s.outline == number), None)
    if section is None or not section.present or section.first_block is None or section.last_block is None:
        return []
    return _after_heading(doc, section.first_block, section.last_block)


def body_start(sections: list[Section]) -> int:
    """Index of the first outline heading: everything before it is the cover page (and TOC)."""
    return min((s.first_block for s in sections if s.present and s.first_block is not None), default=0)

