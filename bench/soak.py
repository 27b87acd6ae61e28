"""The nightly soak: a thousand plans reviewed cold, then the unchanged folder again from the cache.

    .venv/bin/python bench/soak.py [--plans 1000] [--rss-plans 200] [--work work/soak]

Plans are made from the sample .docx plans (bench/soak_plans.py), each a
distinct consortium. Every figure is the real command's (``consortium-review
run``) and is printed with a ratio against a baseline measured in the same run:

- cached rerun, time beyond start-up (the flow's own time, run.json
  ``flow_seconds``): goal ≤ 2 s for 1,000 plans. Baseline: the least any rerun
  must do — hash every input and read its cached profile — timed here in
  this process.
- peak RSS of the process tree (psutil, sampled every 0.1 s) over a cold run
  of ``--rss-plans`` plans: goal ≤ 600 MB for 200. Baseline: the same over a
  cold run of one plan (Python, Prefect, its temporary server, a reader).

The machine is shared: run it at full size once, develop with ``--plans 50``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run_bench import kind_peaks_text, timed_run
from bench.samples import REPO
from bench.soak_plans import build

CACHED_GOAL_SECONDS = 2.0
RSS_GOAL_MB = 600


def floor_seconds(input_dir: Path, out_dir: Path) -> float:
    """Hash every input and read its cached profile, nothing else: the least a rerun of this folder can cost."""
    from flows.cache import ResultCache
    from flows.planner import CACHE_NAME
    from pipeline.filenames import source_name
    from pipeline.inventory import file_digest
    from pipeline.rulepack import load_rulepack

    cache = ResultCache(out_dir.resolve() / CACHE_NAME, load_rulepack())
    root = input_dir.resolve()
    began = time.perf_counter()
    found = 0
    for path in sorted(root.rglob("*.docx")):
        profile = cache.get(cache.key(source_name(path, root), file_digest(path)[1]))
        found += profile is not None
    seconds = time.perf_counter() - began
    assert found, "the cache is empty: run the cold review first"
    return seconds


def subset(source: Path, target: Path, count: int) -> Path:
    """The first ``count`` plans of a batch, hard-linked into their own folder (same bytes, no copies)."""
    shutil.rmtree(target, ignore_errors=True)
    for path in sorted(source.rglob("*.docx"))[:count]:
        linked = target / path.relative_to(source)
        linked.parent.mkdir(parents=True, exist_ok=True)
        os.link(path, linked)
    return target


def cold_peak_mb(input_dir: Path, out_dir: Path) -> dict:
    shutil.rmtree(out_dir, ignore_errors=True)
    return timed_run(input_dir, out_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--rss-plans", type=int, default=200)
    parser.add_argument("--work", type=Path, default=REPO / "work" / "soak")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    plans = args.work / f"plans-{args.plans}"
    build(plans, args.plans)
    print(f"生成 {args.plans} 份互不相同的方案：{time.perf_counter() - began:.0f} s")

    out = args.work / f"out-{args.plans}"
    cold = cold_peak_mb(plans, out)
    print(f"冷启动：{cold['plans']} 份，总耗时 {cold['wall']:.1f} s（流程内 {cold['flow_seconds']:.1f} s），"
          f"峰值内存 {cold['peak_rss_mb']:.0f} MB，退出码 {cold['exit']}")
    cached = timed_run(plans, out)
    floor = floor_seconds(plans, out)
    print(f"未变更重跑：{cached['plans']} 份，重新读取 {len(cached['reprocessed'])} 份，总耗时 {cached['wall']:.1f} s，"
          f"启动之外 {cached['flow_seconds']:.2f} s（目标 ≤ {CACHED_GOAL_SECONDS:.0f} s；其中批次输出 "
          f"{cached['batch_seconds']:.2f} s）；基线（逐个文件求哈希并读缓存）{floor:.2f} s，"
          f"{cached['flow_seconds'] / floor:.1f} 倍")

    # Folders of their own: with --rss-plans equal to --plans, "plans-N" would be the batch itself, emptied to be refilled.
    one = cold_peak_mb(subset(plans, args.work / "rss-plans-1", 1), args.work / "rss-out-1")
    some = cold_peak_mb(subset(plans, args.work / f"rss-plans-{args.rss_plans}", args.rss_plans),
                        args.work / f"rss-out-{args.rss_plans}")
    print(f"峰值内存（含子进程）：冷启动 {args.rss_plans} 份 {some['peak_rss_mb']:.0f} MB（目标 ≤ {RSS_GOAL_MB} MB）；"
          f"基线（冷启动 1 份）{one['peak_rss_mb']:.0f} MB，{some['peak_rss_mb'] / one['peak_rss_mb']:.2f} 倍")
    print(f"  各类进程各自的峰值：冷启动 {args.rss_plans} 份 {kind_peaks_text(some)}；冷启动 1 份 {kind_peaks_text(one)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
