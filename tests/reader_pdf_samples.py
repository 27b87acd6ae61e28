"""Real PDFs for the PDF reader tests, made with the real tools (python-docx + LibreOffice, reportlab, pikepdf).

The texts are plausible plan fragments; tests compare what the reader returns
with what was written here, so the expectations live next to the inputs.
"""

from __future__ import annotations

import subprocess
from itertools import pairwise
from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

RUNNING_HEADER = "杭州某某创新联合体实施方案"
TITLE = "浙江省创新联合体实施方案"
TOC_LINES = [
    ("一、背景与意义", 2),
    ("二、组建方案", 3),
    ("三、建设目标", 4),
]
BACKGROUND = (
    "当前，全球科技创新进入空前密集活跃的时期，新一轮科技革命和产业变革正在重构全球创新版图。"
    "本联合体由杭州某某科技股份有限公司牵头，联合浙江大学、之江实验室等12家单位共同组建，"
    "围绕智能计算与人工智能领域的关键核心技术开展协同攻关，力争在3年内突破5项“卡脖子”技术。"
)
SECOND_PARAGRAPH = "联合体成员单位签订了共建协议，明确了各方的权利与义务。"
MEMBERS_INTRO = "联合体成员单位名单如下表所示，其中企业8家、高校院所4家。"
TABLE_HEADER = ["序号", "单位名称", "单位类型", "承担任务"]
TABLE_ROWS = [
    [
        str(i),
        f"浙江某某第{i}号智能装备研究制造有限公司",
        "企业" if i % 3 else "高校院所",
        f"关键技术攻关任务{i}",
    ]
    for i in range(1, 46)
]
GOALS = "到2025年，联合体研发投入累计不低于5亿元，突破关键核心技术5项以上。"


def add_field(paragraph, instruction: str = "PAGE") -> None:
    """A Word field (PAGE, NUMPAGES), so LibreOffice prints its real value on every page."""
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = instruction
        run._r.append(el)
    run._r.append(_text("1"))
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _text(value: str):
    el = OxmlElement("w:t")
    el.text = value
    return el


