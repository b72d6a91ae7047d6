"""Reshaping a signing sentence's words before its parties are read from them.

Korean copy shortens lists of bodies in ways the word-by-word reading of `parties` cannot
follow: places share one body's ending ("광주·전남·전북교육청"), a second branch leaves out
its body ("농협충남지역본부 및 충북지역본부"), 간 fuses to the last party ("공현진어촌계간")
and a group word takes the parties' particle ("대전시와 행복청 양 기관은"). Each pass here
rewrites the words as if written in full, so that the readers after it see one party a word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from mouarchive.extract.foreign_places import COUNTRIES, places_abroad
from mouarchive.extract.orgnames import is_count_of_bodies
from mouarchive.extract.party_regions import named_place
from mouarchive.extract.tokens import GROUP_SUBJECT_RE, LEVELS, Token, all_hangul, ends_like_org
from mouarchive.models import Region
from mouarchive.vocab import word_set, words

_SHARED_ENDINGS = tuple(sorted(words("regional_bodies", "shared_endings"), key=len, reverse=True))


def shared_endings(tokens: Sequence[Token], text: str) -> list[Token]:
    """ "광주·전남·전북교육청", "유성·세종·공주경찰서": places run together by dots, the last
    with a body's name, each stand for that body of their own place, as if each were written
    in full ("광주교육청·전남교육청·전북교육청"); so do places listed with the body written
    apart after the last ("부산과 울산, 경남 테크노파크들이")."""
    out = _body_written_apart(list(tokens), text)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and out[end].particle == "·":
            end += 1
        if end > k and end < len(out):
            last = out[end].stem
            ending = next((e for e in _SHARED_ENDINGS if last.endswith(e)), None)
            place = last[: -len(ending)] if ending else ""
            run = out[k:end]
            if ending and _is_place(place, text) and all(_is_place(t.stem, text) for t in run):
                out[k:end] = [replace(t, stem=t.stem + ending) for t in run]
            elif out[end].particle in _PARTNER_MARKS and (brand := _shared_brand(last, run, text)):
                out[k:end] = [replace(t, stem=t.stem + brand) for t in run]
        k = end + 1
    return out


def _body_written_apart(out: list[Token], text: str) -> list[Token]:
    """ "부산과 울산, 경남 테크노파크들이", "부산·울산·경남 테크노파크가", "충주·제천·단양 3개
    문화재단이": bare places listed (by dots, commas or 와/과), the body they share written
    apart after the last (counted or not, plural or not); each place and the body become one
    word ("부산테크노파크", …)."""
    k = 0
    while k + 1 < len(out):
        # "충주·제천·단양 3개 문화재단이": the places counted before the body they share.
        counted = (
            out[k + 1] if not out[k + 1].particle and is_count_of_bodies(out[k + 1].stem) else None
        )
        body = out[k + 2] if counted is not None and k + 2 < len(out) else out[k + 1]
        ending = body.stem.removesuffix(_PLURAL)
        if out[k].particle or ending not in _SHARED_ENDINGS or not _is_place(out[k].stem, text):
            k += 1
            continue
        first = k
        while first > 0 and out[first - 1].particle in _PLACE_LIST_MARKS:
            if not _is_place(out[first - 1].stem, text):
                break
            first -= 1
        if first == k:
            k += 1
            continue
        run = [replace(t, stem=t.stem + ending, particle=",") for t in out[first:k]]
        last = replace(out[k], stem=out[k].stem + ending, particle=body.particle, end=body.end)
        out[first : k + (3 if counted is not None else 2)] = [*run, last]
        k = first + len(run) + 1
    return out


def body_shared_by_places(items: Sequence[str], text: str) -> list[str] | None:
    """ "부산, 울산, 경남 테크노파크들": the items of a list whose last is a place and a body
    written apart, plural or not, the others bare places: each place's own body
    ("부산테크노파크", …); None for any other list."""
    place, _, body = items[-1].partition(" ") if len(items) > 1 else ("", "", "")
    ending = body.removesuffix(_PLURAL)
    if (
        ending not in _SHARED_ENDINGS
        or not _is_place(place, text)
        or not all(_is_place(item, text) for item in items[:-1])
    ):
        return None
    return [item + ending for item in items[:-1]] + [place + ending]


# "부산과 울산, 경남 테크노파크들이": the marks between places sharing a body written apart.
_PLACE_LIST_MARKS = frozenset({"·", ",", "와", "과"})
_PLURAL = "들"


def _shared_brand(last: str, run: Sequence[Token], text: str) -> str | None:
    """ "국민·우리·하나은행": the kind the last brand's name ends with, when every brand before
    it is a bare word of two to four letters naming no place or body ("군산시·전라북도·
    한빛대학교" are three parties as written)."""
    ending = next((e for e in _BRAND_ENDINGS if last.endswith(e) and len(last) > len(e) + 1), None)
    if ending is None:
        return None
    bare = all(
        2 <= len(t.stem) <= 4
        and all_hangul(t.stem)
        and not t.stem.endswith(ending)
        and not ends_like_org(t.stem)
        and not t.stem.endswith(LEVELS)
        and named_place(t.stem, text) is None
        for t in run
    )
    return ending if bare else None


# The run stands as the signing's partners or subject ("국민·우리·하나은행과").
_PARTNER_MARKS = frozenset({"와", "과", "이", "가", "은", "는", ","})
_BRAND_ENDINGS = tuple(
    sorted(words("regional_bodies", "shared_brand_endings"), key=len, reverse=True)
)


_BRANCH_WORDS = tuple(sorted(words("regional_bodies", "branch_words"), key=len, reverse=True))


def elided_heads(tokens: Sequence[Token], text: str) -> list[Token]:
    """ "농협충남지역본부 및 충북지역본부", "한전 광주지사, 나주지사": the second of two branches
    of one body leaves out the body's name, which the first gives ("농협충북지역본부")."""
    out = list(tokens)
    for k in range(len(out) - 1):
        first = out[k]
        later = k + 2 if first.particle == "" and out[k + 1].stem == "및" else k + 1
        if later >= len(out) or (later == k + 1 and first.particle not in (",", "와", "과")):
            continue
        second = out[later]
        ending = next((e for e in _BRANCH_WORDS if second.stem.endswith(e)), None)
        if ending is None or not first.stem.endswith(ending):
            continue
        place = second.stem[: -len(ending)]
        head = _head_before_place(first.stem[: -len(ending)], text)
        if head and _is_place(place, text) and not second.stem.startswith(head):
            out[later] = replace(second, stem=head + second.stem)
    return out


def _head_before_place(named: str, text: str) -> str | None:
    """ "농협충남" → "농협": the body's name before the place its branch is for."""
    for cut in range(1, len(named) - 1):
        if _is_place(named[cut:], text):
            return named[:cut]
    return None


def between_split(
    tokens: Sequence[Token], region: Callable[[str], Region | None], text: str
) -> list[Token]:
    """ "A와 공현진어촌계간 …협약", "A와 호치민시 관광진흥센터간의", "A와 중앙대병원간에",
    "인천시와 호치민시간": 간 ("between") run together with the last of the parties is written
    apart from it, as in "A와 B 간"; a city abroad no gazetteer holds is known by its place in
    the pair and by the article naming it after its country ("베트남 호치민시"), which
    "근무시간" is not."""
    out: list[Token] = []
    for tok in tokens:
        body = tok.stem[:-1]
        paired = bool(out) and out[-1].particle in ("와", "과")
        fused = (
            tok.stem.endswith("간")
            and tok.particle in ("", "의", "에")
            and len(body) >= 2
            and (
                ends_like_org(body)
                or region(body) is not None
                or (paired and _place_abroad_named(body, text))
            )
        )
        if not fused:
            out.append(tok)
            continue
        out.append(replace(tok, stem=body, particle="", end=tok.end - 1))
        out.append(replace(tok, stem="간", particle=tok.particle, start=tok.end - 1))
    return out


def _place_abroad_named(word: str, text: str) -> bool:
    """A place the article names after its country ("베트남 호치민시는 …"), or the country
    run together with it ("중국무한시간의"): a word shaped like one may be anything
    ("근무시에")."""
    places = places_abroad(text)
    return word in places or any(
        word.startswith(country) and word[len(country) :] in places for country in COUNTRIES
    )


def _is_place(word: str, text: str) -> bool:
    """A place written bare, without its level ("전남", "유성" for 유성구), or a quarter of
    one ("중부"): a government written whole ("전남도·신안군·전남개발공사") is a party of its
    own, not a place the ending is shared with."""
    if word in _QUARTERS:
        return True
    found = named_place(word, text)
    # "대구" (대구광역시): a bare name that happens to end as a 구 does.
    return found is not None and (
        not word.endswith(LEVELS) or (found.name.startswith(word) and found.name != word)
    )


_QUARTERS = word_set("regional_bodies", "quarters")


def grouped(tokens: list[Token], text: str, region: Callable[[str], Region | None]) -> list[Token]:
    """ "대전시와 행복청 양 기관은": the last name before the group that sums the parties up
    takes the group's particle, as if written "대전시와 행복청은"."""
    out = []
    for tok in tokens:
        group = GROUP_SUBJECT_RE.match(text, tok.end) if tok.particle == "" else None
        if group and not tok.stem.endswith(LEVELS) and region(tok.stem):
            # "부산 두 대학은": a place the group is of, not one of its members.
            group = None
        out.append(replace(tok, particle=group["particle"]) if group else tok)
    return out


def side_by_side(tokens: list[Token]) -> list[Token]:
    """ "초기투자액셀러레이터협회 하이서울기업협회와 각각": two names of bodies of one kind written
    side by side with no comma are two partners, as if written "…협회, 하이서울기업협회와"; a
    branch after its body ("한국여성경제인협회 경남지회") is of another kind and stays one name."""
    out = list(tokens)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        kind = next((e for e in _PEER_ENDINGS if second.stem.endswith(e)), None)
        if (
            kind is not None
            and not first.particle
            and not first.joined
            and first.stem.endswith(kind)
            and min(len(first.stem), len(second.stem)) >= len(kind) + _NAME_BEFORE_KIND
            and second.particle in ("와", "과", "은", "는", "이", "가")
        ):
            out[k] = replace(first, particle=",")
    return out


_PEER_ENDINGS = tuple(words("organisations", "peer_endings"))
_NAME_BEFORE_KIND = 3  # letters of a body's own name before its kind ("하이서울기업협회")
