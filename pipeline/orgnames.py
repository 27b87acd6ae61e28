"""Organisation names found character by character, and what kind of unit each is.

jieba cuts 有限责任公司 into pieces, so names are matched on characters: a run
of name characters that ends in an organisation suffix. Lists join names with
、/和/与/及, yet real names contain those too (浙江省检验检测与认证研究院), so a
connector splits only where the text before it is already a complete name.
A unit's kind follows what the plan says it is (单位性质 column, "作为…机构")
before its name's suffix, with the kind words taken from the rule pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.rulepack import RulePack
from pipeline.submission import MemberKind, unit_key
from pipeline.terms import compact, term

_TRAILING_PLACE = re.compile(r"[（(]([^（）()]{1,6})[)）]$")

_NAME_CHAR = r"\u4e00-\u9fffA-Za-z0-9（）()·"
_RUN_RE = re.compile(f"[{_NAME_CHAR}]+")
MAX_KIND_NOTE = 16  # characters of a note after a name, brackets included (（第三方检验检测机构）)
_NOTE_NUMBER = re.compile(r"\d{1,2}(?!\d)")
MIN_STEM = 2  # characters a name needs before its suffix (之江实验室, 西湖大学)


@cache
def _words(entry: str) -> tuple[str, ...]:
    """An org_names entry's words as terms.yaml lists them, for ``startswith``; read once."""
    return tuple(term(f"org_names.{entry}").words)


@cache
def org_suffixes() -> tuple[str, ...]:
    """How organisation names end, longest first, so 股份有限公司 is tried before 公司."""
    return tuple(sorted(_words("suffixes"), key=len, reverse=True))


_PAREN_TAIL = re.compile(r"[（(][^（）()]*[）)]$")


@dataclass(frozen=True)
class NameHit:
    """One organisation name found in a text, with its character span; ``held`` marks a platform that a
    unit has (after 拥有/建有/依托…) rather than a unit."""

    name: str
    start: int
    end: int
    held: bool = False


def government_office(text: str) -> str | None:
    """The first government office ``text`` names right after 由/请 or a colon, or None: not a member unit, so
    the organisation names leave it out, yet it says whose head holds a post."""
    match = term("org_names.government_office").search(text)
    return match.group(1) if match else None


def clean_name(text: str) -> str:
    """The name as written, whitespace removed (the contract's form)."""
    return compact(text)


def is_generic(name: str) -> bool:
    """Whether ``name`` is a common noun phrase ending in an organisation word (示范数据中心), a company named only by
    its relation to another (台湾母公司), or a stretch of prose that happens to end in one (产品在成员医院, 研制的…
    中心): a name has no 的."""
    name = clean_name(name)
    return name.startswith(_words("generic_openers")) or "的" in name or bool(term("org_names.relation_only").search(name))


def university_of(name: str) -> str | None:
    """The university a school belongs to (浙江大学医学院 → 浙江大学); None for other names, independent
    colleges included (浙江大学城市学院 is a unit of its own)."""
    name = clean_name(name)
    if name in _words("independent_colleges"):
        return None
    m = term("org_names.university_school").search(name)
    return m.group(1) if m else None


def ends_with_suffix(name: str) -> bool:
    """Whether ``name`` ends as an organisation's name does; a place in brackets after it ("国家光伏产品质量检验检测
    中心（浙江）") is part of the name."""
    name = without_trailing_place(clean_name(name))
    return any(name.endswith(s) and len(name) >= len(s) + MIN_STEM for s in org_suffixes())


def without_trailing_place(name: str) -> str:
    """``name`` without a place in brackets at its end ("…检验检测中心（浙江）" → "…检验检测中心"), which people
    drop when they write the name."""
    place = _TRAILING_PLACE.search(name)
    return name[: place.start()] if place and term("org_names.regions").regex.fullmatch(place.group(1)) else name


