"""The plan's identity: consortium name, lead unit, district, application type, date, lead's standing.

Each value is read where a clerk would look for it — a labelled line
(牵头单位：…, 推荐单位：…, 申报类型：…) or a cover-page cell — before
falling back on looser wording, and every value keeps its quote.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from pipeline.document import Heading, Paragraph, Table
from pipeline.evidence import Unit, clause_around
from pipeline.numerals import count_value, digit_by_digit
from pipeline.orgnames import clean_name, defined_short_forms, find_org_names
from pipeline.rulepack import ApplicationType, RulePack
from pipeline.sentences import clause_end, clause_start, sentence_end, sentence_start
from pipeline.submission import CONFLICT, Evidence, TextField
from pipeline.terms import term as terms_entry

_LABEL_SEP = r"\s*[（(][^）)]{0,12}[）)]?\s*[：:]\s*|\s*[：:]\s*"
# A year in full, in Chinese digits, or in two digits as a hurried clerk writes it ("22年11月16日" is 2022).
_YEAR_MONTH = r"((?:19|20)\d{2}|(?<!\d)\d{2}|[二〇零○Ｏ一三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
CENTURY = 2000
_DATE = re.compile(_YEAR_MONTH + r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
# A date written with dots, dashes or slashes ("2022.11.17", "2022-11-17", "2022/11/17"), not one end of a range.
_RANGE_MARK = r"\d.．/\-－—–~～至到"
_DOTTED_DATE = re.compile(
    rf"(?<![{_RANGE_MARK}])((?:19|20)\d{{2}})[.．/\-－]([01]?\d)[.．/\-－]([0-3]?\d)(?![{_RANGE_MARK}])"
)
# A two-digit year typed with dots or dashes ("22-11-16", "22.11.16"): a date only as a line of its own.
_SHORT_DOTTED_DATE = re.compile(r"(\d{2})[.．/\-－]([01]?\d)[.．/\-－]([0-3]?\d)")
# A line that is only a year and month ("二〇二二年十一月", "日期：2022年11月"): a signing date without its day.
_MONTH_LINE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}[：:])?" + _YEAR_MONTH)
_STANDING_LIST_SEP = re.compile(r"、|和|及|以及")
_DATE_LINE_END = "。.）) "  # what may follow the date on a signature's date line
MAX_NAME_AFTER_TITLE = 40  # characters after a title that may hold the unit it describes
MAX_STANDING_QUOTES = 3  # quotes of a declared type's standing kept beside the declaration
MAX_PLACE_TAIL = 4  # characters after a district's name that may make it another place's (钱塘江)
MAX_LINK_TO_TITLE = 8  # "为省", "是国家级" …: what may stand between a unit's name and a title said of it
# Where a unit is, written without a label (places.located) or as an address: "（杭州市拱墅区祥园路88号）".
_ADDRESS_TAIL = re.compile(r"[\u4e00-\u9fff\d]{0,12}?(?:路|街道|街|大道|号|镇|乡|村|园区|科技城|开发区|小镇)")


@dataclass(frozen=True)
class Labelled:
    """A value written after a label ("牵头单位：X") or in the cell right of a label cell."""

    value: str
    unit: Unit
    start: int


def labelled_values(units: Iterable[Unit], label: str) -> Iterator[Labelled]:
    """Every value a label announces, in paragraphs ("标签：值") and in label/value table cells."""
    pattern = re.compile(rf"(?:{label})(?:{_LABEL_SEP})([^\n；;。]*)")
    cells: dict[tuple[int, int, int], Unit] = {}
    units = list(units)
    for unit in units:
        if unit.loc.table:
            cells[(unit.loc.block, unit.loc.table["row"], unit.loc.table["col"])] = unit
    for unit in units:
        text = unit.text
        for m in pattern.finditer(text):
            value = m.group(1).strip()
            if value:
                yield Labelled(value, unit, m.start(1))
        if (unit.loc.table and re.fullmatch(rf"\s*(?:{label})\s*[：:]?\s*", text)
                and (value := _value_cell(unit, cells)) is not None):
            yield Labelled(value.text.strip(), value, 0)


def _value_cell(label: Unit, cells: dict[tuple[int, int, int], Unit]) -> Unit | None:
    """The cell a label cell announces: the one right of it, or the one below it when the label heads a column
    (its neighbours in the row are column headings too, as in a filled-in 汇总表 row); None when empty."""
    block, row, col = label.loc.block, label.loc.table["row"], label.loc.table["col"]
    in_row = {k[2]: cells[k] for k in cells if k[:2] == (block, row)}
    right = next((in_row[c] for c in sorted(in_row) if c > col), None)
    header = terms_entry("layout.column_header")
    neighbours = [u for c, u in in_row.items() if c != col and u.text.strip()]
    heads_column = (right is None or header.search(right.text)) and sum(
        bool(header.search(u.text)) for u in neighbours) >= 2
    value = cells.get((block, row + 1, col)) if heads_column else right
    return value if value is not None and value.text.strip() else None


def _field(value: str | None, evidence: list[Evidence], confidence: float = 1.0, source: str = "text") -> TextField:
    if value is None:
        return TextField(evidence=evidence)
    return TextField(value=value, confidence=confidence, evidence=evidence, source=source)


def consortium_name(units: list[Unit]) -> TextField:
    """The 浙江省…创新联合体 name: a labelled one first, else the first one the plan writes.

    OCR may drop or misread a character of one copy (often the large cover title), so
    in an OCR'd plan the wording most mentions agree on wins; on a tie the usual choice stands.
    """
    first = _first_consortium_name(units)
    if first.value is None or not any(u.block.prov.reader == "pdf-ocr" for u in units):
        return first
    consortium = terms_entry("names.consortium")
    mentions = [(m.group(), unit) for unit in units for m in consortium.finditer(clean_name(unit.text))]
    counts = Counter(name for name, _ in mentions)
    agreed, votes = counts.most_common(1)[0]
    if votes <= counts[first.value]:
        return first
    unit = next(unit for name, unit in mentions if name == agreed)
    return _field(agreed, [unit.evidence(*_span(unit.text, agreed))], confidence=votes / len(mentions))


def _span(text: str, name: str) -> tuple[int, int]:
    """Where a name sits in a unit's text, or the whole text when spacing hides it."""
    start = text.find(name)
    return (start, start + len(name)) if start >= 0 else (0, len(text))


