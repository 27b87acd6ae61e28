"""The batch checks as one plan sees them: only the findings that name this plan, with the other files named.

Batch checks compare every plan of a run (checks/batch.py); their ``observed`` lists one finding per
"；"-separated entry, each naming the files involved, and their quotes carry the file they come from. A
plan's report shows the entries that name its file and, from the other files in them, the quotes of what
the entry is about, so a reviewer reading one plan learns that its lead also leads another consortium,
and which.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.wording import say

ENTRY_SEPARATOR = "；"
_BEFORE = ("", "、", "（", "：", " ", "“")  # what stands before a file name in an entry
_AFTER = ("", "、", "）", "：", " ", "，", "。")  # and after it
NOT_INVOLVED = say("report.not_involved")
OTHER_QUOTES = 8  # quotes of the other plans shown under one check (a unit in twenty plans would fill a page)


def names_file(entry: str, file: str) -> bool:
    """Whether ``entry`` names ``file`` itself (not a longer path that ends or begins with it)."""
    start = entry.find(file)
    while start >= 0:
        end = start + len(file)
        if entry[start - 1: start] in _BEFORE and entry[end: end + 1] in _AFTER:
            return True
        start = entry.find(file, start + 1)
    return False


def _entries_naming(observed: str, file: str) -> list[str]:
    """The entries of ``observed`` that name ``file``, in order, found from where the name occurs: a city's
    member overlap lists thousands of entries, and one plan is named in a few of them."""
    found: dict[int, str] = {}
    at = observed.find(file)
    while at >= 0:
        start = observed.rfind(ENTRY_SEPARATOR, 0, at) + 1
        end = observed.find(ENTRY_SEPARATOR, at)
        if start not in found:
            found[start] = observed[start: end if end >= 0 else len(observed)]
        at = observed.find(file, at + 1)
    return [entry for entry in found.values() if names_file(entry, file)]


def plan_findings(batch_checks: list[dict[str, Any]], file: str) -> list[dict[str, Any]]:
    """Each batch check as it concerns ``file``: ``warn`` (or its own status) with the findings naming the
    file, or ``pass`` when none does; checks with nothing to compare (``n/a``) are left out."""
    views = []
    for check in batch_checks:
        if check["status"] == "n/a":
            continue
        entries = _entries_naming(str(check.get("observed") or ""), file)
        involved = check["status"] not in ("pass", "n/a") and entries
        others = [ev for ev in check.get("evidence") or [] if ev.get("file") and ev["file"] != file
                  and any(names_file(e, ev["file"]) and _compact(_subject(e)) in _compact(ev["text"]) for e in entries)]
        views.append({
            **check,
            "status": check["status"] if involved else "pass",
            "message": ENTRY_SEPARATOR.join(entries) if involved else NOT_INVOLVED,
            "observed": None,
            "expected": None,
            "evidence": others[:OTHER_QUOTES] if involved else [],
            "evidence_omitted": max(0, len(others) - OTHER_QUOTES) if involved else 0,
        })
    return views


def _subject(entry: str) -> str:
    """What an entry is about, when it names it before its files: the unit in “…” (a lead) or before "（"
    (a member); "" when the entry begins with the files themselves (a duplicate pair)."""
    quoted = re.match(r"“(.+?)”", entry)
    if quoted:
        return quoted.group(1)
    head = entry.split("（", 1)[0]
    return "" if "/" in head or head == entry else head


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)
