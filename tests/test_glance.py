"""A scanned attachment is OCR'd only as far as telling what it is needs; a scanned plan is still read whole."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from flows.profile import profile_file
from pipeline.inventory import take_inventory
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from tests.letter_docs import commitment_letter, to_pdf

PACK = load_rulepack()
SCANNED_PLAN = Path(__file__).resolve().parents[1] / "sample_submissions" / "富阳区" / "浙江省固废资源化利用创新联合体实施方案.pdf"


def _scanned(pdf_path: Path, target: Path, copies: int) -> Path:
    """The PDF's first page rendered at 150 dpi and saved ``copies`` times as an image-only PDF."""
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        image = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    image.save(target, "PDF", resolution=150, save_all=True, append_images=[image.copy() for _ in range(copies - 1)])
    return target


def _profile(path: Path, tmp_path: Path) -> dict:
    entry = next(e for e in take_inventory(path.parent, tmp_path / "scratch").files if e.rel == path.name)
    return profile_file(entry, PACK)


@pytest.mark.slow
def test_a_glance_reads_only_the_first_scanned_page(tmp_path):
    scan = _scanned(to_pdf(commitment_letter(tmp_path / "诚信承诺书.docx"), tmp_path), tmp_path / "承诺书扫描件.pdf", 3)
    glanced, whole = read(scan, glance=True), read(scan)
    assert not glanced.complete and whole.complete
    assert {b.prov.page for b in glanced.blocks} == {1}
    assert {b.prov.page for b in whole.blocks} == {1, 2, 3}


@pytest.mark.slow
def test_a_scanned_commitment_is_known_from_its_first_page(tmp_path):
    (tmp_path / "in").mkdir()
    scan = _scanned(to_pdf(commitment_letter(tmp_path / "诚信承诺书.docx"), tmp_path), tmp_path / "in" / "材料.pdf", 3)
    profile = _profile(scan, tmp_path)
    assert profile["role"] == "commitment" and profile["glanced"]


@pytest.mark.slow
def test_a_scanned_plan_is_still_read_and_reviewed_whole(tmp_path):
    (tmp_path / "in").mkdir()
    plan = tmp_path / "in" / SCANNED_PLAN.name
    plan.write_bytes(SCANNED_PLAN.read_bytes())
    profile = _profile(plan, tmp_path)
    assert profile["role"] == "plan" and not profile["glanced"]
    assert len(profile["result"]["extracted"]["members"]) >= 5
