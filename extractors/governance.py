"""Governance: 理事会 (and who chairs it, who sits on it), 专家咨询委员会, 首席科学家, IP sharing, 意向书.

Plans often say what they do NOT have ("暂不设立理事会，待条件成熟后再成立"),
so a term counts only in a sentence that does not deny or postpone it, and an
explicit denial outweighs any other mention, unless it is a partner's own
("浙江大学不参加理事会", a non-member bank "不签署组建意向书"). A council also needs a sentence
that sets it up (设立理事会, 理事会由…组成, 理事长由…担任): a passing mention
("服从理事会统一调度") in a plan run by a 管理办公室 is no council. A council
given as a table of posts (理事长 | 姓名 | 单位) is read from the table. Every
finding keeps its quote in ``Governance.evidence[<field>]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import jieba

from extractors.council_table import council_table
from pipeline.evidence import Unit
from pipeline.nlp import init_jieba
from pipeline.numerals import count_value
from pipeline.orgnames import clean_name, defined_short_forms, find_org_names, government_office, unit_named
from pipeline.rulepack import RulePack
from pipeline.sentences import clause_end, clause_texts, clauses, sentence_spans, sentences
from pipeline.submission import Evidence, Governance
from pipeline.terms import term as terms_entry

_TITLES = r"董事长|总经理|总裁|执行董事|法定代表人|主要负责人|负责人|院长|校长|所长|主任|首席执行官|CEO|局长|区长|县长|市长|书记"
_RANKS = r"院士|教授|研究员|正高级工程师|高级工程师|博士"
# Words that follow a title or rank without being a name: "由各成员单位主要负责人组成".
_NOT_A_NAME = r"(?!担任|出任|兼任|组成|构成|共同|参加|参与)"
_PERSON_AFTER_TITLE = re.compile(rf"(?:{_TITLES}|{_RANKS}){_NOT_A_NAME}([\u4e00-\u9fff]{{2,3}}?)"
                                 rf"(?:同志|先生|女士|教授|博士)?(?:担任|出任|任|为|$|[，,。（(])")
# "由王立群董事长担任": a person's name right before the title, where a unit's generic word (公司, 单位) is not.
_PERSON_BEFORE_TITLE = re.compile(rf"(?:^|由|请|[：:，,])([\u4e00-\u9fff]{{2,3}}?)(?<![司位业团校学院所方部会局])"
                                  rf"(?:{_TITLES})(?:同志)?(?:担任|出任)")
_PERSON_BEFORE_RANK = re.compile(rf"(?:^|[由请为：:，,、]|担任|聘任)([\u4e00-\u9fff]{{2,3}})(?:{_RANKS})")
# A council listed unit by unit: "理事由A、B、C的负责人担任", "理事会由A、B和C主要负责人组成".
_CHAIR_RUN_ON = 2  # clauses after the post's own that may still say who holds it
# "联合体设理事会": 设 on its own, not inside 建设, 假设, 设计 or 设备.
_BARE_SET_UP = r"(?<![建增假开预陈铺摆])设(?![计备想施])"
# Quote marks in any style, and spaces: “共建共享”, 「共建共享」 and "共建共享" all name the same thing.
_QUOTE_MARKS = re.compile(r"[“”‘’「」『』〝〞＂\"'\s]")


def _set_up(body: str, post: str) -> re.Pattern[str]:
    """Wording that establishes the body (设立理事会, 理事会由…组成, 理事会是…决策机构) or fills its post."""
    return re.compile(
        rf"(?:设立|成立|建立|组建|设置|设有|下设|{_BARE_SET_UP})[^，,。；;]{{0,8}}(?:{body})"
        rf"|(?:{body})(?:成员)?由[^。；;]{{0,60}}?(?:组成|构成)"
        rf"|(?:{body})(?:是|为|作为)[^。；;]{{0,20}}?(?:决策|领导|议事|管理)机构"
        rf"|(?<!副)(?:{post})由[^。；;]{{0,60}}?(?:担任|出任)"
    )


def _sentences(units: list[Unit]) -> Iterator[tuple[Unit, str, int]]:
    for unit in units:
        for sentence, start in sentence_spans(unit.text):
            yield unit, sentence, start


def _denied(sentence: str, term: str) -> bool:
    """Whether the sentence denies or postpones the thing ``term`` names."""
    pos = sentence.find(term)
    before = sentence[max(0, pos - 12):pos]
    return bool(terms_entry("governance.denied_before").search(before) or terms_entry("governance.postponed").search(sentence[:pos]))


def _stays_out(sentence: str, term: str) -> bool:
    """Whether the clause naming ``term`` only keeps a party out of the body ("浙江大学不参加理事会")."""
    pos = sentence.find(term)
    clause = next((m.group() for m in clauses(sentence) if m.start() <= pos < m.end()), "")
    return terms_entry("governance.stays_out").search(clause) is not None


def _mentions(units: list[Unit], terms: list[str]) -> tuple[list[Evidence], list[Evidence]]:
    """(affirming quotes, denying quotes) for sentences naming any of ``terms``; a party staying out of the
    body says neither."""
    yes: list[Evidence] = []
    no: list[Evidence] = []
    for unit, sentence, start in _sentences(units):
        term = next((t for t in terms if t in sentence), None)
        if term is None or _stays_out(sentence, term):
            continue
        quote = unit.evidence(start, start + len(sentence))
        (no if _denied(sentence, term) else yes).append(quote)
    return yes, no


def _decision_body(units: list[Unit]) -> tuple[str, list[Unit]] | None:
    """The council under another name ("联合体设管理委员会，作为联合体重大事项的商议与决策机构") and the units that
    speak of it: the 指引 knows its 理事会 by what it does, and only those units may name its head (主任 …)."""
    found = terms_entry("governance.decision_body")
    for _, sentence, _ in _sentences(units):
        if said := found.search(sentence):
            body = said.group("body")
            while (opener := terms_entry("governance.body_opener").prefix(body)) and len(body) - len(opener) > 3:
                body = body[len(opener):]  # "联合体设管理委员会" is 管理委员会
            return body, [unit for unit in units if body in clean_name(unit.text)]
    return None


def _advisory_committees(units: list[Unit]) -> list[Evidence]:
    """Sentences describing a committee by another name as an advisory body ("技术委员会作为联合体的技术决策咨询机构"):
    the 指引's 专家咨询委员会 is known by what it does, so such a committee counts; one that decides does not."""
    advisory = terms_entry("governance.advisory_committee")
    return [unit.evidence(start, start + len(sentence)) for unit, sentence, start in _sentences(units)
            if advisory.search(sentence)]


