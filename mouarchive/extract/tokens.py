"""Korean news copy cut into words, and the word lists the party and signatory readers share.

Korean marks what a word does by the particle fused to its end ("광주시와", "협약을"), so
finding parties and finding signatories both start from the same split of each whitespace
word into stem and particle, with parentheticals masked and spaced company names ("Nexa
Robotics Inc.") kept whole. Both then judge stems against the same lists: surnames, titles,
organisation endings, words that are never a subject. One module for both keeps the two
readers agreeing on what a word is. The lists are data (`mouarchive/data/common_words.json`,
`titles.json`, `organisations.json`); this module turns them into the sets and regexes both
readers use.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from mouarchive.text.normalize import MIDDLE_DOTS
from mouarchive.text.scan import guarded, scanner
from mouarchive.vocab import alternation, pattern, table, word_set, words

# A bracket's aside, short, or a name's gloss in Latin letters however long ("투자진흥청(Kuwait
# Direct Investment Promotion Authority)과").
_PAREN_RE = re.compile(r"\((?![주유사재]\))[^()\n]{0,40}\)|\([A-Za-z][A-Za-z .,&'\-]{40,100}\)")
# A word ends where a quote or bracket opens, glued or not ("접견실에서「지역발전 …」을").
# "[누리경제=김한빛 기자]한빛재단과": a credit's closing bracket ends a word, glued or not.
# A bracket opened and closed inside a word stays in it ("LG전자[066570]와").
_TOKEN_RE = re.compile(r"[「『“‘]?(?:[^ \t\n\r「『“‘\[\]]|\[[^\[\]\s]*\]|\[)+\]?|\]")
_MASK = "\x00"
# Quotes, brackets, punctuation and list markers ("▲군산시와") around a word are layout.
# The marks that open a listed item ("▲A ▲B"): never part of a word.
LIST_MARKS = "".join(words("clause_lists", "inline_markers"))
EDGE_PUNCT = "‘’'\"“”「」『』[]<>《》〈〉,.:;!?※*＊…" + LIST_MARKS
_FORMS = pattern("organisations", "legal_forms")
_LATIN_FORMS = pattern("organisations", "latin_legal_forms")
_OPENING_FORMS = pattern("organisations", "legal_forms_opening")
_CLOSING_FORMS = pattern("organisations", "legal_forms_closing")
# "Biovegi사", "CNPV사": after a name in Latin letters, 사 is the company's mark as 社 is
# (after one letter it is the name: "A사" keeps it; "OTT사와" leaves "OTT", a generic word
# other rules weigh).
COMPANY_FORM_RE = re.compile(
    rf"^(?:{_FORMS}|{_OPENING_FORMS})\s?|\s?(?:{_FORMS}|{_CLOSING_FORMS})$"
    rf"|(?<=[A-Za-z0-9])\s{_LATIN_FORMS}\.?$|(?<=[A-Za-z]{{2}})사$"
)
# "진흥원(이하 진흥원)", and after the head named first: "오송첨단의료산업진흥재단(이사장 선경.
# 이하 오송재단)", "혁신센터(센터장 박일서, 이하: 혁신센터)".
ALIAS_RE = re.compile(
    r"(?P<full>[^\s()]+)\s?\((?:[^()]{0,40}?[,.·]\s?)?이하\s?:?\s?['‘\"“]?"
    r"(?P<short>[^)'’\"”]{1,20}?)['’\"”]?\)"
)
# "울산항만공사(UPA)": read from the start of each run of letters and digits only (skipping
# its leading digits), so a long run costs one pass, not one per letter.
ACRONYM_ALIAS_RE = guarded(
    re.compile(
        r"(?<![가-힣0-9])[0-9]*+(?P<full>[가-힣][가-힣0-9]{2,}+)"
        r"\((?P<short>[A-Z][A-Z0-9&]{1,7}(?:공사|공단|재단|그룹|은행)?)\)"
    )
)
# "광주시의회도 … 협약을 했다": 도 ("also") marks a subject too, but only after a word that
# already ends as an organisation's name, since 도 ends the names of provinces (경기도).
_ALSO = "도"
_PLACE_BODIES = tuple(words("organisations", "place_bodies"))
# "누리공사와", "누리공사와의": the particles that name a partner of the sentence's subject.
PARTNER_PARTICLES = ("와의", "과의", "와도", "과도", "와는", "과는", "와", "과")
PARTY_PARTICLES = (*PARTNER_PARTICLES, *("은", "는", "이", "가", "측과", "측은", _ALSO))
OTHER_PARTICLES = (
    "에서는",
    "에선",
    "에서",
    "에게",
    "에는",
    "에",
    "으로는",
    "로는",
    "으로",
    "로",
    "을",
    "를",
    "의",
    "까지",
    "부터",
    "만",
)
# Any particle, as a pattern: what may follow a name and still end it.
ANY_PARTICLE = alternation((*PARTY_PARTICLES, *OTHER_PARTICLES), space="")
# "한빛대학교", "남도테크노파크", "과학기술정보통신부", "Nexa Medical": an organisation's name.
# Every branch is an ending with at most two letters looked at before it, so `ends_like_org`
# reads only a word's last letters, whatever its length.
NAME_ENDINGS = (
    *words("organisations", "name_endings"),
    *words("organisations", "armed_units"),
    *words("organisations", "diplomatic_missions"),
)
_ORG_ENDINGS = (
    *NAME_ENDINGS,
    *(f + "부" for f in words("organisations", "ministry_fields")),
    *(f + "처" for f in words("organisations", "agency_fields")),
    *(e + "." for e in words("organisations", "latin_name_endings")),
)
ORG_TAIL_RE = scanner(
    re.compile(
        "(?:"
        + alternation(NAME_ENDINGS)
        # "한신대", "울산대": a university written short.
        + r"|(?<=[가-힣]{2})(?<![세시확기최무부지증극강])대"
        + r"|(?<=[가-힣]{2})청|(?<=[가-힣]{2})"
        + pattern("organisations", "ministry_fields")
        + r"부|(?<=[가-힣]{2})"
        + pattern("organisations", "agency_fields")
        + r"처|(?<=[가-힣]{2})"
        # "경남TP", "인천TP": a kind of body written as Latin initials after its place.
        + alternation(table("organisations", "initials"))
        # "제6617부대", "5전단": a military unit named by its number.
        + r"|(?<=[0-9])"
        + pattern("organisations", "numbered_units")
        + r"|(?<=[A-Za-z])"
        + pattern("organisations", "latin_name_endings")
        + r"\.?|(?<=[가-힣])"
        + pattern("organisations", "fused_latin_endings")
        + r")$"
    )
)
_ORG_TAIL_REACH = max(map(len, _ORG_ENDINGS)) + 1


@functools.lru_cache(maxsize=4096)
def ends_like_org(word: str) -> bool:
    """Whether `word` ends as an organisation's name does ("…대학교", "…시청", "…통신부"),
    not as a thing ("전망대", "판매대"). Memoised, like `looks_like_name`: the same words are
    asked about again and again."""
    return ORG_TAIL_RE.search(
        word, max(0, len(word) - _ORG_TAIL_REACH)
    ) is not None and not word.endswith(_THINGS)


_THINGS = tuple(words("organisations", "things_named_like_bodies"))


MAX_LATIN_WORDS = 4
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
# "회계법인", "법무법인", "농업회사법인" are firms of their own, no branch of the word before.
_NOT_A_FIRM = "".join(f"(?<!{re.escape(kind)})" for kind in words("organisations", "firm_kinds"))
SUBUNIT_RE = re.compile(
    r"^[가-힣]{0,4}(?:" + pattern("organisations", "branch_words") + f"|{_NOT_A_FIRM}법인)$"
)
UNIT_RE = re.compile(pattern("organisations", "unit_endings") + "$")
UNIT_WORD_RE = re.compile(
    r"^(?:[가-힣A-Za-z0-9]{2,12}"
    + pattern("organisations", "unit_word_endings")
    + r"|[가-힣A-Za-z0-9]{0,12}"
    + pattern("organisations", "unit_words")
    + r"|제?[0-9]{1,5}"
    + pattern("organisations", "numbered_units")
    + ")$"
)
NOT_UNIT_RE = re.compile(pattern("organisations", "not_units") + "$")
OFFICE_WORD_RE = re.compile(r"^[가-힣]{2,12}" + pattern("organisations", "office_endings") + "$")
GOVERNMENT_RE = re.compile(r"[시도군구]$")
PATRON_WORDS = word_set("organisations", "patron_words")
SHORT_FORM_RE = re.compile("^" + pattern("organisations", "short_forms") + "$")
# "시는", and where it opens a list of who signs, "도와 원주시는", "이날 시, A, B 등 …".
LEVEL_SUBJECT_RE = re.compile(r"^(?P<level>[시도군구])(?:는|은|가|이|와|과|,)$")
# "교육청-시청-기업이 함께하는", "동구청은": a government's office named as a party is that
# government; a bare 시청 (도청, 군청, 구청) the one the article is about, as "시는" is.
GOVERNMENT_OFFICE_RE = re.compile(r"(?P<place>[가-힣]*?)(?P<level>[시도군구])청")
# "군 시설관리공단": a level standing alone before a body names the home government's.
LEVELS = ("시", "도", "군", "구")
"""The levels of local government, the letter each one's name ends with."""
LOCAL_LEVELS = ("시", "군", "구")
"""The levels below a province: only these have a 보건소, 의료원 or 체육회 of their own."""
LEVEL_WORD_RE = re.compile(r"[시도군구]")
# "순천만연구원(원장 임다온)": read from the start of each word only (search a sentence as a
# string of its own, so that its first word counts), so a long word costs one pass.
# A dateline or section tag glued to the word after it ("[서천]농협서천군지부와", "[포토]광주시"):
# no part of that word's name.
_GLUED_TAG = r"\[[^\]\s]{1,20}\](?=[^\s\[\]])"
_GLUED_TAG_RE = re.compile(_GLUED_TAG)
# "농협서천군지부(지부장 박형준)": a head in brackets after the body.
# "충북도-충북신용보증재단(이사장 김창순)": a head in parentheses after the body they lead, the
# last of Hangul names a dash joins ("K-water(사장 …)" keeps its dash).
PAREN_SIGNATORY_RE = guarded(
    re.compile(
        rf"(?<![^\s()])(?:{_GLUED_TAG})?(?:[^\s()\[\]]*[가-힣)]-(?=[가-힣]))?"
        r"(?P<org>[^\s()\[\]]++)\((?P<title>[가-힣]{1,6})\s(?P<name>[가-힣]{2,4})\)"
    )
)
# What a list calls its members when they are bodies ("등 기업들은", "3개 기관").
BODY_NOUN = "(?:" + pattern("rosters", "body_nouns") + ")"
# "A, B 등 3개 기관", "정코스 등 6개 바이오기업과": the count that closes a list of bodies, a
# word of what they do allowed before the noun.
LIST_TAIL_RE = re.compile(
    r"\s?등\s?(?:\d+|[두세네다섯여섯일곱여덟아홉열]+)\s?(?:개\s?)?"
    r"(?:(?:[가-힣]{1,4}\s?)?" + BODY_NOUN + r"|곳|개사|자|개\s?기관)"
)
# "… 등 전남도의 전략산업 분야에서", "… 등 3개 분야": a list closed by 등 that turns out to
# list fields; the words between neither join partners (과/와) nor name bodies after the
# field ("등 에너지 분야 기업과" lists companies).
# "농수식품, 바이오화학 등 전략산업 분야에서", "첨단방위, 미래 모빌리티 등 핵심 전략 및 신성장
# 동력 산업 분야 11개 사와": a list of fields, read up to seven words on, none of them a subject
# ("삼성중공업 등 12개 기관이 … 조선산업 업무협약을" lists bodies) nor a kind of body ("A, B 등
# 4개 공공기관 급식에 48개 품목의" lists bodies too, and so does "등 에너지 분야 3개 공공기관"),
# though "등 6개 분야에서 기관별 …" (each body's) still lists fields.
FIELDS_AFTER_RE = re.compile(
    r"\s?등\s(?:(?![^\s,]*"
    + BODY_NOUN
    + r")[^\s,]*[^\s,과와이가은는]\s){0,7}?[^\s,]*?(?:"
    + pattern("rosters", "field_nouns")
    + r")(?:에서|의|을|를|에)?(?=[\s.,]|$)(?!\s?(?:\d+\s?개\s?)?[가-힣]*"
    + BODY_NOUN
    + "(?!별))"
)
KIND_WORD_RE = re.compile(pattern("agreement_kinds", "core_nouns"))
# "세 기관은", "양측은", "두 지역은", and "이들 기관은", where 이들 alone stands for the count;
# "참석 기관들은", the bodies the sentence before gathered.
_GROUP_NOUN = pattern("common_words", "group_nouns")
GROUP_SUBJECT_RE = re.compile(
    r"\s*(?:이들\s?"
    + _GROUP_NOUN
    + r"|(?P<gathered>(?:"
    + pattern("common_words", "gathering_words")
    + r")한?\s?(?:"
    + _GROUP_NOUN
    + r")들?)"
    + r"|(?:이들\s)?(?:(?:두|세|네|다섯|여섯|"
    + pattern("common_words", "both")
    + r"|\d+개?)\s?(?:"
    + _GROUP_NOUN
    + r"|측)|양사|3자|4자))(?P<particle>은|는|이|가)\s"
)
# Asked after every unmarked word: `scanner` lets the engine skip to where a match can start.
GROUP_SUBJECT_RE = scanner(GROUP_SUBJECT_RE)
NOT_SUBJECT = word_set("common_words", "never_a_subject")
SURNAMES = word_set("common_words", "surnames")
NOT_NAME = word_set("common_words", "not_names")
TITLES = word_set("titles", "titles")


