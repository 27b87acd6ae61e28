"""What one package is: the consortium's files as a district sends them, each described by hand, never derived."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["plan", "intent_letter", "commitment", "plan_copy", "attachment", "unsupported", "failed"]
LetterStyle = Literal["table", "parties", "blocks"]


@dataclass(frozen=True)
class Member:
    """A unit as the consortium's papers name it; ``kind`` as the truth labels it (enterprise, university …)."""

    name: str
    kind: str


@dataclass(frozen=True)
class Consortium:
    """The facts every letter of a package repeats: its name, its lead and its members (lead first)."""

    name: str
    lead: str
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Letter:
    """The 组建意向书: its file name (the extension decides docx or PDF), how its signatures are laid out, the
    date it is signed, whether the PDF is a scan with a red seal on every signature, and a member it leaves out."""

    name: str
    style: LetterStyle
    date: str
    scanned: bool = False
    missing: str | None = None


@dataclass(frozen=True)
class Commitment:
    """The 诚信承诺书 the lead signs; its file name decides docx or PDF."""

    name: str
    date: str


@dataclass(frozen=True)
class Licence:
    """The lead's 营业执照 as printed on it; ``authority`` is the registering office named in its seal."""

    legal_rep: str
    company_type: str
    capital: str
    founded: str
    address: str
    scope: str
    authority: str
    issued: str


@dataclass(frozen=True)
class Package:
    """One consortium's files. ``plan`` is the original path of the loose plan moved in (None: never sent, and
    ``consortium`` then says who signed the letters); ``folder`` is the package folder (None: files at the root
    of an archive); ``plan_copy`` names a stamped scan of the plan sent beside it."""

    district: str
    folder: str | None
    plan: str | None
    letter: Letter | None
    commitment: Commitment | None
    licence: Licence | None = None
    plan_copy: str | None = None
    consortium: Consortium | None = None
    seed: int = 0


@dataclass(frozen=True)
class Archive:
    """A district's archive of packages: ``zip`` (UTF-8 names), ``zip-gbk`` (as Windows' 压缩文件夹 writes
    them) or ``7z``."""

    rel: str
    kind: Literal["zip", "zip-gbk", "7z"]
    packages: tuple[Package, ...]


@dataclass(frozen=True)
class CoverNote:
    """A district office's 说明 listing the plans it forwards (their paths after packaging)."""

    rel: str
    office: str
    plans: tuple[str, ...]
    contact: str
    date: str


@dataclass(frozen=True)
class NearDuplicate:
    """A plan resubmitted by another district with a few sentences and one date changed (``edits`` are
    (old, new) pairs, each old text found exactly once in the plan's paragraphs)."""

    original: str
    rel: str
    edits: tuple[tuple[str, str], ...] = field(default_factory=tuple)
