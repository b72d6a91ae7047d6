"""Search benchmark: ingest throughput, database size, search latency and exactness.

Run by hand (never as a test); each size takes minutes:

    python benchmarks/search_bench.py --sizes 10000,100000 [--work /tmp/mouarchive-bench]

For each size it generates a seeded corpus (benchmarks/generate.py), adds it through
`ingest.add_inputs` on the files (the code path of `mouarchive add`), then times queries of
every class against the archive, checks every hit set against a brute-force scan of the
search forms, and times the baselines (`grep -rlF` over the raw files and a `LIKE` scan) on
the same corpus. Results print as a Markdown table and are saved as JSON beside the corpus.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from mouarchive import ingest, inputs, preparing, search, store
from mouarchive.text.searchform import fold, index_tokens

CLASSES = (
    "1 char",
    "2 chars frequent",
    "2 chars rare",
    "3+ chars frequent",
    "3+ chars rare",
    "mixed Hangul/Latin",
    "with spaces",
    "without spaces",
    "English",
    "two words (2 + 3+ chars)",
)


def _write_corpus(folder: Path, count: int, seed: int) -> int:
    """Write the corpus once; return its size in bytes."""
    marker = folder / "DONE"
    if marker.exists():
        return int(marker.read_text())
    total = 0
    for name, text in generate(count, seed):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    marker.write_text(str(total))
    return total


class Corpus:
    """The stored articles' search forms, concatenated, for brute-force hit sets."""

    def __init__(self, db) -> None:
        ids, parts, starts, position = [], [], [], 0
        for article_id, title, body in db.execute(
            "SELECT id, title, body FROM articles ORDER BY id"
        ):
            # NUL folds away, so a term can never run from one text into the next.
            text = fold(title or "") + "\x00" + fold(body) + "\x00"
            ids.append(article_id)
            starts.append(position)
            parts.append(text)
            position += len(text)
        self.ids, self.starts, self.text = ids, starts, "".join(parts)
        self.documents = parts

    def hits(self, term: str) -> set[int]:
        found, position = set(), self.text.find(term)
        while position != -1:
            index = bisect.bisect_right(self.starts, position) - 1
            found.add(self.ids[index])
            if index + 1 >= len(self.starts):
                break
            position = self.text.find(term, self.starts[index + 1])
        return found


def _queries(corpus: Corpus, rng: random.Random, per_class: int) -> dict[str, list[str]]:
    """Benchmark queries drawn from the corpus itself, so frequencies are realistic."""
    sample = rng.sample(corpus.documents, min(2000, len(corpus.documents)))
    chars: Counter = Counter()
    bigrams: Counter = Counter()
    for text in sample:
        chars.update(set(text))
        bigrams.update({text[i : i + 2] for i in range(len(text) - 1)})
    hangul = [c for c, _ in chars.most_common() if "가" <= c <= "힣"]
    two = [b for b, _ in bigrams.most_common() if "\x00" not in b and all(c.isalnum() for c in b)]
    frequent_two = two[:300]
    rare_two = [b for b in two if 1 <= bigrams[b] <= 3] or two[-300:]

    def pick(pool: list[str]) -> list[str]:
        return [rng.choice(pool) for _ in range(per_class)]

    def substrings(length: tuple[int, int], keep: Callable[[str], bool]) -> list[str]:
        found = []
        while len(found) < per_class:
            text = rng.choice(sample)
            size = rng.randint(*length)
            start = rng.randrange(max(1, len(text) - size))
            piece = text[start : start + size]
            if "\x00" not in piece and len(piece) == size and keep(piece):
                found.append(piece)
        return found

    frequent_phrases = [
        "데이터센터", "업무협약", "협약식", "활성화", "관계자", "스마트팜", "탄소중립", "체결했다",
        "일자리", "공동연구", "실무협의체", "대회의실", "성장세", "국비",
    ]  # fmt: skip
    mixed = [
        "AI데이터센터", "5G통신망", "ICT융합", "R&D협력", "ESG경영", "K-뷰티", "LNG벙커링",
        "UAM실증", "국가AI컴퓨팅센터", "AI 데이터", "2차전지",
    ]  # fmt: skip
    spaced = [
        "AI 데이터센터", "국가 AI 컴퓨팅센터", "스마트 팜", "수소 에너지", "탄소 중립",
        "청년 일자리", "디지털 전환", "업무 협약", "해상 풍력 단지", "양자 암호 통신",
    ]  # fmt: skip
    english = [
        "agreement", "research", "joint training", "Copyright", "reserved", "programs",
        "covers", "example.kr", "press", "This agreement",
    ]  # fmt: skip
    common, uncommon = pick(hangul[:40]), pick(hangul[40:] or hangul)
    return {
        "1 char": common[: per_class // 2] + uncommon[per_class // 2 :],
        "2 chars frequent": pick(frequent_two),
        "2 chars rare": pick(rare_two),
        "3+ chars frequent": pick(frequent_phrases),
        "3+ chars rare": substrings((4, 8), lambda s: sum(c.isdigit() for c in s) >= 3),
        "mixed Hangul/Latin": pick(mixed),
        "with spaces": pick(spaced),
        "without spaces": [q.replace(" ", "") for q in pick(spaced)],
        "English": pick(english),
        "two words (2 + 3+ chars)": [
            f"{a} {b}" for a, b in zip(pick(frequent_two[:40]), pick(frequent_phrases), strict=True)
        ],
    }  # fmt: skip


def _query_text(name: str, term: str) -> str:
    """A benchmark term as one search term (spaces inside a term never matter), except in the
    class of two separate words, which users type unquoted."""
    return '"' + term + '"' if " " in term and not name.startswith("two words") else term


def _timed(function: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return (time.perf_counter() - start) * 1000, result


def _summary(values: list[float]) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):.1f} / {p95:.1f}"


