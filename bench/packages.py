"""What packages cost: inventory + classification + grouping, against the plans' own review, in one run.

    .venv/bin/python bench/packages.py

Over the sample packages of ``sample_submissions/`` (folders and archives with their letters, 承诺书 and
licence scans), each stage is timed in this process: the inventory (hashing, unpacking archives), reading
and classifying every file that is not a plan, telling a plan's role from its read document, grouping,
and completing each plan's result with its package; against each plan's own read, extraction and checks.
Goal (reported, not asserted): the package work ≤ 20% of the plans' review time.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.samples import REPO

GOAL = 0.20


def main() -> int:
    from extractors.roles import classify
    from flows.package_review import package_result
    from flows.packages import assemble
    from flows.profile import profile_file
    from pipeline.inventory import take_inventory
    from pipeline.isolation import read_isolated
    from pipeline.plan_text import PlanText
    from pipeline.rulepack import load_rulepack

    pack = load_rulepack()
    samples = REPO / "sample_submissions"
    with tempfile.TemporaryDirectory() as scratch:
        began = time.perf_counter()
        inventory = take_inventory(samples, Path(scratch))
        inventory_s = time.perf_counter() - began
        in_packages = [e for e in inventory.readable() if len(e.rel.split("/")) > 2 and not e.rel.startswith("_bad/")]
        profiles, plan_review_s, plan_classify_s, other_s, scanned_other_s = [], 0.0, 0.0, 0.0, 0.0
        for entry in in_packages:
            began = time.perf_counter()
            profile = profile_file(entry, pack)
            took = time.perf_counter() - began
            profiles.append(profile)
            if profile["role"] != "plan":
                other_s += took
                scanned_other_s += took if profile.get("format") == "pdf-ocr" else 0.0
                continue
            doc = read_isolated(entry.path)  # again, to time the classification alone on the same document
            began = time.perf_counter()
            classify(PlanText(doc, pack))
            classified = time.perf_counter() - began
            plan_classify_s += classified
            plan_review_s += took - classified  # its read, extraction and checks
        began = time.perf_counter()
        assembly = assemble(profiles, {e.rel: e.archive for e in in_packages})
        for package in assembly.packages:
            package_result(package, pack)
        grouping_s = time.perf_counter() - began
    plans = len(assembly.packages)
    package_share = inventory_s * len(in_packages) / max(len(inventory.files), 1)
    work = package_share + plan_classify_s + other_s + grouping_s
    print(f"材料包 {plans} 个（方案 {plans} 份，其他文件 {len(in_packages) - plans} 个）")
    print(f"  清点（按文件数折算到材料包）{package_share * 1000:.0f} ms；方案的类别判断 {plan_classify_s * 1000:.0f} ms；"
          f"读取并判断其他文件 {other_s:.2f} s（其中扫描件 OCR {scanned_other_s:.2f} s）；归组与意向书核对 {grouping_s * 1000:.0f} ms")
    print(f"  方案自身的读取、抽取与检查 {plan_review_s:.2f} s")
    print(f"  材料包工作 / 方案审查 = {work / plan_review_s:.2f}（目标 ≤ {GOAL:.2f}）；"
          f"不计扫描件 OCR 时 {(work - scanned_other_s) / plan_review_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
