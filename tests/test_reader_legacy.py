"""Word 97 (.doc) files made by LibreOffice itself, read back through the soffice conversion."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest

from pipeline.errors import ReadError
from pipeline.readers import read
from pipeline.readers.legacy import convert_to_docx
from pipeline.readers.sniff import sniff
from tests import docx_variants as variants
from tests import reader_docx_samples as samples

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def doc_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sample plans saved as Word 97 by LibreOffice (one soffice run for all), as a clerk's old Word would."""
    folder = tmp_path_factory.mktemp("doc")
    sources = [samples.numbered_outline(folder / "plan.docx"), samples.typical_plan(folder / "typical.docx")]
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
             "--convert-to", "doc", "--outdir", str(folder), *map(str, sources)],
            check=True, capture_output=True, timeout=180,
        )
    return folder


@pytest.fixture(scope="module")
def doc_file(doc_folder: Path) -> Path:
    return doc_folder / "plan.doc"


def test_doc_reads_like_the_docx_it_was_saved_from(doc_folder: Path) -> None:
    from_doc, from_docx = read(doc_folder / "typical.doc"), read(doc_folder / "typical.docx")
    assert [b.kind for b in from_doc.blocks] == [b.kind for b in from_docx.blocks]
    assert from_doc.text == from_docx.text
    assert from_doc.tables()[0].grid() == from_docx.tables()[0].grid()