@dataclass(frozen=True)
class Token:
    """A whitespace word with its particle split off; parentheticals masked out of `stem`."""

    stem: str
    particle: str
    start: int
    end: int  # end of the stem in the original text
    joined: bool = False  # part of "A·B" or "A-B"


def _unglue_quotes(text: str) -> str:
    """A straight quote glued to the particle before it opens the next words ("연해주지사와'경기도-
    연해주 간 우호협력 MOU'를"): read as a space, so the partner keeps its particle. A quote that
    closes follows the quoted words, never a particle."""
    if "'" not in text and '"' not in text:
        return text
    return _GLUED_QUOTE_RE.sub(" ", text)


# Opening: words follow it, not a particle that closes a quote (hangul.json
# particles_after_quotes: "선도마을'은", "함께하는'이라는"), and it closes on its line.
_GLUED_QUOTE_RE = re.compile(
    r"(?<=[가-힣][와과는은를을])['\"]"
    rf"(?!{pattern('hangul', 'particles_after_quotes')}(?:[\s,.]|$))"
    r"(?=[^\s'\"][^'\"\n]{0,60}['\"])"
)


def _mask_parens(text: str) -> str:
    """Parentheses masked, and the space a writer left before one ("추진단 (단장 이상천)과"),
    so that the particle after them stays with the word they follow."""
    if "(" not in text:  # most sentences hold none: no pass of the pattern over them
        return text
    return _PAREN_RE.sub(lambda m: _MASK * len(m.group(0)), _SPACED_PAREN_RE.sub(_MASK, text))


