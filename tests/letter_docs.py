"""Real documents a district sends beside a plan, made by the real tools: python-docx letters, a commitment
and a cover note; LibreOffice's PDF of a letter; that PDF scanned with a red seal pressed over a name; a
business licence photographed as an image drawn with a CJK font."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from PIL import Image, ImageChops, ImageDraw, ImageFont

CONSORTIUM = "浙江省脑机接口创新联合体"
LEAD = "杭州神域脑机科技股份有限公司"
MEMBERS = [LEAD, "浙江大学", "之江实验室", "浙江省人民医院", "杭州脑芯微电子有限公司", "杭州元识医疗器械有限公司"]
# A unit the letter's text mentions, which is no party to it.
MENTIONED = "浙江省神经调控工程技术研究中心"
SIGNED_ON = "2022年11月10日"
OPENING = (
    f"为深入实施创新驱动发展战略，加快突破脑机接口关键核心技术，经各方友好协商，下列单位自愿共同组建{CONSORTIUM}，"
    "达成如下意向："
)
CLAUSES = [
    f"一、联合体由{LEAD}牵头，依托{MENTIONED}的平台和浙江大学的临床资源开展协同攻关。",
    f"二、各方按照《{CONSORTIUM}实施方案》确定的任务分工承担研发任务，共享仪器设备和数据资源。",
    "三、联合体成员在任务范围内形成的知识产权，按照“谁投入、谁所有、共享收益”的原则确定归属。",
    "四、本意向书一式六份，各方签字盖章后生效。",
]
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SEAL_RED = (220, 30, 30)


def _titled(*title_lines: str) -> docx.Document:
    """A Word document opening with centred bold title lines, as letters are typed."""
    document = docx.Document()
    for line in title_lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(line)
        run.bold, run.font.size = True, Pt(18)
    return document


def _body(document: docx.Document, *paragraphs: str) -> None:
    for text in paragraphs:
        document.add_paragraph(text)


def _table(document: docx.Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"  # ruled, as printed signature tables are
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def signature_table_letter(
    path: Path, signed: list[str] = MEMBERS, title: tuple[str, ...] = (CONSORTIUM, "组建意向书")
) -> Path:
    """A 组建意向书 signed in a table: 成员单位 beside 法定代表人（签字） and 单位（盖章）."""
    document = _titled(*title)
    _body(document, OPENING, *CLAUSES)
    rows = [["序号", "成员单位", "法定代表人（签字）", "单位（盖章）", "日期"]]
    rows += [[str(i), name, "", "", SIGNED_ON] for i, name in enumerate(signed, 1)]
    _table(document, rows)
    document.save(path)
    return path


def seal_line_letter(path: Path) -> Path:
    """A 合作意向书 whose parties sign on 盖章 lines: "甲方（盖章）：X", "X（盖章）", "牵头单位：X （公章）", and a
    blank "丙方（盖章）：" standing for the 丙方 its party list names."""
    document = _titled(f"{CONSORTIUM}合作意向书")
    _body(document, f"甲方：{LEAD}", f"乙方：{MEMBERS[1]}", f"丙方：{MEMBERS[3]}", OPENING, *CLAUSES)
    _body(
        document,
        f"甲方（盖章）：{LEAD}",
        "法定代表人（签字）：",
        f"乙方（盖章）：{MEMBERS[1]}",
        "法定代表人（签字）：",
        "丙方（盖章）：",
        "法定代表人（签字）：",
        f"{MEMBERS[2]}（盖章）",
        f"牵头单位：{LEAD}    （公章）",
        SIGNED_ON,
    )
    document.save(path)
    return path


def party_list_agreement(path: Path) -> Path:
    """A 合作协议 that lists its parties (甲方：…) and has no signature block at all."""
    document = _titled(f"{CONSORTIUM}合作协议")
    _body(document, f"甲方：{LEAD}", f"乙方：{MEMBERS[1]}", f"丙方：{MEMBERS[4]}", f"成员单位四：{MEMBERS[5]}",
          OPENING, *CLAUSES[:3])
    document.save(path)
    return path


def unsigned_draft(path: Path) -> Path:
    """A 组建意向书 draft: the title and clauses, no parties listed, nothing to sign."""
    document = _titled(CONSORTIUM, "组建意向书（征求意见稿）")
    _body(document, OPENING, *CLAUSES)
    document.save(path)
    return path


def support_letter(path: Path) -> Path:
    """A district office's letter of support for the consortium."""
    document = _titled("支持函")
    _body(
        document,
        f"我局同意支持{LEAD}牵头组建{CONSORTIUM}，并在场地、人才和配套资金方面给予支持。",
        "杭州市余杭区科学技术局（盖章）",
        SIGNED_ON,
    )
    document.save(path)
    return path


def commitment_letter(path: Path) -> Path:
    """A 诚信承诺书 signed by the lead."""
    document = _titled("诚信承诺书")
    _body(
        document,
        f"本单位郑重承诺：在{CONSORTIUM}申报过程中，所提交的实施方案及附件材料真实、准确、完整，"
        "不存在弄虚作假行为；如有不实，愿承担相应责任。特此承诺。",
        f"承诺单位（盖章）：{LEAD}",
        "法定代表人（签字）：",
        SIGNED_ON,
    )
    document.save(path)
    return path


COVER_CONSORTIA = [CONSORTIUM, "浙江省工业机器人核心部件创新联合体", "浙江省高端医用敷料创新联合体"]


