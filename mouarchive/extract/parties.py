"""Which organisations signed: the parties named around the signing verb.

Korean copy marks the parties by particles around the signing verb ("A와 B가 협약을 체결했다",
"A는 B와 협약을 맺었다"), by lists ("A, B 및 C 등 10개 기관이") and by the signatories'
titles ("강기정 광주시장" → 광주광역시). Places ("광주시청에서"), patrons ("광주시 산하") and
attendees carry other particles or sit in other sentences, which is what keeps them out.

A patron is not a party, but it places its agency: `agency_regions` reads "광주시 산하 X",
"OO시 출연기관인 X", "도 산하 X" and "X는 시 출연기관으로" so that X's agreements count as
that government's region.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

from mouarchive.extract.orgnames import (
    FOREIGN_GOVERNMENTS,
    article_aliases,
    expand_short,
    government_of,
    is_branch,
    is_generic,
    is_named_org,
    is_org,
    latin_name_start,
    normalize_org,
    region_lookup,
    region_of_party,
)
from mouarchive.extract.regions import government_region
from mouarchive.extract.signatories import (
    club_name,
    known_org,
    looks_like_name,
    named_apart,
    signatories_in,
    unit_of,
)
from mouarchive.extract.tokens import (
    ACRONYM_RE,
    EDGE_PUNCT,
    GOVERNMENT_RE,
    KIND_WORD_RE,
    LEVEL_SUBJECT_RE,
    LIST_TAIL_RE,
    NOT_SUBJECT,
    OFFICE_WORD_RE,
    ORG_TAIL_RE,
    OTHER_PARTICLES,
    PARTY_PARTICLES,
    PATRON_WORDS,
    SHORT_FORM_RE,
    SUBUNIT_RE,
    TITLES,
    UNIT_RE,
    Token,
    all_hangul,
    split_particle,
    tokenize,
)
from mouarchive.models import Party, Region, Signatory, Span
from mouarchive.vocab import alternation, pattern, table, word_set, words


def _with_subunit(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> tuple[str, int] | None:
    """ "중국공상은행의 한국법인" and "경상국립대학교 산학연협력 선도대학 육성사업단" each name
    one party: a branch or project unit is named with the organisation written before it (a
    local government's own offices are left to `_named_unit`, which names it canonically)."""
    tok = tokens[i]
    if (
        i > 0
        and SUBUNIT_RE.match(tok.stem)
        and tokens[i - 1].particle in ("의", "")
        and government_of(tokens[i - 1].stem, region) is None
    ):
        prev = tokens[i - 1]
        return f"{prev.stem} {tok.stem}", prev.start
    if not UNIT_RE.search(tok.stem):
        return None
    parent = None
    for k in range(i - 1, max(i - 4, -1), -1):
        word = tokens[k]
        if word.particle or word.joined or word.stem in NOT_SUBJECT or word.stem in PATRON_WORDS:
            break
        if government_of(word.stem, region) is not None:
            break
        if ORG_TAIL_RE.search(word.stem) and len(word.stem) > 2:
            parent = k
    if parent is None:
        return None
    words = [t.stem for t in tokens[parent : i + 1]]
    return " ".join(words), tokens[parent].start


_COUNT_WORD_RE = re.compile(r"^(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+개?)$")
_GROUP_NOUN_RE = re.compile(r"^(?:기관|단체|기업|개사|곳|개\s?기관|시·도|도시|자치단체|대학)$")
_SEPARATORS = (",", "와", "과", "·")


def _counted_list_end(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B, C 세 기관은": a count of bodies right after a bare word closes a list."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    return (
        bool(_COUNT_WORD_RE.match(tokens[i].stem))
        and bool(_GROUP_NOUN_RE.match(tokens[i + 1].stem))
        and tokens[i - 1].particle == ""
        and tokens[i - 2].particle in _SEPARATORS
    )


def _listed_orgs(tokens: Sequence[Token], text: str) -> set[int]:
    """Indexes of words in "A, B 및 C 등 N개 기관" lists, which name parties whatever their
    form (광주글로벌모터스 has no organisational suffix)."""
    picked: set[int] = set()
    for i, tok in enumerate(tokens):
        if not (
            (tok.stem == "등" and LIST_TAIL_RE.match(text, tok.start - 1))
            or _counted_list_end(tokens, i)
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


_TITLE_REACH = 8  # words a quoted agreement title may take between the counterpart and 협약
_PLAIN_REACH = 5  # unquoted words ("청년 기술인력 양성") between the counterpart and 협약
_OPENING_QUOTES = "‘'\"“「『"
# "X과 320억원 규모의 투자협약": the size of the deal stands between the partner and 협약.
_SIZE_RE = re.compile(r"^(?:\d[\d,.조억천백만]*\s?원|규모)$")
_CLOSING_QUOTES = "’'\"”」』"


def _counterpart(tokens: Sequence[Token], i: int, text: str) -> bool:
    """ "X와 (…) 업무협약을": the word with 와/과 right before the agreement noun is a party
    even without an organisational suffix (네이버와 협약), also before a quoted title ("X와
    '안심 귀갓길 조성 협약'을", "X와 '…'를 위한 협약"); a generic noun (지자체와, 청년 세대와)
    is not. Earlier items of a comma list ending in such a word ("A, B와 협약") are parties
    too."""
    j = i
    while tokens[j].particle == "," and j + 1 < len(tokens) and j - i < 4:
        j += 1
    if tokens[j].particle not in ("와", "과", "와의", "과의") or is_generic(tokens[i].stem):
        return False
    if j != i and (tokens[i].stem in NOT_SUBJECT or KIND_WORD_RE.search(tokens[i].stem)):
        return False
    following = tokens[j + 1 : j + 1 + _TITLE_REACH]
    opener = text[following[0].start - 1 : following[0].start] if following else ""
    quoted = bool(opener) and opener in _OPENING_QUOTES
    closes = [quoted and text[t.end : t.end + 1] in _CLOSING_QUOTES for t in following]
    # "X과 신규 공장 건립을 위한 320억원 규모의 투자협약": a stated purpose reaches further;
    # inside a quoted title ("'수질 개선과 생태 복원을 위한 업무협약'") X is no partner.
    reach = _TITLE_REACH if quoted else _PLAIN_REACH
    titled = _inside_quote(text, tokens[i].start)
    for k, tok in enumerate(following):
        if k >= reach:
            return False
        if KIND_WORD_RE.search(tok.stem):
            return True
        purpose = k + 1 < len(following) and following[k + 1].stem == "위한"
        purpose = purpose and (closes[k] or (tok.particle in ("을", "를") and not titled))
        if purpose and (_ACTIVITY_RE.search(tokens[i].stem) or tokens[i].stem in _BARE_ACTIVITIES):
            # "현장실습과 취업 연계를 위한 협약": two aims of the agreement, no partner.
            return False
        if purpose:
            reach = _TITLE_REACH
        sized = tok.particle == "의" and bool(_SIZE_RE.match(tok.stem))
        if tok.particle and tok.particle not in ("·", "-") and not (purpose or sized):
            return False
    return False


# "현장실습과 취업 연계를 위한 협약": what an agreement is for, never its partner.
_ACTIVITY_RE = re.compile(pattern("common_words", "activity_endings") + "$")
_BARE_ACTIVITIES = word_set("common_words", "bare_activities")
_TALKS_RE = re.compile("^" + pattern("signing", "talks") + "$")
_TALKS_REACH = 12  # words from "X와" to the agreement noun across "…에 관한 협의를 마무리하고"


def _negotiated(tokens: Sequence[Token], i: int, text: str) -> bool:
    """ "에이스항공정비와 부지 매입 등에 관한 협의를 마무리하고 다음 달 투자협약": the partner
    of the talks that end in the agreement, when the article has made it the subject of an
    earlier sentence."""
    tok = tokens[i]
    if tok.particle not in ("와", "과") or is_generic(tok.stem) or tok.stem in NOT_SUBJECT:
        return False
    if len(tok.stem) < 2 or any(t.particle in ("와", "과") for t in tokens[:i]):
        return False
    subject = re.compile(re.escape(tok.stem) + r"(?:은|는|이|가)\s")
    if subject.search(text, 0, tok.start) is None:
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


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies within a quotation opened earlier on its line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    paired = sum(line.count(a) - line.count(b) for a, b in (("‘", "’"), ("“", "”"), ("「", "」")))
    return paired > 0 or line.count("'") % 2 == 1 or line.count('"') % 2 == 1


def _paired_owner(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B의 투자협약식": B, whose agreement it is together with A."""
    tok = tokens[i]
    return (
        tok.particle == "의"
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].particle in ("와", "과")
        and KIND_WORD_RE.search(tokens[i + 1].stem) is not None
        and not is_generic(tok.stem)
    )


_ANAPHOR_RE = re.compile("^" + pattern("organisations", "company_anaphors") + "$")
_ANAPHOR_DETERMINERS = word_set("common_words", "anaphor_determiners")
_COMPANY_NAMED_RE = re.compile(
    r"(?:㈜|\(주\)|주식회사)\s?(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]*?)"
    r"(?=(?:은|는|이|가|와|과|의|을|를|에|도)?[\s,.]|$)"
)


def _antecedent(tokens: Sequence[Token], i: int, text: str) -> str | None:
    """ "이 회사와 투자협약을 체결했다": the company the article named before, with its legal
    form ("(주)에이치투모빌리티가 … 공장을 짓는다"), nearest first."""
    if i == 0 or tokens[i - 1].stem not in _ANAPHOR_DETERMINERS:
        return None
    if not _ANAPHOR_RE.match(tokens[i].stem):
        return None
    named = list(_COMPANY_NAMED_RE.finditer(text, 0, tokens[i].start))
    if named:
        return named[-1].group("name")
    return _lede_subject(text, tokens[i].start)


_LINE_SUBJECT_RE = re.compile(r"(?m)^[ \t]*([가-힣A-Za-z0-9][^\s,]{1,20}?)(?:은|는|이|가)\s")


def _lede_subject(text: str, before: int) -> str | None:
    """The subject opening the article's first paragraph, when it is neither a government nor
    a generic word: "에이치투모빌리티가 광주에 공장을 짓는다" names the company 이 회사 means."""
    m = _LINE_SUBJECT_RE.search(text, 0, before)
    if m is None:
        return None
    stem = m.group(1)
    region = region_lookup(text)
    if stem in NOT_SUBJECT or is_generic(stem) or region(stem) is not None:
        return None
    return stem


def find_parties(text: str, span: Span | None = None) -> list[Party]:
    """The signing organisations named in text[span] (a sentence reporting a signing), with
    spans into `text`; the whole `text` serves as context for abbreviations and 광주.

    Signatories' organisations are parties too; observers do not appear in the signing
    sentence and are therefore not found here.
    """
    start, end = span if span else (0, len(text))
    region = region_lookup(text)
    aliases = article_aliases(text)
    tokens = tokenize(text, start, end)
    parties: list[Party] = []
    for signatory in signatories_in(text, (start, end), tokens, region):
        org = signatory.organization
        if (
            org
            and _signs_for_party(signatory, text)
            and (known_org(signatory, region) or named_apart(org, text))
        ):
            _add(parties, org, signatory.span, region)
    listed = _listed_orgs(tokens, text) | _opening_list(tokens, aliases, region)
    for i, tok in enumerate(tokens):
        if (
            tok.particle in OTHER_PARTICLES
            and i not in listed
            and not _paired_owner(tokens, i)
            and not _attracted(tokens, i)
            and not _foreign_city(tokens, i, region)
        ):
            continue
        if _is_person_part(tokens, i) or _topic_in_title(tokens, i, text, aliases, region):
            continue
        found = _party_at(tokens, i, i in listed, text, aliases, region)
        if found is not None:
            name, begin = found
            org = normalize_org(aliases.get(name, name), "", region)
            _add(parties, org, (begin, tok.end), region)
    return parties


_QUOTED_TITLE_RE = re.compile(r"[‘'\"“]([^’'\"”\n]{2,60})[’'\"”]")


def _topic_in_title(
    tokens: Sequence[Token],
    i: int,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    """ "'AI·코딩 교육 …을 위한 업무협약'", "'물-에너지 연계 업무협약'": an acronym or a word
    run together with a common noun at the head of a quoted agreement title is its subject
    matter, not a signer ("'광주-대구 상생협약'" still names two cities)."""
    tok = tokens[i]
    if not (tok.joined or ACRONYM_RE.match(tok.stem)):
        return False
    chain = _chain(tokens, i)
    if text[chain[0].start - 1 : chain[0].start] not in _OPENING_QUOTES:
        return False
    m = _QUOTED_TITLE_RE.match(text, chain[0].start - 1)
    if m is None or not KIND_WORD_RE.search(m.group(1)):
        return False
    if ACRONYM_RE.match(tok.stem) and len(chain) == 1:
        return True
    return len(chain) > 1 and not all(is_org(t.stem, aliases, region) for t in chain)


def _is_party_word(
    tokens: Sequence[Token],
    i: int,
    listed: bool,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    tok = tokens[i]
    if listed or _counterpart(tokens, i, text) or _paired_owner(tokens, i) or _attracted(tokens, i):
        return True
    if _negotiated(tokens, i, text):
        return True
    if _described(tokens, i):
        return True
    if _foreign_city(tokens, i, region):
        return True
    if is_org(tok.stem, aliases, region):
        return (
            tok.particle in PARTY_PARTICLES
            or tok.particle in (",", "·", "-")
            or tok.joined
            or _next_is_list(tokens, i)
        )
    if tok.joined and len(tok.stem) > 1:
        siblings = [t for t in tokens[max(i - 3, 0) : i + 4] if t.joined and t is not tok]
        return any(
            t.stem[-1:] == tok.stem[-1] and is_org(t.stem, aliases, region) for t in siblings
        ) or _org_chain(_chain(tokens, i), aliases, region)
    if tok.stem in NOT_SUBJECT or KIND_WORD_RE.search(tok.stem):
        return False
    if i == 0 and tok.particle in ("은", "는", "이", "가"):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tok.particle in ("와", "과")
        and nxt is not None
        and nxt.particle in ("은", "는", "이", "가")
        and is_org(nxt.stem, aliases, region)
    )


_DESCRIBED_RE = re.compile("^" + pattern("organisations", "company_descriptions") + "$")


def _opening_list(
    tokens: Sequence[Token], aliases: dict[str, str], region: Callable[[str], Region | None]
) -> set[int]:
    """ "영암군과 한빛조선, 목포해양대학교가 …": every member of a sentence-opening list of
    organisations is one, though some names carry no organisational suffix."""
    close = next(
        (k for k, t in enumerate(tokens[:6]) if t.particle in ("은", "는", "이", "가")), None
    )
    if not close:
        return set()
    # "한빛대학교 산학협력단과 남도테크는": an organisation and its unit make one member.
    heads = {
        k
        for k in range(close)
        if not tokens[k].particle and unit_of(tokens, k, tokens[k + 1].stem, aliases, region)
    }
    members = [k for k in range(close + 1) if k not in heads]
    if any(tokens[k].particle not in ("와", "과", ",", "·") for k in members[:-1]):
        return set()
    if any(tokens[k].stem in NOT_SUBJECT or KIND_WORD_RE.search(tokens[k].stem) for k in members):
        return set()
    orgs = [k - 1 in heads or is_org(tokens[k].stem, aliases, region) for k in members]
    return set(members) if sum(orgs) >= 2 or all(orgs[:-1]) else set()


_COUNTRIES = word_set("abroad", "countries")
_FOREIGN_PLACE_RE = re.compile(r"^[가-힣]{2,9}(?:시|주|현|성|구)$")


def _foreign_city(tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]) -> bool:
    """ "캐나다 핼리팩스시와", "미국 텍사스주 오스틴시를 방문해": a city abroad, told by the
    country (and state) named before it, is a party the gazetteer cannot know."""
    tok = tokens[i]
    if not _FOREIGN_PLACE_RE.match(tok.stem) or region(tok.stem) is not None:
        return False
    visited = (
        tok.particle in ("을", "를")
        and i + 1 < len(tokens)
        and tokens[i + 1].stem.startswith(("방문", "찾"))
    )
    if tok.particle not in PARTY_PARTICLES and not visited:
        return False
    k = i - 1
    while k >= 0 and k >= i - 2 and tokens[k].particle == "":
        if tokens[k].stem in _COUNTRIES:
            return True
        if not _FOREIGN_PLACE_RE.match(tokens[k].stem):
            return False
        k -= 1
    return False


def _described(tokens: Sequence[Token], i: int) -> bool:
    """ "교육용 소프트웨어 기업 누리코딩과": a name the article introduces by its trade, as the
    counterpart of a signing."""
    if tokens[i].particle not in ("와", "과", "와의", "과의") or i == 0:
        return False
    before = tokens[i - 1]
    if before.particle != "" or not _DESCRIBED_RE.match(before.stem):
        return False
    for tok in tokens[i + 1 : i + 1 + _TITLE_REACH]:
        if KIND_WORD_RE.search(tok.stem) or tok.stem in ("손", "손을"):
            return True
        if tok.particle in ("와", "과"):
            return False
    return False


def _attracted(tokens: Sequence[Token], i: int) -> bool:
    """ "물류 기업 하늘길로지스를 유치한다": the company an investment brings is a party though
    it stands as an object."""
    if tokens[i].particle not in ("을", "를") or i == 0 or i + 1 >= len(tokens):
        return False
    described = tokens[i - 1].particle == "" and bool(_DESCRIBED_RE.match(tokens[i - 1].stem))
    return described and tokens[i + 1].stem.startswith("유치")


def _chain(tokens: Sequence[Token], i: int) -> Sequence[Token]:
    """The "A·B·C" run word `i` belongs to."""
    first = i
    while first > 0 and tokens[first - 1].particle in ("·", "-"):
        first -= 1
    last = i
    while last + 1 < len(tokens) and tokens[last].particle in ("·", "-"):
        last += 1
    return tokens[first : last + 1]


def _org_chain(
    chain: Sequence[Token], aliases: dict[str, str], region: Callable[[str], Region | None]
) -> bool:
    """ "한빛대학교·남도테크·바다로지스·한결은행과": three or more names run together before a
    party particle, one of them plainly an organisation, list the parties in full."""
    return (
        len(chain) >= 3
        and chain[-1].particle in PARTY_PARTICLES
        and any(is_org(t.stem, aliases, region) for t in chain)
    )


def _party_at(
    tokens: Sequence[Token],
    i: int,
    listed: bool,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> tuple[str, int] | None:
    """The party named by word `i`, as (name, start), or None when it names none."""
    tok = tokens[i]
    if _ANAPHOR_RE.match(tok.stem):
        named = _antecedent(tokens, i, text)
        return (named, tok.start) if named else None
    if is_generic(tok.stem):
        return None
    level = LEVEL_SUBJECT_RE.match(tok.stem + tok.particle)
    if i == 0 and level:
        home = _home_government(level.group(1), text, region)
        return (home, tok.start) if home else None
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].particle == "" else None
    if (
        prev is not None
        and not prev.joined
        and (tok.particle in PARTY_PARTICLES or tok.particle in (",", "·", "-") or tok.joined)
    ):
        compound = region(f"{prev.stem} {tok.stem}")
        if compound is not None and region(tok.stem) != compound:
            return compound.name, prev.start
    if not _is_party_word(tokens, i, listed, text, aliases, region):
        return _named_unit(tokens, i, aliases, region) if _party_role(tokens, i, listed) else None
    unit = _with_subunit(tokens, i, region) or _named_unit(tokens, i, aliases, region)
    if unit is not None:
        return unit
    if SHORT_FORM_RE.match(tok.stem):
        # "연구원은" with no "…연구원" named anywhere is a common noun (researchers, the
        # institute of the lede under another name), never a party by itself.
        full = expand_short(tok.stem, text)
        return (full, tok.start) if full != tok.stem else None
    if prev is not None and prev.stem[-1:] in ("읍", "면", "동") and len(prev.stem) > 1:
        return f"{prev.stem} {tok.stem}", prev.start
    if (
        tok.stem in FOREIGN_GOVERNMENTS
        and prev is not None
        and prev.stem.endswith(("시", "성", "현", "주"))
        and len(prev.stem) >= 2
        and all_hangul(prev.stem)
        and region(prev.stem) is None
    ):
        # "산둥성 정부와", "다낭시 인민위원회와": the government of a place abroad.
        return f"{prev.stem} {tok.stem}", prev.start
    club = club_name(tokens, i, region)
    if club != tok.stem:
        return club, tokens[i - 1].start
    first = latin_name_start(tokens, i)
    if first < i:
        return " ".join(t.stem for t in tokens[first : i + 1]), tokens[first].start
    return tok.stem, tok.start


def _party_role(tokens: Sequence[Token], i: int, listed: bool) -> bool:
    """Whether word `i` stands where a party does: before 와/과, 은/는, 이/가, in a list."""
    tok = tokens[i]
    return (
        listed
        or tok.particle in PARTY_PARTICLES
        or tok.particle in (",", "·")
        or _next_is_list(tokens, i)
    )


def _named_unit(
    tokens: Sequence[Token],
    i: int,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> tuple[str, int] | None:
    """ "한국은행 경제통계국과", "호원대학교 간호학과는": a unit after its organisation;
    "남도은행 본점과" is the bank itself."""
    tok = tokens[i]
    if i == 0 or (tok.joined and tokens[i - 1].joined):
        return None
    parent = tokens[i - 1]
    if tok.stem in _HEAD_OFFICES and not parent.particle and is_named_org(parent.stem, aliases):
        return normalize_org(aliases.get(parent.stem, parent.stem), "", region), parent.start
    # "간호학과는" splits as 간호학 + 과는; after an organisation it is the department.
    department = tok.stem + "과" if tok.particle in ("과는", "과도", "과의") else None
    name = (department and unit_of(tokens, i - 1, department, aliases, region)) or unit_of(
        tokens, i - 1, tok.stem, aliases, region
    )
    return (name, tokens[i - 1].start) if name else None


_HEAD_OFFICES = word_set("organisations", "head_offices")


def _home_government(level: str, text: str, region: Callable[[str], Region | None]) -> str | None:
    """ "시는 …" means the city the article is about: its first named 시 (likewise 도, 군, 구)."""
    for m in re.finditer(r"[가-힣]{1,6}" + level + r"(?=[은는이가와과의에을를\s,·]|$)", text):
        found = region(m.group(0))
        if found is not None and found.name.split()[-1].endswith(level):
            return found.name
    return None


_AGENCY_RE = re.compile(
    r"(?<![가-힣])(?P<gov>[가-힣]{0,10}[시도군구])\s?"
    r"(?:산하|출연|출자|직속|투자)\s?(?:공공\s?)?(?:기관|단체|법인)?(?:인|이자|으로)?\s"
    r"(?P<org>[^\s,(]+)"
)
# "X는 시 출연기관으로 …", "X는 도 산하 공공기관이다": the same tie written after the agency.
_AGENCY_AFTER_RE = re.compile(
    r"(?P<org>[^\s,(]+?)(?:은|는|이|가)\s(?P<gov>[가-힣]{0,10}[시도군구])\s?"
    r"(?:산하|출연|출자|직속|투자)\s?(?:공공\s?)?(?:기관|단체|법인)"
)


@functools.lru_cache(maxsize=16)
def agency_regions(text: str) -> dict[str, Region]:
    """Organisations the article calls a local government's agency ("광주시 산하
    인공지능산업융합사업단", "화성시 출연기관인 화성산업진흥원", "도 산하 X"), each with that
    government's region: an agreement of the agency is one of that government's agreements.
    Only the text's own words count; a place inside an organisation's name (광주테크노파크)
    says where it sits, not whose it is, so it gives no region."""
    if not any(word in text for word in ("산하", "출연", "출자", "직속", "투자기관")):
        return {}
    region = region_lookup(text)
    found: dict[str, Region] = {}
    ties = itertools.chain(_AGENCY_RE.finditer(text), _AGENCY_AFTER_RE.finditer(text))
    for m in ties:
        gov = m.group("gov")
        home = _home_government(gov, text, region) if len(gov) == 1 else None
        government = Region(home) if home else region(gov)
        if government is None:
            continue
        stem, _particle = split_particle(m.group("org").strip(EDGE_PUNCT))
        found.setdefault(normalize_org(stem, text, region), government)
    return found


_GROUP_WORD_RE = re.compile(r"^(?:및|등|간|사이|(?:\d+|[두세네])\s?(?:자|개\s?기관|기관))$")


NOT_SIGNER_TITLES = word_set("titles", "not_signers")
# "… 대표 등이 참석한 가운데 협약을 체결했다" names the signers; "… 등이 참석했다" lists guests.
_ATTENDEE_TAIL_RE = re.compile(
    r"\s?등\s?[^,.]{0,12}?\d+\s?여?\s?명|\s?등(?:이)?\s(?:\S+\s)?참석(?!한\s가운데)"
)


_CEREMONY_ATTENDED_RE = re.compile(r"이?\s?참석한\s가운데\s")


def _signs_for_party(signatory: Signatory, text: str) -> bool:
    """A titled person in a signing sentence brings their organisation in as a party, unless
    they are a politician or the last of an attendance list ("… 의장 등 20여명이 참석")."""
    if signatory.title in NOT_SIGNER_TITLES:
        return False
    tail = _ATTENDEE_TAIL_RE.match(text, signatory.span[1])
    # "A 군수와 B 구청장 등 40여명이 참석한 가운데 협약을 체결했다": the heads named before the
    # headcount are the signers of the ceremony they attend.
    return tail is None or _CEREMONY_ATTENDED_RE.match(text, tail.end()) is not None


def _next_is_list(tokens: Sequence[Token], i: int) -> bool:
    """ "A와 B 간", "A, B 3자가", "A 및 B": a bare last name in a group of parties."""
    if i + 1 >= len(tokens):
        return False
    follower = tokens[i + 1]
    return bool(_GROUP_WORD_RE.match(follower.stem))


def _is_person_part(tokens: Sequence[Token], i: int) -> bool:
    """Words of a "name title" pair (강기정 시장과) are people, not organisations."""
    tok = tokens[i]
    if tok.stem in TITLES:
        return True
    return looks_like_name(tok.stem) and i + 1 < len(tokens) and tokens[i + 1].stem in TITLES


def _abbreviates(short: str, long: str) -> bool:
    """ "빛고을공대" for "빛고을공과대학교", "순천대" for "국립순천대학교": a university's usual
    short form, which drops the 국립 its full name carries; "전남대병원" for "전남대학교병원",
    the same short form inside the name of a university's hospital or foundation."""
    long = long.removeprefix("국립")
    if "대학교" in long and short == long.replace("대학교", "대", 1):
        return True
    if not (short.endswith("대") and long.endswith(("대학교", "대학")) and short[:2] == long[:2]):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _contracts(short: str, long: str) -> bool:
    """ "성서산단관리공단" for "성서산업단지관리공단", "남도경총" for "남도경영자총협회": a short
    form keeps the name's opening and picks later syllables in order, dropping pieces from
    more than one place. A name missing one whole block ("한국가스공사" beside
    "한국가스기술공사") or a prefix ("경기도" of "경기도교육청") is another body, and a place
    is never a short form."""
    if (
        " " in short + long
        or len(short) < 4
        or len(long) < len(short) + 2
        or short[:2] != long[:2]
        or GOVERNMENT_RE.search(short)
    ):
        return False
    gaps = 0
    at = 0
    for ch in short:
        found = long.find(ch, at)
        if found == -1:
            return False
        gaps += found > at
        at = found + 1
    gaps += at < len(long)
    return gaps >= 2


# "경남TP" for "경남테크노파크": a kind of body regional news writes as Latin initials.
_INITIALS = table("organisations", "initials")
_INITIALS_RE = re.compile(r"(?<=[가-힣])" + alternation(_INITIALS) + r"(?=$|\s)")


def _spelled_out(name: str) -> str:
    if not any(initials in name for initials in _INITIALS):
        return name
    return _INITIALS_RE.sub(lambda m: _INITIALS[m.group(0)], name)


def same_organisation(a: str, b: str) -> bool:
    """Whether two party names denote one organisation: equal up to case, a sub-unit written
    after its parent ("중국공상은행 한국법인"), the same body with a place before it ("서울시
    구청장협의회"), or a university's short form."""
    if a.casefold() == b.casefold():
        return True
    a, b = _spelled_out(a), _spelled_out(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    qualified = len(short) >= 3 and long.endswith(" " + short)
    return (
        qualified
        or long == short + "법인"  # "보성녹차영농조합" for "보성녹차영농조합법인"
        or (long.startswith(short + " ") and long[len(short) + 1 :] in FOREIGN_GOVERNMENTS)
        or _is_sub_unit(short, long)
        or _abbreviates(short, long)
        or _contracts(short, long)
        or _drops_prefix(short, long)
        or _same_place_body(short, long)
    )


# Bodies named by the place they serve, which each place has only one of.
_PLACE_BODIES = words("organisations", "place_bodies")


def _same_place_body(short: str, long: str) -> bool:
    """ "울산시교육청" for "울산광역시교육청", "충북교육청" for "충청북도교육청": one place's
    own body, its place written short once and in full once."""
    body = next((w for w in _PLACE_BODIES if short.endswith(w) and long.endswith(w)), None)
    if body is None:
        return False
    here, there = (government_region(n[: -len(body)].strip(), "") for n in (short, long))
    return (
        here is not None
        and there is not None
        and not (here.ambiguous or there.ambiguous)
        and here.name == there.name
    )


_DROPPABLE_PREFIXES = word_set("organisations", "droppable_prefixes")


def _drops_prefix(short: str, long: str) -> bool:
    """ "수자원공사" for "한국수자원공사", "남부발전" for "한국남부발전": the usual second mention
    drops a national or regional prefix of a name long enough not to be a common noun."""
    return len(short) >= 4 and long.endswith(short) and long[: -len(short)] in _DROPPABLE_PREFIXES


def _is_sub_unit(parent: str, name: str) -> bool:
    """ "중국공상은행 한국법인" is a branch of "중국공상은행", "한국은행 경제통계국" a unit of
    "한국은행", "광주광역시 투자유치과" a department of "광주광역시"; "전라남도 순천시" is no
    branch of "전라남도" but a government of its own, and "광주광역시 인공지능센터" an agency."""
    if not name.startswith(parent + " "):
        return False
    unit = name[len(parent) + 1 :]
    if SUBUNIT_RE.match(unit):
        return True
    if GOVERNMENT_RE.search(parent):
        return all(OFFICE_WORD_RE.match(word) for word in unit.split(" "))
    return all(is_branch(word) for word in unit.split(" "))


def add_party(parties: list[Party], party: Party) -> None:
    """Append `party` unless the list already names its organisation; the fuller name wins,
    save over a local government named as such."""
    for k, known in enumerate(parties):
        if same_organisation(known.name, party.name):
            # A local government stays itself when one of its offices signs for it.
            if len(party.name) > len(known.name) and known.region != known.name:
                parties[k] = Party(party.name, party.span, known.region or party.region)
            return
    parties.append(party)


_HAS_LETTER_RE = re.compile(r"[가-힣A-Za-z]")


def _add(
    parties: list[Party], name: str, span: Span, region: Callable[[str], Region | None]
) -> None:
    """Keep one party per organisation; the fuller spelling wins ("중국공상은행 한국법인" over
    "중국공상은행", "빛고을공과대학교" over "빛고을공대"), but "경기도교육청" is not "경기도".
    A word without letters ("[2025-03-14]" before the lede) names no one."""
    if not _HAS_LETTER_RE.search(name):
        return
    found = region_of_party(name, region)
    add_party(parties, Party(name=name, span=span, region=found.name if found else None))
