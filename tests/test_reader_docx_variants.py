"""Metamorphic tests: the same plan, saved the other ways offices save it, must review the same.

From sample plans with hand-written truth, variants are derived whose final view in Word is the original's:
headings marked by a style, an outline level, a Word list or 公文 typefaces alone; a reviewer's tracked
changes and comments (every decoy deleted or only commented); a running header and footer; another Word
package (.docm, .dotx, Strict Open XML, Word's single-file XML named .doc); LibreOffice's .odt and .rtf, and the .odt brought back to .docx.
Each variant is reviewed by the product's own per-plan entry at the original's path, and what the 汇总表
and the checks rest on (name, lead, members, 申报类型, field, district, budget, sections) must equal the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from tests import docx_variants as variants
from tests.plan_views import review_at, truth_view
from tests.sample_corpus import plan_truths, sample_path

PLANS = [
    "余杭区/浙江省脑机接口创新联合体实施方案.docx",  # Heading styles numbered 1. / 2.1, a running header
    "余杭区/浙江省工业机器人核心部件创新联合体实施方案.docx",  # 黑体 headings typed 一、/（一）, no styles
    "钱塘区/浙江省微创介入医疗器械创新联合体实施方案.docx",  # Word list headings, bold 仿宋 sub-headings
]
Make = Callable[[Path, Path], Path]
HEADING_MARKS: list[variants.HeadingMark] = ["style", "outline", "numbering", "gongwen"]
FAST: dict[str, tuple[str, Make]] = {
    **{f"headings-{mark}": (".docx", lambda s, t, m=mark: variants.remark_headings(s, t, m)) for mark in HEADING_MARKS},
    "tracked-changes": (".docx", variants.tracked),
    "header-footer": (".docx", variants.with_header_and_footer),
    "docm": (".docm", lambda s, t: variants.with_main_type(s, t, variants.DOCM_MAIN)),
    "dotx": (".dotx", lambda s, t: variants.with_main_type(s, t, variants.DOTX_MAIN)),
    "strict": (".docx", variants.as_strict),
    "flat-opc": (".doc", variants.as_flat_opc),
}


@pytest.fixture(scope="module")
def pack():
    return load_rulepack()


@pytest.fixture(scope="session")
def round_trips(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every plan through LibreOffice: to .odt, to .rtf, and the .odt back to .docx (three soffice runs),
    cached by content hash in a folder of this session."""
    cache = tmp_path_factory.mktemp("libreoffice-conversions")
    sources = [sample_path(rel) for rel in PLANS]
    odt = variants.converted(sources, "odt", cache)
    routes = {"odt": odt, "rtf": variants.converted(sources, "rtf", cache),
              "odt-docx": variants.converted(odt, "docx", cache)}
    return {(rel, route): made[i] for route, made in routes.items() for i, rel in enumerate(PLANS)}


@pytest.mark.parametrize("rel", PLANS)
def test_the_sample_plan_itself_reviews_as_its_truth(rel: str, tmp_path: Path, pack) -> None:
    assert review_at(sample_path(rel), rel, tmp_path / "in", pack) == truth_view(plan_truths()[rel])


@pytest.mark.parametrize("variant", sorted(FAST))
@pytest.mark.parametrize("rel", PLANS)
def test_a_word_variant_reviews_as_the_original(rel: str, variant: str, tmp_path: Path, pack) -> None:
    suffix, make = FAST[variant]
    made = make(sample_path(rel), tmp_path / f"variant{suffix}")
    if variant.startswith("headings-"):
        original = [h.text for h in read(sample_path(rel)).headings()]
        assert [h.text for h in read(made).headings()] == original
    assert review_at(made, rel, tmp_path / "in", pack) == truth_view(plan_truths()[rel])


@pytest.mark.slow
@pytest.mark.parametrize("route", ["odt", "rtf", "odt-docx"])
@pytest.mark.parametrize("rel", PLANS)
def test_a_libreoffice_round_trip_reviews_as_the_original(rel: str, route: str, tmp_path: Path, pack,
                                                          round_trips: dict[tuple[str, str], Path]) -> None:
    assert review_at(round_trips[rel, route], rel, tmp_path / "in", pack) == truth_view(plan_truths()[rel])
