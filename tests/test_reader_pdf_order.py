"""The PDF reader gives text in the order a person reads it, each character once, table cells apart."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from pipeline.document import Document, Heading, Paragraph, Table
from pipeline.readers.pdf import read_pdf
from pipeline.readers.textnorm import normalize
from tests import reader_pdf_order_samples as samples

# Samples converted by LibreOffice; the reportlab and pikepdf ones are quick.
SLOW = {"two-column", "headed", "numbered", "borderless-budget", "borderless-members"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf-order")


def _read(
    name: str, folder: Path, build: Callable[[Path], samples.OrderSample] | None = None
) -> tuple[samples.OrderSample, Document]:
    """Build the sample (``build``, or the corpus builder of that name) in a folder of its own and read it."""
    target = folder / name
    target.mkdir(exist_ok=True)
    sample = (build or samples.BUILDERS[name])(target)
    return sample, read_pdf(sample.pdf)


def _texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if not isinstance(b, Table)]


@pytest.mark.slow
def test_two_columns_are_read_one_after_the_other(folder: Path) -> None:
    sample, doc = _read("two-column", folder)
    assert _texts(doc) == [normalize(t) for t in sample.texts]
    assert [type(b) for b in doc.blocks] == [Heading, Paragraph, Paragraph, Paragraph, Paragraph, Heading]


def test_columns_written_row_by_row_across_the_page_are_still_read_column_by_column(folder: Path) -> None:
    sample, doc = _read("row-drawn-columns", folder)
    assert _texts(doc) == sample.texts


def test_lines_set_so_tight_their_boxes_overlap_keep_their_characters_apart(folder: Path) -> None:
    sample, doc = _read("tight", folder)
    assert _texts(doc) == sample.texts
    assert isinstance(doc.blocks[0], Heading)


@pytest.mark.slow
def test_paragraph_under_a_larger_bold_heading_reads_in_order(folder: Path) -> None:
    sample, doc = _read("headed", folder)
    assert _texts(doc) == sample.texts


@pytest.mark.parametrize("name", ["rotated", "rotated-bottom-up"])
def test_a_page_turned_by_rotate_90_reads_upright_top_line_first(folder: Path, name: str) -> None:
    sample, doc = _read(name, folder)
    assert _texts(doc) == sample.texts


@pytest.mark.parametrize("name", ["overprinted", "doubled"])
def test_text_drawn_twice_for_a_bold_look_is_read_once(folder: Path, name: str) -> None:
    sample, doc = _read(name, folder)
    assert _texts(doc) == sample.texts
    assert "2011年度" in doc.text and "22" not in doc.text


@pytest.mark.slow
def test_list_numbers_keep_their_separator(folder: Path) -> None:
    _, doc = _read("numbered", folder)
    assert [(h.numbering, h.title) for h in doc.headings()] == [
        *((f"{i}.", t) for i, t in enumerate(samples.NUMBERED_ITEMS, 1)),
        *((f"{n}、", t) for n, t in zip("一二三", samples.CHINESE_ITEMS, strict=True)),
    ]


@pytest.mark.slow
def test_borderless_budget_table_keeps_every_amount_in_its_own_cell(folder: Path) -> None:
    _, doc = _read("borderless-budget", folder)
    (table,) = doc.tables()
    assert table.grid() == [samples.BUDGET_HEADER, *samples.BUDGET_ROWS]
    assert _texts(doc) == [samples.BUDGET_INTRO, samples.BUDGET_AFTER]
    assert not re.search(r"\d,\d{3}\d", doc.text), "two amounts glued into one"


@pytest.mark.slow
@pytest.mark.parametrize("repeat_header", [False, True], ids=["once", "header-on-every-page"])
def test_borderless_table_over_pages_is_one_table_with_wrapped_names_whole(folder: Path, repeat_header: bool) -> None:
    build = partial(samples.build_borderless_members, repeat_header=repeat_header)
    sample, doc = _read(f"members-{repeat_header}", folder, build)
    assert doc.pages > 1
    (table,) = doc.tables()
    assert table.grid() == [samples.MEMBER_HEADER, *samples.MEMBER_ROWS]
    assert _texts(doc) == [sample.texts[0]]


@pytest.mark.slow
@pytest.mark.parametrize("dashes", [False, True], ids=["page-x-of-y", "dashes"])
def test_running_name_and_page_numbers_are_furniture_not_plan_text(folder: Path, dashes: bool) -> None:
    sample, doc = _read(f"furniture-{dashes}", folder, partial(samples.build_page_furniture, dashes=dashes))
    assert doc.pages > 1
    assert _texts(doc) == [normalize(t) for t in sample.texts]
    footers = [f.text for f in doc.furniture if f.role == "footer"]
    expected = [f"—{n}—" if dashes else f"第{n}页共{doc.pages}页" for n in range(1, doc.pages + 1)]
    assert footers == expected
    assert [f.text for f in doc.furniture if f.role == "header"] == [samples.CONSORTIUM] * doc.pages


def test_a_ruled_table_on_a_turned_page_keeps_its_cells_and_text_is_not_lost(folder: Path) -> None:
    sample, doc = _read("rotated-table", folder)
    (table,) = doc.tables()
    assert table.grid() == samples.ROTATED_TABLE
    assert _texts(doc) == sample.texts[: len(samples.ROTATED_LINES) + 1]


@pytest.mark.slow
def test_superscripts_and_subscripts_stay_in_their_line_and_paragraph(folder: Path) -> None:
    sample, doc = _read("scripted", folder)
    assert _texts(doc) == sample.texts
