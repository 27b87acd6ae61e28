"""Bounds a submission before any parser touches it.

A file is measured by what it declares (its size on disk, a zip's central
directory) so that a zip bomb is refused without inflating a single byte, and
a DOCTYPE in the package's XML (external entities, entity expansion) is
refused before lxml sees it.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from pipeline.errors import ReadError
from pipeline.wording import say

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 5_000
MAX_COMPRESSION_RATIO = 200
RATIO_EXEMPT_BYTES = 1024 * 1024  # small parts may compress very well without being a threat
XML_SUFFIXES = (".xml", ".rels", ".vml")
SCAN_CHUNK = 1 << 20
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_OVERLAP = 16  # bytes kept from the previous chunk, so a declaration cut by a chunk boundary is still seen


def check_file_size(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    size = path.stat().st_size
    if size > limit:
        raise ReadError("too_large", say("errors.detail.file_too_large", size=size / 1024 / 1024, limit=limit / 1024 / 1024))


def check_zip_package(path: Path) -> None:
    """Refuse a zip whose declared contents are too many, too big or too compressed, or that carries a DTD."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            _check_declared_sizes(members)
            for info in members:
                if info.filename.lower().endswith(XML_SUFFIXES):
                    _check_no_declarations(zf, info)
    except zipfile.BadZipFile as exc:
        raise ReadError("corrupt", say("errors.detail.zip_incomplete")) from exc


def _check_declared_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise ReadError("too_large", say("errors.detail.too_many_parts", count=len(members), limit=MAX_ZIP_MEMBERS))
    total = sum(info.file_size for info in members)
    if total > MAX_UNZIPPED_BYTES:
        detail = say("errors.detail.parts_too_large", size=total / 1024 / 1024, limit=MAX_UNZIPPED_BYTES / 1024 / 1024)
        raise ReadError("too_large", detail)
    for info in members:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_EXEMPT_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise ReadError("too_large", say("errors.detail.part_ratio", name=info.filename, ratio=ratio))


def _check_no_declarations(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a part that declares a DTD or an entity anywhere in it, not only in its first bytes (the sizes
    were bounded before, so the scan is bounded too)."""
    tail = b""
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(SCAN_CHUNK):
                if _DECLARATION.search(tail + chunk):
                    raise ReadError("corrupt", say("errors.detail.part_declares", name=info.filename))
                tail = chunk[-_OVERLAP:]
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise ReadError("corrupt", say("errors.detail.part_damaged", name=info.filename)) from exc
