"""CPU time extraction takes per article: reading, cleaning, splitting and extracting one file
in this process, without workers, the archive or its writes.

    python benchmarks/extract_cost.py DIR [DIR ...] [--repeat N]

`add` spends most of its time here, so this is the figure to compare before and after a
change to the pipeline: run it with each version installed (or on PYTHONPATH) over the same
folders. It prints, per folder, the articles read and the CPU milliseconds per file (mean,
median, 95th percentile, maximum). Not a test: machines differ, so figures go in
benchmarks/RESULTS.md with the machine they came from.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

try:  # the pipeline moved out of ingest.py; time whichever this version has
    from mouarchive.inputs import SourceMeta
    from mouarchive.preparing import prepare
except ImportError:  # pragma: no cover - older versions
    from mouarchive.ingest import SourceMeta, prepare  # type: ignore[no-redef]


def cost(folder: Path, repeat: int) -> tuple[int, list[float]]:
    """Articles found and the CPU milliseconds each file took, the best of `repeat` passes.

    Each pass reads the whole folder before the next begins, so a file meets the caches as
    `add` leaves them, not still warm from itself a moment before.
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    datas = [path.read_bytes() for path in files]
    best = [float("inf")] * len(datas)
    articles = 0
    for _ in range(repeat):
        articles = 0
        for k, data in enumerate(datas):
            start = time.process_time()
            try:
                prepared = prepare(data, SourceMeta())
            except Exception:  # a file this version cannot read costs nothing to count
                prepared = None
            best[k] = min(best[k], time.process_time() - start)
            articles += len(prepared.articles) if prepared is not None else 0
    return articles, [seconds * 1000 for seconds in best]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="passes; each file's best counts")
    args = parser.parse_args()
    for folder in args.folders:
        articles, times = cost(folder, args.repeat)
        if not times:
            print(f"{folder}: no files")
            continue
        ranked = sorted(times)
        print(
            f"{folder}: {len(times)} files, {articles} articles; CPU ms per file: "
            f"mean {statistics.fmean(times):.1f}, median {statistics.median(times):.1f}, "
            f"p95 {ranked[int(len(ranked) * 0.95)]:.1f}, max {ranked[-1]:.1f}; "
            f"total {sum(times) / 1000:.2f} s"
        )


if __name__ == "__main__":
    main()
