"""The .7z side of ``pipeline.archives``, in a module of its own so py7zr loads only when a .7z comes in.

Members are written by the same ``Sink`` as a zip's, at the same built paths and under the same budget.
"""

from __future__ import annotations

from pathlib import Path

import py7zr
from py7zr.helpers import get_sanitized_output_path
from py7zr.py7zr import ArchiveFile

from pipeline.archives import Budget, Member, ScratchError, Sink, check_declared, judge, label_of
from pipeline.errors import ReadError
from pipeline.filenames import NamePart, member_parts
from pipeline.wording import say


class SevenZipSink(Sink, py7zr.Py7zIO):
    """A member's sink as py7zr's writer factory must hand it out."""


class _SinkFactory(py7zr.WriterFactory):
    """Hands py7zr a sink per member; py7zr names a member by its sanitised output path, mapped back here."""

    def __init__(self, dest: Path, budget: Budget, wanted: dict[str, tuple[int, int, str]]) -> None:
        self.dest, self.budget, self.wanted = dest, budget, wanted
        self.sinks: dict[str, SevenZipSink] = {}

    def create(self, filename: str) -> py7zr.Py7zIO:
        if filename not in self.wanted or filename in self.sinks:
            raise ReadError("corrupt", say("errors.detail.directory_mismatch"))
        index, declared, label = self.wanted[filename]
        self.sinks[filename] = SevenZipSink(self.dest, index, label.rpartition("/")[2], declared, self.budget, label)
        return self.sinks[filename]


def unpack_7z(path: Path, dest: Path, budget: Budget) -> list[Member]:
    try:
        with path.open("rb") as fh, py7zr.SevenZipFile(fh) as archive:
            return _read_7z(archive, dest, budget)
    except (ReadError, ScratchError):
        raise
    except py7zr.PasswordRequired as exc:
        raise ReadError("encrypted", say("errors.detail.archive_password")) from exc
    except py7zr.UnsupportedCompressionMethodError as exc:
        raise ReadError("unsupported_archive", say("errors.detail.method")) from exc
    except Exception as exc:  # py7zr's decoders raise many types on hostile bytes; each means the same
        raise ReadError("corrupt", say("errors.detail.archive_damaged")) from exc


def _read_7z(archive: py7zr.SevenZipFile, dest: Path, budget: Budget) -> list[Member]:
    if archive.needs_password():
        raise ReadError("encrypted", say("errors.detail.archive_password"))
    files = [f for f in archive.files if not f.is_directory]
    check_declared(_7z_streams(files), len(archive.files), budget)
    names: dict[int, tuple[NamePart, ...]] = {}
    refused: dict[int, Member] = {}
    for f in files:
        parts, error, detail = judge(member_parts(f.filename.encode("utf-8", "surrogatepass"), utf8_flag=True))
        if not error and (f.is_symlink or f.is_junction or f.is_socket):
            error, detail = "archive_link", say("errors.detail.is_link", name=label_of(parts))
        names[f.id] = parts
        if error:
            refused[f.id] = Member(parts, None, error=error, detail=detail)
    keys = _7z_output_keys(archive, {f.id for f in files if f.id not in refused}, dest)
    factory = _SinkFactory(dest, budget, {keys[f.id]: (f.id, f.uncompressed, label_of(names[f.id])) for f in files
                                          if f.id in keys})
    try:
        if keys:
            archive.extract(path=dest, targets=sorted({f.filename for f in files if f.id in keys}), factory=factory)
    finally:
        for sink in factory.sinks.values():
            sink.close()
    missing = [label for key, (_, _, label) in factory.wanted.items() if key not in factory.sinks]
    if missing:
        raise ReadError("corrupt", say("errors.detail.not_unpacked", name=missing[0]))
    return [refused.get(f.id) or factory.sinks[keys[f.id]].member(names[f.id]) for f in files]


def _7z_streams(files: list[ArchiveFile]) -> list[tuple[str, int, int]]:
    """(name, size, packed size) per compressed block: in a solid archive many files share one block."""
    blocks: dict[int, tuple[str, int, int]] = {}
    for f in files:
        if f.emptystream or f.folder is None:
            continue
        name, size, packed = blocks.get(id(f.folder), (f.filename, 0, 0))
        blocks[id(f.folder)] = (name, size + f.uncompressed, packed + (f.compressed or 0))
    return list(blocks.values())


def _7z_output_keys(archive: py7zr.SevenZipFile, ids: set[int], dest: Path) -> dict[int, str]:
    """The name py7zr hands the writer factory for each wanted member, computed as py7zr computes it.

    py7zr extracts every member whose name is a target, numbering repeats of a name ``name_0``, ``name_1``.
    """
    targets = {f.filename for f in archive.files if f.id in ids}
    repeats: dict[str, int] = {}
    keys = {}
    for f in archive.files:
        if f.filename not in targets:
            continue
        if f.filename in repeats:
            outname = f"{f.filename}_{repeats[f.filename]}"
            repeats[f.filename] += 1
        else:
            outname, repeats[f.filename] = f.filename, 0
        if f.id in ids:
            keys[f.id] = get_sanitized_output_path(outname, dest).as_posix()
    return keys
