"""The schedule (进度安排): phases with their period and years.

A phase is a paragraph, heading or table row that opens with a period —
"第一阶段（2023年1月—2023年12月）", "2023年1月—2023年12月：", "2024年：",
"第一年（2023年）", a milestone "2023年3月底前：" or "2023年第四季度前：", dotted dates "2023.01—2023.12",
years in Chinese numerals "二〇二四年：", months or years counted from the plan's start "第7—12个月：", "第二年：" —
or a table row whose time column holds one after short labels ("启动期 | 2023年1月—
2023年12月 | 主要任务 | 考核指标", a Gantt-like phase table). The years are read off
the text; months counted from the start are read against the start the schedule states ("实施期限为2023年1月至
2025年12月"), and have no years when it states none; the plan's years ("第二年") count from that start, or else
from the year after the call, when the call's three-year term begins.
"""

from __future__ import annotations

import re

from pipeline.document import Block, Cell, Table
from pipeline.evidence import Unit
from pipeline.nlp import YEAR_RANGE, arabic_years, years_in
from pipeline.numerals import count_value
from pipeline.plan_text import PlanText
from pipeline.submission import Evidence, SchedulePhase
from pipeline.terms import term

_CN_DIGITS = "一二三四五六七八九十"
_STAGE = re.compile(
    rf"第[{_CN_DIGITS}\d]+(?:阶段|年度?)|[{_CN_DIGITS}\d]+期|[\u4e00-\u9fff]{{1,2}}(?:阶段|期)(?=\s*[（(：:\d])"
)
# "底前" in "2023年3月底前", "年底" in "2023年年底": a milestone's deadline wording after its date.
_DEADLINE_TAIL = re.compile(r"(?:年?[底末初]|[上中下]旬)?(?:以前|之前|前|止)?")
# "2023.01", "2023/1", "2023．12": a year and month written with a dot or slash, read as 2023年01月.
_DOTTED = re.compile(r"((?:19|20)\d{2})\s*[.．/]\s*([01]?\d)(?!\d)")
# OCR noise in a date: a letter O for a zero in a year ("2O23年"), a 一 read from a dash between two dates.
_OCR_YEAR = re.compile(r"(?<![A-Za-z\d])(?:19|2[0Oo])[\dOo]{2}(?=\s*(?:年|[.．/]\s*[01]?\d))")
_OCR_DASH = re.compile(r"(?<=[年月\d])\s*一\s*(?=(?:19|20)\d{2}\s*年|[01]?\d\s*月)")
# Where a line may hold another phase (OCR merges lines, a seal row may precede one): after 。；：.
_PHASE_BOUNDARY = re.compile(r"[。；;：:]\s*")
_NUMBER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d))\s*")
# A year opening a clause with what is done in it, no label mark between: "2024年完成样机…".
_YEAR_LED = re.compile(r"((?:19|20)\d{2}年)(?=[\u4e00-\u9fff])(?!度)")
MIN_YEAR_LED = 2  # different years opening clauses of one paragraph that make it a schedule
_LABEL_EDGES = "（()）：: "
OPENING = 40
MIN_TIMELINE_COLUMNS = 3  # periods across a header row: a chart of the plan's years, not a two-date table
MAX_LABEL_CHARS = 12  # a stage label cell before the time column ("第一阶段", "启动期", "数据集建设")
MONTHS = 12  # in a year, for months counted from the start ("第13—24个月")


def _undotted(text: str) -> str:
    """Dates in one form: OCR's letter O and 一 repaired, dotted dates written with 年/月, years in Arabic digits."""
    text = _OCR_YEAR.sub(lambda m: re.sub("[Oo]", "0", m.group()), text)
    return _DOTTED.sub(r"\1年\2月", _OCR_DASH.sub("—", arabic_years(text)))


def _stage_beside(head: str, years: tuple[int, int]) -> re.Match[str] | None:
    """The stage label written next to the years ("第一阶段（2023年…）", "2023年（启动期）"), with nothing but
    brackets, colons or spaces between; a stage word inside the line's text ("建成数据库一期") is not one."""
    for stage in _STAGE.finditer(head):
        gap = head[stage.end():years[0]] if stage.end() <= years[0] else head[years[1]:stage.start()]
        if not gap.strip(_LABEL_EDGES):
            return stage
    return None


