"""Who signed: organisations named as parties and the people who signed for them.

Korean copy marks the parties by particles around the signing verb ("A와 B가 협약을 체결했다",
"A는 B와 협약을 맺었다"), by lists ("A, B 및 C 등 10개 기관이") and by the signatories'
titles ("강기정 광주시장" → 광주광역시). Places ("광주시청에서"), patrons ("광주시 산하") and
attendees carry other particles or sit in other sentences, which is what keeps them out.

A patron is not a party, but it places its agency: `agency_regions` reads "광주시 산하 X",
"OO시 출연기관인 X", "도 산하 X" and "X는 시 출연기관으로" so that X's agreements count as
that government's region. A place inside an organisation's own name (광주테크노파크) gives
no region: it says where the body sits, not whose it is.

Organisation names are normalised so reports from different outlets agree: legal-form
markers (㈜, (주), 주식회사, (유), (사), (재), 사단법인, 재단법인) are dropped
("㈜써큘러스" → "써큘러스") because outlets disagree on whether to print them; an
article's own abbreviation ("(이하 AI사업단)") is expanded; and a local government
becomes its canonical region name ("광주시" → "광주광역시").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from mouarchive.models import Party, Region, Signatory, Span


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_PAREN_RE = re.compile(r"\((?![주유사재]\))[^()\n]{0,40}\)")
_TOKEN_RE = re.compile(r"[^ \t\n\r]+")
_MASK = "\x00"
_EDGE_PUNCT = "‘’'\"“”「」『』[]<>《》〈〉,.:;!?"
_FORMS = r"㈜|\(주\)|주식회사|\(유\)|유한회사|\(사\)|\(재\)|사단법인|재단법인"
_LATIN_FORMS = r"Inc|Corp|Co\.,?\s?Ltd|Ltd|LLC|GmbH"
_COMPANY_FORM_RE = re.compile(
    rf"^(?:{_FORMS})\s?|\s?(?:{_FORMS})$|(?<=[A-Za-z0-9])\s(?:{_LATIN_FORMS})\.?$"
)
_ALIAS_RE = re.compile(
    r"(?P<full>[^\s()]+)\s?\(이하\s?['‘\"“]?(?P<short>[^)'’\"”]{1,20}?)['’\"”]?\)"
)
_ACRONYM_ALIAS_RE = re.compile(r"(?P<full>[가-힣][가-힣0-9]{2,})\((?P<short>[A-Z][A-Z0-9&]{1,7})\)")
_PARTY_PARTICLES = (
    *("와의", "과의", "와도", "과도", "와는", "과는", "와", "과"),
    *("은", "는", "이", "가", "측과", "측은"),
)
_OTHER_PARTICLES = (
    "에서는",
    "에서",
    "에게",
    "에는",
    "에",
    "으로",
    "로",
    "을",
    "를",
    "의",
    "까지",
    "부터",
    "만",
)
_ORG_TAIL_RE = re.compile(
    r"(?:광역시|특별시|특별자치시|특별자치도|공사|공단|재단|센터|대학교|대학원|대학|병원|의료원|"
    r"은행|법인|협회|조합|연구소|연구원|진흥원|진흥회|개발원|기술원|과학원|정보원|평가원|교육원|문화원|"
    r"사업단|추진단|지원단|연구단|협력단|위원회|협의회|연합회|연맹|본부|그룹|학교|교육청|경찰청|소방서|"
    r"경찰서|세무서|우체국|보건소|농협|수협|축협|신협|새마을금고|캠퍼스|분원|"
    r"테크노파크|모터스|홀딩스|컴퍼니|코리아|증권|생명|화재|보험|전자|건설|통신|텔레콤|제약|"
    r"바이오|에너지|시스템즈|엔지니어링|공항|박물관|미술관|도서관|회의소|산업진흥원|연합|자치회|"
    r"상인회|번영회|체육회|구단|예술단|합창단|악단|봉사단|[가-힣]{2,}(?<![세시확기최무부지증극강])대|"
    r"[가-힣]{2,}청|[가-힣]{2,}(?:통신|자원|기업|교육|환경|안전|복지|노동|교통|수산|식품|관광|"
    r"가족|통일|재정|보훈|국방|외교|법무)부|정부|[가-힣]{2,}(?:안전|혁신|법제)처|"
    r"(?<=[A-Za-z])(?:Inc|Corp|Co|Ltd|Medical|Bank|Group)\.?)$"
)
_MAX_LATIN_WORDS = 4
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
# "회계법인", "법무법인", "농업회사법인" are firms of their own, no branch of the word before.
_SUBUNIT_RE = re.compile(
    r"^[가-힣]{0,4}(?:한국법인|한국지사|(?<!회계|세무|법무|회사|특허|노무)법인|지사|지점|본부|"
    r"지역본부|분원|캠퍼스|지부)$"
)
_UNIT_RE = re.compile(r"(?:사업단|산학협력단|센터|연구소|연구단|추진단|지원단|기술지주)$")
# A department, office, college or branch ("경제통계국", "취업지원실", "상경대학", "기술지원팀"):
# written after the organisation it belongs to, the two are one party ("한국은행 경제통계국").
_UNIT_WORD_RE = re.compile(
    r"^(?:[가-힣A-Za-z0-9]{2,12}(?:국|실|과|팀|처|센터|대학|대학원|학부|캠퍼스|지사|지점|본부|"
    r"연구소|사무소|사업소|담당관|지회|지부|시회|도회)|[가-힣A-Za-z0-9]{0,12}(?:(?:사업|추진|지원|연구|협력|운영)단|"
    r"(?:연구|교육|연수|진흥|정보|평가|개발|기술|문화|인재|훈련|병)원|"
    r"(?:사업|영업|경영|기획|관리|전략|간호|교무|총무|인사|재무|홍보|연구|개발|기술)부))$"
)
# Rooms, results and trading partners end like units but belong to no organisation chart.
_NOT_UNIT_RE = re.compile(
    r"(?:회의실|사무실|상황실|집무실|접견실|강의실|전시회|무도회|결과|효과|성과|거래처|연락처|사용처|판매처|"
    r"공급처|수요처|납품처)$"
)
# A local government's own departments; its centres, foundations and project units are
# agencies of their own ("광주시 인공지능센터" is no "광주광역시" department).
_OFFICE_WORD_RE = re.compile(r"^[가-힣]{2,12}(?:국|실|과|팀|본부|추진단|담당관|사업소)$")
_GOVERNMENT_RE = re.compile(r"[시도군구]$")
_PATRON_WORDS = frozenset({"산하", "소속", "출연", "부설", "소재"})
_SHORT_FORM_RE = re.compile(
    r"^(?:진흥원|진흥회|재단|공사|공단|협회|연구원|연구소|사업단|센터|대학교|대학|병원|조합|"
    r"협동조합|영농조합|영농조합법인|농업회사법인)$"
)
_LEVEL_SUBJECT_RE = re.compile(r"^([시도군구])(?:는|은|가|이)$")
_PAREN_SIGNATORY_RE = re.compile(
    r"(?P<org>[^\s()]+)\((?P<title>[가-힣]{1,6})\s(?P<name>[가-힣]{2,4})\)"
)
_LIST_TAIL_RE = re.compile(
    r"\s?등\s?(?:\d+|[두세네다섯여섯일곱여덟아홉열]+)\s?(?:개\s?)?(?:기관|단체|기업|곳|개사|자|개\s?기관)"
)
_KIND_WORD_RE = re.compile(r"협약|MOU|양해각서|협정|합의문|합의서")
_NOT_SUBJECT = _words(
    "이날 이번 이후 이에 이어 한편 또 또한 특히 먼저 마지막으로 두 세 양 양측 협약 협약식 행사 "
    "이는 이들 시 도 군 구 이 그 앞서 최근 당시 현재 우선"
)

_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채"
    "원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_NOT_NAME = _words(
    "이날 이번 이후 이에 이어 이와 이는 이를 이들 최근 한편 한국 지난 오는 전날 정부 주요 공동 "
    "신규 전국 조성 안전 이전 현재 당시 전임 신임 초대 명예 상임 공식 임시 고문 전남 전북 경기 "
    "경남 경북 충남 충북 강원 제주 부산 대구 인천 광주 대전 울산 서울 세종 구청 시청 도청 공사 "
    "홍보 차기 이사 상근 민간 정책 기획 문화 전문 위원 현직 전직 진흥 지사 지원 유치 하나 우리 "
    "양측 양사 양국 장관 차관 시장 도지사 회장 대표 총장 원장 단장 국장 주최 주관 후원 성공 "
    "이상 이하 정도 기존 기타 도내 시내 관내 국내 해외 국외 전체 모두 각각 소속 산하 방문 "
    "고향 고려인 지역 지방 중앙 중소 대형 국립 공립 사립 성장 미래 세계 기업 업체 단체 기관 "
    "관계 관계자 직원 주민 시민 도민 군민 구민 회원 학생 교수 임원 간부 전원 관련 담당 부서 "
    "각계 유관 공무원 참석 참여 이후 가운데 대상 지원단 추진단"
)
_TITLES = _words(
    "시장 도지사 지사 군수 구청장 교육감 총장 학장 원장 단장 사업단장 회장 부회장 상근부회장 "
    "이사장 사장 부사장 대표 대표이사 본부장 센터장 소장 관장 장관 차관 위원장 의장 청장 처장 "
    "국장 행장 은행장 대사 총영사 병원장 의료원장 부시장 부지사 부군수 부구청장 이사 전무 상무 "
    "지점장 지사장 협회장 조합장 연구원장 진흥원장 실장 팀장 국회의원 의원 교수 부총장 "
    "공동대표 상임대표 사무총장 사무국장 부단장 부원장 소방본부장 경찰청장 서장 경찰서장 "
    "소방서장 세무서장 지부장 지청장 교장 학교장 우체국장 보건소장 최고경영자 CEO 인민위원장"
)


@dataclass(frozen=True)
class _Token:
    """A whitespace word with its particle split off; parentheticals masked out of `stem`."""

    stem: str
    particle: str
    start: int
    end: int  # end of the stem in the original text
    joined: bool = False  # part of "A·B" or "A-B"


def _mask_parens(text: str) -> str:
    return _PAREN_RE.sub(lambda m: _MASK * len(m.group(0)), text)


_COMPANY_WORDS_RE = re.compile(
    r"(?:㈜|\(주\))\s?[A-Za-z][\w.&\-]*(?: [A-Z][\w.&\-]*)+|"
    rf"(?<![\w.])[A-Z][A-Za-z0-9&\-]*(?: [A-Z][\w.&\-]*)*?\s(?:{_LATIN_FORMS})\.?"
    r"(?=[가-힣\s,]|$)|"
    r"[^\s,]+ (?:주식회사|\(주\)|㈜)(?=[\s,]|(?:와|과|는|은|가|이)(?:\s|$))"
)


def _join_company_names(text: str) -> str:
    """Glue "㈜J.Shangri-La Medical", "Nexa Robotics Inc." and "오포물류 주식회사" into one
    word (a no-break space keeps offsets)."""
    return _COMPANY_WORDS_RE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)


def _by_last_char(particles: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Particles grouped by final character, longest first, so a word is checked only against
    the few particles it could end with."""
    table: dict[str, list[str]] = {}
    for particle in particles:
        table.setdefault(particle[-1], []).append(particle)
    return {ch: tuple(sorted(group, key=len, reverse=True)) for ch, group in table.items()}


