"""The plan's money: total, enterprise, government (all levels), other, and by year, in 万元.

A budget table is read as rows of cell text whichever way it is laid out (sources as
rows and years as columns, or the transpose, or one row per unit), in the unit
its caption or header announces. The total the plan prints (合计/总计, "总投入…")
is kept as ``stated_total_wan`` beside the computed sums, so a plan whose numbers
do not add up can be shown as such instead of silently corrected.

Enterprise money is the self-funding of member ENTERPRISES (指引: 成员企业承担主要
投入责任): self-funding a plan attributes to 高校/院所/医院 (by kind word or by a
member's name or short form) is other money, and self-funding that cannot be
split by payer leaves the enterprise figure unknown rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from pipeline.document import Block, Heading, Paragraph, Table
from pipeline.evidence import Unit
from pipeline.money import Amount, find_amounts, parse_amount, unit_hint
from pipeline.orgnames import clean_name, ends_with_suffix, find_org_names, unit_named
from pipeline.plan_text import PlanText
from pipeline.readers.heading_patterns import numbering_level, split_numbering
from pipeline.rulepack import RulePack
from pipeline.sentences import END_MARKS, clause_start, sentence_end, sentences
from pipeline.submission import Budget, Evidence, Location, Member
from pipeline.terms import compact, term

FUNDING_SECTION = 4  # 附件2 四、经费投入与保障措施
DEFAULT_TABLE_UNIT = "万元"
TOLERANCE = 0.005  # relative: a subtotal row equals the sum of its parts

# The sources of money terms.yaml names (budget.source.*), in the order a tie between equally long words
# is settled: the first source wins.
_SOURCES = ("total", "enterprise", "self", "government", "other")
_YEAR = re.compile(r"(20\d{2})\s*年?")
_YEAR_RANGE = re.compile(r"20\d{2}\s*年?\s*[-—–~～至到]")
_YEAR_LABEL = re.compile(r"(20\d{2})年?度?")  # a whole cell naming one year: 2023年, 2024年度
_REST_OF_PAYERS = re.compile(r"^(?:其余|其他|其它|剩余|另外)")
# Self-funding sources: paid by enterprises, by other members, or by payers the plan does not separate.
SELF_FUNDING = ("enterprise", "nonenterprise", "self")
_SELF_ROOT = re.compile(r"自筹|自有资金|配套|出资|投入")
_BEFORE_QUALIFIER = re.compile(r".*[，,；;：:（(）)。]")
_QUALIFIER_OPENER = re.compile(r"^(?:其中|另有|另|此外|以及|由)")
_SERIAL = re.compile(r"\s*\d{1,2}\s*")  # a 序号 cell: it names no source, unit or year


def source_of(label: str) -> str | None:
    """The funding source a label names, by its longest source word or phrase (自筹 inside 企业自筹 loses); a total
    word as long as a source word after it only sums that source ("A、B合计自筹" is self-funding, "自筹合计" a total).

    A unit's name (杭州钱江科创投资管理有限公司) names a payer, not a source.
    """
    text = re.sub(r"\s+", "", label)
    if ends_with_suffix(text):
        return None
    best: tuple[int, int, str] | None = None
    for source in _SOURCES:
        for found in term(f"budget.source.{source}").regex.finditer(text):
            size = len(found.group())
            if best is None or size > best[0] or (size == best[0] and best[2] == "total" and found.start() > best[1]):
                best = (size, found.start(), source)
    return best[2] if best else None


@dataclass
class _Line:
    """One source line of a budget (a table row/column or a prose clause)."""

    source: str
    value: float | None
    by_year: dict[str, float] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    label: str = ""
    note: str = ""  # the row's 备注/说明 cells


@dataclass(frozen=True)
class _Payers:
    """Who pays self-funding: the pack's kind words and the plan's members, to read "高校院所自筹" or
    "浙工大和有机硅所自筹" as non-enterprise money and a per-unit table's rows by each unit's kind."""

    pack: RulePack
    members: tuple[Member, ...] = ()
    # The member each table cell names, by cell text: a per-unit table asks of every row and column header
    # once per column or row, and finding names in a header is the costly part.
    _named: dict[str, Member | None] = field(default_factory=dict, compare=False, repr=False)

    def member(self, mention: str) -> Member | None:
        """The member a mention names: full name, short form, or 牵头单位 for the lead."""
        if term("budget.lead_words").search(mention):
            return next((m for m in self.members if m.is_lead), None)
        named = unit_named(mention, [m.name for m in self.members])
        return next((m for m in self.members if m.name == named), None) if named else None

    def kinds_in(self, qualifier: str) -> set[str] | None:
        """Kinds of the payers a qualifier names ("高校院所及医院" → university, institute, other);
        None when one of them cannot be told."""
        kinds: set[str] = set()
        for part in filter(None, term("names.party_separator").regex.split(qualifier)):
            part = _REST_OF_PAYERS.sub("", part)  # 其他成员企业: the other enterprises, not kind 其他
            # A member's short name is its own kind, whatever it ends with ("航密研究院" for 杭州航密科技研究院有限公司).
            named = self.member(part) if ends_with_suffix(part) else None
            said = set() if named else {kind for kind, spec in self.pack.member_kinds.items()
                                        for word in (spec.label, *spec.words) if word in part}
            member = named or (None if said else self.member(part))
            if said or member:
                kinds |= said or {member.kind}
            elif not re.fullmatch(r"(?:成员|参与|各|全体|联合体)?(?:成员)?单位|各方|联合体", part):
                return None
        return kinds

    def source(self, label: str) -> str | None:
        """The label's source, self-funding resolved to enterprise / nonenterprise / self (unseparated)."""
        source = source_of(label)
        if source not in SELF_FUNDING:
            return None if source not in (None, "total") and self._sum_of_sources(label) else source
        kinds = self.kinds_in(_qualifier(label))
        if kinds == set() and self.members:
            kinds = {m.kind for m in self.members}  # "自筹" alone: every member pays
        if kinds == {"enterprise"}:
            return "enterprise"
        return "nonenterprise" if kinds and "enterprise" not in kinds else "self"

    def _sum_of_sources(self, label: str) -> bool:
        """Whether a label gives one figure for two sources ("成员企业和社会资本合计"), which is neither's line."""
        said = term("budget.combined_sources").search(label)
        if said is None:
            return False
        found = set()
        for part in filter(None, term("names.party_separator").regex.split(compact(label)[:said.end()])):
            found.add(source_of(part) or ("enterprise" if self.kinds_in(part) == {"enterprise"} else None))
        return len(found - {None, "total", "self"}) > 1

    def names_part(self, label: str) -> bool:
        """Whether a label names a part of its source: one level of government (省级财政) or some of the
        payers (牵头单位自筹, 其余成员企业自筹, 浙工大和有机硅所自筹) rather than all of them."""
        if term("budget.part_label").search(label):
            return True
        parties = filter(None, term("names.party_separator").regex.split(_qualifier(label)))
        return any(_REST_OF_PAYERS.match(p) or self.member(p) for p in parties)

    def named_in(self, cell: str) -> Member | None:
        """The member a table cell names, a note that it leads ("（牵头）", "（牵头单位）") left aside; a header joined
        from a 类别 cell and a name cell ("企业 浙江新安江涂料化工股份有限公司") names the member in it."""
        if cell not in self._named:
            text = clean_name(re.sub(r"[（(][^）)]*牵头[^）)]*[）)]$", "", clean_name(cell)))
            self._named[cell] = self.member(text) or next(
                (m for hit in find_org_names(cell) if (m := self.member(hit.name))), None
            )
        return self._named[cell]

    def unit_kind(self, header: str) -> str | None:
        """The kind of the member a per-unit table's row or column names; None for a non-member."""
        member = self.named_in(header)
        return member.kind if member else None


