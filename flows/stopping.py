"""Stopping a run cleanly, and cleaning up after one that was killed.

SIGTERM (a service manager, ``kill``) and SIGINT (Ctrl-C) end a run within
seconds: every child process (reader workers, LibreOffice, OCR, Prefect's
temporary server) is ended, the previous complete outputs stay in place (a
run swaps its outputs in only when it has finished), and one Chinese line says
what happened. The exit status is the shell's convention, 128 + the signal.

A run killed with SIGKILL cannot clean up: its reader workers notice their
parent is gone and exit (ending their LibreOffice), but Prefect's temporary
server would live on — and it may be starting, not yet known to the run. So a
run marks the environment everything it starts inherits, and the next run ends
the processes whose marked run is gone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from types import FrameType

import psutil

from pipeline.isolation import stop_reading
from pipeline.wording import say

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
GRACE_SECONDS = 2.0  # what a child gets to exit on SIGTERM before it is killed
RUN_MARK = "CONSORTIUM_REVIEW_RUN"  # in the environment of all a run starts: "<pid>:<start time>" of the run


class RunStopped(BaseException):
    """A stop signal arrived; raised in the main thread so every ``finally`` on the way out runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def stop_at_once_while_starting() -> None:
    """Until ``catch_stop_signals`` takes over, SIGTERM and SIGINT end the command at once, with its one line and
    128 + the signal: on a busy machine the imports and Prefect's start-up take seconds, and nothing has been
    read or written yet."""

    def stop(signum: int, frame: FrameType | None) -> None:
        exit_stopped(RunStopped(signum))

    stop.stops_at_once = True  # type: ignore[attr-defined]
    for signum in STOP_SIGNALS:
        signal.signal(signum, stop)


def catch_stop_signals() -> None:
    """From now on SIGTERM and SIGINT first end every read in flight (a worker thread waiting on a child's OCR
    would otherwise hold the run for minutes), then do what the handler in place did: Prefect's raises its
    ``TerminationSignal`` while a flow runs, Python's raises KeyboardInterrupt; else ``RunStopped`` is raised."""
    for signum in STOP_SIGNALS:
        previous = signal.getsignal(signum)
        if getattr(previous, "stops_reads", False):
            continue
        if getattr(previous, "stops_at_once", False):
            previous = None  # the start-up's handler: from here on a stop unwinds through the run's cleanup

        def stop(signum: int, frame: FrameType | None, previous: object = previous) -> None:
            logging.disable(logging.CRITICAL)  # Prefect's "Crash detected!" would precede the run's own one line
            stop_reading()
            if callable(previous):
                previous(signum, frame)
            raise RunStopped(signum)

        stop.stops_reads = True  # type: ignore[attr-defined]
        signal.signal(signum, stop)


def stopped_by_signal(exc: BaseException) -> bool:
    """Whether an exception is a stop signal: ours, Ctrl-C, or Prefect's ``TerminationSignal`` (SIGTERM arriving
    while a flow runs, when Prefect's own handler is the one installed)."""
    if isinstance(exc, RunStopped | KeyboardInterrupt):
        return True
    prefect_exceptions = sys.modules.get("prefect.exceptions")
    return prefect_exceptions is not None and isinstance(exc, prefect_exceptions.TerminationSignal)


def signal_of(stop: BaseException) -> int:
    """The signal behind a stop: ours, Prefect's ``TerminationSignal`` (SIGTERM inside a flow), or Ctrl-C."""
    return getattr(stop, "signum", None) or getattr(stop, "signal", None) or signal.SIGINT


def end_children() -> int:
    """End every descendant of this process: SIGTERM, a short grace, then SIGKILL; returns how many there were."""
    children = psutil.Process().children(recursive=True)
    for child in children:
        try:
            child.terminate()
        except psutil.NoSuchProcess:
            continue
    _, alive = psutil.wait_procs(children, timeout=GRACE_SECONDS)
    for child in alive:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            continue
    psutil.wait_procs(alive, timeout=GRACE_SECONDS)
    return len(children)


def exit_stopped(stop: BaseException, done: int = 0, total: int = 0) -> None:
    """End the children, say in one line what was finished, and leave at once with 128 + the signal."""
    signum = signal_of(stop)
    for ignored in STOP_SIGNALS:  # a second Ctrl-C must not interrupt the cleanup
        signal.signal(ignored, signal.SIG_IGN)
    end_children()
    finished = say("run.stopped_progress", total=total, done=done) if total else ""
    name = "Ctrl+C" if signum == signal.SIGINT else signal.Signals(signum).name
    print(say("run.stopped", signal=name, finished=finished), file=sys.stderr)
    sys.stderr.flush()
    sys.stdout.flush()
    os._exit(128 + signum)  # Prefect's exit hooks would wait on the server we have already ended


def mark_run() -> None:
    """Mark this run in the environment its children inherit (Prefect's temporary server among them, from the
    moment it is spawned), so a later run can tell what this one left behind should it be killed."""
    os.environ[RUN_MARK] = _mark(psutil.Process())


def end_leftovers() -> int:
    """End the processes that killed runs left behind (those of runs still going are left alone); how many."""
    me, alive, ended = psutil.Process(), {}, 0
    for process in psutil.process_iter():
        try:
            mark = process.environ().get(RUN_MARK) if process.pid != me.pid else None
        except psutil.Error:
            continue  # gone, or another user's
        if not mark or mark == os.environ.get(RUN_MARK):
            continue
        if mark not in alive:
            alive[mark] = _run_alive(mark)
        if alive[mark]:
            continue
        with contextlib.suppress(psutil.Error):
            log.warning(say("run.log.leftover", pid=process.pid, name=process.name()))
            process.kill()
            ended += 1
    return ended


def _mark(process: psutil.Process) -> str:
    return f"{process.pid}:{process.create_time()}"


def _run_alive(mark: str) -> bool:
    """Whether the run with this mark is still going (the same process: pid and start time)."""
    try:
        return _mark(psutil.Process(int(mark.split(":")[0]))) == mark
    except (psutil.Error, ValueError):
        return False