@lru_cache(maxsize=64)
def _term_words(term: str) -> tuple[str, ...]:
    init_jieba()
    return tuple(w for w in jieba.lcut(term) if w.strip())


def _named_by(sentence: str, term: str) -> tuple[str, ...]:
    """The words that locate ``term`` in a quote-free sentence: the term itself, or all its words
    when they share one clause in any order ("知识产权由各方共享" names 知识产权共享); () when absent."""
    if term in sentence:
        return (term,)
    words = _term_words(term)
    if len(words) < 2 or not all(w in sentence for w in words):  # the usual case, settled without splitting
        return ()
    if any(all(w in clause for w in words) for clause in clause_texts(sentence)):
        return words
    return ()


def _said_of_outsiders(sentence: str, word: str, members: list[str]) -> bool:
    """Whether the units a sentence names before ``word`` are all outside the plan's member list ("合作银行…不签署
    组建意向书"), or, named by no name, take on no task, as no member does ("N家协作单位…不承担攻关任务，不签订组建
    意向书"), or are said in it to be no members ("协同单位如下表（均不是联合体成员单位，不签署组建意向书）"): those
    units' own business, not a member's unsigned letter."""
    names = find_org_names(clean_name(sentence[:sentence.find(word)]))
    if not names:
        return bool(terms_entry("governance.no_tasks").search(sentence) or terms_entry("members.not_member").search(sentence))
    return bool(members) and all(unit_named(n.name, members) is None for n in names)