def _suffix_ends(run: str, start: int) -> list[int]:
    """Positions in ``run`` where a complete name starting at ``start`` could end."""
    ends = set()
    for suffix in org_suffixes():
        pos = run.find(suffix, start)
        while pos >= 0:
            if pos - start >= MIN_STEM:
                ends.add(pos + len(suffix))
            pos = run.find(suffix, pos + 1)
    return sorted(ends)


@cache
def _opener_words() -> tuple[str, ...]:
    """Words that may stand before a name and are skipped there, in the order they are tried."""
    return (*_words("left_openers"), *_words("holding_verbs"), *_words("connectors"))


def _skip_openers(run: str, pos: int) -> tuple[int, bool]:
    """Move ``pos`` past list openers, holding verbs, connectors and enumerators at the start of a name
    (not the 联合 of 联合体, which opens a common noun); also say whether a holding verb was among them."""
    moved, held = True, False
    while moved:
        moved = False
        if number := term("org_names.enumerator").prefix(run[pos:]):
            pos, moved = pos + len(number), True
        if run.startswith(("）", ")"), pos):  # the close of a note before it: "（以下简称“文保院”）和X"
            pos, moved = pos + 1, True
        openers = _opener_words()
        if not run.startswith(openers, pos):  # the usual case, settled in one call
            continue
        for word in openers:
            if run.startswith(word, pos) and not term("org_names.not_an_opener").prefix(run[pos:]):
                pos, moved, held = pos + len(word), True, held or word in _words("holding_verbs")
                break
    return pos, held


def _last_opener(run: str, start: int, end: int) -> int:
    """Start of the name ending at ``end``: just after the last opener word inside it."""
    best = start
    for word in _words("left_openers"):
        pos = run.rfind(word, start, end)
        while pos >= 0:
            after = pos + len(word)
            if after > best and ends_with_suffix(run[after:end]):
                best = after
                break
            pos = run.rfind(word, start, pos)
    return best


def _connector_at(run: str, pos: int) -> str | None:
    """The connector at ``pos``, with a note number in front of it (浙江大学¹和… as a PDF gives it: 浙江大学1和…)."""
    note = _NOTE_NUMBER.match(run, pos)
    at = note.end() if note else pos
    conn = next((c for c in _words("connectors") if run.startswith(c, at)), None)
    return run[pos:at] + conn if conn else None


def _past_closing(run: str, start: int, stop: int) -> int | None:
    """Just past the first bracket in ``run[start:stop]`` when that bracket closes a note, else None: the end
    of a note whose opening lies before ``start``, with no other bracket in between."""
    bracket = next((i for i in range(start, min(len(run), stop)) if run[i] in "（()）"), None)
    return bracket + 1 if bracket is not None and run[bracket] in "）)" else None


def _past_kind_note(run: str, pos: int) -> int:
    """Past a short bracketed note that follows a name ("X有限公司（企业）和Y"), so the connector after it is seen."""
    if not run.startswith(("（", "("), pos):
        return pos
    return _past_closing(run, pos + 1, pos + MAX_KIND_NOTE) or pos


def _names_in_run(run: str, listed_after_held: bool = False) -> tuple[list[tuple[int, int, bool]], bool]:
    """Spans of the names in one run of name characters, each flagged when it follows a holding verb
    directly or through a list (拥有A和B, 拥有A、B: both held), and whether the run ends after such a verb
    (``listed_after_held`` carries that over a 、 into the next run)."""
    spans: list[tuple[int, int, bool]] = []
    pos, held = _skip_openers(run, _past_note_tail(run))
    held = held or listed_after_held
    while pos < len(run):
        ends = _suffix_ends(run, pos)
        if not ends:
            break
        end = ends[0]
        for nxt in ends[1:]:
            between = run[end:nxt]
            if _connector_at(run, _past_kind_note(run, end)) or term("org_names.name_stops").search(between):
                break
            end = nxt
        start = _last_opener(run, pos, end)
        spans.append((start, end, held))
        noted = _past_kind_note(run, end)
        conn = _connector_at(run, noted)
        if conn:
            pos, held_next = _skip_openers(run, noted + len(conn))
            held = held or held_next
            continue
        stop = term("org_names.name_stops").search(run[end:])  # a run holds no whitespace: positions carry over
        if not stop:
            break
        held = stop.group() in _words("holding_verbs")
        opening = _next_opening(run, end + stop.end())
        if opening is None:
            break
        pos, held_next = _skip_openers(run, opening)
        held = held or held_next
    return spans, held


