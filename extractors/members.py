"""Member units of the consortium, each with its kind, lead flag, task division and evidence.

Members are read only where a plan defines them: a member table (anywhere),
the cover's 牵头单位, and the lists of the 组织架构 section ("由A牵头，联合B、C…",
"1. 浙江大学：负责…"). Other organisations a plan mentions — customers, the
推荐单位, funders, past partners, experts' employers, platforms a member has
("拥有国家企业技术中心和省重点企业研究院") — are not members.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from pipeline.document import Block, Cell, Heading, Table
from pipeline.evidence import Unit, clause_around
from pipeline.numerals import count_value
from pipeline.orgnames import (
    NameHit,
    UnitIndex,
    classify_kind,
    clean_name,
    context_description,
    defined_short_forms,
    described_kind,
    ends_with_suffix,
    find_org_names,
    kinds_named,
    unit_named,
    units_shortened,
    university_of,
    without_trailing_place,
)
from pipeline.plan_text import PlanText
from pipeline.rulepack import RulePack
from pipeline.sentences import clauses, sentences
from pipeline.submission import Evidence, Location, Member, TextField, unit_key
from pipeline.terms import Term, compact, term

ORGANISATION_SECTION = 3  # 附件2 三、组织架构与运行机制: where the plan names its members

_LEAD_LABEL = re.compile(r"(?:牵头单位|申报单位|牵头企业)(?:[（(][^）)]{0,6}[）)])?\s*[:：]")
_MEMBER_LABEL = re.compile(r"(?:成员单位|参与单位|联合体成员)(?:[（(][^）)]{0,6}[）)])?\s*[:：]")
_AFTER_NAME = re.compile(r"^\s*(?:[（(][^）)]*[）)])?\s*[:：，,]\s*")
# What may follow the name on a line of its own: its kind or role in brackets or after a dash
# ("——省属科研院所（转制院所）"), and a closing mark.
_NAME_LINE_REST = re.compile(r"^\s*(?:[（(]([^（）()]{1,30})[）)]|(?:—{1,2}|-{1,2}|－{1,2}|─{1,2})\s*([^，,。；;：:—]{1,30}))?"
                             r"\s*[。；;，,]?\s*$")
# A note defining a short kind word of the member table: "“机构”指检验检测、成果转化等科技服务机构".
_DEFINITION = re.compile(r"[“\"]([^”\"]{1,6})[”\"](?:是|系)?指([^，,。；;“\"]+)")
# A legend of letter codes a member table uses for kinds: "注：单位类别代码 A—企业；B—高等院校；…".
_CODE_DEFINITION = re.compile(r"(?<![A-Za-z])([A-Z])\s*(?:—{1,2}|－|–|-|=|：|:)\s*([^；;。，,A-Za-z]+)")
MIN_LEGEND_CODES = 2  # a legend defines several codes; one letter before a dash may be anything
_PAGE_NOTE = re.compile(r"^(?:\d{1,2}|[①-⑳*＊])(?=[\u4e00-\u9fff])")
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")  # a note after the last name of a cell: "…中心（浙江）"
MAX_LIST_TITLE = 30  # characters: a title line, not a sentence that points to the list
MIN_LISTED_UNITS = 2  # a member table or list names the lead and at least one other unit
MAX_LABEL = 8  # characters of a field label or header cell (单位名称, 单位性质, 承担任务)
MIN_LISTED_LINES = 2  # name-only lines in a row that make a member list without a cue before them


@dataclass
class _Found:
    """A member as one place of the plan states it."""

    name: str
    is_lead: bool = False
    role: str | None = None
    described_as: str | None = None
    group: str | None = None  # the heading of the table group it is listed under ("一、企业（4家）")
    evidence: list[Evidence] = field(default_factory=list)
    branch: str | None = None  # the branch (…分公司) this place listed, folded into its company's name


def _member_zone(plan: PlanText) -> list[Block]:
    """Cover plus the 组织架构 section and a member list put after the five parts; the whole plan when the
    outline is unknown."""
    zone = plan.section_blocks(ORGANISATION_SECTION)
    if not zone:
        return list(plan.blocks)
    return plan.blocks[: plan.body_start] + zone + _member_appendix(plan.blocks, plan.body_start)


def _member_appendix(blocks: list[Block], start: int) -> list[Block]:
    """A member list a plan puts after its outline ("附件：成员单位名单（共6家）", "六、成员单位及分工"):
    from its title line to the end."""
    for index, block in enumerate(blocks[start:], start):
        text = clean_name(block.text)
        if not isinstance(block, Table) and len(text) <= MAX_LIST_TITLE and term("members.list_title").search(text):
            return blocks[index:]
    return []


# --- tables -------------------------------------------------------------------------------


def _columns(texts: list[str]) -> dict[str, int]:
    """The columns a header row names (name, kind, task, role, serial)."""
    cols: dict[str, int] = {}
    for c, text in enumerate(texts):
        for key in ("name", "serial", "task", "role", "kind"):
            if key not in cols and term(f"members.header.{key}").search(text):
                cols[key] = c
                break
    return cols


def _header(table: Table) -> tuple[int, dict[str, int]] | None:
    """The header row and the columns it names; a header on two rows ("成员单位" spanning "单位名称 | 单位性质"
    below it) ends at its second row, which adds the columns it names."""
    grid = table.grid()
    for r, row in enumerate(grid[:3]):
        texts = [clean_name(t) for t in row]
        if any(term("members.header.person").search(t) for t in texts):
            return None
        cols = _columns(texts)
        if "name" not in cols:
            continue
        below = [clean_name(t) for t in grid[r + 1]] if r + 1 < len(grid) else []
        sub = _columns([t if len(t) <= MAX_LABEL else "" for t in below])
        if (sub.keys() - cols.keys() or "name" in sub) and not any(ends_with_suffix(t) for t in below):
            return r + 1, _role_not_kind(grid, r + 1, {**cols, **sub})
        return r, _role_not_kind(grid, r, cols)
    return None


def _role_not_kind(grid: list[list[str]], head_row: int, cols: dict[str, int]) -> dict[str, int]:
    """A 类别 column whose cells only say 牵头单位 / 参与单位 gives each unit's role, not its kind: the kind is
    then read from another kind column (单位性质), if the header has one."""
    kind = cols.get("kind")
    if kind is None:
        return cols
    values = [clean_name(row[kind]) for row in grid[head_row + 1 :] if clean_name(row[kind])]
    if not values or not all(term("members.role_cell").search(v) for v in values):
        return cols
    heads = ["".join(clean_name(row[c]) for row in grid[: head_row + 1]) for c in range(len(grid[head_row]))]
    taken = set(cols.values())
    other = next((c for c, head in enumerate(heads) if c not in taken and term("members.header.kind").search(head)), None)
    cols = {key: c for key, c in cols.items() if key != "kind"}
    cols.setdefault("role", kind)
    return cols if other is None else {**cols, "kind": other}


def _cell_evidence(table: Table, row: int, col: int, text: str) -> Evidence:
    return Evidence(text=clean_name(text), loc=Location(**table.prov.loc(row, col)))


def _strip_name_note(name: str) -> tuple[str, bool, str | None]:
    """A note in brackets after a name in a list cell, taken off: "X有限公司（牵头单位）" → ("X有限公司", True,
    "牵头单位"); "X有限公司（省属转制院所）" → ("X有限公司", False, "省属转制院所"), the note saying what the unit is.
    A bracket that ends the name itself ("…合伙企业（有限合伙）") stays."""
    m = re.search(r"[（(]([^（）()]*)[）)]$", name)
    if m is None or term("org_names.regions").regex.fullmatch(m.group(1).strip()):
        return name, False, None  # "国家光伏产品质量检验检测中心（浙江）": the place is part of the name
    lead = bool(term("lead.mark").search(m.group(1)))
    if lead or (ends_with_suffix(name[: m.start()]) and not ends_with_suffix(name)):
        return name[: m.start()], lead, m.group(1)
    return name, False, None


def _table_members(table: Table, defined: dict[str, str]) -> list[_Found]:
    """Members of a table with a header naming its columns; a short name the plan defines (以下简称) stands for
    its full name."""
    header = _header(table)
    if header is None:
        return []
    head_row, cols = header
    grid = table.grid()
    started = {(c.row, c.col) for c in table.cells}
    rows = table.rows()
    found: list[_Found] = []
    group: str | None = None
    for r in range(head_row + 1, len(grid)):
        row = grid[r]
        if heading := _group_heading(rows[r], cols["name"]):
            group = heading
            continue
        name = clean_name(row[cols["name"]])
        if not name or term("tables.total_row").search(name) or (r, cols["name"]) not in started:
            continue
        others = [c for c in range(len(row)) if c != cols["name"] and c != cols.get("serial") and row[c].strip()]
        own_others = [c for c in others if (r, c) in started]
        serial = cols.get("serial")
        if serial is not None and (r, serial) in started and row[serial].strip():
            own_others.append(serial)
        if found and not own_others and not (ends_with_suffix(found[-1].name) and ends_with_suffix(name) and others):
            found[-1].name += name  # a name wrapped onto the next row
            found[-1].evidence.append(_cell_evidence(table, r, cols["name"], name))
            continue
        if listed := _listed_in_cell(name, defined):  # a summary row's 成员单位 cell: "A、B、C"
            found.extend(_Found(name=defined.get(n, n), group=group, evidence=[_cell_evidence(table, r, cols["name"], n)])
                         for n in listed)
            continue
        name, lead_note, note = _strip_name_note(name)
        name = defined.get(name, name)
        kind_text = row[cols["kind"]] if "kind" in cols else ""
        role_text = row[cols["role"]] if "role" in cols else ""
        found.append(_Found(
            name=name,
            is_lead=lead_note or bool(term("lead.mark").search(role_text) or term("lead.mark").search(kind_text)),
            role=clean_name(row[cols["task"]]) or None if "task" in cols else None,
            described_as=kind_text or note,
            group=group,
            evidence=[_cell_evidence(table, r, cols["name"], row[cols["name"]])],
        ))
    return [f for f in found if ends_with_suffix(f.name)] if _mostly_names(found) else []


_CELL_PARTS = re.compile(r"[、，,；;/／]")


def _listed_in_cell(cell: str, defined: dict[str, str]) -> list[str]:
    """The names a cell lists one after another ("浙江大学、X研究所、Y有限公司"), when it lists more than one and
    nothing else: each is a member of its own; a single name, noted or not, is left to the caller. A short name
    the plan defines counts as a name ("路联智行、浙江工业大学"), given as written."""
    parts = [p.strip() for p in _CELL_PARTS.split(cell)]
    if len(parts) > 1 and all(p in defined or ends_with_suffix(p) for p in parts):
        return parts
    hits = find_org_names(cell)
    if len(hits) < 2:
        return []
    gaps = [cell[a.end:b.start] for a, b in itertools.pairwise(hits)]
    whole = not cell[:hits[0].start].strip() and not _BRACKETED.sub("", cell[hits[-1].end:]).strip()
    return [h.name for h in hits] if whole and all(term("members.cell_separator").search(g) for g in gaps) else []


def _group_heading(row: list[Cell], name_col: int) -> str | None:
    """A row grouping the members below it ("三、专业化科技服务机构（1家）"): its one filled cell opens the row,
    left of the name column or spanning it; a name or task wrapped onto a row of its own stays in its column."""
    filled = [c for c in row if c.text.strip()]
    if len(filled) != 1 or ends_with_suffix(filled[0].text) or term("tables.total_row").search(filled[0].text):
        return None
    cell = filled[0]
    return clean_name(cell.text) if cell.col == 0 and (name_col > 0 or cell.colspan > 1) else None


def _transposed_members(table: Table) -> list[_Found]:
    """A member table laid on its side: one row per attribute (单位名称 | A | B …), one column per unit."""
    grid = table.grid()
    heads = [clean_name(row[0]) for row in grid]
    name_row = next((r for r, head in enumerate(heads) if term("members.header.name").search(head)), None)
    if name_row is None:
        return []

    def row_of(header: Term) -> list[str] | None:
        return next((grid[r] for r, head in enumerate(heads) if r != name_row and header.search(head)), None)

    kinds, tasks = row_of(term("members.header.kind")), row_of(term("members.header.task"))
    found = []
    for c in range(1, len(grid[name_row])):
        name, lead_note, note = _strip_name_note(clean_name(grid[name_row][c]))
        if not name:
            continue
        kind_text = kinds[c] if kinds else ""
        found.append(_Found(name=name, is_lead=lead_note or bool(term("lead.mark").search(kind_text)),
                            role=clean_name(tasks[c]) or None if tasks else None, described_as=kind_text or note,
                            evidence=[_cell_evidence(table, name_row, c, grid[name_row][c])]))
    named = [f for f in found if ends_with_suffix(f.name)]
    return named if _mostly_names(found) and len(named) >= MIN_LISTED_UNITS else []


def _layout(table: Table) -> tuple[str | None, ...] | None:
    """What a member table's header names, cell by filled cell (name, kind, task … or None), in order."""
    header = _header(table)
    if header is None:
        return None
    head_row, cols = header
    key_of = {c: key for key, c in cols.items()}
    return tuple(key_of.get(c.col) for c in table.rows()[head_row] if c.text.strip())