_BRACKETED_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def _qualifier(label: str) -> str:
    """The payer words just before a self-funding word: "；浙工大和有机硅所自筹" → "浙工大和有机硅所";
    a row's list number ("一、企业自筹", "（三）高校院所自筹") names no payer, nor does a note in brackets after
    the payer ("萧缆电气（含临江分公司）自筹")."""
    text = split_numbering(clean_name(label))[1]
    root = _SELF_ROOT.search(text)
    before = _BEFORE_QUALIFIER.sub("", _BRACKETED_NOTE.sub("", text[: root.start()] if root else text))
    return _QUALIFIER_OPENER.sub("", before)


# --- tables -------------------------------------------------------------------------------


Grid = list[list[str]]  # a table's rows of cell texts, all of one width (Table.grid)
MIN_UNIT_ROWS = 2


def _transposed(grid: Grid) -> Grid:
    return [list(column) for column in zip(*grid, strict=True)]


def _column_counts(grid: Grid, test: Callable[[str], bool]) -> list[int]:
    """How many cells of each column pass ``test``."""
    return [sum(map(test, column)) for column in zip(*grid, strict=True)]


def _best_column(counts: list[int]) -> int:
    """The column with the most hits; the leftmost of equals."""
    return counts.index(max(counts))


def _labels_per_axis(grid: Grid) -> tuple[int, int]:
    """How many source labels the best column holds, and the best row."""
    def is_source(text: str) -> bool:
        return source_of(text) is not None and not parse_amount(text)

    return max(_column_counts(grid, is_source)), max(sum(map(is_source, row)) for row in grid)


def _oriented(table: Table) -> tuple[Grid, bool] | None:
    """The table's grid with sources as rows (transposed when the plan lays sources out as columns)."""
    grid = table.grid()
    if not grid or not grid[0]:
        return None
    in_column, in_row = _labels_per_axis(grid)
    if max(in_column, in_row) < 2:
        return None
    transposed = in_row > in_column or (in_row >= 2 and _rows_name_units(grid))
    return (_transposed(grid) if transposed else grid), transposed


def _rows_name_units(grid: Grid) -> bool:
    """Whether the rows are units (a name column beside a 类别 column of 企业/小计 labels): then the sources are
    the columns, and each row's self-funding goes by its unit's kind, not by the block it is put in."""
    return sum(any(ends_with_suffix(clean_name(cell)) for cell in row) for row in grid) >= MIN_UNIT_ROWS