def _loose_mentions(units: list[Unit], terms: list[str],
                    members: list[str] | None = None) -> tuple[list[Evidence], list[Evidence]]:
    """Like ``_mentions``, but blind to quote marks and to the order of a term's words; with ``members``,
    a denial said of units outside them is set aside."""
    yes: list[Evidence] = []
    no: list[Evidence] = []
    for unit, sentence, start in _sentences(units):
        bare = _QUOTE_MARKS.sub("", sentence)
        words = next((w for w in (_named_by(bare, t) for t in terms) if w), ())
        if not words:
            continue
        quote = unit.evidence(start, start + len(sentence))
        if any(_denied(bare, w) for w in words):
            if not _said_of_outsiders(bare, words[0], members or []):
                no.append(quote)
        else:
            yes.append(quote)
    return yes, no


def _said(units: list[Unit], entry: str) -> list[Evidence]:
    """Quotes of the sentences a terms entry matches, at most two."""
    found = terms_entry(entry)
    return [unit.evidence(start, start + len(sentence)) for unit, sentence, start in _sentences(units)
            if found.search(sentence)][:2]


def _fewer_signers(sentence: str, members: int) -> bool:
    """Whether the sentence says fewer parties signed the letter than the plan has members ("牵头方已与3家参与方
    共同签订" of seven)."""
    said = terms_entry("governance.letter_signers").search(sentence)
    if said is None or not members or not (count := count_value(said.group("count"))):
        return False
    return count + (1 if said.group("with") else 0) < members


def _signing_pending(sentence: str, letter_words: list[str]) -> bool:
    """Whether the sentence puts the letter's signing off ("经批准建设后一个月内，各成员单位签订组建意向书"), read
    up to the end of the clause naming the letter, so a later clause about other papers does not count."""
    bare = _QUOTE_MARKS.sub("", sentence)
    pos = min((bare.find(w) for w in letter_words if w in bare), default=-1)
    return pos >= 0 and terms_entry("governance.signing_pending").search(bare[:clause_end(bare, pos)]) is not None


MAX_HEADER_CHARS = 12  # a column heading ("组建意向书签订情况"), not a sentence about the letter


def _letter_column_pending(units: list[Unit], letter_words: list[str]) -> list[Evidence]:
    """A member table's letter column ("组建意向书签订情况") where a row says the unit has not signed yet
    ("上级单位审批中，预计2022年12月签订"): that cell, and the row's unit name, quoted."""
    rows: dict[tuple[int, int], dict[int, Unit]] = {}  # (block, row) → the row's cells by column
    for u in units:
        if u.loc.table:
            rows.setdefault((u.loc.block, u.loc.table["row"]), {})[u.loc.table["col"]] = u
    pending = terms_entry("governance.signing_pending")
    quotes: list[Evidence] = []
    for (block, header_row), header in rows.items():
        for col, head in header.items():
            text = clean_name(head.text)
            if len(text) > MAX_HEADER_CHARS or not any(w in text for w in letter_words):
                continue
            for (b, row), cells in rows.items():
                if b == block and row > header_row and col in cells and pending.search(cells[col].text):
                    named = [u for u in cells.values() if find_org_names(clean_name(u.text))]
                    quotes += [*(u.evidence() for u in named[:1]), cells[col].evidence()]
    return quotes


def _established(units: list[Unit], terms: list[str], post_terms: list[str]) -> list[Evidence]:
    """Quotes of sentences that set up the body ``terms`` name (or fill its ``post_terms`` post)."""
    if not terms:
        return []
    pattern = _set_up("|".join(map(re.escape, terms)), "|".join(map(re.escape, post_terms or terms)))
    quotes: list[Evidence] = []
    for unit, sentence, start in _sentences(units):
        quote = unit.evidence(start, start + len(sentence))
        if pattern.search(clean_name(sentence)) and quote not in quotes:
            quotes.append(quote)
    return quotes


