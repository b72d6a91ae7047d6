"""How far a long file has got: its articles counted as they are read, and said on stderr
in the line naming a slow file (newcomer 58, 16). Nothing here waits on a clock."""

from __future__ import annotations

import io

from rich.console import Console

from mouarchive import headway, render, workers
from mouarchive.inputs import SourceMeta
from mouarchive.preparing import prepare

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


def _line(read: int, path: str = "big.txt") -> str:
    out = io.StringIO()
    render.still_working(Console(file=out, width=20, markup=False), path, read)
    return out.getvalue()


def test_the_line_for_a_slow_file_says_its_articles_read_so_far_once_there_are_some() -> None:
    assert _line(0) == "still working on big.txt\n"
    assert _line(1) == "still working on big.txt: 1 article read so far\n"
    assert _line(3200) == "still working on big.txt: 3200 articles read so far\n"
    # A path is data, never markup, and the line is one line however narrow the terminal.
    assert _line(2, "[bold]x.txt") == "still working on [bold]x.txt: 2 articles read so far\n"


def test_a_file_in_a_worker_is_named_again_only_when_it_has_got_further() -> None:
    assert not workers._named_again((-1, -1), (-1, 0))  # the handful not begun
    assert workers._named_again((-1, -1), (0, 0))
    assert not workers._named_again((0, 0), (0, 0))  # stuck on one article: said once
    assert workers._named_again((0, 0), (0, 40))
    assert workers._named_again((0, 40), (1, 0))  # the next file of the handful
    assert not workers._named_again((1, 0), (0, 40))


def test_a_file_in_this_process_is_named_after_a_while_then_as_it_gets_further() -> None:
    slow = workers.SLOW_SECONDS
    file = ("big.txt", 100.0, [0])
    never: workers._Named = (None, -1, 0.0)
    assert not workers._line_due(never, file, 0, 100.0 + slow / 2)
    assert workers._line_due(never, file, 0, 100.0 + slow)
    named = (file, 0, 100.0 + slow)
    assert not workers._line_due(named, file, 900, 100.0 + slow * 1.5)  # too soon
    assert not workers._line_due(named, file, 0, 100.0 + slow * 3)  # no further
    assert workers._line_due(named, file, 900, 100.0 + slow * 2)
