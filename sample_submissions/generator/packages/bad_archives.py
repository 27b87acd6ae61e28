"""Archives a reader must refuse, each built the way it really arises, with the code it must produce.

The traversal zip is refused member by member (its harmless member is still read); the others are refused
whole. No RAR writer exists here, so the .rar is an honest stand-in: the RAR5 signature, then bytes.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from .layout import Entry
from .letter import letter_docx
from .model import Commitment, Consortium, Letter
from .office import ZIP_TIME, docx_bytes, line, new_document, title
from .papers import commitment_docx
from .specs import BAD_BOMB, BAD_ENCRYPTED, BAD_RAR, BAD_TRAVERSAL, BAD_TRAVERSAL_MEMBER, BAD_TRUNCATED

BOMB_SIZE = 256 * 1024 * 1024  # inflates to 256 MiB of zeros; deflate keeps it near 1000:1
CHUNK = 1024 * 1024
RAR5_SIGNATURE = b"Rar!\x1a\x07\x01\x00"
PASSWORD = "SECRET"
FIXED_MTIME = 1668474000
COMMITMENT = Commitment("诚信承诺书.docx", "2022年11月17日")
LETTER = Letter("组建意向书.docx", "table", "2022年11月17日")


def traversal_zip(evil: bytes, harmless_name: str, harmless: bytes) -> bytes:
    """A zip with a member named ``../../evil.docx`` (it would land two folders above the unpacking folder)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("../../evil.docx", ZIP_TIME), evil, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo(harmless_name, ZIP_TIME), harmless, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def bomb_zip(member: str) -> bytes:
    """A small zip whose one member inflates to ``BOMB_SIZE`` bytes of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        info = zipfile.ZipInfo(member, ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as stream:
            zeros = bytes(CHUNK)
            for _ in range(BOMB_SIZE // CHUNK):
                stream.write(zeros)
    return out.getvalue()


def encrypted_zip(entries: list[tuple[str, bytes]]) -> bytes:
    """A password-protected zip written by 7-Zip (ZipCrypto); its random encryption header makes the bytes
    differ on every run."""
    with tempfile.TemporaryDirectory() as work:
        names = []
        for name, data in entries:
            (Path(work) / name).write_bytes(data)
            os.utime(Path(work) / name, (FIXED_MTIME, FIXED_MTIME))
            names.append(name)
        subprocess.run(["7z", "a", "-tzip", f"-p{PASSWORD}", "-bd", "out.zip", *names], cwd=work, check=True,
                       capture_output=True, timeout=120, env={**os.environ, "LC_ALL": "C.UTF-8"})
        return (Path(work) / "out.zip").read_bytes()


def truncated(archive: bytes) -> bytes:
    """The first half of a good archive, as an interrupted upload leaves it."""
    return archive[: len(archive) // 2]


def rar_stand_in(note: str) -> bytes:
    """The RAR5 signature followed by bytes: a reader that knows the signature must call it a .rar."""
    return RAR5_SIGNATURE + note.encode("utf-8") + bytes(range(256)) * 8


def _evil_docx() -> bytes:
    document = new_document()
    title(document, "说明")
    line(document, "本文件名含“../”，解压时会落到解压文件夹之外。")
    return docx_bytes(document)


def bad_entries() -> list[Entry]:
    """The truth of _bad/'s archives: the traversal zip by member (its harmless member is still read, and belongs
    to no plan), the others whole."""
    return [
        Entry(f"{BAD_TRAVERSAL}/{BAD_TRAVERSAL_MEMBER}", "failed", None, "unsafe_path"),
        Entry(f"{BAD_TRAVERSAL}/{COMMITMENT.name}", "commitment", None),
        Entry(BAD_BOMB, "failed", None, "too_large"),
        Entry(BAD_ENCRYPTED, "failed", None, "encrypted"),
        Entry(BAD_TRUNCATED, "failed", None, "corrupt"),
        Entry(BAD_RAR, "failed", None, "unsupported_archive"),
    ]


def bad_archives(consortium: Consortium, good_zip: Callable[[], bytes]) -> dict[str, Callable[[], bytes]]:
    """Makers of _bad/'s archives by path, with a consortium's papers inside and ``good_zip`` cut in half."""
    commitment = commitment_docx(consortium, COMMITMENT, None)
    letter = letter_docx(consortium, LETTER)
    return {
        BAD_TRAVERSAL: lambda: traversal_zip(_evil_docx(), COMMITMENT.name, commitment),
        BAD_BOMB: lambda: bomb_zip("实施方案.docx"),
        BAD_ENCRYPTED: lambda: encrypted_zip([(LETTER.name, letter), (COMMITMENT.name, commitment)]),
        BAD_TRUNCATED: lambda: truncated(good_zip()),
        BAD_RAR: lambda: rar_stand_in("浙江省创新联合体申报材料（RAR5 压缩包的替身，不含真实的 RAR 数据）"),
    }
