"""Every sample plan, whatever its format (docx, .doc, text PDF, scan), reads back with every name it holds.

The truth files name the consortium, the lead and each member as written in the
plan; if a reader drops or garbles text (a text box, a table split over pages,
an OCR'd table cell), one of these names goes missing and this test says which.
A scan is allowed what OCR cannot avoid: one wrong or missing character in a
name (similarity ≥ 90 against the best-matching stretch of the read text).
"""

from __future__ import annotations

import re

import pytest
from rapidfuzz import fuzz

from pipeline.readers import read
from tests.sample_corpus import plan_truths, sample_path

OCR_NAME_SIMILARITY = 90
TRUTHS = plan_truths()


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _found(name: str, text: str, ocr: bool) -> bool:
    if name in text:
        return True
    return ocr and fuzz.partial_ratio(name, text) >= OCR_NAME_SIMILARITY


# The contract's source.format has no "rtf": an RTF plan is converted by LibreOffice and reported as a .doc would be.
READ_AS = {"rtf": "doc"}


@pytest.mark.slow
@pytest.mark.parametrize("rel", sorted(TRUTHS))
def test_every_truth_name_is_in_the_read_text(rel: str):
    truth = TRUTHS[rel]
    doc = read(sample_path(rel))
    assert doc.format == READ_AS.get(truth["format"], truth["format"])
    text = _compact("\n".join([doc.text, *(f.text for f in doc.furniture)]))
    names = [truth["consortium_name"], truth["lead_unit"], *(m["name"] for m in truth["members"])]
    missing = [name for name in names if not _found(_compact(name), text, ocr=doc.format == "pdf-ocr")]
    assert not missing, f"{truth['file']}: not found in the read text: {missing}"

