"""Ruled tables in PDFs, however the producer draws the rules, read cell by cell with their text in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Document, Table
from pipeline.readers.pdf import read_pdf
from pipeline.readers.textnorm import normalize
from tests.reader_pdf_samples import (
    LARGE_TYPE_ROWS,
    RULED_AFTER,
    RULED_INTRO,
    RULED_ROWS,
    build_ruled_table_pdf,
)

DRAWINGS = {
    "line-segments": {"rules": "lines"},
    "cell-rectangles": {"rules": "cell-rectangles"},
    "filled-bars": {"rules": "filled-bars"},
    "in-a-form-xobject": {"rules": "lines", "in_form": True},
    "rectangles-in-a-form-xobject": {"rules": "cell-rectangles", "in_form": True},
    # PDFium guesses a word break between glyphs placed apart; the guessed spaces must not split "1,250.5".
    "glyph-by-glyph": {"rules": "lines", "glyph_gap": 2.5},
}


@pytest.fixture(scope="module", params=list(DRAWINGS))
def ruled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("ruled") / f"{request.param}.pdf"
    return read_pdf(build_ruled_table_pdf(path, **DRAWINGS[request.param]))


def test_every_cell_is_read(ruled: Document) -> None:
    (table,) = ruled.tables()
    assert table.grid() == [[normalize(text) for text in row] for row in RULED_ROWS]


def test_latin_words_keep_their_spaces_and_numbers_stay_whole(ruled: Document) -> None:
    (table,) = ruled.tables()
    texts = [cell.text for cell in table.cells]
    assert "浙江大学Smart Vision Lab" in texts
    assert "1,250.5" in texts


def test_paragraphs_around_the_table_stay_and_its_text_is_not_repeated(ruled: Document) -> None:
    assert [b.text for b in ruled.blocks if not isinstance(b, Table)] == [RULED_INTRO, RULED_AFTER]


def test_large_type_in_a_cell_keeps_its_characters_in_order(tmp_path: Path) -> None:
    doc = read_pdf(build_ruled_table_pdf(tmp_path / "large.pdf", rows=LARGE_TYPE_ROWS, font_size=36))
    (table,) = doc.tables()
    assert table.grid() == LARGE_TYPE_ROWS