def _person(text: str) -> str | None:
    """A person's name next to a title or rank, with organisation names cut out first."""
    for hit in reversed(find_org_names(text)):
        text = f"{text[:hit.start]}，{text[hit.end:]}"
    m = _PERSON_AFTER_TITLE.search(text) or _PERSON_BEFORE_RANK.search(text) or _PERSON_BEFORE_TITLE.search(text)
    return m.group(1) if m else None


def _chair_text(sentence: str, terms: list[str]) -> str | None:
    """The words about the chair itself: the clause naming the post, run on to the clause that fills it
    ("理事会设理事长1名，由王立群董事长担任"); "副理事长由…担任" names a deputy, not the chair."""
    clauses = clause_texts(sentence)
    for i, clause in enumerate(clauses):
        term = next((t for t in terms if any(not terms_entry("governance.deputy").search(clause[:p]) for p in _positions(clause, t))), None)
        if term is None or _denied(clause, term):
            continue
        if terms_entry("governance.filled").search(clause):
            return clause
        following = clauses[i + 1 : i + 1 + _CHAIR_RUN_ON]
        filled = next((j for j, c in enumerate(following) if terms_entry("governance.filled").search(c)), None)
        if filled is None or any(t in c for c in following[: filled + 1] for t in terms):
            return clause
        return "，".join([clause, *following[: filled + 1]])
    return None


def _positions(text: str, term: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(term), text)]


def _person_unit(units: list[Unit], person: str, unit: Unit, after_chair: str) -> tuple[str, Evidence] | None:
    """The unit of a chair named without one, with the quote that ties them: a clause anywhere tying the
    person to a unit ("王立群为X的董事长", "X董事长王立群"), else the unit the next sentence names as lead
    ("由王立群董事长担任。X作为牵头单位，…")."""
    for other in units:
        for clause in clause_texts(clean_name(other.text)):
            if person in clause and (names := [h for h in find_org_names(clause) if not h.held]):
                return names[0].name, Evidence(text=clause, loc=other.loc)
    next_sentence = next((m.group() for m in sentences(clean_name(after_chair))), "")
    names = find_org_names(next_sentence)
    if names and terms_entry("governance.lead_named").search(next_sentence[names[0].end:]):
        return names[0].name, Evidence(text=next_sentence.strip(), loc=unit.loc)
    return None


def _chair(units: list[Unit], terms: list[str], lead: str | None) -> tuple[str | None, str | None, list[Evidence]]:
    """理事长 as `_chair_named` reads the rule, with the clause naming who holds the chair for now, if any
    ("暂由…副总经理…代理"): the check reads that post too."""
    person, org, quotes = _chair_named(units, terms, lead)
    return person, org, [*quotes, *_acting_chair(units, terms)]


def _acting_chair(units: list[Unit], terms: list[str]) -> list[Evidence]:
    """The clause saying who holds the chair until the rule applies ("换届完成前理事长暂由…代理")."""
    acting = terms_entry("governance.acting_chair")
    return [Evidence(text=clause, loc=unit.loc) for unit, sentence, _ in _sentences(units)
            for clause in clause_texts(sentence) if any(t in clause for t in terms) and acting.search(clause)][:1]


def _chair_named(units: list[Unit], terms: list[str], lead: str | None) -> tuple[str | None, str | None, list[Evidence]]:
    """理事长: the person and the unit the plan names ("理事长由牵头单位X董事长张三担任"); when neither is
    recognised ("由航宇动力董事长担任", a short form), the first chair clause is still quoted for the check. A
    clause naming only the chair's unit ("理事长单位为牵头单位运河智能") waits for the one saying who fills the post
    ("理事长由运河智能技术负责人顾明远担任"), whose words the check reads too."""
    first: list[Evidence] = []
    unit_only: tuple[str, list[Evidence]] | None = None
    for unit, sentence, start in _sentences(units):
        clause = _chair_text(sentence, terms)
        if clause is None:
            continue
        compact = clean_name(clause)
        names = find_org_names(compact)
        org = names[0].name if names else (
            lead if terms_entry("lead.role_word").search(compact) else government_office(compact))
        tail = compact[names[0].end:] if names else compact
        person = _person(tail)
        quotes = [Evidence(text=clause.strip(), loc=unit.loc)]
        if person and not org and (tied := _person_unit(units, person, unit, unit.text[start + len(sentence):])):
            org = tied[0]
            quotes.append(tied[1])
        if person or ((org or unit_only) and terms_entry("governance.filled").search(compact)):
            if unit_only and not org:
                org, quotes = unit_only[0], [*unit_only[1], *quotes]
            return person, org, quotes
        if org and unit_only is None:
            unit_only = (org, quotes)
        first = first or quotes
    return (None, *unit_only) if unit_only else (None, None, first)


