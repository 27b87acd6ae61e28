"""Goals and tasks: the three-year strategic goal, measurable indicators, and the major tasks (项目群).

The strategic goal is reported as the first Target, with ``metric`` set to
``STRATEGIC_GOAL`` and ``year`` to its horizon, so checks read it like any
other target. Indicators are "what + number + unit" phrases (申请发明专利50件,
新增产值10亿元); the metric is trimmed of time words and verbs of degree
using jieba tokens, which is where segmentation earns its keep. In a table of goals a figure may stand alone
in its cell ("申请发明专利 | — | 30项"); its row's label names what it measures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.document import Block, Heading, Paragraph, Table
from pipeline.evidence import Unit, clause_around
from pipeline.nlp import arabic_years, segment, years_in
from pipeline.numerals import CN_NUMBER, chinese_value, count_value
from pipeline.outline import normalise_title
from pipeline.plan_text import PlanText
from pipeline.sentences import phrase_start, sentence_end, sentence_start, sentences
from pipeline.submission import Evidence, Target, Task, TextField
from pipeline.terms import term

STRATEGIC_GOAL = "战略目标"
FIVE = 5  # years of a five-year plan
FIRST_REGULAR_PLAN, FIRST_REGULAR_PLAN_END = 5, 1980  # 五五 (1976—1980); each plan since follows the last
MIN_WORDED_COUNT = 2  # "一个平台", "一项制度" speak of a thing, not a target to count
OWN_WORK_REACH = 16  # characters after a count read for what it numbers
_GOAL_CUE = re.compile(r"到\s*((?:19|20)\d{2})\s*年|(?:三|3)\s*年内|(?:未来|用)\s*(?:三|3)\s*年|"
                       r"(?:19|20)\d{2}\s*年?\s*(?:—+|－|-|–|~|～|至|到)\s*(?:19|20)\d{2}\s*年")
_TASK_WORDS = r"(?:重点|攻关|研发|子)?任务|子?课题|项目|专题|(?:攻关|研发|重点)?方向"
# A label opening a block or a clause: "任务一：", "；课题2，", "重点任务三" (not "其中任务1、任务2拟申报").
_TASK_LABEL = re.compile(
    rf"(?:^|[。；;：:])\s*((?:{_TASK_WORDS})\s*(?:[一二三四五六七八九十]+|\d{{1,2}})(?![\d.．个项年月万亿家名人%]))"
)
_ORDINAL_ITEM = re.compile(
    r"(?:^|[。；;：:，,])\s*([一二三四五六七八九十]+是|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]"
    r"|(?<=[。；;：:])\d{1,2}(?:[．、]|\.(?=[\u4e00-\u9fff])))"  # "：1．…。2．…", not a paragraph's own number
)
_COUNTED_LIST = re.compile(
    rf"(?P<names>[^，,；;。：:“”]+?)等?(?P<count>[两二三四五六七八九十\d]+)(?:个|项|大|条)(?:{_TASK_WORDS})"
)
_COLON = re.compile(r"[：:]")
_ITEM_SEP = re.compile(r"[；;]")
_SERIES_SEP = re.compile(r"、")  # items of one short series, where a sentence has no "；": "：A、B、C、D。"
_SENTENCE_END = re.compile(r"。")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ITEM_NOTE = re.compile(r"[（(][^（）()]*[)）]$")  # "（牵头单位、浙江工业大学）": who carries the item
MAX_LIST_ITEM = 60
MAX_LIST_PARAGRAPHS = 3  # a line break (PDF, OCR) may carry one sentence's list over a few paragraphs
_NUMBERED = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．）)](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])")


def _trim_metric(phrase: str) -> str:
    """The measured thing of an indicator phrase, without time words or degree verbs around it."""
    tokens = segment(phrase)
    leading, trailing = term("goals.leading_fluff").words, term("goals.trailing_fluff").words
    while tokens and (tokens[0] in leading or re.fullmatch(r"(?:19|20)\d{2}", tokens[0])):
        tokens.pop(0)
    while tokens and tokens[-1] in trailing:
        tokens.pop()
    return "".join(tokens).strip()


def _plan_period_end(ordinal: str) -> int | None:
    """The last year of the n-th five-year plan (十四五 → 2025): since the fifth (1976—1980) they run back to back."""
    n = count_value(ordinal)
    return None if n is None or n < FIRST_REGULAR_PLAN else FIRST_REGULAR_PLAN_END + FIVE * (n - FIRST_REGULAR_PLAN)


def strategic_goal(units: list[Unit]) -> Target | None:
    """The sentence stating where the consortium will be by its horizon (到2025年 / 三年内 / 2023—2025年 /
    到“十四五”末)."""
    for unit in units:
        text = unit.text
        for m in _GOAL_CUE.finditer(arabic_years(text)):
            sentence = clause_around(text, m.start(), m.end())
            if term("goals.goal_word").search(sentence):  # "未来三年（2023至2025年）": the years the clause gives
                years = years_in(m.group()) or years_in(arabic_years(sentence))
                return Target(text=sentence, year=max(years) if years else None, metric=STRATEGIC_GOAL,
                              evidence=[unit.evidence(m.start(), m.end())])
        for m, start, end in term("goals.plan_period_end").located(text):
            sentence = clause_around(text, start, end)
            if term("goals.goal_word").search(sentence):
                return Target(text=sentence, year=_plan_period_end(m.group("plan")), metric=STRATEGIC_GOAL,
                              evidence=[unit.evidence(start, end)])
    return None


def _row_label(unit: Unit) -> tuple[str, str]:
    """For a cell of a table of goals (a header cell names 指标/目标): the label of its row, the first cell
    left of it written in words and holding no figure, and its column's header; empty elsewhere, and in a
    column of where things stand now (现状值)."""
    place = unit.loc.table
    if not isinstance(unit.block, Table) or not place or place["row"] == 0:
        return "", ""
    grid = unit.block.grid()
    header = grid[0][place["col"]]
    if term("goals.baseline_header").search(header) or not any(term("goals.table_header").search(c) for c in grid[0]):
        return "", ""
    left = grid[place["row"]][:place["col"]]
    label = next((cell for cell in left if _HAN.search(cell) and not _indicator().search(cell)), "")
    return label, header if label else ""


@lru_cache(maxsize=1)
def _indicator() -> re.Pattern[str]:
    """A figure and its unit (terms ``goals.indicator_unit``), or a share in words ("百分之二十")."""
    unit = term("goals.indicator_unit").regex.pattern
    return re.compile(
        rf"(?:(?P<number>\d+(?:\.\d+)?|{CN_NUMBER})\s*(?P<unit>{unit})|百分之(?P<share>\d+(?:\.\d+)?|{CN_NUMBER}))"
        r"(?:以上|左右)?"
    )


def _value(figure: str) -> float | None:
    """A target's figure in digits ("30", "2.5") or in Chinese numerals ("三十", "五百")."""
    return float(figure) if figure[0].isdigit() else chinese_value(figure)


