"""Read a scanned or photographed page (.jpg, .png) by OCR into the shared Document.

Districts send licence copies and stamped letters as photos. An image is one
page: it is bounded by its pixel count before it is decoded (a tiny file can
declare a huge canvas), turned upright by its EXIF orientation, shrunk to what
an A4 page scanned at about 200 dpi would be, and then read by the same OCR and
line-to-block path as a scanned PDF page. Its blocks are marked as OCR'd
(``pdf-ocr``), like a scanned PDF's, so everything downstream treats the two alike.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

from pipeline.document import Document
from pipeline.errors import ReadError
from pipeline.readers.ocr import ocr_image
from pipeline.readers.pdf import MIN_BODY_CHARS
from pipeline.readers.pdf_blocks import BodyPage, build_blocks
from pipeline.readers.pdf_furniture import PageLines, set_apart
from pipeline.wording import say

MAX_PIXELS = 64_000_000  # a 48-megapixel phone photo passes; more is no page anyone scanned
MAX_LONG_SIDE = 2400  # pixels: an A4 page at about 200 dpi, what the OCR models read best
GLANCE_LONG_SIDE = 1400  # enough for a title and a licence's printed fields, at about a third of the OCR time
A4_LONG_SIDE_PT = 842.0  # an image is taken to be one A4 page, so its lines get sizes in points


def read_image(path: Path, glance: bool = False) -> Document:
    """The page in an image file; raises ReadError (too_large, no_text) or lets PIL's error mean corrupt.
    A glance reads it at a lower resolution, and the Document is marked incomplete."""
    page = _load(path, GLANCE_LONG_SIDE if glance else MAX_LONG_SIDE)
    scale = max(page.size) / A4_LONG_SIDE_PT
    read = ocr_image(page, scale, 1)
    furniture, taken = set_apart([PageLines(1, read.height, read.lines)])
    blocks = build_blocks([BodyPage(1, "pdf-ocr", [x for x in read.lines if x not in taken], read.tables)])
    if sum(len(b.text.strip()) for b in blocks) < MIN_BODY_CHARS:
        raise ReadError("no_text")
    return Document(source=str(path), format="pdf-ocr", blocks=blocks, furniture=furniture, pages=1,
                    complete=not glance)


def _load(path: Path, long_side: int) -> Image.Image:
    """The image decoded upright on white, its long side at most ``long_side``."""
    try:
        with Image.open(path) as image:
            width, height = image.size  # from the header: nothing is decoded yet
            if width * height > MAX_PIXELS:
                raise ReadError("too_large", say("errors.detail.image_pixels", width=width, height=height, limit=MAX_PIXELS // 1_000_000))
            image.draft("RGB", _fitted(image.size, long_side))  # a JPEG decodes straight at a reduced size
            upright = ImageOps.exif_transpose(image)
            page = _on_white(upright)
    except Image.DecompressionBombError as exc:
        raise ReadError("too_large", say("errors.detail.image_bomb")) from exc
    page.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    return page


def _fitted(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    factor = min(1.0, long_side / max(size))
    return max(1, round(size[0] * factor)), max(1, round(size[1] * factor))


def _on_white(image: Image.Image) -> Image.Image:
    """RGB with any transparency laid on white paper (a transparent PNG is otherwise black)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB")
