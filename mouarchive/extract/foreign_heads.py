"""Heads of bodies abroad and of companies written in Latin letters, whose names no Korean
name shape fits.

"노관규 순천시장과 다나카 겐지 하기시장", "강진원 군수와 응우옌반선 호이안시 인민위원회
위원장", "김하윤 군수와 레 반 뚜언 타이빈성 인민위원회 부위원장", "대니얼 박 NextWave
Robotics 대표": a foreign name is two or more words, or one word no Korean name fits, and
usually follows another signer; the city or company after it may be one no gazetteer holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from mouarchive.extract.foreign_places import visited
from mouarchive.extract.orgnames import (
    FOREIGN_GOVERNMENTS,
    LATIN_WORD_RE,
    is_named_org,
    is_org,
    is_org_word,
    is_verb_form,
    latin_name_start,
    normalize_org,
)
from mouarchive.extract.person_titles import COMPANY_HEADS, looks_like_name, merged_title
from mouarchive.extract.tokens import NOT_NAME, TITLES, Token, all_hangul
from mouarchive.models import Region, Signatory
from mouarchive.vocab import table, word_set, words


def foreign_heads(
    tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """Every foreign or Latin-lettered head in `tokens`; `signatories_in` lets them win over a
    Korean reading of the same words ("마이클 스콧 루체모터스 사장")."""
    found = [
        *_foreign_signatories(tokens, region),
        *_foreign_city_heads(tokens, region),
        *_spaced_foreign_heads(tokens, region),
        *_latin_company_heads(tokens, region),
        *_visited_mayors(tokens, region),
    ]
    return [_place_with_its_level(s, region) for s in found]


def _place_with_its_level(head: Signatory, region: Callable[[str], Region | None]) -> Signatory:
    """ "하오 롱 빈 타이베이 시장": the head of 타이베이시, which the title written apart left
    without its level; a place written with one keeps it ("산서성")."""
    level = _PLACE_LEVELS.get(head.title or "")
    org = head.organization
    if level is None or not org or org.endswith(_LEVELS) or not all_hangul(org) or region(org):
        return head
    return replace(head, organization=org + level)


_PLACE_LEVELS: dict[str, str] = table("titles", "heads_of_places")
_LEVELS = tuple(set(_PLACE_LEVELS.values()))  # "산서성 … 시장": a place with a level already


def _foreign_signatories(
    tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "㈜야마다소재 다나카 겐지 대표", "다나카 겐지 하기시장": a two-word name that is no
    Korean name shape, after an organisation with a company form or organisational suffix
    and before a title, or before a foreign city's head ("하기시장" → 하기시)."""
    found: list[Signatory] = []
    for i in range(len(tokens) - 2):
        first, second, title = tokens[i : i + 3]
        # "마사히로", "다로": a foreign name's last syllable can look like a particle.
        given = second.stem + second.particle if second.particle in ("로", "도", "이") else None
        if first.particle or (second.particle and given is None) or _verb_at(tokens, i):
            continue
        # A Korean-shaped first word ("윤민호 바다테크 대표") is a Korean name and company.
        foreign_sounding = spelled_abroad(first.stem + second.stem) or _after_a_head(
            tokens, i, region
        )
        after = (
            _company_after_name(tokens, i + 2)
            if foreign_sounding and not looks_like_name(first.stem)
            else None
        )
        city = _city_after_name(tokens, i + 2) if foreign_sounding else None
        if after is not None:
            title = tokens[after[1]]
        elif city is not None:
            title = tokens[i + 3]
        if (
            title.stem not in TITLES
            and title.stem not in _COMPANY_OFFICERS
            and not title.stem.endswith(("시장", "주지사"))
        ):
            continue
        org_tok = tokens[i - 1] if i > 0 and not tokens[i - 1].particle else None
        # "요코하마시 하야시 후미코 시장": the city abroad the head heads, written before the name.
        city_before = org_tok is not None and title.stem in TITLES and _city_abroad(org_tok, region)
        # "양승조 지사는 … 리드완 카밀 서자바주지사와 의향서를 체결했다": a governor abroad as
        # the partner, a title no Korean head holds fused to a place.
        governor = title.stem.endswith(_STATE_HEADS) and title.particle in ("와", "과")
        # Before or after a city abroad and its head's title, a Korean-looking given name
        # ("시오타 고이치 가고시마현 지사") is still a foreign one.
        abroad = (
            city is not None
            or city_before
            or (
                _foreign_head(title.stem) is not None
                and (governor or _after_a_head(tokens, i, region))
            )
        )
        if not _foreign_name(first.stem, given or second.stem, region, abroad=abroad):
            continue
        org: str | None
        if city is not None:
            org, role = city
        elif city_before and org_tok is not None:
            org, role = org_tok.stem, title.stem
        elif after is not None:
            org = normalize_org(after[0], "", region)
            role = title.stem
        elif title.stem in TITLES and org_tok is not None and is_org_word(org_tok.stem):
            org = normalize_org(org_tok.stem, "", region)
            role = title.stem
        elif (
            title.stem in COMPANY_HEADS
            and org_tok is None
            and spelled_abroad(second.stem)
            and not looks_like_name(first.stem)
            and _after_a_head(tokens, i, region)
        ):
            # "대니얼 휘트퍼드 대표는": the company is left to the parties of the signing.
            org, role = None, title.stem
        else:
            head = _foreign_head(title.stem)
            if head is None:
                continue
            if governor:
                # Before the governor's name, a word of the sentence ("온라인을 통해") or none.
                if org_tok is not None and is_org_word(org_tok.stem):
                    continue
            elif org_tok is not None or not _after_a_head(tokens, i, region):
                continue
            org, role = head
        name = f"{first.stem} {given or second.stem}"
        found.append(Signatory(name, role, org, (first.start, title.end)))
    return found


