"""How long `mouarchive reextract` takes, and how much memory it holds, on a synthetic archive.

Writes COUNT synthetic articles (`generate.py`), adds them with `mouarchive add`, then runs
`mouarchive reextract` RUNS times on copies of that archive, each as its own process (as a
user runs it), and prints wall time and peak memory of each. Give `--python` another
checkout's interpreter (or `--cwd` another checkout) to compare versions on one archive.
`--corrections N` also times it on a copy carrying N of the owner's corrections (dates,
items, parties, outlets, rejections, and a merge for every twentieth), which `reextract`
re-binds and applies again.

    python benchmarks/reextract_bench.py OUT_DIR --count 3000 [--runs 2] [--corrections 300]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate


def _run(command: list[str], cwd: Path | None) -> tuple[float, float]:
    """Wall seconds, and the peak memory (MB) of the command's own process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode})")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def _correct(path: Path, count: int) -> None:
    """Make `count` corrections of the kinds an owner makes, spread over the archive."""
    from mouarchive import curate, regroup, store
    from mouarchive.curate import AgreementEdits
    from mouarchive.models import PartialDate

    db = store.open_archive(path)
    ids = [row[0] for row in db.execute("SELECT id FROM agreements ORDER BY id")]
    articles = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    made = 0
    for step in range(count):
        ident, kind = ids[step % len(ids)], step % 20
        try:
            if kind == 19:
                regroup.merge(db, [ident, ids[(step + 1) % len(ids)]], "bench")
            elif kind % 5 == 4:
                curate.fix_article(db, articles[step % len(articles)], {"outlet": "벤치일보"}, None)
            elif kind == 3:
                curate.reject(db, ident, "bench")
            elif kind % 5 == 3:
                curate.fix_agreement(db, ident, AgreementEdits(add_parties=["한빛재단"]), None)
            elif kind % 5 == 2:
                curate.fix_agreement(db, ident, AgreementEdits(add_clauses=[f"항목 {step}"]), None)
            else:
                edits = AgreementEdits(date=PartialDate(2020, 1 + step % 12, 1 + step % 28))
                curate.fix_agreement(db, ident, edits, "bench")
        except curate.CurationError:  # merged away or already rejected by an earlier step
            continue
        made += 1
    db.conn.close()
    print(f"corrections: {made} made on {path.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--python", default=sys.executable, help="Interpreter to run.")
    parser.add_argument("--cwd", type=Path, help="Run from this checkout (python -m).")
    parser.add_argument("--corrections", type=int, default=0, help="Also time with N made.")
    args = parser.parse_args()
    corpus, built = args.out / "corpus", args.out / "built.db"
    mouarchive = [args.python, "-m", "mouarchive"]
    if not built.exists():
        for name, text in generate(args.count, args.seed):
            path = corpus / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        adding = [*mouarchive, "--db", str(built), "add", "--quiet", str(corpus)]
        seconds, _ = _run(adding, args.cwd)
        print(f"add: {args.count} articles in {seconds:.1f} s")
    archives = [("", built)]
    if args.corrections:
        corrected = args.out / f"corrected-{args.corrections}.db"
        if not corrected.exists():
            shutil.copy(built, corrected)
            _correct(corrected, args.corrections)
        archives.append((f" with {args.corrections} corrections", corrected))
    for label, source in archives:
        for run in range(1, args.runs + 1):
            copy = args.out / "run.db"
            shutil.copy(source, copy)
            command = [*mouarchive, "--db", str(copy), "reextract", "--quiet"]
            seconds, peak = _run(command, args.cwd)
            print(f"reextract{label} {run}: {seconds:.1f} s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
