"""Packages: which plan each input file belongs to, as a district sends them.

A district folder holds loose plans, package folders (one consortium's files)
and archives. A folder below the district folder, or an archive, is one
package; when it holds plans of several consortia it is split by consortium,
and each other file goes to the plan it sits beside or names. A loose file in
a district folder belongs to the plan whose consortium it names. Within one
package the same plan sent twice (the editable .docx and the stamped scan) is
one plan: the copy that reads best is reviewed, the others are its copies.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from pipeline.fingerprint import similarity
from pipeline.submission import unit_key

# Better first: the format a copy was read from decides which copy is reviewed.
FORMAT_RANK = {"docx": 0, "doc": 1, "wps": 1, "pdf": 2, "pdf-ocr": 3}
SAME_PLAN_SIMILARITY = 0.8  # two plan files of one package this alike are copies of one plan
MIN_OUTLINE_OF_A_COPY = 2  # outline sections of a plan copy worth preferring over one whose outline was not found
_NAME_FRAME = re.compile(r"^(?:浙江省)?|(?:创新联合体)?$")
MIN_CORE = 2  # characters a consortium name needs, once framed words are removed, to be looked for


@dataclass
class Package:
    """One consortium's files: the plan reviewed, its other copies, and everything else that came with it."""

    folder: str | None  # the package folder or archive (rel); None for a loose plan in a district folder
    plan: dict[str, Any] | None = None
    copies: list[dict[str, Any]] = field(default_factory=list)
    others: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Assembly:
    """Every profile placed: packages with a plan, folders without one, files that belong to no plan."""

    packages: list[Package]
    without_plan: list[Package]
    unplaced: list[dict[str, Any]]


def consortium_core(name: str | None) -> str | None:
    """The distinctive words of a consortium's name (浙江省脑机接口创新联合体 → 脑机接口), for finding it named."""
    if not name:
        return None
    core = _NAME_FRAME.sub("", unit_key(name))
    return core if len(core) >= MIN_CORE else None


def package_folder(rel: str, archive: str | None) -> str | None:
    """The package an input belongs to: the archive it came from when that lies at district level or above,
    else its folder below the district folder; None for a file loose in the input or a district folder."""
    parts = rel.split("/")
    if archive is not None and len(archive.split("/")) <= 2:
        return archive
    if len(parts) > 2:
        return "/".join(parts[:2])
    return None


def _district_folder(rel: str) -> str:
    parts = rel.split("/")
    return parts[0] if len(parts) > 1 else ""


def _plan_name(profile: dict[str, Any]) -> str | None:
    extracted = (profile.get("result") or {}).get("extracted") or {}
    return (extracted.get("consortium_name") or {}).get("value") or profile.get("consortium")


def _lead_name(profile: dict[str, Any]) -> str | None:
    extracted = (profile.get("result") or {}).get("extracted") or {}
    return (extracted.get("lead_unit") or {}).get("value")


def _same_plan(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two plan files of one package that are copies of one plan: same consortium, or nearly the same text."""
    name_a, name_b = consortium_core(_plan_name(a)), consortium_core(_plan_name(b))
    if name_a and name_b:
        return name_a == name_b
    sig_a, sig_b = (a.get("result") or {}).get("signature"), (b.get("result") or {}).get("signature")
    if sig_a and sig_b and len(sig_a) == len(sig_b):
        return similarity(sig_a, sig_b) >= SAME_PLAN_SIMILARITY
    lead_a, lead_b = _lead_name(a), _lead_name(b)
    return bool(lead_a and lead_b and unit_key(lead_a) == unit_key(lead_b))


def _copies_of_one_plan(plans: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: list[list[dict[str, Any]]] = []
    for plan in plans:
        home = next((g for g in groups if any(_same_plan(plan, other) for other in g)), None)
        if home is None:
            groups.append([plan])
        else:
            home.append(plan)
    return groups


def reads_best(copies: list[dict[str, Any]]) -> dict[str, Any]:
    """The copy to review: one whose outline was found (a cover page titled 实施方案 is no copy to prefer), then
    the best format (text before scan), then the fullest 汇总表 row, then the most text."""

    def rank(profile: dict[str, Any]) -> tuple:
        result = profile.get("result") or {}
        row = result.get("summary_row") or {}
        filled = sum(1 for value in row.values() if value)
        outline = sum(1 for s in (result.get("extracted") or {}).get("sections") or [] if s.get("present"))
        return (outline < MIN_OUTLINE_OF_A_COPY, FORMAT_RANK.get(profile.get("format") or "", 9), -filled,
                -(profile.get("chars") or 0), profile["file"])

    return min(copies, key=rank)


def _package(folder: str | None, copies: list[dict[str, Any]]) -> Package:
    best = reads_best(copies)
    return Package(folder, best, [c for c in copies if c is not best])


def _names(profile: dict[str, Any], package: Package) -> bool:
    """Whether a file names the package's consortium: in its own text (title, opening) or in its file name."""
    core = consortium_core(_plan_name(package.plan)) if package.plan else None
    if not core:
        return False
    named = consortium_core(profile.get("consortium"))
    return named == core or core in unit_key(PurePosixPath(profile["file"]).name)


def _common_depth(a: str, b: str) -> int:
    depth = 0
    for x, y in zip(a.split("/")[:-1], b.split("/")[:-1], strict=False):
        if x != y:
            break
        depth += 1
    return depth


def _home_for(profile: dict[str, Any], candidates: list[Package], folder_depth: int) -> Package | None:
    """The package a file of a split folder belongs to: the only plan in its own sub-folder, else the plan
    whose consortium it names, else none."""
    depths = {id(p): _common_depth(profile["file"], p.plan["file"]) for p in candidates if p.plan}
    deepest = max(depths.values(), default=0)
    nearest = [p for p in candidates if depths.get(id(p)) == deepest]
    if deepest > folder_depth and len(nearest) == 1:
        return nearest[0]
    named = [p for p in candidates if _names(profile, p)]
    return named[0] if len(named) == 1 else None


def assemble(profiles: list[dict[str, Any]], archives: dict[str, str | None]) -> Assembly:
    """Place every profile; ``archives`` maps a file to the outermost archive it came from (None on disk)."""
    by_folder: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for profile in profiles:
        by_folder[package_folder(profile["file"], archives.get(profile["file"]))].append(profile)

    packages: list[Package] = []
    without_plan: list[Package] = []
    unplaced: list[dict[str, Any]] = []
    loose_others: list[dict[str, Any]] = []
    for folder, members in sorted(by_folder.items(), key=lambda item: item[0] or ""):
        plans = [p for p in members if p.get("role") == "plan"]
        others = [p for p in members if p.get("role") != "plan"]
        if folder is None:
            packages.extend(_package(None, [plan]) for plan in plans)
            loose_others.extend(others)
            continue
        mine = [_package(folder, copies) for copies in _copies_of_one_plan(plans)]
        if not mine:
            without_plan.append(Package(folder, None, [], others))
            continue
        depth = len(folder.split("/"))
        for other in others:
            home = mine[0] if len(mine) == 1 else _home_for(other, mine, depth)
            (home.others if home else unplaced).append(other)
        packages.extend(mine)

    for other in loose_others:
        district = _district_folder(other["file"])
        nearby = [p for p in packages if p.plan and _district_folder(p.plan["file"]) == district]
        named = [p for p in nearby if _names(other, p)]
        if len(named) == 1 and other.get("role") not in ("failed", "unsupported"):
            named[0].others.append(other)
        else:
            unplaced.append(other)
    return Assembly(packages, without_plan, unplaced)
