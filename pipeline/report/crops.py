"""A quote seen where it stands on the page: a small image of the PDF around it, the quoted characters tinted.

A reviewer trusts a verdict on a PDF or a scan more when the very line of the page is shown, not only its
text as read. PDFium renders the page (offline, the same library the reader uses) and gives the boxes of
the page's characters; the quote is found among them, white space and width variants ignored. A scanned
page has no characters to find, so it is shown whole, small, once, at its first quote. Images are JPEG ``data:`` URIs, so the report
stays one self-contained file; a budget of bytes keeps it small whatever the plan.
"""

from __future__ import annotations

import base64
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageChops

from pipeline.readers.pdf_geometry import chars_within

SCALE = 1.6  # pixels per point: 115 dpi, sharp enough to read a 10.5 pt character
CONTEXT_LINES = 1.4  # line heights shown above and below the quote
INK_LEVEL = 160  # grey level below which a pixel is ink
SIDE = 6.0  # points beyond the outermost characters of the page
THUMB_WIDTH = 420  # pixels of a scanned page shown whole
JPEG_QUALITY = 62
CROP_BYTES = 2_500_000  # of images in one report, at most
MAX_CROPS = 40
HIGHLIGHT = (255, 221, 64)
MIN_MATCH = 6  # characters of a quote's start that still place it, when the whole quote is not found


@dataclass(frozen=True)
class Crop:
    uri: str
    page: int
    whole_page: bool  # a scan: no characters to place the quote, the page is shown small


@dataclass(frozen=True)
class Wanted:
    quote: str
    mark: str
    in_table: bool


@dataclass
class PageCrops:
    """Crops of one PDF's pages, made on demand, each (page, quote) once, until the byte budget is used."""

    path: Path | None
    left: int = CROP_BYTES
    made: dict[tuple[int, str, str, bool], Crop | None] = field(default_factory=dict)
    whole_pages: set[int] = field(default_factory=set)
    _pdf: Any = None

    def __enter__(self) -> PageCrops:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pdf is not None:
            self._pdf.close()

    def crop(self, page: int | None, quote: str, mark: str | None = None, in_table: bool = False) -> Crop | None:
        """The crop showing ``quote`` on ``page`` (1-based) with ``mark`` (a part of it, by default all of it)
        tinted; ``in_table`` says the quote is a table cell, so its occurrence standing alone is preferred.
        None without a page, a file, or room left."""
        if not page or not quote or self.path is None:
            return None
        key = (page, quote, mark or quote, in_table)
        if page in self.whole_pages:  # a scanned page is shown once, at its first quote
            return None
        if key in self.made:
            return self.made[key]
        crop = self._make(page, Wanted(quote, mark or quote, in_table)) if self._has_room() else None
        if crop is not None and crop.whole_page:
            self.whole_pages.add(page)
        self.made[key] = crop
        return crop

    def _has_room(self) -> bool:
        return self.left > 0 and sum(1 for c in self.made.values() if c) < MAX_CROPS

    def _document(self) -> Any:
        if self._pdf is None:
            try:
                self._pdf = pdfium.PdfDocument(self.path)
            except (OSError, pdfium.PdfiumError):  # gone, moved or changed since it was read
                self.path = None
                return None
        return self._pdf

    def _make(self, page_no: int, quote: Wanted) -> Crop | None:
        pdf = self._document()
        if pdf is None or page_no > len(pdf):
            return None
        page = pdf[page_no - 1]
        try:
            image, whole = _page_image(page, quote)
        finally:
            page.close()
        if image is None:
            return None
        uri = _jpeg_uri(image)
        if len(uri) > self.left:
            self.left = 0
            return None
        self.left -= len(uri)
        return Crop(uri, page_no, whole)


