"""Where a word stands as a party: the positions and phrasings that make a word a signer.

A party is mostly a word before 와/과 or a subject particle, but not always: "X와 (…) 업무협약을"
makes X a party even without an organisation's suffix (네이버와 협약), so does a list ("A, B 및
C 등 10개 기관이"), a sentence-opening list, "A와 B의 투자협약식", the company an investment
brings ("물류 기업 하늘길로지스를 유치한다"), a company introduced by its trade, the partner of
the talks that end in the agreement, and a city abroad named after its country. Each test
here reads one word `i` of a tokenized sentence; `party_names` then names the party it is.

The tests with readers of their own live apart: "X와 (…) 업무협약을" and the partner of the
talks in `counterparts`, a city abroad in `foreign_places`, names run together with dots in
`dotted_runs`, and where quotations stand in `quote_marks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mouarchive.extract.counterparts import TITLE_REACH
from mouarchive.extract.foreign_places import COUNTRIES
from mouarchive.extract.kind_title_place import RELATION_RE
from mouarchive.extract.orgnames import (
    is_common_noun,
    is_count_of_bodies,
    is_generic,
    is_org,
    is_org_word,
    is_verb_form,
)
from mouarchive.extract.person_titles import looks_like_name
from mouarchive.extract.signatories import unit_of
from mouarchive.extract.tokens import (
    KIND_WORD_RE,
    LIST_TAIL_RE,
    NOT_SUBJECT,
    PARTY_PARTICLES,
    Token,
)
from mouarchive.models import Region
from mouarchive.vocab import alternation, table, word_set, words

# "두", "여덟": numbers written as words ("세 기관은"), rosters.json's count words.
_NUMBER_WORDS = alternation(table("rosters", "count_words").values())
_COUNT_WORD_RE = re.compile(rf"^(?:{_NUMBER_WORDS}|\d+개?)$")
_GROUP_NOUN_RE = re.compile(r"^(?:기관|단체|기업|개사|곳|개\s?기관|시·도|도시|자치단체|대학)$")
# "8개 PP(채널사용사업자)가": a trade's Latin initials count bodies as 기관 does after a count
# of things (개); after a bare number they are a unit ("30 MW 규모").
_COUNTED_INITIALS_RE = re.compile(rf"^(?:{_NUMBER_WORDS}|\d+개)$")
_INITIALS_RE = re.compile(r"^[A-Z]{2,4}$")
_SEPARATORS = (",", "와", "과", "·")


def _counted_list_end(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B, C 세 기관은": a count of bodies right after a bare word closes a list."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    return (
        bool(_COUNT_WORD_RE.match(tokens[i].stem))
        and (
            bool(_GROUP_NOUN_RE.match(tokens[i + 1].stem))
            or (
                bool(_INITIALS_RE.match(tokens[i + 1].stem))
                and bool(_COUNTED_INITIALS_RE.match(tokens[i].stem))
            )
        )
        and tokens[i - 1].particle == ""
        and tokens[i - 2].particle in _SEPARATORS
        and not is_verb_form(tokens[i - 1].stem)
    )


def counts_a_kind(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B, C 3개 PP가", "A, B 등 서울 강북지역 4개 문화재단이": the word after a count of
    bodies is what the bodies counted are, none of them."""
    return i >= 1 and (
        _counted_list_end(tokens, i - 1)
        or (not tokens[i - 1].particle and is_count_of_bodies(tokens[i - 1].stem))
    )


def listed_orgs(tokens: Sequence[Token], text: str) -> set[int]:
    """Indexes of words in "A, B 및 C 등 N개 기관" lists, which name parties whatever their
    form (광주글로벌모터스 has no organisational suffix)."""
    picked: set[int] = set()
    for i, tok in enumerate(tokens):
        if not (
            (tok.stem == "등" and LIST_TAIL_RE.match(text, tok.start - 1))
            or _counted_list_end(tokens, i)
            or between_list_end(tokens, i)
        ):
            continue
        j = i - 1
        while j >= 0:
            word = tokens[j]
            if word.stem == "및":
                j -= 1
                continue
            if word.particle not in (",", "와", "과", "·", "") and j != i - 1:
                break
            picked.add(j)
            before = tokens[j - 1] if j > 0 else None
            if before is None or (
                before.particle not in (",", "와", "과", "·") and before.stem != "및"
            ):
                break
            j -= 1
    return picked