def _cell_loc(table: Table, r: int, c: int, transposed: bool) -> Location:
    row, col = (c, r) if transposed else (r, c)
    return Location(**table.prov.loc(row, col))


def _table_lines(table: Table, caption: str, payers: _Payers) -> list[_Line]:
    oriented = _oriented(table)
    if oriented is None:
        return []
    grid, transposed = oriented
    width = len(grid[0])
    label_col = _best_column(_column_counts(grid, lambda t: source_of(t) is not None))
    first_source = next(r for r in range(len(grid)) if source_of(grid[r][label_col]))
    header = [" ".join(row[c] for row in grid[:first_source] if not _SERIAL.fullmatch(row[c])) for c in range(width)]
    unit = unit_hint(caption) or unit_hint(" ".join(grid[0])) or unit_hint(table.text) or DEFAULT_TABLE_UNIT
    value_cols = [c for c in range(width) if c != label_col and not term("budget.not_amount_header").search(header[c])]
    note_cols = [c for c in range(width) if c != label_col and term("budget.note_header").search(header[c])]
    unit_cols = {c: payers.unit_kind(header[c]) for c in value_cols if _names_a_unit(header[c], payers)}
    per_unit = len(unit_cols) >= 2
    # A sources-by-uses table (来源＼用途 | 设备费 | 材料费 | 合计): a row's amount is its 合计, the uses are its parts.
    total_cols = [c for c in value_cols if source_of(header[c]) == "total" and c not in unit_cols]
    years = {c: found.group(1) for c in value_cols if (found := _YEAR.search(header[c]))}
    use_cols = {c for c in value_cols if total_cols and c not in total_cols and c not in unit_cols and c not in years}
    units = {c: unit_hint(header[c]) or unit for c in value_cols}
    lines = []
    for r in range(first_source, len(grid)):
        label = grid[r][label_col]
        source = payers.source(label) if not per_unit else source_of(label)
        if source is None:
            continue
        line = _Line(source, None, label=label, note=" ".join(grid[r][c] for c in note_cols))
        by_unit: dict[int, float] = {}
        for c in value_cols:
            parsed = None if c in use_cols else parse_amount(grid[r][c], default_unit=units[c])
            if parsed is None:
                continue
            line.evidence.append(Evidence(text=grid[r][c].strip(),
                                          loc=_cell_loc(table, r, c, transposed)))
            if c in unit_cols:
                by_unit[c] = parsed[0]
            elif c in years and c not in total_cols:
                line.by_year[years[c]] = parsed[0]
            elif line.value is None:
                line.value = parsed[0]
        if line.value is None and (line.by_year or by_unit):
            line.value = sum(line.by_year.values()) + sum(by_unit.values())
        if per_unit and source in SELF_FUNDING:
            lines.extend(_split_by_payer(line, by_unit, unit_cols))
        elif line.value is not None:
            lines.append(line)
    lines = [part for line in _nested(lines) for part in _without_loan(line)]
    return lines if sum(line.source != "total" for line in lines) >= 2 else []


def _is_numbered(label: str) -> bool:
    return bool(split_numbering(clean_name(label))[0])


def _numbered_under(parent: str, label: str) -> bool:
    """Whether ``label`` is numbered a level below ``parent`` ("1." or "（1）" under "一、")."""
    levels = [numbering_level(split_numbering(clean_name(text))[0] or "") for text in (parent, label)]
    return None not in levels and levels[1] > levels[0]


def _opens_parts(label: str) -> bool:
    """Whether a row label opens the parts of the row above it: "其中：成员企业自有资金", or an indented label."""
    return label[:1].isspace() or term("budget.parts_opener").search(label) is not None


def _parts_below(lines: list[_Line], index: int) -> list[_Line]:
    """The rows under ``lines[index]`` that break it down: from a "其中" (or indented) row, or one numbered a
    level below it ("一、企业投入" over "1.智衡数据自筹"), up to the total or the next row numbered as it is or
    higher, the rows that are indented, of the row's own source (财政资金 over 省级, 市级, 区县), or anything under a
    numbered row (一、企业投入 over a PDF's unindented 银行贷款); none when they add up to more than the row
    itself (then they are no breakdown of it)."""
    parent = lines[index]
    below = lines[index + 1:]
    if parent.source == "total" or parent.value is None or not below or not (
            _opens_parts(below[0].label) or _numbered_under(parent.label, below[0].label)):
        return []
    parts = [below[0]]
    for line in below[1:]:
        if line.source == "total" or (_is_numbered(line.label) and not _numbered_under(parent.label, line.label)) or not (
                _opens_parts(line.label) or _is_numbered(parent.label) or line.source == parent.source):
            break
        parts.append(line)
    if any(p.value is None for p in parts) or sum(p.value for p in parts) > parent.value * (1 + TOLERANCE):
        return []
    return parts


def _nested(lines: list[_Line]) -> list[_Line]:
    """Table rows with each parent row replaced by its parts and what its parts leave of it: 企业投入7000
    over 成员企业自有资金5800 and 银行贷款1200 is 5800 enterprise and 1200 other money, not 12800."""
    out: list[_Line] = []
    index = 0
    while index < len(lines):
        parent, parts = lines[index], _parts_below(lines, index)
        rest = parent.value - sum(p.value for p in parts) if parts else None
        if not parts:
            out.append(parent)
        elif rest > TOLERANCE * parent.value:
            years = {y: v - sum(p.by_year.get(y, 0.0) for p in parts) for y, v in parent.by_year.items()}
            out.append(_Line(parent.source, rest, years, parent.evidence, parent.label, parent.note))
        out.extend(parts)
        index += 1 + len(parts)
    return out


