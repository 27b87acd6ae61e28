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

LOCK_NAME = ".lock"
_REASONS = {
    errno.ENOTDIR: "路径中有一级是文件而不是文件夹",
    errno.EEXIST: "同名文件已存在，不是文件夹",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "所在磁盘为只读",
    errno.ENOSPC: "磁盘空间已满",
}
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
        raise OutputUnavailable(
            f"无法写入输出文件夹 {out_dir}（{_REASONS.get(exc.errno, exc.strerror)}）。请换一个有写入权限的文件夹，或请管理员开放该文件夹的写入权限。"
        ) from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "未知"
        os.close(fd)
        raise OutputUnavailable(
            f"另一个审查任务（进程号 {holder}）正在写入输出文件夹 {out_dir}。请等它结束后再运行，或换一个输出文件夹。"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd
