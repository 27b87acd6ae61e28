"""Reads a .zip or .7z as the folder it would unpack into, member by member, inside a private scratch folder.

Nothing an archive says is trusted. Its declared sizes are held to the limits a
.docx gets before a byte is inflated, and the bytes really written are counted
too, since a header may lie. A member is written only at a path built here (its
number and a cleaned file name), never at its own name, so an absolute or ".."
name cannot reach outside the scratch folder; such a member, and a link, is
listed with its code instead of being written.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from pipeline.errors import ReadError
from pipeline.filenames import NamePart, member_parts
from pipeline.readers.guard import (
    MAX_COMPRESSION_RATIO,
    MAX_UNZIPPED_BYTES,
    MAX_ZIP_MEMBERS,
    RATIO_EXEMPT_BYTES,
)
from pipeline.wording import say

ArchiveKind = Literal["zip", "7z", "unsupported"]

CHUNK = 1 << 20
HEAD_BYTES = 512
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
SEVEN_Z_MAGIC = b"7z\xbc\xaf\x27\x1c"
# RAR (4 and 5), gzip, bzip2, xz: archives this machine does not read; tar is recognised by "ustar" at 257.
UNREAD_MAGIC = (b"Rar!\x1a\x07", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")
TAR_MAGIC_AT = slice(257, 262)
# A zip holding either part is a document (OOXML, OpenDocument), read by the readers, not unpacked.
DOCUMENT_PARTS = frozenset({"[Content_Types].xml", "mimetype"})
# A zip that will not open is still a document when its name says so: the reader reports it as corrupt.
DOCUMENT_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".pptx", ".odt", ".ods", ".odp"})
ZIP_ENCRYPTED = 0x1
ZIP_UTF8 = 0x800
MAX_NAME_BYTES = 180
_DRIVE = re.compile(r"^[A-Za-z]:")
_UNSAFE_CHARS = re.compile(r"[\x00-\x1f/\\]")
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError, UnicodeDecodeError)


@dataclass(frozen=True)
class Member:
    """One file of an archive: its name inside it, and its extracted copy (None when nothing was written)."""

    parts: tuple[NamePart, ...]
    path: Path | None
    size: int = 0
    sha256: str = hashlib.sha256(b"").hexdigest()
    error: str | None = None
    detail: str = ""


@dataclass
class Budget:
    """What one archive, together with the archives nested in it, may still unpack."""

    bytes: int = MAX_UNZIPPED_BYTES
    members: int = MAX_ZIP_MEMBERS


class ScratchError(Exception):
    """The scratch folder could not be written (disk full, permissions): the machine's fault, not the file's."""


def archive_kind(path: Path) -> ArchiveKind | None:
    """What archive the bytes are, by content; None for anything else, an Office document included."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    if head.startswith(SEVEN_Z_MAGIC):
        return "7z"
    if head.startswith(ZIP_MAGIC):
        return None if _is_document(path) else "zip"
    if head.startswith(UNREAD_MAGIC) or head[TAR_MAGIC_AT] == b"ustar":
        return "unsupported"
    return None


