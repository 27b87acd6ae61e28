"""A thousand distinct small plans, made quickly from the sample .docx plans with python-docx.

Each copy gets its own consortium name and its own company names (a short
brand put into each name the sample's truth lists), so the batch checks see
a thousand different consortia, as a real night would, not the same twenty
repeated. Universities and institutes stay as they are: they do sit in many
consortia. The copies go under district folders, as a clerk's batch does.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from bench.samples import SAMPLES

TRUTH = SAMPLES / "truth"
# Two-character brands: 40 x 40 = 1,600 distinct ones, enough for the soak's thousand plans.
_SYLLABLES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星云雨风雷山川江河湖海松柏"


def brand(n: int) -> str:
    return _SYLLABLES[n // len(_SYLLABLES) % len(_SYLLABLES)] + _SYLLABLES[n % len(_SYLLABLES)]


def docx_templates() -> list[tuple[Path, dict]]:
    """The loose sample .docx plans that open, with their truth (names to vary)."""
    found = []
    for truth in sorted(TRUTH.glob("*.docx.json")):
        facts = json.loads(truth.read_text("utf-8"))
        path = SAMPLES / facts["file"]
        if path.is_file() and facts.get("consortium_name") and facts.get("members"):
            found.append((path, facts))
    return found


def renames(facts: dict, n: int) -> dict[str, str]:
    """Old name → new name for this copy: the consortium and every company among its members."""
    mark = brand(n)
    name = facts["consortium_name"]
    changed = {name: name.replace("浙江省", f"浙江省{mark}", 1) if name.startswith("浙江省") else mark + name}
    for member in facts["members"]:
        old = member["name"]
        if old.endswith("公司") and len(old) > 4:
            changed[old] = old[:2] + mark + old[2:]
    return dict(sorted(changed.items(), key=lambda kv: -len(kv[0])))  # longest first: no name inside another


def _paragraphs(doc: Document):
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def rename_in(doc: Document, changed: dict[str, str]) -> None:
    """Every name replaced, within a run where it lies in one, else across the paragraph's runs."""
    for paragraph in _paragraphs(doc):
        text = paragraph.text
        if not any(old in text for old in changed):
            continue
        for run in paragraph.runs:
            for old, new in changed.items():
                if old in run.text:
                    run.text = run.text.replace(old, new)
        if any(old in paragraph.text for old in changed) and paragraph.runs:
            whole = paragraph.text
            for old, new in changed.items():
                whole = whole.replace(old, new)
            paragraph.runs[0].text = whole
            for run in paragraph.runs[1:]:
                run.text = ""


def build(folder: Path, count: int) -> list[Path]:
    """``count`` distinct plans under ``folder/<district>/``; an existing folder of the right size is reused."""
    if folder.is_dir() and len(list(folder.rglob("*.docx"))) == count:
        return sorted(folder.rglob("*.docx"))
    templates = docx_templates()
    made = []
    for n in range(count):
        source, facts = templates[n % len(templates)]
        doc = Document(str(source))
        rename_in(doc, renames(facts, n))
        target = folder / source.parent.name / f"{n:04d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(target))
        made.append(target)
    return made
