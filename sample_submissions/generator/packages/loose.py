"""Files a district sends loose beside its plans: the office's cover note, and a plan resubmitted with edits."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path

from ..freeform.corpus import FREEFORM_PLANS
from ..freeform.model import FreeformPlan, Para
from ..freeform.writer import write_docx
from .layout import Entry, Placed
from .model import CoverNote, NearDuplicate
from .office import restamp_zip
from .papers import cover_note_docx
from .sources import truth_name


def _cover_note(note: CoverNote, truth_dir: Path) -> bytes:
    truths = [json.loads((truth_dir / truth_name(rel)).read_text("utf-8")) for rel in note.plans]
    plans = [(t["consortium_name"], t["lead_unit"]) for t in truths]
    return cover_note_docx(note.office, plans, note.contact, note.date)


def cover_note_file(note: CoverNote, truth_dir: Path) -> Placed:
    """The note names several consortia, so it belongs to none of them."""
    return Placed(Entry(note.rel, "attachment", None), lambda: _cover_note(note, truth_dir))


def _edited(plan: FreeformPlan, edits: tuple[tuple[str, str], ...]) -> FreeformPlan:
    blocks = list(plan.blocks)
    for old, new in edits:
        hits = [i for i, block in enumerate(blocks) if isinstance(block, Para) and old in block.text]
        if len(hits) != 1 or blocks[hits[0]].text.count(old) != 1:
            raise ValueError(f"{plan.path}: edit {old!r} must match exactly once")
        blocks[hits[0]] = dataclasses.replace(blocks[hits[0]], text=blocks[hits[0]].text.replace(old, new))
    return dataclasses.replace(plan, blocks=tuple(blocks))


def _near_duplicate(duplicate: NearDuplicate) -> bytes:
    original = next(p for p in FREEFORM_PLANS if p.path == duplicate.original)
    with tempfile.TemporaryDirectory() as work:
        docx = write_docx(_edited(original, duplicate.edits), Path(work) / "plan.docx")
        return restamp_zip(docx.read_bytes())


def near_duplicate_file(duplicate: NearDuplicate) -> Placed:
    return Placed(Entry(duplicate.rel, "plan", duplicate.rel), lambda: _near_duplicate(duplicate))


def near_duplicate_truth(duplicate: NearDuplicate, truth_dir: Path) -> dict:
    """The original's truth under the copy's path: the edits change no fact, and the district is the text's."""
    original = json.loads((truth_dir / truth_name(duplicate.original)).read_text("utf-8"))
    return {**original, "file": duplicate.rel}