def _past_note_tail(run: str) -> int:
    """Where a run's text starts being its own: past a bracket closed before any opens, the tail of a note
    opened before the run ("（以下简称“舟能氢港”，企业）和X公司" gives the run "企业）和X公司")."""
    return _past_closing(run, 0, len(run)) or 0


def _next_opening(run: str, pos: int) -> int | None:
    """After prose that follows a name ("牵头，联合…"), where the next listed name begins."""
    best = None
    for word in (*_words("left_openers"), *_words("list_resumers")):
        found = run.find(word, pos)
        if found >= 0 and (best is None or found < best[0]):
            best = (found, found + len(word))
    return best[1] if best else None


def find_org_names(text: str) -> list[NameHit]:
    """Every organisation name in ``text`` with its span, in order of appearance."""
    hits: list[NameHit] = []
    previous_end, tail_held = 0, False
    for run in _RUN_RE.finditer(text):
        listed_after_held = tail_held and text[previous_end:run.start()].strip() == "、"
        spans, tail_held = _names_in_run(run.group(), listed_after_held)
        previous_end = run.end()
        for start, end, held in spans:
            name = _trim_brackets(run.group()[start:end])
            offset = run.start() + start + (end - start - len(name))
            if ends_with_suffix(name) and not is_generic(name):
                hits.append(NameHit(name, offset, run.start() + end, held))
    return _tails_rejoined(text, hits)


def _tails_rejoined(text: str, hits: list[NameHit]) -> list[NameHit]:
    """The hits with each tail that cannot be a name on its own ("（浙江）有限公司": a place and a legal form)
    joined back to the name right before it, across the stray list comma that cut it off; a tail with no name
    before it is left out."""
    joined: list[NameHit] = []
    for hit in hits:
        if not term("org_names.name_tail").search(hit.name):
            joined.append(hit)
        elif joined and term("org_names.name_tail").search(text[joined[-1].end:hit.end]):
            last = joined.pop()
            joined.append(NameHit(last.name + hit.name, last.start, hit.end, last.held))
    return joined


def _trim_brackets(name: str) -> str:
    """Drop an unmatched closing bracket left of the name, e.g. from "（1）" enumerators, and what comes before an
    opening bracket never closed: "建德市（浙江睿涂工业防护科技有限公司、…位于杭州市区）" names the company only."""
    while name and name[0] in "）)":
        name = name[1:]
    unclosed = max(name.rfind("（"), name.rfind("("))
    if unclosed >= 0 and not any(mark in name[unclosed:] for mark in "）)"):
        name = name[unclosed + 1:]
    return name


# --- kinds -------------------------------------------------------------------------------



def _kind_by_words(text: str, pack: RulePack, at_end: bool) -> MemberKind | None:
    """The kind whose word matches ``text`` best: the longest word (at its end when ``at_end``)."""
    best: tuple[int, MemberKind] | None = None
    for kind, spec in pack.member_kinds.items():
        for word in (spec.label, *spec.words):
            hit = text.endswith(word) if at_end else word in text
            if hit and (best is None or len(word) > best[0]):
                best = (len(word), kind)  # type: ignore[assignment]
    return best[1] if best else None


