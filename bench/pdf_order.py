"""How much of a PDF's text comes out in the order a person reads it: our reader against a plain PDFium dump.

    .venv/bin/python bench/pdf_order.py [--keep DIR] [--plans N]

Builds the reading-order corpus (two columns, a rotated page, overprinted
and tightly set text, a borderless budget table, numbered lists: see
``tests/reader_pdf_order_samples.py``) with LibreOffice, reportlab and
pikepdf, and exports the first ``--plans`` sample .docx plans to PDF with
LibreOffice; then scores each reading against the text the PDF was made from
(for a plan, what the .docx reader reads). Order recall is the longest common
subsequence of the source and the reading (whitespace ignored) over the
source's length: a character read out of order or not at all is lost.
Precision is the same over the reading's length: a character read twice (fake
bold) or invented, or a running header kept, costs it.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium
from rapidfuzz.distance import LCSseq

from pipeline.readers.docx import read_docx
from pipeline.readers.pdf import read_pdf
from tests.reader_pdf_order_samples import BUILDERS, OrderSample
from tests.reader_pdf_samples import to_pdf

SAMPLE_PLANS = Path(__file__).resolve().parents[1] / "sample_submissions"


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdfium_dump(pdf: Path) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def ours(pdf: Path) -> str:
    return read_pdf(pdf).text


def score(sample: OrderSample, reading: str) -> tuple[int, int, int]:
    """(common subsequence, source characters, reading characters)."""
    source, read = _compact("".join(sample.texts)), _compact(reading)
    return LCSseq.similarity(source, read), len(source), len(read)


def plan_samples(folder: Path, count: int) -> list[tuple[str, OrderSample]]:
    """The first ``count`` sample .docx plans exported to PDF, each with the text the .docx reader reads."""
    plans = sorted(p for p in SAMPLE_PLANS.glob("*/*实施方案*.docx") if not p.parent.name.startswith("_"))[:count]
    out = []
    for i, plan in enumerate(plans):
        target = folder / f"plan-{i}"
        target.mkdir(parents=True, exist_ok=True)
        copy = target / f"plan-{i}.docx"
        copy.write_bytes(plan.read_bytes())
        out.append((f"plan-{i}", OrderSample(to_pdf(copy, target), [read_docx(plan).text])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and leave it there")
    parser.add_argument("--plans", type=int, default=5, help="sample .docx plans to export and score")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="pdf-order-"))
    totals = {"ours": [0, 0, 0], "pdfium": [0, 0, 0]}
    print(f"{'sample':<20}{'ours recall':>12}{'pdfium recall':>15}{'ours prec.':>12}{'pdfium prec.':>14}")
    built = []
    for name, build in BUILDERS.items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        built.append((name, build(folder / name)))
    for name, sample in [*built, *plan_samples(folder, args.plans)]:
        row = {}
        for reader, read in (("ours", ours), ("pdfium", pdfium_dump)):
            common, source, read_chars = score(sample, read(sample.pdf))
            row[reader] = (common / source, common / max(read_chars, 1))
            totals[reader] = [t + v for t, v in zip(totals[reader], (common, source, read_chars), strict=True)]
        print(
            f"{name:<20}{row['ours'][0]:>12.3f}{row['pdfium'][0]:>15.3f}{row['ours'][1]:>12.3f}{row['pdfium'][1]:>14.3f}"
        )
    recall = {k: v[0] / v[1] for k, v in totals.items()}
    precision = {k: v[0] / max(v[2], 1) for k, v in totals.items()}
    print(
        f"{'all (characters)':<20}{recall['ours']:>12.3f}{recall['pdfium']:>15.3f}"
        f"{precision['ours']:>12.3f}{precision['pdfium']:>14.3f}"
    )


if __name__ == "__main__":
    main()
