"""Bad and hostile input folders through ``consortium-review run``: each bad file is reported with its code and
what the clerk should do, every other plan is still reviewed, hostile names and entities never escape."""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from flows.plan_review import office_safe
from pipeline.errors import MESSAGES
from tests.review_samples import PlanText, write_plan
from tests.shared_paths import VALIDATE

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "sample_submissions"
MARKER = "XXE-MARKER-3c9f1e"
SAFE_ID = re.compile(r"^[0-9A-Za-z\u4e00-\u9fff_-]{1,60}$")
WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?$", re.IGNORECASE)
HOSTILE_NAMES = [
    "报送..\\..\\..\\outside.docx",
    "C:\\Windows\\System32\\plan.docx",
    "控制\x07字符\x1b[31m\n方案.docx",
    "CON",
    "NUL.docx",
    "aux",
    "不可用字符\uffff方案.docx",
]
# Names as a Windows archive leaves them on Linux (GBK bytes), and bytes valid in no encoding: each with the
# name the clerk is shown.
UNDECODABLE_NAMES = {
    os.fsdecode("视觉方案（GBK）.docx".encode("gbk")): "视觉方案（GBK）.docx",
    os.fsdecode(b"\xff\xfe\xb3plan.docx"): "\\xff\\xfe\\xb3plan.docx",
}


def _plan(path: Path) -> Path:
    return write_plan(path, PlanText(name="浙江省西湖生物创新联合体", lead="杭州西湖生物科技有限公司",
                                     district_line="推荐单位：西湖区科技局"))


def _rezip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in replace.items():
            if name not in src.namelist():
                dst.writestr(name, data)
    return target


def _image(path: Path, fmt: str) -> Path:
    Image.new("RGB", (600, 800), "white").save(path, fmt)
    return path


def _external_entity_docx(source: Path, target: Path, secret: Path) -> Path:
    xml = zipfile.ZipFile(source).read("word/document.xml").decode("utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    xml = xml.replace("?>", "?>" + doctype, 1).replace("创新联合体名称：", "创新联合体名称：&xxe;", 1)
    return _rezip(source, target, {"word/document.xml": xml.encode("utf-8")})


def _build_input(root: Path, secret: Path) -> dict[str, str]:
    """The input folder; returns each bad file's relative path with the code it must be reported with."""
    bad = root / "西湖区"
    bad.mkdir(parents=True)
    template = _plan(root / "上城区" / "数据联合体实施方案.docx")
    shutil.copy(SAMPLES / "西湖区" / "浙江省合成生物制造创新联合体实施方案.pdf", root / "西湖区" / "改了扩展名的PDF方案.docx")
    shutil.copy(template, root / "西湖区" / "改了扩展名的Word方案.pdf")
    for name in HOSTILE_NAMES:
        _plan(root / "滨江区" / name)
    for name in UNDECODABLE_NAMES:
        _plan(root / "拱墅区" / name)
    truth = json.loads((SAMPLES / "truth" / "_bad.json").read_text("utf-8"))  # the corpus's own bad files
    for rel in truth:
        shutil.copy(SAMPLES / rel, bad / Path(rel).name)
    (bad / "零字节方案.docx").write_bytes(b"")
    _image(bad / "扫描照片.png", "PNG")
    _image(bad / "手机拍照.jpg", "JPEG")
    with zipfile.ZipFile(bad / "方案打包.zip", "w") as zf:
        zf.writestr("实施方案.docx", template.read_bytes())
    _rezip(template, bad / "压缩炸弹方案.docx", {"word/media/zeros.bin": bytes(20 * 1024 * 1024)})
    _external_entity_docx(template, bad / "外部实体方案.docx", secret)
    codes = {f"西湖区/{Path(rel).name}": code for rel, code in truth.items()}
    codes.update({
        "西湖区/零字节方案.docx": "empty",
        "西湖区/扫描照片.png": "no_text",
        "西湖区/手机拍照.jpg": "no_text",
        "西湖区/压缩炸弹方案.docx": "too_large",
        "西湖区/外部实体方案.docx": "corrupt",
    })
    return codes


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    secret = base / "secret.txt"
    secret.write_text(MARKER, "utf-8")
    codes = _build_input(base / "input", secret)
    before = {p for p in base.rglob("*")}
    done = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(base / "input"), "--out", str(base / "out")],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    return base, codes, before, done