def _continued_members(table: Table, layout: tuple[str | None, ...]) -> list[_Found]:
    """Rows of a member table carried on past a page break without its header, where the reader may give
    the rest another grid: each row's filled cells are matched to the header's, lined up on the name."""
    if _header(table) is not None or "name" not in layout:
        return []
    found: list[_Found] = []
    for row in table.rows():
        filled = [c for c in row if c.text.strip()]
        at = next((i for i, c in enumerate(filled) if ends_with_suffix(_strip_name_note(clean_name(c.text))[0])), None)
        if at is None:
            continue
        start = at - layout.index("name")
        cells = {key: filled[start + i] for i, key in enumerate(layout) if key and 0 <= start + i < len(filled)}
        name, lead_note, note = _strip_name_note(clean_name(filled[at].text))
        kind, role, task = (cells[key].text if key in cells else "" for key in ("kind", "role", "task"))
        found.append(_Found(
            name=name, is_lead=lead_note or bool(term("lead.mark").search(role) or term("lead.mark").search(kind)),
            role=clean_name(task) or None, described_as=kind or note,
            evidence=[_cell_evidence(table, filled[at].row, filled[at].col, filled[at].text)],
        ))
    return found if _mostly_names(found) else []


def _mostly_names(found: list[_Found]) -> bool:
    """A member table lists organisations; a 名称 column of projects or products is something else."""
    return bool(found) and sum(ends_with_suffix(f.name) for f in found) * 2 >= len(found)