def _years(head: str) -> tuple[int, int] | None:
    """Where the first date range, else the first single date or run of counted months, else the plan's year
    ("第二年"), stands in ``head``."""
    if span := YEAR_RANGE.search(head):
        return span.span()
    dates = (*term("dates.single").located(head), *term("dates.relative_months").located(head),
             *term("dates.period_code").located(head))
    plan_years = term("dates.relative_years").located(head)  # "第一年" alone; "第一年（2023年）" is read by its date
    return min(((start, end) for _, start, end in (dates or plan_years)), default=None)


def _period(text: str) -> str | None:
    """The period a line opens with (stage label and/or years), or None."""
    head = _undotted(_NUMBER.sub("", text))[:OPENING]
    years = _years(head)
    if not years:
        return None
    stage = _stage_beside(head, years)
    start = min(years[0], stage.start()) if stage else years[0]
    end = max(years[1], stage.end()) if stage else years[1]
    end = _DEADLINE_TAIL.match(head, end).end()
    opens_line = not head[:start].strip("（(【[ ")
    ends_label = end == len(head) or head[end] in "：:，,）)】] —-"
    return head[start:end].strip(_LABEL_EDGES) if opens_line and ends_label else None


def _row_period(row: list[Cell]) -> str | None:
    """A table row's period: the first cell opening with one after short stage labels, or a cell that is only a date.

    "启动期 | 2023.01—2023.12 | 任务 | 指标" is a phase row; so is "任务 | 2023年12月底前"
    (a milestone table with the time column last), but not a task whose prose mentions a year.
    """
    labels: list[str] = []
    for cell in row:
        text = cell.text.strip()
        period = _period(text)
        is_date_cell = period is not None and period == _undotted(text).strip(_LABEL_EDGES)
        if period and (is_date_cell or all(len(label) <= MAX_LABEL_CHARS for label in labels)):
            short = [label for label in labels if len(label) <= MAX_LABEL_CHARS and not label.isdigit()]
            return "".join(f"{label}：" for label in short) + period
        if text:
            labels.append(text)
    return None


def _lines(plan: PlanText, block: Block) -> list[tuple[str, str | None, list[Evidence]]]:
    """(text, period, quotes) for each table row (a quote per filled cell), or for any other block as itself."""
    if isinstance(block, Table):
        cell_units = {((u.loc.table or {})["row"], (u.loc.table or {})["col"]): u for u in plan.units_of(block)}
        if timeline := _timeline_columns(block, cell_units):
            return timeline
        out = []
        for row in block.rows():
            filled = [c for c in row if c.text.strip()]
            text = "：".join(c.text.strip() for c in filled)
            if filled:
                quotes = [cell_units[(c.row, c.col)].evidence() for c in filled]
                out.append((text, _row_period(row), quotes))
        return out
    unit = plan.units_of(block)[0]
    starts, period_of = _phase_starts(unit.text), _period
    if not starts:
        starts, period_of = _year_led_starts(unit.text), _year_led
    if not starts:
        return [(unit.text, None, [unit.evidence()])]
    ends = [*starts[1:], len(unit.text)]
    return [(unit.text[a:b], period_of(unit.text[a:b]), [unit.evidence(a, b)]) for a, b in zip(starts, ends, strict=True)]


MAX_MARK_CHARS = 4  # a chart's cell mark: "●", "√", "完成"; never a figure


def _is_mark(text: str) -> bool:
    """Whether a chart cell marks work in its column: a short sign or word, not an amount (a budget table with years
    across is no chart)."""
    text = text.strip()
    return bool(text) and len(text) <= MAX_MARK_CHARS and not any(ch.isdigit() for ch in text)


