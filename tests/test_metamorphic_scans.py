"""Metamorphic tests: a sample plan printed, scanned or saved in an older format must review as the original.

Each plan is exported to PDF by LibreOffice, and from that PDF come: the same PDF with its fonts' Unicode
maps stripped (a text layer of glyph numbers, which the reader must notice and OCR), and scans at 150-300 dpi,
upright with a red seal over the text, or turned 90/180/270 degrees, one tilted by a degree, all with sensor
noise. From the .docx come LibreOffice's Word 97 .doc and the same bytes named .wps (as WPS Office saves).
Each variant is reviewed by the product's own per-plan entry at the original's path; the name, lead,
members, 申报类型, field, district, budget and sections must equal the truth.

Made files are kept in the pytest cache by the content hash of their source and how they were made, so a
rerun neither starts LibreOffice nor renders a page; OCR itself runs every time.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.rulepack import RulePack, load_rulepack
from tests import docx_variants, scan_builders
from tests.plan_views import review_at, truth_view
from tests.sample_corpus import plan_truths, sample_path

PLANS = [
    "临平区/浙江省智能针织装备创新联合体实施方案.docx",  # 类型二, a six-row member table
    "淳安县/浙江省湖泊碳汇与水生态修复创新联合体实施方案.docx",  # 类型一, two tables
    "钱塘区/浙江省工业安全控制系统创新联合体实施方案.docx",  # 类型三, members listed in the text
]
PLAN_IDS = ["knitting", "lake-carbon", "control-security"]  # for -k: pytest shows Chinese ids escaped
# Read by OCR too: 2 pages each, about 20 s a variant on two quiet cores, so the fifteen OCR cases stay near 5 min.
SEAL = "杭州某某科技有限公司"
# name: (dpi, counter-clockwise turn, tilt in degrees, seal text)
SCANS: dict[str, tuple[int, int, float, str | None]] = {
    "sealed-200dpi": (200, 0, 0.0, SEAL),
    "turned-90-150dpi": (150, 90, 0.0, None),
    "turned-180-300dpi-tilted": (300, 180, 1.0, None),
    "turned-270-200dpi": (200, 270, 0.0, None),
}
BUILDERS = Path(scan_builders.__file__)


def _made_once(cache: Path, source: Path, recipe: str, suffix: str, make: Callable[[Path], Path]) -> Path:
    """``make(target)`` run only when no file made from these source bytes by this recipe (and this version
    of the builders) is in ``cache``; written under a temporary name so an interrupted run leaves nothing."""
    digest = hashlib.sha256(source.read_bytes())
    digest.update(f"{recipe}\0".encode())
    digest.update(BUILDERS.read_bytes())
    target = cache / f"{digest.hexdigest()[:24]}{suffix}"
    if not target.exists():
        partial = target.with_name(f"{target.stem}.part{suffix}")
        make(partial).replace(target)
    return target


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_rulepack()


@pytest.fixture(scope="session")
def cache(pytestconfig: pytest.Config) -> Path:
    return pytestconfig.cache.mkdir("metamorphic-scans")


@pytest.fixture(scope="session")
def exported(cache: Path) -> dict[str, Path]:
    """Each plan as LibreOffice prints it to PDF (one soffice run for all plans, none once cached)."""
    return dict(zip(PLANS, docx_variants.converted([sample_path(rel) for rel in PLANS], "pdf", cache), strict=True))


@pytest.fixture(scope="session")
def word97(cache: Path) -> dict[str, Path]:
    """Each plan saved by LibreOffice with its "MS Word 97" filter."""
    return dict(zip(PLANS, docx_variants.converted([sample_path(rel) for rel in PLANS], "doc", cache), strict=True))


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
@pytest.mark.parametrize("rel", PLANS, ids=PLAN_IDS)
def test_a_word97_save_reviews_as_the_original(rel: str, suffix: str, word97: dict[str, Path], tmp_path: Path,
                                                pack: RulePack) -> None:
    named = shutil.copyfile(word97[rel], tmp_path / f"plan{suffix}")
    assert review_at(named, rel, tmp_path / "in", pack) == truth_view(plan_truths()[rel])


@pytest.mark.parametrize("rel", PLANS, ids=PLAN_IDS)
def test_the_printed_pdf_reviews_as_the_original(rel: str, exported: dict[str, Path], tmp_path: Path,
                                                 pack: RulePack) -> None:
    assert review_at(exported[rel], rel, tmp_path / "in", pack) == truth_view(plan_truths()[rel])


@pytest.mark.slow
@pytest.mark.scans
@pytest.mark.parametrize("rel", PLANS, ids=PLAN_IDS)
def test_a_pdf_without_unicode_maps_is_read_by_ocr_as_the_original(rel: str, exported: dict[str, Path],
                                                                   cache: Path, tmp_path: Path, pack: RulePack) -> None:
    stripped = _made_once(cache, exported[rel], "without-unicode-maps", ".pdf",
                          lambda target: scan_builders.without_unicode_maps(exported[rel], target))
    assert review_at(stripped, rel, tmp_path / "in", pack) == truth_view(plan_truths()[rel])


@pytest.mark.slow
@pytest.mark.scans
@pytest.mark.parametrize("scan", sorted(SCANS))
@pytest.mark.parametrize("rel", PLANS, ids=PLAN_IDS)
def test_a_scan_of_the_printed_plan_reviews_as_the_original(rel: str, scan: str, exported: dict[str, Path],
                                                            cache: Path, tmp_path: Path, pack: RulePack) -> None:
    dpi, turn, tilt, seal = SCANS[scan]
    made = _made_once(cache, exported[rel], f"scan {dpi} {turn} {tilt} {seal}", ".pdf",
                      lambda target: scan_builders.scanned_document(exported[rel], target, dpi=dpi, turn=turn,
                                                                    tilt=tilt, seal=seal))
    assert review_at(made, rel, tmp_path / "in", pack) == truth_view(plan_truths()[rel])
