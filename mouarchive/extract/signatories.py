"""Who signed: the people named with a title who signed for each party.

A signer is a name beside a title ("강기정 광주시장", "남도과학대학교 총장 윤서준",
"순천만연구원(원장 임다온)"), and the title, or the organisation written with it, says
which party the person signed for ("강기정 광주시장" → 광주광역시). Parties are found
partly through their signers, so this reader sits below the party reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from mouarchive.extract.orgnames import (
    FOREIGN_GOVERNMENTS,
    LATIN_WORD_RE,
    article_aliases,
    expand_short,
    government_of,
    is_branch,
    is_generic,
    is_named_org,
    is_org,
    is_org_word,
    is_unit_word,
    latin_name_start,
    normalize_org,
    region_lookup,
    region_of_party,
)
from mouarchive.extract.tokens import (
    NOT_NAME,
    NOT_SUBJECT,
    OFFICE_WORD_RE,
    ORG_TAIL_RE,
    PAREN_SIGNATORY_RE,
    PARTY_PARTICLES,
    SHORT_FORM_RE,
    SURNAMES,
    TITLES,
    Token,
    all_hangul,
    tokenize,
)
from mouarchive.models import Region, Signatory, Span
from mouarchive.vocab import pattern, table, word_set, words

_COMPOUND_SURNAMES = words("common_words", "compound_surnames")


# "어촌계 대표", "부녀회 대표": a group's representative, whose three-syllable group noun
# would otherwise pass for a surname and a given name.
_GROUP_NOUN_ENDINGS = frozenset("계회")


def looks_like_name(stem: str) -> bool:
    """Korean names are two or three syllables; four only after a two-syllable surname."""
    if len(stem) == 4 and not stem.startswith(_COMPOUND_SURNAMES):
        return False
    if len(stem) == 3 and stem[-1] in _GROUP_NOUN_ENDINGS:
        return False
    return (
        2 <= len(stem) <= 4
        and stem[-1] not in "읍면리"
        and stem[0] in SURNAMES
        and all("가" <= ch <= "힣" for ch in stem)
        and stem not in NOT_NAME
    )


def _is_person_name(stem: str, region: Callable[[str], Region | None]) -> bool:
    """A name-shaped word that is no place ("서울시", "오포읍" look like names) and no
    university named after one ("전남대", "목포대")."""
    if not looks_like_name(stem) or SHORT_FORM_RE.match(stem):
        return False
    if stem.endswith("대") and len(stem) == 3 and region(stem[:-1]) is not None:
        return False
    return region(stem) is None


def _merged_title(
    word: str, region: Callable[[str], Region | None], prefix: str = ""
) -> tuple[str, str] | None:
    """Split "광주시장" / "경기지사" / "한국인공지능협회장" into (organisation, title); `prefix`
    holds words before it that belong to the organisation ("경기 광주시장", "오포읍
    주민자치회장")."""
    if word in TITLES:
        return None
    found = _merged_title_word(word, region, prefix)
    if found is None or not prefix or found[0] != word[: len(found[0])] or region(found[0]):
        return found
    government = government_of(prefix, region)
    if government is not None:
        # "전남도 일자리경제본부장" heads a department of 전라남도; "광주시 인공지능센터장" an
        # agency that is a body of its own.
        return (
            (f"{government.name} {found[0]}", found[1]) if OFFICE_WORD_RE.match(found[0]) else found
        )
    return f"{prefix} {found[0]}", found[1]


_GOVERNMENT_HEADS = table("titles", "government_heads")


def _merged_title_word(
    word: str, region: Callable[[str], Region | None], prefix: str
) -> tuple[str, str] | None:
    for suffix, (org_end, title) in _GOVERNMENT_HEADS.items():
        if word.endswith(suffix) and len(word) > len(suffix):
            org = word[: -len(suffix)] + org_end
            found = (region(f"{prefix} {org}") if prefix else None) or region(org)
            return (found.name, title) if found else None
    if word.endswith("교육감") and len(word) > 3:
        return word[:-3] + "교육청", "교육감"
    if word.endswith("위원장") and len(word) > 3:
        return word[:-3] + "위원회", "위원장"
    for suffix in ("이사장", "대표이사", "대표", "총장"):
        if word.endswith(suffix) and ORG_TAIL_RE.search(word[: -len(suffix)]):
            return word[: -len(suffix)], suffix
    if word.endswith("장") and (ORG_TAIL_RE.search(word[:-1]) or is_unit_word(word[:-1])):
        org = word[:-1]
        for unit in ("사업단", "센터", "본부", "캠퍼스", "지사", "지점"):
            if org.endswith(unit):
                return org, unit + "장"
        return org, org[-1] + "장"
    return None


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
    parent = tokens[k]
    # "A·B C": only the last of a dotted list, B, is written before C.
    if parent.particle not in ("", "의") or (parent.joined and parent.particle):
        return None
    government = government_of(parent.stem, region)
    if government is not None:
        if parent.particle or not OFFICE_WORD_RE.match(unit):
            return None
        return f"{government.name} {unit}"
    if k > 0 and not parent.particle and is_branch(parent.stem):
        upper = unit_of(tokens, k - 1, parent.stem, aliases, region)
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
    i = 0
    while i < len(tokens):
        hit = _signatory_at(tokens, i, region)
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
        i += consumed
    for m in PAREN_SIGNATORY_RE.finditer(text, span[0], span[1]):
        if m.group("title") in TITLES and looks_like_name(m.group("name")):
            org = normalize_org(m.group("org"), "", region)
            found.append(Signatory(m.group("name"), m.group("title"), org, m.span()))
    found.extend(_paren_list_signatories(text, span))
    # "마이클 스콧 루체모터스 사장": a foreign two-word name, not a Korean one with the second
    # word read as the company.
    foreign = [
        *_foreign_signatories(tokens, region),
        *_foreign_city_heads(tokens, region),
        *_spaced_foreign_heads(tokens, region),
        *_latin_company_heads(tokens, region),
    ]
    found = [
        s for s in found if not any(a <= s.span[0] < b for a, b in (f.span for f in foreign))
    ] + foreign
    found.sort(key=lambda s: s.span)
    aliases = article_aliases(text)
    return [
        replace(s, organization=aliases[s.organization]) if s.organization in aliases else s
        for s in found
    ]


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
        if first.particle or (second.particle and given is None):
            continue
        # A Korean-shaped first word ("윤민호 바다테크 대표") is a Korean name and company.
        foreign_sounding = _spelled_abroad(first.stem + second.stem) or _after_a_head(
            tokens, i, region
        )
        after = (
            _company_after_name(tokens, i + 2)
            if foreign_sounding and not looks_like_name(first.stem)
            else None
        )
        city = _city_after_name(tokens, i + 2) if foreign_sounding else None
        if after is not None or city is not None:
            title = tokens[i + 3]
        if title.stem not in TITLES and not title.stem.endswith(("시장", "주지사")):
            continue
        # Before a city abroad and its head's title, a Korean-looking given name ("시오타
        # 고이치 가고시마현 지사") is still a foreign one.
        abroad = city is not None or (
            _foreign_head(title.stem) is not None and _after_a_head(tokens, i, region)
        )
        if not _foreign_name(first.stem, given or second.stem, region, abroad=abroad):
            continue
        org_tok = tokens[i - 1] if i > 0 and not tokens[i - 1].particle else None
        org: str | None
        if city is not None:
            org, role = city
        elif after is not None:
            org = normalize_org(after, "", region)
            role = title.stem
        elif title.stem in TITLES and org_tok is not None and is_org_word(org_tok.stem):
            org = normalize_org(org_tok.stem, "", region)
            role = title.stem
        elif (
            title.stem in COMPANY_HEADS
            and org_tok is None
            and _spelled_abroad(second.stem)
            and not looks_like_name(first.stem)
            and _after_a_head(tokens, i, region)
        ):
            # "대니얼 휘트퍼드 대표는": the company is left to the parties of the signing.
            org, role = None, title.stem
        else:
            head = _foreign_head(title.stem)
            if head is None or org_tok is not None or not _after_a_head(tokens, i, region):
                continue
            org, role = head
        name = f"{first.stem} {given or second.stem}"
        found.append(Signatory(name, role, org, (first.start, title.end)))
    return found


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
            if title is not None and org_words:
                org = normalize_org(" ".join(org_words), "", region)
                name = " ".join(t.stem for t in tokens[i:name_end])
                found.append(Signatory(name, title, org, (tokens[i].start, tokens[j].end)))
                break
            if tokens[j].particle:
                break
            org_words.append(tokens[j].stem)
    return found


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
        if looks_like_name(written) and not _spelled_abroad(written):
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


def _spelled_abroad(word: str) -> bool:
    """A word spelling foreign sounds ("휘트퍼드", "스미스"), not a Korean group ("어촌계")."""
    return any(ch in _TRANSLITERATION for ch in word)


def _city_after_name(tokens: Sequence[Token], k: int) -> tuple[str, str] | None:
    """ "마이클 스콧 핼리팩스 시장": a foreign mayor's city written apart before the title;
    "시오타 고이치 가고시마현 지사": a prefecture or province keeps its own suffix."""
    if k + 1 >= len(tokens) or tokens[k + 1].stem not in ("시장", "주지사", "지사", "인민위원장"):
        return None
    word = tokens[k]
    if word.particle or not (2 <= len(word.stem) <= 6 and all_hangul(word.stem)):
        return None
    title = tokens[k + 1].stem
    if len(word.stem) >= 3 and word.stem.endswith(("시", "현", "성", "주")):
        return word.stem, title
    if title in ("지사", "인민위원장"):
        return None
    return word.stem + ("시" if title == "시장" else "주"), title


def _company_after_name(tokens: Sequence[Token], k: int) -> str | None:
    """ "다카하시 겐지 다카하시공업 사장": a foreign head's company may stand between the name
    and a company title, as one bare word."""
    if k + 1 >= len(tokens) or tokens[k + 1].stem not in COMPANY_HEADS:
        return None
    word = tokens[k]
    if word.particle or word.stem in TITLES or len(word.stem) < 3:
        return None
    return word.stem


def known_org(signatory: Signatory, region: Callable[[str], Region | None]) -> bool:
    """A foreign signatory's organisation read off a title ("하기시장" → 하기시) is a guess;
    it names a party only when the party is found on its own."""
    org = signatory.organization or ""
    return " " not in signatory.name or is_org_word(org) or region(org) is not None


def named_apart(org: str, text: str) -> bool:
    """ "캐나다 핼리팩스시가 …" elsewhere confirms the city a "핼리팩스시장" title implied;
    "핼리팩스 시청에서" does so for one written apart ("핼리팩스 시장")."""
    if text.count(org) > text.count(org + "장"):
        return True
    stem = org[:-1]
    return org.endswith("시") and text.count(stem) > text.count(stem + " 시장") + text.count(org)


def _after_a_head(tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]) -> bool:
    """Whether word `i` follows another signer's title ("노관규 순천시장과 다나카 겐지
    하기시장"), the one setting in which a bare "…시장" is taken for a foreign mayor."""
    if i == 0 or tokens[i - 1].particle not in ("과", "와", ","):
        return False
    before = tokens[i - 1].stem
    return before in TITLES or _merged_title(before, region) is not None


