"""Every quote a reviewer is shown is the plan's own characters, and its span slices it back out of its unit.

A reviewer holds a quote against the plan; a quote rebuilt by the machine (spaces
squeezed out, two table cells joined with a colon, a heading glued to the
paragraph after it) cannot be found there and undermines the verdict it supports.
"""

from __future__ import annotations

import docx
import pytest

from flows.plan_review import review_document
from pipeline import plan_text
from pipeline.document import Document
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.spans import anchor_quotes, span_of, unit_text
from tests.review_samples import PlanText, write_plan
from tests.sample_corpus import plan_truths, sample_path

PACK = load_rulepack()
# A scan's quotes are OCR's characters and anchor the same way; its reading time is what keeps it out here.
TEXT_PLANS = sorted(rel for rel, truth in plan_truths().items() if truth["format"] != "pdf-ocr")


def _quotes(value) -> list[dict]:
    found, stack = [], [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("loc"), dict) and isinstance(item.get("text"), str) and not item.get("file"):
                found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _assert_quotes_slice_back(result: dict, doc: Document) -> int:
    blocks = {b.prov.block: b for b in doc.blocks}
    quotes = _quotes([result["extracted"], result["checks"]])
    for quote in quotes:
        text = unit_text(blocks[quote["loc"]["block"]], quote["loc"])
        assert "start" in quote, f"quote not found where it points: {quote}"
        assert text[quote["start"]:quote["end"]] == quote["text"]
    return len(quotes)


def test_span_found_as_written_and_across_spacing():
    assert span_of("组建意向书", "各方签订组 建 意 向 书。") == (4, 13)
    assert span_of("理事长由牵头单位担任", "理事长由牵头单位担任。") == (0, 10)
    assert span_of("共建共享", "知识产权归属另行约定。") is None


def test_a_wrapped_member_name_is_quoted_as_the_cell_shows_it(tmp_path):
    path = write_plan(tmp_path / "方案.docx", PlanText(
        name="浙江省柔性电子创新联合体", lead="杭州柔电科技股份有限公司", district_line="推荐单位：余杭区科技局"))
    document = docx.Document(path)
    cell = next(c for t in document.tables for r in t.rows for c in r.cells if c.text == "杭州钱塘精密机械有限公司")
    cell.paragraphs[0].text = "杭州钱塘精密机械\n有限公司"
    document.save(path)
    doc = read(path)
    result = review_document(plan_text.PlanText(doc, PACK), "方案.docx", "0" * 64).dump()

    assert _assert_quotes_slice_back(result, doc) > 20
    member = next(m for m in result["extracted"]["members"] if m["name"] == "杭州钱塘精密机械有限公司")
    assert [e["text"] for e in member["evidence"]] == ["杭州钱塘精密机械\n有限公司"]


def test_a_quote_pointing_at_the_wrong_unit_is_reported_not_given_a_span(tmp_path):
    path = write_plan(tmp_path / "方案.docx", PlanText(
        name="浙江省柔性电子创新联合体", lead="杭州柔电科技股份有限公司", district_line="推荐单位：余杭区科技局"))
    doc = read(path)
    stray = {"text": "这句话不在方案里", "loc": {"block": doc.blocks[0].prov.block}}
    assert anchor_quotes([stray], doc) == [stray]
    assert "start" not in stray


@pytest.mark.slow
@pytest.mark.parametrize("rel", TEXT_PLANS)
def test_every_sample_quote_slices_back_out_of_its_unit(rel: str):
    plan = plan_text.PlanText(read(sample_path(rel)), PACK)  # its units as written: pasted lines joined, hints apart
    result = review_document(plan, rel, "0" * 64).dump()
    assert _assert_quotes_slice_back(result, plan.doc) > 0