def _results(out: Path) -> dict[str, dict]:
    plans = json.loads((out / "batch.json").read_text("utf-8"))["plans"]
    return {p["file"]: json.loads((out / p["result"]).read_text("utf-8")) for p in plans}


def test_bad_files_give_status_1_and_every_other_plan_is_reviewed(batch):
    base, codes, _, done = batch
    assert done.returncode == 1, done.stderr[-3000:]
    results = _results(base / "out")
    assert set(codes) <= set(results)
    good = {rel: r["status"] for rel, r in results.items() if rel not in codes}
    assert len(good) == 4 + len(HOSTILE_NAMES) + len(UNDECODABLE_NAMES)
    assert set(good.values()) == {"ok"}, good
    assert "西湖区/方案打包.zip/实施方案.docx" in good  # a plan sent zipped is read from inside its archive
    checked = subprocess.run([sys.executable, str(VALIDATE), str(base / "out")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_each_bad_file_has_its_code_and_what_to_do_in_batch_json_index_and_xlsx(batch):
    base, codes, _, _ = batch
    out = base / "out"
    results = _results(out)
    index = (out / "index.html").read_text("utf-8")
    failed_rows = {row[0]: row[1:] for row in openpyxl.load_workbook(out / "汇总表.xlsx")["未能读取"].iter_rows(
        min_row=2, values_only=True)}
    for rel, code in codes.items():
        error = results[rel]["error"]
        assert error["code"] == code, (rel, error)
        assert error["message"].startswith(MESSAGES[code]) and "请" in error["message"]
        assert html.escape(rel) in index and html.escape(error["message"]) in index, rel
        assert failed_rows[rel][0] == code, rel


def test_hostile_names_get_safe_ids_and_nothing_is_written_outside_the_output_folder(batch):
    base, _, before, _ = batch
    out = base / "out"
    assert {p for p in base.rglob("*") if out not in p.parents and p != out} == before
    plans = json.loads((out / "batch.json").read_text("utf-8"))["plans"]
    hostile = {p["file"]: p["id"] for p in plans if p["file"].startswith("滨江区/")}
    assert set(hostile) == {f"滨江区/{name}" for name in HOSTILE_NAMES}
    for plan_id in hostile.values():
        assert SAFE_ID.match(plan_id) and not WINDOWS_RESERVED.match(plan_id), plan_id
        assert (out / "submissions" / plan_id / "report.docx").is_file()
    assert len(set(hostile.values())) == len(hostile)
    assert sorted(p.name for p in (out / "submissions").iterdir()) == sorted(p["id"] for p in plans)


def test_names_that_are_not_utf8_are_reported_readably_and_reviewed(batch):
    base, _, _, _ = batch
    results = _results(base / "out")
    for shown in UNDECODABLE_NAMES.values():
        assert results[f"拱墅区/{shown}"]["status"] == "ok", shown
    rows = list(openpyxl.load_workbook(base / "out" / "汇总表.xlsx")["汇总表"].iter_rows(min_row=3, values_only=True))
    assert len(rows) == sum(r["status"] == "ok" for r in results.values())


def test_control_characters_in_a_name_are_shown_as_symbols_in_the_word_report(batch):
    base, _, _, _ = batch
    rel = f"滨江区/{HOSTILE_NAMES[2]}"
    plan = next(p for p in json.loads((base / "out" / "batch.json").read_text("utf-8"))["plans"] if p["file"] == rel)
    report = zipfile.ZipFile(base / "out" / "submissions" / plan["id"] / "report.docx").read("word/document.xml")
    assert "控制␇字符␛[31m".encode() in report
    assert office_safe(rel) != rel


def _all_text(path: Path) -> bytes:
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return b"".join(zf.read(name) for name in zf.namelist())
    return data


def test_an_external_entity_in_a_docx_is_never_resolved(batch):
    base, _, _, _ = batch
    outputs = [p for p in (base / "out").rglob("*") if p.is_file()]
    assert len(outputs) > 20
    for path in outputs:
        assert MARKER.encode() not in _all_text(path), path
    assert MARKER.encode() in (base / "secret.txt").read_bytes()
