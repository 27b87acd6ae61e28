"""The lead's 营业执照 as a colour scan: the licence's layout drawn with PIL, its registering office's red seal,
then a slight skew, paper noise and JPEG, as a clerk's scanner leaves it."""

from __future__ import annotations

import hashlib
import io
import random
import textwrap

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ..convert import _stamp
from .model import Licence

REGULAR = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SIZE = (1240, 880)
PAPER = (246, 243, 236)
INK = (40, 36, 34)
FRAME = (168, 120, 62)
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # the 31 characters GB 32100 allows
QR_MODULES = 25
CLOSING = tuple("，。；、）：")
SEAL_AT = (0.74, 0.855)  # over 登记机关 and the date of issue


def credit_code(name: str) -> str:
    """A made-up 统一社会信用代码 of the 18-character shape (91 + Zhejiang's 3301 + …), fixed by the name."""
    digest = hashlib.sha256(name.encode()).digest()
    return "913301" + "".join(CREDIT_CODE_CHARS[b % len(CREDIT_CODE_CHARS)] for b in digest[:12])


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(BOLD if bold else REGULAR, size)


def _frame(draw: ImageDraw.ImageDraw) -> None:
    width, height = SIZE
    draw.rectangle((18, 18, width - 18, height - 18), outline=FRAME, width=7)
    draw.rectangle((34, 34, width - 34, height - 34), outline=FRAME, width=2)
    for x in range(60, width - 60, 24):  # the guilloche band along the top and bottom edges
        draw.arc((x, 22, x + 24, 32), 0, 180, fill=FRAME, width=1)
        draw.arc((x, height - 32, x + 24, height - 22), 180, 360, fill=FRAME, width=1)


def _emblem(draw: ImageDraw.ImageDraw, cx: int, cy: int) -> None:
    draw.ellipse((cx - 36, cy - 36, cx + 36, cy + 36), fill=(214, 170, 60), outline=(190, 40, 30), width=4)
    draw.text((cx, cy - 2), "★", font=_font(38, bold=True), fill=(190, 40, 30), anchor="mm")


def _qr(draw: ImageDraw.ImageDraw, left: int, top: int, rng: random.Random) -> None:
    """A QR-code-like square: three finder patterns and random modules, as the licence's code looks at a glance."""
    cell = 5
    for row in range(QR_MODULES):
        for col in range(QR_MODULES):
            if rng.random() < 0.5:
                x, y = left + col * cell, top + row * cell
                draw.rectangle((x, y, x + cell - 1, y + cell - 1), fill=INK)
    for fx, fy in ((0, 0), (QR_MODULES - 7, 0), (0, QR_MODULES - 7)):
        x, y = left + fx * cell, top + fy * cell
        draw.rectangle((x - 2, y - 2, x + 7 * cell + 1, y + 7 * cell + 1), fill=PAPER)
        draw.rectangle((x, y, x + 7 * cell - 1, y + 7 * cell - 1), fill=INK)
        draw.rectangle((x + cell, y + cell, x + 6 * cell - 1, y + 6 * cell - 1), fill=PAPER)
        draw.rectangle((x + 2 * cell, y + 2 * cell, x + 5 * cell - 1, y + 5 * cell - 1), fill=INK)


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, a line-opening comma or stop pulled back onto the line before."""
    lines = textwrap.wrap(text, width)
    for number in range(1, len(lines)):
        while lines[number][:1] in CLOSING:
            lines[number - 1] += lines[number][0]
            lines[number] = lines[number][1:]
    return [text for text in lines if text]


def _field(draw: ImageDraw.ImageDraw, x: int, y: int, label: str, value: str, wrap: int = 0) -> int:
    """One labelled field; a long value wraps under itself. Returns the y below it."""
    draw.text((x, y), label, font=_font(22, bold=True), fill=INK)
    lines = _wrap(value, wrap) if wrap else [value]
    for number, text in enumerate(lines):
        draw.text((x + 150, y + number * 34), text, font=_font(22), fill=INK)
    return y + max(len(lines), 1) * 34 + 18


def _layout(name: str, licence: Licence, rng: random.Random) -> Image.Image:
    image = Image.new("RGB", SIZE, PAPER)
    draw = ImageDraw.Draw(image)
    _frame(draw)
    _emblem(draw, SIZE[0] // 2, 100)
    draw.text((SIZE[0] // 2, 185), "营 业 执 照", font=_font(64, bold=True), fill=(30, 30, 30), anchor="mm")
    draw.text((SIZE[0] // 2, 240), "（副　　本）", font=_font(24), fill=INK, anchor="mm")
    draw.text((80, 90), "统一社会信用代码", font=_font(22, bold=True), fill=INK)
    draw.text((80, 124), credit_code(name), font=_font(24), fill=INK)
    draw.text((80, 160), f"证照编号：{rng.randrange(10**13, 10**14)}", font=_font(18), fill=INK)
    _qr(draw, SIZE[0] - 220, 70, rng)
    draw.text((SIZE[0] - 232, 205), "扫描二维码登录国家企业信用", font=_font(13), fill=INK)
    draw.text((SIZE[0] - 232, 224), "信息公示系统了解更多登记、", font=_font(13), fill=INK)
    draw.text((SIZE[0] - 232, 243), "备案、许可、监管信息。", font=_font(13), fill=INK)
    left, right, top = 90, 660, 300
    y = _field(draw, left, top, "名　　称", name, wrap=18)
    y = _field(draw, left, y, "类　　型", licence.company_type, wrap=18)
    y = _field(draw, left, y, "法定代表人", licence.legal_rep)
    _field(draw, left, y, "经营范围", licence.scope, wrap=17)
    y = _field(draw, right, top, "注册资本", licence.capital)
    y = _field(draw, right, y, "成立日期", licence.founded)
    y = _field(draw, right, y, "营业期限", f"{licence.founded}至长期")
    _field(draw, right, y, "住　　所", licence.address, wrap=17)
    draw.text((right + 150, 730), "登记机关", font=_font(22, bold=True), fill=INK)
    draw.text((right + 150, 770), licence.issued, font=_font(22), fill=INK)
    draw.text((80, 815), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font=_font(15), fill=INK)
    draw.text((SIZE[0] - 80, 815), "国家市场监督管理总局监制", font=_font(15), fill=INK, anchor="ra")
    return image


def _scanned(image: Image.Image, rng: random.Random) -> Image.Image:
    """A slight skew, grain and blur, as a flatbed scan of the paper licence gives."""
    skewed = image.rotate(rng.uniform(0.4, 1.1) * rng.choice((-1, 1)), resample=Image.BICUBIC,
                          fillcolor=(252, 252, 250))
    pixels = np.asarray(skewed, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, pixels.shape[:2])[..., None]
    grainy = np.clip(pixels + noise - 4, 0, 255).astype("uint8")
    return Image.fromarray(grainy, "RGB").filter(ImageFilter.GaussianBlur(0.5))


def licence_jpeg(name: str, licence: Licence, seed: int) -> bytes:
    """The scan of ``name``'s 营业执照 as JPEG bytes; the seal of ``licence.authority`` covers 登记机关."""
    rng = random.Random(seed)
    image = _layout(name, licence, rng)
    large = image.resize((SIZE[0] * 2, SIZE[1] * 2), Image.BICUBIC)  # the seal is sized for a 150 dpi A4 page
    image = _stamp(large, licence.authority, rng, SEAL_AT).resize(SIZE, Image.LANCZOS)
    out = io.BytesIO()
    _scanned(image, rng).save(out, "JPEG", quality=70, optimize=True)
    return out.getvalue()
