"""An archive is read as the folder it would unpack into: names as the archiver wrote them, nothing outside scratch."""

from __future__ import annotations

import hashlib
import stat
import zipfile
from pathlib import Path

import docx
import pytest
from archive_builders import (
    RawMember,
    fake_rar,
    forge_declared_size,
    gbk,
    raw_zip,
    rename_7z_member,
    seven_z_with_symlink,
    truncated,
    write_7z,
    write_zip,
    zeros_zip,
    zip_bytes,
    zip_with_symlink,
)

from pipeline.archives import Budget, Member, archive_kind, unpack
from pipeline.errors import MESSAGES, ReadError


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    folder = tmp_path / "scratch" / "1"
    folder.mkdir(parents=True, mode=0o700)
    return folder


def names(members: list[Member]) -> list[str]:
    return ["/".join(part.text for part in m.parts) for m in members]


def by_name(members: list[Member]) -> dict[str, Member]:
    return dict(zip(names(members), members, strict=True))


def refused(path: Path, dest: Path) -> ReadError:
    with pytest.raises(ReadError) as caught:
        unpack(path, dest, Budget())
    return caught.value


def test_utf8_zip_members_are_extracted_with_their_bytes_and_hashes(tmp_path: Path, dest: Path) -> None:
    archive = write_zip(tmp_path / "材料.zip", {"联合体A/实施方案.docx": b"plan", "联合体A/组建意向书.pdf": b"letter"})
    members = unpack(archive, dest, Budget())
    assert names(members) == ["联合体A/实施方案.docx", "联合体A/组建意向书.pdf"]
    plan = members[0]
    assert plan.error is None and plan.path is not None and plan.path.read_bytes() == b"plan"
    assert plan.size == 4 and plan.sha256 == hashlib.sha256(b"plan").hexdigest()
    assert plan.path.is_relative_to(dest) and plan.path.suffix == ".docx"
    assert stat.S_IMODE(plan.path.stat().st_mode) == 0o600


def test_gbk_names_without_the_utf8_flag_read_as_windows_wrote_them(tmp_path: Path, dest: Path) -> None:
    archive = raw_zip(tmp_path / "材料.zip", [
        RawMember(gbk("浙江省智能仓储创新联合体/实施方案（盖章版）.pdf"), b"%PDF-1.7 stamped"),
        RawMember(gbk("组建意向书.docx"), b"letter"),
    ])
    members = unpack(archive, dest, Budget())
    assert names(members) == ["浙江省智能仓储创新联合体/实施方案（盖章版）.pdf", "组建意向书.docx"]
    assert members[0].path is not None and members[0].path.read_bytes() == b"%PDF-1.7 stamped"


def test_mixed_flags_decode_each_member_by_its_own_flag(tmp_path: Path, dest: Path) -> None:
    archive = raw_zip(tmp_path / "材料.zip", [
        RawMember(gbk("承诺书.pdf"), b"a"),
        RawMember("实施方案.docx".encode(), b"b", utf8=True),
        RawMember(b"readme.txt", b"c"),
    ])
    assert names(unpack(archive, dest, Budget())) == ["承诺书.pdf", "实施方案.docx", "readme.txt"]


def test_a_name_in_no_known_encoding_is_spelt_with_escapes(tmp_path: Path, dest: Path) -> None:
    archive = raw_zip(tmp_path / "材料.zip", [RawMember(b"\xff\xfe\x80.pdf", b"a")])
    assert names(unpack(archive, dest, Budget())) == ["\\xff\\xfe\\x80.pdf"]


def test_7z_with_chinese_names(tmp_path: Path, dest: Path) -> None:
    archive = write_7z(tmp_path / "材料.7z", {"联合体B/实施方案.docx": b"plan", "承诺书.pdf": b"promise"})
    members = unpack(archive, dest, Budget())
    assert sorted(names(members)) == sorted(["联合体B/实施方案.docx", "承诺书.pdf"])
    promise = by_name(members)["承诺书.pdf"]
    assert promise.path is not None and promise.path.read_bytes() == b"promise"


def test_traversal_members_are_refused_and_nothing_lands_outside_scratch(tmp_path: Path, dest: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    archive = write_zip(inbox / "材料.zip", {"../../evil.docx": b"evil", "/etc/evil.conf": b"evil", "ok/实施方案.docx": b"plan"})
    members = by_name(unpack(archive, dest, Budget()))
    assert members["evil.docx"].error == "unsafe_path" and members["evil.docx"].path is None
    assert "../../evil.docx" in members["evil.docx"].detail
    assert members["etc/evil.conf"].error == "unsafe_path"
    assert members["ok/实施方案.docx"].error is None
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != archive]
    assert written and all(p.is_relative_to(dest) for p in written)
    assert not any("evil" in p.name for p in written)
    assert not any(p.name.startswith("evil") for p in [*tmp_path.parent.glob("**/evil*"), *Path.cwd().glob("evil*")])


def test_7z_traversal_member_is_refused(tmp_path: Path, dest: Path) -> None:
    archive = rename_7z_member(write_7z(tmp_path / "材料.7z", {"XX/evil.docx": b"evil", "实施方案.docx": b"plan"}),
                               "XX/evil.docx", "../evil.docx")
    members = by_name(unpack(archive, dest, Budget()))
    assert members["evil.docx"].error == "unsafe_path" and members["evil.docx"].path is None
    assert members["实施方案.docx"].path is not None
    assert not any("evil" in p.name for p in tmp_path.parent.rglob("*"))