def _without_loan(line: _Line) -> list[_Line]:
    """A self-funding line whose label or 备注 says a loan is included ("含…科技贷款20,000千元"), as the
    self-funding without it plus the loan as other money; with the loan's amount unreadable, the line's
    amount is unknown, since the payers' own money in it is."""
    text = compact(f"{line.label} {line.note}")
    loan = term("budget.included_loan").search(text) if line.source in SELF_FUNDING else None
    if loan is None or line.value is None:
        return [line]
    amounts = find_amounts(text[loan.start():])
    if not amounts or amounts[0].value_wan > line.value:
        return [_Line(line.source, None, {}, line.evidence, line.label, line.note)]
    own = _Line(line.source, line.value - amounts[0].value_wan, line.by_year, line.evidence, line.label, line.note)
    return [own, _Line("other", amounts[0].value_wan, {}, line.evidence, line.note)]


def _names_a_unit(header: str, payers: _Payers) -> bool:
    """A per-unit table's row or column: headed by a unit's name, a member or not."""
    return ends_with_suffix(clean_name(header)) or payers.unit_kind(header) is not None


def _split_by_payer(line: _Line, by_unit: dict[int, float], unit_cols: dict[int, str | None]) -> list[_Line]:
    """A per-unit table's self-funding row as enterprise and non-enterprise lines; left whole (unseparated)
    when a unit's kind is unknown, since its money could be either."""
    if any(unit_cols[c] is None for c in by_unit):
        return [_Line("self", line.value, {}, line.evidence, line.label)] if line.value is not None else []
    groups: dict[str, float] = {}
    for c, value in by_unit.items():
        source = "enterprise" if unit_cols[c] == "enterprise" else "nonenterprise"
        groups[source] = groups.get(source, 0.0) + value
    return [_Line(source, value, {}, line.evidence, line.label) for source, value in groups.items()]


def _year_table_lines(table: Table, caption: str) -> list[_Line]:
    """A table of yearly amounts (年度 | 投资额（万元） | 主要用途), years down its rows or across its columns:
    the years' amounts as by_year and its 合计 as the stated total."""
    grid = table.grid()
    if not grid or not grid[0]:
        return []
    for transposed, oriented in ((False, grid), (True, _transposed(grid))):
        lines = _yearly_amounts(table, oriented, caption, transposed)
        if lines:
            return lines
    return []


def _yearly_amounts(table: Table, grid: Grid, caption: str, transposed: bool) -> list[_Line]:
    """The one spending column of a grid whose year labels run down a column; none when the grid has
    several amount columns (sources by year, read as sources) or no column that speaks of spending."""
    def is_year(text: str) -> bool:
        return _YEAR_LABEL.fullmatch(clean_name(text)) is not None

    counts = _column_counts(grid, is_year)
    year_col = _best_column(counts)
    if counts[year_col] < 2:
        return []
    first_year = next(r for r, row in enumerate(grid) if is_year(row[year_col]))
    header = [" ".join(row[c] for row in grid[:first_year]) for c in range(len(grid[0]))]
    amount_cols = [c for c in range(len(grid[0])) if c != year_col
                   and term("budget.spending").search(header[c]) and not term("budget.not_amount_header").search(header[c])]
    if len(amount_cols) != 1:
        return []
    col = amount_cols[0]
    unit = unit_hint(header[col]) or unit_hint(caption) or DEFAULT_TABLE_UNIT
    line = _Line("year", None, label=header[col])
    for r in range(first_year, len(grid)):
        year = _YEAR_LABEL.fullmatch(clean_name(grid[r][year_col]))
        parsed = parse_amount(grid[r][col], default_unit=unit)
        if parsed is None or not (year or source_of(grid[r][year_col]) == "total"):
            continue
        line.evidence.append(Evidence(text=grid[r][col].strip(), loc=_cell_loc(table, r, col, transposed)))
        if year:
            line.by_year[year.group(1)] = parsed[0]
        else:
            line.source, line.value = "total", parsed[0]
    return [line] if len(line.by_year) >= 2 else []


# --- prose --------------------------------------------------------------------------------


def _single_year(text: str) -> str | None:
    """The one year a phrase is about ("2023年投入"), not a range ("2023—2025年总投入")."""
    years = set(_YEAR.findall(text))
    if len(years) != 1 or _YEAR_RANGE.search(text):
        return None
    return years.pop()


def _budget_prose(blocks: list[Block]) -> Iterator[Paragraph]:
    """The section's paragraphs outside its safeguards part: a 保障措施 paragraph, or everything under a
    保障措施 heading up to the next heading of its level or above."""
    under: int | None = None
    for block in blocks:
        if isinstance(block, Heading):
            under = None if under is None or block.level <= under else under
            if term("budget.safeguards").search(block.text):
                under = block.level
        elif isinstance(block, Paragraph) and under is None and not term("budget.safeguards").search(block.text):
            yield block


