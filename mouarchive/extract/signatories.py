"""Who signed: the people named with a title who signed for each party.

A signer is a name beside a title ("강기정 광주시장", "남도과학대학교 총장 윤서준",
"순천만연구원(원장 임다온)"), and the title, or the organisation written with it, says
which party the person signed for ("강기정 광주시장" → 광주광역시). Parties are found
partly through their signers, so this reader sits below the party reader. Names and fused
titles are read by `person_titles`; heads abroad, whose names fit no Korean shape, by
`foreign_heads`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from mouarchive.extract.foreign_heads import foreign_heads
from mouarchive.extract.name_reach import with_place_of_institution
from mouarchive.extract.orgnames import (
    article_aliases,
    expand_short,
    government_of,
    is_branch,
    is_count_of_bodies,
    is_generic,
    is_named_org,
    is_org_word,
    is_unit_word,
    is_verb_form,
    looks_like_org,
    normalize_org,
    region_lookup,
    region_of_party,
)
from mouarchive.extract.person_titles import (
    COMPANY_HEADS,
    DEPUTY_ORDINAL,
    MINISTERS,
    is_person_name,
    looks_like_name,
    merged_title,
)
from mouarchive.extract.tokens import (
    COMPANY_FORM_RE,
    NOT_NAME,
    NOT_SUBJECT,
    OFFICE_WORD_RE,
    PAREN_SIGNATORY_RE,
    PARTY_PARTICLES,
    SHORT_FORM_RE,
    TITLES,
    Token,
    all_hangul,
    ends_like_org,
    tokenize,
)
from mouarchive.models import Region, Signatory, Span
from mouarchive.vocab import alternation, pattern, word_set, words


def unit_of(
    tokens: Sequence[Token],
    k: int,
    unit: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> str | None:
    """ "한국은행 경제통계국", "호원대학교의 취업지원실", "광주시 투자유치과": `unit` as one
    party named with the organisation word `k` writes before it, a local government by its
    canonical name, a branch with its parent ("서해환경공단 대전지역본부 전문자격팀"); None
    when word `k` names no organisation or `unit` is no unit of it."""
    return _unit_of(tokens, k, unit, aliases, region, _BRANCH_LEVELS)


# Branches written between an organisation and its unit: "서해환경공단 대전지역본부
# 전문자격팀" has one. A chart never runs deeper; the bound keeps a line of branch words
# ("본부 지사 본부 …") from being climbed again from each of its words.
_BRANCH_LEVELS = 6


def _unit_of(
    tokens: Sequence[Token],
    k: int,
    unit: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
    levels: int,
) -> str | None:
    parent = tokens[k]
    # "A·B C": only the last of a dotted list, B, is written before C.
    if parent.particle not in ("", "의") or (parent.joined and parent.particle):
        return None
    government = government_of(parent.stem, region)
    if government is not None:
        if parent.particle or not OFFICE_WORD_RE.match(unit):
            return None
        return f"{government.name} {unit}"
    if k > 0 and levels > 0 and not parent.particle and is_branch(parent.stem):
        upper = _unit_of(tokens, k - 1, parent.stem, aliases, region, levels - 1)
        if upper is not None:
            fits = OFFICE_WORD_RE.match(unit) if region_of_party(upper, region) else None
            return f"{upper} {unit}" if fits or is_unit_word(unit) else None
    if not is_named_org(parent.stem, aliases) or not is_unit_word(unit):
        return None
    return f"{normalize_org(aliases.get(parent.stem, parent.stem), '', region)} {unit}"


def signatories_in(
    text: str, span: Span, tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    found: list[Signatory] = []
    nouns = nouns_of(text)
    i = 0
    while i < len(tokens):
        hit = _signatory_at(tokens, i, region, nouns)
        if hit is None:
            i += 1
            continue
        signatory, consumed = hit
        org = signatory.organization
        short = org.split(" ")[0] if org else ""
        if SHORT_FORM_RE.match(short):
            # "진흥원 측에서", "공사 주거복지안전본부장": the head speaks for the whole body.
            signatory = replace(signatory, organization=expand_short(short, text))
        found.append(signatory)
        found.extend(_sharing_the_title(tokens, i, signatory, region))
        i += consumed
    for m in PAREN_SIGNATORY_RE.finditer(text[span[0] : span[1]]):
        if m.group("title") in TITLES and looks_like_name(m.group("name")):
            org = normalize_org(m.group("org"), "", region)
            at = (span[0] + m.start(), span[0] + m.end())
            found.append(Signatory(m.group("name"), m.group("title"), org, at))
    found.extend(_paren_list_signatories(text, span))
    # "마이클 스콧 루체모터스 사장": a foreign two-word name, not a Korean one with the second
    # word read as the company.
    foreign = foreign_heads(tokens, region)
    found = [
        s for s in found if not any(a <= s.span[0] < b for a, b in (f.span for f in foreign))
    ] + foreign
    found.sort(key=lambda s: s.span)
    aliases = article_aliases(text)
    return [
        replace(s, organization=aliases[s.organization]) if s.organization in aliases else s
        for s in found
    ]


_SHARED_ORG_MIN = 3  # letters of the shortest company name a shared title is read for


def _sharing_the_title(
    tokens: Sequence[Token], i: int, last: Signatory, region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "삼호컨소시엄 신용주, 삼강특수공업 송무석, 혁신기업 최용혁 대표": heads listed each after
    their company, the title written once after the last of them."""
    if last.organization is None or i < 1 or tokens[i - 1].particle:
        return []
    shared: list[Signatory] = []
    j = i - 2
    while j >= 1 and tokens[j].particle == "," and looks_like_name(tokens[j].stem):
        org = tokens[j - 1]
        if (
            org.particle
            or len(org.stem) < _SHARED_ORG_MIN
            or is_generic(org.stem)
            or is_person_name(org.stem, region)
            or region(org.stem) is not None
        ):
            break
        name = normalize_org(org.stem, "", region)
        shared.append(Signatory(tokens[j].stem, last.title, name, (org.start, tokens[j].end)))
        j -= 2
    return shared[::-1]


