"""Whether an item of a roster names an organisation, and which.

A list's items are often bare words ("세아제강, ㈜정다운, 프라이빗보성㈜ …"), so each is
stripped of what is not the name (a legal mark, a head in parentheses, the field that opens
a breakdown, a head's name and title) and refused when it is a phrase instead: an amount, an
action, a guest, a quoted title. `rosters` asks this of every item `roster_items` cuts.
"""

from __future__ import annotations

import re

from mouarchive import vocab
from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.orgnames import is_activity, is_generic, looks_like_org
from mouarchive.extract.person_titles import is_bare_title, looks_like_name
from mouarchive.extract.tokens import SUBUNIT_RE, TITLES

# "주)누리캐스트": the mark with its opening bracket lost, at the start of a word only
# ("(제주)" holds no legal mark).
LEGAL = re.compile(r"㈜|\((?:주|유|재|사|합)\)|(?<![가-힣])주\)|주식회사\s?")
_QUOTES = re.compile(r"[‘’“”'\"「」『』<>《》]")
_COUNTED_CASES = re.compile(r"\(\s?\d[\d,]*\s?건\s?\)")
# "장 소 : 평창군청", "일 시 : 6. 7. 13:30~14:20": a schedule's field and its value, no name.
_FIELD_VALUE = re.compile(r"\s[:：]\s|\d{1,2}:\d{2}")
_AMOUNT = re.compile(r"\d\s?(?:여\s?)?(?:조|억|만|원|명|일|년|월|개|곳)")
_CLOSING_PARENS = re.compile(r"(?<=[가-힣A-Za-z])\((?![주유재사합]\))[^()\d]*\)$")
HEAD_IN_PARENS = re.compile(r"\s?\([^()]{0,25}\)\s?$|\s?\([^()]{0,25}\)(?=\s)")
_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|와|과|의|도|로|에)(?=\s|$)")
# "(주)비온디는 건축자재": a partner and, in a few words without a number, what it makes.
# Only ever fullmatched against one item: searched, the lazy name would be tried from every
# letter of a long word, in time growing with the square of its length.
_DESCRIBED = re.compile(r"(?P<name>\S{2,}?)(?:은|는)(?:\s[^\s\d]+){1,3}")
_NOT_NAME = re.compile(vocab.pattern("rosters", "not_in_a_name") + "$")
NOT_A_NAME = _NOT_NAME
"""A word no organisation's name ends with (an action, a title, an amount): shared with
`pairs`, which reads names by their place in a pattern too."""
_GUEST_HEAD = re.compile(r"\s(?:" + vocab.pattern("titles", "not_signers") + r")(?:과|와)?$")
# "기업이전을 결정한": a word with its object particle and more words after it. Nouns that
# end in 을 themselves ("바다마을 협동조합", "새마을 부녀회") are no object.
_OBJECT_INSIDE = re.compile(r"\S+(?:을|를)(?=\s\S)")
_NOUNS_ENDING_IN_EUL = tuple(vocab.words("rosters", "nouns_ending_in_eul"))
_KIND_AFTER_ETC = re.compile(r"\s등\s\S+$")
# "4,020억원을 투입하여 한빛기술원": a clause the list's first item opens with, before a name
# shaped like a body's ("… 체결하고 관광 상품 개발" names none).
_CLAUSE_BEFORE = re.compile(r"^.*\S" + vocab.pattern("rosters", "clause_endings") + r"\s+(?=\S)")
# "△자동차 분야 ㈜바다특장 1개사 102억여원", "△기타 ㈜에스.디.엠 등 4개사 232억여 원": a
# breakdown of the partners by field opens each field's companies with the field.
_FIELD_OPENING = re.compile(
    r"^(?:기타|(?:\S+\s){1,2}?" + vocab.pattern("rosters", "field_nouns") + r")\s(?=\S)"
)
_AFTER_HEAD = re.compile(
    r"(?<=\S)(\((?:" + vocab.pattern("titles", "titles") + r")\s?[가-힣]{2,4}\))\s\S.*$"
)
MAX_WORDS = 4
_MAX_CHARS = 30
# "… 사장 직무대행": the head's title before the acting one ends the item as it would alone.
_HEAD_TITLE = vocab.pattern("titles", "titles")
_ACTING = re.compile(rf"(\s(?:{_HEAD_TITLE}))\s(?:{vocab.pattern('titles', 'acting_titles')})$")


# "(왼쪽부터)박진관 경남FC 대표이사, …": where the first person stands in the photo.
_PLACED_IN_PHOTO = re.compile(
    r"^[(（]\s*(?:사진\s*)?(?:왼쪽|오른쪽|좌|우)\s*(?:부터|에서)?\s*[)）]\s*"
)


