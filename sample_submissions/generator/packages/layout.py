"""Where every file of the packages goes, what role the truth gives it, and how its bytes are made.

The truth is decided here from the specs alone (paths, roles, the plan each file belongs to), before any byte
is written; each file's bytes come from a maker run afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath

from .letter import letter_docx, signatories
from .licence import licence_jpeg
from .model import Archive, Consortium, Letter, Package, Role
from .office import pdf_from_docx
from .papers import commitment_docx
from .scan import name_seals, scan_with_seals
from .sources import PlanSource
from .specs import LICENCE_NAME

LEAD_SEAL_AT = (0.68, 0.36)  # over the closing 牵头单位（盖章） lines, where make_samples.py's scans have it


@dataclass(frozen=True)
class Entry:
    """One input file as truth/_files.json lists it: its path, role, the plan it belongs to, its error code."""

    rel: str
    role: Role
    plan: str | None
    code: str | None = None


@dataclass(frozen=True)
class Placed:
    """A file to write: its truth entry and the maker of its bytes."""

    entry: Entry
    make: Callable[[], bytes]


def package_base(package: Package, archive: Archive | None) -> str:
    """The path every file of the package sits under (an archive's members under the archive's path)."""
    outer = archive.rel if archive else package.district
    return f"{outer}/{package.folder}" if package.folder else outer


def plan_target(package: Package, archive: Archive | None) -> str:
    """Where the package's plan goes: its own file name, under the package's path."""
    return f"{package_base(package, archive)}/{PurePosixPath(package.plan).name}"


def _pdf_or_docx(name: str, docx: bytes, work: Path, stem: str) -> bytes:
    """The paper in the format its file name asks for: the .docx itself or its LibreOffice PDF."""
    return pdf_from_docx(docx, work, stem).read_bytes() if name.endswith(".pdf") else docx


def _letter(consortium: Consortium, letter: Letter, work: Path, seed: int) -> bytes:
    docx = letter_docx(consortium, letter)
    if not letter.scanned:
        return _pdf_or_docx(letter.name, docx, work, f"letter-{seed}")
    target = work / "scans" / f"letter-{seed}.pdf"
    pdf = pdf_from_docx(docx, work, f"letter-{seed}")
    scan_with_seals(pdf, target, name_seals(pdf, tuple(m.name for m in signatories(consortium, letter))), seed)
    return target.read_bytes()


def _commitment(package: Package, consortium: Consortium, work: Path) -> bytes:
    """The lead's 承诺书, naming the legal representative its licence shows (left to sign by hand otherwise)."""
    legal_rep = package.licence.legal_rep if package.licence else None
    docx = commitment_docx(consortium, package.commitment, legal_rep)
    return _pdf_or_docx(package.commitment.name, docx, work, f"commit-{package.seed}")


def _plan_scan(plan: PlanSource, lead: str, work: Path, seed: int) -> bytes:
    """The plan's LibreOffice PDF scanned after the lead stamped its last page (a .docx plan's stamped copy)."""
    target = work / "scans" / f"plan-{seed}.pdf"
    scan_with_seals(pdf_from_docx(plan.data, work, f"plan-{seed}"), target, [(-1, LEAD_SEAL_AT, lead)], seed)
    return target.read_bytes()


def package_files(package: Package, archive: Archive | None, plan: PlanSource | None, work: Path) -> list[Placed]:
    """Every file of one package, plan first; without a plan the others belong to no plan."""
    base = package_base(package, archive)
    consortium = plan.consortium() if plan else package.consortium
    owner = plan.target if plan else None
    placed: list[Placed] = []
    if plan:
        placed.append(Placed(Entry(plan.target, "plan", plan.target), lambda data=plan.data: data))
    if package.plan_copy:
        placed.append(Placed(Entry(f"{base}/{package.plan_copy}", "plan_copy", owner),
                             partial(_plan_scan, plan, consortium.lead, work, package.seed)))
    if package.letter:
        placed.append(Placed(Entry(f"{base}/{package.letter.name}", "intent_letter", owner),
                             partial(_letter, consortium, package.letter, work, package.seed)))
    if package.commitment:
        placed.append(Placed(Entry(f"{base}/{package.commitment.name}", "commitment", owner),
                             partial(_commitment, package, consortium, work)))
    if package.licence:
        placed.append(Placed(Entry(f"{base}/{LICENCE_NAME}", "attachment", owner),
                             partial(licence_jpeg, consortium.lead, package.licence, package.seed)))
    return placed
