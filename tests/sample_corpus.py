"""The sample corpus as tests see it: its truth files, and every sample's bytes, archive members included.

A plan inside a .zip or .7z has a path like ``萧山区/材料.zip/联合体/实施方案.docx`` that is no file on
disk; ``sample_path`` finds its bytes through the product's own inventory, unpacked once per test session.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path

from pipeline.inventory import Inventory, take_inventory

SAMPLES = Path(__file__).resolve().parents[1] / "sample_submissions"
TRUTH = SAMPLES / "truth"


def plan_truths() -> dict[str, dict]:
    """Each plan's hand-written truth by its path (files named ``_*.json`` hold the batch-wide truths)."""
    records = (json.loads(p.read_text("utf-8")) for p in sorted(TRUTH.glob("*.json")) if not p.name.startswith("_"))
    return {r["file"]: r for r in records}


def truth_of(name: str) -> dict:
    """A batch-wide truth file: ``bad`` (unreadable inputs), ``files`` (roles) or ``packages``."""
    return json.loads((TRUTH / f"_{name}.json").read_text("utf-8"))


@cache
def sample_inventory() -> Inventory:
    scratch = Path(tempfile.mkdtemp(prefix="sample-inventory-"))
    atexit.register(shutil.rmtree, scratch, True)
    return take_inventory(SAMPLES, scratch)


def sample_path(rel: str) -> Path:
    """Where a sample's bytes can be read, whether it lies on disk or inside an archive."""
    entry = next(e for e in sample_inventory().files if e.rel == rel)
    assert entry.path is not None, f"{rel} has no bytes ({entry.error})"
    return entry.path