def item_name(item: str) -> str | None:
    """The organisation an item names, without legal marks or a head in parentheses; None
    when the item is a phrase (an agreed item, an amount, a head and title) or a count of
    cases ("고립(112건), 추락(27건) 등 총 179건의 안전사고")."""
    if _COUNTED_CASES.search(item) or _FIELD_VALUE.search(item):
        return None
    # "한국수소산업협회 등 공공기관": the list's kind after a 등 within it; "신안군(군수 박우량)
    # 서남권": the name ends at its head's parenthesis, what follows describes the list.
    item = _ACTING.sub(r"\1", _AFTER_HEAD.sub("", _PLACED_IN_PHOTO.sub("", item)))
    clause = _CLAUSE_BEFORE.match(item)
    if clause is not None and looks_like_org(item[clause.end() :]):
        item = item[clause.end() :]
    field = _FIELD_OPENING.match(item)
    if field is not None and LEGAL.search(item, field.end()):
        item = item[field.end() :]
    name = HEAD_IN_PARENS.sub(" ", _KIND_AFTER_ETC.sub("", item)).strip()
    # "농촌진흥청(국립농업과학원, 국립식량과학원 포함)": what a closing parenthesis adds.
    name = LEGAL.sub("", _CLOSING_PARENS.sub("", name)).strip(" ·-")
    if _GUEST_HEAD.search(name):
        # "박성도 진주시의회 의장, 신동복 산청군의회 부의장과": guests at the ceremony.
        return None
    described = _DESCRIBED.fullmatch(name)
    if described is not None:
        if not (LEGAL.search(item) or looks_like_org(described["name"])):
            # "충남도는 지역농산물 생산·가공·유통·소비": a clause about a body, no name.
            return None
        # "(주)영일교육시스템은 자동차정비 실습장비": each partner told with what it makes.
        name = described["name"]
    name = _without_head_name(name_alone(name) or "")
    words = _PARTICLE.sub("", name).split()
    if any(_NOT_NAME.search(word) for word in words) and not _branch_of_body(words):
        return None
    if any(not m.group(0).endswith(_NOUNS_ENDING_IN_EUL) for m in _OBJECT_INSIDE.finditer(name)):
        # "양구에 기업이전을 결정한": an object and its verb, a clause about bodies.
        return None
    if len(name) < 2 or len(name) > _MAX_CHARS or len(name.split()) > MAX_WORDS:
        return None
    if _AMOUNT.search(name) or _QUOTES.search(name) or is_generic(name) or is_activity(name):
        return None
    if is_bare_title(name) or (len(words) == 1 and _TITLE_END.search(name)):
        # "이병철 중진공 부이사장을 비롯해 …": a head leads the list, his title is no body;
        # "화학연 원장, 연구본부장 및 …": nor is the title of a unit's head.
        return None
    return name


def _branch_of_body(words: list[str]) -> bool:
    """ "한국공항공사 울산지사": a body's branch, whose last word ends as a head's title does
    (지사 is also a governor) but follows the body it belongs to."""
    return (
        len(words) >= 2
        and SUBUNIT_RE.match(words[-1]) is not None
        and looks_like_org(words[-2])
        and not any(_NOT_NAME.search(word) for word in words[:-1])
    )


def _without_head_name(name: str) -> str:
    """ "류정윤 강동대, 김태봉 대덕대, … 이세진 혜전대학교 총장이 참석했다", "강동대 류정윤, …":
    heads listed with their bodies and one title for all, or each with a title of their own;
    the item's body is the name."""
    words = name.split()
    if len(words) == 3 and _full_name(words[1]) and _TITLE_END.search(words[2]):
        # "한국동서발전 김인완 기획본부장": each body with its head's name and title.
        return words[0]
    pairs = [words[-2:], words[::-1]] if len(words) == 2 else [words[-2:]]
    for head, body in pairs if len(words) >= 2 else []:
        if _full_name(head) and not looks_like_org(head) and looks_like_org(body):
            return body
    return name


def titled_person(words: list[str]) -> bool:
    """Whether words are a person's full name, then whatever stands between, then a title
    ("윤동욱 누리도 새만금해양수산국장")."""
    return len(words) >= 2 and _full_name(words[0]) and _TITLE_END.search(words[-1]) is not None


def _full_name(word: str) -> bool:
    """A person's full name of three syllables: two-syllable words shaped like names are as
    often places ("이천 농협", "강남 연세의원")."""
    return len(word) == 3 and looks_like_name(word)


# A head's title, or the head of a unit ("기획본부장"); not a market ("전통시장") or a clinic.
_TITLE_END = re.compile(
    "(?<![가-힣])" + vocab.alternation(TITLES) + "$|(?:본부|연구실|센터|국|실|단|청)장$"
)
