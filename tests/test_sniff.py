"""Format sniffing and input guards on real files: the name never decides, a bomb is refused unopened."""

from __future__ import annotations

import io
import shutil
import struct
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msoffcrypto.format.ooxml import OOXMLFile
from PIL import Image
from reportlab.pdfgen import canvas

from pipeline.errors import ReadError
from pipeline.readers import read
from pipeline.readers.guard import MAX_ZIP_MEMBERS
from pipeline.readers.sniff import sniff
from tests import docx_variants as variants
from tests import reader_docx_samples as samples
from tests.sample_corpus import SAMPLES


def _pdf(path: Path) -> Path:
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Implementation plan")
    page.save()
    return path


def _docx(path: Path) -> Path:
    return samples.numbered_outline(path)


def _error(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        read(path)
    return caught.value.code


def _rezip(source: Path, target: Path, replace: dict[str, bytes] | None = None,
           extra: dict[str, bytes] | None = None) -> Path:
    """Copy a package member by member, replacing or adding members as a hand-edited file would."""
    replace, extra = replace or {}, extra or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in extra.items():
            dst.writestr(name, data)
    return target


def test_pdf_named_docx_is_a_pdf(tmp_path: Path) -> None:
    assert sniff(_pdf(tmp_path / "plan.docx")) == "pdf"


def test_docx_named_pdf_is_read_as_docx(tmp_path: Path) -> None:
    source = _docx(tmp_path / "plan.docx")
    renamed = source.rename(tmp_path / "plan.pdf")
    assert sniff(renamed) == "docx"
    document = read(renamed)
    assert document.format == "docx" and document.headings()[0].text == "一、背景与意义"


def test_zero_bytes_is_empty(tmp_path: Path) -> None:
    (tmp_path / "plan.docx").write_bytes(b"")
    assert _error(tmp_path / "plan.docx") == "empty"


def test_docx_without_body_text_is_empty(tmp_path: Path) -> None:
    from docx import Document as DocxDocument

    DocxDocument().save(tmp_path / "blank.docx")
    assert _error(tmp_path / "blank.docx") == "empty"


def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    data = _docx(tmp_path / "whole.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    assert _error(tmp_path / "cut.docx") == "corrupt"


def test_encrypted_docx_is_encrypted(tmp_path: Path) -> None:
    out = io.BytesIO()
    with _docx(tmp_path / "plain.docx").open("rb") as fh:
        OOXMLFile(fh).encrypt("1234", out)
    (tmp_path / "locked.docx").write_bytes(out.getvalue())
    assert _error(tmp_path / "locked.docx") == "encrypted"


def test_zip_that_is_not_a_word_document_is_unsupported(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "成员单位"
    workbook.save(tmp_path / "members.docx")
    assert _error(tmp_path / "members.docx") == "unsupported_format"


@pytest.mark.parametrize("name", ["plan.txt", "plan.docx"])
def test_plain_text_is_unsupported_whatever_its_name(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("一、背景与意义\n联合体由杭州某某公司牵头。", encoding="utf-8")
    assert _error(tmp_path / name) == "unsupported_format"


def test_a_blank_image_is_read_by_ocr_and_found_to_hold_no_text(tmp_path: Path) -> None:
    Image.new("RGB", (40, 40), "white").save(tmp_path / "scan.png")
    assert _error(tmp_path / "scan.png") == "no_text"


def test_highly_compressed_member_is_refused_as_too_large(tmp_path: Path) -> None:
    bomb = _rezip(_docx(tmp_path / "plan.docx"), tmp_path / "bomb.docx",
                  extra={"word/media/image1.bin": bytes(30 * 1024 * 1024)})
    assert bomb.stat().st_size < 1024 * 1024
    assert _error(bomb) == "too_large"


def test_member_declaring_a_gigabyte_is_refused_without_inflating_it(tmp_path: Path) -> None:
    bomb = _rezip(_docx(tmp_path / "plan.docx"), tmp_path / "bomb.docx", extra={"word/media/big.bin": bytes(1024)})
    data = bytearray(bomb.read_bytes())
    entry = data.index(b"PK\x01\x02")  # central directory entries: signature, fixed fields, then the name at 46
    name = b"word/media/big.bin"
    while data[entry + 46: entry + 46 + len(name)] != name:
        entry = data.index(b"PK\x01\x02", entry + 4)
    struct.pack_into("<I", data, entry + 24, 1024**3)  # uncompressed size as declared in the central directory
    bomb.write_bytes(bytes(data))
    started = time.perf_counter()
    assert _error(bomb) == "too_large"
    assert time.perf_counter() - started < 1.0


def test_too_many_members_is_too_large(tmp_path: Path) -> None:
    parts = {f"word/media/p{i}.xml": b"<a/>" for i in range(MAX_ZIP_MEMBERS + 1)}
    bomb = _rezip(_docx(tmp_path / "plan.docx"), tmp_path / "many.docx", extra=parts)
    assert _error(bomb) == "too_large"


def test_doctype_with_external_entity_is_refused(tmp_path: Path) -> None:
    source = _docx(tmp_path / "plan.docx")
    with zipfile.ZipFile(source) as zf:
        xml = zf.read("word/document.xml")
    declaration_end = xml.index(b"?>") + 2
    evil = xml[:declaration_end] + b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + xml[declaration_end:]
    hostile = _rezip(source, tmp_path / "xxe.docx", replace={"word/document.xml": evil})
    assert _error(hostile) == "corrupt"


def test_an_entity_declared_deep_inside_any_xml_part_is_refused(tmp_path: Path) -> None:
    source = _docx(tmp_path / "plan.docx")
    with zipfile.ZipFile(source) as zf:
        styles = zf.read("word/styles.xml")
    cut = styles.rindex(b"</w:styles>")
    assert cut > 8192  # far past the first few kilobytes a prologue check would look at
    evil = styles[:cut] + b'<!ENTITY x SYSTEM "file:///etc/passwd">' + styles[cut:]
    hostile = _rezip(source, tmp_path / "deep.docx", replace={"word/styles.xml": evil})
    assert _error(hostile) == "corrupt"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_docx_gives_a_document_or_a_read_error_never_another_exception(
        tmp_path: Path, flips: list[tuple[float, int]]) -> None:
    data = bytearray(_docx(tmp_path / "plan.docx").read_bytes())
    for where, value in flips:
        data[int(where * len(data))] = value
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(bytes(data))
    try:
        read(damaged)
    except ReadError as error:
        assert error.code in {"corrupt", "empty", "unsupported_format", "too_large"}


@pytest.mark.parametrize(("name", "make"), [
    ("plan.docm", lambda src, dst: variants.with_main_type(src, dst, variants.DOCM_MAIN)),
    ("plan.dotx", lambda src, dst: variants.with_main_type(src, dst, variants.DOTX_MAIN)),
    ("strict.docx", variants.as_strict),
    ("flat-opc.doc", variants.as_flat_opc),
    ("plan.wps", lambda src, dst: Path(shutil.copyfile(src, dst))),  # WPS saving a .docx under its own name
])
def test_every_word_package_reads_as_the_docx_it_holds(tmp_path: Path, name: str, make) -> None:
    source = samples.typical_plan(tmp_path / "source.docx")
    variant = make(source, tmp_path / name)
    original, document = read(source), read(variant)
    assert document.format == "docx" and document.source == str(variant)
    assert [(b.kind, b.text) for b in document.blocks] == [(b.kind, b.text) for b in original.blocks]
    assert [h.level for h in document.headings()] == [h.level for h in original.headings()]


def test_strict_document_keeps_auto_numbers_and_tracked_changes(tmp_path: Path) -> None:
    for make in (samples.numbered_outline, samples.final_view):
        source = make(tmp_path / f"{make.__name__}.docx")
        strict = variants.as_strict(source, tmp_path / f"{make.__name__}-strict.docx")
        with zipfile.ZipFile(strict) as zf:
            assert b"http://purl.oclc.org/ooxml/wordprocessingml/main" in zf.read("word/document.xml")
        assert read(strict).blocks == read(source).blocks


def _unsupported_detail(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.code == "unsupported_format"
    return caught.value.message


def test_a_workbook_is_named_as_a_workbook(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "成员单位"
    workbook.save(tmp_path / "实施方案.docx")
    assert "Excel 工作簿（.xlsx）" in _unsupported_detail(tmp_path / "实施方案.docx")


@pytest.mark.parametrize(("content", "named"), [
    ("一、背景与意义\n联合体由杭州某某公司牵头。", "纯文本"),
    ('<?xml version="1.0" encoding="UTF-8"?><成员单位><单位>杭州某某公司</单位></成员单位>', "XML 数据文件"),
])
def test_text_files_are_named_for_what_they_are(tmp_path: Path, content: str, named: str) -> None:
    for encoding in ("utf-8", "gb18030"):
        path = tmp_path / f"实施方案-{encoding}.doc"
        path.write_bytes(content.encode(encoding))
        assert named in _unsupported_detail(path)


def test_a_web_page_saved_as_doc_is_sniffed_as_html(tmp_path: Path) -> None:
    page = "<html xmlns:w='urn:schemas-microsoft-com:office:word'><body><h1>一、背景与意义</h1></body></html>"
    (tmp_path / "实施方案.doc").write_text(page, encoding="gb18030")
    assert sniff(tmp_path / "实施方案.doc") == "html"


def test_a_plain_zip_named_docx_is_named_a_zip(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "plan.docx", "w") as zf:
        zf.writestr("实施方案.txt", "一、背景与意义")
    assert "普通压缩包" in _unsupported_detail(tmp_path / "plan.docx")


def test_an_old_wps_file_is_named_and_told_to_be_saved_as_word() -> None:
    message = _unsupported_detail(SAMPLES / "_bad" / "实施方案（WPS格式）.wps")
    assert "WPS" in message and "另存为" in message


RTF_PLAN = rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}\f0 \u19968?\u12289?\u32972?\u26223?\par}"


def test_every_office_format_is_candidate_material_on_disk_and_in_a_zip(tmp_path: Path) -> None:
    from pipeline.inventory import take_inventory

    root, scratch = tmp_path / "in", tmp_path / "scratch"
    (root / "余杭区").mkdir(parents=True)
    scratch.mkdir(mode=0o700)
    source = samples.typical_plan(tmp_path / "source.docx")
    made = {
        "实施方案.docm": variants.with_main_type(source, tmp_path / "a.docm", variants.DOCM_MAIN),
        "实施方案.dotx": variants.with_main_type(source, tmp_path / "a.dotx", variants.DOTX_MAIN),
        "实施方案（Strict）.docx": variants.as_strict(source, tmp_path / "strict.docx"),
        "实施方案.wps": source,
    }
    for name, path in made.items():
        shutil.copyfile(path, root / "余杭区" / name)
    (root / "余杭区" / "实施方案.rtf").write_bytes(RTF_PLAN)
    with zipfile.ZipFile(root / "余杭区" / "材料.zip", "w") as zf:
        for name, path in made.items():
            zf.write(path, f"联合体/{name}")
    files = take_inventory(root, scratch).files
    rels = {f.rel for f in files if f.error is None}
    assert rels == {f"余杭区/{name}" for name in [*made, "实施方案.rtf"]} | {f"余杭区/材料.zip/联合体/{name}" for name in made}
    assert sniff(root / "余杭区" / "实施方案.rtf") == "rtf"
    for entry in files:
        if entry.rel.endswith((".docm", ".dotx", ".docx", ".wps")):
            assert sniff(entry.path) == "docx" and read(entry.path).headings(), entry.rel


def test_a_flat_opc_file_declaring_an_entity_is_refused(tmp_path: Path) -> None:
    flat = variants.as_flat_opc(_docx(tmp_path / "plan.docx"), tmp_path / "plan.doc")
    data = flat.read_bytes()
    cut = data.index(b"<pkg:package")
    flat.write_bytes(data[:cut] + b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data[cut:])
    assert _error(flat) == "corrupt"
