"""`mouarchive search`: what a term finds, the query language, filters, ordering, output.

The archives here are written by hand: a few articles of our own, each built to tell one
rule apart from its neighbours.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from cli_runner import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mouarchive import filters, search, store
from mouarchive.models import AgreementReport, Article, Clause, PartialDate, Party, Region
from mouarchive.text.searchform import fold

ARTICLES = {
    "compact": (
        "국가AI데이터센터 유치",
        "광주광역시는 국가AI데이터센터 유치를 위해 업무협약을 맺었다.",
    ),
    "spaced": (
        "AI 데이터센터 착공",
        "전라남도 해남군에 AI 데이터센터가 들어선다. 5G 통신망도 깐다.",
    ),
    "lower": ("데이터 센터 소식", "ai데이터 센터 구축 계획이 발표됐다. kt가 참여한다."),
    "other": ("AI 데이터 분석센터", "대구광역시가 AI 데이터 분석센터를 연다."),
    "company": ("써큘러스 협약", "㈜써큘러스와 순천시가 손을 잡았다."),
    "straddle": ("환경 기술 박람회", "환경 기술 박람회가 열렸다."),
    "literal": ("R&D(연구개발) 안내", "Research AND Development: C++ * 100% 달성 - 끝."),
}


@pytest.fixture
def db(tmp_path: Path):
    archive = store.open_archive(tmp_path / "archive.db")
    with store.transaction(archive):
        for index, (title, body) in enumerate(ARTICLES.values()):
            article = Article(title=title, body=body, published=PartialDate(2020 + index, 1, 1))
            store.insert_article(archive, article, f"sha-{index}")
    return archive


def found(db, query: str, **options) -> set[str]:
    """Names (keys of ARTICLES) of the articles a query finds."""
    titles = {title: name for name, (title, _) in ARTICLES.items()}
    result = search.search(db, query, scope="articles", limit=100, **options)
    assert result.total == len(result.hits)
    return {titles[hit.title] for hit in result.hits}


# ---------------------------------------------------------------- what a term finds


def test_spacing_and_case_do_not_matter(db) -> None:
    expected = {"compact", "spaced", "lower"}
    assert found(db, "AI데이터센터") == expected
    assert found(db, '"AI 데이터 센터"') == expected
    assert found(db, "ai데이터센터") == expected


def test_compatibility_characters_match_their_plain_form(db) -> None:
    assert found(db, "(주)써큘러스") == {"company"}
    assert found(db, "㈜써큘러스") == {"company"}


def test_two_character_terms_find_words_inside_longer_words(db) -> None:
    assert found(db, "협약") == {"compact", "company"}
    assert found(db, "광주") == {"compact"}
    assert found(db, "5G") == {"spaced"}
    assert found(db, "KT") == {"lower"}


def test_one_character_terms_find_any_occurrence_even_the_last(db) -> None:
    assert found(db, "잡") == {"company"}
    assert found(db, "다") == set(ARTICLES) - {"literal"}
    assert found(db, "%") == {"literal"}


def test_longer_terms_need_the_characters_in_sequence(db) -> None:
    assert found(db, "데이터센터") == {"compact", "spaced", "lower"}
    assert found(db, "분석센터") == {"other"}


def test_a_term_may_straddle_two_words_because_spaces_never_count(db) -> None:
    assert found(db, "경기") == {"straddle"}


def test_a_term_never_runs_from_the_title_into_the_body(db) -> None:
    assert found(db, "박람회환경") == set()


# ---------------------------------------------------------------- query language


def test_spaced_terms_must_all_match_but_a_quoted_phrase_is_one_term(db) -> None:
    assert found(db, "AI 분석") == {"other"}
    assert found(db, "광주 데이터") == {"compact"}
    assert found(db, '"해남군에 AI"') == {"spaced"}
    assert found(db, '"광주 데이터"') == set()


def test_or_and_exclusion(db) -> None:
    assert found(db, "광주 OR 대구") == {"compact", "other"}
    assert found(db, "데이터센터 -kt") == {"compact", "spaced"}
    assert found(db, '데이터 -"AI 데이터센터"') == {"other"}


def test_short_and_long_terms_combine_in_every_way(db) -> None:
    """Terms of 1–2 and of 3+ characters live in different indexes; queries mix them."""
    assert found(db, "광주 데이터센터") == {"compact"}
    assert found(db, "데이터센터 -광주") == {"spaced", "lower"}
    assert found(db, "광주 -데이터센터") == set()
    assert found(db, "해남군 OR kt") == {"spaced", "lower"}
    assert found(db, "해남군 OR kt 5g") == {"spaced"}
    assert found(db, "해남군 OR kt -5g") == {"lower"}
    assert found(db, "데이 광주 OR 분석센터") == {"compact", "other"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("AND", {"literal"}),
        ("*", {"literal"}),
        ("(연구", {"literal"}),
        ("Development:", {"literal"}),
        ("C++", {"literal"}),
        ("R&D", {"literal"}),
        ("NEAR", set()),
        ("OR", set()),
        ('"unbalanced', set()),
        ("-", {"literal"}),
        ("' OR 1=1 --", set()),
    ],
)
def test_everything_else_is_literal_text(db, query: str, expected: set[str]) -> None:
    assert found(db, query) == expected


@given(st.text(max_size=40))
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_query_raises_anything_but_a_query_error(db, query: str) -> None:
    try:
        result = search.search(db, query)
    except search.QueryError:
        return
    assert isinstance(result.hits, list)
    assert result.total >= len(result.hits)


@pytest.mark.parametrize("query", ["", "   ", '""', "-협약", "\u200b"])
def test_a_query_with_nothing_to_find_is_refused(db, query: str) -> None:
    with pytest.raises(search.QueryError):
        search.search(db, query)


TEXT = st.text(alphabet=st.sampled_from('가나다라 aAbB㈜(주)\n-"*'), max_size=30)
WORD = st.text(alphabet=st.sampled_from("가나다라aAbB㈜"), min_size=1, max_size=5)
QUERY = st.lists(
    st.one_of(
        WORD, WORD.map(lambda w: "-" + w), WORD.map(lambda w: f'"{w} {w[::-1]}"'), st.just("OR")
    ),
    min_size=1,
    max_size=5,
).map(" ".join)


@given(
    st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=8),
    st.lists(st.one_of(TEXT, QUERY), max_size=4),
)
@settings(max_examples=40, deadline=None)
def test_hits_are_exactly_what_a_brute_force_scan_finds(
    docs: list[tuple[str, str]], queries: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        archive = store.open_archive(Path(folder) / "a.db")
        with store.transaction(archive):
            ids = [
                store.insert_article(archive, Article(title=t, body=b), f"h{i}")[0]
                for i, (t, b) in enumerate(docs)
            ]
        for text in queries + [t[:2] for t, _ in docs] + [b[1:4] for _, b in docs]:
            try:
                query = search.parse(text)
            except search.QueryError:
                continue
            hits = search.search(archive, text, scope="articles", limit=1000).hits
            expected = {
                i
                for i, (t, b) in zip(ids, docs, strict=True)
                if search.matches(query, [fold(t), fold(b)])
            }
            assert {hit.article_id for hit in hits} == expected, text
        archive.conn.close()


# ---------------------------------------------------------------- ranking and snippets


def test_title_matches_rank_above_body_matches(tmp_path: Path) -> None:
    archive = store.open_archive(tmp_path / "a.db")
    with store.transaction(archive):
        store.insert_article(archive, Article("일반 소식", "본문에 수소 이야기가 있다."), "a")
        store.insert_article(archive, Article("수소 협약", "본문에 수소 이야기가 있다."), "b")
        for n in range(6):
            store.insert_article(archive, Article("무관", f"관계없는 기사 {n}"), f"x{n}")
    hits = search.search(archive, "수소").hits
    assert [hit.title for hit in hits] == ["수소 협약", "일반 소식"]


def test_sort_by_date_puts_the_newest_first(db) -> None:
    hits = search.search(db, "데이터", order="date", limit=10).hits
    dates = [hit.date for hit in hits]
    assert dates == sorted(dates, reverse=True) and len(dates) == 4


def test_snippet_is_cut_around_the_first_match_and_marks_it() -> None:
    body = "가" * 300 + " 업무 협약을 맺었다 " + "나" * 300
    text, spans = search.snippet(body, [fold("업무협약")])
    assert len(text) < 130 and text.startswith("…") and text.endswith("…")
    [(start, end)] = spans
    assert text[start:end] == "업무 협약"


def test_limit_and_total(db) -> None:
    result = search.search(db, "다", limit=2)
    assert len(result.hits) == 2
    assert result.total == 6


# ---------------------------------------------------------------- clauses and filters


@pytest.fixture
def agreements_db(tmp_path: Path):
    archive = store.open_archive(tmp_path / "archive.db")
    signings = [
        ("광주광역시", "광주광역시", "한빛대학교", "2023-05-01", "AI 데이터센터 공동 구축"),
        ("서구", "광주광역시 서구", "누리재단", "2024-02-03", "AI데이터센터 인력 양성"),
        ("광주시", "경기도 광주시", "미래공사", "2022-07-09", "AI 데이터센터 부지 제공"),
    ]
    with store.transaction(archive):
        for index, (name, region, partner, date, clause) in enumerate(signings):
            body = f"{name}와 {partner}가 업무협약을 체결했다. 주요 내용은 ▲{clause} 등이다."
            article = Article(
                title=f"{name}·{partner} 협약",
                body=body,
                outlet=["남도일보", "한빛경제", "경기신문"][index],
                published=PartialDate(*map(int, date.split("-"))),
            )
            article_id, _ = store.insert_article(archive, article, f"s{index}")
            start = body.index(clause)
            report = AgreementReport(
                title=f"{name}·{partner} 업무협약",
                kind="업무협약",
                status="signed",
                date=article.published,
                parties=[Party(name=region, span=(0, 2)), Party(name=partner, span=(4, 8))],
                regions=[Region(region)],
                clauses=[Clause(text=clause, span=(start, start + len(clause)))],
            )
            store.save_reports(archive, article_id, [report])
    return archive


def test_clause_hits_name_their_agreement_and_show_the_whole_clause(agreements_db) -> None:
    hits = search.search(agreements_db, "인력양성", scope="clauses").hits
    [hit] = hits
    assert hit.kind == "clause"
    assert hit.clause == hit.snippet == "AI데이터센터 인력 양성"
    assert hit.agreement_id is not None and "누리재단" in hit.title
    assert [hit.snippet[s:e] for s, e in hit.match_spans] == ["인력 양성"]


def test_region_filter_takes_districts_but_not_a_namesake(agreements_db) -> None:
    result = run_cli(
        "--db", str(agreements_db.conn.execute("PRAGMA database_list").fetchone()[2]),
        "search", "데이터센터", "--region", "광주", "--format", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    outlets = {hit["outlet"] for hit in json.loads(result.out)}
    assert outlets == {"남도일보", "한빛경제"}


def test_party_outlet_and_date_filters(agreements_db) -> None:
    def outlets(**filters) -> set[str]:
        hits = search.search(
            agreements_db, "데이터센터", filters=store.SearchFilters(**filters)
        ).hits
        return {hit.outlet for hit in hits}

    assert outlets(parties=filters.resolve_party(agreements_db, "미래")) == {"경기신문"}
    assert outlets(outlet="한빛") == {"한빛경제"}
    assert outlets(since="2023") == {"남도일보", "한빛경제"}
    assert outlets(until="2023-05") == {"남도일보", "경기신문"}
    assert outlets(since="2023-06", until="2024-02-03") == {"한빛경제"}


def test_reextract_leaves_no_stale_clause_hits(agreements_db) -> None:
    with store.transaction(agreements_db):
        store.clear_agreements(agreements_db)
    assert search.search(agreements_db, "인력양성", scope="clauses").total == 0


# ---------------------------------------------------------------- the command


def _cli(db, *args: str):
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    return run_cli("--db", path, "search", *args)


def test_json_hits_have_exactly_the_documented_keys(agreements_db) -> None:
    result = _cli(agreements_db, "데이터센터", "--format", "json")
    hits = json.loads(result.out)
    assert {hit["kind"] for hit in hits} == {"article", "clause"}
    keys = {"kind", "article_id", "agreement_id", "path", "outlet", "title", "date"}
    keys |= {"clause", "snippet", "match_spans", "score", "ambiguous_regions", "added", "removed"}
    assert all(set(hit) == keys for hit in hits)


def test_csv_has_the_same_fields_flat(agreements_db) -> None:
    result = _cli(agreements_db, "데이터센터", "--format", "csv", "--in", "clauses")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 3
    assert list(rows[0]) == list(search.CSV_COLUMNS)
    start, end = map(int, rows[0]["match_spans"].split()[0].split("-"))
    assert fold(rows[0]["snippet"][start:end]) == fold("데이터센터")


def test_table_prints_markup_and_escapes_as_text(tmp_path: Path) -> None:
    archive = store.open_archive(tmp_path / "a.db")
    with store.transaction(archive):
        store.insert_article(archive, Article("[/] [bold]제목\x1b[31m", "협약 \x1b[2J본문"), "a")
    result = run_cli("--db", str(tmp_path / "a.db"), "search", "협약")
    assert result.code == 0, result.err
    assert "[/] [bold]제목" in result.out
    assert "\x1b" not in result.out
    assert "1 hit" in result.out


def test_empty_query_is_a_usage_error(db) -> None:
    result = _cli(db, "  ")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) <= 2 and "Traceback" not in result.err


def test_unknown_region_is_a_usage_error(db) -> None:
    result = _cli(db, "협약", "--region", "아틀란티스")
    assert result.code == 2 and "Traceback" not in result.err


def test_an_exclusion_typed_as_the_help_shows_says_where_it_goes(db) -> None:
    """`협약 -MOU` is what a newcomer types; click alone would answer "No such option '-M'"."""
    result = _cli(db, "--limit", "5", "협약", "-MOU")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "mouarchive search --limit 5 -- 협약 -MOU" in result.err
    assert "No such option" not in result.err
    assert _cli(db, "--", "협약", "-MOU").code == 0  # the suggested form runs


def test_dashes_are_text_not_an_exclusion_of_dashes(db) -> None:
    """`search -- '--'` answered "give at least one term to search for, not only
    -exclusions": the user searched for the text "--"."""
    assert search.parse("--") == search.Query((("--",),))
    assert search.parse("--x -MOU") == search.Query((("--x",),), ("mou",))
    result = _cli(db, "--", "--")
    assert (result.code, result.err) == (0, "")
    assert result.out == "0 hits for --\n"


