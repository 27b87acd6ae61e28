"""How fast a run stops: SIGTERM eight seconds into ``consortium-review run``, seconds until it has exited.

    .venv/bin/python bench/stop_on_signal.py [--plans 100] [--work work/stop]

The run starts in a session of its own over a cold batch (bench/soak_plans.py),
so it is busy when the signal comes — reading on a quiet machine, possibly still
starting on a loaded one; a second figure therefore waits until a file is being
read (a reader child is up) before the signal. Printed for each: the seconds from SIGTERM
to exit, the exit status (143 expected), how many processes of its session
are still alive afterwards (0 expected), and a ratio against a baseline from
the same run: the same command refusing a missing input folder, i.e. the cost
of starting and ending the command at all.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.samples import REPO
from bench.soak_plans import build

SIGNAL_AFTER_SECONDS = 8.0
EXIT_WAIT_SECONDS = 120


def _command(input_dir: Path, out_dir: Path) -> list[str]:
    return [sys.executable, "-m", "flows.cli", "run", str(input_dir), "--out", str(out_dir)]


def left_in_session(session: int) -> list[psutil.Process]:
    """Processes still alive in the run's session (zombies aside)."""
    alive = []
    for process in psutil.process_iter(["pid", "status"]):
        try:
            if os.getsid(process.pid) == session and process.info["status"] != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
    return alive


def _reading(run: subprocess.Popen) -> bool:
    try:
        return any("pipeline.isolation" in " ".join(c.cmdline()) for c in psutil.Process(run.pid).children(recursive=True))
    except psutil.Error:
        return False


def stop_seconds(input_dir: Path, out_dir: Path, once_reading: bool = False) -> tuple[float, int, int]:
    """SIGTERM ``SIGNAL_AFTER_SECONDS`` into a run (or once it reads a file): seconds to exit, exit status,
    processes of its session left."""
    shutil.rmtree(out_dir, ignore_errors=True)
    run = subprocess.Popen(_command(input_dir, out_dir), cwd=REPO, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(SIGNAL_AFTER_SECONDS)
    deadline = time.monotonic() + EXIT_WAIT_SECONDS
    while once_reading and not _reading(run) and time.monotonic() < deadline:
        time.sleep(0.1)
    sent = time.perf_counter()
    run.send_signal(signal.SIGTERM)
    status = run.wait(timeout=EXIT_WAIT_SECONDS)
    took = time.perf_counter() - sent
    left = left_in_session(run.pid)
    for process in left:  # leave the machine clean whatever the figure
        process.kill()
    return took, status, len(left)


def refusal_seconds(work: Path) -> float:
    """The same command started and ended at once: a missing input folder (exit 2, before Prefect starts)."""
    began = time.perf_counter()
    done = subprocess.run(_command(work / "no-such-folder", work / "out-refused"), cwd=REPO, capture_output=True)
    assert done.returncode == 2, done.stderr
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--work", type=Path, default=REPO / "work" / "stop")
    args = parser.parse_args(argv)
    plans = args.work / f"plans-{args.plans}"
    build(plans, args.plans)
    baseline = refusal_seconds(args.work)
    print(f"基线（同一命令因用法错误立即退出，即启动和退出本身）：{baseline:.2f} s")
    clean = True
    for when, once_reading in ((f"运行 {SIGNAL_AFTER_SECONDS:.0f} s 时", False), ("正在读取文件时", True)):
        took, status, left = stop_seconds(plans, args.work / "out", once_reading)
        print(f"{when}发送 SIGTERM：{took:.2f} s 后退出（退出码 {status}，应为 143），会话中遗留进程 {left} 个"
              f"（应为 0）；为基线的 {took / baseline:.2f} 倍")
        clean = clean and status == 128 + signal.SIGTERM and left == 0
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