_LEADS = word_set("rosters", "list_leads")
# A trade written with 사 also ends companies' own names (한빛여행사), so only the others tell
# a kind of company leading a list ("방위사업체를 포함한").
_KINDS_OF_COMPANY = tuple(
    w for w in words("organisations", "company_descriptions") if not w.endswith("사")
)
_LEAD_REACH = 4  # words after "비롯한" within which the partners it leads are counted or named


def leading_names(tokens: Sequence[Token]) -> set[int]:
    """ "누리LED를 비롯한 14개 기업과": the name that leads the partners is one of them (but
    not a person: "김하늘 한빛대병원장을 비롯해 …", nor what leads the people present:
    "시의회를 비롯한 관계자들이")."""
    return {
        i
        for i in range(len(tokens) - 2)
        if tokens[i].particle in ("을", "를")
        and not (i > 0 and tokens[i - 1].particle == "" and looks_like_name(tokens[i - 1].stem))
        # "방위사업체를 포함한 9개 기업과": a kind of company leads them, no company.
        and not tokens[i].stem.endswith(_KINDS_OF_COMPANY)
        and tokens[i + 1].stem in _LEADS
        and _leads_bodies(tokens, _past_run(tokens, i + 2))
    }


def _leads_bodies(tokens: Sequence[Token], at: int) -> bool:
    """Whether bodies of a kind the lead stands among come within reach of `at`."""
    return any(
        t.particle in PARTY_PARTICLES and _LED_BODIES_RE.search(t.stem)
        for t in tokens[at : at + _LEAD_REACH]
    )


def leads_on(tokens: Sequence[Token], i: int) -> bool:
    """ "A를 비롯, B·C 등과": the word by which a name leads the list is no name itself."""
    return i > 0 and tokens[i].stem in _LEADS and tokens[i - 1].particle in ("을", "를")


def _past_run(tokens: Sequence[Token], i: int) -> int:
    """ "A를 비롯, B·C·D 등 7개 금융회사와": the names run together with dots or commas count
    as one word for the reach, however many they are."""
    while i < len(tokens) - 1 and tokens[i].particle in ("·", ","):
        i += 1
    return i


# What the leading name leads: bodies of its kind ("14개 기업과", "협력사들과"), not the
# people present ("관계자들이").
_LED_BODIES_RE = re.compile(r"(?:기업|업체|기관|단체|대학|개사|협력사|회사|지자체)들?$")


def between_list_end(tokens: Sequence[Token], i: int) -> bool:
    """ "충북도와 청주시, LG에너지솔루션, 영동군, 샘표식품 간 투자협약": 간 closes the list of
    those the agreement is between ("광주시와 중국 간 무역" names no parties); 간에 only after
    a body's name ("영월군과 중앙대병원 간에 자매결연 협약식이", not "원청과 하청 간에"), or
    after any name its country introduces ("…와 일본 도레이첨단소재(주) 간에")."""
    if tokens[i].stem not in ("간", "간의", "간에") or i < 2:
        return False
    last, before = tokens[i - 1], i - 2
    introduced = before > 0 and tokens[before].particle == "" and tokens[before].stem in _COUNTRIES
    if introduced:
        before -= 1
    return (
        (
            tokens[i].stem != "간에"
            or is_org_word(last.stem)
            or (introduced and not is_common_noun(last.stem))
        )
        and last.particle == ""
        and tokens[before].particle in (",", "와", "과")
        and any(KIND_WORD_RE.search(t.stem) for t in tokens[i + 1 : i + 1 + _BETWEEN_REACH])
    )


_COUNTRIES = COUNTRIES | word_set("abroad", "home_country")


# Words between 간 and the agreement noun ("호치민시 관광진흥센터간의 관광교류 활성화를 위한
# 관광협력 양해각서").
_BETWEEN_REACH = 6


