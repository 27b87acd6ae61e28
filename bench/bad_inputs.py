"""Costs of reading in a child process, and a long PDF's memory.

    .venv/bin/python bench/bad_inputs.py            # isolation overhead per plan, 300-page PDF peak RSS
    .venv/bin/python bench/bad_inputs.py --fuzz 2000  # and the reader fuzz tests with 2000 cases each

Overhead: the same file read in this process, in a warm reused child (what a
batch does), and in a fresh child per plan (what a pool avoids). Peak RSS of
the 300-page text PDF is the child's own high-water mark (``RUSAGE_CHILDREN``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from pipeline.isolation import Limits, ReaderPool  # noqa: E402
from pipeline.readers import read  # noqa: E402

SAMPLES = ROOT / "sample_submissions"
FILES = {
    "docx": SAMPLES / "余杭区" / "浙江省脑机接口创新联合体实施方案.docx",
    "pdf": SAMPLES / "余杭区" / "浙江省精准基因检测创新联合体实施方案.pdf",
}
LONG_PAGES = 300
RSS_BUDGET_MB = 600
FONT = "STSong-Light"  # a CID font reportlab ships: real Chinese text in the text layer, no font file needed


def long_pdf(path: Path, pages: int = LONG_PAGES) -> Path:
    """A text PDF of ``pages`` pages: a heading and 40 lines of Chinese prose on each."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    page = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        page.setFont(FONT, 16)
        page.drawString(72, 770, f"（{n}）第{n}部分 研发任务与进度安排")
        page.setFont(FONT, 11)
        for line in range(40):
            page.drawString(72, 740 - line * 16, f"联合体围绕关键核心技术开展第{n}项攻关任务，第{line + 1}行说明任务分工、经费与考核指标。")
        page.showPage()
    page.save()
    return path


def timed_ms(action: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls, after one warm-up call."""
    action()
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def fresh_child_read(path: Path, limits: Limits) -> None:
    pool = ReaderPool()
    try:
        pool.read(path, limits)
    finally:
        pool.close()


def measure_long_pdf(limits: Limits) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = long_pdf(Path(tmp) / "long.pdf")
        pool = ReaderPool()
        began = time.perf_counter()
        document = pool.read(path, limits)
        seconds = time.perf_counter() - began
        pool.close()
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    verdict = "在预算内" if peak_mb < RSS_BUDGET_MB else "超出预算"
    print(f"{LONG_PAGES} 页文字 PDF：{len(document.blocks)} 个块，读取 {seconds:.1f} s，"
          f"子进程峰值 RSS {peak_mb:.0f} MB（预算 {RSS_BUDGET_MB} MB，{verdict}）")


def measure_overhead(limits: Limits, repeat: int) -> None:
    warm = ReaderPool()
    for kind, path in FILES.items():
        direct = timed_ms(lambda p=path: read(p), repeat)
        pooled = timed_ms(lambda p=path: warm.read(p, limits), repeat)
        fresh = timed_ms(lambda p=path: fresh_child_read(p, limits), max(3, repeat // 4))
        print(f"{kind:4} 本进程 {direct:7.1f} ms | 复用子进程 {pooled:7.1f} ms（开销 {pooled - direct:+.1f} ms）"
              f" | 每份新开子进程 {fresh:7.1f} ms（开销 {fresh - direct:+.1f} ms）")
    warm.close()


def run_fuzz(cases: int) -> int:
    env = {**os.environ, "FUZZ_EXAMPLES": str(cases)}
    return subprocess.call([sys.executable, "-m", "pytest", "-q", "tests/test_fuzz_readers.py"], cwd=ROOT, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="reads per measurement")
    parser.add_argument("--fuzz", type=int, default=0, help="also run the reader fuzz tests with this many cases each")
    args = parser.parse_args()
    limits = Limits.from_env()
    measure_long_pdf(limits)  # first: RUSAGE_CHILDREN keeps the largest child seen so far
    measure_overhead(limits, args.repeat)
    return run_fuzz(args.fuzz) if args.fuzz else 0


if __name__ == "__main__":
    sys.exit(main())
