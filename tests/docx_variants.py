"""Other forms of the same Word document, as offices produce them: a .docm or .dotx package, a Strict Open XML
save, Word's single-file XML (Flat OPC), or LibreOffice's .odt, .rtf and Word 97 exports. Each must read as the .docx it came from.

Strict Open XML is the transitional markup under other namespace names; LibreOffice does not write it, so it
is made here the way it is defined, by renaming every transitional namespace to its Strict twin. LibreOffice
conversions are slow (seconds each), so they are cached by the source's content hash in one folder per test
session.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from pipeline.readers import read
from pipeline.readers.docx import normalise
from pipeline.readers.docx_xml import paragraph_text
from pipeline.readers.flat_opc import PKG_NS
from pipeline.readers.ooxml import CONTENT_TYPES, DOCX_MAIN, STRICT_TO_TRANSITIONAL, content_type
from tests.reader_docx_samples import add_list

DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
SOFFICE_TIMEOUT_S = 180


def rezip(source: Path, target: Path, transform: Callable[[str, bytes], bytes]) -> Path:
    """Copy a package member by member, each member's bytes passed through ``transform(name, data)``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, transform(info.filename, src.read(info)))
    return target


def with_main_type(source: Path, target: Path, main_type: str) -> Path:
    """The same document declared as another kind of Word package (.docm, .dotx)."""
    def retype(name: str, data: bytes) -> bytes:
        return data.replace(DOCX_MAIN.encode(), main_type.encode()) if name == CONTENT_TYPES else data

    return rezip(source, target, retype)


def as_strict(source: Path, target: Path) -> Path:
    """The same document saved as Strict Open XML."""
    def to_strict(name: str, data: bytes) -> bytes:
        if name.endswith((".xml", ".rels")):
            for strict, transitional in STRICT_TO_TRANSITIONAL:
                data = data.replace(transitional.encode(), strict.encode())
        return data

    return rezip(source, target, to_strict)


def converted(sources: list[Path], fmt: str, cache: Path) -> list[Path]:
    """Each of ``sources`` converted by LibreOffice to ``fmt`` ("odt", "rtf", "doc", or "docx" to bring one
    back), made once per content and kept in ``cache``; what is missing is converted in one soffice run."""
    digests = [hashlib.sha256(source.read_bytes()).hexdigest()[:16] for source in sources]
    targets = [cache / f"{digest}.{fmt}" for digest in digests]
    missing = [(source, digest) for source, digest, target in zip(sources, digests, targets, strict=True)
               if not target.exists()]
    if missing:
        with tempfile.TemporaryDirectory() as work:
            staged = [Path(work) / f"{digest}{source.suffix}" for source, digest in missing]
            for (source, _), copy_ in zip(missing, staged, strict=True):
                shutil.copyfile(source, copy_)
            subprocess.run(
                ["soffice", "--headless", "--norestore", f"-env:UserInstallation={(cache / 'profile').as_uri()}",
                 "--convert-to", fmt, "--outdir", str(cache), *map(str, staged)],
                check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S,
            )
    return targets


HeadingMark = Literal["style", "outline", "numbering", "gongwen"]
BODY_FONT, HEADING_FONTS = "仿宋_GB2312", {1: "黑体", 2: "楷体_GB2312"}
# A typed section number and the Word list level text that renders it, given the level's placeholder number.
_LIST_FORMATS: list[tuple[re.Pattern[str], str, Callable[[int], str]]] = [
    (re.compile(r"^[一二三四五六七八九十]+、$"), "chineseCounting", lambda n: f"%{n}、"),
    (re.compile(r"^（[一二三四五六七八九十]+）$"), "chineseCounting", lambda n: f"（%{n}）"),
    (re.compile(r"^第[一二三四五六七八九十]+部分$"), "chineseCounting", lambda n: f"第%{n}部分"),
    (re.compile(r"^\d+[.．]$"), "decimal", lambda n: f"%{n}."),
    (re.compile(r"^\d+(?:\.\d+)+$"), "decimal", lambda n: ".".join(f"%{i}" for i in range(1, n + 1))),
]
LIST_ID = 7301


