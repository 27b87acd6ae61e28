"""``consortium-review parse`` on a real folder: every file listed, a bad one named with its code, exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests import reader_docx_samples as samples

ROOT = Path(__file__).resolve().parents[1]


def _parse(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "parse", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "submissions"
    (folder / "余杭区").mkdir(parents=True)
    (folder / "truth").mkdir()
    samples.numbered_outline(folder / "余杭区" / "a-plan.docx")
    samples.merged_table(folder / "b-members.docx")
    (folder / "c-broken.docx").write_bytes(b"PK\x03\x04 upload cut short")
    (folder / "truth" / "a-plan.json").write_text("{}", encoding="utf-8")
    (folder / "README.md").write_text("# 说明", encoding="utf-8")
    return folder


def test_folder_lists_each_file_and_names_the_bad_one(tmp_path: Path) -> None:
    result = _parse(str(_folder(tmp_path)))
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 1
    assert len(lines) == 3  # truth/ and README.md are not submissions
    assert lines[0].startswith("✓ b-members.docx  docx") and "表格=1" in lines[0]
    assert lines[1].startswith("✗ c-broken.docx  corrupt  文件已损坏")
    assert lines[2].startswith("✓ 余杭区/a-plan.docx  docx") and "标题=8" in lines[2]


def test_folder_as_json_lines_reports_the_bad_file_by_code(tmp_path: Path) -> None:
    result = _parse("--json", str(_folder(tmp_path)))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [(r["file"], r.get("error")) for r in records] == [
        ("b-members.docx", None), ("c-broken.docx", "corrupt"), ("余杭区/a-plan.docx", None)]


def test_folder_of_good_files_exits_zero(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "c-broken.docx").unlink()
    assert _parse(str(folder)).returncode == 0


def test_single_file_lists_blocks_with_kind_level_and_location(tmp_path: Path) -> None:
    result = _parse(str(samples.numbered_outline(tmp_path / "plan.docx")))
    lines = result.stdout.splitlines()
    assert result.returncode == 0
    assert lines[0].split() == ["#0", "标题", "L1", "一、背景与意义"]
    assert lines[1].split()[:2] == ["#1", "段落"]


def test_single_file_as_json_carries_blocks_and_furniture(tmp_path: Path) -> None:
    result = _parse("--json", str(samples.furniture(tmp_path / "plan.docx")))
    document = json.loads(result.stdout)
    assert [b["kind"] for b in document["blocks"]] == ["heading", "paragraph"]
    assert document["blocks"][0]["prov"] == {"block": 0, "reader": "docx", "page": None, "confidence": None}
    assert {"role": "header", "text": samples.RUNNING_HEADER, "page": None} in document["furniture"]


def test_extract_prints_the_submission_with_sections_found_by_their_numbered_headings(tmp_path: Path) -> None:
    result = _parse("--extract", str(samples.numbered_outline(tmp_path / "plan.docx")))
    submission = json.loads(result.stdout)
    found = {s["outline"]: s["heading_found"] for s in submission["sections"] if s["present"]}
    assert found[1] == "一、背景与意义" and found[3] == "三、组织架构与运行机制"
