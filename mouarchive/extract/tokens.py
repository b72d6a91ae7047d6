"""Korean news copy cut into words, and the word lists the party and signatory readers share.

Korean marks what a word does by the particle fused to its end ("광주시와", "협약을"), so
finding parties and finding signatories both start from the same split of each whitespace
word into stem and particle, with parentheticals masked and spaced company names ("Nexa
Robotics Inc.") kept whole. Both then judge stems against the same lists: surnames, titles,
organisation endings, words that are never a subject. One module for both keeps the two
readers agreeing on what a word is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace


def word_set(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_PAREN_RE = re.compile(r"\((?![주유사재]\))[^()\n]{0,40}\)")
_TOKEN_RE = re.compile(r"[^ \t\n\r]+")
_MASK = "\x00"
EDGE_PUNCT = "‘’'\"“”「」『』[]<>《》〈〉,.:;!?"
_FORMS = r"㈜|\(주\)|주식회사|\(유\)|유한회사|\(사\)|\(재\)|사단법인|재단법인"
_LATIN_FORMS = r"Inc|Corp|Co\.,?\s?Ltd|Ltd|LLC|GmbH"
COMPANY_FORM_RE = re.compile(
    rf"^(?:{_FORMS})\s?|\s?(?:{_FORMS})$|(?<=[A-Za-z0-9])\s(?:{_LATIN_FORMS})\.?$"
)
ALIAS_RE = re.compile(
    r"(?P<full>[^\s()]+)\s?\(이하\s?['‘\"“]?(?P<short>[^)'’\"”]{1,20}?)['’\"”]?\)"
)
ACRONYM_ALIAS_RE = re.compile(r"(?P<full>[가-힣][가-힣0-9]{2,})\((?P<short>[A-Z][A-Z0-9&]{1,7})\)")
PARTY_PARTICLES = (
    *("와의", "과의", "와도", "과도", "와는", "과는", "와", "과"),
    *("은", "는", "이", "가", "측과", "측은"),
)
OTHER_PARTICLES = (
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
ORG_TAIL_RE = re.compile(
    r"(?:광역시|특별시|특별자치시|특별자치도|공사|공단|재단|센터|대학교|대학원|대학|병원|의료원|"
    r"은행|법인|협회|조합|연구소|연구원|진흥원|진흥회|개발원|기술원|과학원|정보원|평가원|교육원|문화원|"
    r"사업단|추진단|지원단|연구단|협력단|위원회|협의회|연합회|연맹|본부|그룹|학교|교육청|경찰청|소방서|"
    r"경찰서|세무서|우체국|보건소|농협|수협|축협|신협|새마을금고|캠퍼스|분원|"
    r"테크노파크|모터스|홀딩스|컴퍼니|코리아|증권|생명|화재|보험|전자|건설|통신|텔레콤|제약|"
    r"바이오|에너지|시스템즈|엔지니어링|공항|박물관|미술관|도서관|회의소|산업진흥원|연합|자치회|"
    r"상인회|번영회|체육회|(?:의|약|간호|세무|변호|법무|건축|회계|노무|관세|행정)사회|구단|예술단|합창단|악단|봉사단|[가-힣]{2,}(?<![세시확기최무부지증극강])대|"
    r"[가-힣]{2,}청|[가-힣]{2,}(?:통신|자원|기업|교육|환경|안전|복지|노동|교통|수산|식품|관광|"
    r"가족|통일|재정|보훈|국방|외교|법무)부|정부|[가-힣]{2,}(?:안전|혁신|법제)처|"
    r"(?<=[A-Za-z])(?:Inc|Corp|Co|Ltd|Medical|Bank|Group)\.?)$"
)
MAX_LATIN_WORDS = 4
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
# "회계법인", "법무법인", "농업회사법인" are firms of their own, no branch of the word before.
SUBUNIT_RE = re.compile(
    r"^[가-힣]{0,4}(?:한국법인|한국지사|(?<!회계|세무|법무|회사|특허|노무)법인|지사|지점|본부|"
    r"지역본부|분원|캠퍼스|지부)$"
)
UNIT_RE = re.compile(r"(?:사업단|산학협력단|센터|연구소|연구단|추진단|지원단|기술지주)$")
# A department, office, college or branch ("경제통계국", "취업지원실", "상경대학", "기술지원팀"):
# written after the organisation it belongs to, the two are one party ("한국은행 경제통계국").
UNIT_WORD_RE = re.compile(
    r"^(?:[가-힣A-Za-z0-9]{2,12}(?:국|실|과|팀|처|센터|대학|대학원|학부|캠퍼스|지사|지점|본부|"
    r"연구소|사무소|사업소|담당관|지회|지부|시회|도회)|[가-힣A-Za-z0-9]{0,12}(?:(?:사업|추진|지원|연구|협력|운영)단|"
    r"(?:연구|교육|연수|진흥|정보|평가|개발|기술|문화|인재|훈련|병)원|"
    r"(?:사업|영업|경영|기획|관리|전략|간호|교무|총무|인사|재무|홍보|연구|개발|기술)부))$"
)
# Rooms, results and trading partners end like units but belong to no organisation chart.
NOT_UNIT_RE = re.compile(
    r"(?:회의실|사무실|상황실|집무실|접견실|강의실|전시회|무도회|결과|효과|성과|거래처|연락처|사용처|판매처|"
    r"공급처|수요처|납품처)$"
)
# A local government's own departments; its centres, foundations and project units are
# agencies of their own ("광주시 인공지능센터" is no "광주광역시" department).
OFFICE_WORD_RE = re.compile(r"^[가-힣]{2,12}(?:국|실|과|팀|본부|추진단|담당관|사업소)$")
GOVERNMENT_RE = re.compile(r"[시도군구]$")
PATRON_WORDS = frozenset({"산하", "소속", "출연", "부설", "소재"})
SHORT_FORM_RE = re.compile(
    r"^(?:진흥원|진흥회|재단|공사|공단|협회|연구원|연구소|사업단|센터|대학교|대학|병원|조합|"
    r"협동조합|영농조합|영농조합법인|농업회사법인)$"
)
LEVEL_SUBJECT_RE = re.compile(r"^([시도군구])(?:는|은|가|이)$")
PAREN_SIGNATORY_RE = re.compile(
    r"(?P<org>[^\s()]+)\((?P<title>[가-힣]{1,6})\s(?P<name>[가-힣]{2,4})\)"
)
LIST_TAIL_RE = re.compile(
    r"\s?등\s?(?:\d+|[두세네다섯여섯일곱여덟아홉열]+)\s?(?:개\s?)?(?:기관|단체|기업|곳|개사|자|개\s?기관)"
)
KIND_WORD_RE = re.compile(r"협약|MOU|양해각서|협정|합의문|합의서")
NOT_SUBJECT = word_set(
    "이날 이번 이후 이에 이어 한편 또 또한 특히 먼저 마지막으로 두 세 양 양측 협약 협약식 행사 "
    "이는 이들 시 도 군 구 이 그 앞서 최근 당시 현재 우선"
)

SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채"
    "원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
NOT_NAME = word_set(
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
TITLES = word_set(
    "시장 도지사 지사 군수 구청장 교육감 총장 학장 원장 단장 사업단장 회장 부회장 상근부회장 "
    "이사장 사장 부사장 대표 대표이사 본부장 센터장 소장 관장 장관 차관 위원장 의장 청장 처장 "
    "국장 행장 은행장 대사 총영사 병원장 의료원장 부시장 부지사 부군수 부구청장 이사 전무 상무 "
    "지점장 지사장 협회장 조합장 연구원장 진흥원장 실장 팀장 국회의원 의원 교수 부총장 "
    "공동대표 상임대표 사무총장 사무국장 부단장 부원장 소방본부장 경찰청장 서장 경찰서장 "
    "소방서장 세무서장 지부장 지청장 교장 학교장 우체국장 보건소장 최고경영자 CEO 인민위원장"
)


@dataclass(frozen=True)
class Token:
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


_PARTICLES_BY_END = _by_last_char((*PARTY_PARTICLES, *OTHER_PARTICLES))


def split_particle(word: str) -> tuple[str, str]:
    for particle in _PARTICLES_BY_END.get(word[-1:], ()):
        if word.endswith(particle) and len(word) > len(particle) + 1:
            stem = word[: -len(particle)]
            if particle.startswith("과") and _open_syllable(stem[-1]):
                # "투자유치과는": 과 follows only a closed syllable, so here it ends the name.
                return stem + "과", particle[1:]
            if particle.startswith("이") and _open_syllable(stem[-1]):
                # "빛누리에이아이": after an open syllable the subject marker is 가, so this
                # 이 ends the name.
                continue
            return stem, particle
    return word, ""


def _open_syllable(ch: str) -> bool:
    """A Hangul syllable without a final consonant, after which 와 stands, never 과."""
    return "가" <= ch <= "힣" and (ord(ch) - ord("가")) % 28 == 0


_DATE_STAMP_RE = re.compile(r"[\[(<]?\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?[\])>]?")


@functools.lru_cache(maxsize=256)
def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Words of text[start:end], with "·"/"-"-joined names split into separate words that keep
    "·" as their particle so they count as listed together."""
    masked = _join_company_names(_mask_parens(text[start:end]))
    out: list[Token] = []
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


def _make_token(raw: str, joiner: str, pos: int) -> Token:
    lead = len(raw) - len(raw.lstrip(EDGE_PUNCT))
    body = raw[lead:].rstrip(EDGE_PUNCT)
    trailing = raw.rstrip()[len(raw.rstrip(EDGE_PUNCT + _MASK)) :].replace(_MASK, "")
    comma = "," if trailing or raw.endswith(",") else ""
    clean = body.replace(_MASK, "").replace("\u00a0", " ")
    stem, particle = split_particle(clean)
    stem = stem.rstrip(EDGE_PUNCT)
    raw_stem_len = _raw_length(body, len(stem))
    return Token(
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


def all_hangul(word: str) -> bool:
    return all("가" <= ch <= "힣" for ch in word)
