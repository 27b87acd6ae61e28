"""Archives as districts' machines write them, with fixed entry times so reruns give identical bytes.

``zip``: Python's zipfile, UTF-8 names with the language-encoding flag (bit 11). ``zip-gbk``: as Windows'
压缩文件夹 writes it on a Chinese system, names as raw GBK bytes in the local and central headers and bit 11
clear. ``7z``: py7zr. Every archive also holds an entry for each folder, as zipping a folder gives.
"""

from __future__ import annotations

import io
import os
import struct
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

import py7zr

from .office import ZIP_TIME

UTF8_FLAG = 0x800
MSDOS = 0  # ZipInfo.create_system of an archive written on Windows
LOCAL_HEADER, CENTRAL_HEADER, END_OF_CENTRAL = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"
FIXED_MTIME = 1668474000  # 2022-11-15 09:00 +08:00


def _with_folders(entries: list[tuple[str, bytes]]) -> list[tuple[str, bytes | None]]:
    """The entries preceded by one entry (no data) per folder, each folder once, before its first file."""
    listed: list[tuple[str, bytes | None]] = []
    seen: set[str] = set()
    for name, data in entries:
        for parent in reversed(PurePosixPath(name).parents[:-1]):
            if str(parent) not in seen:
                seen.add(str(parent))
                listed.append((f"{parent}/", None))
        listed.append((name, data))
    return listed


def _write_entries(target, entries: list[tuple[str, bytes | None]], create_system: int) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.create_system = create_system
            if data is None:
                info.external_attr = 0x10  # MS-DOS directory attribute
                archive.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """A zip with UTF-8 names (zipfile sets bit 11 for every non-ASCII name)."""
    out = io.BytesIO()
    _write_entries(out, _with_folders(entries), create_system=3)
    return out.getvalue()


def _placeholder(index: int, name: bytes) -> str:
    """An ASCII stand-in exactly as long as the GBK name, a folder's keeping its closing slash."""
    if name.endswith(b"/"):
        return f"{index}".zfill(len(name) - 1) + "/"
    return f"{index}".zfill(len(name))


def _patch_name(data: bytearray, at: int, length_at: int, old: bytes, new: bytes, flag_at: int) -> None:
    (length,) = struct.unpack_from("<H", data, length_at)
    if length != len(old) or data[at:at + length] != old:
        raise ValueError("zip header does not hold the placeholder name where expected")
    if struct.unpack_from("<H", data, flag_at)[0] & UTF8_FLAG:
        raise ValueError("zip header claims UTF-8 names")
    data[at:at + length] = new


def gbk_zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """A zip whose names are raw GBK bytes with bit 11 clear, as Windows writes it.

    zipfile flags every non-ASCII name as UTF-8, so the archive is written with ASCII stand-ins of the same
    byte length, then each stand-in is replaced by the GBK bytes in its local header and its central header.
    """
    listed = _with_folders(entries)
    names = [name.encode("gbk") for name, _ in listed]
    stand_ins = [_placeholder(i, name).encode("ascii") for i, name in enumerate(names)]
    out = io.BytesIO()
    _write_entries(out, [(s.decode(), data) for s, (_, data) in zip(stand_ins, listed, strict=True)], MSDOS)
    data = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        offsets = [info.header_offset for info in archive.infolist()]
    for offset, old, new in zip(offsets, stand_ins, names, strict=True):
        if data[offset:offset + 4] != LOCAL_HEADER:
            raise ValueError("no local header at the recorded offset")
        _patch_name(data, offset + 30, offset + 26, old, new, offset + 6)
    end = data.rindex(END_OF_CENTRAL)
    (position,) = struct.unpack_from("<I", data, end + 16)
    for old, new in zip(stand_ins, names, strict=True):
        if data[position:position + 4] != CENTRAL_HEADER:
            raise ValueError("central directory ends early")
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, position + 28)
        _patch_name(data, position + 46, position + 28, old, new, position + 8)
        position += 46 + name_length + extra_length + comment_length
    return bytes(data)


def seven_zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """A .7z by py7zr; each file is written from disk with a fixed mtime, so the header's times do not vary."""
    out = io.BytesIO()
    with tempfile.TemporaryDirectory() as work, py7zr.SevenZipFile(out, "w") as archive:
        for number, (name, data) in enumerate(entries):
            source = Path(work) / f"{number}"
            source.write_bytes(data)
            os.utime(source, (FIXED_MTIME, FIXED_MTIME))
            archive.write(source, name)
    return out.getvalue()


def read_member(archive: Path, kind: str, name: str) -> bytes:
    """One member's bytes from an archive this module wrote (to move a packaged plan on a rerun)."""
    if kind == "7z":
        with tempfile.TemporaryDirectory() as work, py7zr.SevenZipFile(archive) as seven:
            seven.extract(path=work, targets=[name])
            return (Path(work) / name).read_bytes()
    encoding = "gbk" if kind == "zip-gbk" else None
    with zipfile.ZipFile(archive, metadata_encoding=encoding) as opened:
        return opened.read(name)