def repeat_as_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def build_plan_docx(path: Path, repeat_table_header: bool) -> Path:
    """A short plan: title, 目录 page, numbered headings, wrapped paragraphs, a table crossing a page."""
    doc = DocxDocument()
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    section = doc.sections[0]
    section.header.paragraphs[0].text = RUNNING_HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("- ")
    add_field(footer)
    footer.add_run(" -")

    title = doc.add_paragraph()
    title_run = title.add_run(TITLE)
    title_run.bold = True
    title_run.font.size = Pt(20)
    doc.add_paragraph("目录")
    for name, page in TOC_LINES:
        doc.add_paragraph(f"{name}{'…' * 30}{page}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph("一、背景与意义")
    doc.add_paragraph(BACKGROUND)
    doc.add_paragraph(SECOND_PARAGRAPH)
    doc.add_paragraph("二、组建方案")
    doc.add_paragraph("（一）成员构成")
    doc.add_paragraph(MEMBERS_INTRO)
    table = doc.add_table(rows=1, cols=len(TABLE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, TABLE_HEADER, strict=True):
        cell.text = text
    if repeat_table_header:
        repeat_as_header(table.rows[0])
    for values in TABLE_ROWS:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    doc.add_paragraph("三、建设目标")
    doc.add_paragraph("1.总体目标")
    doc.add_paragraph(GOALS)
    doc.save(path)
    return path


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice in its own profile so parallel runs do not collide."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / (docx_path.stem + ".pdf")


FAKE_BOLD_LINES = ["一、项目背景", "联合体围绕关键核心技术开展攻关。"]
FAKE_BOLD_TABLE = [["序号", "单位名称"], ["1", "浙江大学"]]


def build_fake_bold_pdf(path: Path) -> Path:
    """Every character drawn twice, a hair apart — how many tools fake a bold face — in text and a ruled table."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 14)

    def twice(x: float, y: float, text: str) -> None:
        for ch in text:
            c.drawString(x, y, ch)
            c.drawString(x + 0.4, y, ch)
            x += 14

    for i, line in enumerate(FAKE_BOLD_LINES):
        twice(72, 760 - 28 * i, line)
    top, row_height, col_width = 680, 24, 120
    for r in range(len(FAKE_BOLD_TABLE) + 1):
        c.line(72, top - r * row_height, 72 + 2 * col_width, top - r * row_height)
    for k in range(3):
        c.line(72 + k * col_width, top, 72 + k * col_width, top - 2 * row_height)
    for r, row in enumerate(FAKE_BOLD_TABLE):
        for k, text in enumerate(row):
            twice(78 + k * col_width, top - (r + 1) * row_height + 7, text)
    c.save()
    return path


def build_encrypted_pdf(source: Path, path: Path) -> Path:
    import pikepdf

    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="secret", owner="owner-secret"))
    return path


def build_truncated_pdf(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


RULED_INTRO = "联合体成员单位投入如下表。"
RULED_AFTER = "以上投入均已落实到位。"
RULED_ROWS = [
    ["序号", "单位名称", "投入（万元）"],
    ["1", "浙江大学 Smart Vision Lab", "1,250.5"],
    ["2", "杭州市第一人民医院", "300"],
    ["3", "之江实验室、浙江工业大学", "15"],
]
# Large type, where glyphs as flat as "一" and "、" differ most in height from their neighbours.
LARGE_TYPE_ROWS = [["阶段", "时间"], ["第一阶段", "2023年"]]


def build_ruled_table_pdf(
    path: Path,
    rules: str = "lines",
    in_form: bool = False,
    rows: list[list[str]] = RULED_ROWS,
    font_size: float = 10,
    glyph_gap: float = 0,
) -> Path:
    """A page with a paragraph, a ruled table and a paragraph, made with reportlab.

    ``rules`` is how the grid is drawn, as different producers do: "lines"
    (one segment per rule), "cell-rectangles" (a stroked rectangle per cell)
    or "filled-bars" (thin filled rectangles, as Word exports borders). With
    ``in_form`` the table is drawn in a form XObject placed shifted and scaled.
    A ``glyph_gap`` draws each glyph on its own, that far after the one before,
    as producers that place every glyph themselves do.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 780, RULED_INTRO)
    c.drawString(72, 300, RULED_AFTER)
    height = 2.4 * font_size
    if in_form:
        c.beginForm("table", 0, 0, 450, 400)
        _ruled_table(c, (10, 10 + len(rows) * height), height, rows, rules, font_size, glyph_gap)
        c.endForm()
        c.saveState()
        c.translate(50, 420)
        c.scale(1.1, 1.1)
        c.doForm("table")
        c.restoreState()
    else:
        _ruled_table(c, (72, 740), height, rows, rules, font_size, glyph_gap)
    c.save()
    return path


def _ruled_table(
    c,
    top_left: tuple[float, float],
    height: float,
    rows: list[list[str]],
    rules: str,
    size: float,
    gap: float,
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    left, top = top_left
    xs = [left]
    for column in zip(*rows, strict=True):
        xs.append(
            xs[-1] + max(stringWidth(text, _font(text), size) + gap * len(text) for text in column) + size
        )
    ys = [top - r * height for r in range(len(rows) + 1)]
    if rules == "lines":
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, ys[0], x, ys[-1])
    elif rules == "cell-rectangles":
        for y in ys[1:]:
            for x0, x1 in pairwise(xs):
                c.rect(x0, y, x1 - x0, height, stroke=1, fill=0)
    else:
        for y in ys:
            c.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)
        for x in xs:
            c.rect(x - 0.25, ys[-1], 0.5, ys[0] - ys[-1], stroke=0, fill=1)
    for row, y in zip(rows, ys[1:], strict=True):
        for text, x in zip(row, xs[:-1], strict=True):
            c.setFont(_font(text), size)
            at = x + size / 2
            for run in text if gap else [text]:
                c.drawString(at, y + 0.8 * size, run)
                at += stringWidth(run, _font(text), size) + gap


def _font(text: str) -> str:
    return "Helvetica" if text.isascii() else "STSong-Light"


# Sentences whose line breaks fall, at one shift or another, right before a word layout will not split:
# a number with its unit (also "万" | "元、", the 、 that may not open a line taking 元 along), an opening quote
# with its word, an inline "（2）", a "；" at the margin.
WRAP_SENTENCES = [
    "其中企业自筹12000万元，省级财政资金2000万元，市级财政资金1000万元，区县财政资金500万元。",
    "经测算，联合体三年总投入4500万元、年均1500万元，由牵头单位统筹安排使用。",
    "公司联合产业链上下游单位申报省“尖兵”“领雁”研发攻关计划项目，综合成本降低20%，带动区内一批配套企业。",
    "主要任务：（1）高功率密度伺服电机设计与制造；（2）高分辨率绝对值编码器；（3）伺服专用精密轴承。",
    "各子任务负责人签订任务书，明确考核指标、交付节点和经费；牵头单位每季度组织一次联席会议。",
    "大型后地板一体化铸件（投影面积不小于2.5平方米）量产良率达到95%，薄壁处壁厚不大于1.8mm，再生铝比例达到50%。",
]
MAX_WRAP_SHIFT = 44  # more than the characters of one line, so every break position is tried


def wrap_shift_texts() -> list[str]:
    """Each sentence shifted along the line by 0…MAX_WRAP_SHIFT leading characters, one paragraph each."""
    return [f"{'联' * shift}{sentence}" for sentence in WRAP_SENTENCES for shift in range(MAX_WRAP_SHIFT)]


def build_wrap_shift_docx(path: Path) -> Path:
    doc = DocxDocument()
    for text in wrap_shift_texts():
        doc.add_paragraph(text)
    doc.save(path)
    return path
