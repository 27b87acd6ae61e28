"""The PDF reader on real PDFs: Word files exported by LibreOffice, a fake-bold PDF, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Document, Heading, Paragraph, Table
from pipeline.errors import ReadError
from pipeline.readers.pdf import MAX_PAGES, read_pdf
from pipeline.readers.textnorm import normalize
from tests.reader_pdf_samples import (
    BACKGROUND,
    FAKE_BOLD_LINES,
    FAKE_BOLD_TABLE,
    GOALS,
    MEMBERS_INTRO,
    RUNNING_HEADER,
    SECOND_PARAGRAPH,
    TABLE_HEADER,
    TABLE_ROWS,
    TITLE,
    build_encrypted_pdf,
    build_fake_bold_pdf,
    build_plan_docx,
    build_truncated_pdf,
    build_wrap_shift_docx,
    to_pdf,
    wrap_shift_texts,
)


@pytest.fixture(scope="session")
def plan_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample plan exported by LibreOffice, with and without a repeating table header row."""
    folder = tmp_path_factory.mktemp("pdf-plans")
    return {
        name: to_pdf(build_plan_docx(folder / f"{name}.docx", repeat_table_header=repeat), folder)
        for name, repeat in (("plain", False), ("repeated-header", True))
    }


@pytest.fixture(scope="session", params=["plain", "repeated-header"])
def plan(request: pytest.FixtureRequest, plan_pdfs: dict[str, Path]) -> Document:
    return read_pdf(plan_pdfs[request.param])


def test_numbered_headings_split_from_titles(plan: Document) -> None:
    numbered = [(h.level, h.numbering, h.title) for h in plan.headings() if h.numbering]
    assert numbered == [
        (1, "一、", "背景与意义"),
        (1, "二、", "组建方案"),
        (2, "（一）", "成员构成"),
        (1, "三、", "建设目标"),
        (3, "1.", "总体目标"),
    ]


def test_large_bold_title_is_a_heading(plan: Document) -> None:
    first = plan.blocks[0]
    assert isinstance(first, Heading)
    assert (first.level, first.numbering, first.title) == (1, "", TITLE)


def test_wrapped_lines_are_joined_into_paragraphs(plan: Document) -> None:
    paragraphs = [b.text for b in plan.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [normalize(BACKGROUND), SECOND_PARAGRAPH, normalize(MEMBERS_INTRO), normalize(GOALS)]


def test_table_crossing_pages_is_one_table_with_every_row(plan: Document) -> None:
    (table,) = plan.tables()
    grid = table.grid()
    assert grid[0] == TABLE_HEADER
    assert grid[1:] == [[normalize(v) for v in row] for row in TABLE_ROWS]
    assert table.prov.page == 2
    assert all("\n" not in c.text for c in table.cells)


def test_table_text_is_not_repeated_as_paragraphs(plan: Document) -> None:
    outside_tables = "\n".join(b.text for b in plan.blocks if not isinstance(b, Table))
    assert "智能装备研究制造" not in outside_tables


def test_running_header_and_page_numbers_are_furniture(plan: Document) -> None:
    assert RUNNING_HEADER not in plan.text
    assert all(f.page is not None for f in plan.furniture)
    headers = [f for f in plan.furniture if f.role == "header"]
    footers = [f for f in plan.furniture if f.role == "footer"]
    assert [f.text for f in headers] == [RUNNING_HEADER] * plan.pages
    assert [f.text for f in footers] == [f"- {n} -" for n in range(1, plan.pages + 1)]


def test_contents_page_is_set_apart(plan: Document) -> None:
    (toc,) = [f for f in plan.furniture if f.role == "toc"]
    assert toc.page == 1
    assert toc.text.startswith("目录")
    assert "…" not in plan.text
    assert [h.text for h in plan.headings()].count("一、背景与意义") == 1


def test_provenance_counts_blocks_and_pages(plan: Document) -> None:
    assert plan.format == "pdf"
    assert [b.prov.block for b in plan.blocks] == list(range(len(plan.blocks)))
    assert all(b.prov.reader == "pdf-text" for b in plan.blocks)
    pages = {b.text: b.prov.page for b in plan.blocks if not isinstance(b, Table)}
    assert pages[TITLE] == 1
    assert pages["一、背景与意义"] == 2
    assert pages[normalize(GOALS)] == plan.pages


def test_fake_bold_text_is_not_doubled(tmp_path: Path) -> None:
    doc = read_pdf(build_fake_bold_pdf(tmp_path / "fake-bold.pdf"))
    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == FAKE_BOLD_LINES
    (table,) = doc.tables()
    assert table.grid() == FAKE_BOLD_TABLE


QUOTED = (
    "机器视觉是智能制造的“眼睛”。公司目前在研省“尖兵”“领雁”研发攻关计划项目4项，围绕“数据—模型—算力—应用”"
    "四个环节组成“项目群”，建立“共建共享”知识产权制度，由医院牵头开展Ⅰ期、Ⅱ期临床研究，按“里程碑 +交付物”管理。"
)


def test_quote_marks_stay_around_their_words_in_a_libreoffice_pdf(tmp_path: Path) -> None:
    import docx

    plan = docx.Document()
    plan.add_paragraph(QUOTED)
    plan.save(tmp_path / "quoted.docx")
    doc = read_pdf(to_pdf(tmp_path / "quoted.docx", tmp_path))
    assert [b.text for b in doc.blocks] == [normalize(QUOTED)]


def test_encrypted_pdf(plan_pdfs: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(ReadError) as caught:
        read_pdf(build_encrypted_pdf(plan_pdfs["plain"], tmp_path / "locked.pdf"))
    assert caught.value.code == "encrypted"


def test_truncated_pdf_is_corrupt(plan_pdfs: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(ReadError) as caught:
        read_pdf(build_truncated_pdf(plan_pdfs["plain"], tmp_path / "cut.pdf"))
    assert caught.value.code == "corrupt"


def test_more_pages_than_the_cap_is_too_large(tmp_path: Path) -> None:
    import pikepdf

    pdf = pikepdf.new()
    for _ in range(MAX_PAGES + 1):
        pdf.add_blank_page()
    pdf.save(tmp_path / "huge.pdf")
    with pytest.raises(ReadError) as caught:
        read_pdf(tmp_path / "huge.pdf")
    assert caught.value.code == "too_large"


def test_blank_pages_have_no_text(tmp_path: Path) -> None:
    import pikepdf

    pdf = pikepdf.new()
    for _ in range(3):
        pdf.add_blank_page()
    pdf.save(tmp_path / "blank.pdf")
    with pytest.raises(ReadError) as caught:
        read_pdf(tmp_path / "blank.pdf")
    assert caught.value.code == "no_text"


def test_a_line_cut_short_by_an_unsplittable_next_word_does_not_end_its_paragraph(tmp_path: Path) -> None:
    """"省级财政资金" | "2000万元", "省“" | "尖兵”", "；" | "（2）", "经费；" | "牵头单位", "不小于" | "2.5平方米"
    (a quantity, not section 2.5): one paragraph each time."""
    doc = read_pdf(to_pdf(build_wrap_shift_docx(tmp_path / "wraps.docx"), tmp_path))
    assert [b.text for b in doc.blocks] == [normalize(t) for t in wrap_shift_texts()]
