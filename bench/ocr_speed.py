"""A scanned plan read whole by the PDF reader, against a bare serial RapidOCR pass over the same pages.

    .venv/bin/python bench/ocr_speed.py [PDF] [--repeat 2]

The bare pass renders each page at 200 dpi and hands it to RapidOCR as it
comes (detection, per-line direction, recognition). The reader does the same
work plus everything it adds: the text-layer judgement, page direction and
tilt, seal retries, tables, blocks. Both run in this process with the engine
loaded first; each figure is the best of ``--repeat`` alternating runs, since
the machine is shared. A third figure is the reader again with its OCR store
filled, as a rerun after a change of rules or code finds it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium

from pipeline.readers import ocr_cache
from pipeline.readers.ocr import OCR_DPI, engine
from pipeline.readers.pdf import read_pdf

SAMPLE = Path(__file__).resolve().parents[1] / "sample_submissions/富阳区/浙江省固废资源化利用创新联合体实施方案.pdf"


def bare_pass(path: Path) -> float:
    began = time.perf_counter()
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            image = pdf[index].render(scale=OCR_DPI / 72).to_pil()
            engine()(image.convert("RGB"))
    finally:
        pdf.close()
    return time.perf_counter() - began


def reader_pass(path: Path) -> float:
    began = time.perf_counter()
    read_pdf(path)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    engine()
    with tempfile.TemporaryDirectory() as store:
        bare, reader = [], []
        for _ in range(args.repeat):
            os.environ.pop(ocr_cache.OCR_CACHE_ENV, None)
            ocr_cache.forget()
            bare.append(bare_pass(args.pdf))
            reader.append(reader_pass(args.pdf))
        os.environ[ocr_cache.OCR_CACHE_ENV] = store
        ocr_cache.forget()
        reader_pass(args.pdf)  # fills the store
        ocr_cache.forget()  # a new process: only the disk store is left
        rerun = reader_pass(args.pdf)
    pages = len(pdfium.PdfDocument(args.pdf))
    print(f"{args.pdf.name}: {pages} pages")
    print(f"bare RapidOCR, serial, {OCR_DPI} dpi: {min(bare):.1f} s")
    print(f"reader, whole parse:           {min(reader):.1f} s  ({min(reader) / min(bare):.2f}× bare)")
    print(f"reader, rerun from OCR store:  {rerun:.2f} s  ({rerun / min(bare):.3f}× bare)")


if __name__ == "__main__":
    main()