# A word that already ends in a particle ("센터는 (소장 …)는") keeps it; so does one a list's
# comma follows ("옥천군지부 (지부장 정병덕), 옥천농협 …").
_SPACED_PAREN_RE = re.compile(
    r"(?<=[가-힣A-Za-z])(?<![은는이가와과을를]) (?=\((?![주유사재]\))[^()\n]{0,40}\)[가-힣,])"
)


# Latin words a company name may run over before its legal form ("Nexa Robotics Inc."); a
# bound keeps a long line of capitalised words from being rescanned from each of its words.
# A company written apart ("오포물류 주식회사") is read from the start of its word only.
_LATIN_CHAIN = 12
_COMPANY_WORDS_RE = guarded(
    re.compile(
        r"(?:㈜|\(주\))\s?[A-Za-z][\w.&\-]*(?: [A-Z][\w.&\-]*)+|"
        rf"(?<![\w.])[A-Z][A-Za-z0-9&\-]*(?: [A-Z][\w.&\-]*){{0,{_LATIN_CHAIN}}}?"
        rf"\s(?:{_LATIN_FORMS})\.?"
        r"(?=[가-힣\s,]|$)|"
        # "오포물류 주식회사", but not "전라남도는 주식회사 세아제강" nor "전문 업체인 주식회사
        # 나무기술": a word ending in a particle, or a trade with its copula, is the sentence's,
        # and the legal form opens the next name ("누리라인 주식회사" keeps its 인).
        r"(?<![^\s,])[^\s,]++(?<![은는을를와과의에])"
        + "".join(f"(?<!{trade}인)" for trade in words("organisations", "company_descriptions"))
        + r" (?:주식회사|\(주\)|㈜)"
        r"(?=[\s,]|(?:와|과|는|은|가|이)(?:\s|$))"
    )
)


