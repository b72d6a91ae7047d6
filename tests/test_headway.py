"""How far a long file has got: its articles counted as they are read, and said on stderr
in the line naming a slow file (newcomer 58, 16). Nothing here waits on a clock."""

from __future__ import annotations

import hashlib
import io
import json
import re
import time
from pathlib import Path

from cli_runner import run_cli
from rich.console import Console

from mouarchive import headway, preparing, render, store, workers
from mouarchive.inputs import SourceMeta
from mouarchive.preparing import Job, prepare

PAGE = "".join(
    f"{town}, 한빛{n}상사와 협약\n\n"
    f"{town}는 {n}일 시청에서 한빛{n}상사와 농산물 판로 확대 업무협약을 체결했다.\n\n"
    f"{reporter} 기자\n입력 2024.0{n}.0{n} 09:00\n\n"
    for n, town, reporter in (
        (1, "다솜시", "김새봄"),
        (2, "나래시", "박하늘"),
        (3, "가온시", "이다온"),
    )
)


def test_each_article_read_is_counted_where_the_file_is_watched() -> None:
    counts = [7, 0]
    headway.count_in(counts, 1)
    prepared = prepare(PAGE.encode("utf-8"), SourceMeta(), "page.txt")
    assert len(prepared.articles) == 3
    assert counts == [7, 3]
    headway.count_in([0])  # no later test counts into this list


def _line(read: int, path: str = "big.txt", of: int | None = None) -> str:
    """The line said, on a console that reads markup as `add`'s progress console does."""
    out = io.StringIO()
    console = Console(file=out, width=20)
    if of is None:
        render.still_working(console, path, read)
    else:
        render.still_writing(console, path, read, of)
    return out.getvalue()


def test_the_line_for_a_slow_file_says_its_articles_read_so_far_once_there_are_some() -> None:
    assert _line(0) == "still working on big.txt\n"
    assert _line(1) == "still working on big.txt: 1 article read so far\n"
    assert _line(3200) == "still working on big.txt: 3200 articles read so far\n"
    assert _line(1200, of=3200) == "still working on big.txt: writing 3200 articles, 1200 written\n"
    # A path is data, never markup, and the line is one line however narrow the terminal.
    assert _line(2, "[bold]x.txt") == "still working on [bold]x.txt: 2 articles read so far\n"
    assert (
        _line(0, "[red]y.txt", 1) == "still working on [red]y.txt: writing 1 article, 0 written\n"
    )


def test_a_file_in_a_worker_is_named_again_when_it_has_got_further_or_has_no_article_yet() -> None:
    assert not workers._named_again((-1, -1), (-1, 0))  # the handful not begun
    assert workers._named_again((-1, -1), (0, 0))
    assert workers._named_again((0, 0), (0, 0))  # still being split: said each time
    assert workers._named_again((0, 0), (0, 40))
    assert not workers._named_again((0, 40), (0, 40))  # stuck on one article: said once
    assert workers._named_again((0, 40), (1, 0))  # the next file of the handful
    assert not workers._named_again((1, 3), (0, 40))


def test_a_file_in_this_process_is_named_after_a_while_then_as_it_gets_further() -> None:
    slow = workers.SLOW_SECONDS
    file = ("big.txt", 100.0, [0])
    never: workers._Named = (None, -1, 0.0)
    assert not workers._line_due(never, file, 0, 100.0 + slow / 2)
    assert workers._line_due(never, file, 0, 100.0 + slow)
    named = (file, 0, 100.0 + slow)
    assert not workers._line_due(named, file, 900, 100.0 + slow * 1.5)  # too soon
    assert workers._line_due(named, file, 0, 100.0 + slow * 2)  # still being split
    assert workers._line_due(named, file, 900, 100.0 + slow * 2)
    named = (file, 900, 100.0 + slow * 2)
    assert not workers._line_due(named, file, 900, 100.0 + slow * 4)  # no further


TOWNS = ("다솜", "나래", "가온", "한결", "마루", "새별", "늘봄", "아라", "누리", "바다")


def long_page(articles: int) -> str:
    """`articles` short signing stories, each its own, in one file."""
    return "".join(
        f"{TOWNS[n % 10]}시, 한빛{n}상사와 협약\n\n"
        f"{TOWNS[n % 10]}시는 {n % 28 + 1}일 시청에서 한빛{n}상사와 농산물 판로 확대"
        f" 업무협약을 체결했다.\n\n김새봄 기자\n입력 2024.0{n % 9 + 1}.{n % 28 + 1:02d} 09:00\n\n"
        for n in range(articles)
    )


def test_a_long_file_read_in_a_worker_is_named_with_its_articles_read_growing(
    monkeypatch,
) -> None:
    """The count a worker keeps reaches the main process: without it, the line never gave one
    (review 59a, 6)."""
    monkeypatch.setattr(workers, "SLOW_SECONDS", 0.05)
    data = long_page(600).encode("utf-8")
    job = Job("long.txt", SourceMeta(), hashlib.sha256(data).hexdigest(), data)
    heard: list[tuple[str, int]] = []
    results = list(
        workers.run_jobs(
            preparing.prepare_job, iter([job]), 2, lambda path, read: heard.append((path, read))
        )
    )
    assert len(results[0][1].articles) == 600
    counts = [read for path, read in heard if path == "long.txt" and read]
    assert len(counts) >= 2 and counts == sorted(counts) and counts[0] < counts[-1] <= 600


def test_add_says_how_far_a_long_file_has_got_reading_then_writing(
    monkeypatch, tmp_path: Path
) -> None:
    """Reading a long file is named with its articles read so far, and writing them with
    those written: writing 30,000 articles was four silent minutes (review 59a, 5). The
    lines go to stderr, so that stdout stays JSON."""
    extract, insert = preparing.extract_safely, store.insert_article

    def slow_extract(article):
        time.sleep(0.01)
        return extract(article)

    def slow_insert(*args, **kwargs):
        time.sleep(0.01)
        return insert(*args, **kwargs)

    monkeypatch.setattr(preparing, "extract_safely", slow_extract)
    monkeypatch.setattr(store, "insert_article", slow_insert)
    monkeypatch.setattr(workers, "SLOW_SECONDS", 0.1)
    path = tmp_path / "long.txt"
    path.write_text(long_page(60), encoding="utf-8")
    result = run_cli("--db", str(tmp_path / "a.db"), "add", "--format", "json", str(path))
    assert result.code == 0
    assert json.loads(result.out)["articles_added"] == 60
    named = re.escape(f"still working on {path}")
    read = [
        int(n) for n in re.findall(rf"^{named}: (\d+) articles? read so far$", result.err, re.M)
    ]
    written = [
        int(n)
        for n in re.findall(rf"^{named}: writing 60 articles, (\d+) written$", result.err, re.M)
    ]
    assert len(read) >= 2 and read == sorted(read) and read[-1] <= 60
    assert len(written) >= 2 and written == sorted(written) and written[-1] < 60
    assert all(line.startswith(f"still working on {path}") for line in result.err.splitlines())