_PARTICLES_BY_END = _by_last_char((*_PARTY_PARTICLES, *_OTHER_PARTICLES))


def _split_particle(word: str) -> tuple[str, str]:
    for particle in _PARTICLES_BY_END.get(word[-1:], ()):
        if word.endswith(particle) and len(word) > len(particle) + 1:
            stem = word[: -len(particle)]
            if particle.startswith("과") and _open_syllable(stem[-1]):
                # "투자유치과는": 과 follows only a closed syllable, so here it ends the name.
                return stem + "과", particle[1:]
            return stem, particle
    return word, ""


def _open_syllable(ch: str) -> bool:
    """A Hangul syllable without a final consonant, after which 와 stands, never 과."""
    return "가" <= ch <= "힣" and (ord(ch) - ord("가")) % 28 == 0


@functools.lru_cache(maxsize=256)
def _tokens(text: str, start: int, end: int) -> tuple[_Token, ...]:
    """Words of text[start:end], with "·"/"-"-joined names split into separate words that keep
    "·" as their particle so they count as listed together."""
    masked = _join_company_names(_mask_parens(text[start:end]))
    out: list[_Token] = []
    for m in _TOKEN_RE.finditer(masked):
        word = m.group(0)
        if not out and _DATE_STAMP_RE.fullmatch(word):
            # "[2025-04-02] 통영시와 …": a stamp before the lede leaves the lede's subject first.
            continue
        offset = start + m.start()
        parts = (
            re.split(r"(·|(?<=[가-힣])-(?=[가-힣]))", word)
            if "·" in word or "-" in word
            else [word]
        )
        pos = offset
        for k in range(0, len(parts), 2):
            part = parts[k]
            joiner = parts[k + 1] if k + 1 < len(parts) else ""
            token = _make_token(part, joiner, pos)
            out.append(replace(token, joined=len(parts) > 1) if len(parts) > 1 else token)
            pos += len(part) + len(joiner)
    return tuple(out)


def _make_token(raw: str, joiner: str, pos: int) -> _Token:
    lead = len(raw) - len(raw.lstrip(_EDGE_PUNCT))
    body = raw[lead:].rstrip(_EDGE_PUNCT)
    trailing = raw.rstrip()[len(raw.rstrip(_EDGE_PUNCT + _MASK)) :].replace(_MASK, "")
    comma = "," if trailing or raw.endswith(",") else ""
    clean = body.replace(_MASK, "").replace("\u00a0", " ")
    stem, particle = _split_particle(clean)
    stem = stem.rstrip(_EDGE_PUNCT)
    raw_stem_len = _raw_length(body, len(stem))
    return _Token(
        stem=stem,
        particle=joiner or particle or comma,
        start=pos + lead,
        end=pos + lead + raw_stem_len,
    )


def _raw_length(masked_body: str, clean_len: int) -> int:
    """Length in the original text covering the first `clean_len` unmasked characters."""
    seen = 0
    for i, ch in enumerate(masked_body):
        if ch == _MASK:
            continue
        seen += 1
        if seen == clean_len:
            return i + 1
    return len(masked_body)


# --- signatories -----------------------------------------------------------------------------


_COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")


# "어촌계 대표", "부녀회 대표": a group's representative, whose three-syllable group noun
# would otherwise pass for a surname and a given name.
_GROUP_NOUN_ENDINGS = frozenset("계회")


def _looks_like_name(stem: str) -> bool:
    """Korean names are two or three syllables; four only after a two-syllable surname."""
    if len(stem) == 4 and not stem.startswith(_COMPOUND_SURNAMES):
        return False
    if len(stem) == 3 and stem[-1] in _GROUP_NOUN_ENDINGS:
        return False
    return (
        2 <= len(stem) <= 4
        and stem[-1] not in "읍면리"
        and stem[0] in _SURNAMES
        and all("가" <= ch <= "힣" for ch in stem)
        and stem not in _NOT_NAME
    )


def _is_person_name(stem: str, region: Callable[[str], Region | None]) -> bool:
    """A name-shaped word that is no place ("서울시", "오포읍" look like names) and no
    university named after one ("전남대", "목포대")."""
    if not _looks_like_name(stem) or _SHORT_FORM_RE.match(stem):
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
    if word in _TITLES:
        return None
    found = _merged_title_word(word, region, prefix)
    if found is None or not prefix or found[0] != word[: len(found[0])] or region(found[0]):
        return found
    government = _government_of(prefix, region)
    if government is not None:
        # "전남도 일자리경제본부장" heads a department of 전라남도; "광주시 인공지능센터장" an
        # agency that is a body of its own.
        return (
            (f"{government.name} {found[0]}", found[1])
            if _OFFICE_WORD_RE.match(found[0])
            else found
        )
    return f"{prefix} {found[0]}", found[1]