_PAREN_LIST_RE = re.compile(r"\(([^()\n]{6,120},[^()\n]{2,120})\)")
_NAME_TITLE_RE = re.compile(r"^\s*([가-힣]{2,4})\s([가-힣]{1,8})\s*$")


def _paren_list_signatories(text: str, span: Span) -> list[Signatory]:
    """ "A와 B, C(방세환 시장, 김유성 조합장, 오재민 대표)": the heads of listed parties in one
    parenthesis, in the parties' order; their organisations are left to the caller, which
    knows the parties."""
    found: list[Signatory] = []
    for m in _PAREN_LIST_RE.finditer(text, span[0], span[1]):
        pos = m.start(1)
        for item in m.group(1).split(","):
            named = _NAME_TITLE_RE.match(item)
            if named and named.group(2) in TITLES and looks_like_name(named.group(1)):
                found.append(
                    Signatory(named.group(1), named.group(2), None, (pos, pos + len(item)))
                )
            pos += len(item) + 1
    return found


# "연구원 측에서 장수경 원장이": the organisation a head speaks for, set off by 측.
_SIDE_WORDS = frozenset({"측에서", "측에선", "측", "측은", "측의"})


# "운영부사장", "수석부회장", "행정부시장", "제1부시장": a deputy head's rank, written with the
# portfolio or the deputy's order before it.
_PORTFOLIO_DEPUTY_RE = re.compile(
    rf"(?:[가-힣]{{2}}|{DEPUTY_ORDINAL})(부사장|부회장|부총장)|(?:"
    + pattern("titles", "deputy_portfolios")
    + rf"|{DEPUTY_ORDINAL})(부시장|부지사|부군수|부구청장)"
)


_RANKS_APART = word_set("titles", "ranks_apart")


def _ranked_title(word: str) -> str | None:
    """A title, or a deputy's title with its portfolio fused before it."""
    if word in TITLES:
        return word
    m = _PORTFOLIO_DEPUTY_RE.fullmatch(word)
    return (m.group(1) or m.group(2)) if m else None