def _label_table_members(table: Table) -> list[_Found]:
    """Key–value tables (cover forms): "牵头单位 | X有限公司", "成员单位 | A、B、C"."""
    grid = table.grid()
    found = []
    for r, row in enumerate(grid):
        for c in range(len(row) - 1):
            label = clean_name(row[c])
            if not term("members.label_cell").search(label) or row[c + 1] == row[c]:
                continue
            for hit in (h for h in find_org_names(row[c + 1]) if not h.held):
                found.append(_Found(hit.name, is_lead=bool(term("lead.mark").search(label)),
                                    evidence=[_cell_evidence(table, r, c + 1, row[c + 1])]))
    return found


# --- labelled records: one unit per record -------------------------------------------------

_LABEL_LINE = re.compile(r"^\s*([^：:\n]{2,8})[：:]\s*(\S.*?)\s*$", re.MULTILINE)


def _records(pairs: list[tuple[str, str, Evidence]]) -> list[_Found]:
    """Units written as labelled fields, one record per unit ("单位名称：X / 单位性质：Y / 承担任务：Z", or a
    table of label and value cells, two rows per unit): each 单位名称 opens a record; a record is a member when
    it names an organisation and says what it is or does."""
    found: list[_Found] = []
    said: set[int] = set()
    for label, value, evidence in pairs:
        label = clean_name(label)
        if term("members.header.name").search(label):
            name, lead_note, _ = _strip_name_note(clean_name(value))
            found.append(_Found(name=name, is_lead=lead_note, evidence=[evidence]))
        elif found and (term("members.header.kind").search(label) or term("members.header.role").search(label)):
            found[-1].described_as = found[-1].described_as or value
            found[-1].is_lead = found[-1].is_lead or bool(term("lead.mark").search(value))
            said.add(len(found) - 1)
        elif found and term("members.header.task").search(label):
            found[-1].role = clean_name(value) or None
            said.add(len(found) - 1)
    return [f for i, f in enumerate(found) if i in said and ends_with_suffix(f.name)]


