"""report.html of a sample plan: each check's quote shown in its sentence with exactly the quoted span marked,
plan text never read as markup, and a long quote cut short."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from markupsafe import escape

from flows.plan_review import review_plan, write_plan_outputs
from pipeline.report.quotes import MARKED_CHARS, SENTENCE_CHARS, in_sentence
from pipeline.rulepack import load_rulepack
from pipeline.sentences import sentence_start
from tests.sample_corpus import SAMPLES

PACK = load_rulepack()
SAMPLE = "余杭区/浙江省眼科高端医疗器械创新联合体实施方案.docx"
PLANTED = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> tuple[dict, str]:
    """The sample with a script planted in its three-year goal, reviewed, and its report.html."""
    root = tmp_path_factory.mktemp("plan")
    path = root / Path(SAMPLE).name
    shutil.copy(SAMPLES / SAMPLE, path)
    document = docx.Document(str(path))
    goal = next(p for p in document.paragraphs if p.text.startswith("到2025年"))
    goal.runs[-1].text += PLANTED
    document.save(str(path))
    written = write_plan_outputs(review_plan(path, root, PACK), root / "out", pack=PACK)
    return written.dump(), (root / "out" / "report.html").read_text("utf-8")


def _marked_in_sentence(text: str, start: int, quote: str) -> str:
    """The report's HTML for ``quote`` at ``start`` of ``text``: the sentence up to it, then the quote marked."""
    before = text[max(sentence_start(text, start), start - SENTENCE_CHARS):start].lstrip()
    return f"{escape(before)}<mark>{escape(quote)}</mark>"


def test_each_quote_is_marked_exactly_inside_its_sentence(reviewed):
    result, html = reviewed
    context = result["context_blocks"]
    shown = 0
    for check in result["checks"]:
        for quote in check.get("evidence", []):
            loc = quote.get("loc") or {}
            block = context.get(str(loc.get("block")), {})
            if loc.get("table") or "start" not in quote or "text" not in block:
                continue
            assert block["text"][quote["start"]:quote["end"]] == quote["text"]
            assert _marked_in_sentence(block["text"], quote["start"], quote["text"]) in html, quote
            shown += 1
    assert shown >= 10


def test_plan_text_in_a_quote_stays_text(reviewed):
    result, html = reviewed
    assert any(PLANTED in e["text"] for c in result["checks"] for e in c.get("evidence", []))
    assert str(escape(PLANTED)) in html
    assert "<script>alert" not in html


def test_a_long_quote_is_marked_cut_short():
    text = "甲" * 1000 + "。"
    marked = [p.text for p in in_sentence(text, text[:-1], at=0) if p.marked]
    assert marked == ["甲" * MARKED_CHARS + "…"]