# Read from the start of each word only, so a long word costs one pass, not one per letter:
# from the space or mark before it, which the pattern reads first, so that the regex engine
# skips to those alone (`nouns_of` puts a space before the text, for a word that opens it).
# The same words as "(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{2,})…" in two thirds of the time.
_CASE_RE = re.compile(
    r"[^가-힣A-Za-z0-9]([가-힣A-Za-z0-9]{2,})(?:은|는|이|가|와|과|을|를|의|도)(?=\s)"
)


@functools.lru_cache(maxsize=16)
def nouns_of(text: str) -> frozenset[str]:
    """Words the article uses as nouns with a case particle ("현대차는", "현대차와"): an
    organisation is written so, a person's full name hardly ever (heads are "이 대표" again)."""
    return frozenset(_CASE_RE.findall(" " + text))


def _signatory_at(
    tokens: Sequence[Token],
    i: int,
    region: Callable[[str], Region | None],
    nouns: frozenset[str] = frozenset(),
) -> tuple[Signatory, int] | None:
    tok = _name_before_only(tokens[i], region)
    # "이동석 현대차 대표이사": of two name-shaped words before a title, the one the article
    # also uses as a noun ("현대차는 12일 …") is the organisation.
    next_is_name = (
        i + 2 < len(tokens)
        and tokens[i + 1].particle == ""
        and is_person_name(tokens[i + 1].stem, region)
        and not _full_name_then_short_body(tokens, i)
        and tokens[i + 2].stem in TITLES
        and not _short_name_before_unit(tokens, i + 1)
        and not (tokens[i + 1].stem in nouns and tok.stem not in nouns)
    )
    if (
        tok.particle == ""
        and is_person_name(tok.stem, region)
        and not next_is_name
        # "비슈케크시를 방문해 아브드카드로브 에밀벡 시장과": a verb shaped like a name.
        and not is_verb_form(tok.stem)
        # "3개 은행 지역본부장": what a count counts is a kind of body, not a person's name.
        and not (i > 0 and is_count_of_bodies(tokens[i - 1].stem))
    ):
        for j in range(i + 1, min(i + 5, len(tokens))):
            words = [_org_word(t) for t in tokens[i + 1 : j]]
            if _ALSO in words:
                # "백순구 원주의무부총장 겸 의료원장": the word before 겸 is another title the
                # person holds, not their body.
                words = words[: max(0, words.index(_ALSO) - 1)]
            span = (tok.start, tokens[j].end)
            title = _ranked_title(tokens[j].stem)
            if title and words and words[-1] in _RANKS_APART:
                title = words.pop() + title
            if title:
                if not words and i > 0 and tokens[i - 1].particle in ("", ","):
                    words = _org_before_name(tokens, i, title, region)
                org = normalize_org(" ".join(words), "", region) if words else None
                return Signatory(tok.stem, title, org, span), j - i + 1
            merged = merged_title(tokens[j].stem, region, " ".join(words))
            if merged:
                org, title = merged
                if not words and is_unit_word(org) and title not in MINISTERS:
                    org, title = _unit_head(tokens, i, org, title, tokens[j].stem, region)
                org = normalize_org(org, "", region) if org else None
                return Signatory(tok.stem, title, org, span), j - i + 1
            short_org = (
                tokens[j].particle == "의" and j + 1 < len(tokens) and tokens[j + 1].stem in TITLES
            )
            if short_org:
                continue
            if tokens[j].particle or (
                is_person_name(tokens[j].stem, region)
                and not _short_name_before_unit(tokens, j)
                and not (tokens[j].stem in nouns and tok.stem not in nouns)
                and not (j == i + 1 and _full_name_then_short_body(tokens, i))
            ):
                break
    if tok.stem in TITLES and tok.particle == "" and i + 1 < len(tokens) and i > 0:
        name = tokens[i + 1]
        org_tok = tokens[i - 1]
        if looks_like_name(name.stem) and org_tok.particle == "" and ends_like_org(org_tok.stem):
            org = normalize_org(org_tok.stem, "", region)
            return Signatory(name.stem, tok.stem, org, (org_tok.start, name.end)), 2
        if (
            tok.stem in _HEAD_TITLES
            and org_tok.particle
            and name.particle in PARTY_PARTICLES
            and len(name.stem) == 3
            and looks_like_name(name.stem)
        ):
            # "협약서에는 총장 윤세라와 …": a head written title first, the body left implicit.
            return Signatory(name.stem, tok.stem, None, (tok.start, name.end)), 2
    return None


