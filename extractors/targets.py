"""Goals and tasks: the three-year strategic goal, measurable indicators, and the major tasks (项目群).

The strategic goal is reported as the first Target, with ``metric`` set to
``STRATEGIC_GOAL`` and ``year`` to its horizon, so checks read it like any
other target. Indicators are "what + number + unit" phrases (申请发明专利50件,
新增产值10亿元); the metric is trimmed of time words and verbs of degree
using jieba tokens, which is where segmentation earns its keep.
"""

from __future__ import annotations

import re

from pipeline.document import Block, Heading, Paragraph
from pipeline.evidence import Unit, clause_around, iter_units
from pipeline.nlp import get_nlp, years_in
from pipeline.outline import normalise_title
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, Target, Task

STRATEGIC_GOAL = "战略目标"
_UNITS = r"亿元|万元|元|亿|万|件|项|个|篇|人次|人|家|套|台|%|％|倍|名|条|种|款|次|吨|平方米|GW|MW|kW|万台|万套"
_INDICATOR = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNITS})(?:以上|左右)?")
_GOAL_CUE = re.compile(r"到\s*((?:19|20)\d{2})\s*年|(?:三|3)\s*年内|(?:未来|用)\s*(?:三|3)\s*年|"
                       r"(?:19|20)\d{2}\s*年?\s*(?:—+|－|-|–|~|～|至|到)\s*(?:19|20)\d{2}\s*年")
_GOAL_WORD = re.compile(r"目标|建成|打造|实现|形成|突破|达到")
_CLAUSE_SPLIT = re.compile(r"[，,；;。：:！？、\n]")
_LEADING_FLUFF = ("到", "年", "年底", "年末", "三年内", "期间", "力争", "累计", "预计", "计划", "共", "新", "完成", "实现",
                  "其中", "并", "和", "及", "与", "每年", "年均")
_TRAILING_FLUFF = ("达到", "超过", "不少于", "不低于", "达", "约", "逾", "累计", "共计", "共", "为", "到", "以上", "实现")
_TASK_HEAD = re.compile(r"^(?:任务|课题|子任务|项目|攻关任务|研发任务|专题)\s*[一二三四五六七八九十\d]+")
_TASK_PARENT = re.compile(r"任务|项目群|攻关|研发内容|研究内容|重点方向")
_GOAL_HEAD = re.compile(r"目标|指标|基础|现状")
_NUMBERED = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．）)](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])")


def _trim_metric(nlp, phrase: str) -> str:
    """The measured thing of an indicator phrase, without time words or degree verbs around it."""
    tokens = [t.text for t in nlp(phrase)]
    while tokens and (tokens[0] in _LEADING_FLUFF or re.fullmatch(r"(?:19|20)\d{2}", tokens[0])):
        tokens.pop(0)
    while tokens and tokens[-1] in _TRAILING_FLUFF:
        tokens.pop()
    return "".join(tokens).strip()


def strategic_goal(units: list[Unit], pack: RulePack) -> Target | None:
    """The sentence stating where the consortium will be by its horizon (到2025年 / 三年内 / 2023—2025年)."""
    nlp = get_nlp(pack)
    for unit in units:
        text = unit.text
        for m in _GOAL_CUE.finditer(text):
            sentence = clause_around(text, m.start(), m.end())
            if _GOAL_WORD.search(sentence):
                years = years_in(nlp, m.group())
                return Target(text=sentence, year=max(years) if years else None, metric=STRATEGIC_GOAL,
                              evidence=[unit.evidence(m.start(), m.end())])
    return None


def indicators(units: list[Unit], pack: RulePack) -> list[Target]:
    """Quantified targets: value, unit and the metric words in front of the number."""
    nlp = get_nlp(pack)
    found: list[Target] = []
    for unit in units:
        text = unit.text
        goal_years = years_in(nlp, text)
        for m in _INDICATOR.finditer(text):
            if text[m.end():m.end() + 1] in ("年", "月", "日") or re.match(r"(?:19|20)\d{2}$", m.group(1)):
                continue
            head = _CLAUSE_SPLIT.split(text[:m.start()])[-1]
            metric = _trim_metric(nlp, head)
            if len(metric) < 2:
                continue
            found.append(Target(
                text=f"{metric}{m.group()}", year=max(goal_years) if goal_years else None, metric=metric,
                value=float(m.group(1)), unit=m.group(2).replace("％", "%"),
                evidence=[unit.evidence(m.start() - len(head), m.end())],
            ))
    return found


def _title_of(block: Block) -> str:
    text = block.title if isinstance(block, Heading) else block.text
    first = re.split(r"[。；;]", _NUMBERED.sub("", text).strip(), maxsplit=1)[0]
    return re.sub(r"\s+", "", first)[:60]


def _task(block: Block) -> Task:
    unit = next(iter_units([block]))
    return Task(title=_title_of(block), evidence=[Evidence(text=clause_around(unit.text, 0, 1), loc=unit.loc)])


def tasks(blocks: list[Block]) -> list[Task]:
    """Major tasks: 任务一…/项目一… items, else the numbered children of the part about tasks."""
    explicit = [b for b in blocks if isinstance(b, Heading | Paragraph) and _TASK_HEAD.match(_NUMBERED.sub("", b.text).strip())]
    if explicit:
        return [_task(b) for b in explicit]
    headings = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Heading)]
    for i, parent in headings:
        if _TASK_PARENT.search(normalise_title(parent.text)):
            children = _children(blocks[i + 1:], parent.level)
            if children:
                return [_task(c) for c in children]
    top = min((b.level for _, b in headings), default=0)
    return [_task(b) for _, b in headings if b.level == top and not _GOAL_HEAD.search(b.text)]


def _children(blocks: list[Block], parent_level: int) -> list[Block]:
    """The items under a heading: its highest sub-headings, or else its numbered paragraphs."""
    inside: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading) and block.level <= parent_level:
            break
        inside.append(block)
    sub = [b for b in inside if isinstance(b, Heading)]
    if sub:
        level = min(b.level for b in sub)
        return [b for b in sub if b.level == level]
    return [b for b in inside if isinstance(b, Paragraph) and _NUMBERED.match(b.text)]

def extract_targets(goal_units: list[Unit], all_units: list[Unit], pack: RulePack) -> list[Target]:
    """The strategic goal first (looked for in the goals part, then anywhere), then the indicators."""
    goal = strategic_goal(goal_units, pack) or strategic_goal(all_units, pack)
    return ([goal] if goal else []) + indicators(goal_units or all_units, pack)