def _paragraph_record(unit: Unit) -> list[_Found]:
    """A paragraph of "label：value" lines describing one unit."""
    pairs = [(m.group(1), m.group(2), unit.evidence(m.start(2), m.end(2))) for m in _LABEL_LINE.finditer(unit.text)]
    return _records(pairs) if len(pairs) >= MIN_LISTED_LINES else []


def _record_table_members(table: Table) -> list[_Found]:
    """A member table without a header row, a label cell before each value ("单位名称 | X | 单位性质 | Y",
    "负责人 | … | 承担任务 | Z"); personal names in value cells are never labels."""
    pairs = []
    for row in table.rows():
        i = 0
        while i < len(row) - 1:
            label = clean_name(row[i].text)
            if len(label) <= MAX_LABEL and any(term(f"members.header.{key}").search(label)
                                               for key in ("name", "kind", "task", "role")):
                value = row[i + 1]
                pairs.append((label, value.text, _cell_evidence(table, value.row, value.col, value.text)))
                i += 2
            else:
                i += 1
    found = _records(pairs)
    return found if len(found) >= MIN_LISTED_UNITS else []


# --- prose --------------------------------------------------------------------------------


def _item_start(text: str) -> int | None:
    """Where a numbered item's own text starts ("2. X" → at X, spaces after the number skipped), or None when
    ``text`` does not open with an item number."""
    number = next(term("members.item_number").located(text), None)
    if number is None:
        return None
    end = number[2]
    return end + len(text[end:]) - len(text[end:].lstrip())


def _prose_members(unit: Unit, previous_cue: bool) -> list[_Found]:
    if labelled := _kind_labelled_item(unit, previous_cue):
        return [labelled]
    text = unit.text
    item = _item_start(text)
    if item is not None:
        listed = _list_item(unit, item, previous_cue)
        if listed:
            return [listed, *_run_on_items(unit)]
    found: list[_Found] = []
    listing = previous_cue  # a line of a scan may carry on a numbered list: "业）；6.X（检验检测机构）。"
    run_on = False  # the last sentence was a member cue or an item after it: "包括：A（企业）；B（高校）；…"
    for sentence in sentences(text):
        item = _item_start(sentence.group()) if listing else None
        if item is not None and (listed := _sentence_item(unit, sentence.start() + item, sentence.end())):
            found.append(listed)
            continue
        if run_on and _after_semicolon(text, sentence.start()) and (
                listed := _named_span(unit, sentence.start(), sentence.end())):
            found.append(listed)
            continue
        found.extend(_sentence_members(unit, sentence.start(), sentence.group()))
        run_on = bool(term("members.cue").search(sentence.group()))
        listing = listing or run_on
    return found


def _run_on_items(unit: Unit) -> list[_Found]:
    """The items that follow an item in its own paragraph, as a line of a scan carries them:
    "2.浙江理工大学（高校）；3.中国科学院宁波材料技术与工程研究所（科研院所）；"."""
    found = []
    for sentence in list(sentences(unit.text))[1:]:
        item = _item_start(sentence.group())
        if item is not None and _after_semicolon(unit.text, sentence.start()) and (
                listed := _sentence_item(unit, sentence.start() + item, sentence.end())):
            found.append(listed)
    return found


def _after_semicolon(text: str, start: int) -> bool:
    """A sentence that carries on a run after a semicolon, the way list items run on in one paragraph."""
    return text[:start].rstrip()[-1:] in ("；", ";")


def _sentence_item(unit: Unit, start: int, end: int) -> _Found | None:
    """An item of a list run on in one paragraph after its cue ("成员单位包括：(1)A（企业）；(2)B（高校）；…"):
    the name that opens it, and what the item says it is."""
    hits = find_org_names(unit.text[start:end])
    if not hits or hits[0].start != 0 or hits[0].held:
        return None
    rest = unit.text[start + hits[0].end : end]
    return _Found(name=hits[0].name, is_lead=bool(term("lead.mark").search(rest[:20])), described_as=context_description(rest),
                  evidence=[unit.evidence(start, start + hits[0].end)])


