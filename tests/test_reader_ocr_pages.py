"""Scans as districts send them, read as a person reads them: any way up, tilted, stamped over the text,
mixed with text pages, and PDFs whose text layer is glyph numbers. Each file is one or two pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractors import extract
from pipeline.document import Document
from pipeline.plan_text import PlanText
from pipeline.readers import ocr_cache
from pipeline.readers.pdf import read_pdf
from pipeline.rulepack import load_rulepack
from tests.sample_corpus import SAMPLES
from tests.scan_builders import joined, rendered, scanned, sealed, without_unicode_maps

pytestmark = pytest.mark.slow

EXPORTED = SAMPLES / "余杭区" / "浙江省高端医用敷料创新联合体实施方案.pdf"  # LibreOffice 7.4 export
CONSORTIUM = "浙江省高端医用敷料创新联合体"
LEAD = "杭州康纬医疗科技有限公司"
TITLE = "二、建设目标"
SENTENCES = [
    "联合体由杭州某某科技股份有限公司牵头组建。",
    "联合浙江大学等12家单位开展关键核心技术攻关。",
    "到2025年研发投入累计不低于5亿元。",
    "形成一批具有自主知识产权的标志性成果。",
]
SEALED = 1  # the sentence whose words the seal's rim and star cross
SEAL_TEXT = "宁波某某检测技术服务中心"


def _printed(path: Path) -> Path:
    """A text page: a heading and four sentences, in a CID font (its text layer maps to Unicode)."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 16)
    c.drawString(72, 760, TITLE)
    c.setFont("STSong-Light", 14)
    for i, sentence in enumerate(SENTENCES):
        c.drawString(72, 720 - i * 34, sentence)
    c.save()
    return path


def _best(doc: Document, sentence: str) -> tuple[int, int]:
    """The index of the block that reads most like ``sentence``, and how alike they are (0-100)."""
    scores = [fuzz.partial_ratio(sentence, b.text) for b in doc.blocks]
    best = max(range(len(scores)), key=scores.__getitem__)
    return best, round(scores[best])


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _printed(tmp_path_factory.mktemp("printed") / "printed.pdf")


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turned_tilted_stamped_scan_reads_in_order(printed: Path, tmp_path: Path, turn: int) -> None:
    page = rendered(printed)
    y = round((842 - (720 - (SEALED + 1) * 34)) * 150 / 72)  # the next sentence's baseline, in pixels
    page = sealed(page, SEAL_TEXT, (330, y - 10))
    doc = read_pdf(scanned(page, tmp_path / f"scan{turn}.pdf", turn=turn, tilt=1.2))
    assert doc.format == "pdf-ocr"
    places = []
    for sentence in [TITLE, *SENTENCES]:
        index, score = _best(doc, sentence)
        assert score >= 85, (turn, sentence, [b.text for b in doc.blocks])
        places.append(index)
    assert places == sorted(places), [b.text for b in doc.blocks]
    assert doc.blocks[0].text == TITLE
    assert _best(doc, SENTENCES[SEALED])[1] >= 90  # under the seal's rim and star: at most a character lost
    assert SEAL_TEXT not in doc.text
    assert all(b.prov.reader == "pdf-ocr" and 0 < b.prov.confidence < 1 for b in doc.blocks)


def test_fonts_without_unicode_maps_are_read_by_ocr_beside_text_pages(printed: Path, tmp_path: Path) -> None:
    """Page 1 is a LibreOffice export whose fonts lost their Unicode maps; page 2 has a good text layer."""
    cover = without_unicode_maps(EXPORTED, tmp_path / "cover.pdf", pages=[0])
    doc = read_pdf(joined([cover, printed], tmp_path / "mixed.pdf"))
    first = [b for b in doc.blocks if b.prov.page == 1]
    second = [b for b in doc.blocks if b.prov.page == 2]
    assert first and all(b.prov.reader == "pdf-ocr" and b.prov.confidence < 1 for b in first)
    assert second and all(b.prov.reader == "pdf-text" and b.prov.confidence is None for b in second)
    assert max(fuzz.partial_ratio(CONSORTIUM, b.text) for b in first) == 100, [b.text for b in first]
    assert any(LEAD in b.text for b in first)
    assert [b.text for b in second] == [TITLE, *SENTENCES]

    extracted = extract(PlanText(doc, load_rulepack("zhejiang-2022")), "余杭区/mixed.pdf")
    assert extracted.consortium_name.value == CONSORTIUM
    assert extracted.consortium_name.confidence is not None and extracted.consortium_name.confidence < 1
    assert extracted.consortium_name.evidence[0].loc.page == 1


def test_a_page_once_read_is_taken_from_the_store(printed: Path, tmp_path: Path, monkeypatch) -> None:
    """A second read of the same page image, in a new process, uses what the first stored: edited here
    so the test can tell the stored boxes from a fresh OCR."""
    store = tmp_path / "ocr"
    monkeypatch.setenv(ocr_cache.OCR_CACHE_ENV, str(store))
    scan = scanned(rendered(printed), tmp_path / "scan.pdf")
    ocr_cache.forget()
    assert _best(read_pdf(scan), SENTENCES[0])[1] >= 85
    [entry] = store.rglob("*.json")
    data = json.loads(entry.read_text("utf-8"))
    for box in data["boxes"]:
        box["text"] = box["text"].replace("浙江大学", "之江实验室")
    entry.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    ocr_cache.forget()
    assert "联合之江实验室等12家单位" in read_pdf(scan).text