def paired_owner(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B의 투자협약식", "A와 B의 자매결연식": B, whose agreement or tie it is together
    with A; never a term or a sum ("A와 2년간의 양해각서")."""
    tok = tokens[i]
    if (
        tok.particle != "의"
        or not 0 < i < len(tokens) - 1
        or tokens[i - 1].particle not in ("와", "과")
    ):
        return False
    after = tokens[i + 1].stem
    return (
        (KIND_WORD_RE.search(after) is not None or RELATION_RE.search(after) is not None)
        and not is_generic(tok.stem)
        and not _TERM_OR_SUM_RE.fullmatch(tok.stem)
    )


# "2년간의 양해각서", "300억원의 투자협약": a term or a sum, never an owner ("3M의" is one).
_TERM_OR_SUM_RE = re.compile(r"\d{1,2}(?:년|개월|주|일)간?|\d[\d,.조억천백만]*\s?원")


_DESCRIBED_RE = re.compile(
    "^(?:"
    + alternation(
        (
            *words("organisations", "company_descriptions"),
            *words("organisations", "body_descriptions"),
        )
    )
    + "|"
    # "중심 도시인 응에안성과", "제조업체인 한빛정밀과", "이전기관인 한전KDN이": what it is, with
    # the copula.
    + alternation(
        (
            *words("organisations", "place_descriptions"),
            *words("organisations", "company_descriptions"),
            *words("organisations", "body_descriptions"),
        )
    )
    + "인)$"
)


def opening_list(
    tokens: Sequence[Token], aliases: dict[str, str], region: Callable[[str], Region | None]
) -> set[int]:
    """ "영암군과 한빛조선, 목포해양대학교가 …": every member of a sentence-opening list of
    organisations is one, though some names carry no organisational suffix; the list may
    follow the source the sentence cites ("10일 시에 따르면 제천시와 코레일관광개발은 …")."""
    first = next((k + 1 for k, t in enumerate(tokens[:4]) if t.stem in _CITING), 0)
    close = next(
        (k for k, t in enumerate(tokens[first : first + 6], first) if t.particle in _TOPICS),
        None,
    )
    if close is None or close == first:
        return set()
    # "한빛대학교 산학협력단과 남도테크는": an organisation and its unit make one member.
    heads = {
        k
        for k in range(first, close)
        if not tokens[k].particle and unit_of(tokens, k, tokens[k + 1].stem, aliases, region)
    }
    members = [k for k in range(first, close + 1) if k not in heads]
    if any(tokens[k].particle not in ("와", "과", ",", "·") for k in members[:-1]):
        return set()
    if any(tokens[k].stem in NOT_SUBJECT or KIND_WORD_RE.search(tokens[k].stem) for k in members):
        return set()
    orgs = [k - 1 in heads or is_org(tokens[k].stem, aliases, region) for k in members]
    return set(members) if sum(orgs) >= 2 or all(orgs[:-1]) else set()


_TOPICS = ("은", "는", "이", "가")
# "시에 따르면", "군에 의하면": the source a sentence cites before its own subject.
_CITING = word_set("signing", "source_citations")


_DESCRIBED_PARTICLES = ("와", "과", "와의", "과의", "이", "가", "은", "는")


def described(tokens: Sequence[Token], i: int) -> bool:
    """ "교육용 소프트웨어 기업 누리코딩과", "이전기관인 한전KDN이": a name the article
    introduces by its trade, as a side of a signing; so is each partner of a list introduced
    so ("부품 제조업체인 ‘가유’, 장비 기업인 ‘에스엔시스’와 투자양해각서를")."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.particle != "" or not _DESCRIBED_RE.match(before.stem):
        return False
    listed_first = tokens[i].particle in (",", "·") and before.stem.endswith("인")
    if tokens[i].particle not in _DESCRIBED_PARTICLES and not listed_first:
        return False
    partner = tokens[i].particle.startswith(("와", "과")) or listed_first
    list_end_ahead = listed_first
    if not partner and not before.stem.endswith("인"):
        # As the subject only with the copula ("이전기관인 한전KDN이"): "공공기관 다수가" and
        # "공기업 임원이" name no body.
        return False
    for tok in tokens[i + 1 : i + 1 + TITLE_REACH]:
        if KIND_WORD_RE.search(tok.stem) or "결연" in tok.stem or tok.stem in ("손", "손을"):
            return True
        if partner and tok.particle in ("와", "과"):
            if list_end_ahead:
                # The list's last partner: the agreement comes after it.
                list_end_ahead = False
                continue
            # "기업 A와 B와 …": a second partner ends the first one's reach.
            return False
    return False


def attracted(tokens: Sequence[Token], i: int) -> bool:
    """ "물류 기업 하늘길로지스를 유치한다": the company an investment brings is a party though
    it stands as an object."""
    if tokens[i].particle not in ("을", "를") or i == 0 or i + 1 >= len(tokens):
        return False
    described = tokens[i - 1].particle == "" and bool(_DESCRIBED_RE.match(tokens[i - 1].stem))
    return described and tokens[i + 1].stem.startswith("유치")


_GROUP_WORD_RE = re.compile(r"^(?:및|등|간|사이|(?:\d+|[두세네])\s?(?:자|개\s?기관|기관))$")


def next_is_list(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B 간", "A, B 3자가", "A 및 B": a bare last name in a group of parties."""
    if i + 1 >= len(tokens):
        return False
    follower = tokens[i + 1]
    return bool(_GROUP_WORD_RE.match(follower.stem))
