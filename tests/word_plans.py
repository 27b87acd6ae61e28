"""A plan written with python-docx from a list of items, read, extracted and checked as the review does: for tests
that need a whole plan's context (its outline, its member list) around the phrasing they are about."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from checks import run_plan_checks
from extractors import extract
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import Submission
from tests.extract_docs import add_word_table

PACK = load_rulepack()
Item = tuple[str, str | list[list[str]]]  # ("h", heading) | ("p", paragraph) | ("t", rows of a table)


def review_items(tmp_path: Path, items: list[Item], title: str, lead: str,
                 district: str = "余杭区") -> tuple[Submission, dict[str, str]]:
    """A .docx titled ``title`` with ``lead`` on its cover, then ``items``: its submission and each check's status."""
    doc = WordDocument()
    doc.add_paragraph(title)
    doc.add_paragraph(f"牵头单位：{lead}")
    for kind, content in items:
        if kind == "h":
            doc.add_heading(content, 1)
        elif kind == "t":
            add_word_table(doc, content)
        else:
            doc.add_paragraph(content)
    path = tmp_path / "plan.docx"
    doc.save(path)
    sub = extract(PlanText(read(path), PACK), f"{district}/plan.docx")
    return sub, {r.id: r.status for r in run_plan_checks(sub, PACK)}
