"""Reads in a child process: a read past its time is stopped, one that floods memory is refused, and the
batch goes on; a scan that OCR cannot read is ``no_text`` end to end."""

from __future__ import annotations

import json
import shutil
import time
import zlib
from pathlib import Path

import numpy as np
import pikepdf
import psutil
import pytest
from PIL import Image

from flows.plan_review import review_plan
from flows.planner import review_folder
from pipeline.errors import ReadError
from pipeline.isolation import (
    MEMORY_ENV,
    READS_PER_CHILD,
    TIMEOUT_ENV,
    Limits,
    end_idle_readers,
    read_isolated,
)
from pipeline.rulepack import load_rulepack
from tests.review_samples import PlanText, write_plan

SAMPLES = Path(__file__).parents[1] / "sample_submissions"
SCAN = SAMPLES / "富阳区" / "浙江省固废资源化利用创新联合体实施方案.pdf"  # image-only: every page needs OCR
PACK = load_rulepack()


def _plan(path: Path) -> Path:
    return write_plan(path, PlanText(name="浙江省智能计算创新联合体", lead="杭州余杭智算科技有限公司",
                                     district_line="推荐单位：余杭区科技局"))


def _code(path: Path, limits: Limits) -> str:
    with pytest.raises(ReadError) as caught:
        read_isolated(path, limits)
    return caught.value.code


def _giant_page_pdf(path: Path) -> Path:
    """A 799-byte PDF whose one image-only page, rendered for OCR, needs about 6 GB of pixels."""
    pdf = pikepdf.new()
    image = pikepdf.Stream(pdf, zlib.compress(bytes([255, 0, 0]) * 64), Type=pikepdf.Name.XObject,
                           Subtype=pikepdf.Name.Image, Width=8, Height=8, ColorSpace=pikepdf.Name.DeviceRGB,
                           BitsPerComponent=8, Filter=pikepdf.Name.FlateDecode)
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 14400, 14400],
                              Contents=pikepdf.Stream(pdf, b"q 14000 0 0 14000 100 100 cm /Im0 Do Q"),
                              Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)))
    pdf.pages.append(pikepdf.Page(page))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(path)
    return path


def _noise_scan(path: Path) -> Path:
    """A scanned A4 page at 200 dpi with nothing on it but dust specks, as a scanner writes it (image-only PDF)."""
    rng = np.random.default_rng(7)
    pixels = np.full((2339, 1654), 255, dtype=np.uint8)
    specks = rng.random(pixels.shape) < 0.002
    pixels[specks] = rng.integers(0, 120, specks.sum())
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path, "PDF", resolution=200)
    return path


def test_a_read_past_its_time_is_timeout_and_the_batch_goes_on(tmp_path, monkeypatch):
    monkeypatch.setenv(TIMEOUT_ENV, "3")
    root = tmp_path / "in"
    _plan(root / "余杭区" / "智算联合体实施方案.docx")
    _plan(root / "余杭区" / "第二份方案.docx")
    (root / "富阳区").mkdir()
    shutil.copy(SCAN, root / "富阳区" / "扫描方案.pdf")  # its OCR takes far longer than 3 s
    end_idle_readers()  # a reader that OCR'd this scan for an earlier test remembers its pages
    began = time.monotonic()
    assert review_folder(root, tmp_path / "out", PACK) == 1
    assert time.monotonic() - began < 30
    batch = json.loads((tmp_path / "out" / "batch.json").read_text("utf-8"))
    status = {p["file"]: json.loads((tmp_path / "out" / p["result"]).read_text("utf-8")) for p in batch["plans"]}
    assert status["富阳区/扫描方案.pdf"]["error"]["code"] == "timeout"
    assert "请" in status["富阳区/扫描方案.pdf"]["error"]["message"]
    assert [r["status"] for rel, r in sorted(status.items()) if rel.startswith("余杭区")] == ["ok", "ok"]


def test_a_tiny_timeout_stops_a_real_read_and_the_next_read_works(tmp_path):
    began = time.monotonic()
    assert _code(SCAN, Limits(timeout=0.05)) == "timeout"
    assert time.monotonic() - began < 10
    assert read_isolated(_plan(tmp_path / "plan.docx"), Limits(timeout=60)).blocks


def test_a_page_needing_gigabytes_to_render_is_too_large_and_the_next_plan_is_reviewed(tmp_path):
    giant = _giant_page_pdf(tmp_path / "in" / "巨幅页面.pdf")
    assert giant.stat().st_size < 2000
    result = review_plan(giant, tmp_path / "in", PACK)
    assert result.status == "failed" and result.error is not None and result.error.code == "too_large", result.error
    plan = _plan(tmp_path / "in" / "方案.docx")
    assert review_plan(plan, tmp_path / "in", PACK).status == "ok"


def test_a_read_over_its_memory_limit_is_too_large():
    assert _code(SCAN, Limits(timeout=120, memory_mb=600)) == "too_large"


@pytest.mark.slow
def test_a_scan_of_only_dust_is_no_text_end_to_end(tmp_path):
    scan = _noise_scan(tmp_path / "in" / "空白扫描件.pdf")
    result = review_plan(scan, tmp_path / "in", PACK)
    assert result.status == "failed" and result.error is not None
    assert result.error.code == "no_text", result.error
    assert "清晰扫描件" in result.error.message


def test_limits_come_from_the_environment_and_bad_values_fall_back(monkeypatch):
    monkeypatch.setenv(TIMEOUT_ENV, "12.5")
    monkeypatch.setenv(MEMORY_ENV, "2048")
    assert Limits.from_env() == Limits(timeout=12.5, memory_mb=2048)
    monkeypatch.setenv(TIMEOUT_ENV, "soon")
    monkeypatch.setenv(MEMORY_ENV, "-1")
    assert Limits.from_env() == Limits()


def _reader_children() -> set[int]:
    return {p.pid for p in psutil.Process().children() if "pipeline.isolation" in " ".join(p.cmdline())}


def test_a_reader_child_retires_after_its_share_of_reads_and_reading_goes_on(tmp_path):
    end_idle_readers()
    plan = _plan(tmp_path / "plan.docx")
    read_isolated(plan)
    first = _reader_children()
    for _ in range(READS_PER_CHILD - 1):
        assert read_isolated(plan).blocks
    assert not first & _reader_children(), "the child that read its share should be gone"
    assert read_isolated(plan).blocks
    assert _reader_children() and not first & _reader_children()


def test_no_reader_process_outlives_the_reading_of_a_batch(tmp_path):
    """The outputs are written with the readers gone: idle, each would hold its parsers' heap meanwhile."""
    _plan(tmp_path / "in" / "方案.docx")
    assert review_folder(tmp_path / "in", tmp_path / "out", PACK) == 0
    assert (tmp_path / "out" / "batch.json").is_file()
    assert not _reader_children()
