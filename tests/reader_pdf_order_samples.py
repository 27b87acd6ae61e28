"""PDFs whose reading order is easy to get wrong, made with the real tools, each with the text a person reads.

Each builder writes one file and returns it with its source texts in reading
order: the tests assert what the reader returns against them, and
``bench/pdf_order.py`` measures how much of that order survives.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from sample_submissions.generator.numbering import add_outline_list
from tests.reader_pdf_samples import add_field, repeat_as_header, to_pdf

CJK_FONT = "Noto Serif CJK SC"
CID_FONT = "STSong-Light"  # a font every PDF viewer has, so reportlab need not embed one


@dataclass(frozen=True)
class OrderSample:
    """A PDF and the texts it was made from, in the order a person reads them."""

    pdf: Path
    texts: list[str]


COLUMN_INTRO = "一、总体情况"
LEFT_COLUMN = [
    "左栏第一段：联合体由杭州某某科技股份有限公司牵头，联合浙江大学、之江实验室等十二家单位共同组建，"
    "围绕智能计算领域的关键核心技术开展协同攻关，建立风险共担、利益共享的合作机制。",
    "左栏第二段：牵头单位设立联合体理事会，理事会下设技术委员会和项目管理办公室，负责重大事项决策。",
]
RIGHT_COLUMN = [
    "右栏第一段：成员单位按照任务分工承担子课题，企业投入不低于总投入的百分之七十，高校院所提供人才与平台支撑，"
    "专业化科技服务机构负责成果转化和知识产权运营。",
    "右栏第二段：联合体每季度召开一次联席会议，通报进展、协调问题，年度考核结果作为经费拨付的依据。",
]
COLUMN_OUTRO = "二、组织架构"


def _canvas(path: Path, pagesize: tuple[float, float] = (595, 842)):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return canvas.Canvas(str(path), pagesize=pagesize)


def _cjk_normal(doc) -> None:
    style = doc.styles["Normal"]
    style.font.name = CJK_FONT
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)


def _columns(section, count: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "425")


def build_two_column(folder: Path) -> OrderSample:
    """A one-column heading, a two-column section whose left column is filled before the right, a heading."""
    doc = DocxDocument()
    _cjk_normal(doc)
    doc.add_paragraph(COLUMN_INTRO)
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(section, 2)
    for text in LEFT_COLUMN:
        doc.add_paragraph(text)
    doc.paragraphs[-1].add_run().add_break(_column_break())
    for text in RIGHT_COLUMN:
        doc.add_paragraph(text)
    last = doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(last, 1)
    doc.add_paragraph(COLUMN_OUTRO)
    path = folder / "two-column.docx"
    doc.save(path)
    return OrderSample(to_pdf(path, folder), [COLUMN_INTRO, *LEFT_COLUMN, *RIGHT_COLUMN, COLUMN_OUTRO])


def _column_break():
    from docx.enum.text import WD_BREAK

    return WD_BREAK.COLUMN


HEADED_PARAGRAPHS = [
    ("（一）研发投入", "联合体三年研发投入合计不低于五亿元，其中企业自筹资金占比不低于百分之七十，"
     "省级财政资金按项目进度分期拨付。"),
    ("（二）人才队伍", "引进和培养高层次人才五十名以上，建设博士后工作站一个，联合培养研究生一百名。"),
]


def build_headed_paragraphs(folder: Path) -> OrderSample:
    """Bold headings each followed by a paragraph in a different, larger face: lines set close together."""
    doc = DocxDocument()
    _cjk_normal(doc)
    for heading, body in HEADED_PARAGRAPHS:
        run = doc.add_paragraph().add_run(heading)
        run.bold = True
        run.font.size = Pt(14)
        paragraph = doc.add_paragraph(body)
        paragraph.paragraph_format.space_before = Pt(0)
    path = folder / "headed.docx"
    doc.save(path)
    return OrderSample(to_pdf(path, folder), [t for pair in HEADED_PARAGRAPHS for t in pair])


NUMBERED_ITEMS = ["First section", "总体目标", "分年度目标"]
CHINESE_ITEMS = ["背景与意义", "组建方案", "建设目标"]
_CHINESE_NUMBERS = "一二三"


def build_numbered_lists(folder: Path) -> OrderSample:
    """Word's automatic numbering, "1." decimal and "一、" Chinese counting, exported by LibreOffice."""
    doc = DocxDocument()
    _cjk_normal(doc)
    decimal, chinese = 11, 12
    add_outline_list(doc, decimal, (("decimal", "%1."),))
    add_outline_list(doc, chinese, (("chineseCounting", "%1、"),))
    for text in NUMBERED_ITEMS:
        _numbered(doc.add_paragraph(text), decimal)
    for text in CHINESE_ITEMS:
        _numbered(doc.add_paragraph(text), chinese)
    path = folder / "numbered.docx"
    doc.save(path)
    texts = [f"{i}.{t}" for i, t in enumerate(NUMBERED_ITEMS, 1)]
    texts += [f"{n}、{t}" for n, t in zip(_CHINESE_NUMBERS, CHINESE_ITEMS, strict=True)]
    return OrderSample(to_pdf(path, folder), texts)


