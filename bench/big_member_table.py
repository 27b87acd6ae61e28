"""One plan whose member table has thousands of rows: time, peak memory and the size of what it writes.

    .venv/bin/python bench/big_member_table.py [--rows 3000] [--keep DIR]

Builds the plan with python-docx (the five-part outline of tests/review_samples.py, a member table of
``--rows`` rows), reviews a folder holding just it with ``flows.planner.review_folder`` in this process
and prints the wall time, the peak resident memory of this process and its reader children (psutil,
sampled), and the sizes of report.html, result.json and report.docx.
Goals (reported, not asserted): ≤ 60 s and ≤ 1.5 GB peak for 3,000 rows; report.html ≤ 5 MB.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.outputs import plan_folder
from flows.planner import review_folder
from pipeline.rulepack import load_rulepack
from tests.review_samples import PlanText, many_members, write_plan

RSS_POLL_SECONDS = 0.05
PLAN = "余杭区/大型联合体实施方案.docx"
LEAD = "杭州余杭智算科技有限公司"
GOAL_SECONDS, GOAL_RSS_MB, GOAL_HTML_MB = 60, 1536, 5


class PeakRss:
    """The largest resident memory of this process and all its children seen while it runs."""

    def __init__(self) -> None:
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        me = psutil.Process()
        while not self._done.is_set():
            try:
                tree = [me, *me.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(RSS_POLL_SECONDS)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._done.set()
        self._thread.join()


def write_big_plan(input_dir: Path, rows: int) -> Path:
    members = many_members(LEAD, rows)
    plan = PlanText(name="浙江省大型智能计算创新联合体", lead=LEAD, district_line="推荐单位：余杭区科技局", members=members)
    return write_plan(input_dir / PLAN, plan)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="在此文件夹中建立输入和输出并保留（默认用临时文件夹）")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="big-members-") as scratch:
        work = args.keep or Path(scratch)
        plan = write_big_plan(work / "in", args.rows)
        print(f"方案：{args.rows} 行成员表，{plan.stat().st_size / 1024:.0f} KB")
        with PeakRss() as rss:
            began = time.perf_counter()
            status = review_folder(work / "in", work / "out", load_rulepack())
            seconds = time.perf_counter() - began
        folder = work / "out" / plan_folder(PLAN)
        sizes = {name: (folder / name).stat().st_size / 2**20 for name in ("report.html", "result.json", "report.docx")}
        members = len(json.loads((folder / "result.json").read_text("utf-8"))["extracted"]["members"])
        print(f"review_folder：退出码 {status}，耗时 {seconds:.1f} s（目标 ≤ {GOAL_SECONDS} s），"
              f"峰值内存（含子进程）{rss.peak / 2**20:.0f} MB（目标 ≤ {GOAL_RSS_MB} MB）")
        print(f"输出大小：report.html {sizes['report.html']:.2f} MB（目标 ≤ {GOAL_HTML_MB} MB），"
              f"result.json {sizes['result.json']:.2f} MB，report.docx {sizes['report.docx']:.2f} MB；"
              f"result.json 中成员单位 {members} 家")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
