"""The plan's money: total, enterprise, government (all levels), other, and by year, in 万元.

A budget table is read with pandas whichever way it is laid out (sources as
rows and years as columns, or the transpose), in the unit its caption or
header announces. The total the plan prints (合计/总计, "总投入…") is kept as
``stated_total_wan`` beside the computed sums, so a plan whose numbers do not
add up can be shown as such instead of silently corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from pipeline.document import Block, Document, Heading, Paragraph, Table
from pipeline.evidence import iter_units
from pipeline.money import find_amounts, parse_amount, unit_hint
from pipeline.outline import section_blocks
from pipeline.rulepack import RulePack
from pipeline.submission import Budget, Evidence, Location, Section

FUNDING_SECTION = 4  # 附件2 四、经费投入与保障措施
DEFAULT_TABLE_UNIT = "万元"
TOLERANCE = 0.005  # relative: a subtotal row equals the sum of its parts

# How plans name sources of money (general budget wording).
SOURCE_WORDS: dict[str, tuple[str, ...]] = {
    "total": ("合计", "总计", "共计", "总投入", "总投资", "总经费", "经费总额", "投入总额", "资金总额", "总预算", "总额"),
    "enterprise": ("企业自筹", "自筹", "成员企业投入", "企业投入", "自有资金", "企业配套", "企业出资", "单位自筹"),
    "government": ("省级财政", "省财政", "市级财政", "市财政", "区县财政", "区县级财政", "区级财政", "县级财政", "区财政",
                   "县财政", "财政", "政府资助", "政府补助", "政府支持", "财政补助", "财政资金", "专项资金", "补助资金"),
    "other": ("金融资本", "银行贷款", "贷款", "基金", "社会资本", "风险投资", "创投", "其他", "其它"),
}
_YEAR = re.compile(r"(20\d{2})\s*年?")
_YEAR_RANGE = re.compile(r"20\d{2}\s*年?\s*[-—–~～至到]")
_SPENDING = re.compile(r"投入|经费|资金|预算|投资")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_NOT_AMOUNT_HEADER = re.compile(r"占比|比例|比重|%|％|备注|说明|用途|序号")
# A line that names its level or is marked "其中" is a part; "小计" or an unqualified "财政资金" may sum the parts.
_PART_LABEL = re.compile(r"其中|国家|中央|省|市|区|县")
_SUBTOTAL_LABEL = re.compile(r"小计|合计|总计|共计")


def source_of(label: str) -> str | None:
    """The funding source a label names, by its longest source word (自筹 inside 企业自筹 loses)."""
    text = re.sub(r"\s+", "", label)
    best: tuple[int, str] | None = None
    for source, words in SOURCE_WORDS.items():
        for word in words:
            if word in text and (best is None or len(word) > best[0]):
                best = (len(word), source)
    return best[1] if best else None


@dataclass
class _Line:
    """One source line of a budget (a table row/column or a prose clause)."""

    source: str
    value: float | None
    by_year: dict[str, float] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    label: str = ""


# --- tables -------------------------------------------------------------------------------


def _labels_per_axis(frame: pd.DataFrame) -> tuple[int, int]:
    """How many source labels the best column holds, and the best row."""
    is_source = frame.map(lambda t: source_of(t) is not None and not parse_amount(t))
    return int(is_source.sum(axis=0).max()), int(is_source.sum(axis=1).max())


def _oriented(table: Table) -> tuple[pd.DataFrame, bool] | None:
    """The table's grid with sources as rows (transposed when the plan lays sources out as columns)."""
    frame = pd.DataFrame(table.grid())
    if frame.empty:
        return None
    in_column, in_row = _labels_per_axis(frame)
    if max(in_column, in_row) < 2:
        return None
    transposed = in_row > in_column
    return (frame.T.reset_index(drop=True) if transposed else frame), transposed


def _cell_loc(table: Table, r: int, c: int, transposed: bool) -> Location:
    row, col = (c, r) if transposed else (r, c)
    return Location(**table.prov.loc(row, col))


def _table_lines(table: Table, caption: str) -> list[_Line]:
    oriented = _oriented(table)
    if oriented is None:
        return []
    frame, transposed = oriented
    label_col = int(frame.map(lambda t: source_of(t) is not None).sum(axis=0).idxmax())
    first_source = next(r for r in range(len(frame)) if source_of(frame.iat[r, label_col]))
    header = [" ".join(frame.iloc[:first_source, c]) for c in range(frame.shape[1])]
    unit = unit_hint(caption) or unit_hint(" ".join(frame.iloc[0])) or unit_hint(table.text) or DEFAULT_TABLE_UNIT
    value_cols = [c for c in range(frame.shape[1]) if c != label_col and not _NOT_AMOUNT_HEADER.search(header[c])]
    lines = []
    for r in range(first_source, len(frame)):
        label = frame.iat[r, label_col]
        source = source_of(label)
        if source is None:
            continue
        line = _Line(source, None, label=label)
        sum_years = 0.0
        for c in value_cols:
            parsed = parse_amount(frame.iat[r, c], default_unit=unit_hint(header[c]) or unit)
            if parsed is None:
                continue
            line.evidence.append(Evidence(text=frame.iat[r, c].strip(),
                                          loc=_cell_loc(table, r, c, transposed)))
            year = _YEAR.search(header[c])
            if year and source_of(header[c]) != "total":
                line.by_year[year.group(1)] = parsed[0]
                sum_years += parsed[0]
            elif line.value is None:
                line.value = parsed[0]
        if line.value is None and line.by_year:
            line.value = sum_years
        if line.value is not None:
            lines.append(line)
    return lines if sum(line.source != "total" for line in lines) >= 2 else []