def _share_lines(unit: Unit, sentence: re.Match, total: float, payers: _Payers,
                 amounts: Sequence[Amount] = (), given: float = 0.0, beside: float = 0.0) -> list[_Line]:
    """Sources a sentence gives as shares of the total stated before it ("其中，成员企业自筹占比55%，省级财政资金
    占比15%…"), as amounts: a full breakdown (shares, with the ``given`` amounts the sentence states beside them,
    adding up to the total), or else the shares that name the total they are of ("企业自筹资金占总投入的48%"); a
    bare "占比60%" alone may be of anything. A share's label runs from the share or amount (``amounts``, found in
    the sentence) before it: "成员企业自筹资金占65%，省级财政资金0.2亿元，…，其余由高校院所自筹，占10%"."""
    bounds = [sentence.start() + a.end for a in amounts]
    lines, of_total = [], []
    for share, start, end in term("budget.share").located(sentence.group()):
        start, end = sentence.start() + start, sentence.start() + end
        label = unit.text[max([sentence.start(), *(b for b in bounds if b <= start)]):start]
        bounds.append(end)
        source = payers.source(label)
        if source in (None, "total"):
            return []
        lines.append(_Line(source, total * float(share.group("pct")) / 100, {}, [unit.evidence(start, end)], label))
        if share.group("base"):
            of_total.append(lines[-1])
    shared = sum(line.value for line in lines) + given
    # The shares with the amounts the paragraph gives in its other sentences (``beside``) may add up to the total;
    # "…占64%…；财政支持3000万元；其余由高校院所自筹": a remainder after shares and an amount beside them closes the
    # breakdown, so the shares are of the total ("企业自筹中，牵头单位占60%，其余…" has no amount beside: a part's split)
    complete = [shared, shared + beside] if beside else [shared]
    closed = given + beside > 0 and term("budget.remainder").search(unit.text[sentence.start():]) is not None
    full = any(abs(sum_ - total) <= TOLERANCE * total for sum_ in complete) or (closed and shared + beside < total)
    return lines if full else of_total


def _ratio_lines(unit: Unit, sentence: re.Match, total: float, payers: _Payers) -> list[_Line]:
    """Sources a sentence splits the total between by a ratio ("企业自筹与各级财政资金按2∶1安排"), as amounts:
    only when it names as many sources as the ratio has parts, and each of them is a known source."""
    for ratio, start, end in term("budget.ratio").located(sentence.group()):
        start, end = sentence.start() + start, sentence.start() + end
        clause = unit.text[clause_start(unit.text, start):start]
        labels = [label for label in term("names.party_separator").regex.split(clause) if label.strip()]
        parts = [float(part.group()) for part in term("budget.ratio_part").finditer(ratio.group("parts"))]
        sources = [payers.source(label) for label in labels]
        if len(labels) != len(parts) or any(source in (None, "total") for source in sources):
            continue
        whole = sum(parts)
        return [_Line(source, total * part / whole, {}, [unit.evidence(start, end)], label)
                for source, part, label in zip(sources, parts, labels, strict=True)]
    return []


def _remainder(unit: Unit, start: int, end: int, payers: _Payers) -> _Line | None:
    """A source the text ``unit.text[start:end]`` gives as the rest of the total ("其余由各成员企业自筹"),
    its amount still unknown; None when it says no such thing or not who pays."""
    rest = term("budget.remainder").search(unit.text[start:end])
    if rest is None:
        return None
    label = compact(unit.text[start:end])[rest.end():]
    source = payers.source(label)
    return _Line(source, None, {}, [unit.evidence(start, end)], label) if source not in (None, "total") else None


def _rest_of_total(lines: list[_Line], rest: _Line, payers: _Payers, total: float | None) -> _Line | None:
    """The remainder's amount: the ``total`` (the paragraph's, or one stated before it) less every source the
    paragraph counts before (sums of parts read as ``_source_sum`` reads them); None without a total, or with
    nothing left."""
    counted = [line for line in lines if line.source not in ("total", "year")]
    if total is None or not counted or any(line.value is None for line in counted):
        return None
    known = sum(_source_sum([line for line in counted if line.source == source], payers.names_part) or 0.0
                for source in {line.source for line in counted})
    if known >= total:
        return None
    return _Line(rest.source, total - known, {}, rest.evidence, rest.label)


def _take_out_loan(sentence_lines: list[_Line], after: str, next_other: float | None) -> None:
    """A loan the words ``after`` a sentence's last amount say it includes ("企业自筹5000万元（含银行贷款1000万元）")
    comes out of that amount when it is self-funding: by ``next_other``, the other money the words name next,
    when nothing but the loan is named before it; otherwise the self-funding's own share is unknown."""
    owner = sentence_lines[-1] if sentence_lines else None
    loan = term("budget.included_loan").search(after) if owner and owner.source in SELF_FUNDING else None
    if loan is None or owner.value is None:
        return
    is_loan = next_other is not None and source_of(compact(after)[loan.end():]) is None
    owner.value = owner.value - next_other if is_loan and next_other <= owner.value else None


