"""The .docx reader on real files written by python-docx: what a reviewer would see in the plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Heading, Paragraph, Table
from pipeline.readers import read
from tests import reader_docx_samples as samples


def test_auto_numbered_headings_are_read_back_with_the_numbers_word_shows(tmp_path: Path) -> None:
    document = read(samples.numbered_outline(tmp_path / "plan.docx"))
    headings = document.headings()
    assert [(h.numbering, h.title) for h in headings] == [(label, text) for _, text, label in samples.NUMBERED_HEADINGS]
    assert [h.level for h in headings] == [1, 2, 2, 1, 2, 3, 3, 1]
    assert all(h.prov.reader == "docx" and h.prov.page is None for h in headings)
    assert [b.prov.block for b in document.blocks] == list(range(len(document.blocks)))


def test_numbering_from_a_paragraph_style_and_a_restarted_list(tmp_path: Path) -> None:
    document = read(samples.style_numbered(tmp_path / "plan.docx"))
    assert [(h.numbering, h.title) for h in document.headings()] == [("第一部分", "总体情况"), ("第二部分", "实施计划")]
    numbered = [b.text[:2] for b in document.blocks if isinstance(b, Paragraph)]
    assert numbered == ["1.", "2.", "1."]


def test_text_box_text_is_read_once_after_its_anchor(tmp_path: Path) -> None:
    document = read(samples.text_box(tmp_path / "plan.docx"))
    texts = [b.text for b in document.blocks]
    assert texts.count(samples.TEXT_BOX_TEXT) == 1
    assert texts.index(samples.TEXT_BOX_TEXT) == texts.index("封面说明：") + 1
    assert document.text.count("杭州某某科技股份有限公司") == 1


def test_footnotes_and_endnotes_are_read_after_the_paragraph_that_refers_to_them(tmp_path: Path) -> None:
    texts = [b.text for b in read(samples.notes(tmp_path / "plan.docx")).blocks]
    assert texts == [samples.MEMBER_SENTENCE, samples.FOOTNOTE, "联合体计划总投入1.2亿元。", samples.ENDNOTE,
                     samples.BODY_SENTENCE]


def test_tracked_insertions_kept_deletions_and_field_codes_dropped(tmp_path: Path) -> None:
    document = read(samples.tracked_changes(tmp_path / "plan.docx"))
    assert samples.INSERTED in document.text
    assert samples.FIELD_RESULT in document.text
    assert samples.DELETED not in document.text
    assert samples.FIELD_CODE not in document.text


def test_merged_cells_appear_once_with_their_span(tmp_path: Path) -> None:
    document = read(samples.merged_table(tmp_path / "plan.docx"))
    (table,) = document.tables()
    assert isinstance(table, Table)
    title = [c for c in table.cells if c.text == "成员单位一览表"]
    assert len(title) == 1 and (title[0].row, title[0].col, title[0].colspan) == (0, 0, 3)
    kind = [c for c in table.cells if c.text == "企业"]
    assert len(kind) == 1 and (kind[0].row, kind[0].col, kind[0].rowspan) == (1, 2, 2)
    assert (table.n_rows, table.n_cols) == (4, 3)
    assert table.grid()[2][2] == "企业"
    nested_host = next(c for c in table.cells if (c.row, c.col) == (3, 2))
    assert nested_host.text == "高校\n牵头 否"


def test_headers_footers_and_table_of_contents_are_furniture_not_body(tmp_path: Path) -> None:
    document = read(samples.furniture(tmp_path / "plan.docx"))
    roles = {(f.role, f.text) for f in document.furniture}
    assert ("header", samples.RUNNING_HEADER) in roles
    assert ("footer", samples.FOOTER_TEXT) in roles
    toc = [f.text for f in document.furniture if f.role == "toc"]
    assert samples.TOC_ENTRIES[0] in toc and any("经费投入与保障措施" in t for t in toc) and "五、进度安排" in toc
    assert [b.text for b in document.blocks] == ["背景与意义", samples.BODY_SENTENCE]
    assert samples.RUNNING_HEADER not in document.text


def test_headings_by_style_bold_font_and_typed_numbers_but_not_sentences(tmp_path: Path) -> None:
    document = read(samples.heading_styles(tmp_path / "plan.docx"))
    headings = {(h.numbering, h.title): h.level for h in document.headings()}
    assert headings == {
        ("", "组织架构与运行机制"): 2,  # Heading 2 style
        ("", "联合体理事会"): 2,  # short and bold
        ("", "经费投入与保障措施"): 1,  # 黑体
        ("四、", "进度安排"): 1,
        ("（二）", "专家委员会"): 2,
    }
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert "本句加粗但是一个完整的句子。" in paragraphs
    assert samples.BODY_SENTENCE in paragraphs  # full-width indent and trailing space trimmed
    assert len(paragraphs) == 3  # the two blank lines are gone


def test_heading_text_joins_number_and_title(tmp_path: Path) -> None:
    first = read(samples.numbered_outline(tmp_path / "plan.docx")).blocks[0]
    assert isinstance(first, Heading) and first.text == "一、背景与意义"


def test_a_typical_plan_keeps_title_sections_and_table_in_order(tmp_path: Path) -> None:
    document = read(samples.typical_plan(tmp_path / "plan.docx", sections=5))
    kinds = [b.kind for b in document.blocks]
    assert kinds[0] == "heading" and document.blocks[0].level == 0  # the Title style
    assert [h.numbering for h in document.headings() if h.level == 1] == [f"第{n}部分" for n in range(1, 6)]
    assert kinds.count("table") == 1 and kinds[-2:] == ["table", "paragraph"]
    assert document.tables()[0].grid()[5][3] == "503"


def test_form_plan_rows_become_headings_with_their_body_and_nested_tables(tmp_path: Path) -> None:
    document = read(samples.form_plan(tmp_path / "plan.docx"))
    assert [h.text for h in document.headings()] == samples.FORM_SECTIONS
    cover = document.blocks[1]
    assert isinstance(cover, Table) and [c.text for c in cover.cells][:2] == ["牵头单位", "杭州富春光联科技股份有限公司"]
    organisation = [b.text for b in document.blocks].index("三、组织架构与运行机制")
    following = document.blocks[organisation + 1 : organisation + 4]
    assert [type(b) for b in following] == [Paragraph, Paragraph, Table]
    assert [[c.text for c in row] for row in following[2].rows()] == samples.FORM_MEMBERS
    budget = document.blocks[-1]
    assert isinstance(budget, Table) and budget.n_rows == 3, "numbered rows with short cells are a table, not a form"


def test_final_view_with_every_change_accepted(tmp_path: Path) -> None:
    document = read(samples.final_view(tmp_path / "plan.docx"))
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == samples.FINAL_VIEW
    (table,) = document.tables()
    assert table.grid() == samples.KEPT_ROWS, "a deleted row or cell is gone, as Word shows it accepted"
    for hidden in ("杭州乙公司", "本段已整体删除", "单击或点击此处输入文字", "内部备注", "DOCPROPERTY", "=600*2"):
        assert hidden not in document.text
    assert document.text.count(samples.MOVED) == 1
    assert [(f.role, f.text) for f in document.furniture] == [("comment", samples.COMMENT)]


def test_gongwen_typefaces_alone_mark_the_headings(tmp_path: Path) -> None:
    document = read(samples.gongwen_headings(tmp_path / "plan.docx"))
    assert [(h.text, h.level) for h in document.headings()] == [(text, level) for text, _, level in samples.GONGWEN]
    assert "联合体成员单位名单" in [b.text for b in document.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize("via_style", [False, True], ids=["on-paragraph", "inherited-from-style"])
def test_outline_level_alone_marks_a_heading(tmp_path: Path, via_style: bool) -> None:
    document = read(samples.outline_levels(tmp_path / "plan.docx", via_style))
    assert [(h.title, h.level) for h in document.headings()] == [(text, lvl + 1) for text, lvl in samples.OUTLINED]


@pytest.mark.parametrize(("fmt", "text", "labels", "level"), [
    ("chineseCounting", "%1、", ["一、", "二、", "三、"], 1),
    ("chineseCounting", "（%1）", ["（一）", "（二）", "（三）"], 2),
    ("chineseCountingThousand", "第%1部分", ["第一部分", "第二部分", "第三部分"], 1),
    ("chineseLegalSimplified", "%1、", ["壹、", "贰、", "叁、"], 1),
    ("decimal", "%1.", ["1.", "2.", "3."], 3),
    ("decimalFullWidth", "%1．", ["１．", "２．", "３．"], 3),
    ("decimalEnclosedFullstop", "%1", ["⒈", "⒉", "⒊"], 3),
    ("decimalEnclosedParen", "%1", ["⑴", "⑵", "⑶"], 4),
    ("decimalEnclosedCircle", "%1", ["①", "②", "③"], 5),
    ("decimalEnclosedCircleChinese", "%1、", ["①、", "②、", "③、"], 5),
])
def test_list_numbers_read_as_word_renders_them(tmp_path: Path, fmt: str, text: str, labels: list[str],
                                                level: int) -> None:
    document = read(samples.single_level_list(tmp_path / "plan.docx", fmt, text, items=len(labels)))
    assert [(h.numbering, h.level) for h in document.headings()] == [(label, level) for label in labels]


@pytest.mark.parametrize(("fmt", "labels"), [
    ("ideographTraditional", ["甲、", "乙、", "丙、"]),
    ("ideographZodiac", ["子、", "丑、", "寅、"]),
    ("ideographEnclosedCircle", ["㊀、", "㊁、", "㊂、"]),
])
def test_enumerations_that_mark_no_section_keep_their_numbers_in_the_text(tmp_path: Path, fmt: str,
                                                                         labels: list[str]) -> None:
    document = read(samples.single_level_list(tmp_path / "plan.docx", fmt, "%1、", items=len(labels)))
    items = [b.text for b in document.blocks if b.text.endswith("项工作")]
    assert items == [f"{label}第{i}项工作" for i, label in enumerate(labels, start=1)]


def test_an_imported_docx_chunk_is_read_in_its_place(tmp_path: Path) -> None:
    inner = samples.numbered_outline(tmp_path / "inner.docx")
    document = read(samples.alt_chunk(tmp_path / "plan.docx", samples.DOCX_MAIN, inner.read_bytes()))
    assert document.blocks[0].text == samples.CHUNK_INTRO
    assert [h.text for h in document.headings()] == [label + text for _, text, label in samples.NUMBERED_HEADINGS]
    assert [b.prov.block for b in document.blocks] == list(range(len(document.blocks)))


@pytest.mark.slow
def test_an_imported_web_page_chunk_is_read_through_libreoffice(tmp_path: Path) -> None:
    html = samples.CHUNK_HTML.encode("utf-8")
    document = read(samples.alt_chunk(tmp_path / "plan.docx", "text/html", html))
    assert [b.text for b in document.blocks] == [samples.CHUNK_INTRO, "一、背景与意义", samples.MEMBER_SENTENCE]
    assert document.headings()[0].level == 1


def test_tick_boxes_inserted_as_symbols_are_read_as_the_boxes_word_shows(tmp_path: Path) -> None:
    (block,) = read(samples.tick_boxes(tmp_path / "plan.docx")).blocks
    assert block.text == samples.TICKED_TYPE