def _list_item(unit: Unit, start: int, previous_cue: bool) -> _Found | None:
    """"1. 浙江大学：负责…" / "（2）X公司作为检验检测机构，负责…": the item's first name is a member."""
    hits = find_org_names(unit.text[start:])
    if not hits or hits[0].start > 1 or hits[0].held:
        return None
    hit = hits[0]
    rest = unit.text[start + hit.end :]
    if not (previous_cue or term("members.item_cue").search(rest)) or term("members.someone_else").search(rest[:12]):
        return None
    role = _AFTER_NAME.sub("", rest, count=1).strip() or None
    return _Found(
        name=hit.name,
        is_lead=bool(term("lead.mark").search(rest[:20])),
        role=role if role and not isinstance(unit.block, Heading) else None,
        described_as=context_description(rest),
        evidence=[unit.evidence(start + hit.start, start + hit.end)],
    )


def _kind_labelled_item(unit: Unit, previous_cue: bool) -> _Found | None:
    """"■ 高校：浙江工业大学，负责…": a list line whose label says what the unit is; the label is its stated kind
    (or marks the lead), so "检验检测机构：X研究院" is a service body whatever its name says."""
    labelled = next(term("members.kind_labelled_item").located(unit.text), None)
    if labelled is None or (listed := _list_item(unit, labelled[2], previous_cue)) is None:
        return None
    label = labelled[0].group(1)
    listed.is_lead = listed.is_lead or bool(term("lead.mark").search(label))
    listed.described_as = label
    return listed


def _name_line(unit: Unit) -> _Found | None:
    """A line that is only a name and what it is: "西湖大学（高校）", "2. X有限公司（企业，牵头单位）",
    "浙江工业大学——高校"."""
    return _named_span(unit, _item_start(unit.text) or 0, len(unit.text))


def _named_span(unit: Unit, start: int, end: int) -> _Found | None:
    """The unit a stretch of text names when it holds only that name and what it is."""
    text = unit.text[:end]
    hits = find_org_names(text[start:])
    if not hits or hits[0].held or text[start:start + hits[0].start].strip():
        return None
    hit = hits[0]
    rest = _NAME_LINE_REST.match(text[start + hit.end :])
    if rest is None:
        return None
    said = rest.group(1) or rest.group(2)
    return _Found(name=hit.name, is_lead=bool(said and term("lead.mark").search(said)), described_as=said,
                  evidence=[unit.evidence(start + hit.start, start + hit.end)])


def _listed_lines(lines: list[_Found], after_cue: bool) -> list[_Found]:
    """Name lines are a member list when several follow each other, or one follows a member cue."""
    return lines if len(lines) >= MIN_LISTED_LINES or (lines and after_cue) else []


def _sentence_members(unit: Unit, offset: int, sentence: str) -> list[_Found]:
    """Names in a sentence that defines members; a 牵头单位 label or "由X牵头" marks the lead."""
    lead_label = _LEAD_LABEL.search(sentence)
    member_label = _MEMBER_LABEL.search(sentence)
    if not (lead_label or member_label or term("members.cue").search(sentence)):
        return []
    found = []
    for clause in clauses(sentence):
        if term("members.someone_else").search(clause.group()):
            continue
        for hit in (h for h in find_org_names(clause.group()) if not h.held):
            if term("members.owned_by_units").search(clause.group()[: hit.start]):
                continue
            start = clause.start() + hit.start
            end = clause.start() + hit.end
            found.append(_Found(
                name=hit.name,
                is_lead=_is_lead_here(sentence, start, end, lead_label, member_label),
                described_as=context_description(sentence[end:]),
                evidence=[unit.evidence(offset + start, offset + end)],
            ))
    return found


def _is_lead_here(sentence: str, start: int, end: int, lead_label, member_label) -> bool:
    if lead_label and lead_label.end() <= start and not (member_label and lead_label.end() < member_label.start() <= start):
        return True
    rest = sentence[end:]
    noted = next(term("org_names.short_form_note").located(rest), None)  # "由X（以下简称“省农科院”）牵头"
    after = re.match(r"[（(]?[^，,。；;]{0,4}", rest[noted[2] :] if noted else rest)
    before = sentence[max(0, start - 8) : start]
    return bool((after and term("lead.mark").search(after.group())) or term("members.lead_before").search(before))


def _expand_defined_kinds(found: list[_Found], units: list[Unit]) -> None:
    """Replace a kind the plan abbreviates ("机构", or a code "D（牵头）") by what its note defines it as
    ("注：“机构”指检验检测、成果转化等科技服务机构", "A—企业；…；D—专业化科技服务机构")."""
    defined: dict[str, str] = {}
    for unit in units:
        defined.update((clean_name(m.group(1)), m.group(2)) for m in _DEFINITION.finditer(unit.text))
        legend = {m.group(1): m.group(2) for m in _CODE_DEFINITION.finditer(unit.text)}
        if len(legend) >= MIN_LEGEND_CODES:
            defined.update(legend)
    for f in found:
        short = _strip_note(clean_name(f.described_as or ""))
        if short in defined:
            f.described_as = defined[short]


