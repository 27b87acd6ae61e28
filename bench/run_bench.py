"""Benchmark of ``consortium-review run``: cold and cached runs, orchestration overhead, and bare extraction.

    .venv/bin/python bench/run_bench.py [--plans 200] [--cached-only] [--work work/bench]

Builds a batch by replicating the text plans of ``sample_submissions/`` (each
copy made different: a .docx gets a changed first paragraph and an extra one,
a .pdf a different title in its metadata), so no two files share a cache key.
Scanned PDFs are left out: OCR time would swamp what this measures.

Run it in a quiet tree (or a copy of it): the result cache's key includes a
digest of the library's source, so an edit between the runs makes the
"cached" rerun review everything again (it reports how many it reviewed).

Orchestration overhead is measured by wall time, in the same run: the flow on
one worker thread against the plain sequential ``flows.planner.review_folder`` over the same
files, each in a fresh process, both timed inside the process (Prefect's
start-up excluded); the difference per plan is the flow's own cost.

Targets (reported, not asserted): a cached rerun of 1,000 unchanged plans
within 10 s beyond Prefect's start-up; orchestration overhead ≤ 15 ms per
plan; the full review of a text plan ≤ 2x its bare text extraction.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psutil
from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.samples import REPO, bare_extraction, text_samples

RSS_POLL_SECONDS = 0.1
POPULATED = ".populated"  # marks an output folder whose cache was filled by ``populate_cache``


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
    seconds = {}
    for path in files:
        began = time.perf_counter()
        bare_extraction(path)
        seconds[path.as_posix()] = time.perf_counter() - began
    return seconds


def process_kind(process: psutil.Process, main: psutil.Process) -> str:
    """Which part of the run a process is, for the per-kind peaks: the command, a reader, Prefect's server, other."""
    if process.pid == main.pid:
        return "main"
    command = " ".join(process.cmdline())
    if "pipeline.isolation" in command:
        return "reader"
    if "prefect" in command or "uvicorn" in command:
        return "prefect-server"
    return "other"


def _tree_rss(process: psutil.Process) -> dict[str, int]:
    """Resident bytes of the process and its descendants, summed per kind (a kind's several processes together)."""
    by_kind: dict[str, int] = {}
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            kind = process_kind(member, process)
            by_kind[kind] = by_kind.get(kind, 0) + member.memory_info().rss
    return by_kind


def timed_run(input_dir: Path, out_dir: Path) -> dict:
    """Run the real command; wall time, peak RSS of it and all its children, and each kind's own peak (MB)."""
    command = [sys.executable, "-m", "flows.cli", "run", str(input_dir), "--out", str(out_dir)]
    began = time.perf_counter()
    process = psutil.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    kind_peaks: dict[str, int] = {}

    def watch() -> None:
        nonlocal peak
        while process.poll() is None:
            with contextlib.suppress(psutil.Error):
                by_kind = _tree_rss(process)
                peak = max(peak, sum(by_kind.values()))
                for kind, rss in by_kind.items():
                    kind_peaks[kind] = max(kind_peaks.get(kind, 0), rss)
            time.sleep(RSS_POLL_SECONDS)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = process.wait()
    watcher.join()
    wall = time.perf_counter() - began
    record = json.loads((out_dir / "run.json").read_text("utf-8"))
    kinds_mb = {kind: rss / 2**20 for kind, rss in sorted(kind_peaks.items())}
    return {"exit": code, "wall": wall, "peak_rss_mb": peak / 2**20, "kind_peak_mb": kinds_mb, **record}


def kind_peaks_text(run: dict) -> str:
    """Each kind's own peak, e.g. ``main 464 MB, reader 256 MB`` (a kind's processes summed)."""
    return "，".join(f"{kind} {mb:.0f} MB" for kind, mb in run["kind_peak_mb"].items())