def _first_consortium_name(units: list[Unit]) -> TextField:
    consortium = terms_entry("names.consortium")
    for hit in labelled_values(units, r"(?:创新)?联合体名称"):
        if m := consortium.search(clean_name(hit.value)):
            return _field(m.group(), [hit.unit.evidence(hit.start, hit.start + len(hit.value))])
    for unit, after in zip(units, [*units[1:], None], strict=True):
        compact = clean_name(unit.text)
        if m := consortium.search(compact):
            return _field(m.group(), [Evidence(text=m.group() if len(compact) > 160 else compact, loc=unit.loc)])
        if (joined := _title_carried_over(unit, after)) and (m := consortium.search(joined)):
            return _field(m.group(), [Evidence(text=joined, loc=unit.loc)])
    return TextField()


def _title_carried_over(unit: Unit, after: Unit | None) -> str | None:
    """A title a layout broke over two heading lines ("浙江省工业CT与智能无损检测装备创新联合" | "体"), joined."""
    if after is None or not isinstance(unit.block, Heading) or not isinstance(after.block, Heading):
        return None
    return clean_name(unit.text) + clean_name(after.text)


def lead_unit(units: list[Unit]) -> TextField:
    """The lead: "牵头单位：X" (cover or text) first, else "由X牵头"."""
    for hit in labelled_values(units, r"牵头(?:单位|企业)(?:名称)?"):
        names = find_org_names(clean_name(hit.value))
        if names:
            return _field(names[0].name, [hit.unit.evidence(hit.start, hit.start + len(hit.value))])
    for unit in units:
        compact = clean_name(unit.text)
        for m in re.finditer(r"由", compact):
            names = [n for n in find_org_names(compact[m.end():m.end() + 60]) if n.start == 0]
            rest = compact[m.end() + names[0].end:m.end() + names[0].end + 4] if names else ""
            if names and rest.startswith(("牵头", "作为牵头")):
                return _field(names[0].name, [unit.evidence(m.start(), m.end() + names[0].end + 2)], 0.9)
    return _led_by_short_form(units)


def _led_by_short_form(units: list[Unit]) -> TextField:
    """"由数博科技牵头" where the plan defined 数博科技 as a short form: the lead is the name it stands for."""
    defined = defined_short_forms(unit.text for unit in units)
    for unit in units:
        compact = clean_name(unit.text)
        for short, full in defined.items():
            if (pos := compact.find(f"由{short}牵头")) >= 0:
                return _field(full, [unit.evidence(pos, pos + len(short) + 3)], 0.9)
    return TextField()