def _timeline_columns(table: Table, cell_units: dict[tuple[int, int], Unit]) -> list[tuple[str, str | None, list[Evidence]]]:
    """A chart-like table whose header row holds the periods ("工作内容 | 2023年上半年 | 2023年下半年 | …") and whose
    rows mark the work done in each (●): one line per period column, with the work marked in it. Figures under
    the years (a budget by year) mark nothing."""
    rows = table.rows()
    if len(rows) < 2:
        return []
    periods = {cell.col: period for cell in rows[0] if (period := _period(cell.text.strip()))
               and period == _undotted(cell.text.strip()).strip(_LABEL_EDGES)}
    if len(periods) < MIN_TIMELINE_COLUMNS:
        return []
    out = []
    for col, period in periods.items():
        marked = [row[0] for row in rows[1:]
                  if row and row[0].text.strip() and any(c.col == col and _is_mark(c.text) for c in row[1:])]
        if not marked:
            continue
        header = next(cell for cell in rows[0] if cell.col == col)
        quotes = [cell_units[(c.row, c.col)].evidence() for c in (header, *marked) if (c.row, c.col) in cell_units]
        out.append(("：".join([period, *(c.text.strip() for c in marked)]), period, quotes))
    return out


def _year_led(text: str) -> str | None:
    """The year a clause opens with when what is done in it follows at once ("2024年完成样机…")."""
    m = _YEAR_LED.match(text)
    return m.group(1) if m else None


def _year_led_starts(text: str) -> list[int]:
    """Offsets of the clauses of a paragraph that each open with a different year and what is done in it:
    "2023年完成芯片流片；2024年完成样机；2025年量产装车。" is a schedule, one such clause alone is prose."""
    starts = [pos for pos in [0, *(m.end() for m in _PHASE_BOUNDARY.finditer(text))] if _year_led(text[pos:])]
    years = {_year_led(text[pos:]) for pos in starts}
    return starts if starts[:1] == [0] and len(years) >= MIN_YEAR_LED else []


def _phase_starts(text: str) -> list[int]:
    """Offsets where a phase opens: the line's start, or after 。；： when a period follows
    ("牵头单位（盖章）：2025年：…", two OCR lines merged into one)."""
    starts: list[int] = []
    covered = 0
    for pos in [0, *(m.end() for m in _PHASE_BOUNDARY.finditer(text))]:
        period = _period(text[pos:]) if pos >= covered else None
        if period:
            starts.append(pos)
            covered = pos + len(period) + 1
    return starts


def _period_start(plan: PlanText, blocks: list[Block]) -> tuple[int, int] | None:
    """The year and month the plan's period starts, as the schedule states it ("实施期限为2023年1月至…")."""
    for unit in plan.units(blocks):
        if found := term("dates.period_start").search(arabic_years(unit.text)):
            return int(found.group("year")), int(found.group("month") or 1)
    return None


def _counted_years(period: str, start: tuple[int, int] | None) -> list[int]:
    """The years of a period given in months counted from ``start`` ("第13—24个月" from 2023年1月: 2024)."""
    counted = term("dates.relative_months").search(period)
    if counted is None or start is None:
        return []
    year, month = start
    counts = [count for found in counted.group("first", "last") if found and (count := count_value(found))]
    return [year + (month - 1 + count - 1) // MONTHS for count in counts]


def _plan_years(period: str, first: int) -> list[int]:
    """The years of a period counted in the plan's years ("第一年" from 2023: 2023; "第2—3年": 2024, 2025)."""
    counted = term("dates.relative_years").search(period)
    if counted is None:
        return []
    return [first + count - 1 for found in counted.group("first", "last") if found and (count := count_value(found))]


def _coded_years(period: str) -> list[int]:
    """The year a coded period opens with ("2024H1" → 2024), which carries no 年 for the year reader."""
    coded = term("dates.period_code").search(period)
    return [int(coded.group()[:4])] if coded else []


def extract_schedule(plan: PlanText, blocks: list[Block]) -> list[SchedulePhase]:
    """Phases in the order written in ``blocks``, each with its period text and first and last year."""
    start = _period_start(plan, blocks)
    first = start[0] if start else int(plan.pack.deadline[:4]) + 1  # the call's term starts the year after it
    phases = []
    for block in blocks:
        for text, period, quotes in _lines(plan, block):
            if period is None:
                continue
            years = years_in(period) or _counted_years(period, start) or _plan_years(period, first) \
                or _coded_years(period)
            phases.append(SchedulePhase(period=period, start_year=min(years) if years else None,
                                        end_year=max(years) if years else None, text=text.strip(), evidence=quotes))
    return phases
