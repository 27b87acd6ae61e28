"""Who signed a 组建意向书: the units in its signature block, else the parties it lists.

A letter names many units in its text (依托浙江大学的平台…); only a signature
counts. Signatures are read where letters put them: a table whose unit column
stands beside 盖章/签字 columns, a line carrying a seal or signature note
(甲方（盖章）：X, X（盖章）, 牵头单位：X （公章）), or a bare note (单位（盖章）：,
法定代表人（签字）：) whose unit is printed on the line after or before it, or
is the party its label names (甲方（盖章）： under 甲方：X). A letter with no
signature at all is judged by the parties it lists (甲方：…, 成员单位一：…). In a
scan OCR drops the red seal (``without_red``); the printed name beside it is
what is read. The words all come from terms.yaml (``signature.*``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import Table
from pipeline.evidence import Unit
from pipeline.orgnames import UnitIndex, find_org_names
from pipeline.plan_text import PlanText
from pipeline.sentences import END_MARKS
from pipeline.submission import Evidence, Location
from pipeline.terms import Term, compact, term

MAX_SIGNATURE_LINE = 80  # characters: a longer text is prose that mentions signing, not a signature
HEADER_ROWS = 2  # a signature table's header is in its first rows
NEAR_LINES = 2  # how far a bare seal note looks back for the unit it stamps
MAX_LISTED_ROWS = 40  # name lines taken after a bare note heading an unruled signature list
_PROSE = re.compile(f"[{END_MARKS}]")
_ENUMERATOR = re.compile(r"^(?:[（(]?\d{1,2}[）).、．]?|[一二三四五六七八九十]{1,3}[、．.])")
_LABEL_BRACKET = re.compile(r"[（(][^（）()]*[）)]|[：:]")


@dataclass(frozen=True)
class Signatory:
    """A unit that signed, as written (whitespace removed), with the quote that shows it."""

    name: str
    evidence: Evidence


@dataclass(frozen=True)
class _Found:
    """A signatory with where it stands, to put signatures from tables and lines in document order."""

    order: tuple[int, int, int]
    signatory: Signatory


def _terms() -> tuple[Term, Term, Term]:
    return term("signature.block"), term("signature.party"), term("signature.unit_column")


def signatories(plan: PlanText) -> list[Signatory]:
    """The units that signed the document, in document order, each once; a letter is read by the language
    terms alone."""
    signed = _signed(plan)
    chosen = signed or _parties(plan)
    return _distinct([f.signatory for f in sorted(chosen, key=lambda f: f.order)])


def signature_evidence(plan: PlanText) -> Evidence | None:
    """The first signature block of the document (a signature table's header, or a seal or signature line)."""
    block, _, _ = _terms()
    for table in plan.tables:
        if (header := _signature_header(table)) is not None:
            row, _, signs = header
            if (unit := _cell_unit(table, row, signs[0])) is not None:
                return unit.evidence()
    units = _line_units(plan)
    for unit in units:
        if _is_signature_line(compact(unit.text), block):
            return unit.evidence()
    return None


def party_evidence(plan: PlanText) -> Evidence | None:
    """The first line of the document that names a party with its label (甲方：X, 成员单位一：X)."""
    found = _parties(plan)
    return found[0].signatory.evidence if found else None


# --- signatures --------------------------------------------------------------------------


def _signed(plan: PlanText) -> list[_Found]:
    found: list[_Found] = []
    for table in plan.tables:
        found += _table_signatures(table)
    block, party, _ = _terms()
    labelled = _labelled_parties(plan)
    units = _line_units(plan)
    for i, unit in enumerate(units):
        text = compact(unit.text)
        if not _is_signature_line(text, block):
            continue
        names = _names(text)
        if names:
            found += [_found(unit, name) for name in names]
            continue
        by_label = [name for m in party.finditer(text) for name in labelled.get(_label_key(m.group()), [])]
        if by_label:
            found += [_found(unit, name) for name in by_label]
            continue
        found += _near_names(units, i)
    return found


def _is_signature_line(text: str, block: Term) -> bool:
    return len(text) <= MAX_SIGNATURE_LINE and not _PROSE.search(text.rstrip("。")) and block.search(text) is not None


def _near_names(units: list[Unit], i: int) -> list[_Found]:
    """The unit a bare seal or signature note stands for: the name lines right after it (one, or the rows of
    an unruled list), else the name line just before it."""
    after = []
    for unit in units[i + 1 : i + 1 + MAX_LISTED_ROWS]:
        names = _line_names(compact(unit.text))
        if not names:
            break
        after += [_found(unit, name) for name in names]
    if after:
        return after
    for unit in reversed(units[max(0, i - NEAR_LINES) : i]):
        if names := _line_names(compact(unit.text)):
            return [_found(unit, name) for name in names]
    return []


def _line_names(text: str) -> list[str]:
    """The names a short line consists of: names right at its start, after a number or a unit label."""
    if len(text) > MAX_SIGNATURE_LINE or _PROSE.search(text.rstrip("。")):
        return []
    hits = [h for h in find_org_names(text) if not h.held]
    if not hits:
        return []
    lead = text[: hits[0].start]
    return [h.name for h in hits] if not lead or _ENUMERATOR.fullmatch(lead) or _is_label(lead) else []


def _is_label(lead: str) -> bool:
    """Whether ``lead`` is just a unit or party label with its colon (单位名称：, 甲方：, 成员单位一（盖章）：)."""
    _, party, unit_column = _terms()
    label = lead.rstrip("：:")
    if label == lead:
        return False
    labelled = party.search(lead)
    return bool(unit_column.search(label)) or (labelled is not None and labelled.group() == lead)


def _table_signatures(table: Table) -> list[_Found]:
    header = _signature_header(table)
    if header is None:
        return []
    row, cols, _ = header
    return _column_names(table, row, cols)


def _signature_header(table: Table) -> tuple[int, list[int], list[int]] | None:
    """(header row, unit columns, signature columns) of a signature table: a unit column beside a 盖章/签字
    column (or one column for both: 单位名称（盖章）)."""
    block, _, unit_column = _terms()
    grid = table.grid()
    for row in range(min(HEADER_ROWS, len(grid))):
        signs = [c for c, text in enumerate(grid[row]) if block.search(text)]
        named = [c for c, text in enumerate(grid[row]) if unit_column.search(text)]
        plain = [c for c in named if c not in signs]
        if signs and named:
            return row, plain or named, signs
    return None


def _column_names(table: Table, header_row: int, cols: list[int]) -> list[_Found]:
    found = []
    for row in range(header_row + 1, table.n_rows):
        for col in cols:
            if (unit := _cell_unit(table, row, col)) is not None:
                found += [_found(unit, name) for name in _names(compact(unit.text))]
    return found


# --- parties -----------------------------------------------------------------------------


def _parties(plan: PlanText) -> list[_Found]:
    """The parties the letter lists: labelled lines (甲方：X), else a table's unit column (单位名称)."""
    _, party, _ = _terms()
    found = []
    for unit in _line_units(plan):
        text = compact(unit.text)
        if len(text) > MAX_SIGNATURE_LINE:
            continue
        for _label, value in _labelled(text, party):
            found += [_found(unit, name) for name in _names(value)]
    if not found:
        for table in plan.tables:
            found += _member_column(table)
    return found


def _labelled_parties(plan: PlanText) -> dict[str, list[str]]:
    """Each party label's unit(s) (甲方 → [X]), for a signature line that gives only the label."""
    _, party, _ = _terms()
    out: dict[str, list[str]] = {}
    for unit in _line_units(plan):
        for label, value in _labelled(compact(unit.text), party):
            if names := _names(value):
                out.setdefault(_label_key(label), names)
    return out


def _labelled(text: str, party: Term) -> list[tuple[str, str]]:
    """(label, value) of each party label in a line that opens with one (甲方（盖章）：X乙方（盖章）：Y)."""
    matches = list(party.finditer(text))
    if not matches or matches[0].start() != 0:
        return []
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return [(m.group(), text[m.end() : end]) for m, end in zip(matches, ends, strict=True)]


def _member_column(table: Table) -> list[_Found]:
    """A table listing the parties under a unit column (单位名称 | 承担任务 …), without signatures."""
    _, _, unit_column = _terms()
    grid = table.grid()
    for row in range(min(HEADER_ROWS, len(grid))):
        cols = [c for c, text in enumerate(grid[row]) if unit_column.search(text)]
        if cols:
            return _column_names(table, row, cols[:1])
    return []


def _label_key(label: str) -> str:
    """甲方（盖章）： → 甲方, so a signature line's label finds the party line's."""
    return _LABEL_BRACKET.sub("", label)


# --- shared ------------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    return [h.name for h in find_org_names(text) if not h.held]


def _line_units(plan: PlanText) -> list[Unit]:
    """Every paragraph, heading and cell of a table that is not a signature table, in document order."""
    return plan.units(b for b in plan.blocks if not (isinstance(b, Table) and _signature_header(b) is not None))


def _cell_unit(table: Table, row: int, col: int) -> Unit | None:
    """The cell at (row, col) as a quotable unit (a merged cell is found at any position it spans)."""
    for cell in table.cells:
        if cell.row <= row < cell.row + cell.rowspan and cell.col <= col < cell.col + cell.colspan:
            return Unit(cell.text, Location(**table.prov.loc(cell.row, cell.col)), table)
    return None


def _found(unit: Unit, name: str) -> _Found:
    table = unit.loc.table or {}
    order = (unit.loc.block, table.get("row", 0), table.get("col", 0))
    return _Found(order, Signatory(name=name, evidence=unit.evidence()))


def _distinct(found: list[Signatory]) -> list[Signatory]:
    """Each unit once: a name written again (or its seal read as text) is the same signature."""
    out: list[Signatory] = []
    seen = UnitIndex()
    for s in found:
        if s.name not in seen:
            out.append(s)
            seen.add(s.name)
    return out
