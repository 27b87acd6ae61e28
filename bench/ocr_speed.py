"""A scanned plan read whole by the PDF reader, against a bare serial RapidOCR pass over the same pages.

    .venv/bin/python bench/ocr_speed.py [PDF] [--repeat 2]

The bare pass renders each page at 200 dpi and hands it to RapidOCR as it
comes (detection, per-line direction, recognition). The reader does the same
work plus everything it adds: the text-layer judgement, page direction and
tilt, second readings of lines under a seal, tables, blocks. Both run in this
process with the engine loaded first; each figure is the best of
``--repeat`` alternating runs, in wall time and in CPU time (the machine may
be shared, and CPU time is what the work itself costs). Then the reader again
with its OCR store filled, as a rerun after a change of rules or code finds
it, and the cost of judging a text page's layer, over the sample PDFs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium

from bench.long_pdf import judging_ms
from bench.samples import SAMPLES
from pipeline.readers import ocr_cache
from pipeline.readers.ocr import OCR_DPI, engine
from pipeline.readers.pdf import read_pdf

SAMPLE = SAMPLES / "富阳区" / "浙江省固废资源化利用创新联合体实施方案.pdf"


def bare_pass(path: Path) -> None:
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            engine()(pdf[index].render(scale=OCR_DPI / 72).to_pil().convert("RGB"))
    finally:
        pdf.close()


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``work`` (CPU time counts every thread of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    engine()
    os.environ.pop(ocr_cache.OCR_CACHE_ENV, None)
    bare, reader = [], []
    for _ in range(args.repeat):
        ocr_cache.forget()
        bare.append(timed(lambda: bare_pass(args.pdf)))
        ocr_cache.forget()
        reader.append(timed(lambda: read_pdf(args.pdf)))
    with tempfile.TemporaryDirectory() as store:
        os.environ[ocr_cache.OCR_CACHE_ENV] = store
        ocr_cache.forget()
        read_pdf(args.pdf)  # fills the store
        ocr_cache.forget()  # as in a new process: only the disk store is left
        rerun = timed(lambda: read_pdf(args.pdf))
    pages = len(pdfium.PdfDocument(args.pdf))
    best_bare = [min(x[i] for x in bare) for i in (0, 1)]
    best_reader = [min(x[i] for x in reader) for i in (0, 1)]
    print(f"{args.pdf.name}: {pages} pages")
    print(f"bare RapidOCR, serial, {OCR_DPI} dpi: wall {best_bare[0]:.1f} s, CPU {best_bare[1]:.1f} s")
    print(f"reader, whole parse:           wall {best_reader[0]:.1f} s ({best_reader[0] / best_bare[0]:.2f}×), "
          f"CPU {best_reader[1]:.1f} s ({best_reader[1] / best_bare[1]:.2f}×)")
    print(f"reader, rerun from OCR store:  wall {rerun[0]:.2f} s ({rerun[0] / best_bare[0]:.3f}×)")
    n, mean, worst = judging_ms(sorted(SAMPLES.rglob("*.pdf")))
    print(f"text-layer judgement: {n} text pages, mean {mean:.3f} ms, worst {worst:.3f} ms")


if __name__ == "__main__":
    main()
