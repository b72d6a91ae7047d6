"""The credit that opens an article's lead: who wrote it, for which outlet, from where.

"[무안=뉴스핌] 지영봉 기자 = 전남도는 …", "(광주=연합뉴스) 박철홍 기자 = …", "【파이낸셜뉴스
울산=최수상 기자】 …", "[한빛투데이 홍길동 취재본부장]빛고을시는 …", "울산=에너지경제신문 이상욱
기자 울산시와 …", "뉴스포인트 임태균 기자 | 포항시는 …", "전주--(뉴스와이어)--전주시는 …".
The credit names the outlet and the reporter; it is not the article's prose, and its dateline
place ("울산=") is where the reporter sat, not a party or a region of the story. So `split`
cuts it from the lead, which keeps its sentence, and keeps what it says as the article's outlet
and reporter.

The grammar is small and strict: a bracket holding place=outlet, an outlet, an outlet and a
reporter, or a reporter; optionally followed by "이름 기자 ="; or, without a bracket, a
reporter's role closed by "|" (or a full-width ｜, or a vowel ㅣ drawn as one) or "=" after an
outlet's name. "[포토]", "[단독]", "<사진=빛고을시>" or a sentence that merely starts with a
name are no credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mouarchive.text.bylines import REPORTER_ROLE
from mouarchive.text.outlet_names import outlet_name
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern, word_set

# Each opening bracket with the marks that close it; a bad copy closes a square bracket with
# another kind ("[중부매일 김금란 기자〕충북대학교는 …").
_OPEN_CLOSE = {
    opening: re.compile("[" + re.escape(closing) + "]")
    for opening, closing in {
        "[": "]〕】",
        "(": ")",
        "【": "】]",
        "〔": "〕]",
        "<": ">",
        "〈": "〉",
    }.items()
}
_INNER_MAX = 45
_TOKEN = r"[가-힣A-Za-z0-9·&]{1,15}"
_PERSON = r"[가-힣]{2,4}"
_OUTLET_WORDS = re.compile(rf"{_TOKEN}(?:\s{_TOKEN})?")
# A credit may name two reporters or more, as a sign-off does: "[남도일보 오새벽·박새롬 기자]".
_PEOPLE = rf"{_PERSON}(?:·{_PERSON})*"
_NAME_ROLE = re.compile(rf"(?P<name>{_PEOPLE})\s*{REPORTER_ROLE}")
# After a bracket: "지영봉 기자 = ", "이덕화 기자 = ", "최용남 기자= ", or a bare "=".
_AFTER = re.compile(rf"\s*(?:(?P<name>{_PERSON})\s*{REPORTER_ROLE}\s*=|=(?!=))\s*")
# Without a bracket, at the very start: "울산=에너지경제신문 이상욱 기자 울산시와 …",
# "뉴스포인트 임태균 기자 | 포항시는 …", "매일일보 = 황경근 기자 | …"; some pages draw the
# bar with the vowel ㅣ, glued: "인더뉴스 제해영 기자ㅣ국립부경대학교(총장 배상훈)와 …"; the
# outlet may name its bureau in brackets: "아주경제(내포) 허희만 기자 =충남도교육청은 …".
_UNBRACKETED = guarded(
    re.compile(
        rf"(?:(?P<place>[가-힣]{{1,8}})\s*=\s*(?P<outlet>{_TOKEN})\s+(?P<name>{_PERSON})\s*{REPORTER_ROLE}\s+"
        rf"|(?P<outlet2>{_TOKEN})(?:\([가-힣]{{1,8}}\))?\s*=?\s*(?P<name2>{_PERSON})\s*{REPORTER_ROLE}"
        rf"\s*[|｜ㅣ=]\s*)"
    )
)
# A press-release wire's dateline: "전주--(뉴스와이어)--전주시는 …".
_WIRE_DATELINE = re.compile(r"[가-힣A-Za-z]{1,10}\s?-{2}\s?\((?P<outlet>[^()\s]{2,15})\)\s?-{2}\s?")
_OPENING = re.compile(pattern("outlets", "name_openings") + r"[가-힣A-Za-z0-9]")
_PHOTO_LABEL = re.compile(r"(?:사진|자료|그래픽|영상|출처)")
_LEADING_NOISE = re.compile(r"[=\s]*")
_STATION_PLACES = word_set("outlets", "station_places")


@dataclass(frozen=True)
class Credit:
    """What a lead's credit says, and where the lead's own words begin after it."""

    outlet: str | None
    reporter: str | None
    end: int


def lead_credit(paragraph: str) -> Credit | None:
    """The credit that opens `paragraph`, if it opens with one."""
    start = _LEADING_NOISE.match(paragraph).end()  # type: ignore[union-attr]
    closing = _OPEN_CLOSE.get(paragraph[start : start + 1])
    if closing is None:
        return _unbracketed(paragraph, start)
    close = closing.search(paragraph, start + 1, start + 2 + _INNER_MAX)
    if close is None:
        return None
    end = close.start()
    after = _AFTER.match(paragraph, end + 1)
    text = paragraph[start + 1 : end]
    inner = _inner(text, lenticular=close.group(0) == "】")
    if inner is None and after and after["name"] and _OUTLET_WORDS.fullmatch(text):
        # "[데일리모닝] 홍갑의 기자 = …", "[미래 세종일보] 최지애 기자=세종시와 …": a name of
        # any shape, in a word or two, since the reporter follows.
        inner = outlet_name(text, require_suffix=False), None
    if inner is None:
        return None
    outlet, reporter = inner
    if after:
        reporter = reporter or after["name"]
        end = after.end()
    else:
        end = _skip_spaces(paragraph, end + 1)
    return Credit(outlet, reporter, end)


def _unbracketed(paragraph: str, start: int) -> Credit | None:
    wire = _WIRE_DATELINE.match(paragraph, start)
    if wire:
        return Credit(_printed_outlet(wire["outlet"]), None, wire.end())
    match = _UNBRACKETED.match(paragraph, start)
    if not match:
        return None
    printed = match["outlet"] or match["outlet2"]
    return Credit(_printed_outlet(printed), match["name"] or match["name2"], match.end())


def _inner(text: str, *, lenticular: bool) -> tuple[str | None, str | None] | None:
    """(outlet, reporter) of a bracket's content, or None when it is no credit. A slash
    parts outlet and reporter as a space does ("전남인터넷신문/유길남 기자")."""
    text = " ".join(text.replace("/", " ").split())
    if not text or _PHOTO_LABEL.match(text):
        return None
    if "=" in text:
        left, _, right = (part.strip() for part in text.partition("="))
        return _with_place(left, right)
    words = text.split(" ")
    person = _NAME_ROLE.fullmatch(" ".join(words[-2:])) or _NAME_ROLE.fullmatch(words[-1])
    if person:
        before = text[: text.rfind(person["name"])].split()
        return _printed_outlet(before[0]) if before else None, person["name"]
    if len(words) == 2 and re.fullmatch(_PERSON, words[1]):
        outlet = _outlet(words[0])
        if outlet is not None and words[1] in _STATION_PLACES:
            # "[KBS 춘천]": a broadcaster's regional station, not a reporter.
            return outlet, None
        return (outlet, words[1]) if outlet else None
    if len(words) == 1:
        outlet = _outlet(words[0])
        if outlet or (lenticular and re.fullmatch(r"[가-힣]{1,8}", words[0])):
            return outlet, None
    return None


# "김상일(대구) 기자", "아시아경제(수원)": where the reporter or the outlet writes from.
_IN_BRACKETS_RE = re.compile(r"\(.*?\)")


def _with_place(left: str, right: str) -> tuple[str | None, str | None] | None:
    """ "무안=뉴스핌", "GNN 뉴스통신=GNN 뉴스통신", "세종=서재빈 기자", "천지일보 세종=김지현 기자",
    "시민일보 = 이대우 기자", "아시아경제(수원)=이영규 기자", "헤럴드경제=김상일(대구) 기자",
    "CNB=최성락 기자"."""
    if not left or not right:
        return None
    # "김상일(대구) 기자": where the reporter writes from, as the outlet's "(수원)" is.
    right = " ".join(_IN_BRACKETS_RE.sub(" ", right).split())
    person = _NAME_ROLE.search(right)
    left_words = _IN_BRACKETS_RE.sub("", left).split()
    if person and person.end() == len(right):
        # "서부경기신문 김나래 기자" on the right names the outlet there; else on the left.
        right_words = right[: person.start()].split()
        outlet = _printed_outlet(right_words[0]) if right_words else None
        if outlet is None and left_words:
            outlet = _outlet(left_words[0])
        return outlet, person["name"]
    if _OUTLET_WORDS.fullmatch(right) and len(left_words) <= 2:
        # "무안=뉴스핌", "GNN 뉴스통신=GNN 뉴스통신": a place or the outlet, then the outlet.
        return outlet_name(right, require_suffix=False), None
    return None


def _outlet(printed: str) -> str | None:
    """An outlet's name, where the word might as well be a place ("세종=…"): known, or
    shaped like one ("…일보", "뉴스…")."""
    if _OPENING.match(printed):
        return outlet_name(printed, require_suffix=False)
    return outlet_name(printed, require_suffix=True)


def _printed_outlet(printed: str) -> str | None:
    """An outlet's name where only an outlet can stand (before a reporter in a bracket)."""
    return outlet_name(printed, require_suffix=False)


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] == " ":
        at += 1
    return at