def kinds_named(text: str, pack: RulePack) -> set[MemberKind]:
    """Every kind one of whose words ``text`` contains."""
    text = clean_name(text)
    return {kind for kind, spec in pack.member_kinds.items() if any(w in text for w in (spec.label, *spec.words))}




_NOTE_PARTS = re.compile(r"[，,；;]")


def described_kind(description: str | None, pack: RulePack) -> MemberKind | None:
    """What a 单位性质 cell or a phrase such as "国内领先的检验检测服务机构" says a unit is; a note whose first part
    names a kind ("企业，光电检测模块", "高校，依托其重点实验室参与") is settled by it, not by words about its work."""
    if not description:
        return None
    text = term("org_names.form_without_kind").remove(description)
    first = _NOTE_PARTS.split(text, maxsplit=1)[0]
    return (first != text and _kind_by_words(first, pack, at_end=False)) or _kind_by_words(text, pack, at_end=False)


def context_description(context: str | None) -> str | None:
    """The phrase right after a name that says what it is: "（检验检测机构）", "作为…机构" or "为…机构"."""
    if not context:
        return None
    context = context.strip()
    noted = next(term("org_names.short_form_note").located(context), None)
    if noted and noted[0].group(1):
        return noted[0].group(1)  # "（以下简称“特检院”，检验检测机构）"
    context = context[noted[2]:] if noted else context
    if noted and (after_note := term("org_names.noted_description").search(context)):
        return after_note.group(1)  # "X（以下简称“机电院”），转制科研院所，负责…"
    if labelled := (term("org_names.labelled_description").search(context)
                    or term("org_names.predicated_description").search(context)):
        return labelled.group(1)
    m = term("org_names.description").search(context.strip().lstrip("，,：:"))
    if not m:
        return None
    return m.group(1) or m.group(2)


def classify_kind(name: str, described_as: str | None, context: str | None, pack: RulePack) -> MemberKind:
    """Kind of a member: what the plan says first, then the name's ending, then any kind word in it; a
    partnership's legal form says nothing of its kind, its business (投资, 检测…) does."""
    for said in (described_as, context_description(context)):
        kind = described_kind(said, pack)
        if kind:
            return kind
    bare = _PAREN_TAIL.sub("", clean_name(name)) or clean_name(name)
    business = term("org_names.partnership").remove(bare)  # 创业投资合伙企业 is named for its business: a fund
    if business != bare and (kind := _kind_by_words(business, pack, at_end=False)):
        return kind
    return _kind_by_words(bare, pack, at_end=True) or _kind_by_words(bare, pack, at_end=False) or "other"


# --- short forms --------------------------------------------------------------------------

MIN_SHORT_FORM = 2  # characters of a contiguous short form (氢途 for 杭州氢途新能源科技股份有限公司)
MIN_ABBREVIATION = 3  # characters of an abbreviation taken in order (浙工大 for 浙江工业大学)


def _in_order(short: str, name: str) -> bool:
    """Whether every character of ``short`` occurs in ``name`` in the same order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def units_shortened(short: str, names: dict[str, str]) -> list[str]:
    """The units of ``names`` (by their unit_key) that ``short`` is a plan's short name for (清和研究院 for 浙江清和新材料研究院): the
    same kind of unit by its suffix, and a stem of its own, places dropped, inside the full stem — so 浙江大学,
    whose stem is only a place, shortens no 浙江理工大学. The short form is taken apart once for all ``names``
    (a member table of thousands of rows asks this of every name)."""
    key = unit_key(short)
    suffix = next((s for s in org_suffixes() if key.endswith(s)), None)
    if suffix is None:
        return []
    with_form = [name for full, name in names.items() if full != key and _legal_form_added(key, full)]
    if with_form:  # "浙江省机电设计研究院" for 浙江省机电设计研究院有限公司: the name without its legal form
        return with_form
    stem = key[: -len(suffix)]
    while place := term("org_names.regions").prefix(stem):
        stem = stem[len(place):]
    if len(stem) < MIN_SHORT_FORM:
        return []
    cores = {full: _without_legal_form(full) for full in names}  # 航密研究院 for 杭州航密科技研究院有限公司
    return [name for full, name in names.items()
            if full != key and (core := cores[full]).endswith(suffix) and stem in core[: -len(suffix)]]


@lru_cache(maxsize=1)
def _legal_forms() -> tuple[str, ...]:
    """The words of a company's legal form (有限公司, 股份有限公司…)."""
    return tuple(w for form in ("share", "limited") for w in term(f"org_names.legal_forms.{form}").words)