def _in_process_seconds(mode: str, input_dir: Path, out_dir: Path) -> float:
    """``bench/orchestration.py`` in a fresh process: the batch's own time, start-up excluded."""
    shutil.rmtree(out_dir, ignore_errors=True)
    command = [sys.executable, str(REPO / "bench" / "orchestration.py"), mode, str(input_dir), str(out_dir)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["seconds"]


def report_cold(cold: dict) -> None:
    plans, flow = cold["plans"], cold["flow_seconds"]
    print(f"冷启动全量审查（实际命令，{os.cpu_count()} 个线程）：{plans} 份，总耗时 {cold['wall']:.1f} s"
          f"（流程内 {flow:.1f} s，Prefect 启动等 {cold['wall'] - flow:.1f} s），"
          f"每份 {cold['wall'] / plans * 1000:.0f} ms（流程内每份 {flow / plans * 1000:.0f} ms），"
          f"批次输出 {cold['batch_seconds']:.1f} s，峰值内存（含子进程）{cold['peak_rss_mb']:.0f} MB")


def report_overhead(input_dir: Path, work: Path, plans: int) -> dict:
    """Flow on one worker thread vs the plain sequential ``review_folder``, same files, same run; returns the flow's run.json."""
    plain = _in_process_seconds("plain", input_dir, work / "out-plain")
    flow = _in_process_seconds("flow", input_dir, work / "out-flow1")
    print(f"编排开销（同一批文件、同一次运行，各在新进程中逐份处理，均不含 Prefect 启动）：流程单线程 {flow:.1f} s，"
          f"普通顺序 review_folder {plain:.1f} s，差 {(flow - plain) / plans * 1000:.1f} ms/份（目标 ≤ 15 ms）")
    return json.loads((work / "out-flow1" / "run.json").read_text("utf-8"))


def report_bare_ratio(one_thread: dict, files: list[Path], input_dir: Path) -> None:
    """Each plan's library time (read, extract, check, three reports) from the one-thread run, against bare text."""
    bare = bare_extraction_seconds(files)
    full = {str(input_dir / rel): s for rel, s in one_thread["plan_seconds"].items()}
    print(f"  纯文本抽取合计 {sum(bare[p] for p in full):.2f} s，完整审查（含写三份报告）合计 {sum(full.values()):.1f} s"
          "（目标：文本方案 ≤ 2 倍）")
    for suffix in (".docx", ".pdf"):
        picked = [p for p in full if p.endswith(suffix)]
        if picked:
            review_ms = sum(full[p] for p in picked) / len(picked) * 1000
            bare_ms = sum(bare[p] for p in picked) / len(picked) * 1000
            print(f"    {suffix}: 每份审查 {review_ms:.0f} ms，纯抽取 {bare_ms:.1f} ms，{review_ms / bare_ms:.0f} 倍")


def report_cached(cached: dict) -> None:
    print(f"未变更重跑：{cached['plans']} 份，重新审查 {len(cached['reprocessed'])} 份，"
          f"重写报告 {len(cached['outputs_rewritten'])} 份；总耗时 {cached['wall']:.1f} s"
          f"（流程内 {cached['flow_seconds']:.1f} s，即 Prefect 启动之外的时间，目标 ≤ 10 s；"
          f"其中批次输出 {cached['batch_seconds']:.1f} s），峰值内存 {cached['peak_rss_mb']:.0f} MB")


def _populate_one(job: tuple[str, str, str]) -> None:
    from flows.cache import ResultCache
    from flows.profile import profile_file
    from pipeline.filenames import source_name
    from pipeline.inventory import InputFile, file_digest
    from pipeline.rulepack import load_rulepack

    path, root, cache_dir = job
    pack = load_rulepack()
    rel, sha256 = source_name(Path(path), Path(root)), file_digest(Path(path))[1]
    entry = InputFile(rel=rel, path=Path(path), size=Path(path).stat().st_size, sha256=sha256, archive=None, error=None)
    cache = ResultCache(Path(cache_dir), pack)
    cache.put(cache.key(rel, sha256), profile_file(entry, pack))


def populate_cache(files: list[Path], input_dir: Path, out_dir: Path) -> float:
    """Fill the result cache with every file's profile, in a process pool, no flow; the first run writes the outputs."""
    shutil.rmtree(out_dir, ignore_errors=True)
    root, out = input_dir.resolve(), out_dir.resolve()
    jobs = [(str(p.resolve()), str(root), str(out / ".cache")) for p in files]
    began = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        list(pool.map(_populate_one, jobs, chunksize=8))
    (out / POPULATED).write_text("", "utf-8")
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--cached-only", action="store_true",
                        help="只计时未变更重跑；缓存由进程池直接调用库函数一次填好（不经流程）")
    parser.add_argument("--work", type=Path, default=REPO / "work" / "bench")
    args = parser.parse_args(argv)
    input_dir = args.work / f"plans-{args.plans}"
    out_dir = args.work / f"out-{args.plans}"
    files = build_batch(input_dir, args.plans)
    if args.cached_only:
        if not (out_dir / POPULATED).is_file() and not (out_dir / "run.json").is_file():
            seconds = populate_cache(files, input_dir, out_dir)
            print(f"建立缓存（进程池，{os.cpu_count()} 个进程，不计入下面的重跑）：{len(files)} 份，{seconds:.0f} s")
            timed_run(input_dir, out_dir)  # the first flow run over a fresh cache also starts Prefect's new database
    else:
        shutil.rmtree(out_dir, ignore_errors=True)
        report_cold(timed_run(input_dir, out_dir))
    report_cached(timed_run(input_dir, out_dir))
    if not args.cached_only:
        one_thread = report_overhead(input_dir, args.work, args.plans)
        report_bare_ratio(one_thread, files, input_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