def _list_level(numbering: str, level: int) -> tuple[str, str] | None:
    for pattern, fmt, text in _LIST_FORMATS:
        if pattern.match(numbering):
            return fmt, text(level)
    return None


def _rewrite(p: etree._Element, text: str, font: str, **ppr: str) -> None:
    """Make ``p`` one plain run of ``text`` in ``font`` (no style, no list, no bold), with the extra paragraph
    properties ``ppr`` (``outlineLvl``, ``numPr`` as XML)."""
    for child in [c for c in p if c.tag != qn("w:pPr")]:
        p.remove(child)
    p_pr = p.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = etree.SubElement(p, qn("w:pPr"))
    for child in [c for c in p_pr if c.tag in (qn("w:pStyle"), qn("w:numPr"), qn("w:outlineLvl"))]:
        p_pr.remove(child)
    for xml in ppr.values():
        p_pr.insert(0, parse_xml(xml))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" '
                       f'w:eastAsia="{font}"/><w:b w:val="0"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'))


def remark_headings(source: Path, target: Path, mark: HeadingMark) -> Path:
    """The same plan with its section headings (level ≥ 1, as the reader sees them) marked another way: a
    Heading style, an outline level alone, a Word list from numbering.xml, or the 公文 typefaces alone (黑体,
    楷体, with every other paragraph in 仿宋). The text Word shows is unchanged."""
    headings = iter([h for h in read(source).headings() if h.level >= 1])
    document = docx.Document(str(source))
    levels: dict[int, tuple[str, str]] = {}
    current = next(headings, None)
    for paragraph in document.paragraphs:
        text = normalise(paragraph_text(paragraph._p))
        if current is None or not text.endswith(current.title) or len(text) > len(current.text) + 1:
            if mark == "gongwen" and text:
                for run in paragraph.runs:
                    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
            continue
        level, listed = current.level, _list_level(current.numbering, current.level)
        if mark == "numbering" and listed is not None:
            levels[level] = listed
            num_pr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level - 1}"/><w:numId w:val="{LIST_ID}"/></w:numPr>'
            _rewrite(paragraph._p, current.title, BODY_FONT, numPr=num_pr)
        elif mark == "style":
            _rewrite(paragraph._p, current.text, BODY_FONT)
            paragraph.style = document.styles[f"Heading {level}"]
        elif mark == "gongwen":
            _rewrite(paragraph._p, current.text, HEADING_FONTS.get(level, BODY_FONT))
        else:
            _rewrite(paragraph._p, current.text, BODY_FONT,
                     outlineLvl=f'<w:outlineLvl {nsdecls("w")} w:val="{level - 1}"/>')
        current = next(headings, None)
    assert current is None, f"heading not found in {source.name}: {current}"
    if levels:
        add_list(document, LIST_ID, LIST_ID, [levels.get(n, ("decimal", f"%{n}.")) for n in range(1, max(levels) + 1)])
    document.save(str(target))
    return target


TRACK = 'w:author="审核人" w:date="2022-11-01T00:00:00Z"'
# Text a reviewer deleted or only commented: none of it may reach the review.
DECOY_LEAD, DECOY_MEMBER = "杭州乙方科技有限公司", "杭州已删除科技有限公司"
DECOY_DELETED = f"牵头单位：{DECOY_LEAD}。申报类型：类型一。联合体总投入99999万元。"
DECOY_COMMENT = f"建议将牵头单位改为{DECOY_LEAD}，所属领域改为现代农业。"


def _w(xml: str) -> etree._Element:
    """One WordprocessingML element from ``xml`` written with an undeclared ``w:`` prefix."""
    return parse_xml(f'<w:body {nsdecls("w")}>{xml}</w:body>')[0]


