"""Every file a batch was given, archives read as the folders they would unpack into.

The contract says no input is silently dropped, so everything under the input
folder is an entry: what the readers should try has no error; OS clutter,
program files, links that lead outside and archive members that would escape
are listed with the code that says why they are not reviewed. Only names and
bytes are looked at here (magic numbers, hashes), never a document's content.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path, PurePosixPath

from pipeline.archives import Budget, Member, archive_kind, unpack
from pipeline.errors import ReadError
from pipeline.filenames import NamePart, disk_part, unique_rels
from pipeline.wording import say

CHUNK = 1 << 20
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
SYSTEM_NAMES = frozenset({"thumbs.db", "desktop.ini", "__macosx"})
LOCK_PREFIX = "~$"
NOT_MATERIAL_SUFFIXES = frozenset({".py", ".pyc", ".md", ".yaml", ".yml", ".json"})
NOT_MATERIAL_FOLDERS = frozenset({"__pycache__"})
NESTING = 1  # archives inside an archive are opened; one level deeper is listed as archive_too_deep


@dataclass(frozen=True)
class InputFile:
    """One input file as the contract names it, where its bytes are, and why it is not reviewed (if so).

    ``size`` and ``sha256`` describe the bytes at ``path``; with no bytes (``path`` None) they are 0 and the
    hash of nothing. ``archive`` is the rel of the outermost archive the file came from.
    """

    rel: str
    path: Path | None
    size: int
    sha256: str
    archive: str | None
    error: str | None
    detail: str = ""

    @property
    def folders(self) -> tuple[str, ...]:
        """The folders of ``rel``, an archive counting as one."""
        return tuple(self.rel.split("/")[:-1])


@dataclass
class Inventory:
    root: Path
    files: list[InputFile]

    def readable(self) -> list[InputFile]:
        """The entries the readers should try."""
        return [f for f in self.files if f.error is None]


@dataclass(frozen=True)
class _Found:
    parts: tuple[NamePart, ...]
    path: Path | None
    size: int = 0
    sha256: str = EMPTY_SHA256
    archive_depth: int = 0  # how many components of parts name the outermost archive; 0 on disk
    error: str | None = None
    detail: str = ""


def take_inventory(root: Path, scratch: Path) -> Inventory:
    """Every file under root; archives (.zip, .7z, one nested level) extracted member by member into scratch
    (a private folder the caller made with mode 0o700 and deletes afterwards)."""
    found = list(_Walk(root.resolve(), scratch.resolve()).files())
    rels = unique_rels([f.parts for f in found])
    files = [
        InputFile(rel, f.path, f.size, f.sha256, _archive_rel(rel, f.archive_depth), f.error, f.detail)
        for rel, f in zip(rels, found, strict=True)
    ]
    return Inventory(root, sorted(files, key=lambda f: f.rel))


def not_reviewed(names: tuple[str, ...]) -> str | None:
    """system_file or not_material when a path's names say it is no submission material, else None."""
    *folders, name = (n.lower() for n in names)
    if any(n.startswith(".") or n in SYSTEM_NAMES for n in (*folders, name)) or name.startswith(LOCK_PREFIX):
        return "system_file"
    if PurePosixPath(name).suffix in NOT_MATERIAL_SUFFIXES or NOT_MATERIAL_FOLDERS.intersection(folders):
        return "not_material"
    return None


def _archive_rel(rel: str, depth: int) -> str | None:
    return "/".join(rel.split("/")[:depth]) if depth else None


@dataclass
class _Walk:
    """One walk of the input folder; numbers the scratch folders archives are unpacked into."""

    root: Path
    scratch: Path
    _numbers: Iterator[int] = field(default_factory=lambda: count(1))

    def files(self) -> Iterator[_Found]:
        yield from self._folder(self.root, (), frozenset({self.root}))

    def _folder(self, folder: Path, parts: tuple[NamePart, ...], ancestors: frozenset[Path]) -> Iterator[_Found]:
        with os.scandir(folder) as entries:
            listing = sorted(entries, key=lambda e: e.name)
        for entry in listing:
            here = (*parts, disk_part(entry.name))
            real = Path(os.path.realpath(entry.path))
            if entry.is_symlink() and not real.exists():
                yield _Found(here, None, error="dangling_link", detail=say("errors.detail.points_to", target=os.readlink(entry.path)))
            elif entry.is_symlink() and not real.is_relative_to(self.root):
                yield _Found(here, None, error="link_outside", detail=say("errors.detail.points_to", target=real))
            elif real.is_dir():
                if real not in ancestors and real != self.scratch:  # a link back up would loop
                    yield from self._folder(real, here, ancestors | {real})
            elif real.is_file():
                yield from self._file(real, here)
            else:  # a FIFO or device: opening it could block, and it holds no document
                yield _Found(here, None, error="unsupported_format", detail=say("errors.detail.not_a_file"))

    def _file(self, path: Path, parts: tuple[NamePart, ...]) -> Iterator[_Found]:
        error = not_reviewed(tuple(p.text for p in parts))
        if error is None and archive_kind(path):
            yield from self._archive(path, parts, 0, 0, Budget())
        else:
            yield _Found(parts, path, *file_digest(path), error=error)

    def _archive(
        self, path: Path, parts: tuple[NamePart, ...], outer: int, depth: int, budget: Budget
    ) -> Iterator[_Found]:
        """The members of the archive at ``path``, or the archive alone with the reason it cannot be read."""
        dest = self.scratch / str(next(self._numbers))
        dest.mkdir(mode=0o700)
        try:
            members = unpack(path, dest, budget)
        except ReadError as exc:
            yield _Found(parts, path, *file_digest(path), archive_depth=outer, error=exc.code, detail=exc.detail)
            return
        if not members:
            yield _Found(parts, path, *file_digest(path), archive_depth=outer, error="empty", detail=say("errors.detail.empty_archive"))
        for member in members:
            yield from self._member(member, parts, outer or len(parts), depth, budget)

    def _member(
        self, member: Member, archive: tuple[NamePart, ...], outer: int, depth: int, budget: Budget
    ) -> Iterator[_Found]:
        parts = (*archive, *member.parts)
        error = member.error or not_reviewed(tuple(p.text for p in member.parts))
        if error is None and member.path is not None and archive_kind(member.path):
            if depth < NESTING:
                yield from self._archive(member.path, parts, outer, depth + 1, budget)
                return
            error = "archive_too_deep"
        yield _Found(parts, member.path, member.size, member.sha256, outer, error, member.detail)


def file_digest(path: Path) -> tuple[int, str]:
    """Size and sha256 of the bytes, streamed; a file that cannot be read has none (its reader will say why)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError:
        return 0, EMPTY_SHA256
    return size, digest.hexdigest()
