"""Korea and another country as the two sides of an agreement between governments.

National desks tell a treaty, an MOU between ministries or a prime minister's visit without
naming any body: "양국 총리는 한·몽 … 협정 등도 체결했다", "한국과 베트남이 … 양해각서를
체결했다". The two countries are then the parties, as the labels of such signings have them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mouarchive.extract.orgnames import is_ministry
from mouarchive.extract.tokens import KIND_WORD_RE, Token, ends_like_org
from mouarchive.models import Party, Span
from mouarchive.vocab import alternation, pattern, table, words

KOREA = "대한민국"
_SHORT = table("abroad", "countries_written_short")
_COUNTRIES = words("abroad", "countries")
_COUNTRY = alternation([*_SHORT, *_COUNTRIES], space="")
# "한·몽 경제동반자협정", "한-호주 개발협력 양해각서": Korea and the country joined as the
# sides of the agreement named right after them; "한국-카자흐스탄 비즈니스 포럼에서" names an
# event a city's signing was held at, no sides.
_PAIR_RE = re.compile(
    r"(?<![가-힣])한(?:국)?\s?[·ㆍ\-]\s?(?P<country>"
    + _COUNTRY
    + r")(?![가-힣])\s?(?:[^\s,.]+\s){0,3}[^\s,.]*"
    + pattern("agreement_kinds", "core_nouns")
)
# "한-몽골 정상회담에서 … 20건의 양해각서(MOU)를 체결했다": what is signed at the two
# governments' meeting, however far the agreement noun.
_SUMMIT_RE = re.compile(
    r"(?<![가-힣])한(?:국)?\s?[·ㆍ\-]\s?(?P<country>"
    + _COUNTRY
    + r")(?![가-힣])\s?"
    + pattern("abroad", "summits")
)
# "양국 기업과 기관이": the signers named as companies or bodies, not the states.
_OTHERS_SIGNED_RE = re.compile(
    "(?:" + pattern("common_words", "body_group_nouns") + r")(?:들)?(?:과|와|이|가)\s"
)
# Offices that speak for the state ("청와대는 … 체결했다고 밝혔다"), never a side of their own.
STATE_OFFICES = frozenset(words("abroad", "state_offices"))
# "한국과 베트남이", "일본과 한국은": the two countries as the sentence's subject.
_SUBJECTS_RE = re.compile(
    r"(?<![가-힣])(?:한국(?:과|와)\s(?P<after>"
    + alternation(_COUNTRIES, space="")
    + r")|(?P<before>"
    + alternation(_COUNTRIES, space="")
    + r")(?:과|와)\s한국)(?:이|가|은|는|\s두\s나라|\s양국)"
)


def subject_countries(body: str, span: Span) -> list[Party]:
    """Korea and the country written as the sentence's subject ("한국과 칠레는 정상회담에서 …
    MOU를 체결했다고 청와대가 밝혔다"): the two sides, whatever else the sentence names."""
    m = _SUBJECTS_RE.search(body, *span)
    if m is None:
        return []
    at = (m.start(), m.end())
    return [Party(KOREA, at), Party(m["after"] or m["before"], at)]


def national_sides(body: str, span: Span) -> list[Party]:
    """Korea and the country the sentence pairs it with ("한·몽 … 협정", "한-몽골 정상회담에서"),
    as two parties, for a sentence that names no body but ministries (the two countries as its
    subject are `subject_countries`'); [] where it pairs none (a city's "한·중 우호도시" is the
    city's signing, which its own parties tell)."""
    sentence = body[span[0] : span[1]]
    if _OTHERS_SIGNED_RE.search(sentence):
        # "양국 기업과 기관이 모두 111건의 MOU를 체결했다": companies' and bodies' signings at
        # the summit, not one between the two states.
        return []
    m = _PAIR_RE.search(sentence) or _SUMMIT_RE.search(sentence)
    if m is None:
        return []
    at = (span[0] + m.start(), span[0] + m.end())
    return [Party(KOREA, at), Party(_SHORT.get(m["country"], m["country"]), at)]


# "양국 정상은 회담 직후 … 양해각서(MOU) 체결식에 참석해": the two heads as the subject.
_HEADS_SUBJECT_RE = re.compile(
    r"(?<![가-힣])(?:양국|두|양)\s?(?:"
    + pattern("abroad", "heads_of_state")
    + r")(?:은|는|이|가)\s"
)
# "만모한 싱 인도 총리와 정상회담을", "인도를 국빈방문한": the other country of the visit.
_VISITED_HEAD_RE = re.compile(
    "(?P<country>"
    + alternation(_COUNTRIES, space="")
    + r")(?:\s[^\s,.]+){0,1}\s(?:"
    + pattern("abroad", "heads_of_state")
    + r")(?:와|과)\s|(?P<visited>"
    + alternation(_COUNTRIES, space="")
    + r")(?:을|를)\s(?:(?:"
    + pattern("abroad", "visit_kinds")
    + r")\s?)?방문"
)


