"""What an OOXML package is, and a copy of a Word one that python-docx can open.

Word saves the same WordprocessingML under several package types: a macro-enabled
.docm, a template .dotx/.dotm, and "Strict Open XML", which is the transitional
markup under other namespace names (http://purl.oclc.org/ooxml/…). python-docx
opens only a transitional .docx, so a Word package of another kind is copied in
memory with its main part's content type set to the .docx one (a Word document
imported whole as a chunk typed as the package it is) and, for Strict, every
Strict namespace and relationship type renamed to its transitional twin.
The file on disk is never changed.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

PACKAGE_RELS = "_rels/.rels"
CONTENT_TYPES = "[Content_Types].xml"
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
OFFICE_DOCUMENT_RELS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MAINS = frozenset({
    DOCX_MAIN,
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
})
# Strict names, longest first where one is a prefix of another, and their transitional twins.
STRICT_TO_TRANSITIONAL: list[tuple[str, str]] = [
    ("http://purl.oclc.org/ooxml/officeDocument/relationships",
     "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
     "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    ("http://purl.oclc.org/ooxml/officeDocument/customProperties",
     "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"),
    ("http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
     "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
    ("http://purl.oclc.org/ooxml/officeDocument/sharedTypes",
     "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"),
    ("http://purl.oclc.org/ooxml/officeDocument/customXml",
     "http://schemas.openxmlformats.org/officeDocument/2006/customXml"),
    ("http://purl.oclc.org/ooxml/officeDocument/bibliography",
     "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"),
    ("http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
    ("http://purl.oclc.org/ooxml/wordprocessingml/main", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
     "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("http://purl.oclc.org/ooxml/drawingml/picture", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
    ("http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
    ("http://purl.oclc.org/ooxml/drawingml/diagram", "http://schemas.openxmlformats.org/drawingml/2006/diagram"),
    ("http://purl.oclc.org/ooxml/schemaLibrary/main", "http://schemas.openxmlformats.org/schemaLibrary/2006/main"),
]
EMBEDDED_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
STRICT_PREFIX = b"http://purl.oclc.org/ooxml/"
_STRICT = re.compile("|".join(re.escape(s) for s, _ in STRICT_TO_TRANSITIONAL).encode())
_TRANSITIONAL_OF = {s.encode(): t.encode() for s, t in STRICT_TO_TRANSITIONAL}
XML_SUFFIXES = (".xml", ".rels")


def main_part(zf: zipfile.ZipFile) -> str | None:
    """The package's main document part ("word/document.xml"), found as Office finds it: by relationship."""
    try:
        rels = etree.fromstring(zf.read(PACKAGE_RELS))
    except (KeyError, etree.XMLSyntaxError):
        return None
    for rel in rels.iterfind(f"{_RELS_NS}Relationship"):
        if rel.get("Type") in OFFICE_DOCUMENT_RELS and rel.get("TargetMode") != "External":
            return posixpath.normpath(rel.get("Target", "").lstrip("/"))
    return None


def content_type(zf: zipfile.ZipFile, part: str) -> str | None:
    """The content type ``[Content_Types].xml`` gives ``part``: its override, else its extension's default."""
    try:
        types = etree.fromstring(zf.read(CONTENT_TYPES))
    except (KeyError, etree.XMLSyntaxError):
        return None
    for override in types.iterfind(f"{_CT_NS}Override"):
        if override.get("PartName", "").lstrip("/") == part:
            return override.get("ContentType")
    extension = posixpath.splitext(part)[1].lstrip(".").lower()
    for default in types.iterfind(f"{_CT_NS}Default"):
        if default.get("Extension", "").lower() == extension:
            return default.get("ContentType")
    return None


def is_strict(zf: zipfile.ZipFile, part: str) -> bool:
    with zf.open(part) as fh:
        return STRICT_PREFIX in fh.read(4096)


def openable_word_package(path: Path) -> Path | io.BytesIO:
    """``path`` itself when python-docx can open it, else an in-memory transitional .docx copy of it."""
    with zipfile.ZipFile(path) as zf:
        main = main_part(zf)
        if main is None or main not in zf.namelist():
            return path
        strict = is_strict(zf, main)
        types = _docx_content_types(zf.read(CONTENT_TYPES), main)
        if types is None and not strict:
            return path
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in zf.infolist():
                data = types if info.filename == CONTENT_TYPES and types is not None else zf.read(info)
                if strict and info.filename.lower().endswith(XML_SUFFIXES):
                    data = _STRICT.sub(lambda m: _TRANSITIONAL_OF[m.group(0)], data)
                copy.writestr(info.filename, data)
    out.seek(0)
    return out


def _docx_content_types(data: bytes, main: str) -> bytes | None:
    """``[Content_Types].xml`` as a .docx declares it, None when it already does: the main part typed as a
    .docx body, and a whole Word document embedded in it (an imported chunk) typed as a package, not as a
    second body python-docx would try to parse."""
    types = etree.fromstring(data)
    changed = False
    for override in types.iterfind(f"{_CT_NS}Override"):
        is_main = override.get("PartName", "").lstrip("/") == main
        declared = override.get("ContentType")
        wanted = DOCX_MAIN if is_main else EMBEDDED_DOCX if declared in WORD_MAINS else declared
        if declared != wanted:
            override.set("ContentType", wanted or "")
            changed = True
    return etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else None
