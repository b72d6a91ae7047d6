"""Where a word stands as a party: the positions and phrasings that make a word a signer.

A party is mostly a word before 와/과 or a subject particle, but not always: "X와 (…) 업무협약을"
makes X a party even without an organisation's suffix (네이버와 협약), so does a list ("A, B 및
C 등 10개 기관이"), a sentence-opening list, "A와 B의 투자협약식", the company an investment
brings ("물류 기업 하늘길로지스를 유치한다"), a company introduced by its trade, the partner of
the talks that end in the agreement, and a city abroad named after its country. Each test
here reads one word `i` of a tokenized sentence; `party_names` then names the party it is.

The tests with readers of their own live apart: a city abroad in `foreign_places`, names run
together with dots in `dotted_runs`, and where quotations stand in `quote_marks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mouarchive.extract.foreign_places import COUNTRIES
from mouarchive.extract.kind_title_place import RELATION_RE
from mouarchive.extract.orgnames import (
    is_activity,
    is_common_noun,
    is_generic,
    is_org,
    is_org_word,
    is_verb_form,
    latin_name_end,
)
from mouarchive.extract.person_titles import looks_like_name
from mouarchive.extract.quote_marks import inside_quote, quotations
from mouarchive.extract.signatories import unit_of
from mouarchive.extract.tokens import (
    KIND_WORD_RE,
    LIST_TAIL_RE,
    NOT_SUBJECT,
    PARTY_PARTICLES,
    Token,
)
from mouarchive.models import Region, Span
from mouarchive.vocab import alternation, pattern, word_set, words

_COUNT_WORD_RE = re.compile(r"^(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+개?)$")
_GROUP_NOUN_RE = re.compile(r"^(?:기관|단체|기업|개사|곳|개\s?기관|시·도|도시|자치단체|대학)$")
# "8개 PP(채널사용사업자)가": a trade's Latin initials count bodies as 기관 does after a count
# of things (개); after a bare number they are a unit ("30 MW 규모").
_COUNTED_INITIALS_RE = re.compile(r"^(?:\d+개|[두세네]|다섯|여섯|일곱|여덟|아홉|열)$")
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
    """ "A와 B, C 3개 PP가": the word after the count that closes a list is what the listed
    bodies are, none of them."""
    return i >= 1 and _counted_list_end(tokens, i - 1)


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


_TOPIC_AFTER = word_set("common_words", "topic_after_and")
_TITLE_REACH = 8  # words a quoted agreement title may take between the counterpart and 협약
# "문화사업과 도시재생 뉴딜사업 상호 연계 등을 위한": a programme is what an agreement is for.
_PROGRAMME_ENDINGS = tuple(words("common_words", "programme_endings"))
_PURPOSE_REACH = 12  # words a stated purpose may take between the counterpart and its link
_PLAIN_REACH = 5  # unquoted words ("청년 기술인력 양성") between the counterpart and 협약
OPENING_QUOTES = "‘'\"“「『"
# "X과 320억원 규모의 투자협약": the size of the deal stands between the partner and 협약.
_SIZE_RE = re.compile(r"^(?:\d[\d,.조억천백만]*\s?원|규모)$")
_CLOSING_QUOTES = "’'\"”」』"
# "X와 이 같은 내용의 투자양해각서": what the agreement says, between X and the agreement.
_CONTENT = word_set("common_words", "content_nouns")
# Words between a partner and the agreement noun that end nothing: pointing back ("이같은")
# or describing the next word ("양질의").
_PASSED_OVER = word_set("common_words", "determiners") | word_set(
    "common_words", "describing_words"
)
_CURRENCIES = frozenset({"달러", "원", "유로", "엔", "위안", "파운드"})
_MANNER = word_set("signing", "manner_adverbials")
_DOCUMENTS = tuple(words("common_words", "document_endings"))
_KIND_END_RE = re.compile("(?:" + KIND_WORD_RE.pattern + ")$")


def quoted_aims(text: str, start: int, end: int) -> list[Span]:
    """Where text[start:end] quotes an aim rather than an agreement's name ("‘산업·계절인력과
    대학간 교류’를 골자로"): a word inside one that goes on after it is no partner. A partner's
    own name in quotes ("'한빛전자'와") ends the quotation right after it, and a quoted
    agreement's name may name its parties ("'순천시·목포시 관광 협정'"). Found once a sentence,
    so each word asks only where it stands."""
    aims: list[Span] = []
    for first, last in quotations(text, start, end):
        inside_aim = bool(aims) and first < aims[-1][1]
        if last - first >= 2 and not inside_aim and not KIND_WORD_RE.search(text, first, last):
            aims.append((first, last))
    return aims


def counterpart(tokens: Sequence[Token], i: int, text: str) -> bool:
    """ "X와 (…) 업무협약을": the word with 와/과 right before the agreement noun is a party
    even without an organisational suffix (네이버와 협약), and a body named as one however far
    the agreement noun when "함께" follows it ("한전KDN과 함께 …"); also before a quoted title ("X와
    '안심 귀갓길 조성 협약'을", "X와 '…'를 위한 협약"); a generic noun (지자체와, 청년 세대와)
    is not. Earlier items of a comma or dot list ending in such a word ("A, B와 협약",
    "수산인더스트리·수산이앤에스와 투자양해각서", "A, B 등과 투자협약") are parties too."""
    j = i
    while j + 1 < len(tokens) and j - i < 4:
        if tokens[j].particle in (",", "·"):
            j += 1
        elif (
            j == i
            and not tokens[j].particle
            and tokens[j + 1].stem == "및"
            and j + 2 < len(tokens)
            and _named_body(tokens[j].stem)
            and _named_body(tokens[j + 2].stem)
        ):
            # "SH스포츠에이전시 및 ㈜자이크로와": 및 between two names shaped as bodies joins the
            # first to the partner ("디지털전환 및 스마트시티와 관련한" joins topics).
            j += 2
        else:
            break
    if j != i:
        # "A, B, SK E&S와": the list's last name may run over Latin words.
        j = latin_name_end(tokens, j)
    particle = tokens[j].particle
    if (
        not particle
        and j + 1 < len(tokens)
        and tokens[j + 1].stem + tokens[j + 1].particle == "등과"
    ):
        # "원창포장공업, 대상이엔지 등과 투자협약을": the list's 등 carries its particle; not
        # what it is about ("조사연구, 교류 등과 관련한") nor a head ("정대진 과장 등과").
        if (j + 2 < len(tokens) and tokens[j + 2].stem in _TOPIC_AFTER) or (
            j > 0 and not tokens[j - 1].particle and looks_like_name(tokens[j - 1].stem)
        ):
            return False
        j, particle = j + 1, "과"
    if particle not in ("와", "과", "와의", "과의") or is_generic(tokens[i].stem):
        return False
    if _KIND_END_RE.search(tokens[i].stem) or (
        j != i and (tokens[i].stem in NOT_SUBJECT or KIND_WORD_RE.search(tokens[i].stem))
    ):
        # "'A를 위한 업무협약'과 'B를 위한 업무협약'을": one agreement beside another (a body
        # named after one, "유엔기후변화협약사무국과", is a partner).
        return False
    following = tokens[j + 1 : j + 1 + _TITLE_REACH]
    if (
        j == i
        and following
        and following[0].stem in _TOGETHER
        and not following[0].particle
        and _named_body(tokens[i].stem)
    ):
        # "나주시는 한전KDN과 함께 … 업무협약을 체결했다": a body named as one is who the
        # subject acts with, however far the agreement noun ("출범과 함께" is no one).
        return True
    opener = text[following[0].start - 1 : following[0].start] if following else ""
    quoted = bool(opener) and opener in OPENING_QUOTES
    # "X과 신규 공장 건립을 위한 320억원 규모의 투자협약": a stated purpose reaches further;
    # inside a quoted title ("'수질 개선과 생태 복원을 위한 업무협약'") X is no partner.
    reach = _TITLE_REACH if quoted else _PLAIN_REACH
    # "X와 통일교육 활성화 및 … 지원 등을 위한 업무협약": however long the purpose, the words
    # after its link are counted afresh.
    ahead = tokens[j + 2 : j + 1 + _PURPOSE_REACH]
    linked = next((k for k, t in enumerate(ahead, 1) if _purpose_link(t)), None)
    aim = is_activity(tokens[i].stem) or tokens[i].stem in _BARE_ACTIVITIES
    programme = tokens[i].stem.endswith(_PROGRAMME_ENDINGS)
    if linked is not None and not quoted and not (aim or programme):
        reach = max(reach, linked + 1 + _PLAIN_REACH)
        following = tokens[j + 1 : j + 1 + max(reach, _TITLE_REACH)]
    closes = [quoted and text[t.end : t.end + 1] in _CLOSING_QUOTES for t in following]
    titled = inside_quote(text, tokens[i].start)
    for k, tok in enumerate(following):
        if k >= reach:
            return False
        if KIND_WORD_RE.search(tok.stem):
            return True
        if _purpose_link(tok) or (quoted and not aim and not any(closes[:k])):
            # The link itself, or a word of the quoted name ("X와 '우정의 뱃길' 협약식").
            continue
        if _venue_between(following, k):
            # "X와 27일 시청에서 투자 양해각서를", "X와 안동에 있는 회사 공장에서 …": where
            # the signing was held stands between the partner and the agreement.
            reach = max(reach, k + 1 + _PLAIN_REACH)
            continue
        if tok.stem + tok.particle in _PASSED_OVER or tok.stem + tok.particle in _MANNER:
            # "X와 이같은 내용을 담은 양해각서": a word pointing back, no particle; "X와 함께
            # 양질의 일자리 창출을 위한 협약": one describing the next word; "X와 비대면으로
            # 업무협약을": how it was signed.
            continue
        if tok.particle in ("와", "과") and tok.stem.endswith(_DOCUMENTS):
            # "X와 문화교류 시행 계획서와 도시건설 협력 양해각서": a paper signed beside the
            # agreement, its 와 no partner's; the agreement's words are counted afresh.
            reach = max(reach, k + 1 + _PLAIN_REACH)
            continue
        if (
            tok.particle in ("와", "과")
            and k + 1 < len(following)
            and following[k + 1].stem in _TOPIC_AFTER
        ):
            # "X와 신규 투자와 관련한 투자협약": what the agreement concerns, its 와 no partner's.
            continue
        if tok.stem[:1].isdigit() and tok.particle == "만":
            # "1억2100만": a sum, its 만 no particle.
            continue
        if tok.stem in _CURRENCIES and k and following[k - 1].stem[:1].isdigit():
            # "X와 1억2100만 달러 규모의 양해각서": a sum in a currency written apart is one word.
            reach += 1
            continue
        purpose = k + 1 < len(following) and _purpose_link(following[k + 1])
        purpose = purpose and (closes[k] or (tok.particle in ("을", "를") and not titled))
        if purpose and aim:
            # "현장실습과 취업 연계를 위한 협약": two aims of the agreement, no partner.
            return False
        if purpose:
            reach = _TITLE_REACH
        # "X와 320억원 규모의 …", "X와 역대 최대 규모인 9조원대 … 투자양해각서": the size
        # of the deal, after which the words up to the agreement are counted afresh.
        sized = (
            tok.particle == "의" and (bool(_SIZE_RE.match(tok.stem)) or tok.stem in _CONTENT)
        ) or (not tok.particle and tok.stem.endswith("규모인"))
        if sized:
            reach = max(reach, k + 1 + _PLAIN_REACH)
        # "X와 김천 제2산업단지에 2300억원을 투자하는 투자협약": where the sum goes, before it.
        sited = tok.particle in _SITE_PARTICLES and any(
            _purpose_link(t) for t in following[k + 1 : k + 1 + _SITE_REACH]
        )
        if tok.particle and tok.particle not in ("·", "-") and not (purpose or sized or sited):
            return False
    return False


_SITE_PARTICLES = ("에", "에서")
_VENUE_END_RE = re.compile("(?:" + pattern("signing", "venue_endings") + ")$")
_PLACING = word_set("signing", "placing_words")


def _venue_between(following: Sequence[Token], k: int) -> bool:
    """Whether the k-th word is, or places, the venue the signing was held at: a word with
    에서 that ends as a venue does ("시청에서", "공장에서"), or a place with 에 before a word
    that places the venue ("안동에 있는 회사 공장에서")."""
    tok = following[k]
    if tok.particle == "에서":
        return _VENUE_END_RE.search(tok.stem) is not None
    if tok.stem + tok.particle in _PLACING:
        return k > 0 and _venue_between(following, k - 1)
    if tok.particle != "에" or k + 1 >= len(following):
        return False
    placing = following[k + 1]
    return placing.stem + placing.particle in _PLACING and any(
        t.particle == "에서" and _VENUE_END_RE.search(t.stem) for t in following[k + 2 : k + 5]
    )


_SITE_REACH = 3  # words from where a sum goes to the word that links it to the agreement


# "현장실습과 취업 연계를 위한 협약": what an agreement is for, never its partner.
_BARE_ACTIVITIES = word_set("common_words", "bare_activities")
_TOGETHER = word_set("common_words", "together")
# "한전KDN", "LG이노텍": Hangul and Latin letters together; an acronym alone ("AI", "ICT")
# is as often a topic.
_MIXED_NAME_RE = re.compile(r"[가-힣].*[A-Za-z]{2}|[A-Za-z]{2}.*[가-힣]")


def _named_body(stem: str) -> bool:
    """A word that names a body by its form: an organisation's ending, or Hangul and Latin
    letters together."""
    return is_org_word(stem) or _MIXED_NAME_RE.search(stem) is not None


_PURPOSE_LINKS = word_set("common_words", "purpose_links")


def _purpose_link(tok: Token) -> bool:
    """ "위한", "약속하는", "담은": a word that tells what the agreement after it is for."""
    return tok.stem + tok.particle in _PURPOSE_LINKS


_TALKS_RE = re.compile("^" + pattern("signing", "talks") + "$")
_TALKS_REACH = 12  # words from "X와" to the agreement noun across "…에 관한 협의를 마무리하고"


def _written_as_subject(word: str, text: str, end: int) -> bool:
    """Whether text[:end] writes `word` as a subject ("에이스항공정비는 "). Found with
    `str.find`: a pattern compiled for each word cost more than the search."""
    end = min(end, len(text))
    at = text.find(word, 0, end)
    while at >= 0:
        after = at + len(word)
        if after + 2 <= end and text[after] in "은는이가" and text[after + 1].isspace():
            return True
        at = text.find(word, at + 1, end)
    return False


def negotiated(tokens: Sequence[Token], i: int, text: str) -> bool:
    """ "에이스항공정비와 부지 매입 등에 관한 협의를 마무리하고 다음 달 투자협약": the partner
    of the talks that end in the agreement, when the article has made it the subject of an
    earlier sentence."""
    tok = tokens[i]
    if tok.particle not in ("와", "과") or is_generic(tok.stem) or tok.stem in NOT_SUBJECT:
        return False
    if len(tok.stem) < 2 or any(tokens[k].particle in ("와", "과") for k in range(i)):
        return False
    if not _written_as_subject(tok.stem, text, tok.start):
        return False
    following = tokens[i + 1 : i + 1 + _TALKS_REACH]
    talks = next(
        (
            k
            for k, t in enumerate(following)
            if _TALKS_RE.match(t.stem) and t.particle in ("을", "를")
        ),
        None,
    )
    if talks is None:
        return False
    return any(KIND_WORD_RE.search(t.stem) for t in following[talks + 1 :])


def paired_owner(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B의 투자협약식", "A와 B의 자매결연식": B, whose agreement or tie it is together
    with A."""
    tok = tokens[i]
    if (
        tok.particle != "의"
        or not 0 < i < len(tokens) - 1
        or tokens[i - 1].particle not in ("와", "과")
    ):
        return False
    after = tokens[i + 1].stem
    return (
        KIND_WORD_RE.search(after) is not None or RELATION_RE.search(after) is not None
    ) and not is_generic(tok.stem)


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
    for tok in tokens[i + 1 : i + 1 + _TITLE_REACH]:
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