def _named_heads_all(about_members: str, members: list[str], defined: dict[str, str]) -> bool | None:
    """Whether the units a council sentence names one by one, by full name or short form ("理事由数博科技、浙大、
    文保院、云栖检测的负责人担任"), are all the members; None when a name is not a member the plan lists.
    ``defined`` holds the short forms the plan defines (浙大 for 浙江大学), too short to be told otherwise."""
    said = terms_entry("governance.named_heads").search(about_members)
    mentions = [p for p in terms_entry("names.party_separator").regex.split(said.group("units")) if p] if said else []
    if len(mentions) < 2 or not members:
        return None
    named = {unit_named(defined.get(mention, mention), members) for mention in mentions}
    return None if None in named else named >= set(members)


def _member_roles(units: list[Unit]) -> set[str]:
    """The roles the plan sorts its members into (牵头方, 参与方, 支撑方), when it says so."""
    roster = terms_entry("governance.member_roles")
    for unit in units:
        if said := roster.search(clean_name(unit.text)):
            return {role for role in terms_entry("names.party_separator").regex.split(said.group("roles")) if role}
    return set()


def _leaves_a_role_out(about_members: str, roles: set[str]) -> bool:
    """Whether a council's composition names some of the members' roles but not all ("由牵头方和参与方主要负责人组成"
    where the plan also has 支撑方)."""
    named = {role for role in roles if role in about_members}
    return bool(named) and named < roles


def _council_members_all(units: list[Unit], terms: list[str], chair_terms: list[str],
                         members: list[str]) -> tuple[bool | None, list[Evidence]]:
    """Whether the council is made of every member unit's head (None when the plan does not say).

    Clauses about the chair (理事长由…担任) are set aside; a stated count ("6家成员单位") is kept in the
    quote for the check to compare with the member list."""
    defined = defined_short_forms(unit.text for unit in units)
    roles = _member_roles(units)
    for unit, sentence, start in _sentences(units):
        if not any(t in sentence for t in terms):
            continue
        about_members = "，".join(c for c in clause_texts(sentence) if not any(t in c for t in chair_terms)
                                 or terms_entry("governance.chair_among_seats").search(c))
        if not terms_entry("governance.composed").search(about_members):
            continue
        quote = [unit.evidence(start, start + len(sentence))]
        if terms_entry("governance.all_members").search(about_members):
            return True, quote
        if terms_entry("governance.some_members").search(about_members) or _leaves_a_role_out(about_members, roles):
            core = _core_members_are_the_rest(units, about_members, members)
            return (True, [*quote, core]) if core else (False, quote)
        if terms_entry("governance.member_units_heads").search(about_members):
            return True, quote
        if (named := _named_heads_all(about_members, members, defined)) is not None:
            return named, quote
    return None, []


def _core_members_are_the_rest(units: list[Unit], about_members: str, members: list[str]) -> Evidence | None:
    """The quote counting the core members as all but the lead ("1家牵头企业、3家核心成员单位" of four members), when
    the council is the lead's and the core members' heads ("由牵头企业和核心成员单位负责人组成"); None otherwise."""
    if not (terms_entry("governance.core_members").search(about_members) and terms_entry("lead.mark").search(about_members)
            and members):
        return None
    for unit, sentence, start in _sentences(units):
        said = terms_entry("governance.core_members_count").search(sentence)
        if said and count_value(said.group("count")) == len(members) - 1:
            return unit.evidence(start, start + len(sentence))
    return None