def _district_terms(pack: RulePack) -> list[tuple[str, str]]:
    """(term, canonical name), longest term first so 高新区（滨江） wins over 高新区."""
    terms = {(t, d.name) for d in pack.districts for t in (d.name, *d.short)}
    return sorted(terms, key=lambda t: -len(t[0]))


def _standing_alone(text: str, term: str) -> int:
    """Where ``term`` first stands as a place of its own, not as the start of another place's name
    (钱塘 in 钱塘江流域); -1 when it never does. A name written whole (萧山区) is never such a start."""
    pos = text.find(term)
    if terms_entry("places.complete_name").search(term):
        return pos
    longer_name = terms_entry("places.longer_name")
    while pos >= 0 and longer_name.search(text[pos + len(term):pos + len(term) + MAX_PLACE_TAIL]):
        pos = text.find(term, pos + 1)
    return pos


def _first_named(text: str, terms: Iterable[tuple[str, str]]) -> tuple[str, int, int] | None:
    """The district of the term the text names first, and where the term stands (the longest at a tie)."""
    best = None
    for term, name in terms:
        pos = _standing_alone(text, term)
        if pos >= 0 and (best is None or pos < best[1]):
            best = (name, pos, pos + len(term))
    return best


def _district_in(text: str, pack: RulePack) -> tuple[str, int, int] | None:
    """The district a text names. A street a district took over in 2021 wins over the old district written
    before it ("杭州市余杭区东湖街道" is 临平区), quoted where that district is named."""
    named = _first_named(text, _district_terms(pack))
    street = _first_named(text, ((s, d.name) for d in pack.districts for s in d.streets))
    if street is None:
        return named
    if named is not None and named[1] < street[1]:
        return street[0], named[1], named[2]
    return street


def district(units: list[Unit], pack: RulePack, rel_path: str, lead: str | None, cover: int = 0) -> TextField:
    """The plan's district, ranked by cue: 推荐单位/所在区县 > the lead's address > the folder.

    An address counts only when it is the lead's: on the cover page (the first ``cover`` units), next to
    the lead's name or 牵头, or on the lead's row of a table — members' addresses elsewhere do not.
    """
    cover_units = units[:cover]
    cues = [(r"推荐单位|推荐部门|所在区县(?:（市）|\(市\))?|所属区县(?:（市）)?|区县(?:（市）)?|所在地区|所属地区", 1.0),
            (r"(?:注册|通讯|单位)?地址|注册地|所在地", 0.9)]
    for label, confidence in cues:
        for hit in labelled_values(units, label):
            found = _district_in(hit.value, pack)
            if not found:
                continue
            about_lead = confidence == 1.0 or hit.unit in cover_units or _mentions_lead(hit.unit, lead)
            if about_lead:
                start = hit.start + found[1]
                return _field(found[0], [hit.unit.evidence(start, start + found[2] - found[1])], confidence)
    for unit in units:
        if m := re.search(r"(\S{1,8}?)(?:科学技术局|科技局)", clean_name(unit.text)):
            found = _district_in(m.group(1), pack)
            if found:
                return _field(found[0], [Evidence(text=m.group(), loc=unit.loc)], 0.9)
    if located := _lead_location(units, pack, lead):
        return located
    parts = PurePosixPath(rel_path.replace("\\", "/")).parts
    folder = parts[0] if len(parts) > 1 else ""
    for d in pack.districts:
        if folder in (d.name, *d.short):
            return _field(d.name, [Evidence(text=folder)], 0.8, source="folder")
    return TextField()


def _lead_location(units: list[Unit], pack: RulePack, lead: str | None) -> TextField | None:
    """The district of the lead's address written in a sentence about the lead, without a label:
    "X公司位于杭州市临安区青山湖科技城", "牵头单位：X公司（杭州市拱墅区祥园路88号）"."""
    named = [re.escape(clean_name(lead))] if lead else []
    subject = "|".join(named + _role_words())
    for unit in units:
        compact = clean_name(unit.text)
        for about in re.finditer(subject, compact):
            after = compact[about.end():clause_end(compact, about.end())]
            found = _district_in(after, pack)
            if not found:
                continue
            address = _ADDRESS_TAIL.match(after, found[2]) or terms_entry("places.located").search(after[:found[1]])
            if address:
                start = about.end() + found[1]
                return _field(found[0], [Evidence(text=_clause(compact, start, found[2] - found[1]), loc=unit.loc)], 0.85)
    return None


