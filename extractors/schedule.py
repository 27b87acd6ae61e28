"""The schedule (进度安排): phases with their period and years.

A phase is a paragraph, heading or table row that opens with a period —
"第一阶段（2023年1月—2023年12月）", "2023年1月—2023年12月：", "2024年：" —
and the years are read off the pipeline's year entities.
"""

from __future__ import annotations

import re

from pipeline.document import Block, Table
from pipeline.evidence import iter_units
from pipeline.nlp import YEAR_RANGE, get_nlp, years_in
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, SchedulePhase

_STAGE = re.compile(r"第[一二三四五六七八九十\d]+阶段|[一二三四五六七八九十\d]+期|(?:启动|建设|攻关|验收|推广|总结|完善)阶段")
_SINGLE = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?(?:\s*[01]?\d\s*月)?(?:(?:上|下)半年)?")
_NUMBER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d))\s*")
OPENING = 40


def _period(text: str) -> str | None:
    """The period a line opens with (stage label and/or years), or None."""
    head = _NUMBER.sub("", text)[:OPENING]
    years = YEAR_RANGE.search(head) or _SINGLE.search(head)
    stage = _STAGE.search(head)
    if not years:
        return None
    start = min(years.start(), stage.start()) if stage else years.start()
    end = max(years.end(), stage.end()) if stage else years.end()
    opens_line = not head[:start].strip("（(【[ ")
    ends_label = end == len(head) or head[end] in "：:，,）)】] —-"
    return head[start:end].strip("（()）：: ") if opens_line and ends_label else None

def _rows(block: Block) -> list[tuple[str, Evidence]]:
    """Each table row as one line; any other block as itself."""
    if isinstance(block, Table):
        out = []
        for row in block.rows():
            text = "：".join(c.text.strip() for c in row if c.text.strip())
            if row:
                out.append((text, Evidence(text=text[:160], loc=block.prov.loc(row[0].row, row[0].col))))
        return out
    unit = next(iter_units([block]), None)
    return [(unit.text, unit.evidence())] if unit else []


def extract_schedule(blocks: list[Block], pack: RulePack) -> list[SchedulePhase]:
    """Phases in the order written, each with its period text and first and last year."""
    nlp = get_nlp(pack)
    phases = []
    for block in blocks:
        for text, quote in _rows(block):
            period = _period(text)
            if period is None:
                continue
            years = years_in(nlp, period)
            phases.append(SchedulePhase(period=period, start_year=min(years) if years else None,
                                        end_year=max(years) if years else None, text=text.strip(), evidence=[quote]))
    return phases