def test_an_option_typed_after_the_dashes_is_searched_as_text_and_said_so(db) -> None:
    """`search -- 협약 -MOU --limit 5` answered "0 hits for 협약 -MOU --limit 5" in silence."""
    result = _cli(db, "--", "협약", "-MOU", "--limit", "5")
    assert result.code == 0
    assert result.err == "note: --limit after -- is searched as text; put options before --\n"
    assert result.out == "0 hits for 협약 -MOU --limit 5\n"
    assert _cli(db, "--", "협약", "-MOU").err == ""


def test_a_mistyped_long_option_still_names_the_options_it_resembles(db) -> None:
    result = _cli(db, "협약", "--regoin", "광주")
    assert result.code == 2 and "--region" in result.err


def test_no_hit_says_what_was_searched_with_which_filters(db) -> None:
    """A bare "0 hits" leaves a newcomer guessing whether the query or a filter was wrong."""
    result = _cli(db, "없는말", "--in", "clauses", "--since", "2021", "--outlet", "[bold]일보")
    assert result.code == 0
    assert result.out == "0 hits for 없는말 (in clauses, outlet '[bold]일보', since 2021)\n"


def test_footer_counts_every_hit(db) -> None:
    result = _cli(db, "다", "--limit", "1")
    assert "6 hits (showing 1" in result.out


@given(st.text(max_size=30))
@settings(max_examples=60, deadline=None)
def test_the_command_answers_any_query_without_a_traceback(query: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "a.db")
        archive = store.open_archive(Path(path))
        with store.transaction(archive):
            store.insert_article(archive, Article("협약", "업무협약을 맺었다."), "a")
        archive.conn.close()
        result = run_cli("--db", path, "search", "--format", "json", "--", query)
    assert result.code in (0, 2), result.err
    assert "Traceback" not in result.err
    if result.code == 0:
        assert isinstance(json.loads(result.out), list)


def test_cased_letters_beyond_ascii_match_case_insensitively(tmp_path: Path) -> None:
    archive = store.open_archive(tmp_path / "a.db")
    with store.transaction(archive):
        store.insert_article(archive, Article("ΣΊΣΥΦΟΣ 협약", "Ärger"), "a")
        store.insert_article(archive, Article("다른 기사", "arger"), "b")
    assert [h.article_id for h in search.search(archive, "σίσυφος").hits] == [1]
    assert [h.article_id for h in search.search(archive, "ärger").hits] == [1]


@pytest.mark.parametrize("index", ["articles_fts", "articles_grams"])
def test_an_archive_indexed_before_search_existed_is_indexed_on_first_search(
    db, index: str
) -> None:
    with store.transaction(db):
        db.execute(f"INSERT INTO {index} ({index}) VALUES ('delete-all')")
    assert found(db, "협약") == {"compact", "company"}
    assert found(db, "데이터센터") == {"compact", "spaced", "lower"}
    assert found(db, "협약 OR 데이터센터") == {"compact", "spaced", "lower", "company"}