def _page_image(page: Any, wanted: Wanted) -> tuple[Image.Image | None, bool]:
    width, height = page.get_width(), page.get_height()
    chars = chars_within(page, [(0.0, 0.0, width, height)])
    if not chars:
        return _render(page, THUMB_WIDTH / width), True
    hit = _place(chars, wanted.quote, wanted.in_table)
    if hit is None:
        return None, False
    marked = _place(hit, wanted.mark, False) or hit
    left = max(0.0, min(c["x0"] for c in chars) - SIDE)
    right = min(width, max(c["x1"] for c in chars) + SIDE)
    size = max(c["bottom"] - c["top"] for c in hit)
    image = _render(page, SCALE)
    ink = _ink_rows(image, left, right)
    top = _quiet_row(ink, min(c["top"] for c in hit) - CONTEXT_LINES * size, size)
    bottom = _quiet_row(ink, max(c["bottom"] for c in hit) + CONTEXT_LINES * size, size)
    for x0, y0, x1, y1 in _line_boxes(marked):
        box = tuple(round(v * SCALE) for v in (x0, y0 - 1, x1, y1 + 2))
        region = image.crop(box)
        image.paste(ImageChops.multiply(region, Image.new("RGB", region.size, HIGHLIGHT)), box[:2])
    return image.crop((round(left * SCALE), top, round(right * SCALE), bottom)), False


def _ink_rows(image: Image.Image, left: float, right: float) -> np.ndarray:
    """Dark pixels in each pixel row of the page between ``left`` and ``right`` (points)."""
    grey = np.asarray(image.convert("L"))[:, round(left * SCALE): round(right * SCALE)]
    return (grey < INK_LEVEL).sum(axis=1)


def _quiet_row(ink: np.ndarray, near: float, size: float) -> int:
    """The pixel row within a line's height of ``near`` (points) crossing the least ink: a cut there runs
    between lines (or along a table rule), never through the middle of a character."""
    low = max(0, round((near - size / 2) * SCALE))
    high = min(len(ink), round((near + size / 2) * SCALE) + 1)
    if low >= high:
        return min(max(0, round(near * SCALE)), len(ink))
    window = ink[low:high]
    centre = round(near * SCALE) - low
    return low + min(range(len(window)), key=lambda i: (window[i], abs(i - centre)))


def _render(page: Any, scale: float) -> Image.Image:
    bitmap = page.render(scale=scale)
    try:
        return bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()


def _normalised(chars: list[dict]) -> tuple[str, list[int]]:
    """The page's text without white space, width variants folded (NFKC), and for each of its characters the
    index of the page character it comes from."""
    text, owner = [], []
    for index, char in enumerate(chars):
        for ch in unicodedata.normalize("NFKC", char["text"]):
            if not ch.isspace():
                text.append(ch)
                owner.append(index)
    return "".join(text), owner


def _place(chars: list[dict], quote: str, in_table: bool) -> list[dict] | None:
    """The page characters that make up ``quote`` (its start, when a reader's cleaning changed its end); of
    several occurrences, the first, or for a table cell the one standing most apart from its neighbours."""
    text, owner = _normalised(chars)
    wanted = "".join(ch for ch in unicodedata.normalize("NFKC", quote) if not ch.isspace())
    for probe in (wanted, wanted[:40], wanted[:MIN_MATCH]):
        if not probe or len(probe) < min(MIN_MATCH, len(wanted)):
            continue
        starts = [m.start() for m in re.finditer(re.escape(probe), text)]
        if starts:
            spans = [(owner[at], owner[at + len(probe) - 1] + 1) for at in starts]
            first, last = max(spans, key=lambda span: _apartness(chars, *span)) if in_table else spans[0]
            return chars[first:last]
    return None


def _apartness(chars: list[dict], first: int, last: int) -> float:
    """How far a run of characters stands from the text before and after it (a line break counts as far)."""
    def gap(a: dict | None, b: dict | None) -> float:
        if a is None or b is None or abs(a["top"] - b["top"]) > (b["bottom"] - b["top"]) / 2:
            return 100.0
        return b["x0"] - a["x1"]
    before = chars[first - 1] if first > 0 else None
    after = chars[last] if last < len(chars) else None
    return min(gap(before, chars[first]), gap(chars[last - 1], after))


def _line_boxes(chars: list[dict]) -> list[tuple[float, float, float, float]]:
    """One box per visual line of the quoted characters (tinting them one by one would darken the overlaps)."""
    lines: list[list[float]] = []
    for c in chars:
        if c["text"].isspace():
            continue
        if lines and abs(c["top"] - lines[-1][1]) < (c["bottom"] - c["top"]) / 2:
            line = lines[-1]
            line[0], line[2], line[3] = min(line[0], c["x0"]), max(line[2], c["x1"]), max(line[3], c["bottom"])
        else:
            lines.append([c["x0"], c["top"], c["x1"], c["bottom"]])
    return [(a, b, c, d) for a, b, c, d in lines]


def _jpeg_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