def indicators(units: list[Unit]) -> list[Target]:
    """Quantified targets: value, unit and the metric words in front of the number (or the row's label)."""
    found: list[Target] = []
    for unit in units:
        text = unit.text
        goal_years = years_in(text)
        for m in _indicator().finditer(text):
            figure = m.group("number") or m.group("share")
            if text[m.end():m.end() + 1] in ("年", "月", "日") or re.match(r"(?:19|20)\d{2}$", figure):
                continue
            value = _value(figure)
            if value is None or (not figure[0].isdigit() and value < MIN_WORDED_COUNT) \
                    or term("goals.own_work").search(text[m.end():m.end() + OWN_WORK_REACH]):
                continue
            head = text[phrase_start(text, m.start()):m.start()]
            metric = _trim_metric(head)
            if len(metric) < 2 and (labelled := _row_label(unit))[0]:
                metric, goal_years = _trim_metric(labelled[0]), goal_years or years_in(labelled[1])
            if len(metric) < 2:
                continue
            found.append(Target(
                text=f"{metric}{m.group()}", year=max(goal_years) if goal_years else None, metric=metric,
                value=value, unit=(m.group("unit") or "%").replace("％", "%"),
                evidence=[unit.evidence(m.start() - len(head), m.end())],
            ))
    return found


