"""Which PDF pages are read from their text layer and which by OCR, judged on real files (no OCR run here)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.readers.page_quality import LayerVerdict, judge_text_layer
from pipeline.readers.pdf_text import survey_ink, text_lines
from tests.sample_corpus import SAMPLES
from tests.scan_builders import without_unicode_maps

EXPORTED = SAMPLES / "余杭区" / "浙江省高端医用敷料创新联合体实施方案.pdf"  # LibreOffice 7.4 export
CREDIT_CODES = SAMPLES / "萧山区" / "浙江省车载激光雷达创新联合体实施方案.pdf"  # a member table of 统一社会信用代码


def _verdicts(path: Path) -> list[LayerVerdict]:
    pdf = pdfium.PdfDocument(path)
    try:
        out = []
        for index in range(len(pdf)):
            page = pdf[index]
            out.append(judge_text_layer(text_lines(page, index + 1).lines, survey_ink(page)))
            page.close()
        return out
    finally:
        pdf.close()


def test_fonts_without_unicode_maps_send_every_page_to_ocr(tmp_path: Path) -> None:
    stripped = without_unicode_maps(EXPORTED, tmp_path / "stripped.pdf")
    assert [v.reason for v in _verdicts(stripped)] == ["unmapped_glyphs"] * 4


@pytest.mark.parametrize("path", [EXPORTED, CREDIT_CODES], ids=["plan", "credit-codes"])
def test_good_text_layers_are_kept(path: Path) -> None:
    assert all(v.usable for v in _verdicts(path))


def test_cid_font_and_english_text_are_kept(tmp_path: Path) -> None:
    """reportlab's STSong-Light (a CID font, not embedded) maps through its CMap; an English page is text."""
    path = tmp_path / "cid.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 14)
    c.drawString(72, 760, "联合体由杭州某某科技股份有限公司牵头，统一社会信用代码91330109MA2AXXXX1K。")
    c.showPage()
    c.setFont("Helvetica", 11)
    for i, line in enumerate([
        "Appendix: The consortium follows ISO 9001 and GB/T 19001-2016 quality management.",
        "Partners include Zhejiang University (ZJU) and the 5G Open Lab, PCT/CN2022/123456.",
    ]):
        c.drawString(72, 760 - 16 * i, line)
    c.save()
    assert [v.usable for v in _verdicts(path)] == [True, True]
