"""What a reviewer sees and prints: sample plans reviewed, their report.html and index.html opened and printed
to PDF by headless Chromium, the printed pages measured with PDFium.

The input is a handful of the sample submissions: a text PDF, a scanned PDF (OCR), and two .docx versions of
one plan sent by two districts (a batch finding on both).
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from playwright.sync_api import sync_playwright

from flows.outputs import plan_folder
from flows.planner import review_folder
from pipeline.rulepack import load_rulepack
from tests.shared_paths import VALIDATE

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[1] / "sample_submissions"
TEXT_PDF = "余杭区/浙江省智能仓储物流装备创新联合体实施方案.pdf"
SCAN = "桐庐县/浙江省快递物流智能分拣装备创新联合体实施方案（扫描件）.pdf"
COPY_A = "临安区/浙江省车规级碳化硅功率器件创新联合体实施方案.docx"
COPY_B = "余杭区/浙江省车规级碳化硅功率器件创新联合体实施方案（修改稿）.docx"
PLANS = (TEXT_PDF, SCAN, COPY_A, COPY_B)
CHROMIUM = "/usr/bin/chromium"
A4 = (595, 842)  # points
MAX_PAGES = 8
MB = 1024 * 1024


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("print")
    for rel in PLANS:
        (root / "in" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / rel, root / "in" / rel)
    assert review_folder(root / "in", root / "out", load_rulepack()) == 0
    return root / "out"


def report(out_dir: Path, rel: str) -> Path:
    return out_dir / plan_folder(rel) / "report.html"


def result(out_dir: Path, rel: str) -> dict:
    return json.loads((out_dir / plan_folder(rel) / "result.json").read_text("utf-8"))


def printed(html: Path, pdf: Path) -> pdfium.PdfDocument:
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], capture_output=True, timeout=120, check=True)
    return pdfium.PdfDocument(pdf)


def page_text(document: pdfium.PdfDocument, index: int) -> str:
    textpage = document[index].get_textpage()
    return textpage.get_text_range().replace("\r", "").replace("\n", "")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield launched
        launched.close()


def open_page(browser, html: Path):
    """The page with every console error and uncaught exception it raised while loading."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(html.as_uri())
    page.wait_for_load_state("load")
    return page, errors


@pytest.mark.parametrize("rel", PLANS)
def test_a_report_prints_on_a4_in_at_most_eight_pages_with_page_numbers(out_dir, tmp_path, rel):
    document = printed(report(out_dir, rel), tmp_path / "report.pdf")
    width, height = document[0].get_size()
    assert (round(width), round(height)) == A4
    assert 1 <= len(document) <= MAX_PAGES, len(document)
    assert f"第 1 页，共 {len(document)} 页" in page_text(document, 0)


def test_the_first_printed_page_lists_the_failures_before_the_warnings(out_dir, tmp_path):
    failed = [c["title"] for c in result(out_dir, COPY_A)["checks"] if c["status"] == "fail"]
    assert failed, "the sample plan has no 理事会 and fails its checks"
    first = page_text(printed(report(out_dir, COPY_A), tmp_path / "report.pdf"), 0)
    assert first.index("不通过") < first.index("不符合（") < first.index("存疑（")
    for title in failed:
        assert first.index("不符合（") < first.index(title) < first.index("存疑（"), title


def test_the_verdict_box_links_each_problem_to_its_evidence(out_dir, browser):
    page, errors = open_page(browser, report(out_dir, COPY_A))
    groups = page.locator("#verdict-box .problems").evaluate_all("els => els.map(e => e.className)")
    assert groups[0] == "problems p-fail" and "problems p-warn" in groups
    links = page.locator("#verdict-box .p-fail a")
    for i in range(links.count()):
        target = links.nth(i).get_attribute("href")
        assert page.locator(target.replace(".", "\\.")).locator("blockquote, p").count() > 0
    assert errors == []
    page.close()


def test_both_copies_of_a_plan_name_each_other_in_their_reports(out_dir, browser):
    for this, other in ((COPY_A, COPY_B), (COPY_B, COPY_A)):
        page, errors = open_page(browser, report(out_dir, this))
        duplicate = page.locator("#check-batch\\.duplicate")
        assert "存疑" in duplicate.inner_text() and other in duplicate.inner_text()
        assert page.locator("#verdict-box .p-warn a[href='#check-batch.duplicate']").count() == 1
        assert errors == []
        page.close()


def _crops(html: str) -> list[Image.Image]:
    marker = 'src="data:image/jpeg;base64,'
    images = []
    for chunk in html.split(marker)[1:]:
        images.append(Image.open(io.BytesIO(base64.b64decode(chunk[: chunk.index('"')]))))
    return images


def _has_highlight(image: Image.Image) -> bool:
    """Pixels of the highlight's yellow (red and green high, blue low)."""
    pixels = np.asarray(image.convert("RGB")).astype(int)
    return bool(((pixels[..., 0] > 200) & (pixels[..., 1] > 170) & (pixels[..., 2] < 120)).any())


def test_a_pdf_quote_is_shown_on_its_page_with_the_quoted_characters_tinted(out_dir):
    html = report(out_dir, TEXT_PDF).read_text("utf-8")
    crops = _crops(html)
    assert crops and all(_has_highlight(c) for c in crops[:5])
    assert all(c.width < 1200 and c.height < 1000 for c in crops)
    assert report(out_dir, TEXT_PDF).stat().st_size <= 5 * MB
    assert "引文已标黄" in html


def test_values_read_from_a_scan_say_so_and_the_page_is_shown_once(out_dir, browser):
    page, errors = open_page(browser, report(out_dir, SCAN))
    ocr_rows = page.locator("#summary tr.from-ocr")
    assert ocr_rows.count() == len(result(out_dir, SCAN)["summary_row_from_ocr"]) > 0
    assert "请与原件核对" in ocr_rows.first.inner_text()
    pages = page.locator("figure.crop.whole figcaption").all_inner_texts()
    assert pages and len(pages) == len(set(pages))  # each scanned page at most once
    assert errors == []
    page.close()


def test_a_docx_report_shows_quotes_as_text_without_images(out_dir):
    html = report(out_dir, COPY_B).read_text("utf-8")
    assert "<img" not in html and "<mark>" in html


def test_the_index_shows_charts_main_problems_and_beijing_times(out_dir, browser, tmp_path):
    page, errors = open_page(browser, out_dir / "index.html")
    assert page.locator("#chart-districts svg rect").count() >= 3  # a bar for each of the three districts
    assert page.locator("#chart-failing svg").count() == 1
    row = page.locator("#plans tbody tr", has_text=COPY_A)
    failed = [c["title"] for c in result(out_dir, COPY_A)["checks"] if c["status"] == "fail"]
    assert failed[0] in row.locator("td.problems-cell").inner_text()
    assert "北京时间" in page.locator("body").inner_text()
    page.select_option("#filter-problem", failed and next(
        c["id"] for c in result(out_dir, COPY_A)["checks"] if c["title"] == failed[0]))
    visible = page.locator("#plans tbody tr:visible").all_inner_texts()
    assert any(COPY_A in v for v in visible) and not any(TEXT_PDF in v for v in visible)
    assert errors == []
    page.close()
    document = printed(out_dir / "index.html", tmp_path / "index.pdf")
    assert sorted(round(v) for v in document[0].get_size()) == sorted(A4)


def test_the_output_still_passes_the_contract_validator(out_dir):
    done = subprocess.run([sys.executable, str(VALIDATE), str(out_dir)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
