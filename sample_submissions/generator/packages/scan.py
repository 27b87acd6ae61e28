"""Stamped papers scanned: grey 150 dpi JPEG pages with no text layer and red seals where the units stamped them.

Pages are rendered with pypdfium2 (convert.scan_pdf needs poppler's pdftoppm, which this machine lacks); the
scanner's skew, noise and the seal itself are convert.py's, so every scan of the corpus looks alike.
"""

from __future__ import annotations

import random
from pathlib import Path

import pdfplumber
import pypdfium2
from PIL import Image

from ..convert import _scan_page, _stamp, pin_pdf_dates

DPI = 150
SKEW = (0.3, 1.0)
Seal = tuple[int, tuple[float, float], str]  # page index, centre as fractions of the page, the seal's text


def name_seals(pdf: Path, names: tuple[str, ...]) -> list[Seal]:
    """A seal for each name where it is printed last (the signature page, not the body that names it first),
    centred on the end of the name, as a unit stamps over its printed name."""
    seals = []
    with pdfplumber.open(pdf) as document:
        for name in names:
            found = [(index, hit) for index, page in enumerate(document.pages) for hit in page.search(name)]
            if not found:
                raise ValueError(f"{pdf.name}: {name} is not printed")
            index, hit = found[-1]
            page = document.pages[index]
            seals.append((index, (hit["x1"] / page.width, (hit["top"] + hit["bottom"]) / 2 / page.height), name))
    return seals


def _pages(pdf: Path) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()


def scan_with_seals(pdf: Path, target: Path, seals: list[Seal], seed: int) -> None:
    """Writes ``target``: ``pdf``'s pages as a scanner's grey images, with ``seals`` in red."""
    rng = random.Random(seed)
    pages = [_scan_page(page, rng, SKEW) for page in _pages(pdf)]
    for index, at, text in seals:
        pages[index] = _stamp(pages[index], text, rng, at)
    target.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(target, "PDF", resolution=float(DPI), save_all=True, append_images=pages[1:], quality=55)
    pin_pdf_dates(target)
