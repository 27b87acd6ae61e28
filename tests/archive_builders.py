"""Real archives for the inventory tests, written the way the tools districts use write them.

zipfile sets the UTF-8 flag for every non-ASCII name it writes, so a zip as
Windows' 压缩文件夹 (or 7-Zip on a Chinese Windows) makes it, GBK names
without the flag, is written here header by header. So is a ZipCrypto-encrypted
zip, which zipfile can read but not write.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import py7zr

ZIP_UTF8 = 0x800
ZIP_ENCRYPTED = 0x1
DOS_TIME, DOS_DATE = 0, (2024 - 1980) << 9 | 3 << 5 | 1
CENTRAL_SIZE_AT = 24  # offset of "uncompressed size" in a central directory header
RAR5_SIGNATURE = b"Rar!\x1a\x07\x01\x00"
SEVEN_Z_SIGNATURE_SIZE = 32


@dataclass(frozen=True)
class RawMember:
    """A stored zip member: raw name bytes, data, and whether the UTF-8 flag is set."""

    name: bytes
    data: bytes
    utf8: bool = False


def gbk(name: str) -> bytes:
    return name.encode("gbk")


def raw_zip(path: Path, members: Sequence[RawMember], password: bytes | None = None) -> Path:
    """A stored (uncompressed) zip whose names are exactly the given bytes, flag bit 11 only where asked."""
    body, central = io.BytesIO(), io.BytesIO()
    for member in members:
        crc = zlib.crc32(member.data)
        flags = (ZIP_UTF8 if member.utf8 else 0) | (ZIP_ENCRYPTED if password else 0)
        data = _zipcrypto(member.data, crc, password) if password else member.data
        offset = body.tell()
        body.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, 0, DOS_TIME, DOS_DATE, crc,
                               len(data), len(member.data), len(member.name), 0))
        body.write(member.name + data)
        central.write(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, flags, 0, DOS_TIME, DOS_DATE, crc,
                                  len(data), len(member.data), len(member.name), 0, 0, 0, 0, 0, offset))
        central.write(member.name)
    directory = central.getvalue()
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory),
                      body.tell(), 0)
    path.write_bytes(body.getvalue() + directory + end)
    return path


def _zipcrypto(data: bytes, crc: int, password: bytes) -> bytes:
    """Traditional PKWARE encryption (what "加密" in most zip tools writes): 12-byte header, then the data."""
    keys = [0x12345678, 0x23456789, 0x34567890]

    def crc_step(value: int, byte: int) -> int:
        return zlib.crc32(bytes([byte]), value ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def update(byte: int) -> None:
        keys[0] = crc_step(keys[0], byte)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc_step(keys[2], keys[1] >> 24)

    for byte in password:
        update(byte)
    out = bytearray()
    for byte in os.urandom(11) + bytes([crc >> 24]) + data:
        temp = (keys[2] | 2) & 0xFFFF
        out.append(byte ^ ((temp * (temp ^ 1)) >> 8) & 0xFF)
        update(byte)
    return bytes(out)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A deflated zip made by zipfile (UTF-8 flag on non-ASCII names), in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    path.write_bytes(zip_bytes(members))
    return path


def seven_z_bytes(
    members: dict[str, bytes] | list[tuple[str, bytes]], password: str | None = None, hide_names: bool = True
) -> bytes:
    """A 7z made by py7zr (names stored as Unicode), in memory; with a password, its names hidden too or not."""
    buffer = io.BytesIO()
    encrypt_header = password is not None and hide_names
    with py7zr.SevenZipFile(buffer, "w", password=password, header_encryption=encrypt_header) as archive:
        for name, data in members.items() if isinstance(members, dict) else members:
            archive.writestr(data, name)
    return buffer.getvalue()


def write_7z(
    path: Path, members: dict[str, bytes] | list[tuple[str, bytes]], password: str | None = None, hide_names: bool = True
) -> Path:
    path.write_bytes(seven_z_bytes(members, password, hide_names))
    return path


def seven_z_with_symlink(path: Path, link: str, target: str, others: dict[str, bytes]) -> Path:
    """A 7z holding a symbolic link, stored as py7zr (and 7-Zip on Linux) stores one: its target as data."""
    with tempfile.TemporaryDirectory() as folder:
        os.symlink(target, Path(folder) / "link")
        with py7zr.SevenZipFile(path, "w") as archive:
            archive.write(Path(folder) / "link", link)
            for name, data in others.items():
                archive.writestr(data, name)
    return path


def rename_7z_member(path: Path, old: str, new: str) -> Path:
    """Give a member a name py7zr refuses to write ("../x"), as a hostile tool would: patch the header.

    The archive is rewritten with a plain (not compressed) header, so names sit in it as UTF-16LE; the
    two CRCs of the signature header are then recomputed.
    """
    with py7zr.SevenZipFile(path) as archive:
        members = {name: bio.read() for name, bio in _read_all(archive).items()}
    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w") as archive:
        archive.set_encoded_header_mode(False)
        for name, data in members.items():
            archive.writestr(data, name)
    data = bytearray(buffer.getvalue())
    old_raw, new_raw = old.encode("utf-16-le"), new.encode("utf-16-le")
    assert len(old_raw) == len(new_raw) and data.count(old_raw) == 1
    header_at = SEVEN_Z_SIGNATURE_SIZE + struct.unpack_from("<Q", data, 12)[0]
    data[data.index(old_raw, header_at) : data.index(old_raw, header_at) + len(old_raw)] = new_raw
    header_size = struct.unpack_from("<Q", data, 20)[0]
    struct.pack_into("<I", data, 28, zlib.crc32(data[header_at : header_at + header_size]))
    struct.pack_into("<I", data, 8, zlib.crc32(data[12:32]))
    path.write_bytes(bytes(data))
    return path


def _read_all(archive: py7zr.SevenZipFile) -> dict[str, io.BytesIO]:
    factory = py7zr.io.BytesIOFactory(limit=1 << 24)
    archive.extractall(factory=factory)
    return {name: factory.get(name) for name in archive.getnames()}


def zip_with_symlink(path: Path, link: str, target: str, others: dict[str, bytes]) -> Path:
    """A zip as Info-ZIP writes `zip -y`: the link stored as a Unix S_IFLNK entry whose data is its target."""
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo(link)
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, target)
        for name, data in others.items():
            zf.writestr(name, data)
    return path


def zeros_zip(path: Path, name: str, size: int) -> Path:
    """A deflated member of ``size`` zero bytes, written in chunks (a compression bomb in small)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open(name, "w", force_zip64=True) as member:
        chunk = bytes(1 << 20)
        for start in range(0, size, len(chunk)):
            member.write(chunk[: size - start])
    return path


def forge_declared_size(path: Path, size: int) -> Path:
    """Rewrite the first central directory entry's uncompressed size: a header that lies."""
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02") + CENTRAL_SIZE_AT
    data[at : at + 4] = struct.pack("<I", size)
    path.write_bytes(bytes(data))
    return path


def truncated(path: Path, keep: float = 0.6) -> Path:
    """The file cut short, as an interrupted upload leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def fake_rar(path: Path) -> Path:
    """A RAR5 signature and junk: enough for the bytes to say "RAR"."""
    path.write_bytes(RAR5_SIGNATURE + os.urandom(200))
    return path