def test_doc_is_sniffed_by_content_even_when_named_docx(doc_file: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "plan.docx"
    renamed.write_bytes(doc_file.read_bytes())
    assert sniff(renamed) == "doc"


def test_doc_is_read_with_its_numbered_headings(doc_file: Path) -> None:
    document = read(doc_file)
    assert document.format == "doc" and document.source == str(doc_file)
    assert [h.text for h in document.headings()] == [label + text for _, text, label in samples.NUMBERED_HEADINGS]
    assert {b.prov.reader for b in document.blocks} == {"doc"}
    assert samples.BODY_SENTENCE in document.text


def test_missing_converter_names_the_debian_package(doc_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(ReadError) as caught:
        read(doc_file)
    assert caught.value.code == "converter_missing"
    assert "libreoffice-writer-nogui" in caught.value.message


def test_truncated_doc_is_corrupt_and_soffice_refusal_is_corrupt(doc_file: Path, tmp_path: Path) -> None:
    data = doc_file.read_bytes()
    truncated = tmp_path / "upload-interrupted.doc"
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(ReadError) as caught:
        read(truncated)
    assert caught.value.code == "corrupt"
    with pytest.raises(ReadError) as refused:  # past the sniffer, LibreOffice itself must refuse it
        convert_to_docx(truncated, tmp_path)
    assert refused.value.code == "corrupt" and "LibreOffice" in refused.value.detail


def test_concurrent_conversions_do_not_block_each_other(doc_file: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(read, [doc_file, doc_file]))
    assert [len(r.headings()) for r in results] == [len(samples.NUMBERED_HEADINGS)] * 2


@pytest.fixture(scope="module")
def office_exports(doc_folder: Path) -> dict[str, Path]:
    """The typical plan as LibreOffice exports it (.odt, .rtf, Word 2003 XML, a web page), and a workbook as .ods."""
    workbook = doc_folder / "members.xlsx"
    sheet = openpyxl.Workbook()
    sheet.active["A1"] = "成员单位"
    sheet.save(workbook)
    with tempfile.TemporaryDirectory() as profile:
        for fmt, sources in (("odt", ["typical.docx"]), ("rtf", ["typical.docx"]), ("ods", ["members.xlsx"]),
                             ("xml:MS Word 2003 XML", ["typical.docx"]), ("html", ["typical.docx"])):
            subprocess.run(
                ["soffice", "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                 "--convert-to", fmt, "--outdir", str(doc_folder), *(str(doc_folder / s) for s in sources)],
                check=True, capture_output=True, timeout=180,
            )
    return {fmt: doc_folder / f"{stem}.{suffix}" for fmt, stem, suffix in (
        ("odt", "typical", "odt"), ("rtf", "typical", "rtf"), ("ods", "members", "ods"), ("wordml", "typical", "xml"),
        ("html", "typical", "html"))}


@pytest.mark.parametrize("fmt", ["odt", "rtf"])
def test_odt_and_rtf_read_like_the_docx_they_were_saved_from(office_exports: dict[str, Path], doc_folder: Path,
                                                            tmp_path: Path, fmt: str) -> None:
    renamed = tmp_path / "实施方案.docx"  # the name says .docx; the content decides
    renamed.write_bytes(office_exports[fmt].read_bytes())
    assert sniff(renamed) == fmt
    document, original = read(renamed), read(doc_folder / "typical.docx")
    assert [(b.kind, b.text) for b in document.blocks] == [(b.kind, b.text) for b in original.blocks]
    assert [h.level for h in document.headings()] == [h.level for h in original.headings()]


def test_a_word97_file_saved_as_wps_reads_as_doc_and_is_reported_as_wps(doc_file: Path, tmp_path: Path) -> None:
    wps = tmp_path / "实施方案.wps"
    wps.write_bytes(doc_file.read_bytes())
    document = read(wps)
    assert sniff(wps) == "doc" and document.format == "wps"
    assert [h.text for h in document.headings()] == [label + text for _, text, label in samples.NUMBERED_HEADINGS]


def test_an_opendocument_spreadsheet_is_named_as_one(office_exports: dict[str, Path]) -> None:
    with pytest.raises(ReadError) as caught:
        read(office_exports["ods"])
    assert caught.value.code == "unsupported_format" and "OpenDocument 电子表格（.ods）" in caught.value.message


@pytest.mark.parametrize("fmt", ["wordml", "html"])
def test_word_xml_and_a_web_page_named_doc_read_with_their_sections_and_text(
        office_exports: dict[str, Path], doc_folder: Path, tmp_path: Path, fmt: str) -> None:
    """What office systems export under a Word name. LibreOffice's own exports lose styles (its Word 2003 XML
    renames them "wHeading_20_2", its web page has no title style), so the section headings' text and the
    body are compared, not the levels."""
    renamed = tmp_path / "实施方案.doc"
    renamed.write_bytes(office_exports[fmt].read_bytes())
    assert sniff(renamed) == fmt
    document, original = read(renamed), read(doc_folder / "typical.docx")
    assert [h.text for h in document.headings() if h.level] == [h.text for h in original.headings() if h.level]
    assert [p.text for p in document.blocks if p.kind == "paragraph"][1:] == \
        [p.text for p in original.blocks if p.kind == "paragraph"]
    assert document.tables()[0].grid() == original.tables()[0].grid()


ODF_ENCRYPTION_ENTRY = (
    b'<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k"'
    b' manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc"'
    b' manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2"'
    b' manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data>'
)


def test_a_password_protected_odt_is_encrypted_without_starting_libreoffice(office_exports: dict[str, Path],
                                                                            tmp_path: Path) -> None:
    """The manifest of a password-protected .odt describes how content.xml was encrypted, as LibreOffice
    writes it; the file is refused as encrypted before any conversion is tried."""
    def protect(name: str, data: bytes) -> bytes:
        if name != "META-INF/manifest.xml":
            return data
        entry = data.index(b'manifest:full-path="content.xml"')
        close = data.index(b"/>", entry)
        return data[:close] + b">" + ODF_ENCRYPTION_ENTRY + b"</manifest:file-entry>" + data[close + 2:]

    locked = variants.rezip(office_exports["odt"], tmp_path / "实施方案.odt", protect)
    with pytest.raises(ReadError) as caught:
        read(locked)
    assert caught.value.code == "encrypted"