def _payers_each(left: str) -> int:
    """How many payers give the amount after ``left``: the units listed before 各 ("A、B各自筹800万元": 2), else 1."""
    each = term("budget.each_payer").search(left)
    parties = [p for p in term("names.party_separator").regex.split(each.group("payers")) if p] if each else []
    return len(parties) if len(parties) > 1 else 1


def _labelled_amounts(text: str, start: int, stop: int,
                      label_stops: Sequence[int] = ()) -> list[tuple[Amount, str, int, int]]:
    """Each amount in ``text[start:stop]`` with the words naming it and its span in ``text``: the words run from
    the previous amount, or from a later label stop (where a share ended), up to the amount."""
    found: list[tuple[Amount, str, int, int]] = []
    previous_end = start
    for amount in find_amounts(text[start:stop]):
        begin, end = start + amount.start, start + amount.end
        found.append((amount, text[max([previous_end, *(s for s in label_stops if s <= begin)]):begin], begin, end))
        previous_end = end
    return found


def _amounts_beside(unit: Unit, payers: _Payers) -> float:
    """What a paragraph states in amounts of named sources (not its total, not a year's): the figures that may
    complete the shares another of its sentences gives."""
    share_ends = [end for _, _, end in term("budget.share").located(unit.text)]
    return sum(amount.value_wan for amount, left, _, _ in _labelled_amounts(unit.text, 0, len(unit.text), share_ends)
               if payers.source(left) not in (None, "total") and not _single_year(left))


def _prose_lines(plan: PlanText, blocks: list[Block], payers: _Payers) -> list[_Line]:
    """Amounts in sentences, each named by the source or year words just before it.

    Once a sentence speaks of one year, its later amounts are that year's split,
    not the plan's overall sources, so they are left out of the source sums. A
    paragraph that stops mid-sentence (a reader may cut one at a wrapped line) goes
    on in the next, so a year list carries over. One source a paragraph leaves as
    "the rest" of its total is the total less the sources it counts, when it names
    the source of every amount it gives (an unread one could be part of the rest).
    """
    lines: list[_Line] = []
    in_year = False
    stated: float | None = None  # the total an earlier paragraph stated, for one that gives only shares of it
    for unit in plan.units(_budget_prose(blocks)):
        unit_start, remainders, unread = len(lines), [], False
        beside = _amounts_beside(unit, payers)
        for index, sentence in enumerate(sentences(unit.text)):
            total = next((line.value for line in lines[unit_start:] if line.source == "total"), stated)
            share_ends = [sentence.start() + end for _, _, end in term("budget.share").located(sentence.group())]
            labelled = _labelled_amounts(unit.text, sentence.start(), sentence.end(), share_ends)  # a share ends a label
            amounts = [amount for amount, *_ in labelled]
            if total and not amounts:
                shares = _share_lines(unit, sentence, total, payers, beside=beside)
                unread = unread or bool(share_ends and not shares)  # a share left unread may be part of "the rest"
                lines += shares
            in_year, sentence_first = in_year and index == 0, len(lines)
            previous_end = labelled[-1][3] if labelled else sentence.start()
            for amount, left, start, end in labelled:
                source, year = payers.source(left), _single_year(left)
                _take_out_loan(lines[sentence_first:], left, amount.value_wan if source == "other" else None)
                evidence = unit.evidence(start, end)
                if year and source in (None, "total") and (in_year or term("budget.spending").search(left) or term("budget.by_year").search(left)):
                    lines.append(_Line("year", None, {year: amount.value_wan}, [evidence], left))
                    in_year = True
                elif source and not in_year and not year:
                    lines.append(_Line(source, amount.value_wan * _payers_each(left), {}, [evidence], left))
                else:
                    unread = True
            _take_out_loan(lines[sentence_first:], unit.text[previous_end:sentence.end()], None)
            total = next((line.value for line in lines[unit_start:] if line.source == "total"), stated)
            if total and share_ends and amounts:
                given = sum(line.value or 0.0 for line in lines[sentence_first:] if line.source not in ("total", "year"))
                lines += _share_lines(unit, sentence, total, payers, amounts, given)
            if total and not any(line.source not in ("total", "year") for line in lines[sentence_first:]):
                lines += _ratio_lines(unit, sentence, total, payers)
            if not in_year and (rest := _remainder(unit, previous_end, sentence.end(), payers)):
                remainders.append(rest)
        in_year = in_year and not unit.text.rstrip().endswith(tuple(END_MARKS))
        own_total = next((line.value for line in lines[unit_start:] if line.source == "total"), None)
        if len(remainders) == 1 and not unread and (
                rest := _rest_of_total(lines[unit_start:], remainders[0], payers, own_total or stated)):
            lines.append(rest)
        stated = own_total or stated
    return lines


# --- assembling ---------------------------------------------------------------------------


def _is_subtotal(line: _Line, others: list[_Line], is_part: Callable[[str], bool]) -> bool:
    """Whether ``line`` sums ``others`` by its wording, not only by its number: 省级 700 = 市级 400 + 区县 300
    is three parts, while 财政资金 1400 over 省级/市级/区县 lines, 成员企业自筹 10500 over 牵头单位 7000 and
    其余成员企业 3500, or a 小计 line, is their subtotal."""
    if term("budget.subtotal_label").search(line.label):
        return True
    return not is_part(line.label) and all(is_part(o.label) for o in others)