def test_symlink_member_is_listed_not_followed(tmp_path: Path, dest: Path) -> None:
    archive = zip_with_symlink(tmp_path / "材料.zip", "实施方案.docx", "/etc/passwd", {"承诺书.pdf": b"x"})
    link, other = unpack(archive, dest, Budget())
    assert link.error == "archive_link" and link.path is None
    assert other.error is None
    assert not any(p.is_symlink() for p in dest.rglob("*"))


def test_declared_size_over_the_limit_refuses_the_whole_archive_before_extracting(tmp_path: Path, dest: Path) -> None:
    archive = forge_declared_size(write_zip(tmp_path / "材料.zip", {"实施方案.docx": b"plan"}), 300 * 1024 * 1024)
    error = refused(archive, dest)
    assert error.code == "too_large" and "300.0 MB" in error.detail
    assert not any(dest.iterdir())


def test_compression_bomb_is_refused_by_its_ratio(tmp_path: Path, dest: Path) -> None:
    error = refused(zeros_zip(tmp_path / "材料.zip", "实施方案.docx", 10 * 1024 * 1024), dest)
    assert error.code == "too_large" and "压缩比" in error.detail and "实施方案.docx" in error.detail


def test_a_lying_header_never_yields_more_bytes_than_it_declared(tmp_path: Path, dest: Path) -> None:
    archive = forge_declared_size(write_zip(tmp_path / "材料.zip", {"实施方案.docx": bytes(200_000)}), 1000)
    assert refused(archive, dest).code in {"corrupt", "too_large"}
    assert all(p.stat().st_size <= 1000 for p in dest.rglob("*") if p.is_file())


def test_unpacking_stops_when_the_budget_runs_out(tmp_path: Path, dest: Path) -> None:
    archive = write_zip(tmp_path / "材料.zip", {"a.pdf": b"a" * 600, "b.pdf": b"b" * 600})
    with pytest.raises(ReadError) as caught:
        unpack(archive, dest, Budget(bytes=1000))
    assert caught.value.code == "too_large"


def test_an_encrypted_zip_is_refused_as_encrypted(tmp_path: Path, dest: Path) -> None:
    archive = raw_zip(tmp_path / "材料.zip", [RawMember(gbk("实施方案.docx"), b"plan")], password=b"SECRET")
    with zipfile.ZipFile(archive) as zf:  # a real ZipCrypto archive: the password opens it
        assert zf.read(zf.infolist()[0], pwd=b"SECRET") == b"plan"
    error = refused(archive, dest)
    assert error.code == "encrypted" and "密码" in error.message
    assert not any(dest.iterdir())


@pytest.mark.parametrize("hide_names", [True, False])
def test_an_encrypted_7z_is_refused_as_encrypted(tmp_path: Path, dest: Path, hide_names: bool) -> None:
    archive = write_7z(tmp_path / "材料.7z", {"实施方案.docx": b"plan"}, password="SECRET", hide_names=hide_names)
    assert refused(archive, dest).code == "encrypted"


def test_a_7z_holding_one_name_twice_gives_both_files(tmp_path: Path, dest: Path) -> None:
    archive = write_7z(tmp_path / "材料.7z", [("承诺书.pdf", b"first"), ("承诺书.pdf", b"second"), ("a.pdf", b"a")])
    members = unpack(archive, dest, Budget())
    assert names(members) == ["承诺书.pdf", "承诺书.pdf", "a.pdf"]
    assert [m.path.read_bytes() for m in members if m.path] == [b"first", b"second", b"a"]


def test_a_7z_symlink_member_is_listed_not_followed(tmp_path: Path, dest: Path) -> None:
    archive = seven_z_with_symlink(tmp_path / "材料.7z", "实施方案.docx", "/etc/passwd", {"承诺书.pdf": b"x"})
    members = by_name(unpack(archive, dest, Budget()))
    assert members["实施方案.docx"].error == "archive_link" and members["实施方案.docx"].path is None
    assert members["承诺书.pdf"].error is None
    assert not any(p.is_symlink() for p in dest.rglob("*"))


@pytest.mark.parametrize("kind", ["zip", "7z"])
def test_truncated_archives_are_corrupt(tmp_path: Path, dest: Path, kind: str) -> None:
    members = {"实施方案.docx": b"plan" * 1000, "承诺书.pdf": b"promise" * 1000}
    archive = write_zip(tmp_path / "材料.zip", members) if kind == "zip" else write_7z(tmp_path / "材料.7z", members)
    assert refused(truncated(archive), dest).code == "corrupt"


def test_rar_is_an_unsupported_archive_asking_for_a_zip(tmp_path: Path, dest: Path) -> None:
    archive = fake_rar(tmp_path / "材料.rar")
    assert archive_kind(archive) == "unsupported"
    error = refused(archive, dest)
    assert error.code == "unsupported_archive" and ".zip" in MESSAGES[error.code]


def test_archives_are_recognised_by_content_not_name(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("实施方案")
    document.save(tmp_path / "实施方案.docx")
    (tmp_path / "材料.pdf").write_bytes(zip_bytes({"实施方案.docx": b"plan"}))
    (tmp_path / "上传中断.docx").write_bytes((tmp_path / "实施方案.docx").read_bytes()[:500])
    (tmp_path / "材料.zip").write_bytes(b"%PDF-1.7 not a zip")
    assert archive_kind(tmp_path / "实施方案.docx") is None
    assert archive_kind(tmp_path / "材料.pdf") == "zip"
    assert archive_kind(tmp_path / "上传中断.docx") is None  # a broken document, for its reader to report
    assert archive_kind(tmp_path / "材料.zip") is None
