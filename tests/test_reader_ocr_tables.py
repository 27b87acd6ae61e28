"""Scanned plans: ruled member and budget tables come back as tables, cell by cell, not as jumbled lines.

The plan is written with python-docx, printed to PDF by LibreOffice, then
"scanned": each page rendered to a grayscale image, tilted half a degree
(each sheet its own way, as when fed one by one), given sensor noise and
saved as an image-only PDF. The member table starts
near the foot of page 1 and carries over to page 2; the budget table has a
header cell merged over two rows and one merged over three columns.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from docx import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image
from rapidfuzz import fuzz

from pipeline.document import Document, Paragraph, Table
from pipeline.readers import read
from tests.reader_pdf_samples import to_pdf

pytestmark = pytest.mark.slow

MEMBER_HEADER = ["序号", "单位名称", "单位性质", "所在地", "任务分工"]
MEMBERS = [
    ["1", "浙江绿源储能科技股份有限公司", "科技领军企业", "杭州市萧山区", "储能系统集成与总体设计"],
    ["2", "浙江工业大学", "高校", "杭州市拱墅区", "高安全电解液与电池热管理"],
    ["3", "中国科学院宁波材料技术与工程研究所", "科研院所", "宁波市镇海区", "关键材料制备与表征"],
    ["4", "杭州锂立方电池材料有限公司", "骨干企业", "杭州市萧山区", "长寿命正极材料量产"],
    ["5", "浙江省检验检测与认证研究院", "检验检测机构", "杭州市西湖区", "储能电池安全检测与认证"],
    ["6", "杭州市萧山区储能产业技术研究院", "新型研发机构", "杭州市萧山区", "中试验证与成果转化"],
    ["7", "浙江大学", "高校", "杭州市西湖区", "电化学储能机理研究"],
]
MEMBER_WIDTHS_CM = [1.2, 4.0, 2.6, 2.8, 4.4]
YEARS = ["2023年", "2024年", "2025年"]
BUDGET = [
    ["企业自筹", "1200", "1600", "1200", "4000"],
    ["省级财政", "500", "700", "600", "1800"],
    ["市级财政", "300", "400", "300", "1000"],
    ["合计", "2000", "2700", "2100", "6800"],
]
INTRO = "联合体由牵头单位联合高校、科研院所和产业链上下游企业共同组建，成员单位情况见下表。"
FILLER = (
    "联合体坚持企业主导、产学研用深度融合，围绕新型储能系统关键核心技术开展协同攻关，形成稳定的合作机制。"
)
BUDGET_CAPTION = "表2 经费投入预算表（单位：万元）"
CLOSING = "各成员单位按照分工落实配套资金，专款专用，接受联合体理事会监督。"
# A table drawn without borders: there is no grid to find, so it stays text.
UNRULED = [["联系人", "张明"], ["联系电话", "0571-82345678"]]


def _keep_row_on_one_page(row) -> None:
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _ruled_table(doc, rows: list[list[str]], widths_cm: list[float]):
    table = doc.add_table(rows=0, cols=len(widths_cm))
    table.style = "Table Grid"
    table.autofit = False
    for values in rows:
        row = table.add_row()
        _keep_row_on_one_page(row)
        for cell, text, width in zip(row.cells, values, widths_cm, strict=True):
            cell.width = Cm(width)
            cell.text = text
    return table


def _plan_docx(path: Path) -> Path:
    doc = DocxDocument()
    normal = doc.styles["Normal"]
    normal.font.name = "Noto Serif CJK SC"
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    doc.add_paragraph("三、组织架构与运行机制")
    for _ in range(6):
        doc.add_paragraph(FILLER * 2)
    doc.add_paragraph("（一）成员单位")
    doc.add_paragraph(INTRO)
    _ruled_table(doc, [MEMBER_HEADER, *MEMBERS], MEMBER_WIDTHS_CM)
    doc.add_paragraph("（二）经费投入")
    doc.add_paragraph(BUDGET_CAPTION)
    budget = _ruled_table(
        doc, [["资金来源", "年度投入", "", "", "合计"], ["", *YEARS, ""], *BUDGET], [3.0] * 5
    )
    budget.cell(0, 0).merge(budget.cell(1, 0)).text = "资金来源"
    budget.cell(0, 4).merge(budget.cell(1, 4)).text = "合计"
    budget.cell(0, 1).merge(budget.cell(0, 3)).text = "年度投入"
    doc.add_paragraph(CLOSING)
    unruled = doc.add_table(rows=0, cols=2)
    for values in UNRULED:
        for cell, text in zip(unruled.add_row().cells, values, strict=True):
            cell.text = text
    doc.save(path)
    return path


def _scan(pdf_path: Path, path: Path, dpi: int = 170) -> Path:
    """Every page as a grayscale image, tilted half a degree one way or the other, with sensor noise."""
    pdf = pdfium.PdfDocument(pdf_path)
    rng = np.random.default_rng(11)
    pages = []
    for index, page in enumerate(pdf):
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(0.5 if index % 2 == 0 else -0.5, fillcolor=255, resample=Image.BILINEAR)
        noisy = np.asarray(image, dtype=np.int16) + rng.normal(0, 10, (image.height, image.width))
        pages.append(Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)))
    pdf.close()
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return path


@pytest.fixture(scope="module")
def scanned_doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    """LibreOffice once and OCR once (two pages) for all the tests of this module."""
    folder = tmp_path_factory.mktemp("ocr-tables")
    printed = to_pdf(_plan_docx(folder / "plan.docx"), folder)
    assert len(pdfium.PdfDocument(printed)) == 2, "the member table must carry over to page 2"
    return read(_scan(printed, folder / "scanned.pdf"))


def _table_with(doc: Document, header: str) -> Table:
    return next(t for t in doc.tables() if header in t.grid()[0])


def test_member_table_is_one_table_over_the_page_break(scanned_doc: Document) -> None:
    members = _table_with(scanned_doc, "单位名称")
    assert members.prov.reader == "pdf-ocr"
    assert members.prov.page == 1
    assert members.n_rows == 1 + len(MEMBERS), members.grid()
    assert members.n_cols == len(MEMBER_HEADER)
    grid = members.grid()
    assert grid[0] == MEMBER_HEADER
    for row, expected in zip(grid[1:], MEMBERS, strict=True):
        for got, want in zip(row, expected, strict=True):
            assert fuzz.ratio(got, want) >= 90, (got, want)


def test_member_names_are_not_left_in_paragraphs(scanned_doc: Document) -> None:
    paragraphs = [b.text for b in scanned_doc.blocks if isinstance(b, Paragraph)]
    for _, name, *_ in MEMBERS[:-1]:  # 浙江大学 is short enough to appear inside other words
        assert not any(fuzz.partial_ratio(name, text) >= 90 for text in paragraphs), (name, paragraphs)


def test_budget_numbers_sit_in_their_cells_with_merged_headers(scanned_doc: Document) -> None:
    budget = _table_with(scanned_doc, "资金来源")
    assert budget.prov.page == 2
    by_place = {(c.row, c.col): c for c in budget.cells}
    assert (by_place[0, 0].text, by_place[0, 0].rowspan) == ("资金来源", 2)
    assert (by_place[0, 4].text, by_place[0, 4].rowspan) == ("合计", 2)
    assert (by_place[0, 1].text, by_place[0, 1].colspan) == ("年度投入", 3)
    grid = budget.grid()
    assert grid[1][1:4] == YEARS
    assert grid[2:] == BUDGET


def test_tables_stand_where_they_are_read(scanned_doc: Document) -> None:
    texts = [b.text for b in scanned_doc.blocks]

    def where(text: str) -> int:
        return next(i for i, t in enumerate(texts) if fuzz.partial_ratio(text, t) >= 90)

    members = scanned_doc.blocks.index(_table_with(scanned_doc, "单位名称"))
    budget = scanned_doc.blocks.index(_table_with(scanned_doc, "资金来源"))
    assert where(INTRO) < members < where(BUDGET_CAPTION) < budget < where(CLOSING)


def test_table_without_ruling_stays_text(scanned_doc: Document) -> None:
    assert len(scanned_doc.tables()) == 2
    text = scanned_doc.text
    for label, value in UNRULED:
        assert label in text and value in text
