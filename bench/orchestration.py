"""One batch, timed inside the process, either plainly or through the flow on a single worker thread.

    .venv/bin/python bench/orchestration.py plain|flow INPUT_DIR OUT_DIR

Prints ``{"seconds": …}``. Comparing the two on the same files, one plan at a
time each, gives the flow's own cost per plan (hashing, the result cache, task
runs, Prefect's bookkeeping); Prefect's start-up is outside both timings.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def plain(input_dir: Path, out_dir: Path) -> float:
    from flows.planner import review_folder
    from pipeline.rulepack import load_rulepack

    pack = load_rulepack()
    began = time.perf_counter()
    review_folder(input_dir, out_dir, pack)
    return time.perf_counter() - began


def flow(input_dir: Path, out_dir: Path) -> float:
    from flows.settings import use_lean_settings

    use_lean_settings(out_dir)
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.review import batch_record, review_batch

    one_thread = review_batch.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    return batch_record(one_thread(str(input_dir), str(out_dir), return_state=True))["flow_seconds"]


def main(argv: list[str]) -> int:
    mode, input_dir, out_dir = argv
    seconds = {"plain": plain, "flow": flow}[mode](Path(input_dir), Path(out_dir))
    print(json.dumps({"seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
