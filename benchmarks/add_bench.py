"""`mouarchive add` against its goal of 500 articles a second, and where each file's time goes.

    python benchmarks/add_bench.py DIR [--runs N] [--stages N]

DIR is a folder of articles, such as the synthetic corpus `benchmarks/generate.py` writes.
Two measurements:

- whole runs: `mouarchive add --quiet DIR` into a fresh archive, `--runs` times, as a user
  runs it (worker processes included). Printed: wall time, articles a second, and the CPU
  time of the whole process tree (the command and its workers) per file, which is what two
  cores share; the machine's load average before and after, as other work slows a run.
- stages: the first `--stages` files added in this one process, without workers, with the
  CPU milliseconds per file of each stage: reading (decoding), the text pipeline (cleaning,
  splitting), extraction, the article hash, writing each file and committing batches.
  Whatever is left over is reading the files, hashing them and looking them up.

Not a test: machines differ, so figures go in benchmarks/RESULTS.md with the machine they
came from.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TARGET = 500  # articles a second, end to end (issue 10, item 14)
_TICK = os.sysconf("SC_CLK_TCK")


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Note the CPU seconds of `root` and its descendants so far (/proc, Linux)."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / _TICK
    inside = {root}
    grown = True
    while grown:
        grown = False
        for pid, parent in parents.items():
            if parent in inside and pid not in inside:
                inside.add(pid)
                grown = True
    for pid in inside & cpu.keys():
        seen[pid] = max(seen.get(pid, 0.0), cpu[pid])


def whole_run(folder: Path, files: int) -> str:
    """One `mouarchive add` into a fresh archive, its CPU polled every tenth of a second."""
    with tempfile.TemporaryDirectory() as work:
        load = os.getloadavg()[0]
        started = time.perf_counter()
        command = [sys.executable, "-m", "mouarchive", "--db", f"{work}/a.db", "add", "--quiet"]
        process = subprocess.Popen([*command, str(folder)], stdout=subprocess.DEVNULL)
        seen: dict[int, float] = {}
        while process.poll() is None:
            _tree_cpu(process.pid, seen)
            time.sleep(0.1)
        wall = time.perf_counter() - started
    cpu = sum(seen.values())
    return (
        f"{files} files in {wall:.1f} s: {files / wall:.0f} articles/s"
        f" (target {TARGET}: {'met' if files / wall >= TARGET else 'missed'});"
        f" CPU {1000 * cpu / files:.2f} ms a file for the process tree,"
        f" {1000 * seen.get(process.pid, 0.0) / files:.2f} in the writing process;"
        f" load average {load:.1f} -> {os.getloadavg()[0]:.1f}"
    )


def stages(folder: Path, count: int) -> str:
    """The first `count` files added in this process, CPU time per stage."""
    from mouarchive import ingest, inputs, preparing, store

    spent: Counter[str] = Counter()

    def timed(owner: object, name: str, stage: str) -> None:
        function: Callable = getattr(owner, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - started

        setattr(owner, name, wrapper)

    timed(preparing.readers, "read", "reading (decoding)")
    timed(preparing, "parse_articles", "text pipeline")
    timed(preparing, "extract_agreements", "extraction")
    timed(preparing, "article_hash", "article hash")
    timed(ingest, "_write", "writing each file")
    timed(store.Batch, "commit", "committing batches")
    items = list(inputs.expand([str(folder)], inputs.SourceMeta()))[:count]
    with tempfile.TemporaryDirectory() as work:
        db = store.open_archive(Path(work) / "a.db")
        started = time.process_time()
        summary = ingest.add_inputs(db, iter(items), workers=0)
        total = time.process_time() - started
        db.conn.close()
    n = max(summary.stored, 1)
    lines = [f"{stage:20s} {1000 * seconds / n:6.2f} ms a file" for stage, seconds in spent.items()]
    rest = total - sum(spent.values())
    lines.append(f"{'the rest':20s} {1000 * rest / n:6.2f} ms a file")
    lines.append(f"{'all, one process':20s} {1000 * total / n:6.2f} ms a file ({n} files)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=1, help="whole runs (0: none)")
    parser.add_argument("--stages", type=int, default=2000, help="files timed by stage (0: none)")
    args = parser.parse_args()
    files = sum(1 for path in args.folder.rglob("*") if path.is_file())
    for _ in range(args.runs):
        print(whole_run(args.folder, files), flush=True)
    if args.stages:
        print(stages(args.folder, args.stages))


if __name__ == "__main__":
    main()
