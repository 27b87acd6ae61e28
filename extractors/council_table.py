"""A council written as a table of posts (理事会职务 | 姓名 | 所在单位及职务) rather than in sentences.

Such a table names the chair and every seat outright, so it is read before any
wording: the chair is the row whose post is 理事长 itself (常务副理事长 is a
deputy), and the council takes in every member when each member's name (or a
short form of it) appears on a seat's row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import Table
from pipeline.evidence import Unit
from pipeline.orgnames import clean_name, find_org_names, government_office, unit_named
from pipeline.submission import Evidence, Location

_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_SEAT_PREFIX = r"(?:常务|执行|第一)?(?:副|名誉)?"


@dataclass(frozen=True)
class _Seat:
    post: str
    cells: list[str]
    quotes: list[Evidence]  # each cell of the row in its own place, so every quote slices back out of its cell


@dataclass(frozen=True)
class CouncilTable:
    """The seats of a council table, in table order."""

    seats: list[_Seat]
    chair_terms: list[str]

    def chair(self) -> tuple[str | None, str | None, list[Evidence]]:
        """(person, unit, quote) of the 理事长's row; (None, None, []) when no row holds the post itself."""
        row = next((s for s in self.seats if s.post in self.chair_terms), None)
        if row is None:
            return None, None, []
        others = [c for c in row.cells if c != row.post]
        person = next((c for c in others if _NAME.fullmatch(c) and not find_org_names(c)), None)
        joined = "，".join(clean_name(c) for c in others)
        names = find_org_names(joined)
        return person, names[0].name if names else government_office(joined), row.quotes

    def takes_in_all(self, members: list[str]) -> tuple[bool | None, list[Evidence]]:
        """Whether every member has a seat (None without a member list), quoting the seats."""
        if not members:
            return None, []
        seated = {unit_named(hit.name, members) for s in self.seats
                  for hit in find_org_names("，".join(clean_name(c) for c in s.cells))}
        return set(members) <= seated, [q for s in self.seats for q in s.quotes]


def council_table(units: list[Unit], chair_terms: list[str], seat_terms: list[str]) -> CouncilTable | None:
    """The first table with a 理事长 row among rows of council posts, or None."""
    posts = re.compile(rf"{_SEAT_PREFIX}(?:{'|'.join(map(re.escape, [*chair_terms, *seat_terms]))})")
    seen: set[int] = set()
    for unit in units:
        table = unit.block
        if not isinstance(table, Table) or id(table) in seen:
            continue
        seen.add(id(table))
        seats = []
        for index, row in enumerate(table.grid()):
            filled = [(col, text.strip()) for col, text in enumerate(row) if text.strip()]
            post_col = next((col for col, text in filled if posts.fullmatch(text)), None)
            if post_col is not None:
                first_col: dict[str, int] = {}
                for col, text in filled:  # a merged cell fills several columns: quoted once, where it starts
                    first_col.setdefault(text, col)
                quotes = [Evidence(text=text, loc=Location(**table.prov.loc(index, col)))
                          for text, col in first_col.items()]
                seats.append(_Seat(row[post_col].strip(), list(first_col), quotes))
        if any(s.post in chair_terms for s in seats):
            return CouncilTable(seats, chair_terms)
    return None