def _caption(blocks: list[Block], index: int) -> str:
    """The paragraph just before a table, where "单位：万元" and the table title usually stand."""
    before = blocks[index - 1] if index > 0 else None
    return before.text if isinstance(before, Paragraph | Heading) else ""


# --- prose --------------------------------------------------------------------------------


def _single_year(text: str) -> str | None:
    """The one year a phrase is about ("2023年投入"), not a range ("2023—2025年总投入")."""
    years = set(_YEAR.findall(text))
    if len(years) != 1 or _YEAR_RANGE.search(text):
        return None
    return years.pop()


def _prose_lines(blocks: list[Block]) -> list[_Line]:
    """Amounts in sentences, each named by the source or year words just before it.

    Once a sentence speaks of one year, its later amounts are that year's split,
    not the plan's overall sources, so they are left out of the source sums.
    """
    lines = []
    for unit in iter_units(b for b in blocks if isinstance(b, Paragraph)):
        for sentence in _SENTENCE.finditer(unit.text):
            previous_end, in_year = sentence.start(), False
            for amount in find_amounts(sentence.group()):
                start, end = sentence.start() + amount.start, sentence.start() + amount.end
                left = unit.text[previous_end:start]
                previous_end = end
                source, year = source_of(left), _single_year(left)
                evidence = unit.evidence(start, end)
                if year and source in (None, "total") and (in_year or _SPENDING.search(left)):
                    lines.append(_Line("year", None, {year: amount.value_wan}, [evidence], left))
                    in_year = True
                elif source and not in_year and not year:
                    lines.append(_Line(source, amount.value_wan, {}, [evidence], left))
    return lines


# --- assembling ---------------------------------------------------------------------------


def _is_subtotal(line: _Line, others: list[_Line]) -> bool:
    """Whether ``line`` sums ``others`` by its wording, not only by its number: 省级 700 = 市级 400 + 区县 300
    is three parts, while 财政资金 1400 over 省级/市级/区县 lines, or a 小计 line, is their subtotal."""
    if _SUBTOTAL_LABEL.search(line.label):
        return True
    return not _PART_LABEL.search(line.label) and all(_PART_LABEL.search(o.label) for o in others)


def _source_sum(lines: list[_Line]) -> float | None:
    """Sum of a source's lines; when one line is the subtotal of the others, that line alone."""
    valued = [line for line in lines if line.value is not None]
    if not valued:
        return None
    total = sum(line.value for line in valued)
    for line in valued:
        others = [o for o in valued if o is not line]
        if len(others) > 1 and abs(2 * line.value - total) <= TOLERANCE * max(line.value, 1.0) \
                and _is_subtotal(line, others):
            return line.value
    return total


def _budget_from(lines: list[_Line]) -> Budget:
    def of(source: str) -> list[_Line]:
        return [line for line in lines if line.source == source]

    parts = {s: _source_sum(of(s)) for s in ("enterprise", "government", "other")}
    stated = next((line.value for line in of("total")), None)
    computed = sum(v for v in parts.values() if v is not None) if any(v is not None for v in parts.values()) else None
    by_year: dict[str, float] = {}
    total_years = next((line.by_year for line in of("total") if line.by_year), None)
    if total_years:
        by_year = dict(total_years)
    else:
        for line in lines:
            if line.source != "total":
                for year, value in line.by_year.items():
                    by_year[year] = by_year.get(year, 0.0) + value
    return Budget(
        total_wan=stated if stated is not None else computed,
        enterprise_wan=parts["enterprise"], government_wan=parts["government"], other_wan=parts["other"],
        by_year=dict(sorted(by_year.items())), stated_total_wan=stated,
        evidence=[e for line in lines for e in line.evidence][:20],
    )


def _best_table_lines(doc: Document, blocks: list[Block]) -> list[_Line]:
    """The budget table naming the most sources among ``blocks``."""
    wanted = {id(b) for b in blocks}
    best: list[_Line] = []
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table) and id(block) in wanted:
            lines = _table_lines(block, _caption(doc.blocks, index))
            if len({line.source for line in lines}) > len({line.source for line in best}):
                best = lines
    return best


def extract_budget(doc: Document, pack: RulePack, sections: list[Section]) -> Budget:
    """The plan's funding in 万元, from the budget section (the whole plan when the outline lacks it)."""
    blocks = section_blocks(doc, sections, FUNDING_SECTION) or list(doc.blocks)
    table_lines = _best_table_lines(doc, blocks)
    prose = _prose_lines(blocks)
    covered = {line.source for line in table_lines}
    lines = table_lines + [line for line in prose if line.source not in covered and line.source != "year"]
    if not any(line.by_year for line in table_lines):
        lines += [line for line in prose if line.source == "year"]
    return _budget_from(lines) if lines else Budget()