def _verb_at(tokens: Sequence[Token], i: int) -> bool:
    """ "… 시청을 방문해 아브드카드로브 에밀벡 시장과", "시청을 찾아 …": a verb, or the word right
    after an object, opens no name."""
    return is_verb_form(tokens[i].stem) or (i > 0 and tokens[i - 1].particle in ("을", "를"))


def _visited_mayors(
    tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "상하이 시청을 방문해 궁정(龚正) 시장과", "비슈케크 시청을 찾아 아브드카드로브 에밀벡
    시장과", "바르셀로나시청을 방문해 자우마 콜보니 바르셀로나 시장과": a foreign name of one or
    two words before a bare 시장 (or before the city's name and 시장), in a sentence that
    visits a city abroad, is that city's mayor."""
    found: list[Signatory] = []
    for k in range(2, len(tokens)):
        if tokens[k].stem != "시장" or tokens[k].particle not in ("와", "과", ","):
            continue
        city = _visited_city(tokens, k)
        if city is None:
            continue
        end = k - 1 if tokens[k - 1].stem in (city, city[:-1]) else k
        if end == k and _city_abroad(tokens[k - 1], region):
            # "웨이하이시 시장과": the city is named with its head, whichever city was visited.
            continue
        two = (
            end >= 2
            and not _verb_at(tokens, end - 2)
            and _foreign_name(tokens[end - 2].stem, tokens[end - 1].stem, region, abroad=True)
        )
        words = tokens[end - 2 : end] if two else tokens[end - 1 : end]
        first = end - len(words)
        if any(t.particle for t in tokens[first:k]) or _verb_at(tokens, first):
            continue
        if all_hangul(words[-1].stem) and 2 <= len(words[-1].stem) <= _LONGEST_ABROAD:
            name = " ".join(t.stem for t in words)
            found.append(Signatory(name, "시장", city, (words[0].start, tokens[k].end)))
    return found


def _visited_city(tokens: Sequence[Token], i: int) -> str | None:
    """The city abroad a sentence visits before word `i`: "비슈케크 시청을 찾아",
    "바르셀로나시청을 방문해", "비슈케크시를 방문해", "몽골 울란바토르를 방문해". The place must
    be abroad by its spelling, a Chinese city the tables know, or a country the sentence
    names; "이날 시청을 방문해" visits the article's own city hall, and "영상 시청을 마친"
    watches a video."""
    for k in range(i - 1, 0, -1):
        if not visited(tokens, k):
            continue
        word = tokens[k]
        if word.stem == "시청" and not tokens[k - 1].particle:
            place = tokens[k - 1].stem
        elif word.stem.endswith("시청") and len(word.stem) > 3:
            place = word.stem[:-2]
        else:
            place = word.stem.removesuffix("시")
        city = place + "시"
        abroad = (
            spelled_abroad(place)
            or city in _CHINESE_CITIES
            or any(t.stem in _COUNTRIES for t in tokens[:k])
        )
        if all_hangul(place) and place not in _COUNTRIES and abroad:
            return city
        return None
    return None


_COUNTRIES = word_set("abroad", "countries")
_CHINESE_CITIES = frozenset(
    name for pair in table("abroad", "chinese_readings").items() for name in pair
)


def _spaced_foreign_heads(
    tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "김하윤 군수와 레 반 뚜언 타이빈성 인민위원회 부위원장": after another signer, a name
    of three or four short words, two of them single syllables (as Vietnamese names are
    written), then the organisation and a title, is that organisation's head."""
    found: list[Signatory] = []
    if sum(len(t.stem) == 1 for t in tokens) < 2:
        return found
    for i in range(1, len(tokens) - 4):
        if _MODIFIER_RE.search(tokens[i].stem):
            # "16일 예방한 웬 탄 퐁 호치민시 인민위원회 위원장과": a verb before the name.
            continue
        k = i
        while k < len(tokens) and k - i < 4 and not tokens[k].particle:
            if not (all_hangul(tokens[k].stem) and len(tokens[k].stem) <= 3):
                break
            k += 1
        words = [t.stem for t in tokens[i:k]]
        if len(words) < 3 or sum(len(w) == 1 for w in words) < 2:
            continue
        # "… 청사에서 응우옌 반 탄 드억포시 인민위원장과 서명했다": without another signer
        # before, the head must be the one signed with.
        partner_only = not _after_a_head(tokens, i, region)
        # The last short words may open the organisation ("남딘성"): keep three for the name.
        name_end = i + 3
        org_words: list[str] = []
        for j in range(name_end, min(name_end + 4, len(tokens))):
            title = _plain_title(tokens[j].stem)
            if partner_only and tokens[j].particle not in ("와", "과"):
                title = None
            if title is not None and org_words and org_words[-1] in _RANKS_APART:
                # "호 끼 민 다낭시 상임 부인민위원장": a rank written apart is the title's.
                title = org_words.pop() + title
            if title is not None and org_words:
                org = normalize_org(" ".join(org_words), "", region)
                name = " ".join(t.stem for t in tokens[i:name_end])
                found.append(Signatory(name, title, org, (tokens[i].start, tokens[j].end)))
                break
            if tokens[j].particle:
                break
            org_words.append(tokens[j].stem)
    return found


_RANKS_APART = word_set("titles", "ranks_apart")
_COMPANY_OFFICERS = word_set("titles", "company_officers")
_COMPANY_AREAS = word_set("titles", "company_areas")
# A verb modifying the name that follows ("예방한", "방문한", "참석했던"): no word of a name.
_MODIFIER_RE = re.compile(r"[가-힣]{2}(?:한|했던|하는|된|되는)$")


def _plain_title(word: str) -> str | None:
    """A title, or its deputy ("부위원장")."""
    if word in TITLES:
        return word
    return word if word.startswith("부") and word[1:] in TITLES else None


# "꽝응아이성", "가고시마현": a province or prefecture abroad, which no gazetteer holds.
_PROVINCES_ABROAD = words("abroad", "province_endings")
# "호이안시 인민위원회 위원장": a foreign city's governing body, which speaks for the city.
_CITY_BODIES = FOREIGN_GOVERNMENTS | {"시청"}


def _foreign_city_heads(
    tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "강진원 군수와 응우옌반선 호이안시 인민위원회 위원장": after another signer, a name
    written as one word that no Korean name fits, then a city no gazetteer holds and a title,
    is the head of that city abroad; before an organisation and a title ("오민지 총장과
    바트바야르 울란바토르의과대학 총장"), the head of that organisation."""
    found: list[Signatory] = []
    for i in range(1, len(tokens) - 2):
        name, city = tokens[i], tokens[i + 1]
        # "쩐티마이": a foreign name's last syllable can look like a particle.
        if city.particle or name.particle not in ("", "이", "로", "도"):
            continue
        after_head = _after_a_head(tokens, i, region)
        if not (after_head or city.stem.endswith(_PROVINCES_ABROAD)):
            continue
        written = name.stem + name.particle
        if not (all_hangul(written) and 2 <= len(written) <= 6):
            continue
        if looks_like_name(written) and not spelled_abroad(written):
            continue
        if not city.stem.endswith(("시", *_PROVINCES_ABROAD)):
            if not after_head:
                continue
            title_tok = tokens[i + 2]
            if (
                title_tok.stem in TITLES
                and is_named_org(city.stem, {})
                and not looks_like_name(city.stem)
                and not is_org_word(written)
            ):
                org = normalize_org(city.stem, "", region)
                found.append(Signatory(written, title_tok.stem, org, (name.start, title_tok.end)))
            continue
        if not (3 <= len(city.stem) <= 7 and all_hangul(city.stem) and region(city.stem) is None):
            continue
        if looks_like_name(city.stem) and not spelled_abroad(written):
            # "한국새농민회 이기성 회장": a body, then its head's Korean name ending as a
            # province abroad does (…성).
            continue
        k = i + 2
        if tokens[k].stem in _CITY_BODIES and not tokens[k].particle and k + 1 < len(tokens):
            k += 1
        title = tokens[k].stem
        # "… 청사에서 당반밍 꽝응아이성 인민위원장과 만나": with no signer before, the head
        # must be the one met or signed with.
        if title not in TITLES or not (after_head or tokens[k].particle in ("와", "과")):
            continue
        found.append(Signatory(written, title, city.stem, (name.start, tokens[k].end)))
    return found


def _latin_company_heads(
    tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "김민수 NextWave CEO", "대니얼 박 NextWave Robotics 대표": a company written in Latin
    letters between a head's name and a company title. The name is one Korean-shaped word, or
    two words after another signer when the first is no Korean name ("대니얼 박")."""
    found: list[Signatory] = []
    for k, title in enumerate(tokens):
        if title.stem not in COMPANY_HEADS or k < 2:
            continue
        first = latin_name_start(tokens, k - 1)
        company = tokens[first:k]
        if not LATIN_WORD_RE.fullmatch(company[-1].stem) or company[-1].particle or first < 1:
            continue
        last = tokens[first - 1]
        if last.particle or not all_hangul(last.stem):
            continue
        name, start = last.stem, last.start
        if first >= 2 and _after_a_head(tokens, first - 2, region):
            given = tokens[first - 2]
            if not given.particle and all_hangul(given.stem) and not looks_like_name(given.stem):
                name, start = f"{given.stem} {last.stem}", given.start
        if " " not in name and not looks_like_name(name):
            continue
        org = " ".join(t.stem for t in company)
        found.append(Signatory(name, title.stem, org, (start, title.end)))
    return found


def spelled_abroad(word: str) -> bool:
    """A word spelling foreign sounds ("휘트퍼드", "스미스"), not a Korean group ("어촌계")."""
    return any(ch in _TRANSLITERATION for ch in word)


def _city_abroad(word: Token, region: Callable[[str], Region | None]) -> bool:
    """A word shaped as a city, prefecture or province abroad ("요코하마시"): a place ending
    no Korean government holds."""
    stem = word.stem
    return (
        3 <= len(stem) <= 7
        and all_hangul(stem)
        and stem.endswith(("시", "현", "성", "주"))
        and region(stem) is None
    )


def _city_after_name(tokens: Sequence[Token], k: int) -> tuple[str, str] | None:
    """ "마이클 스콧 핼리팩스 시장": a foreign mayor's city written apart before the title;
    "시오타 고이치 가고시마현 지사": a prefecture or province keeps its own suffix."""
    if k + 1 >= len(tokens) or tokens[k + 1].stem not in (*_PLACE_HEADS, *_WHOLE_PLACE_HEADS):
        return None
    word = tokens[k]
    if word.particle or not (2 <= len(word.stem) <= 6 and all_hangul(word.stem)):
        return None
    title = tokens[k + 1].stem
    if len(word.stem) >= 3 and word.stem.endswith(("시", "현", "성", "주")):
        return word.stem, title
    ending = _PLACE_HEADS.get(title)
    return (word.stem + ending, title) if ending else None


# "핼리팩스 시장", "알버타 주수상": the head of a place abroad, and the ending its place takes;
# "가고시마현 지사": a head of a place named with its ending.
_PLACE_HEADS: dict[str, str] = table("titles", "heads_of_places_abroad")
_WHOLE_PLACE_HEADS = word_set("titles", "heads_of_places_named_whole")
# "서자바주지사", "알버타주수상": the head of a state or province abroad, a title no Korean
# head holds fused to a place.
_STATE_HEADS = tuple(title for title, ending in _PLACE_HEADS.items() if ending == "주")


def _company_after_name(tokens: Sequence[Token], k: int) -> tuple[str, int] | None:
    """ "다카하시 겐지 다카하시공업 사장", "매트 체레바티 유미코아 수석 부사장", "클라우스 베버
    바스토르 아시아태평양 부사장": a foreign head's company may stand between the name and a
    company title, as one bare word, perhaps with the area the officer answers for; the company
    and where its title is."""
    at = k + 1
    for apart in (_COMPANY_AREAS, _RANKS_APART):
        # "바스토르 아시아태평양 수석 부사장": the area the officer answers for, then the rank.
        if at + 1 < len(tokens) and tokens[at].stem in apart and not tokens[at].particle:
            at += 1
    if at >= len(tokens) or tokens[at].stem not in (*COMPANY_HEADS, *_COMPANY_OFFICERS):
        return None
    word = tokens[k]
    if word.particle or word.stem in TITLES or word.stem in _COMPANY_AREAS or len(word.stem) < 3:
        # "베버 바스토르 아시아태평양 부사장": an area is no company ("베버 바스토르" no name).
        return None
    return word.stem, at


def known_org(signatory: Signatory, region: Callable[[str], Region | None]) -> bool:
    """A foreign signatory's organisation read off a title ("하기시장" → 하기시) is a guess;
    it names a party only when the party is found on its own."""
    org = signatory.organization or ""
    return " " not in signatory.name or is_org_word(org) or region(org) is not None


def named_apart(org: str, text: str) -> bool:
    """ "캐나다 핼리팩스시가 …" elsewhere confirms the city a "핼리팩스시장" title implied;
    "핼리팩스 시청에서" does so for one written apart ("핼리팩스 시장"). The title's own word
    confirms nothing: "서울중부시장" (a market) holds "서울중" once, as "서울중 부시장"."""
    if text.count(org) > text.count(org + "장"):
        return True
    stem = org[:-1]
    titled = text.count(stem + " 시장") + text.count(org) + text.count(stem + _DEPUTY_MAYOR)
    return org.endswith("시") and text.count(stem) > titled


_DEPUTY_MAYOR = "부시장"


def _after_a_head(tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]) -> bool:
    """Whether word `i` follows another signer's title ("노관규 순천시장과 다나카 겐지
    하기시장"), the one setting in which a bare "…시장" is taken for a foreign mayor."""
    if i == 0 or tokens[i - 1].particle not in ("과", "와", ","):
        return False
    before = tokens[i - 1].stem
    return before in TITLES or merged_title(before, region) is not None


def _foreign_name(
    first: str, second: str, region: Callable[[str], Region | None], abroad: bool = False
) -> bool:
    words = (first, second)
    # "패럴 칸 어바인시장": abroad, a family name can be one syllable.
    shortest = (2, 1 if abroad else 2)
    if any(
        not (low <= len(w) <= _longest(w, abroad) and all_hangul(w)) or w in NOT_NAME
        for w, low in zip(words, shortest, strict=True)
    ):
        return False
    korean_second = len(second) == 3 and looks_like_name(second) and not abroad
    if korean_second or any(is_org(w, {}, region) for w in words):
        return False
    if abroad:
        return True
    return not looks_like_name(first) or any(ch in _TRANSLITERATION for ch in second)


def _longest(word: str, abroad: bool) -> int:
    """How long one word of a name may be: four syllables, or, beside a city abroad, longer
    for one that spells foreign sounds ("아브드카드로브 에밀벡 시장")."""
    return _LONGEST_ABROAD if abroad and spelled_abroad(word) else _LONGEST_KOREAN


_LONGEST_KOREAN = 4
_LONGEST_ABROAD = 7


# Syllables that spell foreign consonant clusters and endings ("스콧", "존스", "브라운") and
# hardly occur in Korean given names: they tell "마이클 스콧" from a Korean name and word.
_TRANSLITERATION = word_set("abroad", "transliteration_syllables")


def _foreign_head(word: str) -> tuple[str, str] | None:
    """ "하기시장" → ("하기시", "시장"): the head of a city abroad, which no gazetteer holds."""
    for suffix, org_end, title in (("시장", "시", "시장"), ("주지사", "주", "주지사")):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and 2 <= len(stem) <= 5 and all_hangul(stem):
            return stem + org_end, title
    return None
