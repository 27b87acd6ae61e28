"""One run at a time per output folder: ``OUT_DIR/.lock`` held with ``flock`` for the run's life.

Two runs writing the same 汇总表 and batch.json would leave a mix of both.
``flock`` is released by the kernel when its holder dies, so a run killed
mid-batch never leaves a lock that blocks the next one. The lock file itself
stays (removing it would let a third run lock a file nobody else sees).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from pipeline.atomic import remove_stale_temporaries
from pipeline.wording import say, templates

LOCK_NAME = ".lock"
_REASONS = templates("run.output_folder.reason")  # by errno name (EACCES …); others show the system's own words
_held: set[Path] = set()  # output folders this process already holds: a nested claim (CLI, then flow) is a no-op


class OutputUnavailable(Exception):
    """The output folder cannot be used for this run; ``str()`` is a Chinese message a clerk can act on."""


@contextlib.contextmanager
def claim_output(out_dir: Path) -> Iterator[None]:
    """Create ``out_dir`` if needed and hold its lock until the block ends; OutputUnavailable if that cannot be."""
    key = out_dir.resolve()
    if key in _held:
        yield
        return
    fd = _lock(out_dir)
    _held.add(key)
    try:
        remove_stale_temporaries(out_dir)  # no other run writes here now: any temporary is a killed run's
        yield
    finally:
        _held.discard(key)
        os.close(fd)  # closing the descriptor releases the flock


def _lock(out_dir: Path) -> int:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        reason = _REASONS.get(errno.errorcode.get(exc.errno or 0, ""), exc.strerror)
        raise OutputUnavailable(say("run.output_folder.unwritable", out_dir=out_dir, reason=reason)) from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or say("run.output_folder.unknown_holder")
        os.close(fd)
        raise OutputUnavailable(say("run.output_folder.busy", holder=holder, out_dir=out_dir)) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd
