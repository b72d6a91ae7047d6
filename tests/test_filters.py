"""`--kind`, `--party` and `--region` as users type them: aliases, short names and
romanisations find what the archive stores, and an unknown value says what would work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli
from views_archive import Signing, build

from mouarchive import filters

ARTICLE = (
    "빛고을시 산하 인공지능산업융합사업단(이하 AI사업단)은 지난 14일 사업단 대회의실에서"
    " 한국빛산업진흥회와 인공지능 융합 생태계 조성을 위한 업무협약을 체결했다고 21일 밝혔다.\n"
    "AI사업단은 앞서 10일 한국인공지능기업협회와 AI 기업 지원을 위한 업무협약을 맺었다.\n"
    "한편 충북교육청과 한빛대학교는 15일 교육청에서 디지털 인재 양성을 위한 업무협약을 체결했다.\n"
    "/김빛나 기자 bit@example.com\n"
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    article = tmp_path / "사업단.txt"
    article.write_text("AI사업단, 빛산업진흥회와 협약\n" + ARTICLE, encoding="utf-8")
    added = run_cli("--db", str(path), "add", "--quiet", "--date", "2024-03-21", str(article))
    assert added.code == 0, added.err
    return path


def parties_of(path: Path, *args: str) -> list[list[str]]:
    result = run_cli("--db", str(path), "timeline", *args, "--format", "json")
    assert result.code == 0, result.err
    return [agreement["parties"] for agreement in json.loads(result.out)]


def test_party_by_the_short_name_the_article_defines(db_path: Path) -> None:
    found = parties_of(db_path, "--party", "AI사업단")
    assert len(found) == 2
    assert all("인공지능산업융합사업단" in parties for parties in found)
    assert parties_of(db_path, "--party", "ai 사업단") == found


def test_party_by_its_usual_short_or_full_form(db_path: Path) -> None:
    for typed in ("충청북도교육청", "충북교육청"):  # stored by the province's full name
        assert parties_of(db_path, "--party", typed) == [["충청북도교육청", "한빛대학교"]]
    assert parties_of(db_path, "--party", "빛산업진흥회") == [
        ["인공지능산업융합사업단", "한국빛산업진흥회"]
    ]
    assert parties_of(db_path, "--party", "한국없는협회") == []


def test_search_and_partners_take_the_same_party_names(db_path: Path) -> None:
    hits = run_cli(
        "--db", str(db_path), "search", "협약", "--party", "AI사업단", "--format", "json"
    )
    assert hits.code == 0 and json.loads(hits.out)
    partners = run_cli("--db", str(db_path), "partners", "--party", "AI사업단", "--format", "json")
    assert {p["name"] for p in json.loads(partners.out)} == {
        "한국빛산업진흥회",
        "한국인공지능기업협회",
    }


@pytest.fixture
def kinds_path(tmp_path: Path) -> Path:
    path = tmp_path / "kinds.db"
    gwangju = ("광주광역시", "광주광역시")
    build(
        path,
        [
            Signing(
                [gwangju, ("한빛전자", None)],
                date=(2023, 1, 5),
                kind="업무협약",
                regions=["광주광역시"],
            ),
            Signing(
                [gwangju, ("빛고을대학교", None)],
                date=(2023, 2, 5),
                kind="MOU",
                regions=["광주광역시"],
            ),
            Signing(
                [gwangju, ("나주시", None)],
                date=(2023, 3, 5),
                kind="투자협약",
                regions=["광주광역시"],
            ),
            Signing(
                [gwangju, ("전라남도", None)],
                date=(2023, 4, 5),
                kind="상생협약",
                regions=["광주광역시"],
            ),
        ],
    )
    return path


def kinds_of(path: Path, kind: str) -> list[str]:
    result = run_cli("--db", str(path), "timeline", "--kind", kind, "--format", "json")
    assert result.code == 0, result.err
    return [agreement["kind"] for agreement in json.loads(result.out)]


def test_kind_mou_finds_what_the_press_calls_mou(kinds_path: Path) -> None:
    for typed in ("MOU", "mou", "양해각서", "투자양해각서"):
        assert kinds_of(kinds_path, typed) == ["업무협약", "MOU"], typed


def test_kind_words_find_their_kind(kinds_path: Path) -> None:
    assert kinds_of(kinds_path, "업무협약") == ["업무협약"]
    assert kinds_of(kinds_path, "업무협약서") == ["업무협약"]
    assert kinds_of(kinds_path, "투자 유치 협약") == ["투자협약"]
    assert kinds_of(kinds_path, "상생 협약") == ["상생협약"]


def test_the_generic_word_finds_every_kind_and_says_so(kinds_path: Path) -> None:
    """`--kind 협약` meant 업무협약 only (a bare 협약 in an article is read as one), and left
    out the 투자협약 and 상생협약 a user asking for 협약 expects."""
    every = ["업무협약", "MOU", "투자협약", "상생협약"]
    for typed in ("협약", "협약서", " 협약 "):
        assert kinds_of(kinds_path, typed) == every, typed
    result = run_cli("--db", str(kinds_path), "timeline", "--kind", "협약", "--no-pager")
    assert result.out.startswith("4 agreements · kind 협약 (every kind)\n")
    partners = run_cli("--db", str(kinds_path), "partners", "--region", "광주", "--kind", "협약")
    assert partners.code == 0
    for name in ("한빛전자", "빛고을대학교", "나주시", "전라남도"):
        assert name in partners.out


def test_unknown_kind_is_an_error_listing_the_kinds(kinds_path: Path) -> None:
    for command in ("timeline", "partners"):
        result = run_cli("--db", str(kinds_path), command, "--region", "광주", "--kind", "계약")
        assert result.code == 2
        assert len(result.err.splitlines()) == 1
        for kind in ("업무협약", "상생협약", "MOU", "투자협약", "협정", "합의문"):
            assert kind in result.err


@pytest.mark.parametrize(
    ("typed", "korean"),
    [
        ("Gwangju", "광주"),
        ("gwangju metropolitan city", "광주"),
        ("Gyeonggi Gwangju", "경기 광주"),
        ("Gwangju-si, Gyeonggi-do", "경기 광주"),
        ("Gyeonggi-do", "경기"),
        ("Gyeonggi Province", "경기"),
        ("Seoul", "서울"),
        ("Jeollanam-do", "전남"),
        ("Jeonnam", "전남"),
        ("Haenam-gun", "해남"),
        ("Jongno-gu", "종로구"),
        ("Jung-gu, Daegu", "대구 중구"),
    ],
)
def test_region_in_latin_letters(typed: str, korean: str) -> None:
    assert filters.resolve_region(typed) == filters.resolve_region(korean)


def test_a_mistyped_romanisation_gets_the_suggestions_a_typo_gets(kinds_path: Path) -> None:
    for typed in ("Gwangjoo", "Kwangju"):
        result = run_cli("--db", str(kinds_path), "timeline", "--region", typed)
        assert result.code == 2
        assert result.err.startswith(f'error: --region: unknown region "{typed}": did you mean ')
        assert "광주광역시" in result.err
    korean = run_cli("--db", str(kinds_path), "timeline", "--region", "광쥬광역시")
    assert korean.code == 2 and "did you mean 광주광역시" in korean.err


def test_romanised_region_lists_the_same_timeline(kinds_path: Path) -> None:
    korean = run_cli("--db", str(kinds_path), "timeline", "--region", "광주", "--format", "json")
    latin = run_cli("--db", str(kinds_path), "timeline", "--region", "Gwangju", "--format", "json")
    assert latin.out == korean.out and len(json.loads(latin.out)) == 4


_FILTERED = {
    ("timeline",): ("--region", "--party", "--kind", "--since", "--until"),
    ("partners", "--region", "광주"): ("--party", "--kind", "--since", "--until"),
    ("search", "협약"): ("--region", "--party", "--outlet", "--since", "--until"),
}


@pytest.mark.parametrize(
    ("command", "option"),
    [(command, option) for command, options in _FILTERED.items() for option in options],
    ids=lambda value: value if isinstance(value, str) else value[0],
)
def test_an_empty_filter_is_an_error_as_for_every_filter(
    db_path: Path, command: tuple[str, ...], option: str
) -> None:
    """`--party ''` (a script's unset variable) listed everything as if no filter was given,
    where `--region ''` was an error: each is now the same one-line error."""
    for empty in ("", "  "):
        result = run_cli("--db", str(db_path), *command, option, empty)
        assert result.code == 2, (option, result.out, result.err)
        assert result.err == f"error: {option} is empty: give a value, or leave {option} out\n"


@pytest.mark.parametrize("command", ["timeline", "partners", "search 협약"])
def test_a_filter_given_twice_is_refused_not_half_applied(db_path: Path, command: str) -> None:
    """ "--region 경기 --region 광주" listed 광주 alone without a word: one value per filter."""
    result = run_cli("--db", str(db_path), *command.split(), "--region", "경기", "--region", "광주")
    assert (result.code, result.err) == (2, "error: --region given 2 times: give one\n")
    same = run_cli("--db", str(db_path), *command.split(), "--region", "경기", "--region", "경기")
    once = run_cli("--db", str(db_path), *command.split(), "--region", "경기")
    assert (same.code, same.out) == (once.code, once.out), "the same value twice is one filter"


def test_a_status_given_twice_is_refused(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "timeline", "--status", "signed", "--status", "planned")
    assert (result.code, result.err) == (2, "error: --status given 2 times: give one\n")