def _is_document(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return not DOCUMENT_PARTS.isdisjoint(zf.namelist())
    except _ZIP_ERRORS:
        return path.suffix.lower() in DOCUMENT_SUFFIXES


def unpack(path: Path, dest: Path, budget: Budget) -> list[Member]:
    """Every file member of the archive at ``path``, extracted under ``dest`` (an empty private folder).

    Raises ReadError when the archive as a whole cannot be read: encrypted, corrupt, too_large
    (budget, member count or compression ratio) or unsupported_archive.
    """
    kind = archive_kind(path)
    if kind == "zip":
        return _unpack_zip(path, dest, budget)
    if kind == "7z":
        from pipeline.archives_7z import unpack_7z  # py7zr (12 MB) loads only when a .7z comes in

        return unpack_7z(path, dest, budget)
    raise ReadError("unsupported_archive", say("errors.detail.archive_kinds"))


def judge(parts: list[NamePart]) -> tuple[tuple[NamePart, ...], str | None, str]:
    """The components a member is listed under; unsafe_path when its name points outside the archive's folder."""
    texts = [part.text for part in parts]
    listed = tuple(part for part in parts if part.text not in ("", ".", "..")) or (NamePart(say("errors.detail.unnamed")),)
    if (texts[0] == "" and len(texts) > 1) or _DRIVE.match(texts[0]) or ".." in texts:
        return listed, "unsafe_path", say("errors.detail.archive_path", path="/".join(texts))
    return listed, None, ""


def check_declared(sizes: list[tuple[str, int, int]], count: int, budget: Budget) -> None:
    """Refuse before extracting: ``sizes`` holds (name, declared size, compressed size) per stream."""
    if count > budget.members:
        raise ReadError("too_large", say("errors.detail.too_many_members", count=count, limit=MAX_ZIP_MEMBERS))
    total = sum(size for _, size, _ in sizes)
    if total > budget.bytes:
        raise ReadError("too_large", say("errors.detail.unpacked_too_large", size=_mb(total), limit=_mb(budget.bytes)))
    for name, size, packed in sizes:
        ratio = size / max(packed, 1)
        if size > RATIO_EXEMPT_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise ReadError("too_large", say("errors.detail.compression_bomb", name=name, ratio=ratio))
    budget.members -= count


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


class Sink:
    """One member's extracted copy: created exclusively (0o600) at a path built here, hashed and counted."""

    def __init__(self, dest: Path, index: int, name: str, declared: int, budget: Budget, label: str) -> None:
        self.path = dest / str(index) / _safe_filename(name)
        self.written = 0
        self._hash = hashlib.sha256()
        self._declared, self._budget, self._label = declared, budget, label
        try:
            self.path.parent.mkdir(mode=0o700)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except OSError as exc:
            raise ScratchError(f"cannot create {self.path}") from exc
        self._fh: IO[bytes] = os.fdopen(fd, "wb")

    def write(self, s: bytes | bytearray) -> int:
        self.written += len(s)
        if self.written > self._declared:
            raise ReadError("too_large", say("errors.detail.more_than_declared", name=self._label))
        if len(s) > self._budget.bytes:
            raise ReadError("too_large", say("errors.detail.over_limit_at", name=self._label, limit=_mb(MAX_UNZIPPED_BYTES)))
        self._budget.bytes -= len(s)
        self._hash.update(s)
        try:
            self._fh.write(s)
        except OSError as exc:
            raise ScratchError(f"cannot write {self.path}") from exc
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        raise OSError("write-only")

    def seek(self, offset: int, whence: int = 0) -> int:
        raise OSError("write-only")

    def seekable(self) -> bool:  # a 7z extraction rewinds a finished member only when it can
        return False

    def flush(self) -> None:
        self._fh.flush()

    def size(self) -> int:
        return self.written

    def close(self) -> None:
        self._fh.close()

    def member(self, parts: tuple[NamePart, ...]) -> Member:
        return Member(parts, self.path, self.written, self._hash.hexdigest())


def _safe_filename(name: str) -> str:
    """A file name for the extracted copy: the member's own where harmless (readers look at the suffix)."""
    name = _UNSAFE_CHARS.sub("_", name).strip()
    if name in ("", ".", ".."):
        return "member"
    stem, suffix = os.path.splitext(name)
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem, suffix = stem[:-1] or "member", suffix[:16]
    return stem + suffix


# --- zip -------------------------------------------------------------------------------------------


def _unpack_zip(path: Path, dest: Path, budget: Budget) -> list[Member]:
    try:
        zf = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise ReadError("corrupt", say("errors.detail.archive_incomplete")) from exc
    with zf:
        infos = zf.infolist()
        if any(info.flag_bits & ZIP_ENCRYPTED for info in infos):
            raise ReadError("encrypted", say("errors.detail.archive_password"))
        named = [(_zip_name(info), info) for info in infos if not _zip_is_dir(info)]
        check_declared([(label_of(parts), i.file_size, i.compress_size) for parts, i in named], len(infos), budget)
        return [_zip_member(zf, info, parts, dest, index, budget) for index, (parts, info) in enumerate(named)]


def _zip_name(info: zipfile.ZipInfo) -> list[NamePart]:
    """Name parts from the raw header bytes: zipfile decoded unflagged names as cp437, which gives them back."""
    utf8 = bool(info.flag_bits & ZIP_UTF8)
    return member_parts(info.filename.encode("utf-8" if utf8 else "cp437"), utf8)


def _zip_is_dir(info: zipfile.ZipInfo) -> bool:
    return info.filename.endswith(("/", "\\")) or stat.S_ISDIR(info.external_attr >> 16)


def _zip_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: list[NamePart], dest: Path, index: int, budget: Budget
) -> Member:
    parts, error, detail = judge(name)
    if error:
        return Member(parts, None, error=error, detail=detail)
    label = label_of(parts)
    if stat.S_ISLNK(info.external_attr >> 16):
        return Member(parts, None, error="archive_link", detail=say("errors.detail.is_link", name=label))
    sink = Sink(dest, index, parts[-1].text, info.file_size, budget, label)
    try:
        for chunk in _zip_chunks(zf, info, label):
            sink.write(chunk)
    finally:
        sink.close()
    return sink.member(parts)


def _zip_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> Iterator[bytes]:
    """The member's bytes; any failure to read them is the archive's (corrupt, or a method zipfile lacks)."""
    try:
        with zf.open(info) as src:
            while chunk := src.read(CHUNK):
                yield chunk
    except NotImplementedError as exc:  # e.g. Deflate64, which Windows uses for large files
        raise ReadError("unsupported_archive", say("errors.detail.member_method", name=label)) from exc
    except _ZIP_ERRORS as exc:
        raise ReadError("corrupt", say("errors.detail.member_damaged", name=label)) from exc


def label_of(parts: Sequence[NamePart]) -> str:
    return "/".join(part.text for part in parts)