def _join_company_names(text: str) -> str:
    """Glue "㈜J.Shangri-La Medical", "Nexa Robotics Inc." and "오포물류 주식회사" into one
    word (a no-break space keeps offsets)."""
    return _COMPANY_WORDS_RE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)


# "베트남 타이응우옌 성이", "미국 리버사이드 타운십과": a place abroad written apart from its
# ending, after its country. A province's other spaced forms ("꽝닌 성과") are read, spaced, by
# `foreign_places.foreign_city`.
_PROVINCE_ENDINGS = words("abroad", "province_endings")
# Endings written apart that are never a common word ("성과", "현재" are).
_APART_ENDINGS = [w for w in words("abroad", "spaced_place_endings") if w not in _PROVINCE_ENDINGS]
_NOT_PLACE_NAMES = word_set("abroad", "place_qualifiers")
_SPACED_PROVINCE_RE = guarded(
    re.compile(
        r"(?<![가-힣])(?:"
        + pattern("abroad", "countries")
        + r")\s(?P<name>[가-힣]{2,9})(?P<gap>\s)(?:"
        + alternation(_PROVINCE_ENDINGS, space="")
        # As a subject or owner only: "성과" and "현과" are as often "results" and "the present".
        + r"(?:은|는|이|가|의|에서)?|(?P<spaced>"
        + alternation(_APART_ENDINGS, space="")
        # A masked bracket may follow: "바양홍고르 아이막(주지사 …)과"; a particle, but no other
        # letter: "시엔후이 주석과" is a head.
        + r")"
        + ANY_PARTICLE
        + r"?)(?=[\s,.("
        + _MASK
        + "]|$)"
    )
)