def _numbered(paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


BUDGET_HEADER = ["经费来源", "2023年", "2024年", "2025年"]
BUDGET_ROWS = [
    ["企业自筹", "7,723,293", "7,793,704", "8,012,450"],
    ["省级财政", "1,200,000", "1,350,000", "1,500,000"],
    ["市县配套", "600,000", "650,000", "700,000"],
    ["合计", "9,523,293", "9,793,704", "10,212,450"],
]
BUDGET_INTRO = "联合体经费预算如下表（单位：元）。"
BUDGET_AFTER = "以上经费均已落实。"


def build_borderless_budget(folder: Path) -> OrderSample:
    """A budget table without any rules ("Normal Table" style), exported by LibreOffice."""
    doc = DocxDocument()
    _cjk_normal(doc)
    doc.add_paragraph(BUDGET_INTRO)
    table = doc.add_table(rows=0, cols=len(BUDGET_HEADER))
    for values in [BUDGET_HEADER, *BUDGET_ROWS]:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    doc.add_paragraph(BUDGET_AFTER)
    path = folder / "budget.docx"
    doc.save(path)
    rows = [" ".join(row) for row in [BUDGET_HEADER, *BUDGET_ROWS]]
    return OrderSample(to_pdf(path, folder), [BUDGET_INTRO, *rows, BUDGET_AFTER])


ROTATED_LINES = ["性别：男", "年龄：四十五岁", "职称：正高级工程师"]
ROTATED_PARAGRAPH = "项目负责人长期从事智能装备研发，主持国家重点研发计划项目两项。"


def build_rotated_page(folder: Path) -> OrderSample:
    """A page with /Rotate 90 whose text is drawn turned, so that it stands upright on the screen."""
    return _rotated(folder, "rotated", bottom_up=False)


def build_rotated_bottom_up(folder: Path) -> OrderSample:
    """The rotated page again, its lines written to the stream last line first."""
    return _rotated(folder, "rotated-bottom-up", bottom_up=True)


ROTATED_TABLE = [["年度", "企业自筹", "财政资金"], ["2023年", "7,723,293", "1,200,000"], ["2024年", "7,793,704", "1,350,000"]]


def build_rotated_table(folder: Path) -> OrderSample:
    """The rotated page with a ruled budget table under its text: a landscape page of a plan."""
    return _rotated(folder, "rotated-table", bottom_up=False, table=ROTATED_TABLE)


def _rotated(folder: Path, name: str, bottom_up: bool, table: list[list[str]] | None = None) -> OrderSample:
    import pikepdf

    drawn = folder / f"{name}-drawn.pdf"
    width, height = 595, 842  # A4 portrait in the file; shown landscape, 842 wide
    c = _canvas(drawn, (width, height))
    c.setFont(CID_FONT, 14)
    # /Rotate 90 turns the page clockwise for display: text upright on screen runs up the file's page.
    c.translate(width, 0)
    c.rotate(90)
    lines = [*ROTATED_LINES, ROTATED_PARAGRAPH]
    placed = list(enumerate(lines))
    for i, text in reversed(placed) if bottom_up else placed:
        c.drawString(72, width - 72 - 28 * i, text)
    for r, row in enumerate(table or []):
        top = width - 220 - 30 * r
        c.line(72, top + 22, 522, top + 22)
        c.line(72, top - 8, 522, top - 8)
        for k, text in enumerate(row):
            c.line(72 + 150 * k, top + 22, 72 + 150 * k, top - 8)
            c.drawString(80 + 150 * k, top, text)
        c.line(522, top + 22, 522, top - 8)
    c.save()
    path = folder / f"{name}.pdf"
    with pikepdf.open(drawn) as pdf:
        pdf.pages[0].Rotate = 90
        pdf.save(path)
    return OrderSample(path, [*lines, *(" ".join(row) for row in table or [])])


FAKE_BOLD_TITLE = "2011年度工作总结"
FAKE_BOLD_BODY = "联合体2011年度完成研发投入1.2亿元，申请发明专利36件。"


def build_overprinted(folder: Path) -> OrderSample:
    """A title drawn twice a hair apart as whole strings (fake bold), then an ordinary line."""
    path = folder / "overprinted.pdf"
    c = _canvas(path)
    c.setFont(CID_FONT, 18)
    for dx, dy in ((0, 0), (0.5, 0), (0, 0.5), (0.5, 0.5)):
        c.drawString(72 + dx, 760 + dy, FAKE_BOLD_TITLE)
    c.setFont(CID_FONT, 12)
    c.drawString(72, 720, FAKE_BOLD_BODY)
    c.save()
    return OrderSample(path, [FAKE_BOLD_TITLE, FAKE_BOLD_BODY])


BUILDERS = {
    "two-column": build_two_column,
    "headed": build_headed_paragraphs,
    "numbered": build_numbered_lists,
    "borderless-budget": build_borderless_budget,
    "rotated": build_rotated_page,
    "overprinted": build_overprinted,
}


TIGHT_HEADING = "一、项目概况"
TIGHT_LINES = [
    "本项目由联合体牵头单位组织实施，参与单位",
    "共计十五家，覆盖产业链上下游。",
]


def build_tight_leading(folder: Path) -> OrderSample:
    """A large heading with its paragraph set so tight that the glyph boxes of neighbouring lines overlap."""
    path = folder / "tight.pdf"
    c = _canvas(path)
    c.setFont(CID_FONT, 20)
    c.drawString(72, 760, TIGHT_HEADING)
    c.setFont(CID_FONT, 12)
    for i, text in enumerate(TIGHT_LINES):
        c.drawString(72, 748 - 11 * i, text)
    c.save()
    return OrderSample(path, [TIGHT_HEADING, "".join(TIGHT_LINES)])


DOUBLED_TITLE = "2011年度工作总结"


def build_doubled_glyphs(folder: Path) -> OrderSample:
    """Every glyph drawn twice, one point apart, one after the other: fake bold glyph by glyph."""
    path = folder / "doubled.pdf"
    c = _canvas(path)
    c.setFont(CID_FONT, 16)
    x = 72.0
    for ch in DOUBLED_TITLE:
        c.drawString(x, 760, ch)
        c.drawString(x + 1.0, 760, ch)
        x += c.stringWidth(ch, CID_FONT, 16)
    c.setFont(CID_FONT, 12)
    c.drawString(72, 730, FAKE_BOLD_BODY)
    c.save()
    return OrderSample(path, [DOUBLED_TITLE, FAKE_BOLD_BODY])


SCRIPTED_PIECES = [
    ("联合体由浙江临纸新材料股份有限公司牵头，成员包括杭州临平质量技术研究院", ""),
    ("1", "super"),
    ("、杭州临平科创金融服务有限公司", ""),
    ("2", "super"),
    ("和浙江理工大学，新建中试车间面积达到12000m", ""),
    ("2", "super"),
    ("，年处理废水CO", ""),
    ("2", "sub"),
    ("排放降低三成以上，各成员单位已签订组建意向书，明确任务分工、权利和义务。", ""),
]


def build_scripted_paragraph(folder: Path) -> OrderSample:
    """A paragraph over several lines with footnote marks, m² and CO₂ set as superscripts and subscripts."""
    doc = DocxDocument()
    _cjk_normal(doc)
    paragraph = doc.add_paragraph()
    for text, script in SCRIPTED_PIECES:
        run = paragraph.add_run(text)
        run.font.superscript = script == "super"
        run.font.subscript = script == "sub"
    path = folder / "scripted.docx"
    doc.save(path)
    return OrderSample(to_pdf(path, folder), ["".join(text for text, _ in SCRIPTED_PIECES)])


BUILDERS["tight"] = build_tight_leading
BUILDERS["doubled"] = build_doubled_glyphs


ROW_DRAWN_TITLE = "三、主要任务"
ROW_DRAWN_LEFT = [
    "攻关任务一：研制高精度伺服",
    "电机及驱动器，实现国产化替",
    "代，形成年产十万台的能力。",
]
ROW_DRAWN_RIGHT = [
    "攻关任务二：开发工业视觉检",
    "测平台，检测准确率达到百分",
    "之九十九点五以上并推广应用。",
]
ROW_DRAWN_AFTER = "以上任务由牵头单位统筹，成员单位分工负责。"


def build_row_drawn_columns(folder: Path) -> OrderSample:
    """Two columns whose producer writes each visual row across both columns, so the stream interleaves them."""
    path = folder / "row-drawn.pdf"
    c = _canvas(path)
    c.setFont(CID_FONT, 16)
    c.drawString(72, 760, ROW_DRAWN_TITLE)
    c.setFont(CID_FONT, 12)
    for i, (left, right) in enumerate(zip(ROW_DRAWN_LEFT, ROW_DRAWN_RIGHT, strict=True)):
        c.drawString(72, 730 - 18 * i, left)
        c.drawString(310, 730 - 18 * i, right)
    c.drawString(72, 660, ROW_DRAWN_AFTER)
    c.save()
    texts = [ROW_DRAWN_TITLE, "".join(ROW_DRAWN_LEFT), "".join(ROW_DRAWN_RIGHT), ROW_DRAWN_AFTER]
    return OrderSample(path, texts)


MEMBER_HEADER = ["序号", "单位名称", "单位类型", "承担任务"]
MEMBER_ROWS = [
    [
        str(i),
        f"浙江某某第{i}号智能装备研究制造有限公司" if i % 5 else f"浙江某某第{i}号智能装备与工业软件联合研究院有限公司",
        "企业" if i % 3 else "高校院所",
        f"任务{i}",
    ]
    for i in range(1, 61)
]


def build_borderless_members(folder: Path, repeat_header: bool = False) -> OrderSample:
    """A member table without rules, names wrapping in their cells, carried over page breaks; with
    ``repeat_header`` its header row is repeated on every page."""
    doc = DocxDocument()
    _cjk_normal(doc)
    doc.add_paragraph("成员单位名单如下。")
    table = doc.add_table(rows=0, cols=len(MEMBER_HEADER))
    for values in [MEMBER_HEADER, *MEMBER_ROWS]:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    if repeat_header:
        repeat_as_header(table.rows[0])
    path = folder / f"members{'-header' if repeat_header else ''}.docx"
    doc.save(path)
    rows = [" ".join(row) for row in [MEMBER_HEADER, *MEMBER_ROWS]]
    return OrderSample(to_pdf(path, folder), ["成员单位名单如下。", *rows])


BUILDERS["row-drawn-columns"] = build_row_drawn_columns
BUILDERS["rotated-bottom-up"] = build_rotated_bottom_up
BUILDERS["rotated-table"] = build_rotated_table
BUILDERS["scripted"] = build_scripted_paragraph
BUILDERS["borderless-members"] = build_borderless_members


CONSORTIUM = "浙江省智能装备创新联合体"
FURNITURE_BODY = [
    f"第{n}部分：联合体围绕智能装备关键核心技术开展协同攻关，建立风险共担、利益共享的合作机制，" * 6 for n in range(1, 9)
]


def build_page_furniture(folder: Path, dashes: bool) -> OrderSample:
    """The consortium's name as running header; "第 X 页 共 Y 页" or "— X —" as footer; several pages."""
    doc = DocxDocument()
    _cjk_normal(doc)
    section = doc.sections[0]
    section.header.paragraphs[0].text = CONSORTIUM
    footer = section.footer.paragraphs[0]
    if dashes:
        footer.add_run("— ")
        add_field(footer, "PAGE")
        footer.add_run(" —")
    else:
        footer.add_run("第 ")
        add_field(footer, "PAGE")
        footer.add_run(" 页 共 ")
        add_field(footer, "NUMPAGES")
        footer.add_run(" 页")
    for text in FURNITURE_BODY:
        doc.add_paragraph(text)
    path = folder / f"furniture-{'dashes' if dashes else 'pages'}.docx"
    doc.save(path)
    return OrderSample(to_pdf(path, folder), FURNITURE_BODY)
