"""Derived formats: LibreOffice PDF and legacy .doc, and image-only "scanned" PDFs with skew, noise and a stamp."""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from math import cos, radians, sin
from pathlib import Path

import numpy as np
import pikepdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

STAMP_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FIXED_PDF_DATE = "D:20221110090000+08'00'"
BW_THRESHOLD = 150  # grey level above which a black-and-white copier prints white


def pin_pdf_dates(path: Path) -> None:
    """Fixes the creation dates and file ID that LibreOffice and Pillow stamp, so reruns give identical bytes."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for key in ("/CreationDate", "/ModDate"):
            if key in pdf.docinfo:
                pdf.docinfo[key] = FIXED_PDF_DATE
        for key in ("/DocChecksum", "/ID"):  # qpdf keeps an existing first ID element; drop it to recompute
            if key in pdf.trailer:
                del pdf.trailer[key]
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        pdf.save(path, deterministic_id=True)


def soffice_convert(source: Path, target_ext: str, out_dir: Path) -> Path:
    """Converts with headless LibreOffice under a private profile, so concurrent soffice users never clash."""
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as work:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", target_ext, "--outdir", work, str(source)],
            check=True, capture_output=True, timeout=180,
        )
        produced = Path(work) / f"{source.stem}.{target_ext}"
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / produced.name
        shutil.move(produced, target)
        return target


def _stamp(page: Image.Image, text: str, rng: random.Random, at: tuple[float, float]) -> Image.Image:
    """Draws a red round official seal centred at ``at`` (fractions of the page), the page turning RGB for it."""
    page = page.convert("RGB")
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx, cy, r = int(page.width * at[0]), int(page.height * at[1]), 150
    red = (200, 30, 30, 170)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=9)
    star = ImageFont.truetype(STAMP_FONT, 90)
    draw.text((cx, cy), "★", font=star, fill=red, anchor="mm")
    font = ImageFont.truetype(STAMP_FONT, 30)
    label = text[:16]
    for i, char in enumerate(label):
        angle = 200 + i * (140 / max(len(label) - 1, 1))
        glyph = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((22, 22), char, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-(angle - 270), expand=False)
        x = cx + int((r - 38) * cos(radians(angle))) - 22
        y = cy + int((r - 38) * sin(radians(angle))) - 22
        layer.alpha_composite(glyph, (x, y))
    layer = layer.rotate(rng.uniform(-12, 12), center=(cx, cy))
    page.paste(layer, (0, 0), layer)
    return page


def _scan_page(image: Image.Image, rng: random.Random, skew: tuple[float, float]) -> Image.Image:
    """Grey page with a slight skew (degrees within ``skew``), paper noise and a little blur, as a scanner leaves it."""
    skewed = image.convert("L").rotate(rng.uniform(*skew) * rng.choice((-1, 1)), resample=Image.BICUBIC,
                                       fillcolor=255, expand=False)
    pixels = np.asarray(skewed, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 9, pixels.shape)
    noisy = np.clip(pixels + noise - 6, 0, 255).astype("uint8")
    return Image.fromarray(noisy, "L").filter(ImageFilter.GaussianBlur(0.4))


def scan_pdf(pdf: Path, target: Path, *, stamp_text: str, seed: int, stamp_page: int = -1,
             stamp_at: tuple[float, float] = (0.68, 0.36), skew: tuple[float, float] = (0.5, 1.5),
             colour: str = "grey") -> int:
    """Renders a text PDF at 150 dpi grey and reassembles it as JPEG images only (no text layer); returns pages.

    The seal goes on page ``stamp_page`` (the signature page by default; the cover when a clerk stamps over
    the lead's name there). ``colour="bw"`` is an office copier's black-and-white mode: every page, seal
    included, thresholded to one bit per pixel, which keeps a scan a tenth of the size of its grey JPEG.
    """
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf), f"{work}/page"], check=True, timeout=180)
        pages = [_scan_page(Image.open(p), rng, skew) for p in sorted(Path(work).glob("page-*.png"))]
    pages[stamp_page] = _stamp(pages[stamp_page], stamp_text, rng, stamp_at)
    jpeg = {"quality": 55}
    if colour == "bw":
        pages = [page.convert("L").point(lambda v: 255 if v > BW_THRESHOLD else 0).convert("1") for page in pages]
        jpeg = {}  # one-bit pages are stored CCITT G4, which takes no quality
    target.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(target, "PDF", resolution=150.0, save_all=True, append_images=pages[1:], **jpeg)
    return len(pages)
