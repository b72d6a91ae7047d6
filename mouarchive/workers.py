"""CPU work over jobs in a process pool, in order, with memory held flat.

Used by `add` and `reextract`: jobs go to the workers a handful at a time and a few
handfuls per worker are in flight, a file still worked on after `SLOW_SECONDS` is named
(and again each `SLOW_SECONDS` its articles read so far grow),
Ctrl-C reaches only the main process, and a broken pool (a worker killed, memory
exhausted) leaves the rest to be done in this process.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, MutableSequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from mouarchive import headway
from mouarchive.preparing import Job

# A file that takes longer than this is named while it is worked on, so a slow one never
# looks like a hung run.
SLOW_SECONDS = 5.0
# Bytes of files handed to workers and not yet written: with files up to `files.MAX_BYTES`,
# a count of jobs alone would not keep memory flat.
IN_FLIGHT_BYTES = 64 * 1024 * 1024
# Jobs handed to a worker at once. Each hand-off (a call pickled and piped there, its result
# piped back, the pool's threads woken in this process) costs about 0.15 ms of CPU, as much
# as a short file's cleaning; a handful of jobs share it. Large files go on their own.
# Sixteen rather than four: about 0.3 ms less CPU a file in the writing process (4,000 and
# 10,000 synthetic files, alternating runs on two cores under load 3-4, in most pairs); the
# few extra files in flight cost nothing, and even a run of 50 files
# (`cli.adding.PARALLEL_FROM`) gives each of two workers two handfuls.
HANDFUL = 16
HANDFUL_BYTES = 256 * 1024

# In a worker: for each handful in flight, which of its jobs is being worked on and that
# job's articles read so far, in one number (`_JOB_SHIFT`; set by `_worker_setup`), so
# that a slow file is named, not just its handful, with how far it has got.
_progress: MutableSequence[int] | None = None
# A slot holds the job's index above these bits and its articles read below them: one
# write begins a job with its count at zero, so the main process, reading the slot once,
# never names a job with another's count (review 59a, 7). -1: the handful not begun.
_JOB_SHIFT = 32
_NOT_BEGUN = -1

T = TypeVar("T")


def run_jobs(
    work: Callable[[Job], T],
    jobs: Iterator[Job],
    workers: int,
    on_slow: Callable[[str, int], None] = lambda path, read: None,
    hold: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext,
) -> Iterator[tuple[Job, T]]:
    """`work` over `jobs`, in order; in a process pool when `workers` > 0.

    At most a few jobs per worker (and `IN_FLIGHT_BYTES`) are in flight, so memory stays
    flat however many files a folder holds. If the pool breaks (a worker killed, memory
    exhausted), the rest is done here, in this process: a slower run, never a lost one.
    `on_slow` hears of a file still worked on, and its articles read so far.
    """
    pending: deque[tuple[list[Job], int, Future]] = deque()
    if workers > 0:
        # forkserver, not fork: SQLite forbids carrying an open connection into a child.
        # Starting the pool and handing it work (which starts its workers) are held from
        # Ctrl-C: interrupted half-way, a worker would start after the pool was stopped.
        context = multiprocessing.get_context("forkserver")
        # The fork server imports the work's code (the whole pipeline) once, and each worker
        # forked from it starts with it loaded, instead of importing it again itself.
        context.set_forkserver_preload(["__main__", work.__module__])
        most = workers * 3  # handfuls in flight
        progress = context.Array("q", most + 1, lock=False)
        with hold(), _children_deaf_to_ctrl_c():
            pool = ProcessPoolExecutor(
                workers,
                mp_context=context,
                initializer=_worker_setup,
                initargs=(os.getpid(), progress),
            )
        try:
            in_flight = 0
            for number, handful in enumerate(_handfuls(jobs)):
                slot = number % len(progress)
                progress[slot] = _NOT_BEGUN
                with hold(), _children_deaf_to_ctrl_c():
                    pending.append((handful, slot, pool.submit(_work, work, handful, slot)))
                in_flight += sum(len(job.data) for job in handful)
                while len(pending) >= most or (pending and in_flight > IN_FLIGHT_BYTES):
                    handful, slot, future = pending[0]
                    outcomes = _results(handful, future, progress, slot, on_slow)
                    pending.popleft()
                    in_flight -= sum(len(job.data) for job in handful)
                    yield from zip(handful, outcomes, strict=True)
            while pending:
                handful, slot, future = pending[0]
                outcomes = _results(handful, future, progress, slot, on_slow)
                pending.popleft()
                yield from zip(handful, outcomes, strict=True)
            pool.shutdown()
            _end_fork_server()
            return
        except BrokenProcessPool:
            _stop(pool)
            _end_fork_server()
        except BaseException:
            _stop(pool)
            _end_fork_server()
            raise
    with Watch() as watch:
        for job in itertools.chain((job for handful, *_ in pending for job in handful), jobs):
            headway.count_in(watch.begin(functools.partial(on_slow, job.shown)))
            try:
                outcome = work(job)
            finally:
                watch.end()
            yield job, outcome


class Watch:
    """Has the file worked on in this process said once it has taken `SLOW_SECONDS`: its
    articles read (`run_jobs`), or written to the archive (`ingest`), so far.

    One thread for the whole run looks every fifth of that: a timer for each file (a thread
    started and stopped each time) cost about 0.2 ms of CPU a file, more than a short
    file's cleaning takes.
    """

    def __init__(self) -> None:
        # What says the file's line, when it was begun, and where its articles are counted.
        self.current: tuple[Callable[[int], None], float, list[int]] | None = None
        self.stopped = threading.Event()

    def __enter__(self) -> Watch:
        threading.Thread(target=self._watch, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()

    def begin(self, say: Callable[[int], None]) -> list[int]:
        """Watch a file from now; `say` gets its articles so far when a line is due, counted
        in the list returned."""
        counts = [0]
        self.current = (say, time.monotonic(), counts)
        return counts

    def end(self) -> None:
        self.current = None

    def _watch(self) -> None:
        """A file is named once it has taken `SLOW_SECONDS`, then again each `SLOW_SECONDS`
        its articles so far have grown: a file of thousands of articles says how far it has
        got (newcomer 58, 16), and a file stuck on one says it once. Before its first article
        (a large file still being split) it says so each time (review 59a, 5)."""
        named: _Named = (None, -1, 0.0)
        while not self.stopped.wait(SLOW_SECONDS / 5):
            current = self.current
            if current is None:
                continue
            now, done = time.monotonic(), current[2][0]
            if _line_due(named, current, done, now):
                named = (current, done, now)
                current[0](done)


# The file a watch named last, its articles then, and when.
_Named = tuple[object, int, float]


def _line_due(
    named: _Named, current: tuple[object, float, list[int]], done: int, now: float
) -> bool:
    """Whether the file worked on (`current`: begun when, `done` articles so far) is worth a
    line `now`: once it has taken `SLOW_SECONDS`, and after its line, when as long again has
    passed and it has got further or has no article yet."""
    if named[0] is not current:
        return now - current[1] >= SLOW_SECONDS
    return now - named[2] >= SLOW_SECONDS and (done > named[1] or not done)


@contextlib.contextmanager
def _children_deaf_to_ctrl_c() -> Iterator[None]:
    """Block SIGINT in this thread meanwhile: processes started now (the fork server, its
    resource tracker, workers) inherit the blocked signal, so a Ctrl-C that lands while
    such a helper is still starting its interpreter cannot make it print a traceback.
    This process still gets the Ctrl-C, through its other threads or once unblocked."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End a pool now: its queued work is dropped and its workers ended, where a plain
    shutdown would wait for every file already handed to them.

    The pool's bookkeeping thread is waited for (briefly) too: left running, it would be
    woken at interpreter exit through a pipe it has closed, and print a traceback.

    A worker ended while it was sending its results (a handful's results are larger than
    a pipe holds, so it often is) leaves half a message in the results pipe, and the
    bookkeeping thread, reading it, would wait for the rest forever: this process holds
    the pipe's other end too, so the read never sees its end. Python joins that thread at
    exit without a time limit, so the run hung after printing its last line (a full disk,
    Ctrl-C: 4 runs of 8 of a stop while workers sent large results). Once the workers
    are ended, that end is closed here: the read ends once they are gone, and the thread
    with it.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    results = getattr(pool, "_result_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError):
            process.terminate()
    for process in processes:
        process.join(timeout=1)
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()
    if manager is not None:
        manager.join(timeout=1)


def _end_fork_server() -> None:
    """Stop the fork server, and wait for it, once the pool is done with it.

    The workers are the fork server's children, not this process's: it reaps them, and
    their CPU time counts as its own. Left to end by itself after this process exits, as
    Python leaves it, nobody waits for it, and the workers' CPU time is missing from what
    the system reports for the command (`time`, `/usr/bin/time -v`, a benchmark's figures):
    a run of 10,000 files that kept both cores busy for 48 s was reported as 26 s of CPU,
    which read as half the run spent idle. Waited for, the command's CPU time is all of it.
    The next pool in this process starts a new one.
    """
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        with contextlib.suppress(OSError):
            stop()


def _handfuls(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    handful: list[Job] = []
    size = 0
    for job in jobs:
        handful.append(job)
        size += len(job.data)
        if len(handful) == HANDFUL or size >= HANDFUL_BYTES:
            yield handful
            handful, size = [], 0
    if handful:
        yield handful


def _work(work: Callable[[Job], T], handful: list[Job], slot: int) -> list[T]:
    """In a worker: `work` over a handful of jobs, each noted in `_progress` as it begins,
    its articles counted there from zero."""
    outcomes = []
    for index, job in enumerate(handful):
        if _progress is not None:
            headway.count_in(_progress, slot, start=index << _JOB_SHIFT)
        outcomes.append(work(job))
    return outcomes


def _results(
    handful: list[Job],
    future: Future,
    progress: MutableSequence[int],
    slot: int,
    on_slow: Callable[[str, int], None],
) -> list[T]:
    """A handful's outcomes; each `SLOW_SECONDS` waited, the file then worked on is named
    with its articles read so far (`progress[slot]`), once more each time those have grown."""
    named = (-1, -1)
    while True:
        try:
            return future.result(timeout=SLOW_SECONDS)
        except TimeoutError:
            now = _job_and_read(progress[slot])
            if _named_again(named, now):
                named = now
                on_slow(handful[now[0]].shown, now[1])


def _job_and_read(value: int) -> tuple[int, int]:
    """A slot read once: the job worked on (-1 before the handful is begun), its articles read."""
    if value < 0:
        return -1, 0
    return value >> _JOB_SHIFT, value & ((1 << _JOB_SHIFT) - 1)


def _named_again(named: tuple[int, int], now: tuple[int, int]) -> bool:
    """Whether the job worked on and its articles read (`now`) are worth a line after `named`:
    a job begun since, the same one further on, or one with no article read yet (a large
    file still being split, said each time: review 59a, 5)."""
    return now[0] >= 0 and (now > named or not now[1])


def _worker_setup(parent: int, progress: MutableSequence[int] | None = None) -> None:
    """In a worker: leave Ctrl-C to the `add` that started it, and end when that is gone.

    Ctrl-C on a terminal reaches every process of the command; the workers would each print
    a KeyboardInterrupt traceback, so only the main process handles it (and ends them).
    A `kill -9` of `add` gives its workers no signal, and they would otherwise wait for
    work forever, holding the pipes of whoever started `add`. Gone means dead, or a
    zombie its own parent has not reaped (a signal-0 probe still succeeds on a zombie),
    or no longer our ancestor: when `add` dies, the forkserver that forked us sees its
    pipe close and exits, and we are handed to another parent. The check is cheap (once a
    second) and runs in a daemon thread, so it never holds up the work itself.
    """
    global _progress
    _progress = progress
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ancestor = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1)
            if os.getppid() != ancestor or _gone(parent):
                os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            # "pid (name) state …": the name may hold spaces or parentheses.
            return stat.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False
