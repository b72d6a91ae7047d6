"""How long `mouarchive reextract` takes, and how much memory it holds, on a synthetic archive.

Writes COUNT synthetic articles (`generate.py`), adds them with `mouarchive add`, then runs
`mouarchive reextract` RUNS times on copies of that archive, each as its own process (as a
user runs it), and prints wall time and peak memory of each. Give `--python` another
checkout's interpreter (or `--cwd` another checkout) to compare versions on one archive.

    python benchmarks/reextract_bench.py OUT_DIR --count 3000 [--runs 2]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--python", default=sys.executable, help="Interpreter to run.")
    parser.add_argument("--cwd", type=Path, help="Run from this checkout (python -m).")
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
    for run in range(1, args.runs + 1):
        copy = args.out / "run.db"
        shutil.copy(built, copy)
        seconds, peak = _run([*mouarchive, "--db", str(copy), "reextract", "--quiet"], args.cwd)
        print(f"reextract {run}: {seconds:.1f} s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
