"""OCR results remembered by the page image they were read from, in memory and on disk.

OCR is the one slow step of reading a plan. What it returns depends only on
the page's pixels and the OCR models, so a page read once is never read again:
not when a glance at a scan is followed by reading it whole, and not when a
nightly run follows a change of the rules or of the code that works on the
text (rows, tables, blocks are rebuilt from the stored boxes each time). The
disk store is the folder named by ``CONSORTIUM_REVIEW_OCR_CACHE`` (the run's
cache folder sets it); without it only the last few pages are remembered.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.atomic import write_text

OCR_CACHE_ENV = "CONSORTIUM_REVIEW_OCR_CACHE"
# Bumped when what is stored, or the models that produce it, change: older entries are then not found.
STORE_VERSION = "ocr-boxes-3"  # 3: 丶 stored as 、
MEMORY_PAGES = 8


@dataclass(frozen=True)
class TextBox:
    """One recognised box: its corners (pixels of the upright image, clockwise from top-left), its text, and
    the recogniser's score for its least sure letter, digit or Han character."""

    quad: tuple[tuple[float, float], ...]
    text: str
    score: float


@dataclass(frozen=True)
class PageRead:
    """What OCR found on a page image: quarter turns (``np.rot90``) that make it upright, and its boxes."""

    turns: int
    boxes: tuple[TextBox, ...]


_MEMORY: OrderedDict[str, PageRead] = OrderedDict()


def page_key(pixels: np.ndarray) -> str:
    digest = hashlib.sha256(f"{STORE_VERSION}:{pixels.shape}".encode())
    digest.update(np.ascontiguousarray(pixels[..., 0]).data)
    return digest.hexdigest()


def recall(key: str) -> PageRead | None:
    if key in _MEMORY:
        _MEMORY.move_to_end(key)
        return _MEMORY[key]
    path = _disk_path(key)
    if path is None or not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        read = PageRead(
            turns=int(raw["turns"]),
            boxes=tuple(
                TextBox(tuple((float(x), float(y)) for x, y in b["quad"]), str(b["text"]), float(b["score"]))
                for b in raw["boxes"]
            ),
        )
    except (OSError, ValueError, KeyError, TypeError):  # a damaged entry is read again, not trusted
        return None
    _remember(key, read)
    return read


def keep(key: str, read: PageRead) -> None:
    _remember(key, read)
    path = _disk_path(key)
    if path is None:
        return
    data = {
        "turns": read.turns,
        "boxes": [{"quad": [list(p) for p in b.quad], "text": b.text, "score": b.score} for b in read.boxes],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(data, ensure_ascii=False))
    except OSError:  # a full or read-only cache folder costs time on the next run, never this run's result
        return


def _remember(key: str, read: PageRead) -> None:
    _MEMORY[key] = read
    _MEMORY.move_to_end(key)
    while len(_MEMORY) > MEMORY_PAGES:
        _MEMORY.popitem(last=False)


def _disk_path(key: str) -> Path | None:
    folder = os.environ.get(OCR_CACHE_ENV)
    return Path(folder) / key[:2] / f"{key}.json" if folder else None


def forget() -> None:
    """Drop what is remembered in memory (the disk store stays), as a new process starts."""
    _MEMORY.clear()