def _role_words() -> list[str]:
    """The words a plan uses for the lead in its place (牵头单位, 申报单位 …), escaped for a pattern."""
    return [re.escape(word) for word in terms_entry("lead.role_word").words]


def _mentions_lead(unit: Unit, lead: str | None) -> bool:
    """Whether a unit is about the lead: it names the lead, says 牵头, or is on the lead's table row."""
    if terms_entry("lead.mark").search(unit.text) or (lead and lead in clean_name(unit.text)):
        return True
    return bool(lead) and _on_lead_row(unit, (lead or "",))


def _on_lead_row(unit: Unit, names: tuple[str, ...]) -> bool:
    """Whether a table cell is on a row naming the lead or 牵头 ("牵头单位资质 | 浙江省科技小巨人企业")."""
    block = unit.block
    if not isinstance(block, Table) or not unit.loc.table:
        return False
    row = unit.loc.table["row"]
    return any(_names_lead(clean_name(c.text), names) or "牵头" in c.text for c in block.cells if c.row == row)


def _on_another_units_row(unit: Unit, names: tuple[str, ...]) -> bool:
    """Whether a table cell is on a row naming a unit that is not the lead ("精传科技 | 企业（省科技小巨人企业）"):
    a title there is that unit's."""
    block = unit.block
    if not isinstance(block, Table) or not unit.loc.table or _on_lead_row(unit, names):
        return False
    row = unit.loc.table["row"]
    return any(find_org_names(c.text) for c in block.cells if c.row == row)


def _type_named(text: str, pack: RulePack) -> tuple[str, int, int] | None:
    """The type a short text names first (类型二, 第二类, 类型Ⅱ …) and where."""
    best = None
    for spec in pack.application_types:
        for word in (spec.name, *spec.aliases):
            pos = text.find(word)
            if pos >= 0 and (best is None or pos < best[1] or (pos == best[1] and len(word) > best[2] - best[1])):
                best = (spec.name, pos, pos + len(word))
    return best


def _labelled_type(units: list[Unit], pack: RulePack) -> tuple[str, Evidence] | None:
    """申报类型：类型二 (cover line or form cell); an unticked option of a form ("□类型一") is no answer."""
    unticked = terms_entry("layout_choices.unticked")
    for hit in labelled_values(units, r"申报类型|申报类别|联合体类型"):
        value = unticked.remove(hit.value)
        named = _type_named(value, pack)
        if named and named[1] <= 12:
            return named[0], hit.unit.evidence(hit.start, hit.start + len(hit.value))
    return None


def _stated_types(units: list[Unit], pack: RulePack) -> list[tuple[str, Evidence]]:
    """Types stated in a sentence ("本联合体按类型一申报") or a title's suffix ("…实施方案（类型二）")."""
    stated = terms_entry("application_type.stated")
    found = []
    for unit in units:
        text = clean_name(unit.text)
        for m in stated.finditer(text):
            if named := _type_named(m.group(), pack):
                found.append((named[0], Evidence(text=_clause(text, m.start(), m.end() - m.start()), loc=unit.loc)))
    return found


def _phrase_quotes(units: list[Unit], phrases: list[str]) -> list[Evidence]:
    """A quote of each unit that uses one of ``phrases`` as a claim (not "揭榜挂帅方式向成员发布子课题")."""
    not_a_claim = terms_entry("application_type.not_a_claim")
    quotes = []
    for unit in units:
        compact_text = clean_name(unit.text)
        for phrase in phrases:
            pos = compact_text.find(phrase)
            if pos >= 0 and not not_a_claim.search(clause := _clause(compact_text, pos, len(phrase))):
                quotes.append(Evidence(text=clause, loc=unit.loc))
                break
    return quotes


def _standing_quotes(units: list[Unit], spec: ApplicationType, declaration: Evidence) -> list[Evidence]:
    """Where else the plan shows the standing its declared type rests on with the type's own wording (类型一's
    成功揭榜…榜单): a cover cell saying only "类型Ⅰ" leaves that to the body, and the check needs it quoted.
    The fullest wording comes first, before passing mentions ("围绕揭榜任务"). A standing the lead holds
    (类型二's 科技领军企业) is read with the lead, not here."""
    wording = [p for p in spec.phrases if any(e in p for e in spec.evidence_phrases)]
    quotes = [q for q in _phrase_quotes(units, wording) if q.loc != declaration.loc]
    quotes.sort(key=lambda q: -sum(p in q.text for p in wording))
    return quotes[:MAX_STANDING_QUOTES]