def _merged_title_word(
    word: str, region: Callable[[str], Region | None], prefix: str
) -> tuple[str, str] | None:
    for suffix, org_end, title in (
        ("도지사", "도", "지사"),
        ("지사", "도", "지사"),
        ("시장", "시", "시장"),
        ("군수", "군", "군수"),
        ("구청장", "구", "구청장"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix):
            org = word[: -len(suffix)] + org_end
            found = (region(f"{prefix} {org}") if prefix else None) or region(org)
            return (found.name, title) if found else None
    if word.endswith("교육감") and len(word) > 3:
        return word[:-3] + "교육청", "교육감"
    if word.endswith("위원장") and len(word) > 3:
        return word[:-3] + "위원회", "위원장"
    for suffix in ("이사장", "대표이사", "대표", "총장"):
        if word.endswith(suffix) and _ORG_TAIL_RE.search(word[: -len(suffix)]):
            return word[: -len(suffix)], suffix
    if word.endswith("장") and (_ORG_TAIL_RE.search(word[:-1]) or _is_unit_word(word[:-1])):
        org = word[:-1]
        for unit in ("사업단", "센터", "본부", "캠퍼스", "지사", "지점"):
            if org.endswith(unit):
                return org, unit + "장"
        return org, org[-1] + "장"
    return None


def _is_unit_word(word: str) -> bool:
    return bool(_UNIT_WORD_RE.match(word)) and not (
        _NOT_UNIT_RE.search(word) or _SHORT_FORM_RE.match(word)
    )


def _government_of(stem: str, region: Callable[[str], Region | None]) -> Region | None:
    """The local government a word names in full ("광주시", "전라남도", "서구"); a bare
    "광주" or "전남" before a word is part of that word's own name ("전남 창조경제혁신센터")."""
    return region(stem) if _GOVERNMENT_RE.search(stem) else None


def _unit_of(
    tokens: Sequence[_Token],
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
    government = _government_of(parent.stem, region)
    if government is not None:
        if parent.particle or not _OFFICE_WORD_RE.match(unit):
            return None
        return f"{government.name} {unit}"
    if k > 0 and not parent.particle and _is_branch(parent.stem):
        upper = _unit_of(tokens, k - 1, parent.stem, aliases, region)
        if upper is not None:
            fits = _OFFICE_WORD_RE.match(unit) if _region_of_party(upper, region) else None
            return f"{upper} {unit}" if fits or _is_unit_word(unit) else None
    if not _is_named_org(parent.stem, aliases) or not _is_unit_word(unit):
        return None
    return f"{normalize_org(aliases.get(parent.stem, parent.stem), '', region)} {unit}"


def _is_named_org(stem: str, aliases: dict[str, str]) -> bool:
    """A word that names an organisation by its own form ("한국은행", "㈜휴먼넷", "KT")."""
    return (
        stem in aliases or bool(_ACRONYM_RE.match(stem)) or (_is_org_word(stem) and len(stem) > 2)
    )


def _is_branch(word: str) -> bool:
    return bool(_SUBUNIT_RE.match(word)) or _is_unit_word(word)


def _signatories_in(
    text: str, span: Span, tokens: Sequence[_Token], region: Callable[[str], Region | None]
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
        if _SHORT_FORM_RE.match(short):
            # "진흥원 측에서", "공사 주거복지안전본부장": the head speaks for the whole body.
            signatory = replace(signatory, organization=_expand_short(short, text))
        found.append(signatory)
        i += consumed
    for m in _PAREN_SIGNATORY_RE.finditer(text, span[0], span[1]):
        if m.group("title") in _TITLES and _looks_like_name(m.group("name")):
            org = normalize_org(m.group("org"), "", region)
            found.append(Signatory(m.group("name"), m.group("title"), org, m.span()))
    found.extend(_paren_list_signatories(text, span))
    # "마이클 스콧 루체모터스 사장": a foreign two-word name, not a Korean one with the second
    # word read as the company.
    foreign = [
        *_foreign_signatories(tokens, region),
        *_foreign_city_heads(tokens, region),
        *_latin_company_heads(tokens, region),
    ]
    found = [
        s for s in found if not any(a <= s.span[0] < b for a, b in (f.span for f in foreign))
    ] + foreign
    found.sort(key=lambda s: s.span)
    aliases = _aliases(text)
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
            if named and named.group(2) in _TITLES and _looks_like_name(named.group(1)):
                found.append(
                    Signatory(named.group(1), named.group(2), None, (pos, pos + len(item)))
                )
            pos += len(item) + 1
    return found


def _foreign_signatories(
    tokens: Sequence[_Token], region: Callable[[str], Region | None]
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
            if foreign_sounding and not _looks_like_name(first.stem)
            else None
        )
        city = _city_after_name(tokens, i + 2) if foreign_sounding else None
        if after is not None or city is not None:
            title = tokens[i + 3]
        if title.stem not in _TITLES and not title.stem.endswith(("시장", "주지사")):
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
        elif title.stem in _TITLES and org_tok is not None and _is_org_word(org_tok.stem):
            org = normalize_org(org_tok.stem, "", region)
            role = title.stem
        elif (
            title.stem in COMPANY_HEADS
            and org_tok is None
            and _spelled_abroad(second.stem)
            and not _looks_like_name(first.stem)
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


# "산둥성 정부", "다낭시 인민위원회": the governing body of a place abroad.
_FOREIGN_GOVERNMENTS = frozenset({"정부", "인민위원회", "시정부", "주정부", "성정부"})
# "호이안시 인민위원회 위원장": a foreign city's governing body, which speaks for the city.
_CITY_BODIES = _FOREIGN_GOVERNMENTS | {"시청"}


def _foreign_city_heads(
    tokens: Sequence[_Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "강진원 군수와 응우옌반선 호이안시 인민위원회 위원장": after another signer, a name
    written as one word that no Korean name fits, then a city no gazetteer holds and a title,
    is the head of that city abroad."""
    found: list[Signatory] = []
    for i in range(1, len(tokens) - 2):
        name, city = tokens[i], tokens[i + 1]
        # "쩐티마이": a foreign name's last syllable can look like a particle.
        if (
            city.particle
            or not city.stem.endswith("시")
            or name.particle not in ("", "이", "로", "도")
            or not _after_a_head(tokens, i, region)
        ):
            continue
        written = name.stem + name.particle
        if not (_all_hangul(written) and 2 <= len(written) <= 6):
            continue
        if _looks_like_name(written) and not _spelled_abroad(written):
            continue
        if not (3 <= len(city.stem) <= 7 and _all_hangul(city.stem) and region(city.stem) is None):
            continue
        k = i + 2
        if tokens[k].stem in _CITY_BODIES and not tokens[k].particle and k + 1 < len(tokens):
            k += 1
        title = tokens[k].stem
        if title not in _TITLES:
            continue
        found.append(Signatory(written, title, city.stem, (name.start, tokens[k].end)))
    return found


def _latin_company_heads(
    tokens: Sequence[_Token], region: Callable[[str], Region | None]
) -> list[Signatory]:
    """ "김민수 NextWave CEO", "대니얼 박 NextWave Robotics 대표": a company written in Latin
    letters between a head's name and a company title. The name is one Korean-shaped word, or
    two words after another signer when the first is no Korean name ("대니얼 박")."""
    found: list[Signatory] = []
    for k, title in enumerate(tokens):
        if title.stem not in COMPANY_HEADS or k < 2:
            continue
        first = _latin_name_start(tokens, k - 1)
        company = tokens[first:k]
        if not _LATIN_WORD_RE.fullmatch(company[-1].stem) or company[-1].particle or first < 1:
            continue
        last = tokens[first - 1]
        if last.particle or not _all_hangul(last.stem):
            continue
        name, start = last.stem, last.start
        if first >= 2 and _after_a_head(tokens, first - 2, region):
            given = tokens[first - 2]
            if not given.particle and _all_hangul(given.stem) and not _looks_like_name(given.stem):
                name, start = f"{given.stem} {last.stem}", given.start
        if " " not in name and not _looks_like_name(name):
            continue
        org = " ".join(t.stem for t in company)
        found.append(Signatory(name, title.stem, org, (start, title.end)))
    return found


def _spelled_abroad(word: str) -> bool:
    """A word spelling foreign sounds ("휘트퍼드", "스미스"), not a Korean group ("어촌계")."""
    return any(ch in _TRANSLITERATION for ch in word)


def _city_after_name(tokens: Sequence[_Token], k: int) -> tuple[str, str] | None:
    """ "마이클 스콧 핼리팩스 시장": a foreign mayor's city written apart before the title;
    "시오타 고이치 가고시마현 지사": a prefecture or province keeps its own suffix."""
    if k + 1 >= len(tokens) or tokens[k + 1].stem not in ("시장", "주지사", "지사", "인민위원장"):
        return None
    word = tokens[k]
    if word.particle or not (2 <= len(word.stem) <= 6 and _all_hangul(word.stem)):
        return None
    title = tokens[k + 1].stem
    if len(word.stem) >= 3 and word.stem.endswith(("시", "현", "성", "주")):
        return word.stem, title
    if title in ("지사", "인민위원장"):
        return None
    return word.stem + ("시" if title == "시장" else "주"), title


def _company_after_name(tokens: Sequence[_Token], k: int) -> str | None:
    """ "다카하시 겐지 다카하시공업 사장": a foreign head's company may stand between the name
    and a company title, as one bare word."""
    if k + 1 >= len(tokens) or tokens[k + 1].stem not in COMPANY_HEADS:
        return None
    word = tokens[k]
    if word.particle or word.stem in _TITLES or len(word.stem) < 3:
        return None
    return word.stem


def _known_org(signatory: Signatory, region: Callable[[str], Region | None]) -> bool:
    """A foreign signatory's organisation read off a title ("하기시장" → 하기시) is a guess;
    it names a party only when the party is found on its own."""
    org = signatory.organization or ""
    return " " not in signatory.name or _is_org_word(org) or region(org) is not None


def _named_apart(org: str, text: str) -> bool:
    """ "캐나다 핼리팩스시가 …" elsewhere confirms the city a "핼리팩스시장" title implied;
    "핼리팩스 시청에서" does so for one written apart ("핼리팩스 시장")."""
    if text.count(org) > text.count(org + "장"):
        return True
    stem = org[:-1]
    return org.endswith("시") and text.count(stem) > text.count(stem + " 시장") + text.count(org)


def _after_a_head(tokens: Sequence[_Token], i: int, region: Callable[[str], Region | None]) -> bool:
    """Whether word `i` follows another signer's title ("노관규 순천시장과 다나카 겐지
    하기시장"), the one setting in which a bare "…시장" is taken for a foreign mayor."""
    if i == 0 or tokens[i - 1].particle not in ("과", "와", ","):
        return False
    before = tokens[i - 1].stem
    return before in _TITLES or _merged_title(before, region) is not None


def _is_org_word(stem: str) -> bool:
    return bool(_COMPANY_FORM_RE.search(stem) or _ORG_TAIL_RE.search(stem))


def looks_like_org(name: str) -> bool:
    """Whether a name carries an organisation's legal form or suffix (㈜, 대학교, 공사), so
    that it is no guess read off a bare word."""
    return _is_org_word(name) or any(_is_org_word(word) for word in name.split(" "))


def _foreign_name(
    first: str, second: str, region: Callable[[str], Region | None], abroad: bool = False
) -> bool:
    words = (first, second)
    # "패럴 칸 어바인시장": abroad, a family name can be one syllable.
    shortest = (2, 1 if abroad else 2)
    if any(
        not (low <= len(w) <= 4 and _all_hangul(w)) or w in _NOT_NAME
        for w, low in zip(words, shortest, strict=True)
    ):
        return False
    korean_second = len(second) == 3 and _looks_like_name(second) and not abroad
    if korean_second or any(_is_org(w, {}, region) for w in words):
        return False
    if abroad:
        return True
    return not _looks_like_name(first) or any(ch in _TRANSLITERATION for ch in second)


# Syllables that spell foreign consonant clusters and endings ("스콧", "존스", "브라운") and
# hardly occur in Korean given names: they tell "마이클 스콧" from a Korean name and word.
_TRANSLITERATION = frozenset("스트크프즈츠르드브쉬슈튼슨톤콧릭엘젤렌런슬")


def _foreign_head(word: str) -> tuple[str, str] | None:
    """ "하기시장" → ("하기시", "시장"): the head of a city abroad, which no gazetteer holds."""
    for suffix, org_end, title in (("시장", "시", "시장"), ("주지사", "주", "주지사")):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and 2 <= len(stem) <= 5 and _all_hangul(stem):
            return stem + org_end, title
    return None


def _all_hangul(word: str) -> bool:
    return all("가" <= ch <= "힣" for ch in word)


# "연구원 측에서 장수경 원장이": the organisation a head speaks for, set off by 측.
_SIDE_WORDS = frozenset({"측에서", "측에선", "측", "측은", "측의"})


def _signatory_at(
    tokens: Sequence[_Token], i: int, region: Callable[[str], Region | None]
) -> tuple[Signatory, int] | None:
    tok = tokens[i]
    next_is_name = (
        i + 2 < len(tokens)
        and tokens[i + 1].particle == ""
        and _is_person_name(tokens[i + 1].stem, region)
        and tokens[i + 2].stem in _TITLES
        and not _short_name_before_unit(tokens, i + 1)
    )
    if tok.particle == "" and _is_person_name(tok.stem, region) and not next_is_name:
        for j in range(i + 1, min(i + 5, len(tokens))):
            words = [_org_word(t) for t in tokens[i + 1 : j]]
            span = (tok.start, tokens[j].end)
            if tokens[j].stem in _TITLES:
                if not words and i > 0 and tokens[i - 1].particle in ("", ","):
                    words = _org_before_name(tokens, i, tokens[j].stem, region)
                org = normalize_org(" ".join(words), "", region) if words else None
                return Signatory(tok.stem, tokens[j].stem, org, span), j - i + 1
            merged = _merged_title(tokens[j].stem, region, " ".join(words))
            if merged:
                org, title = merged
                if not words and _is_unit_word(org):
                    org, title = _unit_head(tokens, i, org, title, tokens[j].stem, region)
                org = normalize_org(org, "", region) if org else None
                return Signatory(tok.stem, title, org, span), j - i + 1
            short_org = (
                tokens[j].particle == "의" and j + 1 < len(tokens) and tokens[j + 1].stem in _TITLES
            )
            if short_org:
                continue
            if tokens[j].particle or (
                _is_person_name(tokens[j].stem, region) and not _short_name_before_unit(tokens, j)
            ):
                break
    if tok.stem in _TITLES and tok.particle == "" and i + 1 < len(tokens) and i > 0:
        name = tokens[i + 1]
        org_tok = tokens[i - 1]
        if (
            _looks_like_name(name.stem)
            and org_tok.particle == ""
            and _ORG_TAIL_RE.search(org_tok.stem)
        ):
            org = normalize_org(org_tok.stem, "", region)
            return Signatory(name.stem, tok.stem, org, (org_tok.start, name.end)), 2
        if (
            tok.stem in _HEAD_TITLES
            and org_tok.particle
            and name.particle in _PARTY_PARTICLES
            and len(name.stem) == 3
            and _looks_like_name(name.stem)
        ):
            # "협약서에는 총장 윤세라와 …": a head written title first, the body left implicit.
            return Signatory(name.stem, tok.stem, None, (tok.start, name.end)), 2
    return None


_HEAD_TITLES = frozenset({"총장", "학장", "원장", "이사장", "조합장", "병원장", "교육감"})


def _org_word(token: _Token) -> str:
    """ "정인수 목포상의 회장": a short name ending in 의 (상의) keeps it, unless the word
    before 의 is a name on its own ("한빛은행의 회장", a possessive)."""
    if token.particle == "의" and not _is_org_word(token.stem):
        return token.stem + token.particle
    return token.stem


def _short_name_before_unit(tokens: Sequence[_Token], j: int) -> bool:
    """ "박민수 남도대 경영대학장", "배재수 한은 경기본부장": a short name shaped like a person's
    name, a university's ("남도대") or a two-syllable one after a full name ("한은"), before
    the head of one of its units is that organisation."""
    word = tokens[j].stem
    if j + 1 >= len(tokens):
        return False
    title = tokens[j + 1].stem
    university = word.endswith("대") and bool(_ORG_TAIL_RE.search(word))
    if university and title in _TITLES:
        # "최민호 한빛대 부총장": a university's short form before any title of its own.
        return True
    if not (title.endswith("장") and _is_unit_word(title[:-1])):
        return False
    after_full_name = len(word) == 2 and j > 0 and len(tokens[j - 1].stem) == 3
    return after_full_name or (word.endswith("대") and bool(_ORG_TAIL_RE.search(word)))


def _org_before_name(
    tokens: Sequence[_Token], i: int, title: str, region: Callable[[str], Region | None]
) -> list[str]:
    """ "한빛전자 김민수 대표", "연구원 측에서 장수경 원장", "한국은행 경제통계국 김철수 국장":
    the organisation written just before a head's name, with the body a unit belongs to."""
    k = i - 1
    if tokens[k].stem in _SIDE_WORDS and k > 0:
        k -= 1
    before = tokens[k].stem
    if k > 0 and tokens[k].particle in ("", ","):
        unit = _unit_of(tokens, k - 1, before, {}, region)
        if unit is not None:
            return [unit]
    if _LEGAL_FORM_RE.match(before) and k > 0 and tokens[k - 1].particle == "":
        return [tokens[k - 1].stem, before]
    if _ORG_TAIL_RE.search(before) and len(before) > 2:
        return [_club_name(tokens, k, region)]
    return [before] if title in COMPANY_HEADS and _bare_company(tokens, k, region) else []


# "보성녹차 영농조합법인 임수진 대표": a legal form written apart belongs to the name before it.
_LEGAL_FORM_RE = re.compile(
    r"^(?:영농조합법인|농업회사법인|어업회사법인|사회적협동조합|협동조합|사단법인|재단법인|"
    r"유한회사|주식회사)$"
)
COMPANY_HEADS = frozenset({"대표", "대표이사", "사장", "회장", "공동대표", "최고경영자", "CEO"})
# "그러면서 한 대표는", "체결했다 김 대표는": verbs and adverbs, not company names.
_CONNECTIVE_ENDINGS = frozenset("다며서면해고게울")


# "블루파도스 농구단", "한빛 합창단": a club or troupe is named by the word before its kind.
_CLUB_KIND_RE = re.compile(r"^[가-힣]{0,3}(?:구단|예술단|합창단|악단|봉사단)$")


def _club_name(tokens: Sequence[_Token], k: int, region: Callable[[str], Region | None]) -> str:
    """The club word `k` with the bare name written before it, or the word alone."""
    word = tokens[k].stem
    if not _CLUB_KIND_RE.match(word) or k == 0:
        return word
    prev = tokens[k - 1]
    if (
        prev.particle != ""
        or prev.joined
        or len(prev.stem) < 2
        or prev.stem in _TITLES
        or _is_generic(prev.stem)
        or region(prev.stem) is not None
        or not re.fullmatch(r"[가-힣A-Za-z0-9&]+", prev.stem)
    ):
        return word
    return f"{prev.stem} {word}"


def _bare_company(tokens: Sequence[_Token], k: int, region: Callable[[str], Region | None]) -> bool:
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
        and word not in _NOT_NAME
        and word not in _NOT_SUBJECT
        and word not in _TITLES
        and not _is_generic(word)
        and region(word) is None
    )


def _unit_head(
    tokens: Sequence[_Token],
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
    full = _unit_of(tokens, i - 1, unit, {}, region) if parent is not None else None
    if full is not None:
        return full, title
    if _ORG_TAIL_RE.search(unit):
        return unit, title
    return None, word


def find_signatories(text: str, span: Span | None = None) -> list[Signatory]:
    """People named with a title ("강기정 광주시장", "박종건 ㈜써큘러스 대표", "OO대학교 총장
    홍길동") in text[span] (all of it by default), with spans into `text`; `organization` is
    normalised like a party name, None when only a title is given."""
    start, end = span if span else (0, len(text))
    region = _region_lookup(text)
    return _signatories_in(text, (start, end), _tokens(text, start, end), region)


def region_of(name: str, context: str) -> Region | None:
    """The local government `name` denotes in the article `context`, with the same memoised
    lookups the party extraction used."""
    return _region_lookup(context)(name)


# --- organisations ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _aliases(context: str) -> dict[str, str]:
    """Short names the article defines: "(이하 진흥원)", and an acronym in parentheses after
    a Korean name ("울산항만공사(UPA)"), which the article then uses for the same body."""
    found = {m.group("short"): m.group("full") for m in _ACRONYM_ALIAS_RE.finditer(context)}
    if "이하" in context:
        found.update(
            (m.group("short").strip(), m.group("full")) for m in _ALIAS_RE.finditer(context)
        )
    return found


_PROVINCE_RE = re.compile(
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청북|충청남|충북|충남|전라북|전라남|"
    r"전북|전남|경상북|경상남|경북|경남|제주)(?:특별자치|특별|광역)?(?:시|도)?"
)
_SHARED_NAME_RE = re.compile(r"^[가-힣]{1,3}[시군구]$")


@functools.lru_cache(maxsize=8)
def _region_lookup(context: str) -> Callable[[str], Region | None]:
    """A memoised region resolver for one article. The costly readings of the context are
    made only when needed, once: which 광주 a bare "광주시" is, and which province a name
    shared by several governments ("서구") lies in, judged from the provinces the article
    names."""
    from mouarchive.extract.regions import government_region, gwangju_reading

    cache: dict[str, Region | None] = {}
    hints: dict[str, str] = {}

    def hint(kind: str) -> str:
        if kind not in hints:
            if kind == "gwangju":
                hints[kind] = gwangju_reading(context) or ""
            else:
                hints[kind] = " ".join(dict.fromkeys(_PROVINCE_RE.findall(context)))
        return hints[kind]

    def lookup(name: str) -> Region | None:
        if name in cache:
            return cache[name]
        bare_gwangju = "광주" in name and "광역" not in name and "경기" not in name
        found = government_region(name, hint("gwangju") if bare_gwangju else "", None)
        if found is None and _SHARED_NAME_RE.match(name):
            found = government_region(name, hint("provinces"), None)
        cache[name] = found
        return found

    return lookup


def normalize_org(
    name: str, context: str, region: Callable[[str], Region | None] | None = None
) -> str:
    """One spelling per organisation: company-form markers dropped, the article's own
    abbreviations expanded, local governments as canonical region names."""
    name = _COMPANY_FORM_RE.sub("", name.strip(_EDGE_PUNCT + " ")).strip()
    name = _aliases(context).get(name, name) if context else name
    lookup = region or _region_lookup(context)
    found = lookup(name)
    return found.name if found else name


def _is_org(stem: str, aliases: dict[str, str], region: Callable[[str], Region | None]) -> bool:
    if len(stem) < 2 or stem in _NOT_SUBJECT:
        return False
    if stem in aliases or _ACRONYM_RE.match(stem) or _COMPANY_FORM_RE.search(stem):
        return True
    if _ORG_TAIL_RE.search(stem) and len(stem) > 2:
        return True
    return region(stem) is not None


def _with_subunit(
    tokens: Sequence[_Token], i: int, region: Callable[[str], Region | None]
) -> tuple[str, int] | None:
    """ "중국공상은행의 한국법인" and "경상국립대학교 산학연협력 선도대학 육성사업단" each name
    one party: a branch or project unit is named with the organisation written before it (a
    local government's own offices are left to `_named_unit`, which names it canonically)."""
    tok = tokens[i]
    if (
        i > 0
        and _SUBUNIT_RE.match(tok.stem)
        and tokens[i - 1].particle in ("의", "")
        and _government_of(tokens[i - 1].stem, region) is None
    ):
        prev = tokens[i - 1]
        return f"{prev.stem} {tok.stem}", prev.start
    if not _UNIT_RE.search(tok.stem):
        return None
    parent = None
    for k in range(i - 1, max(i - 4, -1), -1):
        word = tokens[k]
        if word.particle or word.joined or word.stem in _NOT_SUBJECT or word.stem in _PATRON_WORDS:
            break
        if _government_of(word.stem, region) is not None:
            break
        if _ORG_TAIL_RE.search(word.stem) and len(word.stem) > 2:
            parent = k
    if parent is None:
        return None
    words = [t.stem for t in tokens[parent : i + 1]]
    return " ".join(words), tokens[parent].start


_COUNT_WORD_RE = re.compile(r"^(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+개?)$")
_GROUP_NOUN_RE = re.compile(r"^(?:기관|단체|기업|개사|곳|개\s?기관|시·도|도시|자치단체|대학)$")
_SEPARATORS = (",", "와", "과", "·")


def _counted_list_end(tokens: Sequence[_Token], i: int) -> bool:
    """ "A와 B, C 세 기관은": a count of bodies right after a bare word closes a list."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    return (
        bool(_COUNT_WORD_RE.match(tokens[i].stem))
        and bool(_GROUP_NOUN_RE.match(tokens[i + 1].stem))
        and tokens[i - 1].particle == ""
        and tokens[i - 2].particle in _SEPARATORS
    )


def _listed_orgs(tokens: Sequence[_Token], text: str) -> set[int]:
    """Indexes of words in "A, B 및 C 등 N개 기관" lists, which name parties whatever their
    form (광주글로벌모터스 has no organisational suffix)."""
    picked: set[int] = set()
    for i, tok in enumerate(tokens):
        if not (
            (tok.stem == "등" and _LIST_TAIL_RE.match(text, tok.start - 1))
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


_GENERIC = _words(
    "지자체 자치단체 기관 기업 단체 대학 업체 학교 지역 주민 시민 청년 세대 학생 아동 노인 "
    "가족 사회 관계기관 유관기관 민간 기업들 시군 시·군 각국 해외 국내 공공기관 협력사 업계 "
    "정부부처 부처 이웃 상인 농가 어민 회원사 전문가 관계자 참석자 연구진 의원 시민단체 "
    "입주기업 투자기업 협약기업 공무원 구성원 교직원 임직원"
)


# "기업 7곳과", "30개사와": a count of partners, never one signing organisation.
_COUNT_OF_BODIES_RE = re.compile(r"^\d+여?(?:곳|개사|개|개소|개\s?(?:기업|기관|업체|단체))$")


def _is_generic(stem: str) -> bool:
    """Common nouns for kinds of people or bodies (지자체, 전문가들, 시민단체들): a plural in
    들 names a group, never one signing organisation."""
    return (
        stem in _GENERIC
        or (len(stem) > 2 and stem.endswith("들"))
        or bool(_COUNT_OF_BODIES_RE.match(stem))
    )


_TITLE_REACH = 8  # words a quoted agreement title may take between the counterpart and 협약
_PLAIN_REACH = 5  # unquoted words ("청년 기술인력 양성") between the counterpart and 협약
_OPENING_QUOTES = "‘'\"“「『"
# "X과 320억원 규모의 투자협약": the size of the deal stands between the partner and 협약.
_SIZE_RE = re.compile(r"^(?:\d[\d,.조억천백만]*\s?원|규모)$")
_CLOSING_QUOTES = "’'\"”」』"


def _counterpart(tokens: Sequence[_Token], i: int, text: str) -> bool:
    """ "X와 (…) 업무협약을": the word with 와/과 right before the agreement noun is a party
    even without an organisational suffix (네이버와 협약), also before a quoted title ("X와
    '안심 귀갓길 조성 협약'을", "X와 '…'를 위한 협약"); a generic noun (지자체와, 청년 세대와)
    is not. Earlier items of a comma list ending in such a word ("A, B와 협약") are parties
    too."""
    j = i
    while tokens[j].particle == "," and j + 1 < len(tokens) and j - i < 4:
        j += 1
    if tokens[j].particle not in ("와", "과", "와의", "과의") or _is_generic(tokens[i].stem):
        return False
    if j != i and (tokens[i].stem in _NOT_SUBJECT or _KIND_WORD_RE.search(tokens[i].stem)):
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
        if _KIND_WORD_RE.search(tok.stem):
            return True
        purpose = k + 1 < len(following) and following[k + 1].stem == "위한"
        purpose = purpose and (closes[k] or (tok.particle in ("을", "를") and not titled))
        if purpose and _ACTIVITY_RE.search(tokens[i].stem):
            # "현장실습과 취업 연계를 위한 협약": two aims of the agreement, no partner.
            return False
        if purpose:
            reach = _TITLE_REACH
        sized = tok.particle == "의" and bool(_SIZE_RE.match(tok.stem))
        if tok.particle and tok.particle not in ("·", "-") and not (purpose or sized):
            return False
    return False


# Nouns of action, which name what an agreement is for and hardly ever a company (개발,
# 진흥 and 나눔 end many company and charity names, so they are left out).
_ACTIVITY_RE = re.compile(
    r"(?:실습|연계|교류|협력|지원|육성|활성화|조성|강화|구축|확대|발굴|양성|보호|개선|홍보|"
    r"창업|취업|전환|보급|예방|절감|감축|공유)$"
)
_TALKS_RE = re.compile(r"^(?:협의|협상|논의|조율)$")
_TALKS_REACH = 12  # words from "X와" to the agreement noun across "…에 관한 협의를 마무리하고"


def _negotiated(tokens: Sequence[_Token], i: int, text: str) -> bool:
    """ "에이스항공정비와 부지 매입 등에 관한 협의를 마무리하고 다음 달 투자협약": the partner
    of the talks that end in the agreement, when the article has made it the subject of an
    earlier sentence."""
    tok = tokens[i]
    if tok.particle not in ("와", "과") or _is_generic(tok.stem) or tok.stem in _NOT_SUBJECT:
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
    return any(_KIND_WORD_RE.search(t.stem) for t in following[talks + 1 :])


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies within a quotation opened earlier on its line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    paired = sum(line.count(a) - line.count(b) for a, b in (("‘", "’"), ("“", "”"), ("「", "」")))
    return paired > 0 or line.count("'") % 2 == 1 or line.count('"') % 2 == 1


def _paired_owner(tokens: Sequence[_Token], i: int) -> bool:
    """ "A와 B의 투자협약식": B, whose agreement it is together with A."""
    tok = tokens[i]
    return (
        tok.particle == "의"
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].particle in ("와", "과")
        and _KIND_WORD_RE.search(tokens[i + 1].stem) is not None
        and not _is_generic(tok.stem)
    )


_ANAPHOR_RE = re.compile(r"^(?:회사|기업|업체|법인)$")
_ANAPHOR_DETERMINERS = frozenset({"이", "해당", "같은", "동"})
_COMPANY_NAMED_RE = re.compile(
    r"(?:㈜|\(주\)|주식회사)\s?(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]*?)"
    r"(?=(?:은|는|이|가|와|과|의|을|를|에|도)?[\s,.]|$)"
)


def _antecedent(tokens: Sequence[_Token], i: int, text: str) -> str | None:
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
    region = _region_lookup(text)
    if stem in _NOT_SUBJECT or _is_generic(stem) or region(stem) is not None:
        return None
    return stem


def find_parties(text: str, span: Span | None = None) -> list[Party]:
    """The signing organisations named in text[span] (a sentence reporting a signing), with
    spans into `text`; the whole `text` serves as context for abbreviations and 광주.

    Signatories' organisations are parties too; observers do not appear in the signing
    sentence and are therefore not found here.
    """
    start, end = span if span else (0, len(text))
    region = _region_lookup(text)
    aliases = _aliases(text)
    tokens = _tokens(text, start, end)
    parties: list[Party] = []
    for signatory in _signatories_in(text, (start, end), tokens, region):
        org = signatory.organization
        if (
            org
            and _signs_for_party(signatory, text)
            and (_known_org(signatory, region) or _named_apart(org, text))
        ):
            _add(parties, org, signatory.span, region)
    listed = _listed_orgs(tokens, text) | _opening_list(tokens, aliases, region)
    for i, tok in enumerate(tokens):
        if (
            tok.particle in _OTHER_PARTICLES
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
    tokens: Sequence[_Token],
    i: int,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    """ "'AI·코딩 교육 …을 위한 업무협약'", "'물-에너지 연계 업무협약'": an acronym or a word
    run together with a common noun at the head of a quoted agreement title is its subject
    matter, not a signer ("'광주-대구 상생협약'" still names two cities)."""
    tok = tokens[i]
    if not (tok.joined or _ACRONYM_RE.match(tok.stem)):
        return False
    chain = _chain(tokens, i)
    if text[chain[0].start - 1 : chain[0].start] not in _OPENING_QUOTES:
        return False
    m = _QUOTED_TITLE_RE.match(text, chain[0].start - 1)
    if m is None or not _KIND_WORD_RE.search(m.group(1)):
        return False
    if _ACRONYM_RE.match(tok.stem) and len(chain) == 1:
        return True
    return len(chain) > 1 and not all(_is_org(t.stem, aliases, region) for t in chain)


def _is_party_word(
    tokens: Sequence[_Token],
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
    if _is_org(tok.stem, aliases, region):
        return (
            tok.particle in _PARTY_PARTICLES
            or tok.particle in (",", "·", "-")
            or tok.joined
            or _next_is_list(tokens, i)
        )
    if tok.joined and len(tok.stem) > 1:
        siblings = [t for t in tokens[max(i - 3, 0) : i + 4] if t.joined and t is not tok]
        return any(
            t.stem[-1] == tok.stem[-1] and _is_org(t.stem, aliases, region) for t in siblings
        ) or _org_chain(_chain(tokens, i), aliases, region)
    if tok.stem in _NOT_SUBJECT or _KIND_WORD_RE.search(tok.stem):
        return False
    if i == 0 and tok.particle in ("은", "는", "이", "가"):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tok.particle in ("와", "과")
        and nxt is not None
        and nxt.particle in ("은", "는", "이", "가")
        and _is_org(nxt.stem, aliases, region)
    )


_DESCRIBED_RE = re.compile(r"^(?:기업|업체|회사|법인|스타트업|제조사|제조업체|전문기업)$")


def _opening_list(
    tokens: Sequence[_Token], aliases: dict[str, str], region: Callable[[str], Region | None]
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
        if not tokens[k].particle and _unit_of(tokens, k, tokens[k + 1].stem, aliases, region)
    }
    members = [k for k in range(close + 1) if k not in heads]
    if any(tokens[k].particle not in ("와", "과", ",", "·") for k in members[:-1]):
        return set()
    if any(tokens[k].stem in _NOT_SUBJECT or _KIND_WORD_RE.search(tokens[k].stem) for k in members):
        return set()
    orgs = [k - 1 in heads or _is_org(tokens[k].stem, aliases, region) for k in members]
    return set(members) if sum(orgs) >= 2 or all(orgs[:-1]) else set()


_COUNTRIES = _words(
    "미국 캐나다 일본 중국 대만 베트남 태국 필리핀 인도네시아 말레이시아 싱가포르 몽골 인도 "
    "캄보디아 라오스 미얀마 우즈베키스탄 카자흐스탄 키르기스스탄 러시아 튀르키예 터키 영국 "
    "프랑스 독일 이탈리아 스페인 포르투갈 네덜란드 벨기에 스위스 오스트리아 폴란드 체코 헝가리 "
    "스웨덴 노르웨이 핀란드 덴마크 호주 뉴질랜드 브라질 멕시코 칠레 페루 아르헨티나 이스라엘 "
    "사우디아라비아 아랍에미리트 카타르 이집트 케냐 남아공 나이지리아 에티오피아"
)
_FOREIGN_PLACE_RE = re.compile(r"^[가-힣]{2,9}(?:시|주|현|성|구)$")


def _foreign_city(tokens: Sequence[_Token], i: int, region: Callable[[str], Region | None]) -> bool:
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
    if tok.particle not in _PARTY_PARTICLES and not visited:
        return False
    k = i - 1
    while k >= 0 and k >= i - 2 and tokens[k].particle == "":
        if tokens[k].stem in _COUNTRIES:
            return True
        if not _FOREIGN_PLACE_RE.match(tokens[k].stem):
            return False
        k -= 1
    return False


def _described(tokens: Sequence[_Token], i: int) -> bool:
    """ "교육용 소프트웨어 기업 누리코딩과": a name the article introduces by its trade, as the
    counterpart of a signing."""
    if tokens[i].particle not in ("와", "과", "와의", "과의") or i == 0:
        return False
    before = tokens[i - 1]
    if before.particle != "" or not _DESCRIBED_RE.match(before.stem):
        return False
    for tok in tokens[i + 1 : i + 1 + _TITLE_REACH]:
        if _KIND_WORD_RE.search(tok.stem) or tok.stem in ("손", "손을"):
            return True
        if tok.particle in ("와", "과"):
            return False
    return False


def _attracted(tokens: Sequence[_Token], i: int) -> bool:
    """ "물류 기업 하늘길로지스를 유치한다": the company an investment brings is a party though
    it stands as an object."""
    if tokens[i].particle not in ("을", "를") or i == 0 or i + 1 >= len(tokens):
        return False
    described = tokens[i - 1].particle == "" and bool(_DESCRIBED_RE.match(tokens[i - 1].stem))
    return described and tokens[i + 1].stem.startswith("유치")


def _chain(tokens: Sequence[_Token], i: int) -> Sequence[_Token]:
    """The "A·B·C" run word `i` belongs to."""
    first = i
    while first > 0 and tokens[first - 1].particle in ("·", "-"):
        first -= 1
    last = i
    while last + 1 < len(tokens) and tokens[last].particle in ("·", "-"):
        last += 1
    return tokens[first : last + 1]


def _org_chain(
    chain: Sequence[_Token], aliases: dict[str, str], region: Callable[[str], Region | None]
) -> bool:
    """ "한빛대학교·남도테크·바다로지스·한결은행과": three or more names run together before a
    party particle, one of them plainly an organisation, list the parties in full."""
    return (
        len(chain) >= 3
        and chain[-1].particle in _PARTY_PARTICLES
        and any(_is_org(t.stem, aliases, region) for t in chain)
    )


def _party_at(
    tokens: Sequence[_Token],
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
    if _is_generic(tok.stem):
        return None
    level = _LEVEL_SUBJECT_RE.match(tok.stem + tok.particle)
    if i == 0 and level:
        home = _home_government(level.group(1), text, region)
        return (home, tok.start) if home else None
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].particle == "" else None
    if (
        prev is not None
        and not prev.joined
        and (tok.particle in _PARTY_PARTICLES or tok.particle in (",", "·", "-") or tok.joined)
    ):
        compound = region(f"{prev.stem} {tok.stem}")
        if compound is not None and region(tok.stem) != compound:
            return compound.name, prev.start
    if not _is_party_word(tokens, i, listed, text, aliases, region):
        return _named_unit(tokens, i, aliases, region) if _party_role(tokens, i, listed) else None
    unit = _with_subunit(tokens, i, region) or _named_unit(tokens, i, aliases, region)
    if unit is not None:
        return unit
    if _SHORT_FORM_RE.match(tok.stem):
        # "연구원은" with no "…연구원" named anywhere is a common noun (researchers, the
        # institute of the lede under another name), never a party by itself.
        full = _expand_short(tok.stem, text)
        return (full, tok.start) if full != tok.stem else None
    if prev is not None and prev.stem[-1:] in ("읍", "면", "동") and len(prev.stem) > 1:
        return f"{prev.stem} {tok.stem}", prev.start
    if (
        tok.stem in _FOREIGN_GOVERNMENTS
        and prev is not None
        and prev.stem.endswith(("시", "성", "현", "주"))
        and len(prev.stem) >= 2
        and _all_hangul(prev.stem)
        and region(prev.stem) is None
    ):
        # "산둥성 정부와", "다낭시 인민위원회와": the government of a place abroad.
        return f"{prev.stem} {tok.stem}", prev.start
    club = _club_name(tokens, i, region)
    if club != tok.stem:
        return club, tokens[i - 1].start
    first = _latin_name_start(tokens, i)
    if first < i:
        return " ".join(t.stem for t in tokens[first : i + 1]), tokens[first].start
    return tok.stem, tok.start


_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")


def _latin_name_start(tokens: Sequence[_Token], i: int) -> int:
    """ "NextWave Robotics와": a name in Latin letters runs over the Latin words before it."""
    first = i
    while (
        first > 0
        and i - first < _MAX_LATIN_WORDS - 1
        and _LATIN_WORD_RE.fullmatch(tokens[first].stem)
        and _LATIN_WORD_RE.fullmatch(tokens[first - 1].stem)
        and tokens[first - 1].particle == ""
        and not tokens[first - 1].joined
        and tokens[first - 1].stem[0].isupper()
    ):
        first -= 1
    return first


def _party_role(tokens: Sequence[_Token], i: int, listed: bool) -> bool:
    """Whether word `i` stands where a party does: before 와/과, 은/는, 이/가, in a list."""
    tok = tokens[i]
    return (
        listed
        or tok.particle in _PARTY_PARTICLES
        or tok.particle in (",", "·")
        or _next_is_list(tokens, i)
    )


def _named_unit(
    tokens: Sequence[_Token],
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
    if tok.stem in _HEAD_OFFICES and not parent.particle and _is_named_org(parent.stem, aliases):
        return normalize_org(aliases.get(parent.stem, parent.stem), "", region), parent.start
    # "간호학과는" splits as 간호학 + 과는; after an organisation it is the department.
    department = tok.stem + "과" if tok.particle in ("과는", "과도", "과의") else None
    name = (department and _unit_of(tokens, i - 1, department, aliases, region)) or _unit_of(
        tokens, i - 1, tok.stem, aliases, region
    )
    return (name, tokens[i - 1].start) if name else None


_HEAD_OFFICES = frozenset({"본점", "본사"})


@functools.lru_cache(maxsize=64)
def _short_form_re(stem: str) -> re.Pattern[str]:
    return re.compile(
        r"[가-힣A-Za-z0-9]{2,20}" + re.escape(stem) + r"(?:법인)?(?=[은는이가와과의에을를\s,·]|$)"
    )


def _expand_short(stem: str, text: str) -> str:
    """ "진흥원은" after "광주콘텐츠진흥원" earlier in the article is that institute."""
    m = _short_form_re(stem).search(text)
    return m.group(0) if m else stem


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
    region = _region_lookup(text)
    found: dict[str, Region] = {}
    ties = itertools.chain(_AGENCY_RE.finditer(text), _AGENCY_AFTER_RE.finditer(text))
    for m in ties:
        gov = m.group("gov")
        home = _home_government(gov, text, region) if len(gov) == 1 else None
        government = Region(home) if home else region(gov)
        if government is None:
            continue
        stem, _particle = _split_particle(m.group("org").strip(_EDGE_PUNCT))
        found.setdefault(normalize_org(stem, text, region), government)
    return found


_GROUP_WORD_RE = re.compile(r"^(?:및|등|간|사이|(?:\d+|[두세네])\s?(?:자|개\s?기관|기관))$")


NOT_SIGNER_TITLES = frozenset({"국회의원", "의원", "의장", "부의장", "교수"})
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


def _next_is_list(tokens: Sequence[_Token], i: int) -> bool:
    """ "A와 B 간", "A, B 3자가", "A 및 B": a bare last name in a group of parties."""
    if i + 1 >= len(tokens):
        return False
    follower = tokens[i + 1]
    return bool(_GROUP_WORD_RE.match(follower.stem))


def _is_person_part(tokens: Sequence[_Token], i: int) -> bool:
    """Words of a "name title" pair (강기정 시장과) are people, not organisations."""
    tok = tokens[i]
    if tok.stem in _TITLES:
        return True
    return _looks_like_name(tok.stem) and i + 1 < len(tokens) and tokens[i + 1].stem in _TITLES


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
        or _GOVERNMENT_RE.search(short)
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
_INITIALS_RE = re.compile(r"(?<=[가-힣])TP(?=$|\s)")


def _spelled_out(name: str) -> str:
    if "TP" not in name:
        return name
    return _INITIALS_RE.sub("테크노파크", name)


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
        or (long.startswith(short + " ") and long[len(short) + 1 :] in _FOREIGN_GOVERNMENTS)
        or _is_sub_unit(short, long)
        or _abbreviates(short, long)
        or _contracts(short, long)
        or _drops_prefix(short, long)
    )


def _drops_prefix(short: str, long: str) -> bool:
    """ "수자원공사" for "한국수자원공사", "남부발전" for "한국남부발전": the usual second mention
    drops a national or regional prefix of a name long enough not to be a common noun."""
    return (
        len(short) >= 4
        and long.endswith(short)
        and long[: -len(short)] in ("한국", "국립", "대한", "재단법인", "사단법인")
    )


def _is_sub_unit(parent: str, name: str) -> bool:
    """ "중국공상은행 한국법인" is a branch of "중국공상은행", "한국은행 경제통계국" a unit of
    "한국은행", "광주광역시 투자유치과" a department of "광주광역시"; "전라남도 순천시" is no
    branch of "전라남도" but a government of its own, and "광주광역시 인공지능센터" an agency."""
    if not name.startswith(parent + " "):
        return False
    unit = name[len(parent) + 1 :]
    if _SUBUNIT_RE.match(unit):
        return True
    if _GOVERNMENT_RE.search(parent):
        return all(_OFFICE_WORD_RE.match(word) for word in unit.split(" "))
    return all(_is_branch(word) for word in unit.split(" "))


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
_DATE_STAMP_RE = re.compile(r"[\[(<]?\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?[\])>]?")


def _add(
    parties: list[Party], name: str, span: Span, region: Callable[[str], Region | None]
) -> None:
    """Keep one party per organisation; the fuller spelling wins ("중국공상은행 한국법인" over
    "중국공상은행", "빛고을공과대학교" over "빛고을공대"), but "경기도교육청" is not "경기도".
    A word without letters ("[2025-03-14]" before the lede) names no one."""
    if not _HAS_LETTER_RE.search(name):
        return
    found = _region_of_party(name, region)
    add_party(parties, Party(name=name, span=span, region=found.name if found else None))


def _region_of_party(name: str, region: Callable[[str], Region | None]) -> Region | None:
    """A local government, or one of its departments ("광주광역시 투자유치과"), whose
    agreements are the government's."""
    found = region(name)
    words = name.split(" ")
    while found is None and len(words) > 1 and _OFFICE_WORD_RE.match(words[-1]):
        words.pop()
        found = region(" ".join(words))
    return found