_HEAD_TITLES = word_set("titles", "heads_written_first")
_ALSO = "겸"  # between two titles one person holds


def _full_name_then_short_body(tokens: Sequence[Token], i: int) -> bool:
    """ "조환익 한전 사장": a full name of three syllables, then a word of two that is shaped
    like a name too; the first is the person, the second their body's short name."""
    return len(tokens[i].stem) == 3 and i + 1 < len(tokens) and len(tokens[i + 1].stem) == 2


def _name_before_only(token: Token, region: Callable[[str], Region | None]) -> Token:
    """ "조진만 에어서울 대표": a name ending in 만 is read whole, not as "조진" with the
    particle 만 ("only"), which no name before a title carries."""
    if token.particle == "만" and len(token.stem) == 2:
        whole = token.stem + token.particle
        if is_person_name(whole, region):
            return replace(token, stem=whole, particle="", end=token.end + 1)
    return token


def _org_word(token: Token) -> str:
    """ "정인수 목포상의 회장": a short name ending in 의 (상의) keeps it, unless the word
    before 의 is a name on its own ("한빛은행의 회장", a possessive)."""
    if token.particle == "의" and not is_org_word(token.stem):
        return token.stem + token.particle
    return token.stem


def _short_name_before_unit(tokens: Sequence[Token], j: int) -> bool:
    """ "박민수 남도대 경영대학장", "배재수 한은 경기본부장": a short name shaped like a person's
    name, a university's ("남도대") or a two-syllable one after a full name ("한은"), before
    the head of one of its units is that organisation."""
    word = tokens[j].stem
    if j + 1 >= len(tokens):
        return False
    title = tokens[j + 1].stem
    university = word.endswith("대") and ends_like_org(word)
    if university and _ranked_title(title):
        # "최민호 한빛대 부총장": a university's short form before any title of its own.
        return True
    if not (title.endswith("장") and is_unit_word(title[:-1])):
        return False
    after_full_name = len(word) == 2 and j > 0 and len(tokens[j - 1].stem) == 3
    return after_full_name or (word.endswith("대") and ends_like_org(word))


def _org_before_name(
    tokens: Sequence[Token], i: int, title: str, region: Callable[[str], Region | None]
) -> list[str]:
    """ "한빛전자 김민수 대표", "연구원 측에서 장수경 원장", "한국은행 경제통계국 김철수 국장":
    the organisation written just before a head's name, with the body a unit belongs to."""
    k = i - 1
    if tokens[k].stem in _SIDE_WORDS and k > 0:
        k -= 1
    before = tokens[k].stem
    if k > 0 and tokens[k].particle in ("", ","):
        unit = unit_of(tokens, k - 1, before, {}, region)
        if unit is not None:
            return [unit]
    if _LEGAL_FORM_RE.match(before) and k > 0 and tokens[k - 1].particle == "":
        return [tokens[k - 1].stem, before]
    if k > 0 and tokens[k - 1].particle == "" and _LEGAL_FORM_RE.match(tokens[k - 1].stem):
        # "어업회사법인 솔트인솔트 최승욱 대표": the legal form written apart opens the name.
        return [before]
    if ends_like_org(before) and len(before) > 2:
        # "청하현 중앙병원 허사파 행정부원장": an institution named by its place takes it.
        placed, _ = with_place_of_institution(tokens, (before, tokens[k].start), region)
        return [placed if placed != before else club_name(tokens, k, region)]
    if COMPANY_FORM_RE.search(before) and len(COMPANY_FORM_RE.sub("", before)) >= 2:
        # "㈜다이소아성산업 박성부 사장", "한빛산업(주) 김 대표": a legal mark names a company.
        return [before]
    if _INITIALS_RE.fullmatch(before) and before not in TITLES and before not in _ROLE_INITIALS:
        # "KAIST 이광형 총장", "LH 이한준 사장": a body known by its initials.
        return [before]
    return [before] if title in COMPANY_HEADS and _bare_company(tokens, k, region) else []


_INITIALS_RE = re.compile(r"[A-Z]{2,6}")
_ROLE_INITIALS = word_set("organisations", "initials_of_roles")