def _chief_scientist(units: list[Unit], terms: list[str]) -> tuple[str | None, list[Evidence]]:
    """首席科学家: the person's name when given, else the post itself."""
    yes, _ = _mentions(units, terms)
    for quote in yes:
        pos = min(quote.text.find(t) for t in terms if t in quote.text)
        around = clean_name(quote.text)
        person = _person(around[pos:]) or _person(around[:pos])
        if person:
            return person, [quote]
    return (terms[0], yes[:2]) if yes else (None, [])


def extract_governance(units: list[Unit], pack: RulePack, lead: str | None = None,
                       members: Iterable[str] = ()) -> Governance:
    """Governance facts with their quotes; ``lead`` resolves a role word ("牵头单位", "申报单位") when the chair's
    unit is not named, and ``members`` (their names) tell whether a council listed unit by unit takes in every
    member, and whose refusal to sign the 意向书 matters."""
    terms = pack.governance_terms
    names = list(members)
    gov = Governance()
    evidence: dict[str, list[Evidence]] = {}

    council_words, chair_words = terms.get("council", []), terms.get("council_chair", [])
    seat_words, council_units = terms.get("council_member", []), units
    council_yes, council_no = _mentions(units, council_words)
    council_set_up = _established(units, council_words, chair_words)
    table = council_table(units, chair_words, seat_words)
    if not (council_set_up or table or council_no) and (other := _decision_body(units)):
        council_words, council_units = [other[0]], other[1]
        chair_words, seat_words = terms_entry("governance.body_head").words, []
        council_set_up = _established(council_units, council_words, chair_words)
    table_chair = table.chair() if table else None
    gov.council = bool(council_set_up or table) and not council_no
    evidence["council"] = (council_no or council_set_up or (table_chair[2] if table_chair else []) or council_yes)[:3]
    if gov.council and table and table_chair:  # a table of posts names the chair and every seat outright
        gov.council_chair, gov.council_chair_unit, evidence["council_chair"] = table_chair
        gov.council_members_all, evidence["council_members_all"] = table.takes_in_all(names)
    elif gov.council:
        gov.council_chair, gov.council_chair_unit, evidence["council_chair"] = _chair(council_units, chair_words, lead)
        gov.council_members_all, evidence["council_members_all"] = _council_members_all(
            council_units, [*council_words, *seat_words], chair_words, names)
    if gov.council and (rotating := _said(council_units, "governance.rotating_chair")):
        gov.council_chair_rotates, evidence["council_chair_rotates"] = True, rotating

    expert_yes, expert_no = _mentions(units, terms.get("expert_committee", []))
    expert_yes += _advisory_committees(units)
    gov.expert_committee = bool(expert_yes) and not expert_no
    evidence["expert_committee"] = (expert_no or expert_yes)[:2]

    gov.chief_scientist, evidence["chief_scientist"] = _chief_scientist(units, terms.get("chief_scientist", []))

    ip_yes, ip_no = _loose_mentions(units, terms.get("ip_sharing", []))
    gov.ip_agreement = bool(ip_yes) and not ip_no
    evidence["ip_agreement"] = (ip_no or ip_yes)[:2]

    letter_words = terms.get("intent_letter", [])
    letter_yes, letter_no = _loose_mentions(units, letter_words, names)
    pending = [q for q in letter_yes if _signing_pending(q.text, letter_words) or _fewer_signers(q.text, len(names))]
    letter_no += pending + _letter_column_pending(units, letter_words)
    signed = [q for q in letter_yes if q not in pending and terms_entry("governance.signed").search(q.text)]
    gov.intent_letter = bool(signed) and not letter_no
    evidence["intent_letter"] = (letter_no or signed or letter_yes)[:3]

    gov.evidence = {k: v for k, v in evidence.items() if v}
    return gov