def _source_sum(lines: list[_Line], is_part: Callable[[str], bool]) -> float | None:
    """Sum of a source's lines; when one line is the subtotal of the others (a stated total and its
    breakdown), that line alone: the breakdown is not added to it again."""
    if not lines or any(line.value is None for line in lines):
        return None  # a line of unknown amount (a loan of unread size inside it) leaves the sum unknown
    total = sum(line.value for line in lines)
    for line in lines:
        others = [o for o in lines if o is not line]
        if len(others) > 1 and abs(2 * line.value - total) <= TOLERANCE * max(line.value, 1.0) \
                and _is_subtotal(line, others, is_part):
            return line.value
    return total


def _plus(a: float | None, b: float | None) -> float | None:
    return a if b is None else b if a is None else a + b


def _others_self_funding(enterprise: float | None, of: Callable[[str], list[_Line]],
                         is_part: Callable[[str], bool]) -> float | None:
    """Self-funding that is not the enterprises': 高校院所 money, plus unseparated self-funding beyond the
    enterprise figure (成员单位自筹9400, of which 成员企业自筹9100). When the 高校院所 money fits in that rest
    (成员单位自筹4500: 企业3800, 高校院所700) it is the rest's breakdown, not more money. With no enterprise
    figure, unseparated self-funding stays whole here and the enterprise share stays unknown."""
    unseparated = _source_sum(of("self"), is_part)
    nonenterprise = _source_sum(of("nonenterprise"), is_part)
    if unseparated is not None and enterprise is not None and unseparated >= enterprise:
        rest = unseparated - enterprise
        if nonenterprise is not None and nonenterprise <= rest + TOLERANCE * max(rest, 1.0):
            return rest
        unseparated = rest
    return _plus(nonenterprise, unseparated)


def _budget_from(lines: list[_Line], is_part: Callable[[str], bool], written: _Line | None = None) -> Budget:
    """The budget the lines add up to; ``written``, a total the text states apart from the table's own 合计,
    is the plan's total, and the table's 合计 stays the stated figure it is compared with."""
    def of(source: str) -> list[_Line]:
        return [line for line in lines if line.source == source]

    parts = {s: _source_sum(of(s), is_part) for s in ("enterprise", "government", "other")}
    parts["other"] = _plus(parts["other"], _others_self_funding(parts["enterprise"], of, is_part))
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
    evidence = [e for line in lines for e in line.evidence]
    total = stated if stated is not None else computed
    if written is not None:
        total, evidence = written.value, [*written.evidence, *evidence]
    return Budget(
        total_wan=total,
        enterprise_wan=parts["enterprise"], government_wan=parts["government"], other_wan=parts["other"],
        by_year=dict(sorted(by_year.items())), stated_total_wan=stated,
        evidence=evidence[:20],
    )


def _best_table_lines(plan: PlanText, blocks: list[Block], payers: _Payers) -> list[_Line]:
    """The budget table naming the most sources among ``blocks``, with the first year table's amounts
    when that table has no years; its total, when it prints one, stays the stated total."""
    wanted = {id(b) for b in blocks}
    best: list[_Line] = []
    yearly: list[_Line] = []
    for block in plan.blocks:
        if isinstance(block, Table) and id(block) in wanted:
            caption = plan.caption_of(block)
            lines = _table_lines(block, caption, payers)
            if len({line.source for line in lines}) > len({line.source for line in best}):
                best = lines
            yearly = yearly or _year_table_lines(block, caption)
    return best if any(line.by_year for line in best) else best + yearly


def extract_budget(plan: PlanText, members: list[Member] = ()) -> Budget:
    """The plan's funding in 万元, from the budget section (the whole plan when the outline lacks it);
    ``members`` (with their kinds) tell whose self-funding is enterprise money."""
    payers = _Payers(plan.pack, tuple(members))
    section = plan.section_blocks(FUNDING_SECTION)
    budget = _budget_in(plan, section or list(plan.blocks), payers)
    if section and budget.enterprise_wan is None and budget.government_wan is None and budget.other_wan is None:
        return _budget_in(plan, _from_funding_on(plan), payers)  # a total there, the split in a later table
    return budget


def _from_funding_on(plan: PlanText) -> list[Block]:
    """The funding section and all after it (the schedule, the tables after the sign-off): where a plan whose
    funding section gives only its total puts the split; never the background's figures of the lead's past."""
    start = next(s.first_block for s in plan.sections if s.outline == FUNDING_SECTION)
    return list(plan.blocks[start:])