def application_type(units: list[Unit], pack: RulePack) -> TextField:
    """Declared type (申报类型：类型二 / 第二类, a sentence or a title suffix saying so) first, quoted with where the
    plan shows the type's standing; else the wording that marks one type, less sure. Two different declared
    types leave the value open (source ``conflict``) with a quote of each, for a reviewer to settle."""
    declared = [found] if (found := _labelled_type(units, pack)) else []
    declared += _stated_types(units, pack)
    if declared:
        names = list(dict.fromkeys(name for name, _ in declared))
        if len(names) > 1:
            quotes = [next(ev for name, ev in declared if name == n) for n in names]
            return TextField(evidence=quotes, source=CONFLICT)
        spec = next(spec for spec in pack.application_types if spec.name == names[0])
        return _field(names[0], [declared[0][1], *_standing_quotes(units, spec, declared[0][1])])
    hits = {spec.name: quotes for spec in pack.application_types if (quotes := _phrase_quotes(units, spec.phrases))}
    if len(hits) == 1:
        name, evidence = next(iter(hits.items()))
        return _field(name, evidence[:3], 0.6)
    return TextField()


def _clause(text: str, start: int, length: int) -> str:
    return clause_around(text, start, start + length)


def submission_date(cover: list[Unit], tail: list[Unit]) -> TextField:
    """The date the plan is signed, as YYYY-MM-DD, or YYYY-MM when only the month is given: the cover's date and
    the last date line at the end; when both are there, the later (a cover's 编制日期 of the 16th above a signature
    of the 22nd was signed on the 22nd), and a day over a month-only date of the same month. At the end a date
    counts only on a line of its own once the cover has one, so a schedule's "2025年12月31日前完成…" is no date."""
    written = _first_date(cover, date_line_only=False)
    signed = _first_date(list(reversed(tail)), date_line_only=written is not None)
    if written is None or signed is None:
        return written or signed or TextField()
    return max((written, signed), key=lambda field: (field.value[:7], len(field.value), field.value))


def _first_date(units: list[Unit], date_line_only: bool) -> TextField | None:
    """The first date in ``units`` (a month inside a sentence is none); with ``date_line_only``, only a date that
    ends its line (a signature's "（盖章）2022年11月17日")."""
    for unit in units:
        compact = clean_name(unit.text)
        m = (_DATE.search(compact) or _DOTTED_DATE.search(compact) or _MONTH_LINE.fullmatch(compact)
             or _SHORT_DOTTED_DATE.fullmatch(compact))
        if m is None or not (year := digit_by_digit(m.group(1))).isdigit():
            continue
        if date_line_only and compact[m.end():].strip(_DATE_LINE_END):
            continue
        day = f"-{count_value(m.group(3)):02d}" if m.re is not _MONTH_LINE else ""
        value = f"{int(year) + (CENTURY if len(year) == 2 else 0):04d}-{count_value(m.group(2)):02d}{day}"
        return _field(value, [Evidence(text=m.group() if len(compact) > 160 else compact, loc=unit.loc)])
    return None


def _names_lead(text: str, names: tuple[str, ...]) -> bool:
    """Whether a compact text names the lead by its name or a short form of it."""
    return any(name and name in text for name in names)


def lead_active_projects(units: list[Unit], lead: str | None, short: tuple[str, ...] = ()) -> TextField:
    """How many 尖兵/领雁 projects the lead has in research, when the plan states it ("N项").

    The sentence must be about the lead: it names the lead (or 牵头), or it speaks of "公司/该企业"
    right after a passage that names the lead (a paragraph a page break may have cut in two).
    """
    previous_about_lead = False
    unfinished = ""
    names = (lead or "", *short)
    listed = _lead_list_items(units, names)
    for i, unit in enumerate(units):
        carried = len(unfinished)
        compact = unfinished + clean_name(unit.text)
        unfinished = _unfinished_sentence(compact)
        names_lead = bool(_names_lead_or_mark(compact, names) or i in listed)
        m = terms_entry("research_projects.active").search(compact)
        if m and (names_lead or (previous_about_lead and _speaks_of_the_company(compact, m.start()))):
            count, end = _with_other_programme(compact, m)
            quotes = [_quote_own_part(compact, carried, m.start(), end, unit)]
            if end == m.end() and (elsewhere := _other_programme_later(units, i, m, names, listed)):
                count, quotes = count + elsewhere[0], [*quotes, elsewhere[1]]
            return _field(f"{count}项", quotes)
        if names_lead and (m := terms_entry("research_projects.none_active").search(compact)):
            return _field("0项", [_quote_own_part(compact, carried, m.start(), m.end(), unit)])
        previous_about_lead = names_lead
    return _project_table_rows(units, names) or TextField()


