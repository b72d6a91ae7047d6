"""Whether a name before 와/과 is the agreement's counterpart ("X와 … 업무협약을"), not what it
is about ("문화사업과 … 연계를 위한 협약"), who it was negotiated with, or a word of a quoted
aim: the words between the name and the agreement noun are read one by one, each kind (a
purpose, a venue, a size, a manner, a paper signed beside it) passed over or ending the link."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mouarchive.extract.foreign_places import COUNTRIES
from mouarchive.extract.orgnames import is_activity, is_generic, is_org_word, latin_name_end
from mouarchive.extract.person_titles import is_bare_title, looks_like_name
from mouarchive.extract.quote_marks import inside_quote, quotations
from mouarchive.extract.tokens import ACRONYM_RE, KIND_WORD_RE, NOT_SUBJECT, Token
from mouarchive.models import Span
from mouarchive.vocab import pattern, word_set, words

_TOPIC_AFTER = word_set("common_words", "topic_after_and")
TITLE_REACH = 8  # words a quoted agreement title may take between the counterpart and 협약
# "문화사업과 도시재생 뉴딜사업 상호 연계 등을 위한": a programme is what an agreement is for.
_PROGRAMME_ENDINGS = tuple(words("common_words", "programme_endings"))
_PROGRAMME_AIMS = tuple(words("common_words", "programme_aims"))
_PURPOSE_REACH = 12  # words a stated purpose may take between the counterpart and its link
_PLAIN_REACH = 5  # unquoted words ("청년 기술인력 양성") between the counterpart and 협약
OPENING_QUOTES = "‘'\"“「『"
# "X과 320억원 규모의 투자협약": the size of the deal stands between the partner and 협약.
_SIZE_RE = re.compile(r"^(?:\d[\d,.조억천백만]*\s?원|규모)$")
# "X와 2년간의 양해각서": the term of the agreement, as its size is.
_TERM_RE = re.compile(r"^\d{1,2}(?:년|개월)간?$")
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

# "카카오와도 업무협약을 맺었다": one more partner, told apart from the one before by 도.
_ALSO = ("와도", "과도")
_ALSO_REACH = 3  # words after a partner with 도 within which its agreement is named
_MODIFIER_ENDS = words("common_words", "linking_modifier_endings")
_SIGNED_OBJECT = ("을", "를", "")


def _also_signed_with(tokens: Sequence[Token], j: int) -> bool:
    """Whether a word with 와도 is one more partner: the agreement is named within a few words
    after it as what is signed ("카카오와도 업무협약을", "같은 날 카카오와도 협약을"), with no
    modifier between that makes the word what it is linked with ("관광자원과도 연계한 협약"),
    and not as what something else follows ("상하이와도 우호협약에 이어 … 논의했다")."""
    for tok in tokens[j + 1 : j + 1 + _ALSO_REACH]:
        if KIND_WORD_RE.search(tok.stem):
            return tok.particle in _SIGNED_OBJECT
        if tok.stem.endswith(_MODIFIER_ENDS):
            return False
    return False


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
    if particle not in ("와", "과", "와의", "과의", *_ALSO) or is_generic(tokens[i].stem):
        return False
    if tokens[i].stem in _NATIONS and j + 1 < len(tokens) and tokens[j + 1].stem in _NATIONS:
        # "한국과 베트남 등 아시아 지역": a list of the places an agreement covers.
        return False
    if particle in _ALSO and not _also_signed_with(tokens, j):
        return False
    if i > 0 and tokens[i - 1].particle in ("을", "를") and not _named_body(tokens[i].stem):
        # "제안서를 보내와 … 자매결연을 하고": after an object, a bare word with 와 is a verb
        # ("보내와"), not a partner; a body named as one may still follow the object.
        return False
    if _KIND_END_RE.search(tokens[i].stem) or (
        j != i and (tokens[i].stem in NOT_SUBJECT or KIND_WORD_RE.search(tokens[i].stem))
    ):
        # "'A를 위한 업무협약'과 'B를 위한 업무협약'을": one agreement beside another (a body
        # named after one, "유엔기후변화협약사무국과", is a partner).
        return False
    following = tokens[j + 1 : j + 1 + TITLE_REACH]
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
    reach = TITLE_REACH if quoted else _PLAIN_REACH
    # "X와 통일교육 활성화 및 … 지원 등을 위한 업무협약": however long the purpose, the words
    # after its link are counted afresh.
    ahead = tokens[j + 2 : j + 1 + _PURPOSE_REACH]
    linked = next((k for k, t in enumerate(ahead, 1) if _purpose_link(t)), None)
    aim = is_activity(tokens[i].stem) or tokens[i].stem in _BARE_ACTIVITIES
    ending = next((e for e in _PROGRAMME_ENDINGS if tokens[i].stem.endswith(e)), None)
    programme = ending is not None
    # "체육진흥사업과": a programme named for what it does; "대원사업과" is a company.
    aimed = ending is not None and tokens[i].stem.removesuffix(ending).endswith(_PROGRAMME_AIMS)
    if linked is not None and not quoted and not (aim or programme):
        reach = max(reach, linked + 1 + _PLAIN_REACH)
        following = tokens[j + 1 : j + 1 + max(reach, TITLE_REACH)]
    closes = [quoted and text[t.end : t.end + 1] in _CLOSING_QUOTES for t in following]
    titled = inside_quote(text, tokens[i].start)
    for k, tok in enumerate(following):
        if k >= reach:
            return False
        if KIND_WORD_RE.search(tok.stem) or (
            _TIE_RE.search(tok.stem) and tok.particle and not tokens[i].stem.endswith(_PEOPLE)
        ):
            return True
        if (
            _purpose_link(tok)
            or tok.stem + tok.particle in _TOPIC_LINKS
            or (quoted and not aim and not any(closes[:k]))
        ):
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
        if (
            tok.particle in ("와", "과")
            and tok.stem in _NATIONS
            and k + 1 < len(following)
            and following[k + 1].stem in _NATIONS
        ):
            # "X와 한국과 베트남 등 아시아 지역 … 공급을 위한 협약": the places it covers.
            continue
        if tok.particle in ("와", "과") and _joins_aims(tokens[i].stem, following, k):
            # "X와 기술교류와 협력 강화를 위한 양해각서": the 와 joins two aims of the
            # agreement, inside what it is for.
            continue
        if (
            tok.particle in ("을", "를")
            and k + 1 < len(following)
            and following[k + 1].stem + following[k + 1].particle in _INCLUDING
            and not titled
        ):
            # "X와 한국을 포함한 아시아 지역 … 공급을 위한 협약": the object is part of what
            # the next noun covers.
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
        if not tok.particle and (_YEAR_RE.fullmatch(tok.stem) or ACRONYM_RE.fullmatch(tok.stem)):
            # "X와 2015 KBO 리그 타이틀 스폰서 후원 조인식을": a year or an acronym of the
            # agreement's name takes no place of the words counted.
            reach += 1
            continue
        if tok.stem[:1].isdigit() and tok.particle == "만":
            # "1억2100만": a sum, its 만 no particle.
            continue
        if tok.stem in _CURRENCIES and k and following[k - 1].stem[:1].isdigit():
            # "X와 1억2100만 달러 규모의 양해각서": a sum in a currency written apart is one word.
            reach += 1
            continue
        if (
            linked is not None
            and k < linked
            and not (aim or programme or quoted or titled)
            and (tok.particle in _PURPOSE_CLAUSE_PARTICLES or tok.stem.endswith(_VERB_STEMS))
            and _a_body(tokens[i].stem, text)
        ):
            # "아드반테스트와 신제품을 연구하는 R&D센터를 천안 확장단지에 설립하기로 하는
            # 협약": every word of the stated purpose, its objects, sites and verbs, up to its
            # link, after a partner that is a body ("기술개발과 산업화 협력을 지원하기 위한"
            # has none).
            continue
        link = following[k + 1] if k + 1 < len(following) else None
        purpose = link is not None and _purpose_link(link)
        purpose = purpose and (closes[k] or (tok.particle in ("을", "를") and not titled))
        # "가천대, 한미약품과 공동연구 및 협력에 대한 양해각서": what the agreement concerns,
        # with 에 before 대한 or 관한, as a purpose is told with 를 before 위한; only for a body
        # named as one or the last of a list of partners, since "기후위기와 탄소중립에 관한"
        # joins two topics.
        purpose = purpose or (
            tok.particle == "에"
            and not titled
            and link is not None
            and link.stem + link.particle in _TOPIC_LINKS
            and (_named_body(tokens[i].stem) or j != i or (i > 0 and tokens[i - 1].particle == ","))
        )
        if purpose and (aim or aimed):
            # "현장실습과 취업 연계를 위한 협약", "체육진흥사업과 지역사회 발전을 위한 …
            # 상호협력에 관한 MOU": two aims of the agreement, no partner.
            return False
        if purpose:
            reach = max(TITLE_REACH, k + 1 + _PLAIN_REACH)
        # "X와 320억원 규모의 …", "X와 역대 최대 규모인 9조원대 … 투자양해각서": the size
        # of the deal, after which the words up to the agreement are counted afresh.
        sized = (
            tok.particle == "의"
            and (bool(_SIZE_RE.match(tok.stem) or _TERM_RE.match(tok.stem)) or tok.stem in _CONTENT)
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


_INCLUDING = word_set("common_words", "including_links")
_AIM_REACH = 3  # words from a 와 inside an aim to the object its purpose link follows


def _joins_aims(partner: str, following: Sequence[Token], k: int) -> bool:
    """Whether the k-th word's 와 joins two aims of the agreement rather than naming another
    partner: the words after it run, without a particle, to an object right before a purpose
    link ("기술교류와 협력 강화를 위한"), and neither it nor the partner is an aim itself
    ("현장실습과 취업 연계를 위한" has no partner)."""
    if _named_body(following[k].stem) or is_activity(partner) or partner in _BARE_ACTIVITIES:
        return False
    for m in range(k + 1, min(k + 1 + _AIM_REACH, len(following) - 1)):
        word = following[m]
        if word.particle in ("을", "를"):
            return _purpose_link(following[m + 1])
        if word.particle:
            return False
    return False


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_NATIONS = COUNTRIES | word_set("abroad", "home_country")
_SITE_PARTICLES = ("에", "에서")
# "삼척중앙시장과 자매결연을 체결했다": a tie set up is the agreement a partner of no
# organisational ending reaches, as a 협약 is.
_TIE_RE = re.compile("(?:" + pattern("agreement_kinds", "ties") + ")(?:식|서)?$")
# "한부모가정과 1대1 결연을": a tie with people sponsored or mentored, no party's.
_PEOPLE = tuple(words("common_words", "people_tied"))
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


# "협력에 관한", "공동연구에 대한": what the agreement is about, told after 에.
_TOPIC_LINKS = word_set("agreement_kinds", "title_joiners")


def _a_body(stem: str, text: str) -> bool:
    """A body named as one by its form, or one the article makes a subject somewhere
    ("아드반테스트는 …"), which a title ("노 대통령은") or a common noun is not."""
    return _named_body(stem) or (
        not is_bare_title(stem)
        and stem not in _HEADS_OF_STATE
        and not is_generic(stem)
        and _written_as_subject(stem, text, len(text))
    )


_HEADS_OF_STATE = word_set("abroad", "heads_of_state")


_PURPOSE_CLAUSE_PARTICLES = ("을", "를", "에", "에서", "의", "로", "으로")
# "연구하는": a verb describing the noun after it, read as a stem and 는.
_VERB_STEMS = ("하", "되")


def _purpose_link(tok: Token) -> bool:
    """ "위한", "약속하는", "담은": a word that tells what the agreement after it is for; also
    "설립하기로 (하는 협약)", what the parties agreed to do."""
    return tok.stem + tok.particle in _PURPOSE_LINKS or (
        tok.particle == "로" and tok.stem.endswith("하기")
    )


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
