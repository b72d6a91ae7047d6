"""The writing process of `mouarchive add` alone: CPU to write and commit prepared files.

    python benchmarks/write_bench.py DIR [--count N] [--prepared FILE]

The first `--count` files of DIR are prepared (read, cleaned, extracted) in this process,
untimed, then written into a fresh archive as `add` writes them (a savepoint each, a commit
about once a second), and the CPU of that writing is printed. Whole runs of `add` share two
cores among the writer and two workers, so on a shared machine their wall time moves by a
quarter between identical runs; this isolates the writer's part (merge lookups, weighing
candidates, inserts, full-text rows, commits) in one process.

`--prepared FILE` keeps the prepared files in FILE (pickled) and reads them from there when it
exists, so two checkouts are compared on the same input without preparing it twice (run each
with its own `PYTHONPATH`). Not a test: figures go in benchmarks/RESULTS.md with the machine.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import tempfile
from pathlib import Path


def prepared_files(folder: Path, count: int, kept: Path | None) -> list:
    """(job, outcome) for the first `count` files, as the workers hand them to the writer."""
    if kept is not None and kept.exists():
        with kept.open("rb") as file:
            return pickle.load(file)
    from mouarchive import inputs, store
    from mouarchive.ingest import Summary, _jobs
    from mouarchive.preparing import prepare_job

    items = list(inputs.expand([str(folder)], inputs.SourceMeta()))[:count]
    with tempfile.TemporaryDirectory() as work:
        db = store.open_archive(Path(work) / "a.db")
        jobs = _jobs(db, iter(items), Summary(), lambda path: None)
        outcomes = [(job, prepare_job(job)) for job in jobs]
        db.conn.close()
    if kept is not None:
        with kept.open("wb") as file:
            pickle.dump(outcomes, file, protocol=pickle.HIGHEST_PROTOCOL)
    return outcomes


def write_all(outcomes: list) -> tuple[float, float]:
    """User and system CPU seconds to write `outcomes` into a fresh archive."""
    from mouarchive import ingest, store
    from mouarchive.preparing import Prepared

    with tempfile.TemporaryDirectory() as work:
        db = store.open_archive(Path(work) / "a.db")
        summary = ingest.Summary()
        before = resource.getrusage(resource.RUSAGE_SELF)
        store.checkpoint_less_often(db)
        batch = store.Batch(db, ingest.BATCH_SECONDS)
        for job, outcome in outcomes:
            if not isinstance(outcome, Prepared):
                continue  # a file that failed: `add` reports it and writes nothing
            ingest._write(batch, job, outcome, summary)
            if batch.due():
                batch.commit()
        batch.commit()
        store.checkpoint(db)
        after = resource.getrusage(resource.RUSAGE_SELF)
        db.conn.close()
    return after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=5000, help="files written")
    parser.add_argument("--prepared", type=Path, help="keep (or read) the prepared files here")
    args = parser.parse_args()
    outcomes = prepared_files(args.folder, args.count, args.prepared)
    user, system = write_all(outcomes)
    cpu = user + system
    print(
        f"{len(outcomes)} files written: CPU {cpu:.2f} s (user {user:.2f}, system {system:.2f}),"
        f" {1000 * cpu / len(outcomes):.2f} ms a file"
    )


if __name__ == "__main__":
    main()
