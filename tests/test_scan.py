"""A regex given a look-ahead for where matches can start finds exactly what it found before."""

from __future__ import annotations

import re

import pytest

from mouarchive.extract.signing_context import REFERENCE_RE
from mouarchive.text.scan import Guarded, guarded, scanner

TEXT = (
    "광주시는 12일 시청에서 한빛전자와 업무협약을 체결했다. 이번 협약에 따라 양측은 협력한다.\n"
    "두 기관은 2024. 3. 5. 서명식을 가졌고, (주)다온은 맺은 협약을 이행한다. 5개 기업과 MOU."
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"체결|맺|서명",
        r"(?:이번|양)\s?(?:협약|측)(?P<tail>은|에)",
        r"\d+\s?(?:개|곳)\s?(?:기업|기관)(?:과|와)",
        r"(?<=\s)[가-힣]+(?:은|는)\s",
        r"[A-Z]{2,}",
        r"^(?:이날\s)?[가-힣]{0,4}협약을|맺",
        r"\A[가-힣]+는|MOU",
        REFERENCE_RE.pattern,
    ],
)
def test_the_same_matches_with_their_groups_in_the_same_places(pattern: str) -> None:
    plain, fast = re.compile(pattern), scanner(re.compile(pattern))
    assert fast.pattern.startswith("(?=[")
    assert [(m.span(), m.groups()) for m in fast.finditer(TEXT)] == [
        (m.span(), m.groups()) for m in plain.finditer(TEXT)
    ]


def test_a_pattern_that_may_match_nothing_or_ignores_case_is_left_as_it_is() -> None:
    for regex in (re.compile(r"(?:협약)?"), re.compile("mou", re.IGNORECASE)):
        assert scanner(regex) is regex


def test_a_branch_anchored_at_the_start_adds_the_anchor_not_its_letters() -> None:
    fast = scanner(re.compile(r"^[가-힣]{0,4}시는|체결"))
    assert fast.pattern.startswith("(?=[체]|^)")
    lines = "광주시는 협약을 체결했다.\n대구시는 체결했다."
    assert [m.span() for m in fast.finditer(lines)] == [(0, 4), (9, 11), (20, 22)]
    multiline = scanner(re.compile(r"^[가-힣]{0,4}시는|체결", re.MULTILINE))
    assert [m.span() for m in multiline.finditer(lines)] == [(0, 4), (9, 11), (15, 19), (20, 22)]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"제보.*(?:카카오|전화|메일|@)|(?:카카오|전화|메일).*제보", ("제보",)),
        (r"\s*[|│]\s*", ("|", "│")),
        (
            r"(?<!\d)\d+\s?(?:개\s?[가-힣]{0,4}?(?:기업|기관)|개사|곳)(?:이|가|은|는)\s",
            ("개", "곳"),
        ),
        (r"(?P<name>\S+?)(?:을|를)\s비롯(?:해|한|하여)\s", ("비롯",)),
        (r"(?:(?<!\d)\d+|[두세네])\s?건|\d+\s?(?:개|곳)\s?기업(?:과|와)", ("건", "기업")),
        (r"[가-힣]'[가-힣]", ("'",)),
    ],
)
def test_a_guarded_pattern_finds_what_it_found_before(pattern: str, words: tuple) -> None:
    plain, fast = re.compile(pattern), guarded(re.compile(pattern))
    assert isinstance(fast, Guarded)
    assert fast.words == words
    texts = [TEXT, *TEXT.split("\n"), "", "제보 전화 1234", "a | b │ c", "3개 기업이 ", "김씨'가"]
    texts += ["12건의", "두 건", "A를 비롯해 B", "5곳이 ", "5 개사가 "]
    for text in texts:
        for pos, endpos in ((0, len(text)), (3, len(text)), (0, 5), (-4, 200), (7, 2)):
            for method in ("search", "match", "fullmatch"):
                found = getattr(fast, method)(text, pos, endpos)
                expected = getattr(plain, method)(text, pos, endpos)
                assert (found and (found.span(), found.groups())) == (
                    expected and (expected.span(), expected.groups())
                )
            assert [m.span() for m in fast.finditer(text, pos, endpos)] == [
                m.span() for m in plain.finditer(text, pos, endpos)
            ]
            assert fast.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
        assert fast.sub("_", text) == plain.sub("_", text)
        assert fast.split(text) == plain.split(text)


def test_a_pattern_without_words_every_match_holds_is_left_as_it_is() -> None:
    for pattern in (r"[가-힣]+", r"(?:협약)?체?", r"(?=협약)\w+", r"협약|\d", "mou"):
        regex = re.compile(pattern, re.IGNORECASE if pattern == "mou" else 0)
        assert guarded(regex) is regex
