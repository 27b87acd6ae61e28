"""Word's single-file XML (Flat OPC, "Word XML Document"): a whole .docx package written as one XML file.

Office systems that fill a Word template from a web form (a FreeMarker template of Word's own XML save)
deliver it, usually named .doc. Each ``pkg:part`` is a package part, its XML inline or its bytes in base64;
the parts are packed back into the .docx they describe and read as one. A DTD or an entity declaration is
refused before the XML is parsed, as in a .docx.
"""

from __future__ import annotations

import base64
import binascii
import re
import zipfile
from pathlib import Path

from lxml import etree

from pipeline.document import Document
from pipeline.errors import ReadError
from pipeline.readers.guard import check_zip_package
from pipeline.scratch import scratch_dir
from pipeline.wording import say

PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage"
PKG = f"{{{PKG_NS}}}"
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"


def is_flat_opc(head: str) -> bool:
    return PKG_NS.lower() in head.lower()


def to_package(path: Path, target: Path) -> Path:
    """Write the .docx package the Flat OPC file at ``path`` describes to ``target``."""
    data = path.read_bytes()
    if _DECLARATION.search(data):
        raise ReadError("corrupt", say("errors.detail.xml_declares"))
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ReadError("corrupt", say("errors.detail.xml_incomplete", problem=str(exc)[:120])) from exc
    types = etree.Element(f"{{{_CT}}}Types", nsmap={None: _CT})
    etree.SubElement(types, f"{{{_CT}}}Default", Extension="rels", ContentType=RELS_TYPE)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for part in root.iterfind(f"{PKG}part"):
            name = (part.get(f"{PKG}name") or "").lstrip("/")
            if not name:
                continue
            package.writestr(name, _part_bytes(part))
            if not name.endswith(".rels"):
                etree.SubElement(types, f"{{{_CT}}}Override", PartName=f"/{name}",
                                 ContentType=part.get(f"{PKG}contentType") or "application/xml")
        package.writestr("[Content_Types].xml", etree.tostring(types, xml_declaration=True, encoding="UTF-8"))
    return target


def _part_bytes(part: etree._Element) -> bytes:
    xml = part.find(f"{PKG}xmlData")
    if xml is not None and len(xml):
        return etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True)
    binary = part.find(f"{PKG}binaryData")
    try:
        return base64.b64decode("".join((binary.text or "").split())) if binary is not None else b""
    except (binascii.Error, ValueError) as exc:
        raise ReadError("corrupt", say("errors.detail.part_undecodable", name=part.get(f"{PKG}name"))) from exc


def read_flat_opc(path: Path) -> Document:
    from pipeline.readers.docx import read_docx

    with scratch_dir("flat") as tmp:
        package = to_package(path, Path(tmp) / "package.docx")
        check_zip_package(package)
        document = read_docx(package)
    document.source = str(path)
    return document
