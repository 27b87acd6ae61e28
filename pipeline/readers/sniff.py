"""Tells a submission's format from its bytes, never from its name.

Clerks rename files, WPS saves Word-97 files (or a .docx) as .wps, and a
password-protected .docx is not a zip at all but an OLE2 container; the
extension is not evidence. A JPEG or PNG (a photographed licence, a scanned
letter) is an image. Word's other packages (.docm, .dotx, Strict Open XML) are
Word documents, and so is Word's single-file XML (Flat OPC); RTF, OpenDocument
text, Word 2003 XML and web pages (what office
systems often export under a .doc name) are read through LibreOffice. Anything
else is refused with what it really is (an Excel workbook, a presentation, plain
text …), so the clerk knows what to ask the applicant for.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Literal

import msoffcrypto
import olefile

from pipeline.errors import ReadError
from pipeline.readers.flat_opc import is_flat_opc
from pipeline.readers.ooxml import WORD_MAINS, content_type, main_part
from pipeline.wording import say, templates

Format = Literal["pdf", "docx", "flatopc", "doc", "rtf", "odt", "wordml", "html", "image"]

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
IMAGE_MAGICS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")  # JPEG, PNG
RTF_MAGIC = b"{\\rtf"
UTF8_BOM = b"\xef\xbb\xbf"
OOXML_ENCRYPTION_STREAMS = {"EncryptionInfo", "EncryptedPackage"}
WORD97_STREAM = "WordDocument"
ODF_MIMETYPE = "mimetype"
ODF_MANIFEST = "META-INF/manifest.xml"
ODF_ENCRYPTED = b"encryption-data"  # a password-protected OpenDocument file lists how each part was encrypted
ODF_TEXT = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")

# What a file that is not a plan's format is, by its first bytes; the names the clerk reads are in wording.yaml (formats).
OTHER_MAGICS: list[tuple[bytes, str]] = [
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"GIF8", "gif"),
    (b"BM", "bmp"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"KSWPS", "wps_legacy"),
    (b"MIME-Version:", "mht"),
]
OLE2_KINDS = {"Workbook": "xls", "Book": "xls5", "PowerPoint Document": "ppt"}
ZIP_KINDS = {"spreadsheetml": "xlsx", "presentationml": "pptx", "opendocument.spreadsheet": "ods",
             "opendocument.presentation": "odp", "epub": "epub"}
FORMAT_NAMES = templates("formats")
WORD_2003_XML = ('progid="word.document"', "<w:worddocument")
HTML_OPENINGS = ("<!doctype html", "<html")


def unsupported(kind: str) -> ReadError:
    """The file is a ``kind`` (a key of wording.yaml's formats), not a plan's format."""
    return _not_a_plan(FORMAT_NAMES[kind])


def _not_a_plan(name: str) -> ReadError:
    return ReadError("unsupported_format", say("errors.detail.not_a_plan", kind=name))


def sniff(path: Path) -> Format:
    """The readable format of ``path``, or a ``ReadError`` saying why it cannot be read."""
    try:
        with path.open("rb") as fh:
            head = fh.read(PDF_MAGIC_WINDOW)
    except OSError as exc:
        raise ReadError("corrupt", say("errors.detail.cannot_open", reason=exc.strerror)) from exc
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
    if head.removeprefix(UTF8_BOM).lstrip().startswith(RTF_MAGIC):
        return "rtf"
    return _sniff_other(head)


def _sniff_other(head: bytes) -> Format:
    """A text-based document LibreOffice reads, or a ``ReadError`` naming what the file is."""
    for magic, kind in OTHER_MAGICS:
        if head.startswith(magic):
            raise unsupported(kind)
    text = _as_text(head)
    if text is None:
        raise unsupported("unknown")
    lowered = text.lstrip().lower()
    if lowered.startswith("<?xml"):
        if is_flat_opc(lowered):
            return "flatopc"
        if any(marker in lowered for marker in WORD_2003_XML):
            return "wordml"
        raise unsupported("xml")
    if lowered.startswith(HTML_OPENINGS) or "<html" in lowered:
        return "html"
    raise unsupported("text")


def _as_text(head: bytes) -> str | None:
    """``head`` decoded when it is text (UTF-8, UTF-16 or GB18030), None for binary data."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    if b"\x00" in head:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            return head.removeprefix(UTF8_BOM).decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3:  # the window cut a multi-byte character
                return head[: exc.start].decode(encoding, "ignore")
    return None


def _sniff_ole2(path: Path) -> Format:
    """Word 97–2003 (also what WPS writes), or an encrypted OOXML package, or something else."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except OSError as exc:  # olefile raises OSError subclasses for broken containers
        raise ReadError("corrupt", say("errors.detail.ole2_damaged")) from exc
    if streams & OOXML_ENCRYPTION_STREAMS:
        raise ReadError("encrypted")
    if WORD97_STREAM not in streams:
        kind = next((name for stream, name in OLE2_KINDS.items() if stream in streams), "ole2")
        raise unsupported(kind)
    if _word97_is_encrypted(path):
        raise ReadError("encrypted")
    return "doc"


def _word97_is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception as exc:  # msoffcrypto raises bare exceptions on odd FIBs
        raise ReadError("corrupt", say("errors.detail.word97_header")) from exc


def _sniff_zip(path: Path) -> Format:
    """A Word package of any kind, OpenDocument text, or another zip named for what it is."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if ODF_MIMETYPE in names:
                if ODF_MANIFEST in names and ODF_ENCRYPTED in zf.read(ODF_MANIFEST):
                    raise ReadError("encrypted")
                return _sniff_odf(zf.read(ODF_MIMETYPE).decode("ascii", "replace").strip())
            main = main_part(zf)
            declared = content_type(zf, main) if main in names else None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        raise ReadError("corrupt", say("errors.detail.zip_incomplete")) from exc
    if declared in WORD_MAINS or (declared is None and "word/document.xml" in names):
        return "docx"  # without a declared type python-docx decides: corrupt if it cannot open it
    kind = next((name for key, name in ZIP_KINDS.items() if key in (declared or "")), None)
    if kind is None and "OFD.xml" in names:
        kind = "ofd"
    raise unsupported(kind or "zip")


def _sniff_odf(mimetype: str) -> Format:
    if mimetype in ODF_TEXT:
        return "odt"
    kind = next((name for key, name in ZIP_KINDS.items() if key in mimetype), None)
    raise unsupported(kind) if kind else _not_a_plan(say("errors.detail.opendocument", mimetype=mimetype[:60]))
