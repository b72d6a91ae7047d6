"""How long hostile text takes: 10 KB, 100 KB and 1 MB of each pathological kind.

A file of one endless line, of quotes only, or of Hangul with no space at all must cost time in
proportion to its size: a stage that rescans the text (or backtracks over it) from every
position turns 1 MB into hours, and since `add` writes files in order, one such file stalls a
whole folder. Each text repeats a small unit up to the size (numbered in some kinds, so that
names differ, and followed in others by the signing that closes a list); units carry signing
words where the kind allows, so that extraction does its full work instead of stopping at
"no agreement here". Each measurement runs in its own process with a time limit.

    python benchmarks/pathological.py [--sizes 10k,100k,1m] [--kinds a,b] [--timeout 300] [--add]
                                      [--check]

Prints, per kind and size, CPU seconds for the text pipeline (decode → normalize → clean →
split), for extraction, and with --add for `mouarchive add` of the file into a new archive
(its process and workers, start-up included); the limit is on wall time. With --check it
exits 1, naming the kind, when a kind's cost per byte (with --add, the cost of `add`) grows
with the size: the property that
time stays in proportion to length, checked by hand rather than as a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS: dict[str, str] = {
    # Hangul with no space or stop, a signing every 14 letters
    "no-spaces": "가나다라마바사협약체결아자차카",
    # a line of Hangul with 협약 every few letters
    "hangul-협약": "가나협약다라마협약을",
    # quote marks only, a signing between
    "quotes": "\"'‘’“”「」『』협약체결",
    # opening quote marks never closed, after a signing: each would open a quotation
    "opening-quotes": "한빛시와 누리대학교는 협약을 체결했다“““““““““““““““““““",
    # apostrophes between Hangul on one line, as some newsroom systems print a middle dot
    "apostrophes": "대구'광주'협약'체결'",
    # one long line without an apostrophe, then a line with them
    "late-apostrophe": "광주시와 한빛대학교는 협약을 체결하고 |\n대구'광주'대전 협약 체결",
    # list markers only, a signing between
    "markers": "▲△①②•-·▶협약체결",
    # one sentence of words that never ends
    "endless-sentence": "광주시와 한빛대학교는 협약을 체결하고 ",
    # words with particles and titles, no stop
    "particles": "가나와 다라는 이서연 시장과 협약을 체결하고 ",
    # names joined by · without end
    "dotted-names": "한빛대학교·남도테크·협약체결·",
    # brackets that never close
    "parentheses": "((가나)협약체결(이하 ",
    # capitalised Latin words
    "latin": "Nexa Robotics Abc ",
    # short lines, each a list item
    "lines": "▲협약 체결\n",
    # dates and numbers glued to words
    "digits": "2024.1.2협약12일체결",
    # one run of digits, then what it counts and a signing
    "digit-run": "1|개 기업과 500억원 규모의 투자협약을 체결했다. 일자리 300명을 만든다.",
    # ordinary sentences, for comparison
    "sentences": "광주시와 한빛대학교는 12일 업무협약을 체결했다. ",
    # a signing with new parties in every sentence
    "many-signings": "한빛{i}전자와 남도{i}대학교는 12일 업무협약을 체결했다. ",
    # one sentence listing thousands of partners
    "long-list": "한빛{i}전자, |등과 협약을 체결했다.",
    # thousands of attendance lines before the signing
    "attendance": "협약식에는 김민수 시장이 참석했다. |광주시는 협약을 체결했다.",
    # one sentence that cites its source's day, then says 이날 thousands of times
    "cited-day": "8일 서울시에 따르면 ^이날 협약, |체결했다.",
    # pasted copies of one signing, each a sum apart: one agreement of thousands of reports
    "copies": "가온시, 누리전자와 공장 투자협약\n입력 2024.03.04 10:20\n\n가온시는 12일 누리전자와"
    " {i}억원 규모의 공장 건립 투자협약을 체결했다고 밝혔다.\n\n독자 기자\n\n",
}
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

_MEASURE = r"""
import sys, time, json
from mouarchive.text.decode import decode
from mouarchive.text.pipeline import parse_articles
from mouarchive.extract.agreements import extract_agreements
data = open(sys.argv[1], "rb").read()
t0 = time.process_time()
articles = parse_articles(decode(data).text)
t1 = time.process_time()
reports = sum(len(extract_agreements(a)) for a in articles)
t2 = time.process_time()
print(json.dumps({"text": t1 - t0, "extract": t2 - t1, "reports": reports}))
"""


def text_of(kind: str, size: int) -> bytes:
    """The kind's head (what comes before "^"), then its unit repeated to about `size` bytes of
    UTF-8 ("{i}" counts the repetitions), then its tail (what follows "|")."""
    head, _caret, kind = kind.rpartition("^")
    unit, _bar, tail = kind.partition("|")
    parts: list[str] = [head] if head else []
    length = len(tail.encode("utf-8")) + len(head.encode("utf-8"))
    while length < size:
        parts.append(unit.format(i=len(parts)))
        length += len(parts[-1].encode("utf-8"))
    data = ("".join(parts).encode("utf-8")[: size - len(tail.encode("utf-8"))]).decode(
        "utf-8", "ignore"
    )
    return (data + tail).encode("utf-8")


def _run(args: list[str], timeout: float) -> tuple[float, str] | None:
    """The command's output and the CPU seconds it and its workers spent (a machine shared
    with other work stretches wall time, not CPU time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return spent, done.stdout