def test_every_real_article_is_found_by_a_passage_of_its_own(seeds_dir: Path, tmp_path) -> None:
    """On the real seed articles: any passage, however spaced, finds the article it is from."""
    from mouarchive import ingest, inputs

    archive = store.open_archive(tmp_path / "seeds.db")
    ingest.add_inputs(archive, inputs.expand([str(seeds_dir)], inputs.SourceMeta()))
    rows = archive.execute("SELECT id, body FROM articles").fetchall()
    assert rows
    for article_id, body in rows:
        for start in range(0, len(body) - 12, max(1, len(body) // 7)):
            passage = body[start : start + 12]
            if not fold(passage) or '"' in passage:  # a quote would end the phrase
                continue
            hits = search.search(archive, f'"{passage}"', scope="articles", limit=1000).hits
            assert article_id in {hit.article_id for hit in hits}, passage


def test_a_title_supplied_by_a_second_copy_is_searchable(tmp_path: Path) -> None:
    archive = store.open_archive(tmp_path / "a.db")
    body = "두 기관은 해양 관광 협력을 위한 업무협약을 맺었다."
    with store.transaction(archive):
        store.insert_article(archive, Article(None, body), "same")
        store.insert_article(archive, Article("섬진강 뱃길 복원 맞손", body), "same")
    result = run_cli("--db", str(tmp_path / "a.db"), "search", "뱃길복원", "--format", "json")
    assert [hit["title"] for hit in json.loads(result.out)] == ["섬진강 뱃길 복원 맞손"]
    by_body = run_cli("--db", str(tmp_path / "a.db"), "search", "해양관광", "--format", "json")
    assert len(json.loads(by_body.out)) == 1  # the old entry was replaced, not duplicated


def test_an_ambiguous_gwangju_is_found_by_either_region_and_says_so(tmp_path: Path) -> None:
    """A bare 광주시 the text left open: `--region 광주` and `--region "경기 광주"` both find
    its article and its clauses, marked 지역 모호, with the readings in JSON and CSV; a
    region it cannot be does not."""
    from views_archive import Signing, build

    path = tmp_path / "archive.db"
    db, (either, _) = build(
        path,
        [
            Signing(
                [("광주시", None), ("빛고을협동조합", None)],
                ambiguous=["광주광역시"],
                clauses=["청년 창업 금융 지원"],
            ),
            Signing([("대구광역시", None), ("새봄재단", None)], regions=["대구광역시"],
                    clauses=["청년 창업 공간 제공"]),
        ],
    )  # fmt: skip
    db.conn.close()
    readings = ["광주광역시", "경기도 광주시"]
    for region in ("광주", "경기 광주", "경기"):
        args = ("--db", str(path), "search", "청년창업", "--region", region)
        hits = json.loads(run_cli(*args, "--format", "json").out)
        assert {(h["kind"], h["agreement_id"]) for h in hits} == {
            ("article", either),
            ("clause", either),
        }, region
        assert all(h["ambiguous_regions"] == readings for h in hits)
        rows = list(csv.DictReader(io.StringIO(run_cli(*args, "--format", "csv").out)))
        assert {r["ambiguous_regions"] for r in rows} == {"광주광역시; 경기도 광주시"}
        table = run_cli(*args).out
        assert table.count("지역 모호: 광주광역시 / 경기도 광주시") == 2, table
    nothing = run_cli("--db", str(path), "search", "청년창업", "--region", "서울").out
    assert nothing == "0 hits for 청년창업 (region 서울특별시)\n"
    found = run_cli("--db", str(path), "search", "청년창업", "--format", "json")
    everything = json.loads(found.out)
    assert {h["agreement_id"]: h["ambiguous_regions"] for h in everything}[either] == readings
    assert [h["ambiguous_regions"] for h in everything if h["agreement_id"] != either] == [[], []]