def _names_lead_or_mark(text: str, names: tuple[str, ...]) -> bool:
    """Whether a compact text speaks of the lead: by its name, a short form, or 牵头单位."""
    return bool(terms_entry("lead.mark").search(text) or _names_lead(text, names))


def _lead_list_items(units: list[Unit], names: tuple[str, ...]) -> set[int]:
    """The units that are items of a list a passage about the lead opens ("新安江种猪…主要科研业绩如下：" then
    "在研省“尖兵”研发攻关计划项目1项；" …): what they state is the lead's. A list runs to its first item that ends
    a sentence, or to a heading or table."""
    items: set[int] = set()
    open_list = False
    for i, unit in enumerate(units):
        text = clean_name(unit.text)
        if open_list and isinstance(unit.block, Paragraph) and not unit.loc.table:
            items.add(i)
            open_list = not text.endswith("。")
            continue
        open_list = text.endswith(("：", ":")) and _names_lead_or_mark(text, names)
    return items


def _project_table_rows(units: list[Unit], names: tuple[str, ...]) -> TextField | None:
    """The lead's 尖兵/领雁 projects counted row by row in a table of its projects ("表1 牵头单位承担省级以上科技计划
    项目情况": 计划类别 | 状态 在研) when no sentence gives the number; each counted row's 计划类别 cell quoted."""
    rows: dict[tuple[int, int], list[Unit]] = {}
    about_lead: dict[int, bool] = {}  # by table block: whether the paragraph above it speaks of the lead
    previous: Unit | None = None
    for unit in units:
        if unit.loc.table:
            if unit.loc.block not in about_lead:
                caption = clean_name(previous.text) if previous is not None and not previous.loc.table else ""
                about_lead[unit.loc.block] = bool(_names_lead(caption, names) or terms_entry("lead.role_word").search(caption))
            rows.setdefault((unit.loc.block, unit.loc.table["row"]), []).append(unit)
        previous = unit
    programme, in_research = terms_entry("research_projects.programme"), terms_entry("research_projects.in_research")
    closed = terms_entry("research_projects.closed")
    listed: dict[int, list[tuple[list[Unit], bool | None]]] = {}  # a table's programme rows: running, ended, or unsaid
    for (block, _), cells in rows.items():
        text = "".join(clean_name(c.text) for c in cells)
        if about_lead[block] and programme.search(text):
            state = False if closed.search(text) else True if in_research.search(text) else None
            listed.setdefault(block, []).append((cells, state))
    table = max(listed.values(), key=len, default=[])
    running = [cells for cells, state in table if state]
    quotes = [next(c for c in cells if programme.search(clean_name(c.text))).evidence() for cells in running]
    if any(state is None for _, state in table):  # a row whose status is not said: a reviewer counts
        return _field(None, [next(c for c in cells if programme.search(clean_name(c.text))).evidence()
                             for cells, _ in table])
    return _field(f"{len(running)}项", quotes) if running else None


def _other_programme_later(units: list[Unit], start: int, m: re.Match[str], names: tuple[str, ...],
                           listed: set[int]) -> tuple[int, Evidence] | None:
    """The other programme's count a passage about the lead from ``units[start]`` (the first count's own) on gives,
    when the first count named only one of 尖兵/领雁 ("承担在研尖兵项目2项" in the body, "还承担在研领雁项目2项" in a
    later sentence, a note or the next item of a list): the 指引's limit is on both. The clause after the count may say it is running ("新立项领雁
    项目两项，目前均在实施中")."""
    named = {p.group() for p in terms_entry("research_projects.programme").finditer(m.group())}
    if len(named) != 1:
        return None
    in_research, closed = terms_entry("research_projects.in_research"), terms_entry("research_projects.closed")
    for i in range(start, len(units)):
        unit = units[i]
        compact = clean_name(unit.text)
        if not (_names_lead(compact, names) or i in listed):
            continue
        for other in terms_entry("research_projects.count").finditer(compact):
            said_end = clause_end(compact, other.end())
            clause = compact[clause_start(compact, other.start()):clause_end(compact, said_end + 1)]
            if other.group("programme") not in named and in_research.search(clause) and not closed.search(clause):
                return count_value(other.group("count")), Evidence(text=clause, loc=unit.loc)
    return None