def heads_countries(body: str, span: Span) -> list[Party]:
    """ "양국 정상은 회담 직후 … MOU 체결식에 참석해": the two heads the story has Korea's
    meet stand for their countries, the other one the story names before ("만모한 싱 인도
    총리와 정상회담을 갖고", "인도를 국빈방문한"); [] when it names none."""
    if _HEADS_SUBJECT_RE.search(body, *span) is None:
        return []
    if _OTHERS_SIGNED_RE.search(body, *span) or _BETWEEN_OTHERS_RE.search(body, *span):
        # "양국 정상은 … 양국 기업 간 양해각서(MOU) 체결식에 참석했다": the heads attend what
        # others sign.
        return []
    # The nearest country told before: "지난해 일본을 방문한 데 이어 올해 인도를 국빈방문했다".
    others = [
        country
        for m in _VISITED_HEAD_RE.finditer(body, 0, span[0])
        if (country := m["country"] or m["visited"]) not in (KOREA, *_HOME)
    ]
    return [Party(KOREA, span), Party(others[-1], span)] if others else []


_HOME = words("abroad", "home_country")
_BETWEEN_OTHERS_RE = re.compile("(?:" + pattern("common_words", "body_group_nouns") + r")\s?간\s")


_HEADS_OF_STATE = frozenset(words("abroad", "heads_of_state"))
_ABROAD = frozenset(_COUNTRIES) - {KOREA, *_HOME}


def head_of_state_abroad(tokens: Sequence[Token], i: int) -> str | None:
    """ "잘랄 탈라바니 이라크 대통령과 정상회담을 열고 … 양해각서에 서명했다", "쿠웨이트의 사바
    총리와": a head of state abroad met as the partner of a sentence that names the agreement
    stands for their country, written before the title (their name may stand between); "페루
    통상관광부 장관과": a minister abroad for the ministry. The party, or None."""
    tok = tokens[i]
    minister = tok.stem in _MINISTERS
    if (tok.stem not in _HEADS_OF_STATE and not minister) or tok.particle not in ("와", "과"):
        return None
    after = tokens[i + 1 :]
    if not any(KIND_WORD_RE.search(t.stem) for t in after):
        # "인도 총리와 정상회담을 갖는다": a meeting, whatever is signed in the next sentence.
        return None
    if any(
        t.stem.startswith(_WATCHING)
        or (t.particle in ("와", "과") and ends_like_org(t.stem))
        or _OTHERS_SIGNED_RE.match(t.stem + t.particle + " ")
        for t in after
    ):
        # "이라크 대통령과 양국 기업인들이 참석한 가운데 … 한빛전력과", "… 면담한 데 이어
        # 누리전자와 투자협약을": the head attends, or is met before, another's signing.
        return None
    if minister:
        if i < 2 or not is_ministry(tokens[i - 1].stem) or tokens[i - 1].particle:
            return None
        country = _country_before(tokens, i - 1)
        return f"{country} {tokens[i - 1].stem}" if country else None
    return _country_before(tokens, i)


def _country_before(tokens: Sequence[Token], i: int) -> str | None:
    """The country abroad written right before word `i`, or before a name there ("쿠웨이트의
    사바 총리")."""
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        word = tokens[k]
        if word.stem in _ABROAD and not word.joined and word.particle in ("", "의"):
            return word.stem
        if word.particle or word.joined:
            return None
    return None


_MINISTERS = frozenset(words("titles", "minister_titles"))
_WATCHING = ("참석", "임석", "지켜보")


def home_head_meeting(tokens: Sequence[Token]) -> bool:
    """ "이명박 대통령은 … 이라크 대통령과 정상회담을 열고": a head of state as the subject,
    meeting one abroad (`head_of_state_abroad`), is Korea's and stands for it."""
    for k, tok in enumerate(tokens[:_SUBJECT_REACH]):
        if tok.particle in ("은", "는", "이", "가"):
            return tok.stem in _HEADS_OF_STATE and not (k and tokens[k - 1].stem in _ABROAD)
    return False


_SUBJECT_REACH = 4  # words a sentence may open with before its subject