def _budget_in(plan: PlanText, blocks: list[Block], payers: _Payers) -> Budget:
    """The funding the tables and sentences of ``blocks`` give."""
    table_lines = _best_table_lines(plan, blocks, payers)
    prose = _prose_lines(plan, blocks, payers)
    covered = {line.source for line in table_lines}
    if covered & set(SELF_FUNDING):
        covered |= set(SELF_FUNDING)  # a table's self-funding rows already say who pays what
    lines = table_lines + [line for line in prose if line.source not in covered and line.source != "year"]
    lines += _prose_split_of_self(table_lines, prose, payers.names_part)
    if not any(line.source in ("enterprise", "nonenterprise") for line in lines):
        by_member = _member_table_split(plan, payers)
        lines += by_member if _fits(lines, by_member, payers.names_part, exact=True) else []
    if not any(line.by_year for line in table_lines):
        lines += [line for line in prose if line.source == "year"]
    lines = _move_public_money(lines, _public_money_inside(plan, blocks))
    return _budget_from(lines, payers.names_part, _written_total(table_lines, prose)) if lines else Budget()


def _prose_split_of_self(table_lines: list[_Line], prose: list[_Line], is_part: Callable[[str], bool]) -> list[_Line]:
    """The text's split of self-funding the table leaves unseparated by payer ("成员单位自筹8600万元（成员企业自筹
    7800万元…；高校院所自筹800万元）" beside a table row 成员单位自筹 8600): its enterprise and non-enterprise lines,
    when they fit inside the table's figure; a split larger than what it splits is of something else."""
    if {line.source for line in table_lines} & set(SELF_FUNDING) != {"self"}:
        return []
    split = [line for line in prose if line.source in ("enterprise", "nonenterprise")]
    return split if _fits(table_lines, split, is_part, exact=False) else []


def _fits(lines: list[_Line], split: list[_Line], is_part: Callable[[str], bool], exact: bool) -> bool:
    """Whether ``split`` (enterprise and non-enterprise lines) is a split of the unseparated self-funding of
    ``lines``: no more than it, or (``exact``) the same figure."""
    unseparated = _source_sum([line for line in lines if line.source == "self"], is_part)
    sums = [_source_sum([line for line in split if line.source == s], is_part) for s in {line.source for line in split}]
    if unseparated is None or not split or None in sums:
        return False
    if exact:
        return abs(sum(sums) - unseparated) <= TOLERANCE * unseparated
    return sum(sums) <= unseparated * (1 + TOLERANCE)


def _member_table_split(plan: PlanText, payers: _Payers) -> list[_Line]:
    """Each member's self-funding where the member table gives it in a column of its own ("三年自筹（万元）"), as
    enterprise and non-enterprise lines: the only place some plans say what 高校院所 pay of 成员单位自筹."""
    for table in plan.tables:
        grid = table.grid()
        columns = [c for c, head in enumerate(grid[0]) if source_of(head) in SELF_FUNDING] if grid else []
        if len(columns) != 1:
            continue
        col = columns[0]
        unit = unit_hint(grid[0][col]) or unit_hint(plan.caption_of(table)) or DEFAULT_TABLE_UNIT
        sums: dict[str, _Line] = {}
        for r, row in enumerate(grid[1:], start=1):
            member = next((m for cell in row if (m := payers.named_in(cell))), None)
            amount = parse_amount(row[col], default_unit=unit)
            if member is None or amount is None:
                continue
            source = "enterprise" if member.kind == "enterprise" else "nonenterprise"
            line = sums.setdefault(source, _Line(source, 0.0, label=grid[0][col]))
            line.value += amount[0]
            line.evidence.append(Evidence(text=row[col].strip(), loc=_cell_loc(table, r, col, False)))
        if sums:
            return list(sums.values())
    return []


def _public_money_inside(plan: PlanText, blocks: list[Block]) -> list[_Line]:
    """The government amounts a note says the enterprises' figure holds ("注：企业投入中含…省级财政补助资金1500
    万元和…产业扶持资金1000万元"), one line each; an amount whose words name no government source is not one."""
    moved: list[_Line] = []
    for unit in plan.units(_budget_prose(blocks)):
        for _, start, end in term("budget.included_public_money").located(unit.text):
            for amount, left, _, amount_end in _labelled_amounts(unit.text, end, sentence_end(unit.text, end)):
                if source_of(left) == "government":
                    moved.append(_Line("government", amount.value_wan, {}, [unit.evidence(start, amount_end)], left))
    return moved


def _move_public_money(lines: list[_Line], moved: list[_Line]) -> list[_Line]:
    """``lines`` with the public money a note found inside the enterprise figure taken out of it and counted as
    government money; when the enterprise figure is smaller than that, its own share is unknown."""
    enterprise = next((line for line in lines if line.source == "enterprise" and line.value is not None), None)
    if enterprise is None or not moved:
        return lines
    inside = sum(line.value for line in moved)
    own = enterprise.value - inside if inside <= enterprise.value else None
    kept = _Line("enterprise", own, enterprise.by_year, enterprise.evidence + moved[0].evidence, enterprise.label,
                 enterprise.note)
    return [kept if line is enterprise else line for line in lines] + moved


def _written_total(table_lines: list[_Line], prose: list[_Line]) -> _Line | None:
    """The total the text states ("总投入9000万元") where the budget table's 合计 says otherwise (9500万元):
    the plan's own statement of its total, which the table's figure must then be checked against."""
    written = next((line for line in prose if line.source == "total" and line.value), None)
    table = next((line for line in table_lines if line.source == "total" and line.value), None)
    if written is None or table is None or abs(written.value - table.value) <= TOLERANCE * table.value:
        return None
    return written