def _strip_note(text: str) -> str:
    """"A（牵头）" → "A"."""
    return re.sub(r"[（(][^（）()]*[）)]$", "", text) or text


def _describe_from_prose(found: list[_Found], units: list[Unit], defined: dict[str, str], pack: RulePack) -> None:
    """Give members the plan describes elsewhere ("X（知识产权服务机构）主要负责…", or by its short name: "余杭科金
    为…科技金融服务机构") that description."""
    for f in found:
        written = "|".join(re.escape(n) for n in sorted({f.name, *(s for s, full in defined.items() if full == f.name)},
                                                         key=len, reverse=True))
        for unit in units:
            if f.described_as:
                break
            text = clean_name(unit.text)
            for m in re.finditer(written, text):
                said = context_description(text[m.end():m.end() + 40])
                if described_kind(said, pack):
                    f.described_as = said
                    f.evidence.append(Evidence(text=clause_around(text, m.start(), m.end()), loc=unit.loc))
                    break


def _page_notes(plan: PlanText, zone: set[int]) -> list[Unit]:
    """Footnotes a PDF prints at the foot of a page, wherever that falls ("1X研究院为…检验检测机构"): they
    describe the names their number is attached to in the member list."""
    return [unit for unit in plan.units(b for b in plan.blocks if id(b) not in zone and not isinstance(b, Table))
            if _PAGE_NOTE.match(unit.text)]


# --- plans with no member list -----------------------------------------------------------


def _task_table_units(table: Table) -> list[_Found]:
    """Units in a task table's 承担单位 column ("冗余电机 | A公司、B公司 | …")."""
    grid = table.grid()
    started = {(c.row, c.col) for c in table.cells}
    for r, row in enumerate(grid[:3]):
        col = next((c for c, text in enumerate(row) if term("members.task_unit_header").search(text)), None)
        if col is None:
            continue
        return [_Found(hit.name, evidence=[_cell_evidence(table, rr, col, grid[rr][col])])
                for rr in range(r + 1, len(grid)) if (rr, col) in started
                for hit in find_org_names(grid[rr][col]) if not hit.held]
    return []


def _council_units(units: list[Unit], pack: RulePack) -> list[_Found]:
    """Units whose heads make up the council ("理事会由A、B…的负责人组成", "理事：A董事长X、B院长Y");
    clauses about the chair and other posts are left out."""
    terms = pack.governance_terms
    council = [*terms.get("council", []), *terms.get("council_member", [])]
    posts = terms.get("council_chair", [])
    found = []
    for unit in units:
        for sentence in sentences(unit.text):
            text = sentence.group()
            if not (any(t in text for t in council) and term("members.council_made_of").search(text)):
                continue
            for clause in clauses(text):
                if any(t in clause.group() for t in posts) or term("members.other_post").search(clause.group()):
                    continue
                for hit in (h for h in find_org_names(clause.group()) if not h.held):
                    start = sentence.start() + clause.start() + hit.start
                    after = unit.text[start + len(hit.name) : start + len(hit.name) + 8]
                    found.append(_Found(university_of(hit.name) or hit.name,
                                        is_lead=bool(re.match(r"[（(][^）)]*牵头", after)),
                                        evidence=[unit.evidence(start, start + len(hit.name))]))
    return found


def _not_yet_listed(found: list[_Found], more: list[_Found]) -> list[_Found]:
    """Units of ``more`` not already among ``found``, by name or short form (万驰公司)."""
    names = [f.name for f in found]
    fresh = []
    for f in more:
        known = unit_named(f.name, names)
        if known and (unit_key(known) == unit_key(f.name) or not unit_key(known).startswith(unit_key(f.name))):
            continue
        fresh.append(f)
        names.append(f.name)
    return fresh


def _founding_sentences(plan: PlanText, zone: set[int]) -> list[_Found]:
    """The units a sentence outside the member zone says found the consortium ("本联合体由A牵头，联合B、C…共同组建"
    in the background section)."""
    found = []
    for unit in plan.units(b for b in plan.blocks[plan.body_start :] if id(b) not in zone and not isinstance(b, Table)):
        for sentence in sentences(unit.text):
            if term("members.founding").search(sentence.group()):
                found.extend(_sentence_members(unit, sentence.start(), sentence.group()))
    return found


def _members_where_no_list(found: list[_Found], plan: PlanText, zone: set[int], prose: list[Unit]) -> list[_Found]:
    """A plan with no member table or list in its member zone names its members in a sentence saying who founds
    the consortium, wherever it stands, or as the units whose heads form the council and as the 承担单位 of its
    tasks."""
    if len({unit_key(f.name) for f in found}) >= MIN_LISTED_UNITS:
        return []
    named = _founding_sentences(plan, zone) + _council_units(prose, plan.pack)
    for table in plan.tables:
        named.extend(_task_table_units(table))
    return _not_yet_listed(found, named)


# --- units the plan says are not members ---------------------------------------------------


@dataclass(frozen=True)
class _Outside:
    """A unit the plan says is not a member; ``listed`` when a table row says so (the list shows it)."""

    name: str
    listed: bool
    evidence: Evidence