def _foreign_name(
    first: str, second: str, region: Callable[[str], Region | None], abroad: bool = False
) -> bool:
    words = (first, second)
    # "패럴 칸 어바인시장": abroad, a family name can be one syllable.
    shortest = (2, 1 if abroad else 2)
    if any(
        not (low <= len(w) <= 4 and all_hangul(w)) or w in NOT_NAME
        for w, low in zip(words, shortest, strict=True)
    ):
        return False
    korean_second = len(second) == 3 and looks_like_name(second) and not abroad
    if korean_second or any(is_org(w, {}, region) for w in words):
        return False
    if abroad:
        return True
    return not looks_like_name(first) or any(ch in _TRANSLITERATION for ch in second)


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


# "연구원 측에서 장수경 원장이": the organisation a head speaks for, set off by 측.
_SIDE_WORDS = frozenset({"측에서", "측에선", "측", "측은", "측의"})


# "운영부사장", "수석부회장": a deputy head's rank, written with the portfolio before it.
_PORTFOLIO_DEPUTY_RE = re.compile(r"[가-힣]{2}(부사장|부회장)")


def _ranked_title(word: str) -> str | None:
    """A title, or a deputy's title with its portfolio fused before it."""
    if word in TITLES:
        return word
    m = _PORTFOLIO_DEPUTY_RE.fullmatch(word)
    return m.group(1) if m else None


