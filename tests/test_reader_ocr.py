"""Scanned plans: a printed page turned into a noisy, slightly skewed image-only PDF must read back by OCR."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from rapidfuzz import fuzz
from reportlab.lib.colors import red
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.document import Document, Heading, Paragraph
from pipeline.errors import ReadError
from pipeline.readers.pdf import read_pdf

pytestmark = pytest.mark.slow

HEADING = "一、背景与意义"
SENTENCES = [
    "本联合体由杭州某某科技股份有限公司牵头组建。",
    "联合浙江大学等12家单位开展关键核心技术攻关。",
    "到2025年研发投入累计不低于5亿元。",
]
# One paragraph, first line indented two characters, wrapped at the right margin.
WRAPPED = (
    "联合体将围绕智能计算与人工智能领域的关键核心技术持续开展",
    "协同攻关，形成一批具有自主知识产权的标志性成果。",
)


def _printed_page(path: Path) -> Path:
    """A text PDF with a heading, a paragraph wrapped over lines, and a red seal over the text."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 16)
    c.drawString(72, 760, HEADING)
    c.setFont("STSong-Light", 14)
    for i, sentence in enumerate(SENTENCES):
        c.drawString(72, 720 - i * 30, sentence)
    c.drawString(72 + 28, 630, WRAPPED[0])
    c.drawString(72, 600, WRAPPED[1])
    c.setBlendMode("Multiply")  # seal ink darkens the print it covers, as on paper; it does not paint over it
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(3)
    c.circle(250, 690, 55)
    c.setFont("STSong-Light", 12)
    c.drawString(205, 690, "某某科技专用章")
    c.save()
    return path


def _scan(text_pdf: Path, path: Path, dpi: int = 170) -> Path:
    """Render in colour, tilt by half a degree, add sensor noise, and save as an image-only PDF."""
    pdf = pdfium.PdfDocument(text_pdf)
    image = pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
    pdf.close()
    image = image.rotate(0.5, expand=False, fillcolor=(255, 255, 255), resample=Image.BILINEAR)
    pixels = np.asarray(image, dtype=np.int16)
    noise = np.random.default_rng(7).normal(0, 12, pixels.shape)
    noisy = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    noisy.save(path, "PDF", resolution=dpi)
    return path


@pytest.fixture(scope="module")
def scanned_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ocr")
    return _scan(_printed_page(folder / "printed.pdf"), folder / "scanned.pdf")


@pytest.fixture(scope="module")
def scanned_doc(scanned_plan: Path) -> Document:
    """OCR once for all tests of the page (a few seconds)."""
    return read_pdf(scanned_plan)


def test_scanned_page_is_read_by_ocr(scanned_doc: Document) -> None:
    doc = scanned_doc
    assert doc.format == "pdf-ocr"
    assert doc.pages == 1
    assert all(b.prov.reader == "pdf-ocr" and b.prov.page == 1 for b in doc.blocks)
    for sentence in SENTENCES:
        best = max(fuzz.partial_ratio(sentence, b.text) for b in doc.blocks)
        assert best >= 90, (sentence, [b.text for b in doc.blocks])


def test_ocr_finds_numbered_heading_and_keeps_seal_out(scanned_doc: Document) -> None:
    doc = scanned_doc
    first = doc.blocks[0]
    assert isinstance(first, Heading)
    assert (first.numbering, first.title) == ("一、", "背景与意义")
    assert "专用章" not in doc.text


def test_ocr_lines_of_one_paragraph_are_joined(scanned_doc: Document) -> None:
    doc = scanned_doc
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert len(paragraphs) == len(SENTENCES) + 1, [p.text for p in paragraphs]
    assert fuzz.ratio("".join(WRAPPED), paragraphs[-1].text) >= 90


def test_blank_scan_has_no_text(tmp_path: Path) -> None:
    blank = tmp_path / "blank.pdf"
    Image.new("RGB", (1240, 1754), "white").save(blank, "PDF", resolution=150)
    with pytest.raises(ReadError) as caught:
        read_pdf(blank)
    assert caught.value.code == "no_text"


def test_a_full_stop_read_as_a_dot_after_han_text_is_a_full_stop() -> None:
    """The recogniser reads 。 on a one-bit scan as · or °; after Han text it ends the sentence (the task list
    "…项目群：A、B、C·" was never closed), while a degree sign after a digit stays."""
    from pipeline.readers.ocr import _as_line

    box = (0.0, 100.0, 0.0, 12.0, "攻关任务组成项目群：高纯丙交酯合成、薄膜吹塑装备·温度达到100°C", 0.9, 0)
    assert _as_line([box], 1).text == "攻关任务组成项目群：高纯丙交酯合成、薄膜吹塑装备。温度达到100°C"