def _join_spaced_provinces(text: str) -> str:
    """Mask the space of "타이응우옌 성", so its word reads "타이응우옌성" and keeps its offsets;
    "리버사이드 타운십" stays one word written apart, as companies' names do. "미국 주요
    카운티" names no place: the word before the ending only qualifies it."""
    if not _SPACED_PROVINCE_RE.search(text):
        return text
    chars = list(text)
    for m in _SPACED_PROVINCE_RE.finditer(text):
        if m["name"] not in _NOT_PLACE_NAMES:
            chars[m.start("gap")] = "\u00a0" if m["spaced"] else _MASK
    return "".join(chars)


# "양천구 신월 2동과": a numbered quarter written apart from its name, after its district.
_SPACED_QUARTER_RE = re.compile(
    r"(?<=[구시군]\s)[가-힣]{1,3}(?P<gap>\s)\d{1,2}(?:동|가)(?=[가-힣]{0,2}(?:[\s,.("
    + _MASK
    + r"]|$))"
)


def _join_spaced_quarters(text: str) -> str:
    """Mask the space of "신월 2동", so its word reads "신월2동" as the quarter's own name does
    and keeps its offsets."""
    if " " not in text or not _SPACED_QUARTER_RE.search(text):
        return text
    chars = list(text)
    for m in _SPACED_QUARTER_RE.finditer(text):
        chars[m.start("gap")] = _MASK
    return "".join(chars)