def _like_count(db, term: str) -> int:
    return db.execute(
        "SELECT count(*) FROM articles WHERE instr(body, ?) > 0 OR instr(title, ?) > 0",
        [term, term],
    ).fetchone()[0]


def _grep_count(folder: Path, term: str) -> int:
    result = subprocess.run(
        ["grep", "-rlF", "--", term, str(folder)], capture_output=True, text=True, check=False
    )
    return len(result.stdout.splitlines())


def _rebuild_index_per_s(db) -> float:
    """Articles indexed per second by the search indexes alone (fold, FTS inserts)."""
    with store.transaction(db):
        for table in ("articles_fts", "articles_grams"):
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    seconds, _ = _timed(lambda: store.index_missing(db))
    return store.counts(db).articles / (seconds / 1000)


def run_size(
    count: int,
    work: Path,
    per_class: int,
    baselines: int,
    seed: int,
    extract: bool,
    with_alternatives: bool,
) -> dict:
    folder = work / f"corpus_{count}"
    raw_bytes = _write_corpus(folder, count, seed)
    db_path = work / f"archive_{count}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = store.open_archive(db_path)
    # Worker processes for the CPU part, as `mouarchive add` uses them; without extraction
    # the patch below lives in this process only, so everything runs here.
    workers = (os.cpu_count() or 1) if extract else 0
    if not extract:
        # Every stage of `add` but agreement extraction, whose cost is not search's.
        preparing.extract_safely = lambda article: ([], None)
    seconds, summary = _timed(
        lambda: ingest.add_inputs(
            db, inputs.expand([str(folder)], inputs.SourceMeta()), workers=workers
        )
    )
    articles = store.counts(db).articles
    index_per_s = _rebuild_index_per_s(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_bytes = db_path.stat().st_size
    sizes = dict(
        db.execute(
            "SELECT CASE WHEN name LIKE 'articles_fts%' THEN 'articles_fts'"
            " WHEN name LIKE 'articles_grams%' THEN 'articles_grams'"
            " WHEN name LIKE 'clauses_fts%' OR name LIKE 'clauses_grams%' THEN 'clauses indexes'"
            " WHEN name = 'sources' THEN 'sources' WHEN name = 'articles' THEN 'articles'"
            " ELSE 'other' END AS part, sum(pgsize) FROM dbstat GROUP BY part"
        ).fetchall()
    )
    result: dict = {
        "articles": articles,
        "failed_files": len(summary.failed),
        "raw_mb": raw_bytes / 1e6,
        "add_per_s": articles / (seconds / 1000),
        "extracted": extract,
        "index_per_s": index_per_s,
        "db_mb": db_bytes / 1e6,
        "db_ratio": db_bytes / raw_bytes,
        "parts_ratio": {k: v / raw_bytes for k, v in sizes.items()},
        "classes": {},
    }
    corpus = Corpus(db)
    queries = _queries(corpus, random.Random(seed), per_class)
    for name in CLASSES:
        timings: dict[str, list[float]] = {"count": [], "relevance": [], "newest": []}
        mismatches, hits_total = [], 0
        for term in queries[name]:
            text = _query_text(name, term)
            query = search.parse(text)
            plan = search.lookup(query)
            ms, counted = _timed(lambda p=plan: store.count_articles(db, p, store.SearchFilters()))
            timings["count"].append(ms)
            ms, _ = _timed(lambda t=text: search.search(db, t, scope="articles", order="relevance"))
            timings["relevance"].append(ms)
            ms, _ = _timed(lambda t=text: search.search(db, t, scope="articles", order="date"))
            timings["newest"].append(ms)
            found = {
                i
                for i, _ in store.search_articles(
                    db,
                    plan,
                    store.SearchFilters(),
                    order="relevance",
                    limit=None,
                    count=counted,
                )
            }
            expected = set.intersection(*(corpus.hits(t) for t in query.positive_terms))
            hits_total += len(expected)
            if found != expected or counted != len(expected):
                mismatches.append(term)
        like, grep = [], []
        for term in queries[name][:baselines]:
            like.append(_timed(lambda t=term: _like_count(db, t))[0])
            grep.append(_timed(lambda t=term: _grep_count(folder, t))[0])
        result["classes"][name] = {
            "queries": len(queries[name]),
            "mean_hits": hits_total / len(queries[name]),
            "mismatches": mismatches[:10],
            "mismatch_count": len(mismatches),
            "count": _summary(timings["count"]),
            "relevance": _summary(timings["relevance"]),
            "newest": _summary(timings["newest"]),
            "like": _summary(like),
            "grep": _summary(grep),
        }
        print(f"  {count}: {name} done", file=sys.stderr)
    result["process_ms"] = _process_times(db_path)
    if with_alternatives:
        result["alternatives"] = alternatives(db, corpus, queries, work)
    db.conn.close()
    return result


def _process_times(db_path: Path, runs: int = 15) -> str:
    """A whole `mouarchive search` process, as a user runs it."""
    times = []
    for term in ["협약", "AI데이터센터", "광주", "스마트 팜", "agreement"] * (runs // 5):
        times.append(
            _timed(
                lambda t=term: subprocess.run(
                    [sys.executable, "-m", "mouarchive", "--db", str(db_path), "search", t],
                    capture_output=True,
                    check=True,
                    cwd=Path(__file__).resolve().parent.parent,
                )
            )[0]
        )
    return _summary(times)


def alternatives(db, corpus: Corpus, queries: dict[str, list[str]], work: Path) -> dict:
    """The designs not chosen, on the same corpus: index size, and what short terms cost.

    - the trigram index alone: a 2-character term must be expanded through the vocabulary
      (every trigram containing it) into an OR query;
    - unicode61 word tokens over the stored text: small, but a word inside a longer word
      ("협약" in "업무협약을") is not found;
    - one bigram index with positions for every term (the first design): a term of n
      characters is a phrase of n-1 bigrams, and Datasette's search box cannot use it.
    """
    path = work / "alternatives.db"
    path.unlink(missing_ok=True)
    alt = sqlite3.connect(path)
    alt.execute("CREATE VIRTUAL TABLE tri USING fts5(title, body, content='', tokenize='trigram')")
    alt.execute("CREATE VIRTUAL TABLE tri_vocab USING fts5vocab(tri, 'row')")
    alt.execute("CREATE VIRTUAL TABLE uni USING fts5(title, body, content='')")
    alt.execute(
        "CREATE VIRTUAL TABLE bi USING fts5(title, body, content='',"
        " tokenize=\"unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'\")"
    )
    rows = db.execute("SELECT id, title, body FROM articles ORDER BY id").fetchall()
    for table, make in (
        ("tri", lambda t, b: (fold(t or ""), fold(b))),
        ("uni", lambda t, b: (t or "", b)),
        ("bi", lambda t, b: (index_tokens(fold(t or "")), index_tokens(fold(b)))),
    ):
        alt.executemany(
            f"INSERT INTO {table} (rowid, title, body) VALUES (?, ?, ?)",
            [(i, *make(t, b)) for i, t, b in rows],
        )
    alt.commit()
    sizes = dict(
        alt.execute(
            "SELECT substr(name, 1, instr(name, '_') - 1), sum(pgsize) FROM dbstat"
            " WHERE name LIKE 'tri%' OR name LIKE 'uni%' OR name LIKE 'bi%' GROUP BY 1"
        ).fetchall()
    )
    raw = sum(len((t or "").encode()) + len(b.encode()) for _, t, b in rows)
    two = queries["2 chars frequent"][:25] + queries["2 chars rare"][:25]
    tri_ms, uni_recall = [], []
    for term in two:
        term = fold(term)

        def expand(term: str = term) -> int:
            grams = [
                g
                for (g,) in alt.execute(
                    "SELECT term FROM tri_vocab WHERE instr(term, ?) > 0", [term]
                )
            ]
            if not grams:
                return 0
            expression = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
            return alt.execute(
                "SELECT count(*) FROM tri WHERE tri MATCH ?", [expression]
            ).fetchone()[0]

        tri_ms.append(_timed(expand)[0])
        expected = len(corpus.hits(term))
        got = alt.execute(
            "SELECT count(*) FROM uni WHERE uni MATCH ?", ['"' + term.replace('"', '""') + '"']
        ).fetchone()[0]
        uni_recall.append(got / expected if expected else 1.0)
    alt.close()
    path.unlink()
    return {
        "trigram_ratio": sizes.get("tri", 0) / raw,
        "unicode61_ratio": sizes.get("uni", 0) / raw,
        "bigram_positions_ratio": sizes.get("bi", 0) / raw,
        "trigram_2char_vocab_ms": _summary(tri_ms),
        "unicode61_2char_recall": statistics.mean(uni_recall),
    }


def report(results: dict[int, dict]) -> str:
    lines = []
    for count, r in results.items():
        parts = ", ".join(f"{k} {v:.2f}×" for k, v in sorted(r["parts_ratio"].items()))
        lines += [
            f"### {count:,} articles ({r['raw_mb']:.0f} MB of raw text)",
            "",
            f"- add: {r['add_per_s']:.0f} articles/s end to end"
            + ("" if r["extracted"] else " without agreement extraction")
            + f" ({r['failed_files']} files failed); the search index alone:"
            f" {r['index_per_s']:.0f} articles/s",
            f"- database: {r['db_mb']:.0f} MB = {r['db_ratio']:.2f}× raw text ({parts})",
            f"- whole `mouarchive search` process (median / p95): {r['process_ms']} ms",
            "",
            "| class | queries | mean hits | exact | count | top-20 relevance"
            " | top-20 newest | LIKE scan | grep -rlF |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name, c in r["classes"].items():
            exact = "yes" if not c["mismatch_count"] else f"NO ({c['mismatch_count']})"
            lines.append(
                f"| {name} | {c['queries']} | {c['mean_hits']:.0f} | {exact} | {c['count']}"
                f" | {c['relevance']} | {c['newest']} | {c['like']} | {c['grep']} |"
            )
        alt = r.get("alternatives")
        if alt:
            lines += [
                "Designs not chosen, same corpus (index size relative to the stored text):",
                f"- trigrams alone: {alt['trigram_ratio']:.2f}×;"
                f" a 2-character term through fts5vocab: {alt['trigram_2char_vocab_ms']} ms",
                f"- unicode61 words: {alt['unicode61_ratio']:.2f}×;"
                f" recall of 2-character terms {alt['unicode61_2char_recall']:.2f}",
                f"- bigrams with positions for every term: {alt['bigram_positions_ratio']:.2f}×",
            ]
        lines.append("")
    lines.append("Times in ms, median / p95.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/mouarchive-bench"))
    parser.add_argument("--per-class", type=int, default=200)
    parser.add_argument("--baselines", type=int, default=20, help="queries per class")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-extract",
        action="store_true",
        help="skip agreement extraction while adding (builds large archives faster)",
    )
    parser.add_argument(
        "--alternatives", action="store_true", help="also measure the designs not chosen"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = {}
    for count in (int(size) for size in args.sizes.split(",")):
        results[count] = run_size(
            count,
            args.work,
            args.per_class,
            args.baselines,
            args.seed,
            not args.no_extract,
            args.alternatives,
        )
        (args.work / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(report(results))


if __name__ == "__main__":
    main()