def tracked(source: Path, target: Path) -> Path:
    """The same plan as a reviewer's tracked-changes copy whose final view is the original: every third
    paragraph re-typed as an insertion beside a deleted decoy sentence, a whole decoy paragraph deleted, a
    paragraph moved (its old place a moveFrom), a decoy member row and a decoy column deleted from the first
    table, a decoy comment, and an empty content control showing its placeholder."""
    document = docx.Document(str(source))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    for n, paragraph in enumerate(paragraphs[1::3]):
        runs = [c for c in paragraph._p if c.tag == qn("w:r")]
        insertion = _w(f'<w:ins w:id="{100 + n}" {TRACK}/>')
        runs[0].addprevious(insertion)
        insertion.extend(runs)
        insertion.addnext(_w(f'<w:del w:id="{500 + n}" {TRACK}><w:r><w:delText>{DECOY_DELETED}</w:delText></w:r></w:del>'))
    paragraphs[2]._p.addnext(_w(
        f'<w:p><w:pPr><w:rPr><w:del w:id="900" {TRACK}/></w:rPr></w:pPr>'
        f'<w:del w:id="901" {TRACK}><w:r><w:delText>{DECOY_DELETED}</w:delText></w:r></w:del></w:p>'))
    moved = paragraphs[-2]._p
    document.element.body.find(qn("w:p")).addnext(_w(
        f'<w:p><w:moveFrom w:id="902" {TRACK}><w:r><w:t>{paragraph_text(moved)}</w:t></w:r></w:moveFrom></w:p>'))
    runs = [c for c in moved if c.tag == qn("w:r")]
    move_to = _w(f'<w:moveTo w:id="903" {TRACK}/>')
    runs[0].addprevious(move_to)
    move_to.extend(runs)
    document.add_comment(paragraphs[0].runs, text=DECOY_COMMENT, author="审核人")
    paragraphs[3]._p.addnext(_w(
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>单击或点击此处输入牵头单位名称。</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    if document.tables:
        _delete_decoys(document.tables[0]._tbl)
    document.save(str(target))
    return target


def _delete_decoys(tbl: etree._Element) -> None:
    """A deleted copy of the table's second row naming a decoy unit, and a deleted decoy cell on every row."""
    rows = tbl.findall(qn("w:tr"))
    decoy = copy.deepcopy(rows[min(1, len(rows) - 1)])
    for t in decoy.iter(qn("w:t")):
        t.text = DECOY_MEMBER
    tr_pr = decoy.find(qn("w:trPr"))
    if tr_pr is None:
        tr_pr = _w("<w:trPr/>")
        decoy.insert(0, tr_pr)
    tr_pr.append(_w(f'<w:del w:id="904" {TRACK}/>'))
    rows[min(1, len(rows) - 1)].addnext(decoy)
    for n, row in enumerate(tbl.findall(qn("w:tr"))):
        row.append(_w(f'<w:tc><w:tcPr><w:cellDel w:id="{950 + n}" {TRACK}/></w:tcPr>'
                      f'<w:p><w:r><w:t>{DECOY_MEMBER}</w:t></w:r></w:p></w:tc>'))


RUNNING_HEADER = f"申报单位（盖章）：{DECOY_LEAD}"


def with_header_and_footer(source: Path, target: Path) -> Path:
    """The same plan with a running header naming a decoy unit and a page-number footer (PAGE field)."""
    document = docx.Document(str(source))
    for section in document.sections:
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = RUNNING_HEADER
        footer = section.footer.paragraphs[0]
        footer.text = "第 "
        footer._p.append(_w('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        footer.add_run(" 页")
    document.save(str(target))
    return target


def as_flat_opc(source: Path, target: Path) -> Path:
    """The same document saved as Word's single-file XML (Flat OPC): every part inline, XML parts as XML,
    other parts in base64, each with the content type ``[Content_Types].xml`` gives it."""
    root = etree.Element(f"{{{PKG_NS}}}package", nsmap={"pkg": PKG_NS})
    with zipfile.ZipFile(source) as package:
        for name in package.namelist():
            if name == CONTENT_TYPES:
                continue
            data = package.read(name)
            part = etree.SubElement(root, f"{{{PKG_NS}}}part", {f"{{{PKG_NS}}}name": f"/{name}",
                                                                 f"{{{PKG_NS}}}contentType": content_type(package, name) or ""})
            if name.endswith((".xml", ".rels")):
                etree.SubElement(part, f"{{{PKG_NS}}}xmlData").append(etree.fromstring(data))
            else:
                etree.SubElement(part, f"{{{PKG_NS}}}binaryData").text = base64.b64encode(data).decode("ascii")
    body = etree.tostring(root, encoding="UTF-8")
    target.write_bytes(b'<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' + body)
    return target
