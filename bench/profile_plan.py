"""Per-plan review time, warm, against bare text extraction of the same files; optionally a profile.

    .venv/bin/python bench/profile_plan.py [--plans 10] [--repeat 3] [--profile]

Each text sample is reviewed once to warm the process (models, templates,
imports), then ``review_plan`` + ``write_plan_outputs`` are timed ``--repeat``
times per file and the best is kept, so the figure is the per-plan cost a
long batch pays, not the start-up. The review is split into its stages (the
read in the reader process, extraction with checks, writing the three
reports) so the ratio to bare extraction can be traced to where it comes from.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.samples import SAMPLES, bare_extraction, text_samples
from flows.plan_review import review_plan, write_plan_outputs
from pipeline.isolation import read_isolated
from pipeline.orgnames import short_forms_defined_in
from pipeline.rulepack import load_rulepack
from pipeline.sentences import sentence_spans
from pipeline.terms import compact

PROFILE_LINES = 60


STAGES = ("读取", "抽取与检查", "写三份报告")


def forget_texts() -> None:
    """Empty the per-text caches, so a repeated review pays what a batch pays for a plan it has not seen."""
    compact.cache_clear()
    sentence_spans.cache_clear()
    short_forms_defined_in.cache_clear()


def review_seconds(files: list[Path], out: Path, repeat: int) -> dict[Path, dict[str, float]]:
    """Per file, the best of ``repeat`` timings of the read, of the review (read included) and of the writing.

    Each is its own best, so noise in one stage cannot make another look negative; extraction with checks
    is the best review less the best read.
    """
    pack = load_rulepack()
    for path in files:  # warm-up
        write_plan_outputs(review_plan(path, SAMPLES, pack), out / path.stem, pack=pack)
    best: dict[Path, dict[str, float]] = {}
    for path in files:
        read, reviewed, written = [], [], []
        for _ in range(repeat):
            began = time.perf_counter()
            read_isolated(path)
            read.append(time.perf_counter() - began)
            forget_texts()
            began = time.perf_counter()
            result = review_plan(path, SAMPLES, pack)
            reviewed.append(time.perf_counter() - began)
            began = time.perf_counter()
            write_plan_outputs(result, out / path.stem, pack=pack)
            written.append(time.perf_counter() - began)
        best[path] = {
            "全部": min(reviewed) + min(written),
            STAGES[0]: min(read),
            STAGES[1]: min(reviewed) - min(read),
            STAGES[2]: min(written),
        }
    return best


def bare_seconds(files: list[Path], repeat: int) -> dict[Path, float]:
    best = {}
    for path in files:
        times = []
        for _ in range(repeat):
            began = time.perf_counter()
            bare_extraction(path)
            times.append(time.perf_counter() - began)
        best[path] = min(times)
    return best


def _mean_ms(full: dict[Path, dict[str, float]], picked: list[Path], stage: str) -> float:
    return sum(full[p][stage] for p in picked) / len(picked) * 1000


def report(full: dict[Path, dict[str, float]], bare: dict[Path, float]) -> None:
    for suffix in (".docx", ".pdf"):
        picked = [p for p in full if p.suffix == suffix]
        if not picked:
            continue
        review_ms = _mean_ms(full, picked, "全部")
        bare_ms = sum(bare[p] for p in picked) / len(picked) * 1000
        stages = "，".join(f"{stage} {_mean_ms(full, picked, stage):.1f}" for stage in STAGES)
        judged_ms = _mean_ms(full, picked, STAGES[0]) + _mean_ms(full, picked, STAGES[1])
        print(f"{suffix}: {len(picked)} 份，每份审查 {review_ms:.0f} ms（{stages}），纯抽取 {bare_ms:.1f} ms；"
              f"读取加抽取与检查为纯抽取的 {judged_ms / bare_ms:.1f} 倍（目标 ≤ 3 倍，写报告另计）")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="打印 cProfile 按累计耗时排序的前若干项")
    args = parser.parse_args(argv)
    samples = text_samples()
    docx = [p for p in samples if p.suffix == ".docx"]
    pdf = [p for p in samples if p.suffix == ".pdf"]
    half = args.plans // 2
    files = docx[: args.plans - min(half, len(pdf))] + pdf[:half]
    with tempfile.TemporaryDirectory() as tmp:
        if args.profile:
            review_seconds(files, Path(tmp), 1)  # warm, so the profile shows the per-plan cost only
            with cProfile.Profile() as profiler:
                review_seconds(files, Path(tmp), args.repeat)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(PROFILE_LINES)
            return 0
        full = review_seconds(files, Path(tmp), args.repeat)
    report(full, bare_seconds(files, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
