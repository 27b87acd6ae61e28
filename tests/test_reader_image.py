"""Photographed and scanned pages sent as .jpg/.png: sniffed by their bytes, bounded before decoding, read
upright by OCR, and told apart from the plan (a licence copy is an attachment)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.roles import classify
from pipeline.errors import ReadError
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.readers.sniff import sniff
from pipeline.rulepack import load_rulepack
from tests.letter_docs import CJK_FONT, LEAD, licence_image

PACK = load_rulepack()
EXIF_ORIENTATION = 0x0112
ROTATED_90_CW = 6  # the camera was turned: viewers rotate the stored pixels 90° clockwise to show them


def _error(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        read(path)
    return caught.value.code


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "营业执照.pdf"), ("PNG", "扫描件.docx")])
def test_an_image_is_sniffed_by_its_bytes_whatever_its_name(tmp_path: Path, fmt: str, name: str) -> None:
    Image.new("RGB", (60, 40), "white").save(tmp_path / name, fmt)
    assert sniff(tmp_path / name) == "image"


def test_a_blank_image_has_no_text(tmp_path: Path) -> None:
    Image.new("RGB", (600, 800), "white").save(tmp_path / "空白.png")
    assert _error(tmp_path / "空白.png") == "no_text"


def test_a_huge_canvas_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    """9000×9000 one-bit pixels compress to a small file but would decode to 243 MB of RGB."""
    Image.new("1", (9000, 9000), 1).save(tmp_path / "巨图.png")
    assert (tmp_path / "巨图.png").stat().st_size < 2 * 1024 * 1024
    started = time.monotonic()
    assert _error(tmp_path / "巨图.png") == "too_large"
    assert time.monotonic() - started < 2


def test_a_truncated_photo_is_corrupt(tmp_path: Path) -> None:
    whole = licence_image(tmp_path / "whole.jpg", size=(1200, 850))
    cut = tmp_path / "上传中断.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    assert _error(cut) == "corrupt"


@pytest.fixture(scope="module")
def licence(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-dpi A4 landscape licence photo (3508 px wide: shrunk to ~200 dpi before OCR)."""
    return licence_image(tmp_path_factory.mktemp("licence") / "材料1.jpg")


@pytest.mark.slow
def test_a_licence_photo_reads_by_ocr_and_is_an_attachment(licence: Path) -> None:
    document = read(licence)
    assert document.format == "pdf-ocr" and document.pages == 1
    assert all(b.prov.reader == "pdf-ocr" and b.prov.page == 1 for b in document.blocks)
    assert LEAD in document.text.replace(" ", "")
    found = classify(PlanText(document, PACK))
    assert found.role == "attachment"
    assert "营业执照" in found.reason
    assert found.consortium is None


@pytest.mark.slow
def test_a_photo_taken_sideways_is_read_upright(licence: Path, tmp_path: Path) -> None:
    """Stored rotated with an EXIF orientation, as phones save it: read as the viewer shows it."""
    with Image.open(licence) as upright:
        stored = upright.rotate(90, expand=True)  # pixels turned 90° anticlockwise …
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = ROTATED_90_CW  # … and the tag that tells viewers to turn them back
    stored.save(tmp_path / "手机拍照.jpg", exif=exif, quality=90)
    text = read(tmp_path / "手机拍照.jpg").text.replace(" ", "")
    assert f"名称{LEAD}" in text  # label and value on one line: read across, not down the turned columns


@pytest.mark.slow
def test_a_transparent_png_is_read_on_white(tmp_path: Path) -> None:
    image = Image.new("RGBA", (1240, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(CJK_FONT, 48)
    draw.text((80, 80), "诚信承诺书", font=font, fill=(0, 0, 0, 255))
    draw.text((80, 200), "本单位郑重承诺：所提交的材料真实有效。", font=font, fill=(0, 0, 0, 255))
    image.save(tmp_path / "承诺书.png")
    document = read(tmp_path / "承诺书.png")
    assert "郑重承诺" in document.text
    assert classify(PlanText(document, PACK)).role == "commitment"