def _by_last_char(particles: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Particles grouped by final character, longest first, so a word is checked only against
    the few particles it could end with."""
    table: dict[str, list[str]] = {}
    for particle in particles:
        table.setdefault(particle[-1], []).append(particle)
    return {ch: tuple(sorted(group, key=len, reverse=True)) for ch, group in table.items()}


_PARTICLES_BY_END = _by_last_char((*(p for p in PARTY_PARTICLES if p != _ALSO), *OTHER_PARTICLES))


_NOUNS_ENDING_IN_MAN = tuple(words("organisations", "nouns_ending_in_man"))
NAMES_ENDING_IN_WA = tuple(words("organisations", "names_ending_in_wa"))


def split_particle(word: str) -> tuple[str, str]:
    if word.endswith(_ALSO) and len(word) > 3:
        stem = word[:-1]
        if ends_like_org(stem) or stem.endswith(_PLACE_BODIES):
            return stem, _ALSO
    for particle in _PARTICLES_BY_END.get(word[-1:], ()):
        if word.endswith(particle) and len(word) > len(particle) + 1:
            stem = word[: -len(particle)]
            if particle == "만" and word.endswith(_NOUNS_ENDING_IN_MAN):
                # "한빛항만,": a port's 만 ends its name.
                continue
            if particle == "와" and word.endswith(NAMES_ENDING_IN_WA):
                # "오키나와 관광컨벤션뷰로": a place's 와 ends its name.
                continue
            if particle == "로" and ends_like_org(word) and not ends_like_org(stem):
                # "광주관광컨벤션뷰로": a 로 that ends an organisation's name is no particle.
                continue
            if particle.startswith("과") and open_syllable(stem[-1]):
                # "투자유치과는": 과 follows only a closed syllable, so here it ends the name.
                return stem + "과", particle[1:]
            if particle.startswith("이") and open_syllable(stem[-1]):
                # "빛누리에이아이": after an open syllable the subject marker is 가, so this
                # 이 ends the name.
                continue
            return stem, particle
    return word, ""


def open_syllable(ch: str) -> bool:
    """A Hangul syllable without a final consonant, after which 와 stands, never 과."""
    return "가" <= ch <= "힣" and (ord(ch) - ord("가")) % 28 == 0


# "A·B", "A․B", "AㆍB", "A-B": one run of names; "A,B,C" without spaces: a comma list.
DOTS = "·" + MIDDLE_DOTS
"""The dots that join names in a run ("A·B", "AㆍB")."""
# "남구-나주시-화순군-(재)희망제작소": a headline's hyphens join names, a bracketed form too,
# also after a head in parentheses ("충북신용보증재단(이사장 김창순)-NH농협은행").
# Asked of every word of a signing sentence, most of which hold no joiner: `scanner` lets
# the search pass over letters no joiner starts with.
# "에쓰-오일(주)과", "에쓰-오일(S-OIL)(주)": a hyphen after a syllable or two, inside a name
# its legal form closes, is part of the name; after a longer word ("누리전자-한빛테크(주)",
# "한빛군-누리식품㈜") it joins two names, as it does before a name without a legal form.
_HYPHENED_NAME = rf"(?:(?<=[가-힣]{{3}}-)|(?![가-힣]{{1,6}}{_MASK}*(?:㈜|\(주\))))"
# "시·군의회의장협의회", "시·도지사협의회", "시·군·구의회": the levels of government joined
# by a dot inside one word, no list.
_LEVELS_JOINED = (
    rf"(?<=(?<![가-힣])시)[{DOTS}](?=[군도구](?:[{DOTS}]구)?[가-힣])"
    rf"|(?<=(?<![가-힣])시[{DOTS}]군)[{DOTS}](?=구[가-힣])"
)
_JOINER_RE = scanner(
    re.compile(
        rf"((?!{_LEVELS_JOINED})[{DOTS}]|(?<=[가-힣{_MASK}])-(?=[가-힣(㈜A-Z]){_HYPHENED_NAME}"
        r"|(?<=[^\d\s,]),(?=[^\d\s,]))"
    )
)
_DATE_STAMP_RE = re.compile(r"[\[(<]?\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?[\])>]?")


@functools.lru_cache(maxsize=256)
def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Words of text[start:end], with "·"/"-"-joined names split into separate words that keep
    "·" as their particle so they count as listed together."""
    masked = _join_spaced_quarters(
        _join_spaced_provinces(_join_company_names(_mask_parens(_unglue_quotes(text[start:end]))))
    )
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(masked):
        word = m.group(0)
        if not out and _DATE_STAMP_RE.fullmatch(word):
            # "[2025-04-02] 통영시와 …": a stamp before the lede leaves the lede's subject first.
            continue
        offset = start + m.start()
        if word.strip(LIST_MARKS) == "":
            # "▲ 국가과학기술연구회는 …": a list's marker before the item is no word of it.
            continue
        if not _JOINER_RE.search(word):
            out.append(_make_token(word, "", offset))
            continue
        parts = _JOINER_RE.split(word)
        dotted = any(parts[k] != "," for k in range(1, len(parts), 2))
        pos = offset
        for k in range(0, len(parts), 2):
            part = parts[k]
            joiner = parts[k + 1] if k + 1 < len(parts) else ""
            out.append(_make_token(part, "·" if joiner and joiner in DOTS else joiner, pos, dotted))
            pos += len(part) + len(joiner)
    return tuple(out)


def _make_token(raw: str, joiner: str, pos: int, joined: bool = False) -> Token:
    stem, particle, lead, raw_stem_len = _word_parts(raw, joiner)
    return Token(
        stem=stem,
        particle=particle,
        start=pos + lead,
        end=pos + lead + raw_stem_len,
        joined=joined,
    )


@functools.lru_cache(maxsize=4096)
def _word_parts(raw: str, joiner: str) -> tuple[str, str, int, int]:
    """A word's stem and particle, and where the stem lies in it (its offset and length):
    memoised, as the same words recur in every sentence and article."""
    lead = _lead(raw)
    body = raw[lead:].rstrip(EDGE_PUNCT)
    trailing = raw.rstrip()[len(raw.rstrip(_EDGE_OR_MASK)) :].replace(_MASK, "")
    comma = "," if trailing or raw.endswith(",") else ""
    clean = body.replace(_MASK, "").replace("\u00a0", " ")
    after_paren = _AFTER_PAREN_RE.search(body) if _MASK in body else None
    if after_paren is not None and after_paren["particle"] in _PARTICLE_SET:
        # "신용협동조합중앙회(이하 신협)과": the particle agrees with the bracket's last word,
        # not the name's, so it is split off whatever the name ends with.
        stem = body[: after_paren.start()].replace(_MASK, "").replace("\u00a0", " ")
        particle = after_paren["particle"]
    else:
        stem, particle = split_particle(clean)
    stem = stem.rstrip(EDGE_PUNCT)
    if "[" in stem:
        stem = _STOCK_CODE_RE.sub("", stem)
    return stem, joiner or particle or comma, lead, _raw_length(body, len(stem))


_AFTER_PAREN_RE = re.compile(_MASK + r"+(?P<particle>[가-힣]{1,3})$")
_PARTICLE_SET = frozenset((*PARTY_PARTICLES, *OTHER_PARTICLES))


# "LG전자[066570]와": a listed company's stock code in brackets is no part of its name.
_STOCK_CODE_RE = re.compile(r"\[\d{6}\]?$")


_EDGE_OR_MASK = EDGE_PUNCT + _MASK


def _lead(raw: str) -> int:
    """The marks before a word's letters, and a tag glued to it (`_GLUED_TAG`)."""
    tag = _GLUED_TAG_RE.match(raw)
    rest = raw[tag.end() :] if tag else raw
    return len(raw) - len(rest.lstrip(EDGE_PUNCT))


def _raw_length(masked_body: str, clean_len: int) -> int:
    """Length in the original text covering the first `clean_len` unmasked characters."""
    if _MASK not in masked_body:  # most words: every letter counts
        return clean_len if 0 < clean_len <= len(masked_body) else len(masked_body)
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