def _title_of(block: Block) -> str:
    text = block.title if isinstance(block, Heading) else block.text
    return _clean_title(_NUMBERED.sub("", text))


def _clean_title(text: str) -> str:
    text = text.strip()
    first = text[:sentence_end(text, 0)]
    return re.sub(r"\s+", "", first)[:60]


def _task(plan: PlanText, block: Block) -> Task:
    unit = plan.units_of(block)[0]
    return Task(title=_title_of(block), evidence=[Evidence(text=clause_around(unit.text, 0, 1), loc=unit.loc)])


def _clause_from(text: str, start: int) -> str:
    return text[start:sentence_end(text, start)]


def _task_at(unit: Unit, start: int, title: str) -> Task:
    return Task(title=_clean_title(title), evidence=[unit.evidence(start, start + 1)])


def tasks(plan: PlanText, blocks: list[Block]) -> list[Task]:
    """Major tasks, from the most to the least explicit way a plan names them.

    任务一…/课题1… labels (opening a block or a clause), items listed inline in the paragraph about
    tasks ("主要任务：（1）…；（2）…", "一是…二是…"), the sub-items of the heading about tasks, a task
    table (a 课题/任务 column), a "设置A、B、C三个子任务" count in prose, unnumbered "；"-separated items
    after a colon ("攻关任务组织为项目群：A（甲）；B（乙）。"), and last the plan's top-level headings in the part.
    """
    units = [u for u in plan.units(blocks) if not isinstance(u.block, Table)]
    for found in (_labelled(units), _inline(units), _under_task_heading(plan, blocks), _task_table(plan, blocks), _enumerated(units),
                  _after_colon(units)):
        if found:
            return found
    headings = [b for b in blocks if isinstance(b, Heading)]
    top = min((b.level for b in headings), default=0)
    return [_task(plan, b) for b in headings if b.level == top and not term("goals.heading").search(b.text)]


def tasks_deferred(plan: PlanText, blocks: list[Block]) -> TextField:
    """The sentence of the tasks part that leaves the major tasks for later ("…另行凝练"), quoted."""
    for unit in plan.units(blocks):
        for sentence in sentences(unit.text):
            if term("tasks.deferred").search(sentence.group()):
                return TextField(value=sentence.group().strip(), confidence=0.8, source="text",
                                 evidence=[unit.evidence(sentence.start(), sentence.end())])
    return TextField()


def _labelled(units: list[Unit]) -> list[Task]:
    """Items carrying their own label, once per label: "任务一：…", "；课题2，…"."""
    found: dict[str, Task] = {}
    for unit in units:
        text = _NUMBERED.sub("", unit.text) if isinstance(unit.block, Heading | Paragraph) else unit.text
        offset = len(unit.text) - len(text)
        for m in _TASK_LABEL.finditer(text):
            label = re.sub(r"\s+", "", m.group(1))
            found.setdefault(label, _task_at(unit, offset + m.start(1), _clause_from(text, m.start(1))))
    return list(found.values())


def _under_task_heading(plan: PlanText, blocks: list[Block]) -> list[Task]:
    for i, parent in enumerate(blocks):
        if isinstance(parent, Heading) and term("tasks.parent").search(normalise_title(parent.text)):
            children = _children(blocks[i + 1:], parent.level)
            if children:
                return [_task(plan, c) for c in children]
    return []


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


def _task_table(plan: PlanText, blocks: list[Block]) -> list[Task]:
    """The rows of a table whose header names a task column (课题 / 任务名称 / 攻关方向 …)."""
    for table in (b for b in blocks if isinstance(b, Table)):
        rows = table.rows()
        column = next((c.col for c in rows[0] if term("tasks.column").search(c.text)), None) if rows else None
        if column is None:
            continue
        cells = [c for row in rows[1:] for c in row if c.col == column and c.text.strip()]
        unit_of = {(u.loc.table or {}).get("row"): u for u in plan.units_of(table) if (u.loc.table or {}).get("col") == column}
        return [_task_at(unit_of[c.row], 0, c.text) for c in cells if not term("tables.total_row").search(c.text)]
    return []


