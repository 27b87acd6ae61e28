"""A long PDF read by the PDF reader: peak resident memory, wall time, and the cost of judging a text layer.

    .venv/bin/python bench/long_pdf.py [--pages 300] [--scans 10]

The input is built with pikepdf from the sample PDFs: text pages taken in
turn from every sample with a text layer, and a few scanned pages spread
among them (the point is memory over many pages, not OCR time). The read runs
in a reader worker process, as a review runs it, and the worker's peak
resident memory is the kernel's own count (``ru_maxrss``), so no short peak
between two polls is missed. Then the text-layer judgement is
timed on each text page of the same file.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pikepdf
import pypdfium2 as pdfium

from bench.samples import SAMPLES
from pipeline.isolation import Limits, end_idle_readers, read_isolated
from pipeline.readers.page_quality import judge_text_layer
from pipeline.readers.pdf_text import Line, PageInk, survey_ink, text_lines

JUDGE_REPEAT = 3
READ_TIMEOUT = 3600.0  # seconds: OCR on a loaded shared machine is slow, and the figure wanted is the memory


def _pages_by_kind() -> tuple[list[tuple[Path, int]], list[tuple[Path, int]]]:
    """Every readable sample page with text on it, as pages read from their text layer and pages read by OCR."""
    text, scanned = [], []
    for path in sorted(SAMPLES.rglob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:  # encrypted or corrupt samples
            continue
        for index in range(len(pdf)):
            page = pdf[index]
            lines, ink = text_lines(page, index + 1).lines, survey_ink(page)
            page.close()
            if judge_text_layer(lines, ink).usable:
                if lines:
                    text.append((path, index))
            else:
                scanned.append((path, index))
        pdf.close()
    return text, scanned


def build(target: Path, n_pages: int, n_scans: int) -> None:
    """``n_pages`` pages, ``n_scans`` of them scans set at even intervals, the rest text pages in turn."""
    text, scanned = _pages_by_kind()
    scan_at = {round((i + 0.5) * n_pages / n_scans) for i in range(n_scans)} if n_scans else set()
    sources: dict[Path, pikepdf.Pdf] = {}
    out = pikepdf.new()
    taken_text = taken_scan = 0
    for position in range(n_pages):
        if position in scan_at:
            path, index = scanned[taken_scan % len(scanned)]
            taken_scan += 1
        else:
            path, index = text[taken_text % len(text)]
            taken_text += 1
        if path not in sources:
            sources[path] = pikepdf.open(path)
        out.pages.append(sources[path].pages[index])
    out.save(target)
    for source in sources.values():
        source.close()


def read_in_child(path: Path) -> tuple[float, float]:
    """Wall seconds of reading ``path`` in a reader worker (its start included), and the worker's peak resident
    memory in MB: the kernel's count for this process's reaped children, and the worker is the only one."""
    began = time.perf_counter()
    read_isolated(path, Limits(timeout=READ_TIMEOUT))
    seconds = time.perf_counter() - began
    end_idle_readers()  # reaps the worker, so its peak is counted
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def judging_ms(paths: list[Path]) -> tuple[int, float, float]:
    """Text pages judged in ``paths``, with the mean and worst milliseconds the judgement took (each page's best
    of ``JUDGE_REPEAT``: on a shared machine one run may be descheduled for longer than the work takes)."""
    costs = []
    for path in paths:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            continue
        for index in range(len(pdf)):
            page = pdf[index]
            lines, ink = text_lines(page, index + 1).lines, survey_ink(page)
            page.close()
            if lines:
                costs.append(min(_judged_ms(lines, ink) for _ in range(JUDGE_REPEAT)))
        pdf.close()
    return len(costs), sum(costs) / max(len(costs), 1), max(costs, default=0.0)


def _judged_ms(lines: list[Line], ink: PageInk) -> float:
    began = time.perf_counter()
    judge_text_layer(lines, ink)
    return (time.perf_counter() - began) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--scans", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "long.pdf"
        build(target, args.pages, args.scans)
        seconds, peak_mb = read_in_child(target)
        n, mean, worst = judging_ms([target])
    print(f"{args.pages} pages ({args.scans} scanned): read in {seconds:.1f} s, peak RSS {peak_mb:.0f} MB")
    print(f"text-layer judgement: {n} text pages, mean {mean:.3f} ms, worst {worst:.3f} ms")


if __name__ == "__main__":
    main()