def _signatory_at(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> tuple[Signatory, int] | None:
    tok = tokens[i]
    next_is_name = (
        i + 2 < len(tokens)
        and tokens[i + 1].particle == ""
        and _is_person_name(tokens[i + 1].stem, region)
        and tokens[i + 2].stem in TITLES
        and not _short_name_before_unit(tokens, i + 1)
    )
    if tok.particle == "" and _is_person_name(tok.stem, region) and not next_is_name:
        for j in range(i + 1, min(i + 5, len(tokens))):
            words = [_org_word(t) for t in tokens[i + 1 : j]]
            span = (tok.start, tokens[j].end)
            title = _ranked_title(tokens[j].stem)
            if title:
                if not words and i > 0 and tokens[i - 1].particle in ("", ","):
                    words = _org_before_name(tokens, i, title, region)
                org = normalize_org(" ".join(words), "", region) if words else None
                return Signatory(tok.stem, title, org, span), j - i + 1
            merged = _merged_title(tokens[j].stem, region, " ".join(words))
            if merged:
                org, title = merged
                if not words and is_unit_word(org):
                    org, title = _unit_head(tokens, i, org, title, tokens[j].stem, region)
                org = normalize_org(org, "", region) if org else None
                return Signatory(tok.stem, title, org, span), j - i + 1
            short_org = (
                tokens[j].particle == "의" and j + 1 < len(tokens) and tokens[j + 1].stem in TITLES
            )
            if short_org:
                continue
            if tokens[j].particle or (
                _is_person_name(tokens[j].stem, region) and not _short_name_before_unit(tokens, j)
            ):
                break
    if tok.stem in TITLES and tok.particle == "" and i + 1 < len(tokens) and i > 0:
        name = tokens[i + 1]
        org_tok = tokens[i - 1]
        if (
            looks_like_name(name.stem)
            and org_tok.particle == ""
            and ORG_TAIL_RE.search(org_tok.stem)
        ):
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
    university = word.endswith("대") and bool(ORG_TAIL_RE.search(word))
    if university and title in TITLES:
        # "최민호 한빛대 부총장": a university's short form before any title of its own.
        return True
    if not (title.endswith("장") and is_unit_word(title[:-1])):
        return False
    after_full_name = len(word) == 2 and j > 0 and len(tokens[j - 1].stem) == 3
    return after_full_name or (word.endswith("대") and bool(ORG_TAIL_RE.search(word)))


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
    if ORG_TAIL_RE.search(before) and len(before) > 2:
        return [club_name(tokens, k, region)]
    return [before] if title in COMPANY_HEADS and _bare_company(tokens, k, region) else []


# "보성녹차 영농조합법인 임수진 대표": a legal form written apart belongs to the name before it.
_LEGAL_FORM_RE = re.compile("^" + pattern("organisations", "legal_forms_apart") + "$")
COMPANY_HEADS = word_set("titles", "company_heads")
# "그러면서 한 대표는", "체결했다 김 대표는": verbs and adverbs, not company names.
_CONNECTIVE_ENDINGS = frozenset("다며서면해고게울")


# "블루파도스 농구단", "한빛 합창단": a club or troupe is named by the word before its kind.
_CLUB_KIND_RE = re.compile(r"^[가-힣]{0,3}" + pattern("organisations", "club_kinds") + "$")


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
    if ORG_TAIL_RE.search(unit):
        return unit, title
    return None, word


def find_signatories(text: str, span: Span | None = None) -> list[Signatory]:
    """People named with a title ("강기정 광주시장", "박종건 ㈜써큘러스 대표", "OO대학교 총장
    홍길동") in text[span] (all of it by default), with spans into `text`; `organization` is
    normalised like a party name, None when only a title is given."""
    start, end = span if span else (0, len(text))
    region = region_lookup(text)
    return signatories_in(text, (start, end), tokenize(text, start, end), region)