def _inline(units: list[Unit]) -> list[Task]:
    """Items listed in the paragraph about tasks: "主要任务：（1）…；（2）…", "①…②…", "一是…；二是…", "1．…。2．…".

    A line break (OCR, a PDF line) may carry the list on in the next paragraphs, which then open with an item,
    even right after the first item ("主要研发任务。（1）…；" | "（2）…；（3）…"); a paragraph opening with
    a first item again ("（1）…") starts another list.
    """
    for i, unit in enumerate(units):
        items = list(_ORDINAL_ITEM.finditer(unit.text))
        if not items or not term("tasks.parent").search(unit.text[:items[0].start()]):
            continue
        found = _items(unit, items)
        for more in units[i + 1:]:
            following = list(_ORDINAL_ITEM.finditer(more.text))
            if not following or following[0].start(1) != len(more.text) - len(more.text.lstrip()) \
                    or term("tasks.first_item").search(following[0].group(1)):
                break
            found += _items(more, following)
        if len(found) >= 2:
            return found
    return []


def _items(unit: Unit, items: list[re.Match[str]]) -> list[Task]:
    return [_task_at(unit, m.start(1), _clause_from(unit.text, m.end(1))) for m in items]


def _past_lead_in(names: str) -> str:
    """A counted list without the words that lead into it ("联合体设置A、B" → "A、B"), spaces kept."""
    lead = next(term("tasks.list_lead_in").located(names), None)
    return names[lead[2]:] if lead else names


def _enumerated(units: list[Unit]) -> list[Task]:
    """Tasks named in a counted list in prose: "设置A、B、C三个子任务"."""
    for unit in units:
        text = unit.text
        for m in _COUNTED_LIST.finditer(text):
            names = _past_lead_in(m.group("names")).split("、")
            if len(names) >= 2 and len(names) == count_value(m.group("count")):
                return [_task_at(unit, m.start("names"), name) for name in names]
    return []


def _after_colon(units: list[Unit]) -> list[Task]:
    """Unnumbered items after a colon in a sentence about tasks, "；"-separated up to the sentence's end:
    "攻关任务按“材料—工艺—验证”组织为项目群：透明PI单体合成（甲）；封装阻隔膜（乙）；上线验证（丙）。"."""
    for i, unit in enumerate(units):
        for colon in _COLON.finditer(unit.text):
            lead_in = unit.text[sentence_start(unit.text, colon.start()):colon.start()]
            if not term("tasks.parent").search(lead_in):
                continue
            found = _list_items([(unit, colon.end())] + [(more, 0) for more in units[i + 1:i + MAX_LIST_PARAGRAPHS]])
            if len(found) >= 2:
                return found
    return []


def _list_items(pieces: list[tuple[Unit, int]]) -> list[Task]:
    """The "；"-separated items from each piece's start up to the first sentence end; none if one is too long."""
    found: list[Task] = []
    for unit, start in pieces:
        end = _SENTENCE_END.search(unit.text, start)
        stop = end.start() if end else len(unit.text)
        position = start
        segment = unit.text[start:stop]
        separator = _SERIES_SEP if end and not _ITEM_SEP.search(segment) else _ITEM_SEP
        for item in separator.split(segment):
            title = _ITEM_NOTE.sub("", item.strip())
            if len(title) > MAX_LIST_ITEM:
                return []
            if title:
                found.append(_task_at(unit, position + len(item) - len(item.lstrip()), title))
            position += len(item) + 1
        if end:
            break
    return found


def extract_targets(goal_units: list[Unit], all_units: list[Unit]) -> list[Target]:
    """The strategic goal first (looked for in the goals part, then anywhere), then the indicators."""
    goal = strategic_goal(goal_units) or strategic_goal(all_units)
    return ([goal] if goal else []) + indicators(goal_units or all_units)