def _outsiders_table(plan: PlanText, table: Table) -> bool:
    """Whether the paragraph above a table says its units are no members and names none itself ("下表所列单位为
    示范应用与协作单位，不是联合体成员单位："): every unit of the table is outside."""
    intro = next((m.group() for m in reversed(list(sentences(plan.caption_of(table))))), "")  # the one before it
    return bool(term("members.not_member").search(intro)) and not term("members.founding").search(intro) \
        and not find_org_names(intro)


def _declared_non_members(plan: PlanText) -> list[_Outside]:
    """Units the plan says are not members ("东华大学不作为联合体成员单位", a bank's row in the member table marked
    "不作为联合体成员单位", a table introduced as one of non-members): the names in the clause or table row that
    says so, else in its sentence."""
    not_member = term("members.not_member")
    outside: list[_Outside] = []
    for block in plan.tables:
        partners = _partner_role_cells(block)
        said_of_all = _outsiders_table(plan, block)
        for row in block.rows():
            if said_of_all or any(not_member.search(c.text) or (c.row, c.col) in partners for c in row):
                outside.extend(_Outside(h.name, True, _cell_evidence(block, c.row, c.col, c.text))
                               for c in row for h in find_org_names(c.text) if not h.held)
    for unit in plan.units(b for b in plan.blocks if not isinstance(b, Table)):
        for sentence in sentences(unit.text):
            parts = list(clauses(sentence.group()))
            for i, clause in enumerate(parts):
                said = not_member.search(clause.group())
                if not said:
                    continue
                named = _unit_hits(clause)
                if not named and not compact(clause.group())[: said.start()]:  # "…，不作为联合体成员单位": the
                    named = next((hits for c in reversed(parts[:i]) if (hits := _unit_hits(c))), [])  # unit before
                outside.extend(_Outside(h.name, False, unit.evidence(sentence.start() + at, sentence.start() + end))
                               for h, at, end in named)
    return outside


def _partner_role_cells(table: Table) -> set[tuple[int, int]]:
    """Cells marking a unit "合作单位" in a column whose other rows say 成员单位 or 牵头单位: the table itself sets
    those units apart from the members."""
    marked = [c for c in table.cells if term("members.partner_role").search(c.text)]
    members_in = {c.col for c in table.cells if term("members.label_cell").search(c.text) and c not in marked}
    return {(c.row, c.col) for c in marked if c.col in members_in}


def _unit_hits(clause: re.Match[str]) -> list[tuple[NameHit, int, int]]:
    """The names a clause of a sentence gives, with their spans in the sentence."""
    return [(h, clause.start() + h.start, clause.start() + h.end) for h in find_org_names(clause.group()) if not h.held]


# --- merging ------------------------------------------------------------------------------


def _without_member_platforms(found: list[_Found], defined: dict[str, str]) -> list[_Found]:
    """Leave out a member's own platform written as its name or short name and a platform word ("清沅医疗省级企业
    研究院", "X有限公司企业技术中心"): a lab or institute a member hosts is not one more unit."""
    names = {f.name for f in found}
    owners = names | {short for short, full in defined.items() if full in names}
    platform = term("org_names.platform_tail")
    return [f for f in found
            if not any(f.name != owner and f.name.startswith(owner) and platform.search(f.name[len(owner):])
                       for owner in owners)]


def _fold_region_dropped(found: list[_Found]) -> None:
    """A name another member's name ends with is that member written without its place ("省人民医院" in a
    sentence, 浙江省人民医院 in the table), as is one without the place in brackets after it ("…检验检测中心" for
    "…检验检测中心（浙江）"): it takes the full name, so the two merge."""
    keys = {unit_key(f.name): f.name for f in found}
    for f in found:
        key = unit_key(f.name)
        longer = [name for other, name in keys.items()
                  if other != key and (other.endswith(key) or unit_key(without_trailing_place(name)) == key)]
        if len(longer) == 1:
            f.name = longer[0]


def _fold_branches(found: list[_Found]) -> None:
    """A branch of another member ("X股份有限公司临江分公司" beside X股份有限公司) is that member: a branch is no
    legal person of its own, so it is not one more unit. A branch whose company is not a member stays."""
    keys = {unit_key(f.name): f.name for f in found}
    for f in found:
        key = unit_key(f.name)
        if term("org_names.branch_tail").search(key):
            company = [name for other, name in keys.items() if other != key and key.startswith(other)]
            if company:
                f.branch, f.name = f.name, max(company, key=len)


def _fold_short_names(found: list[_Found]) -> None:
    """A name that is a plan's short name for one other member ("清和研究院在联合体中的职责：…" beside 浙江清和新材料
    研究院 in the list) is that member, not one more."""
    names = {unit_key(f.name): f.name for f in found}
    for f in found:
        longer = units_shortened(f.name, names)
        if len(longer) == 1:
            f.name = longer[0]


def _sole_kind_text(group: str | None, pack: RulePack) -> str | None:
    """A group heading that names one kind ("专业化科技服务机构（1家）"); one naming several ("高校院所") says
    nothing of each member."""
    return group if group and len(kinds_named(group, pack)) == 1 else None