def cover_note(path: Path) -> Path:
    """A district's cover note sending its consortia's 实施方案: it names plans and is none."""
    document = _titled("关于报送2022年度省级创新联合体实施方案的说明")
    _body(
        document,
        "市科技局：",
        "根据《关于组织开展2022年度省级创新联合体申报工作的通知》要求，我局组织辖区企业开展申报，"
        f"现将以下{len(COVER_CONSORTIA)}家创新联合体实施方案报送给你们，请予审核。",
        *[f"{i}.{name}实施方案" for i, name in enumerate(COVER_CONSORTIA, 1)],
        "杭州市余杭区科学技术局",
        SIGNED_ON,
    )
    document.save(path)
    return path


def to_pdf(source: Path, outdir: Path) -> Path:
    """The document exported to PDF by LibreOffice, with a profile of its own (parallel runs do not clash)."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed for these tests"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{outdir}/lo-profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    return outdir / f"{source.stem}.pdf"


def _seal(diameter: int) -> Image.Image:
    """A round red company seal: ring, star and curved-looking text, on white (to multiply onto paper)."""
    seal = Image.new("RGB", (diameter, diameter), "white")
    draw = ImageDraw.Draw(seal)
    width = max(3, diameter // 30)
    draw.ellipse((width, width, diameter - width, diameter - width), outline=SEAL_RED, width=width)
    centre, arm = diameter / 2, diameter / 7
    star = [
        (centre + (arm if i % 2 == 0 else arm / 2.5) * math.sin(i * math.pi / 5),
         centre - (arm if i % 2 == 0 else arm / 2.5) * math.cos(i * math.pi / 5))
        for i in range(10)
    ]
    draw.polygon(star, fill=SEAL_RED)
    font = ImageFont.truetype(CJK_FONT, diameter // 9)
    for i, char in enumerate("神域脑机科技股份有限公司"):
        angle = math.radians(-120 + i * 22)
        x = centre + diameter * 0.36 * math.sin(angle)
        y = centre - diameter * 0.36 * math.cos(angle)
        draw.text((x, y), char, font=font, fill=SEAL_RED, anchor="mm")
    return seal


def scan_with_seal(pdf_path: Path, out: Path, stamped: str, dpi: int = 150) -> Path:
    """The PDF's pages rendered at ``dpi``, a red seal pressed (ink over print) half over the last printed
    ``stamped`` name, saved as an image-only PDF: what a district scans after stamping."""
    pdf = pdfium.PdfDocument(pdf_path)
    pages = []
    try:
        for page in pdf:
            image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            where = _text_box(page, stamped, dpi / 72)
            if where is not None:
                x0, top, x1, bottom = where
                seal = _seal(int((bottom - top) * 5))
                # Centred on the name's right half: the seal covers part of it, as stamps do.
                left = int(x0 + (x1 - x0) * 0.75 - seal.width / 2)
                upper = int((top + bottom) / 2 - seal.height / 2)
                region = image.crop((left, upper, left + seal.width, upper + seal.height))
                image.paste(ImageChops.multiply(region, seal), (left, upper))
            pages.append(image)
    finally:
        pdf.close()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return out


def _text_box(page: pdfium.PdfPage, text: str, scale: float) -> tuple[float, float, float, float] | None:
    """Where ``text`` is last printed on the page (a signature comes last), in rendered pixels (left, top,
    right, bottom)."""
    textpage = page.get_textpage()
    try:
        searcher = textpage.search(text)
        hits = list(iter(searcher.get_next, None))
        if not hits:
            return None
        index, count = hits[-1]
        boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
    finally:
        textpage.close()
    height = page.get_height()
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return left * scale, (height - top) * scale, right * scale, (height - bottom) * scale


LICENCE_FIELDS = [
    ("统一社会信用代码", "91330110MA27XK3N1Q"),
    ("名称", LEAD),
    ("类型", "股份有限公司（非上市、自然人投资或控股）"),
    ("法定代表人", "张明远"),
    ("注册资本", "伍仟万元整"),
    ("成立日期", "2016年03月18日"),
    ("住所", "浙江省杭州市余杭区仓前街道文一西路1818号"),
    ("经营范围", "脑机接口技术研发；医疗器械研发与销售"),
]


def licence_image(path: Path, size: tuple[int, int] = (3508, 2480)) -> Path:
    """A 营业执照 (副本) as a photographed A4 landscape page (300 dpi), with the registrar's red seal."""
    image = Image.new("RGB", size, (250, 248, 240))
    draw = ImageDraw.Draw(image)
    width, height = size
    unit = height // 40
    draw.rectangle((unit, unit, width - unit, height - unit), outline=(150, 60, 40), width=unit // 3)
    title = ImageFont.truetype(CJK_FONT, unit * 4)
    draw.text((width / 2, unit * 6), "营业执照", font=title, fill="black", anchor="mm")
    draw.text((width / 2, unit * 10), "（副本）", font=ImageFont.truetype(CJK_FONT, unit * 2), fill="black",
              anchor="mm")
    body = ImageFont.truetype(CJK_FONT, int(unit * 1.3))
    for i, (label, value) in enumerate(LICENCE_FIELDS):
        y = unit * (15 + i * 2.6)
        draw.text((unit * 6, y), label, font=body, fill="black")
        draw.text((unit * 20, y), value, font=body, fill="black")
    draw.text((width - unit * 22, height - unit * 6), "登记机关", font=body, fill="black")
    seal = _seal(unit * 9)
    left, upper = width - unit * 24, height - unit * 12
    region = image.crop((left, upper, left + seal.width, upper + seal.height))
    image.paste(ImageChops.multiply(region, seal), (left, upper))
    image.save(path, quality=90)
    return path
