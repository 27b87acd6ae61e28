"""Every file under the input folder is an entry, inside archives too, under a readable name no other entry has."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from archive_builders import (
    RawMember,
    fake_rar,
    gbk,
    raw_zip,
    seven_z_bytes,
    truncated,
    write_7z,
    write_zip,
    zip_bytes,
)

from pipeline.filenames import NamePart, unique_rels
from pipeline.inventory import InputFile, Inventory, take_inventory

EMPTY = hashlib.sha256(b"").hexdigest()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    (folder / "余杭区").mkdir(parents=True)
    return folder


def inventory(root: Path) -> Inventory:
    scratch = root.parent / "scratch"
    scratch.mkdir(mode=0o700, exist_ok=True)
    return take_inventory(root, scratch)


def by_rel(inv: Inventory) -> dict[str, InputFile]:
    rels = [f.rel for f in inv.files]
    assert rels == sorted(rels) and len(set(rels)) == len(rels)
    return {f.rel: f for f in inv.files}


def test_files_on_disk_are_listed_with_size_and_hash(root: Path) -> None:
    (root / "余杭区" / "实施方案.docx").write_bytes(b"plan")
    (root / "余杭区" / "联合体A").mkdir()
    (root / "余杭区" / "联合体A" / "组建意向书.pdf").write_bytes(b"")
    files = by_rel(inventory(root))
    plan = files["余杭区/实施方案.docx"]
    assert plan.path == (root / "余杭区" / "实施方案.docx").resolve()
    assert (plan.size, plan.sha256, plan.archive, plan.error) == (4, hashlib.sha256(b"plan").hexdigest(), None, None)
    letter = files["余杭区/联合体A/组建意向书.pdf"]
    assert letter.folders == ("余杭区", "联合体A") and letter.sha256 == EMPTY and letter.error is None


def test_archive_members_are_entries_and_the_archive_itself_is_not(root: Path) -> None:
    inner = seven_z_bytes({"意向书.pdf": b"letter"})
    write_zip(root / "余杭区" / "材料.zip", {"联合体A/实施方案.docx": b"plan", "内层.7z": inner})
    inv = inventory(root)
    files = by_rel(inv)
    assert set(files) == {"余杭区/材料.zip/联合体A/实施方案.docx", "余杭区/材料.zip/内层.7z/意向书.pdf"}
    plan = files["余杭区/材料.zip/联合体A/实施方案.docx"]
    assert plan.archive == "余杭区/材料.zip" and plan.folders == ("余杭区", "材料.zip", "联合体A")
    assert plan.path is not None and plan.path.read_bytes() == b"plan"
    assert plan.path.is_relative_to(root.parent / "scratch")
    letter = files["余杭区/材料.zip/内层.7z/意向书.pdf"]
    assert letter.archive == "余杭区/材料.zip" and letter.sha256 == hashlib.sha256(b"letter").hexdigest()
    assert inv.readable() == inv.files


def test_gbk_zip_members_keep_their_chinese_names(root: Path) -> None:
    raw_zip(root / "余杭区" / "材料.zip", [RawMember(gbk("联合体A/实施方案.docx"), b"plan")])
    assert list(by_rel(inventory(root))) == ["余杭区/材料.zip/联合体A/实施方案.docx"]


def test_only_one_level_of_nesting_is_read(root: Path) -> None:
    innermost = zip_bytes({"意向书.pdf": b"letter"})
    middle = zip_bytes({"承诺书.pdf": b"promise", "最内层.zip": innermost})
    write_zip(root / "余杭区" / "材料.zip", {"内层.zip": middle})
    files = by_rel(inventory(root))
    assert files["余杭区/材料.zip/内层.zip/承诺书.pdf"].error is None
    deep = files["余杭区/材料.zip/内层.zip/最内层.zip"]
    assert deep.error == "archive_too_deep" and deep.archive == "余杭区/材料.zip"
    assert deep.sha256 == hashlib.sha256(innermost).hexdigest()
    assert not any(rel.endswith("意向书.pdf") for rel in files)


def test_an_archive_that_cannot_be_read_is_one_entry_with_its_reason(root: Path) -> None:
    district = root / "余杭区"
    fake_rar(district / "材料.rar")
    truncated(write_zip(district / "上传中断.zip", {"实施方案.docx": b"plan" * 500, "承诺书.pdf": b"x" * 900}))
    raw_zip(district / "加密.zip", [RawMember(gbk("实施方案.docx"), b"plan")], password=b"SECRET")
    write_7z(district / "加密.7z", {"实施方案.docx": b"plan"}, password="SECRET")
    write_zip(district / "空.zip", {})
    files = by_rel(inventory(root))
    assert {rel: f.error for rel, f in files.items()} == {
        "余杭区/材料.rar": "unsupported_archive",
        "余杭区/上传中断.zip": "corrupt",
        "余杭区/加密.zip": "encrypted",
        "余杭区/加密.7z": "encrypted",
        "余杭区/空.zip": "empty",
    }
    rar = files["余杭区/材料.rar"]
    assert rar.archive is None and rar.path == (district / "材料.rar").resolve() and rar.size > 0


def test_a_broken_inner_archive_is_one_entry_inside_the_outer_one(root: Path) -> None:
    whole = zip_bytes({"实施方案.docx": b"plan" * 500, "b.pdf": b"x" * 700})
    broken = whole[: len(whole) // 2]
    write_zip(root / "余杭区" / "材料.zip", {"内层.zip": broken, "承诺书.pdf": b"promise"})
    files = by_rel(inventory(root))
    inner = files["余杭区/材料.zip/内层.zip"]
    assert inner.error == "corrupt" and inner.archive == "余杭区/材料.zip"
    assert files["余杭区/材料.zip/承诺书.pdf"].error is None


def test_clutter_is_listed_as_system_file_on_disk_and_in_archives(root: Path) -> None:
    district = root / "余杭区"
    for name in [".DS_Store", "Thumbs.db", "desktop.ini", "._实施方案.docx", "~$实施方案.docx"]:
        (district / name).write_bytes(b"junk")
    (district / "__MACOSX").mkdir()
    (district / "__MACOSX" / "._材料.pdf").write_bytes(b"junk")
    (district / ".git").mkdir()
    (district / ".git" / "config").write_bytes(b"junk")
    write_zip(district / "材料.zip", {"__MACOSX/联合体A/._实施方案.docx": b"junk", "联合体A/实施方案.docx": b"plan",
                                      "联合体A/.DS_Store": b"junk"})
    inv = inventory(root)
    files = by_rel(inv)
    clutter = {rel for rel, f in files.items() if f.error == "system_file"}
    assert clutter == {
        "余杭区/.DS_Store", "余杭区/Thumbs.db", "余杭区/desktop.ini", "余杭区/._实施方案.docx", "余杭区/~$实施方案.docx",
        "余杭区/__MACOSX/._材料.pdf", "余杭区/.git/config",
        "余杭区/材料.zip/__MACOSX/联合体A/._实施方案.docx", "余杭区/材料.zip/联合体A/.DS_Store",
    }
    assert files["余杭区/Thumbs.db"].sha256 == hashlib.sha256(b"junk").hexdigest()
    assert [f.rel for f in inv.readable()] == ["余杭区/材料.zip/联合体A/实施方案.docx"]


def test_program_and_notes_files_are_not_material(root: Path) -> None:
    (root / "README.md").write_text("说明")
    (root / "make_samples.py").write_text("print()")
    (root / "truth").mkdir()
    (root / "truth" / "plan.json").write_text("{}")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\x00")
    (root / "余杭区" / "实施方案（WPS格式）.wps").write_bytes(b"wps")
    files = by_rel(inventory(root))
    assert {rel for rel, f in files.items() if f.error == "not_material"} == {
        "README.md", "make_samples.py", "truth/plan.json", "__pycache__/x.cpython-311.pyc"}
    assert files["余杭区/实施方案（WPS格式）.wps"].error is None  # its reader decides


def test_links_inside_are_followed_and_links_outside_are_not(root: Path, tmp_path: Path) -> None:
    district = root / "余杭区"
    (district / "实施方案.docx").write_bytes(b"plan")
    (district / "联合体A").mkdir()
    (district / "联合体A" / "意向书.pdf").write_bytes(b"letter")
    (tmp_path / "secret.docx").write_bytes(b"secret")
    os.symlink(district / "实施方案.docx", district / "方案链接.docx")
    os.symlink(district / "联合体A", district / "联合体A链接")
    os.symlink(tmp_path / "secret.docx", district / "外部.docx")
    os.symlink(tmp_path, district / "外部文件夹")
    os.symlink(district / "不存在.docx", district / "断开.docx")
    os.symlink(root, district / "回到上层")
    os.symlink("环2", district / "环1")
    os.symlink("环1", district / "环2")
    files = by_rel(inventory(root))
    assert files["余杭区/方案链接.docx"].path == (district / "实施方案.docx").resolve()
    assert files["余杭区/联合体A链接/意向书.pdf"].sha256 == hashlib.sha256(b"letter").hexdigest()
    for rel in ["余杭区/外部.docx", "余杭区/外部文件夹"]:
        assert (files[rel].error, files[rel].path, files[rel].sha256) == ("link_outside", None, EMPTY)
    assert {files[rel].error for rel in ["余杭区/断开.docx", "余杭区/环1", "余杭区/环2"]} == {"dangling_link"}
    assert not any("回到上层" in rel or "secret" in rel for rel in files)


def test_a_gbk_name_colliding_with_a_utf8_name_gets_its_own_spelling(root: Path) -> None:
    district = os.fsencode(root / "余杭区")
    with open(os.path.join(district, "实施方案.docx".encode()), "wb") as fh:
        fh.write(b"utf8")
    with open(os.path.join(district, gbk("实施方案.docx")), "wb") as fh:
        fh.write(b"gbk")
    with open(os.path.join(district, gbk("承诺书.pdf")), "wb") as fh:
        fh.write(b"promise")
    files = by_rel(inventory(root))
    assert files["余杭区/实施方案.docx"].sha256 == hashlib.sha256(b"utf8").hexdigest()
    assert files["余杭区/\\xca\\xb5\\xca\\xa9\\xb7\\xbd\\xb0\\xb8.docx"].sha256 == hashlib.sha256(b"gbk").hexdigest()
    assert files["余杭区/承诺书.pdf"].path == Path(os.fsdecode(os.path.join(district, gbk("承诺书.pdf"))))


def test_readings_that_still_collide_are_numbered_and_a_respelt_folder_is_spelt_alike() -> None:
    folder_utf8, folder_gbk = NamePart("材料"), NamePart("材料", gbk("材料"))
    rels = unique_rels([
        [folder_utf8, NamePart("a.pdf")],
        [folder_gbk, NamePart("a.pdf")],
        [folder_gbk, NamePart("b.pdf")],
        [NamePart("x.zip"), NamePart("承诺书.pdf")],
        [NamePart("x.zip"), NamePart("承诺书.pdf")],
        [NamePart("x.zip"), NamePart("承诺书 (2).pdf")],
    ])
    assert rels == [
        "材料/a.pdf", "\\xb2\\xc4\\xc1\\xcf/a.pdf", "\\xb2\\xc4\\xc1\\xcf/b.pdf",
        "x.zip/承诺书.pdf", "x.zip/承诺书 (3).pdf", "x.zip/承诺书 (2).pdf",
    ]