# "보성녹차 영농조합법인 임수진 대표": a legal form written apart belongs to the name before it.
_LEGAL_FORM_RE = re.compile("^" + pattern("organisations", "legal_forms_apart") + "$")

# "그러면서 한 대표는", "체결했다 김 대표는": verbs and adverbs, not company names.
_CONNECTIVE_ENDINGS = frozenset("다며서면해고게울")


# "블루파도스 농구단", "한빛 합창단": a club or troupe is named by the word before its kind.
_CLUB_KINDS = words("organisations", "club_kinds")
# "블루파도스 농구단", "이랜드 FC": a Hangul kind may carry its sport fused before it (농구단),
# a Latin one stands alone ("광주FC" is a club's whole name).
_CLUB_KIND_RE = re.compile(
    r"^(?:[가-힣]{0,3}"
    + alternation([k for k in _CLUB_KINDS if all_hangul(k)])
    + "|"
    + alternation([k for k in _CLUB_KINDS if not all_hangul(k)])
    + ")$"
)


def club_name(tokens: Sequence[Token], k: int, region: Callable[[str], Region | None]) -> str:
    """The club word `k` with the bare name written before it, or the word alone."""
    word = tokens[k].stem
    if not _CLUB_KIND_RE.match(word) or k == 0:
        return word
    prev = tokens[k - 1]
    if (
        prev.particle != ""
        or prev.joined
        or len(prev.stem) < 2
        or prev.stem in TITLES
        or is_generic(prev.stem)
        or region(prev.stem) is not None
        or not re.fullmatch(r"[가-힣A-Za-z0-9&]+", prev.stem)
    ):
        return word
    return f"{prev.stem} {word}"


def _bare_company(tokens: Sequence[Token], k: int, region: Callable[[str], Region | None]) -> bool:
    """ "…시장과 곤지암로지스 한도윤 대표": a company head's name opens with the company, which
    needs no suffix when the word stands alone at the start of a phrase."""
    word = tokens[k].stem
    opens = k == 0 or tokens[k - 1].particle not in ("", "·", "-")
    return (
        opens
        and tokens[k].particle == ""
        and len(word) >= 3
        and re.fullmatch(r"[가-힣A-Za-z0-9&]+", word) is not None
        and word[-1] not in _CONNECTIVE_ENDINGS
        and word not in NOT_NAME
        and word not in NOT_SUBJECT
        and word not in TITLES
        and not is_generic(word)
        and region(word) is None
    )


def _unit_head(
    tokens: Sequence[Token],
    i: int,
    unit: str,
    title: str,
    word: str,
    region: Callable[[str], Region | None],
) -> tuple[str | None, str]:
    """ "한국은행 김철수 경제통계국장": the head of a unit of the organisation written before
    the name. A unit with no organisation named ("김철수 경제통계국장") keeps its name in the
    title and leaves the organisation to the parties of the signing."""
    parent = tokens[i - 1] if i > 0 and tokens[i - 1].particle == "" else None
    full = unit_of(tokens, i - 1, unit, {}, region) if parent is not None else None
    if full is not None:
        return full, title
    if parent is not None and (looks_like_org(parent.stem) or _bare_company(tokens, i - 1, region)):
        # "…, 한국동서발전 김인완 기획본부장": a body written before the name, whose unit the
        # title names; the body is what the head comes for.
        return normalize_org(parent.stem, "", region), word
    if ends_like_org(unit):
        return unit, title
    return None, word


def find_signatories(text: str, span: Span | None = None) -> list[Signatory]:
    """People named with a title ("강기정 광주시장", "박종건 ㈜써큘러스 대표", "OO대학교 총장
    홍길동") in text[span] (all of it by default), with spans into `text`; `organization` is
    normalised like a party name, None when only a title is given."""
    start, end = span if span else (0, len(text))
    return list(_signatories(text, start, end))


@functools.lru_cache(maxsize=64)
def _signatories(text: str, start: int, end: int) -> tuple[Signatory, ...]:
    """Read once per sentence: the party reader and the signer reader both ask for the
    signatories of each signing sentence."""
    region = region_lookup(text)
    return tuple(signatories_in(text, (start, end), tokenize(text, start, end), region))
