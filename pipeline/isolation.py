"""Read a submission in a child process, so a file that hangs a parser or floods memory costs one plan, not the batch.

The parsers (pdfium, pdfminer, lxml, the OCR runtime) are fed files from
outside; a pathological one can loop for hours or allocate without bound, and
neither can be stopped from inside the same process. So each read runs in a
child interpreter with an address-space limit (``RLIMIT_AS``), while the parent
waits with a wall-clock limit and kills the child when it passes.

Children are kept and reused across plans: starting an interpreter and
importing the readers costs about a second, a read in a warm child costs a
pipe round trip. Each child retires after ``READS_PER_CHILD`` reads, though:
the parsers' C heaps keep what they allocated, so a child that has read 100
plans holds about 130 MB where a fresh one holds 40–50 MB. The protocol is
length-prefixed pickles over the child's stdin/stdout (the child's own prints go to stderr). ``subprocess`` rather than
``multiprocessing`` so the read also works inside daemonic worker processes
(Dask), which may not start multiprocessing children.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import resource
import select
import signal
import subprocess
import sys
import threading
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import psutil

from pipeline.document import Document
from pipeline.errors import ReadError
from pipeline.wording import say

log = logging.getLogger(__name__)

TIMEOUT_ENV = "CONSORTIUM_READ_TIMEOUT"
MEMORY_ENV = "CONSORTIUM_READ_MEMORY_MB"
DEFAULT_TIMEOUT_SECONDS = 300.0  # a 60-page scan OCRs in about 5 s a page on a busy two-core machine
# Address space, not resident memory: the OCR runtime alone reserves about 2 GB of it while using under 1 GB.
DEFAULT_MEMORY_MB = 3072
STARTUP_SECONDS = 120.0  # importing the PDF and OCR stack in a fresh interpreter on a loaded machine
PARENT_WATCH_SECONDS = 1.0
# A child grows about 2 MB a read (from 50 MB after its first) and is replaced after this many; a fresh one costs
# about half a second of CPU, so 200 plans pay some 5 s of CPU for a child of ~85 MB at most instead of ~120 MB.
READS_PER_CHILD = 20
NEAR_LIMIT = 0.95  # a read that failed with this share of the address-space limit mapped ran out of memory
# glibc raises its mmap threshold each time a large block is freed, so after the first scanned page the OCR
# detector's activations (about half a GB at 200 dpi) come from the heap and stay there, fragmented: a reader
# peaked at 750 MB after one scanned page and 1.1 GB after ten. A fixed threshold maps every block over 128 KB
# apart and unmaps it when freed (one page then peaked at 580 MB, and the reader went back to 175 MB after it).
_MALLOC_ENV = {"MALLOC_MMAP_THRESHOLD_": str(128 * 1024)}
_HEADER_BYTES = 8
_PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Limits:
    """How long one read may take (seconds of wall time) and how much address space its child may map."""

    timeout: float = DEFAULT_TIMEOUT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            _positive(TIMEOUT_ENV, float, DEFAULT_TIMEOUT_SECONDS), _positive(MEMORY_ENV, int, DEFAULT_MEMORY_MB)
        )


def _positive(name: str, kind: type[float] | type[int], default: float) -> Any:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if value <= 0:
        log.warning(say("reading.bad_setting", name=name, value=repr(raw), default=default))
        return default
    return value


class _ChildGone(Exception):
    """The child closed its end of the pipe: it exited or was killed."""


class _TimedOut(Exception):
    pass


def _send(stream: IO[bytes], message: Any) -> None:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(body).to_bytes(_HEADER_BYTES, "big") + body)
    stream.flush()


def _receive(fd: int, deadline: float) -> Any:
    size = int.from_bytes(_read_exact(fd, _HEADER_BYTES, deadline), "big")
    return pickle.loads(_read_exact(fd, size, deadline))  # our own child's reply, never the file's bytes


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    chunks = []
    while size:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise _TimedOut
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise _ChildGone
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class _Worker:
    """One child interpreter that reads files on request until its stdin closes."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        env = {
            **os.environ,
            **_MALLOC_ENV,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(_PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline.isolation", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._stdout_fd = self.process.stdout.fileno()
        self._ready = False
        self.reads = 0

    def alive(self) -> bool:
        return self.process.poll() is None

    def ask(self, path: Path, glance: bool, timeout: float) -> Any:
        if not self._ready:
            self._wait_ready()
        self.reads += 1
        try:
            _send(self.process.stdin, (str(path), glance))
        except (BrokenPipeError, OSError) as exc:
            raise _ChildGone from exc
        return _receive(self._stdout_fd, time.monotonic() + timeout)

    def _wait_ready(self) -> None:
        """Wait for the child's imports; a child that cannot start is the tool's fault, not the file's."""
        try:
            _receive(self._stdout_fd, time.monotonic() + STARTUP_SECONDS)
        except (_TimedOut, _ChildGone) as exc:
            self.stop()
            raise RuntimeError(say("reading.no_start")) from exc
        self._ready = True

    def kill(self) -> None:
        """Kill the child (it may be stuck in C code that ignores anything gentler) and the LibreOffice it runs."""
        if self.alive():
            _end_conversions_below(self.process.pid)
            self.process.kill()

    def stop(self) -> None:
        """Kill the child and reap it."""
        self.kill()
        self.process.wait()
        self.process.stdin.close()
        self.process.stdout.close()

    def death(self) -> str:
        """Why the child died, for the log and the clerk's detail."""
        code = self.process.wait()
        return say("reading.signal", name=signal.Signals(-code).name) if code < 0 else say("reading.exit_code", code=code)


class ReadsStopped(Exception):
    """The run is stopping: a read in flight was cut short, which says nothing about the file."""


class ReaderPool:
    """Warm child readers, reused across plans; a child that timed out, ran out of memory or died is replaced,
    and so is one that has done its ``READS_PER_CHILD`` reads."""

    def __init__(self) -> None:
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._stopping = False
        self._lock = threading.Lock()

    def read(self, path: Path, limits: Limits, glance: bool = False) -> Document:
        """The file's Document, or a ReadError: the reader's own, ``timeout``, or ``too_large`` for memory;
        ``ReadsStopped`` when the run is being stopped."""
        worker = self._take(limits.memory_mb)
        try:
            reply = worker.ask(path, glance, limits.timeout)
        except _TimedOut:
            self._drop(worker)
            raise ReadError("timeout", say("reading.timed_out", seconds=limits.timeout)) from None
        except _ChildGone:
            self._drop(worker)
            if self._stopping:
                raise ReadsStopped from None
            why = worker.death()
            log.warning(say("reading.child_died", path=path, why=why))
            raise ReadError("too_large", say("reading.parser_died", why=why, limit=limits.memory_mb)) from None
        except BaseException:
            self._drop(worker)
            raise
        if reply[0] == "exhausted":
            self._drop(worker)  # its heap may be in pieces: the next read gets a fresh child
            raise ReadError("too_large", reply[1])
        self._give_back(worker)
        return _unpack(reply)

    def _drop(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
        worker.stop()

    def _take(self, memory_mb: int) -> _Worker:
        with self._lock:
            if self._stopping:
                raise ReadsStopped
            while self._idle:
                worker = self._idle.pop()
                if worker.alive() and worker.memory_mb == memory_mb:
                    self._busy.add(worker)
                    return worker
                worker.stop()
            worker = _Worker(memory_mb)
            self._busy.add(worker)
            return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if worker.alive() and not self._stopping and worker.reads < READS_PER_CHILD:
                self._busy.discard(worker)
                self._idle.append(worker)
                return
        self._drop(worker)

    def stop_all(self) -> None:
        """Kill every child, busy or idle, and refuse new reads: the reads in flight end at once with
        ``ReadsStopped`` (safe to call from a signal handler: it only signals the children and their LibreOffice)."""
        self._stopping = True
        for worker in [*self._busy, *self._idle]:
            worker.kill()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


def _unpack(reply: tuple) -> Document:
    kind, payload = reply
    if kind == "ok":
        return payload
    if kind == "error":
        raise ReadError(*payload)
    raise RuntimeError(say("reading.internal", payload=payload))


_POOL = ReaderPool()
atexit.register(_POOL.close)


def read_isolated(path: Path, limits: Limits | None = None, glance: bool = False) -> Document:
    """``pipeline.readers.read`` in a child process, bounded by ``limits`` (default: from the environment);
    ``glance`` reads only as much of a scan as telling what the document is needs."""
    return _POOL.read(Path(path), limits or Limits.from_env(), glance)


def end_idle_readers() -> None:
    """Stop the reader processes waiting for work; the next read starts a fresh one, which sees the
    environment (PATH, limits) as it is then."""
    _POOL.close()


def stop_reading() -> None:
    """End every read in flight and refuse new ones: the run is being stopped."""
    _POOL.stop_all()


def _end_conversions_below(pid: int) -> None:
    """SIGKILL every process below ``pid`` and the process groups they lead: a LibreOffice conversion runs in a
    group of its own, and its soffice.bin would convert on for minutes once the reader that started it is gone."""
    try:
        below = psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return
    groups = set()
    for process in below:
        with suppress(psutil.Error, ProcessLookupError):
            groups.add(os.getpgid(process.pid))
            process.kill()
    for group in groups - {os.getpgid(0)}:
        with suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)


def _watch_parent() -> None:
    """Exit when the parent is gone (killed mid-batch), instead of parsing on as an orphan, and end the
    LibreOffice conversion in flight with it."""
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(PARENT_WATCH_SECONDS)
    _end_conversions_below(os.getpid())
    os._exit(1)


def _out_of_memory(exc: BaseException, limit: int) -> bool:
    """Whether a failed read ran out of memory: a MemoryError, even one a reader reported as ``corrupt``,
    or any failure once the process had mapped nearly all it may (C libraries fail allocations in their own ways).
    """
    if isinstance(exc, MemoryError) or isinstance(exc.__cause__, MemoryError):
        return True
    return _peak_address_space() >= limit * NEAR_LIMIT


def _peak_address_space() -> int:
    """The most address space this process has mapped (``VmPeak``), in bytes; 0 where /proc is absent."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    kb = next((line.split()[1] for line in status.splitlines() if line.startswith("VmPeak:")), "0")
    return int(kb) * 1024


def _serve(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a library's print must not corrupt the replies
    threading.Thread(target=_watch_parent, daemon=True).start()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # a damaged PDF's every bad operator; the outcome is reported
    from pipeline.readers import read

    _send(replies, ("ready",))
    requests = sys.stdin.buffer
    while header := requests.read(_HEADER_BYTES):
        name, glance = pickle.loads(requests.read(int.from_bytes(header, "big")))
        path = Path(name)
        try:
            _send(replies, ("ok", read(path, glance=glance)))
        except (ReadError, MemoryError) as exc:
            if _out_of_memory(exc, limit):
                _send(replies, ("exhausted", say("reading.out_of_memory", limit=memory_mb)))
            else:
                _send(replies, ("error", (exc.code, exc.detail)))
        except OSError as exc:  # moved, deleted or locked while the batch ran
            _send(replies, ("error", ("corrupt", say("errors.detail.cannot_open", reason=exc.strerror))))
        except Exception as exc:  # a bug of the tool: the parent reports it as an internal error
            _send(replies, ("bug", f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
