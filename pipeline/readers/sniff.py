"""Tells a submission's format from its bytes, never from its name.

Clerks rename files, WPS saves Word-97 files as .wps, and a password-protected
.docx is not a zip at all but an OLE2 container; the extension is not evidence.
A JPEG or PNG (a photographed licence, a scanned letter) is an image.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

import msoffcrypto
import olefile

from pipeline.errors import ReadError

Format = Literal["pdf", "docx", "doc", "image"]

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
IMAGE_MAGICS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")  # JPEG, PNG
DOCX_MAIN_PART = "word/document.xml"
OOXML_ENCRYPTION_STREAMS = {"EncryptionInfo", "EncryptedPackage"}
WORD97_STREAM = "WordDocument"


def sniff(path: Path) -> Format:
    """The readable format of ``path``, or a ``ReadError`` saying why it cannot be read."""
    try:
        with path.open("rb") as fh:
            head = fh.read(PDF_MAGIC_WINDOW)
    except OSError as exc:
        raise ReadError("corrupt", f"无法打开文件：{exc.strerror}") from exc
    if not head:
        raise ReadError("empty")
    if head.startswith(IMAGE_MAGICS):
        return "image"
    if PDF_MAGIC in head:
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        return _sniff_ole2(path)
    if head.startswith(ZIP_MAGICS):
        return _sniff_zip(path)
    raise ReadError("unsupported_format")


def _sniff_ole2(path: Path) -> Format:
    """Word 97–2003 (also what WPS writes), or an encrypted OOXML package, or something else."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except OSError as exc:  # olefile raises OSError subclasses for broken containers
        raise ReadError("corrupt", "OLE2 复合文件结构损坏") from exc
    if streams & OOXML_ENCRYPTION_STREAMS:
        raise ReadError("encrypted")
    if WORD97_STREAM not in streams:
        raise ReadError("unsupported_format", "不是 Word 文档（可能是 Excel、PowerPoint 或其他 OLE 文件）")
    if _word97_is_encrypted(path):
        raise ReadError("encrypted")
    return "doc"


def _word97_is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception as exc:  # msoffcrypto raises bare exceptions on odd FIBs
        raise ReadError("corrupt", "Word 97 文件头无法解析") from exc


def _sniff_zip(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ReadError("corrupt", "压缩包结构不完整") from exc
    if DOCX_MAIN_PART not in names:
        raise ReadError("unsupported_format", "压缩包不是 Word 文档（缺少 word/document.xml）")
    return "docx"