def measure(path: Path, timeout: float) -> dict | None:
    ran = _run([sys.executable, "-c", _MEASURE, str(path)], timeout)
    return json.loads(ran[1]) if ran else None


def measure_add(path: Path, timeout: float) -> float | None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "archive.db"
        command = [sys.executable, "-m", "mouarchive", "--db", str(db), "add", str(path)]
        ran = _run(command, timeout)
    return ran[0] if ran else None


# With --check: the cost per byte of the largest size may be this many times that of the size
# before (a linear stage keeps it near 1; a quadratic one multiplies it by the size ratio), and
# per-byte costs below the noise floor (seconds per byte) compare as the floor.
_SLOWER = 3.0
_NOISE = 2e-7


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--add", action="store_true", help="also time `mouarchive add`")
    parser.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 when a kind takes more than {_SLOWER}x per byte at its largest size than"
        " at the size before, or reaches the limit",
    )
    args = parser.parse_args()
    sizes = args.sizes.split(",")
    for name, asked, known in (("size", sizes, SIZES), ("kind", args.kinds.split(","), KINDS)):
        unknown = [value for value in asked if value not in known]
        if unknown:
            parser.error(f"unknown {name} {', '.join(unknown)}; choose from {', '.join(known)}")
    limit = f">{args.timeout:.0f}"
    machine = f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    print(f"{machine}; CPU seconds (limit {limit[1:]} s of wall time)")
    header = "| kind | " + " | ".join(sizes) + " |"
    print(header + "\n|" + "---|" * (len(sizes) + 1))
    out_of_proportion = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            cells = []
            per_byte = []
            for size in sizes:
                path = Path(tmp) / f"{kind}-{size}.txt"
                path.write_bytes(text_of(KINDS[kind], SIZES[size]))
                found = measure(path, args.timeout)
                if found is None:
                    cells.append(limit)
                    out_of_proportion.append(f"{kind} reached the limit at {size}")
                    break
                cost = found["text"] + found["extract"]
                cell = f"{found['text']:.2f} + {found['extract']:.2f}"
                if args.add:
                    added = measure_add(path, args.timeout)
                    if added is None:
                        cells.append(cell + f" (add >{args.timeout:.0f})")
                        out_of_proportion.append(f"{kind}: add reached the limit at {size}")
                        break
                    cost, cell = added, cell + f" (add {added:.2f})"
                per_byte.append(cost / SIZES[size])
                cells.append(cell)
            cells += ["–"] * (len(sizes) - len(cells))
            print(f"| {kind} | " + " | ".join(cells) + " |", flush=True)
            if len(per_byte) >= 2 and per_byte[-1] > _SLOWER * max(per_byte[-2], _NOISE):
                out_of_proportion.append(
                    f"{kind}: {per_byte[-1] / per_byte[-2]:.1f}x the time per byte at {sizes[-1]}"
                )
    if args.check and out_of_proportion:
        print("out of proportion to length: " + "; ".join(out_of_proportion))
        sys.exit(1)


if __name__ == "__main__":
    main()
