"""Benchmark of ``consortium-review run``: cold and cached runs, orchestration overhead, and bare extraction.

    .venv/bin/python bench/run_bench.py [--plans 200] [--cached-only] [--work work/bench]

Builds a batch by replicating the text plans of ``sample_submissions/`` (each
copy made different: a .docx gets a changed first paragraph and an extra one,
a .pdf a different title in its metadata), so no two files share a cache key.
Scanned PDFs are left out: OCR time would swamp what this measures.

Targets (reported, not asserted): a cached rerun of 1,000 unchanged plans
within 10 s beyond Prefect's start-up; orchestration overhead ≤ 15 ms per
plan; the full review of a text plan ≤ 2x its bare text extraction.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pypdfium2
from docx import Document

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_submissions"
RSS_POLL_SECONDS = 0.1


def _has_text_layer(pdf: Path) -> bool:
    """Whether a PDF opens without a password and has real text (bad inputs and scans are left out)."""
    try:
        doc = pypdfium2.PdfDocument(str(pdf))
    except pypdfium2.PdfiumError:
        return False
    try:
        return any(len(doc[i].get_textpage().get_text_range().strip()) > 50 for i in range(len(doc)))
    finally:
        doc.close()


def text_samples() -> list[Path]:
    """The sample plans with a text layer (.docx and text PDFs)."""
    found = [p for p in sorted(SAMPLES.rglob("*.docx")) if _opens_as_docx(p)]
    found += [p for p in sorted(SAMPLES.rglob("*.pdf")) if _has_text_layer(p)]
    return [p for p in found if "generator" not in p.parts]


def _opens_as_docx(path: Path) -> bool:
    try:
        Document(str(path))
    except Exception:  # encrypted, corrupt or renamed files among the bad-input samples
        return False
    return True


def _vary_docx(source: Path, target: Path, n: int) -> None:
    doc = Document(str(source))
    first = next((p for p in doc.paragraphs if p.text.strip()), None)
    if first is not None and first.runs:
        first.runs[-1].text += f"（第{n}稿）"
    doc.add_paragraph(f"本方案为第{n}次修订稿，修订内容见附件。")
    doc.save(str(target))


def _vary_pdf(source: Path, target: Path, n: int) -> None:
    import pikepdf

    with pikepdf.open(source) as pdf:
        with pdf.open_metadata() as meta:
            meta["dc:title"] = f"{source.stem}（第{n}稿）"
        pdf.save(target)


def build_batch(folder: Path, count: int) -> list[Path]:
    """``count`` distinct plans under district-like subfolders, made from the text samples in turn."""
    samples = text_samples()
    if folder.exists() and len(list(folder.rglob("*.*"))) == count:
        return sorted(folder.rglob("*.*"))
    shutil.rmtree(folder, ignore_errors=True)
    made = []
    for n in range(count):
        source = samples[n % len(samples)]
        target = folder / source.parent.name / f"{source.stem}-{n:04d}{source.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        (_vary_docx if source.suffix == ".docx" else _vary_pdf)(source, target, n)
        made.append(target)
    return made


def bare_extraction_seconds(files: list[Path]) -> dict[str, float]:
    """Plain text only: pypdfium2 page text for PDFs, python-docx paragraph text for .docx."""
    seconds = {}
    for path in files:
        began = time.perf_counter()
        if path.suffix == ".pdf":
            doc = pypdfium2.PdfDocument(str(path))
            "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
            doc.close()
        else:
            "\n".join(p.text for p in Document(str(path)).paragraphs)
        seconds[path.as_posix()] = time.perf_counter() - began
    return seconds


def timed_run(input_dir: Path, out_dir: Path) -> dict[str, float]:
    """Run the real command; wall time and peak RSS of it and all its children."""
    command = [sys.executable, "-m", "pipeline.cli", "run", str(input_dir), "--out", str(out_dir)]
    began = time.perf_counter()
    process = psutil.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0

    def watch() -> None:
        nonlocal peak
        while process.poll() is None:
            try:
                tree = [process, *process.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(RSS_POLL_SECONDS)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = process.wait()
    watcher.join()
    wall = time.perf_counter() - began
    record = json.loads((out_dir / "run.json").read_text("utf-8"))
    return {"exit": code, "wall": wall, "peak_rss_mb": peak / 2**20, **record}


def report_cold(cold: dict, files: list[Path], input_dir: Path) -> None:
    plans, flow = cold["plans"], cold["flow_seconds"]
    library = sum(cold["plan_seconds"].values())
    per_plan_overhead = (flow - cold["batch_seconds"] - library) / plans
    print(f"冷启动全量审查：{plans} 份，总耗时 {cold['wall']:.1f} s（其中流程 {flow:.1f} s，"
          f"Prefect 启动等 {cold['wall'] - flow:.1f} s），每份 {cold['wall'] / plans * 1000:.0f} ms")
    print(f"  各份库函数（读取、抽取、检查、写报告）耗时合计 {library:.1f} s，批次输出 {cold['batch_seconds']:.1f} s；"
          f"编排开销（流程 − 批次输出 − 库耗时合计）{per_plan_overhead * 1000:.1f} ms/份（目标 ≤ 15 ms；"
          "线程并行时可为负）")
    bare = bare_extraction_seconds(files)
    full = {str(input_dir / rel): s for rel, s in cold["plan_seconds"].items()}
    bare_total = sum(bare[p] for p in full)
    print(f"  纯文本抽取 {bare_total:.2f} s，完整审查 / 纯抽取 = {sum(full.values()) / bare_total:.1f} 倍（目标 ≤ 2 倍）")
    for suffix in (".docx", ".pdf"):
        picked = [p for p in full if p.endswith(suffix)]
        if picked:
            ratio = sum(full[p] for p in picked) / sum(bare[p] for p in picked)
            print(f"    {suffix}: 每份审查 {sum(full[p] for p in picked) / len(picked) * 1000:.0f} ms，"
                  f"纯抽取 {sum(bare[p] for p in picked) / len(picked) * 1000:.0f} ms，{ratio:.1f} 倍")
    print(f"  峰值内存（含子进程）{cold['peak_rss_mb']:.0f} MB")


def report_cached(cached: dict) -> None:
    print(f"未变更重跑：{cached['plans']} 份，重新审查 {len(cached['reprocessed'])} 份，总耗时 {cached['wall']:.1f} s"
          f"（流程 {cached['flow_seconds']:.1f} s，即 Prefect 启动之外的时间；目标 ≤ 10 s），"
          f"峰值内存 {cached['peak_rss_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--cached-only", action="store_true", help="只报告未变更重跑（首次会先完整审查一遍以建立缓存）")
    parser.add_argument("--work", type=Path, default=REPO / "work" / "bench")
    args = parser.parse_args(argv)
    input_dir = args.work / f"plans-{args.plans}"
    out_dir = args.work / f"out-{args.plans}"
    files = build_batch(input_dir, args.plans)
    if not args.cached_only or not (out_dir / "run.json").is_file():
        shutil.rmtree(out_dir, ignore_errors=True)
        cold = timed_run(input_dir, out_dir)
        if not args.cached_only:
            report_cold(cold, files, input_dir)
    report_cached(timed_run(input_dir, out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
