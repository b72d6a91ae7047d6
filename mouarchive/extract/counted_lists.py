"""Partners counted, then named in parentheses: "관내 3개 기관(한빛재단, 누리복지관, 미르센터)과",
"광주·전남 지역 5개 국립대학(광주교대, 목포대, 목포해양대, 순천대, 전남대)이", "영동 4대
농협(영동농협, 황간농협, …)이", "4곳의 전통시장(육거리시장, …)과".

The count and the kind of body ("5개 국립대학") stand for the members the parentheses name,
and the words before the count that place them ("광주·전남 지역") tell where they are, not who
signed. Only a list as long as its count is read: parentheses after a count also hold a
head ("3개 기관(대표 김하늘)") or a sum.
"""

from __future__ import annotations

import re

from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.orgnames import looks_like_org, region_of
from mouarchive.extract.tokens import ends_like_org, split_particle
from mouarchive.models import Span
from mouarchive.text.scan import guarded
from mouarchive.vocab import alternation, word_set, words

# The group must itself sign, as the subject or the partner ("…)이", "…)과"): counted
# bodies that attended ("…)를 비롯한 50개사가 참석한 가운데") or were visited are no parties.
_COUNTED_RE = guarded(
    re.compile(
        r"(?<![\d.])(?P<n>\d{1,2})\s?(?P<unit>개|대|곳)의?\s?(?P<kind>[가-힣]{1,12})"
        r"\((?P<names>[^()\n]{2,400})\)"
        r"(?=(?:이|가|은|는|와|과|도)\s)"
    )
)
_MAJOR = "대"
_PLACES = "곳"
_COUNTED_BY_PLACE = tuple(words("rosters", "bodies_counted_by_place"))
_RANKING_SCOPES = word_set("rosters", "ranking_scopes")
_ITEM_SPLIT = re.compile(r"\s*[,·]\s*|\s+및\s+")
_PLACING_WORDS = 3  # words before the count that may place the counted bodies
_NAME_RE = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9&\s]{1,29}")


_COMPANY_KINDS = word_set("organisations", "company_kinds")
_LISTED_COMPANIES_RE = guarded(
    re.compile(
        r"(?<![가-힣])(?P<kind>"
        + alternation(_COMPANY_KINDS)
        + r")\((?P<names>[^()\n]{2,400})\)(?=(?:이|가|은|는|와|과|도)\s)"
    )
)
# "한국공항공사 및 9개 항공사(…)와": a word joining a list closes the placing words.
_JOINING = word_set("common_words", "joining_words")

Members = list[tuple[str, Span]]


def counted_in_parentheses(text: str, start: int, end: int) -> list[tuple[Span, Members]]:
    """Each counted group in text[start:end] whose parentheses name as many bodies as it
    counts, and each kind of company whose parentheses name two or more without a count
    ("시공사(…·…)와", the agreement named next): the span of the group's words (its placing
    words, count and kind), and each name with its span."""
    found: list[tuple[Span, Members]] = []
    for m in _COUNTED_RE.finditer(text, start, end):
        if m["unit"] == _PLACES and not (
            ends_like_org(m["kind"]) or m["kind"].endswith(_COUNTED_BY_PLACE)
        ):
            # "3곳의 대상지(가람동, 바다동)가 포함된": 곳 counts sites as often as bodies.
            continue
        if m["unit"] == _MAJOR and (
            not ends_like_org(m["kind"]) or _ranked(text, start, m.start())
        ):
            # "영동 4대 농협(…)" counts the major bodies of a kind; "5대 전략(…)" counts no
            # bodies, and "세계 3대 대학(…)" ranks bodies, which do not sign as a group.
            continue
        names = _members(text, m)
        if len(names) != int(m.group("n")) or len(names) < 2:
            continue
        found.append(((_phrase_start(text, start, m.start()), m.start("names")), names))
    counted = {names_at for (_group_start, names_at), _names in found}
    for m in _LISTED_COMPANIES_RE.finditer(text, start, end):
        # "주설비공사 시공사(현대건설·두산에너빌리티·포스코이앤씨)와": companies of a kind named
        # in parentheses, uncounted, as the signing's partners (the agreement named next, not
        # "협력사(…)와 함께 … 채용하기로"); the kind word is none of them.
        after = text[m.end() : min(end, m.end() + _AGREEMENT_REACH)]
        agreement = KIND_RE.search(after)
        if (
            m.start("names") in counted
            or agreement is None
            or _TOGETHER in after[: agreement.start()]
        ):
            continue
        names = _members(text, m)
        if len(names) >= 2:
            found.append(((m.start(), m.start("names")), names))
    return found


# Letters after an uncounted list within which the agreement its partners sign is named.
_AGREEMENT_REACH = 60
# Only 함께 (not common_words.together's 공동으로): "…와 함께 채용하기로" tells the listed
# firms as others the parties work with, where "…와 공동으로 협약을" still names partners.
_TOGETHER = "함께"
# "협력사(누리정밀, 가람테크 등)": the 등 closing a list is no part of its last name.
_ETC_RE = re.compile(r"\s?등$")


def _members(text: str, m: re.Match[str]) -> Members:
    names: Members = []
    at = m.start("names")
    for piece in (_ETC_RE.sub("", p.strip()) for p in _ITEM_SPLIT.split(m.group("names"))):
        offset = text.find(piece, at, m.end("names"))
        at = offset + len(piece)
        if _NAME_RE.fullmatch(piece):
            names.append((_member(piece, m.group("kind")), (offset, offset + len(piece))))
    return names


def _ranked(text: str, start: int, count_at: int) -> bool:
    """Whether the word before a count of the major bodies says where they rank ("세계")."""
    before = text[max(start, count_at - _SCOPE_REACH) : count_at].split()
    return bool(before) and before[-1] in _RANKING_SCOPES


_SCOPE_REACH = 8


def _member(name: str, kind: str) -> str:
    """A member named by what sets it apart from the others of its kind ("2개 마을(평촌,
    마치)", "3개 어촌특화지원센터(경남, 인천, 제주)") is that word and the kind: "평촌마을",
    "경남 어촌특화지원센터". A member with a body's name of its own keeps it, and a kind
    that names no body ("기관", "기업") is never added, nor a kind of company, whose members
    go by their brands ("9개 항공사(에어부산, 진에어, …)")."""
    if looks_like_org(name) or not ends_like_org(kind) or kind in _COMPANY_KINDS:
        return name
    return f"{name} {kind}" if region_of(name, "") is not None else name + kind


def _phrase_start(text: str, start: int, count_at: int) -> int:
    """Where the words that place a counted group begin: back over words without a particle
    ("광주·전남 지역 5개"), at most a few."""
    at = count_at
    for _ in range(_PLACING_WORDS):
        space = text.rfind(" ", start, max(start, at - 1))
        word_start = space + 1 if space >= 0 else start
        word = text[word_start:at].strip()
        # A word with a particle (or a comma) closes the phrase the count belongs to; "강원도
        # 5개 대학(…)": a place whose name ends as a particle would still places them.
        closed = word.endswith(",") or split_particle(word)[1] != "" or word in _JOINING
        if not word or (closed and region_of(word, "") is None):
            break
        at = word_start
        if space < 0:
            break
    return at