def _legal_form_added(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with a company's legal form after it (…研究院 → …研究院有限公司)."""
    rest = full[len(short):] if full.startswith(short) else ""
    return bool(rest) and rest in _legal_forms()


def _without_legal_form(name: str) -> str:
    """The name without the company form closing it (…检验站有限公司 → …检验站); others as they are."""
    form = max((w for w in _legal_forms() if name.endswith(w) and len(w) < len(name)), key=len, default="")
    return name[: len(name) - len(form)]


def refers_to(mention: str, name: str) -> bool:
    """Whether ``mention`` can name the unit ``name``: its full name, a contiguous short form
    (新硅源 in 浙江新硅源化工股份有限公司), or an abbreviation keeping characters in order (浙工大, 有机硅所)."""
    short, full = unit_key(mention), unit_key(name)
    if len(short) < MIN_SHORT_FORM or short in org_suffixes():
        return False
    return short in full or (len(short) >= MIN_ABBREVIATION and _in_order(short, full))


def unit_named(mention: str, names: list[str]) -> str | None:
    """The one unit among ``names`` that ``mention`` names; a unit's whole name outranks a longer name holding it
    (浙江大学 beside 浙江大学医学院附属第一医院), a contiguous match an abbreviation, and a mention fitting several
    units equally (浙江, 科技) names none."""
    key = unit_key(mention)
    for fits in ([n for n in names if unit_key(n) == key], [n for n in names if key in unit_key(n)],
                 [n for n in names if refers_to(mention, n)]):
        if len(fits) == 1 and refers_to(mention, fits[0]):
            return fits[0]
        if fits:
            return None
    return None


# --- one unit written two ways -----------------------------------------------------------

MIN_CORE = 4  # characters of 字号 and trade left after a region is dropped (神域脑机科技)
_BRACKETED = re.compile(r"\(([^()]+)\)$")


@cache
def _legal_forms() -> tuple[str, ...]:
    """Company legal forms, longest first, so 股份有限公司 is not read as 有限公司."""
    return tuple(sorted((*_words("legal_forms.share"), *_words("legal_forms.limited")), key=len, reverse=True))


@dataclass(frozen=True)
class _CompanyName:
    regions: frozenset[str]
    core: str
    form: str


def _region_key(region: str) -> str:
    return term("org_names.region_level").remove(region) or region


def _company(name: str) -> _CompanyName | None:
    """A company name split into its places (leading, or bracketed before the form), core and legal form."""
    key = unit_key(name).casefold()
    form = next((f for f in _legal_forms() if key.endswith(f)), None)
    if form is None:
        return None
    limited = _words("legal_forms.limited")
    regions = term("org_names.regions")
    core, places = key[: -len(form)], set()
    if (bracket := _BRACKETED.search(core)) and regions.prefix(bracket.group(1)) == bracket.group(1):
        places.add(_region_key(bracket.group(1)))
        core = core[: bracket.start()]
    while (lead := regions.prefix(core)) and len(core) - len(lead) >= MIN_CORE:
        places.add(_region_key(lead))
        core = core[len(lead):]
    return _CompanyName(frozenset(places), core, limited[0] if form in limited else form)


MIN_IMPLIED_SHORT_FORM = 3  # characters of a core a plan may use alone (芯元微电子, 类脉生物)


def defined_short_forms(texts: Iterable[str]) -> dict[str, str]:
    """Each short form the texts define, with the full name written right before its note."""
    defined: dict[str, str] = {}
    for text in texts:
        for short, full in short_forms_defined_in(text):
            defined.setdefault(short, full)
    return defined


@lru_cache(maxsize=4096)
def short_forms_defined_in(text: str) -> tuple[tuple[str, str], ...]:
    """One text's (以下简称…) notes with their full names. Cached: the lead, the members and the council each
    ask of the same units, and finding the name before a note scans for organisation names."""
    compact = clean_name(text)
    found = []
    for m in term("org_names.short_form_defined").finditer(compact):
        names = [h for h in find_org_names(compact[: m.start()]) if h.end == m.start()]
        if names:
            found.append((m.group(1), names[-1].name))
    return tuple(found)


def short_forms(name: str, texts: Iterable[str]) -> list[str]:
    """What a plan may call a company for short: the forms it defines for it, and the name's core without its
    places and legal form, with and without a trailing trade word (杭州类脉生物科技有限公司 → 类脉生物科技, 类脉生物)."""
    forms = [short for short, full in defined_short_forms(texts).items() if same_unit(full, name)]
    if company := _company(name):
        forms += [company.core, term("org_names.trade_word").remove(company.core)]
    return [f for f in dict.fromkeys(forms) if len(f) >= MIN_IMPLIED_SHORT_FORM and f != unit_key(name)]


def same_unit(a: str, b: str) -> bool:
    """Whether two written names are one unit: identical but for whitespace and bracket width, or one company
    written with its region dropped (杭州神域脑机科技股份有限公司 ~ 神域脑机科技股份有限公司), 有限责任公司 for
    有限公司, or 股份有限公司 for 有限公司 — one of the last two at a time, and never a different core, so two
    companies of one group (…海康威视数字技术… vs …海康威视系统技术…) stay apart. Short names are out of scope."""
    if unit_key(a).casefold() == unit_key(b).casefold():
        return True
    x, y = _company(a), _company(b)
    return x is not None and y is not None and _same_company(x, y)


def _same_company(x: _CompanyName, y: _CompanyName) -> bool:
    if x.core != y.core or not (x.regions <= y.regions or y.regions <= x.regions):
        return False
    region_dropped = x.regions != y.regions
    if x.form == y.form:
        return True
    return not region_dropped and {x.form, y.form} == {_words("legal_forms.share")[0], _words("legal_forms.limited")[0]}


class UnitIndex:
    """Names that others are matched against as ``same_unit`` does, looked up by their key and their company
    core instead of compared one by one, so a member list of thousands against as many signatories stays linear."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._keys: dict[str, str] = {}
        self._companies: dict[str, list[tuple[_CompanyName, str]]] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        self._keys.setdefault(unit_key(name).casefold(), name)
        if (company := _company(name)) is not None:
            self._companies.setdefault(company.core, []).append((company, name))

    def find(self, name: str) -> str | None:
        """The name held here that ``name`` is the same unit as, as it was added."""
        if (held := self._keys.get(unit_key(name).casefold())) is not None:
            return held
        company = _company(name)
        if company is None:
            return None
        return next((held for other, held in self._companies.get(company.core, ()) if _same_company(company, other)),
                    None)

    def __contains__(self, name: str) -> bool:
        return self.find(name) is not None


def legal_form_differs(a: str, b: str) -> bool:
    """Whether two names of one company core differ in legal form (有限公司 / 股份有限公司): the same company after
    a change of form, or another one — which a list that names companies exactly cannot settle on its own."""
    x, y = _company(a), _company(b)
    return x is not None and y is not None and x.form != y.form


def unsigned(members: list[str], signed: list[str]) -> list[str]:
    """The members, in order, that no signatory's name matches (``same_unit``)."""
    index = UnitIndex(signed)
    return [m for m in members if m not in index]