def test_a_comma_read_as_a_closing_single_quote_is_a_comma() -> None:
    """The recogniser reads ， between two phrases as ’: "检验检测机构’负责…" hid what the member is; a ’ closing a
    quote opened by ‘ on its line stays."""
    from pipeline.readers.ocr import _as_line

    box = (0.0, 100.0, 0.0, 12.0, "（以下简称\"仪表中心\"）’检验检测机构’负责功能安全测试认证。", 0.9, 0)
    assert _as_line([box], 1).text == "（以下简称\"仪表中心\"），检验检测机构，负责功能安全测试认证。"
    quoted = (0.0, 100.0, 0.0, 12.0, "简称“‘浙工大’模式”推广", 0.9, 0)
    assert _as_line([quoted], 1).text == "简称“‘浙工大’模式”推广"


def test_cover_fields_side_by_side_are_lines_of_their_own_with_their_own_score() -> None:
    """"申报类型：类型二" beside "所属领域：智能…" half under a seal: the type keeps its own sure score."""
    from pipeline.readers.ocr import _as_line, _fields

    row = [(100.0, 230.0, 0.0, 20.0, "申报类型：类型二", 0.99, 0), (280.0, 380.0, 2.0, 22.0, "所属领域：智能", 0.79, 1),
           (400.0, 480.0, 4.0, 24.0, "别与先进技术", 0.27, 2)]
    lines = [_as_line(field, 1) for field in _fields(row)]
    assert [(line.text, line.confidence) for line in lines] == [("申报类型：类型二", 0.99),
                                                                ("所属领域：智能别与先进技术", 0.27)]
    # One sentence the detector cut in two, a label-like word just after the cut: no wide gap, one line.
    cut = [(100.0, 230.0, 0.0, 20.0, "联合体成员单位共6家，任务", 0.99, 0), (236.0, 380.0, 2.0, 22.0, "分工：见附表", 0.9, 1)]
    assert [_as_line(field, 1).text for field in _fields(cut)] == ["联合体成员单位共6家，任务分工：见附表"]


def test_ocr_lines_of_one_paragraph_stay_joined_when_a_tilt_makes_one_box_taller() -> None:
    """A tilted scan's first line measured 15.7pt against 12.2pt for the rest: a line running to the right margin
    wraps whatever its box measures, so the lead's name split over the two lines stays one sentence."""
    from pipeline.readers.pdf_blocks import BodyPage, build_blocks
    from pipeline.readers.pdf_text import Line

    lines = [
        Line("一、背景与意义", 1, 75, 185, 184, 202, 18.2, confidence=0.9),
        Line("域控制器的主控芯片、实时操作系统和功能安全工具链仍依赖国外。杭州驰域智", 1, 96, 518, 215, 230, 15.7,
             confidence=0.7),
        Line("能汽车电子股份有限公司是省科技领军企业，注册地址为杭州市萧山区建设四路，组", 1, 74, 517, 234, 247, 12.2,
             confidence=0.98),
        Line("建联合体打通“芯片—控制器—整车”链条。", 1, 74, 300, 252, 264, 12.8, confidence=0.92),
        Line("二、目标与主要研发任务", 1, 74, 249, 279, 296, 17.2, confidence=0.99),
    ]
    blocks = build_blocks([BodyPage(1, "pdf-ocr", lines, [])])
    assert [type(b).__name__ for b in blocks] == ["Heading", "Paragraph", "Heading"]
    assert "杭州驰域智能汽车电子股份有限公司是省科技领军企业" in blocks[1].text


def test_a_line_ending_short_because_the_next_starts_with_a_character_and_its_closing_marks_is_wrapped() -> None:
    """Layout moves "心”）" down whole, so the member item's first line ends a character and a half short of the
    margin (OCR reads ” as "): the item is one paragraph, not a heading cut from its kind and task."""
    from pipeline.readers.pdf_blocks import BodyPage, build_blocks
    from pipeline.readers.pdf_text import Line

    lines = [
        Line("（五）杭州钱塘工控软件有限公司（以下简称“钱塘工控\"），企业，负责安全组", 1, 106.1, 520.0, 657.2, 669.8, 12.6,
             confidence=0.9),
        Line("态软件。", 1, 75.4, 127.0, 674.9, 687.5, 12.6, confidence=0.9),
        Line("（六）国家仪器仪表质量检验检测中心（浙江）有限公司（以下简称“仪表中", 1, 105.7, 499.3, 702.7, 715.7, 13.1,
             confidence=0.9),
        Line("心\"），检验检测机构，负责功能安全测试认证。", 1, 75.4, 329.2, 719.9, 732.6, 12.6, confidence=0.9),
    ]
    blocks = build_blocks([BodyPage(1, "pdf-ocr", lines, [])])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Paragraph"]
    assert blocks[1].text.endswith("（以下简称“仪表中心\"），检验检测机构，负责功能安全测试认证。")