def _merge(found: list[_Found], pack: RulePack) -> list[Member]:
    """One member per normalised name; a lead flag, task or stated kind from any place is kept."""
    by_key: dict[str, _Found] = {}
    branches: dict[str, dict[str, Evidence]] = {}  # by member, the first quote of each branch listed as a unit
    for f in found:
        key = unit_key(f.name)
        if f.branch and f.evidence:
            branches.setdefault(key, {}).setdefault(unit_key(f.branch), f.evidence[0])
        if key not in by_key:
            by_key[key] = f
            continue
        kept = by_key[key]
        kept.is_lead = kept.is_lead or f.is_lead
        kept.role = kept.role or f.role
        kept.described_as = kept.described_as or f.described_as
        kept.group = kept.group or f.group
        kept.evidence.extend(e for e in f.evidence if e not in kept.evidence)
    members = [
        Member(name=f.name, kind=classify_kind(f.name, f.described_as or _sole_kind_text(f.group, pack), None, pack),
               is_lead=f.is_lead, role=f.role, evidence=f.evidence[:3],
               branches=list(branches.get(key, {}).values()))
        for key, f in by_key.items()
    ]
    return sorted(members, key=lambda m: not m.is_lead)


def extract_members(plan: PlanText) -> list[Member]:
    """Every member unit the plan defines, lead flagged, with kind, task division and evidence."""
    zone = {id(b) for b in _member_zone(plan)}
    found: list[_Found] = []
    prose: list[Unit] = []
    previous_cue = False
    lines: list[_Found] = []  # the name-only lines in a row so far, and whether a cue came before them
    lines_after_cue = False
    layout: tuple[str | None, ...] | None = None  # the member table just read: a headerless table next continues it
    defined = defined_short_forms(u.text for u in plan.units(plan.blocks))
    for block in plan.blocks:
        line = None
        if isinstance(block, Table) and _outsiders_table(plan, block):
            layout = None
        elif isinstance(block, Table):
            own = _table_members(block, defined) or _transposed_members(block) or _record_table_members(block)
            carried = [] if own or layout is None else _continued_members(block, layout)
            layout = _layout(block) if own else layout if carried else None
            found.extend(_under_caption(own or carried or _label_table_members(block), _kind_caption(plan, block)))
        elif id(block) in zone:
            unit = plan.units_of(block)[0]
            prose.append(unit)
            found.extend(_paragraph_record(unit) or _prose_members(unit, previous_cue))
            line = _name_line(unit)
            if line and not lines:
                lines_after_cue = previous_cue
            if _item_start(unit.text) is None and not line:
                previous_cue = bool(term("members.cue").search(unit.text) or term("members.division").search(unit.text))
        if not isinstance(block, Table):
            layout = None
        if line:
            lines.append(line)
        else:
            found.extend(_listed_lines(lines, lines_after_cue))
            lines = []
    found.extend(_listed_lines(lines, lines_after_cue))
    found.extend(_members_where_no_list(found, plan, zone, prose))
    outside = UnitIndex(o.name for o in _declared_non_members(plan))
    found = [f for f in found if f.name not in outside]
    found = _without_member_platforms(found, defined)
    _fold_region_dropped(found)
    _fold_short_names(found)
    _fold_branches(found)
    _expand_defined_kinds(found, prose)
    _describe_from_prose(found, prose + _page_notes(plan, zone), defined, plan.pack)
    return _merge(found, plan.pack)


MAX_CAPTION_CHARS = 40


def _kind_caption(plan: PlanText, table: Table) -> str | None:
    """The table's numbered caption ("表3  专业化科技服务机构成员"), which may name the kind of its units."""
    text = plan.caption_of(table)
    return text if len(text) <= MAX_CAPTION_CHARS and term("members.table_caption").search(text) else None


def _under_caption(listed: list[_Found], caption: str | None) -> list[_Found]:
    """Units a captioned table lists, grouped under the caption: one naming a single kind gives it to each
    unit the table says no kind of (see ``_sole_kind_text``)."""
    for f in listed:
        f.group = f.group or caption
    return listed


def stated_member_count(plan: PlanText) -> TextField:
    """How many units, lead included, the plan says the consortium has ("由牵头单位和4家成员单位组成" → 5),
    quoted; the first sentence of the 组织架构 section (or cover) that says so. A count of units, not of members
    ("由5家单位组成"), leaves out those the member table lists yet marks as no member (a bank giving credit)."""
    for unit in plan.units(_member_zone(plan)):
        for sentence in sentences(unit.text):
            text = sentence.group()
            if term("members.someone_else").search(text):
                continue
            with_lead = next(term("members.stated_count.with_lead").located(text), None)
            said = with_lead or next(term("members.stated_count.all").located(text), None)
            count = count_value(next(g for g in said[0].groups() if g)) if said else None
            if count:
                total = count + 1 if with_lead else count
                evidence = [unit.evidence(sentence.start() + said[1], sentence.start() + said[2])]
                if not term("members.member_word").search(said[0].group()):  # "由5家单位组成" counts the units listed, not members
                    listed = {unit_key(o.name): o for o in _declared_non_members(plan) if o.listed}
                    total -= len(listed)
                    evidence += [o.evidence for o in listed.values()]
                return TextField(value=str(total), confidence=0.8, source="text", evidence=evidence)
    return TextField()
