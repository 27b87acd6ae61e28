"""Scans made the way districts make them: a printed PDF rendered, turned, tilted, stamped and noised.

Also PDFs whose fonts lost their Unicode maps (pikepdf strips ``/ToUnicode``
from a LibreOffice export): they open and show the right glyphs, but their
text layer is glyph numbers.
"""

from __future__ import annotations

from math import cos, radians, sin
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFont

SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def without_unicode_maps(source: Path, target: Path, pages: list[int] | None = None) -> Path:
    """``source`` (only ``pages``, 0-based, when given) with every font's ``/ToUnicode`` map removed."""
    with pikepdf.open(source) as pdf:
        if pages is not None:
            keep = [pdf.pages[i] for i in pages]
            for page in list(pdf.pages):
                if all(page.objgen != k.objgen for k in keep):
                    pdf.pages.remove(page)
        for page in pdf.pages:
            for font in (page.Resources.get("/Font") or {}).values():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
        pdf.save(target)
    return target


def joined(parts: list[Path], target: Path) -> Path:
    """The pages of ``parts`` one after another in one PDF."""
    with pikepdf.new() as out:
        for part in parts:
            with pikepdf.open(part) as pdf:
                out.pages.extend(pdf.pages)
        out.save(target)
    return target


def rendered(pdf_path: Path, dpi: int = 150, page: int = 0) -> Image.Image:
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        return pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        pdf.close()


def sealed(page: Image.Image, text: str, centre: tuple[int, int], radius: int = 110,
           ink: tuple[int, int, int] = (150, 20, 30)) -> Image.Image:
    """A round seal with its unit's name around the rim and a star, pressed over whatever is there: the ink
    darkens the paper and the print under it (a dark, well-inked red by default)."""
    layer = Image.new("RGB", page.size, "white")
    draw = ImageDraw.Draw(layer)
    cx, cy = centre
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=ink, width=7)
    draw.text((cx, cy), "★", font=ImageFont.truetype(SEAL_FONT, radius // 2), fill=ink, anchor="mm")
    font = ImageFont.truetype(SEAL_FONT, radius // 5)
    for i, char in enumerate(text):
        angle = 200 + i * 140 / max(len(text) - 1, 1)
        glyph = Image.new("L", (radius // 3, radius // 3), 0)
        ImageDraw.Draw(glyph).text((radius // 6, radius // 6), char, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-(angle - 270))
        x = cx + int((radius - radius // 4) * cos(radians(angle))) - radius // 6
        y = cy + int((radius - radius // 4) * sin(radians(angle))) - radius // 6
        layer.paste(ink, (x, y), glyph)
    return ImageChops.multiply(page.convert("RGB"), layer)


def _through_scanner(page: Image.Image, turn: int, tilt: float) -> Image.Image:
    """``page`` turned by ``turn`` degrees (counter-clockwise), tilted by ``tilt``, with sensor noise."""
    image = page.rotate(turn, expand=True, fillcolor="white")
    image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor="white")
    pixels = np.asarray(image, dtype=np.int16)
    noise = np.random.default_rng(turn + 7).normal(0, 10, pixels.shape)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def scanned(page: Image.Image, target: Path, *, turn: int = 0, tilt: float = 0.0, dpi: int = 150) -> Path:
    """``page`` fed to the scanner turned by ``turn`` degrees (counter-clockwise) and tilted by ``tilt``,
    with sensor noise, saved as an image-only PDF."""
    _through_scanner(page, turn, tilt).save(target, "PDF", resolution=dpi)
    return target


def scanned_document(pdf_path: Path, target: Path, *, dpi: int, turn: int = 0, tilt: float = 0.0,
                     seal: str | None = None) -> Path:
    """Every page of a printed PDF scanned at ``dpi`` the same way up, as one image-only PDF; with ``seal``,
    the first page stamped with that unit's seal a third of the way down, across the lines there."""
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        pages = [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in pdf]
    finally:
        pdf.close()
    if seal is not None:
        width, height = pages[0].size
        pages[0] = sealed(pages[0], seal, (width // 2, height // 3), radius=round(110 * dpi / 150))
    scans = [_through_scanner(page, turn, tilt) for page in pages]
    scans[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=scans[1:])
    return target