def _with_other_programme(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The count a match states, plus the other programme's count when the match names only one of 尖兵/领雁 and
    the sentence goes on to the other ("尖兵2项，另有在研领雁2项" is 4): the 指引's limit is on both together.
    Also where the counted words end, for the quote."""
    count = count_value(next(g for g in m.groups() if g))
    named = {p.group() for p in terms_entry("research_projects.programme").finditer(m.group())}
    if len(named) != 1:
        return count, m.end()
    stop = sentence_end(text, m.end())
    closed = terms_entry("research_projects.closed")
    for other in terms_entry("research_projects.count").finditer(text[m.end():stop]):
        start, end = m.end() + other.start(), m.end() + other.end()
        clause = text[start:clause_end(text, end)]
        if other.group("programme") not in named and not closed.search(clause):
            return count + count_value(other.group("count")), end
    return count, m.end()


def _quote_own_part(compact: str, carried: int, start: int, end: int, unit: Unit) -> Evidence:
    """The clause of a match in ``unit``'s own text: a sentence carried over from the unit before is context
    for the match, not part of what this unit says."""
    own = compact[carried:]
    begin = max(start - carried, 0)
    return Evidence(text=_clause(own, begin, max(end - carried - begin, 1)), loc=unit.loc)


def _unfinished_sentence(text: str) -> str:
    """The sentence a unit breaks off in ("…产品覆盖800余家医院，在研" | "省“尖兵”项目3项。"), to read it whole."""
    return text[sentence_start(text, len(text)):]


def _speaks_of_the_company(text: str, pos: int) -> bool:
    """Whether the sentence holding ``pos`` opens with "公司/该企业/其" as its subject, or goes on from a first
    sentence that does with no unit named in between ("该公司于2021年被认定为…；目前在研…2项")."""
    start = sentence_start(text, pos)
    subject = terms_entry("lead.self_reference")
    return bool(subject.search(text[start:]) or (subject.search(text) and not find_org_names(text[:pos])))


def _titles_another_unit(text: str, start: int, end: int, lead: str | None) -> bool:
    """Whether the title at ``text[start:end]`` is said of a unit other than the lead: the unit named right
    after it ("联合省科技领军企业浙江华宇精细化工股份有限公司"), the subject it is predicated of
    ("成员单位杭州乙电子有限公司为省科技领军企业"), or the lead's parent ("集团公司2021年被认定为…")."""
    def other(name: str) -> bool:
        return not (lead and clean_name(lead) in name)

    after = find_org_names(text[end:end + MAX_NAME_AFTER_TITLE])
    if after and after[0].start == 0 and other(after[0].name):
        return True
    opening = clause_start(text, start)
    parent = terms_entry("standing.parent_subject").search(text[opening:start])
    if parent and not ("集团" in parent.group() and lead and "集团" in lead):  # a 集团 lead may call itself 集团
        return True
    before = find_org_names(text[opening:start])
    if not before:
        return False
    link = text[opening + before[-1].end:start]
    return len(link) <= MAX_LINK_TO_TITLE and bool(terms_entry("standing.predicate").search(link)) and other(before[-1].name)


def _aspired(text: str, end: int) -> bool:
    """Whether the clause ending at ``end`` only aims at the title ("力争三年内成为省科技领军企业")."""
    start = clause_start(text, end)
    return terms_entry("standing.unfulfilled").search(text[start:end]) is not None


def _defines_category(text: str, pos: int, length: int) -> bool:
    """Whether the title at ``text[pos:pos + length]`` is part of the call's words for a type
    ("类型二（省科技领军企业、科技小巨人牵头组建的…联合体）"), not a description of this plan's lead."""
    definition = terms_entry("standing.category_definition").search(text[pos:])
    return definition is not None and definition.start() < length


def _qualifying_titles(found: list[tuple[Unit, str]], terms: list[str],
                       lead: str | None) -> Iterator[tuple[Unit, str, int, str]]:
    """(unit, compact text, position, term) of each qualifying title (科技领军企业 …) that is held, not denied,
    a city's or district's, aimed at, only being groomed for (培育), a type's definition or another unit's."""
    for unit, compact in found:
        for term in terms:
            for pos in (m.start() for m in re.finditer(re.escape(term), compact)):
                if not (re.search(r"(?:不是|非|尚未|未被?认定)$", compact[max(0, pos - 4):pos])
                        or terms_entry("standing.local_level").search(compact[:pos])
                        or _aspired(compact, pos + len(term))
                        or terms_entry("standing.in_cultivation").search(compact[pos + len(term):])
                        or _defines_category(compact, pos, len(term))
                        or _titles_another_unit(compact, pos, pos + len(term), lead)):
                    yield unit, compact, pos, term


def lead_qualification(units: list[Unit], pack: RulePack, lead: str | None, short: tuple[str, ...] = ()) -> TextField:
    """How the plan describes the lead's standing, quoted where it says so: a qualifying one (科技领军企业 …)
    in a passage about the lead wins; else the other titles it gives the lead ("X是国家高新技术企业"), so a
    check can show them — unless a qualifying title stands elsewhere in the plan, given to no one else
    ("公司于2021年被认定为省科技领军企业"): then the other titles settle nothing."""
    terms = sorted(pack.lead_qualifications, key=len, reverse=True)
    names = (lead or "", *short)
    about_lead = _about_lead(units, names)
    about_lead.sort(key=lambda found: not _names_lead(found[1], names))  # sentences naming the lead first
    for unit, compact, pos, term in _qualifying_titles(about_lead, terms, lead):
        return _field(term, [Evidence(text=_clause(compact, pos, len(term)), loc=unit.loc)])
    elsewhere = [(unit, clean_name(unit.text)) for unit in units if not _on_another_units_row(unit, names)]
    if next(_qualifying_titles(elsewhere, terms, lead), None):
        return TextField()
    return _other_titles(about_lead, names)


def _about_lead(units: list[Unit], names: tuple[str, ...]) -> list[tuple[Unit, str]]:
    """(unit, compact text) of the units about the lead: naming it, 牵头 or its role (申报单位), a cell on its table row, or a unit
    speaking of "该公司/其" right after one that names the lead and no other unit — a footnote on the lead's
    name is read there ("该公司于2021年被认定为浙江省科技领军企业")."""
    found = []
    previous_only_lead = False
    subject = terms_entry("lead.self_reference")
    for unit in units:
        compact = clean_name(unit.text)
        names_lead = bool(terms_entry("lead.mark").search(unit.text) or _names_lead(compact, names)
                          or terms_entry("lead.role_word").search(compact))
        if names_lead or _on_lead_row(unit, names) or (previous_only_lead and subject.search(compact)):
            found.append((unit, compact))
        previous_only_lead = names_lead and all(_names_lead(hit.name, names) for hit in find_org_names(compact))
    return found


def _other_titles(about_lead: list[tuple[Unit, str]], names: tuple[str, ...]) -> TextField:
    """The titles a sentence gives the lead ("X是国家高新技术企业、省级骨干农业龙头企业"), also after a note in
    brackets ("X（以下简称“睿谱”）是…") or clauses about something else ("X成立于2014年，注册于钱塘区，是…") as long
    as they name no other unit."""
    subject = "(?:" + "|".join([*(re.escape(n) for n in names if n), *_role_words()]) + ")"
    said = re.compile(rf"{subject}(?:[（(][^（）()]{{0,30}}[)）])?(?P<gap>[^。；;]{{0,40}}?[，,])?(?:目前|现)?"
                      rf"(?:是|系|为|属于|已被认定为|被认定为)(?:一家|国内|省内)?(?P<titles>[^，,。；;]+)")
    other_title = terms_entry("standing.other_title")
    for unit, compact in about_lead:
        for m in said.finditer(compact):
            if m.group("gap") and find_org_names(m.group("gap")):
                continue
            titles = [t for t in _STANDING_LIST_SEP.split(m.group("titles")) if other_title.search(t)]
            if titles:
                return _field("、".join(titles), [Evidence(text=_clause(compact, m.start(), m.end() - m.start()),
                                                          loc=unit.loc)])
    return TextField()

