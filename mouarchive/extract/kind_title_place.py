"""What a signing sentence calls the agreement and where it was signed: kind, title, place.

An article names one agreement with several nouns ("업무협약(MOU)", "상생협약의 하나로 업무협약",
"자매결연 협정식"), so the kind is read from the noun that names it best: a quoted title's own
noun, then 상생 anywhere, then the noun nearest before the verb. Titles are only quoted
names; a place is only a venue-shaped word before "…에서" ahead of the verb.
"""

from __future__ import annotations

import re

from mouarchive.extract.orgnames import is_generic, looks_like_org
from mouarchive.extract.tokens import TITLES, all_hangul, ends_like_org
from mouarchive.vocab import alternation, pattern, table, words

_SIGNED = " 체결"
_SIGNED_AS_OBJECT = "을 체결"


def _forms(noun: str) -> tuple[str, ...]:
    """A noun of the tables, and for one that ends on 체결 ("업무 협력 체결") the same with the
    cooperation its object ("업무 협력을 체결")."""
    if noun.endswith(_SIGNED):
        return noun, noun[: -len(_SIGNED)] + _SIGNED_AS_OBJECT
    return (noun,)


def _nouns_by_kind(name: str) -> dict[str, str]:
    """Each noun of table `name` of agreement_kinds.json, unspaced, with the kind it names."""
    return {
        form.replace(" ", ""): kind
        for kind, nouns in table("agreement_kinds", name).items()
        for noun in nouns
        for form in _forms(noun)
    }


_KIND_OF = _nouns_by_kind("kinds")
_GENERIC = _nouns_by_kind("generic")
_RELATION_OF = _nouns_by_kind("relations")
_GENERIC_KIND = next(iter(_GENERIC.values()))
_RELATION_DOCUMENTS = table("agreement_kinds", "relation_documents")


def _nouns_re(*names: str) -> re.Pattern[str]:
    """Any noun of the `agreement_kinds` tables `names`."""
    return re.compile(
        alternation(
            form
            for name in names
            for nouns in table("agreement_kinds", name).values()
            for noun in nouns
            for form in _forms(noun)
        )
    )


KIND_RE = _nouns_re("kinds", "generic", "relations")
# A quoted name is an agreement's only when it names a document: '2024 국제우호도시 대회' names
# a relation's event.
DOCUMENT_RE = _nouns_re("kinds", "generic")
# "자매결연", "우호교류": a relation between two places (`implicit_parties` looks for its
# partner abroad).
RELATION_RE = _nouns_re("relations")

# Quotes as outlets write them, 「」 and 『』 included, and a closing quote typed for an opening
# one ("’강원도와 지린성 간 … 합의서’").
_QUOTED_RE = re.compile(
    r"‘([^’\n]{2,60})’|'([^'\n]{2,60})'|“([^”\n]{2,60})”|\"([^\"\n]{2,60})\"|"
    r"「([^」\n]{2,60})」|『([^』\n]{2,60})』|’([^‘’\n]{2,60})’"
)
_TRAILING_PAREN_RE = re.compile(r"\s?\([^()]*\)$")
# "‘상생협력벨트 MOU 및 워크숍’을 열었다": the event named with the agreement is not its name.
_AND_RE = re.compile(r"\s?(?:및|과|와|·|,|&)\s?")
_NOT_TITLE_RE = re.compile(r"다$|체결|했|하겠")
# "'…거점 조성'을 위한 업무협약", and "‘광역권 의료관광 클러스터 구축’ 협약": the quoted purpose
# or name, then the agreement noun.
_TITLE_TAIL_RE = re.compile(
    r"[’'”\"」』]?\s?(?P<for>(?:을|를)\s?위한\s?)?(?:업무\s?|상생\s?|투자\s?)?(?:협약|MOU)"
)
# "시청 대회의실에서", and "외솔회의실서" as outlets shorten it, after a venue that takes it;
# read from the start of each word only, so a long word costs one pass.
_PLACE_RE = re.compile(r"(?<!\S)(?P<word>[^\s]+?)(?P<at>에서|서)(?=\s)")
_PLACE_TAIL_RE = re.compile(pattern("signing", "venue_endings") + "$")
_SHORT_AT_TAIL_RE = re.compile(pattern("signing", "venue_endings_before_seo") + "$")
_ASIDE_RE = re.compile(r"\([^()]*\)$")
_NOT_VENUES = tuple(words("signing", "not_venues"))
_PLACING_WORDS = frozenset(words("signing", "placing_words"))
# "13일 시청 상황실에서 개최된 이번 협약식에는", "협약식은 … 센터에서 열린다", "… 강당에서
# 개최됐다": a sentence that tells where an event was held.
_HELD_RE = re.compile(pattern("signing", "held_at"))
_CEREMONY_NAMED_RE = re.compile(pattern("signing", "ceremony_stems") + "식")
_PLACE_STOP_RE = re.compile(
    r"^(?:\d+시|\d+분|" + pattern("signing", "not_venue_words") + r"|\d+월)$|[0-3]?\d일"
)
_PARTICLE_END_RE = re.compile(r"(?:은|는|이|가|을|를|와|과|의|에|도|로|으로|께서|에는|에서는)$")


def kind_of(word: str) -> str:
    """One kind per signing, from the agreement noun nearest before the verb: "업무협약(MOU)"
    → 업무협약, "투자유치협약" → 투자협약, "양해각서" → MOU, "합의서" → 합의문, "협정서" → 협정,
    and a bare 협약/협약서 → 업무협약, the usual reading of an unqualified 협약 in the news
    (`_sister_or` then tells a sister relation apart)."""
    return _KIND_OF.get(word.replace(" ", ""), _GENERIC_KIND)


def _relation(hit: re.Match[str]) -> str | None:
    return _RELATION_OF.get(hit.group(0).replace(" ", ""))


def _sister_or(kind_hits: list[re.Match[str]], kind: str) -> str:
    """ "자매결연 협약을 맺었다", "자매결연 협정을 체결했다": a bare 협약 or a 협정 of a sister
    relation is 자매결연, not the 업무협약 an unqualified 협약 usually means; a MOU, an
    업무협약 or a 우호교류 협정 keeps its own kind."""
    # "우호 교류보다 한 단계 격상한 자매도시 협약": the relation nearest the verb.
    found = next((k for k in reversed(kind_hits) if _relation(k)), None)
    if found is None:
        return kind
    relation = _relation(found)
    own: tuple[str, ...] = ()
    if kind != _GENERIC_KIND:
        # "자매결연 협정", never "자매도시인 누리현과 '우호 협정서'": the relation is the
        # document's own only when it names it.
        # "자매결연 협정을 맺은 누리시와 교육교류 협정을": the relation names only the document
        # signed, the last one named, right after it.
        document = next((k for k in kind_hits if k.start() >= found.end()), None)
        if document is kind_hits[-1] and document.start() - found.end() <= _NAMING_GAP:
            own = tuple(_RELATION_DOCUMENTS.get(relation, ()))
        if kind not in own:
            return kind
    named = (k.group(0).replace(" ", "") for k in kind_hits if _relation(k) is None)
    return relation if all(n in _GENERIC or _KIND_OF.get(n) in own for n in named) else kind


_NAMING_GAP = 1  # "자매결연 협정", "자매결연협정": at most a space between the two nouns


def _mutual(kind_hits: list[re.Match[str]]) -> str | None:
    """ "상생협약의 하나로 업무협약을 체결했다": a signing sentence that calls it 상생협약 anywhere
    names the kind more precisely than the generic noun nearest the verb."""
    return next((k.group(0) for k in kind_hits if "상생" in k.group(0)), None)


def quoted_title(sentence: str) -> str | None:
    """A quoted agreement name ("‘상생발전을 위한 업무협약’"), or a quoted purpose the
    agreement is named after ("'…거점 조성'을 위한 업무협약")."""
    for m in _QUOTED_RE.finditer(sentence):
        inner = next(g for g in m.groups() if g is not None).strip()
        if _NOT_TITLE_RE.search(inner):
            continue
        if DOCUMENT_RE.search(inner):
            return _without_ceremony(_TRAILING_PAREN_RE.sub("", _without_event(inner)))
        tail = _TITLE_TAIL_RE.match(sentence, m.end() - 1)
        if tail:
            joint = "" if tail.group("for") else " "
            return inner + joint + tail.group(0).lstrip("’'”\"」』 ")
    return None


# "…와 투자유치에 관한 협약을 체결했다", "…와 문화예술 상호교류 업무 협약을 했다": an unquoted
# name is the noun phrase right before the agreement noun the signing verb takes.
_GOVERNED_RE = re.compile(
    "(?P<kind>"
    + KIND_RE.pattern
    + r")(?:\([^()]{1,10}\))?(?:을|를)?\s?(?="
    + pattern("signing", "signing_verbs")
    + "|"
    + pattern("signing", "light_verbs")
    + ")"
)
# Words that join what stands before them into the name ("…에 관한", "…을 위한").
_JOINERS = frozenset(words("agreement_kinds", "title_joiners"))
# Going backwards, the name stops at a word ending in a particle, a time word, a date, count
# or amount, or a quote or comma: "12일 시청에서 A사와 | 투자유치에 관한 협약".
_PARTICLE_WORD_RE = re.compile(r"(?:은|는|이|가|을|를|와|과|에|의|도|로|께서|에서|서)$|^등$")
_MARK_RE = re.compile(r"[,.\[\]<>‘’'\"“”「」『』=]|\d\s?(?:일|월|년|시|분|층)")
# "A, B 기술 협약", "A 협약과 B 협약", "A시와 B시 간 협약", "9개 기업 투자 협약": a name that
# runs on from an enumeration, another agreement, the parties or a count is no name.
_CUT_RE = re.compile(
    r",$|" + KIND_RE.pattern + r"(?:과|와|및)$|^간$|\d\s?(?:개|억|만|천|원|명|곳|%|여)"
)
# Words that modify with a verb ("참석한 가운데", "열린", "추구하고자", "함께", "발전시키기 위해",
# "참석해"), which a name does not hold.
_VERBAL_RE = re.compile(
    r"(?:[한린된던할]|고자|하여|하며|하고|가운데|함께|위해|통해|참석해|참여해)$"
)
_TIME_WORD_RE = re.compile("^" + pattern("signing", "not_venue_words") + "$")
_GENERIC_NAME_RE = re.compile(pattern("agreement_kinds", "generic_title_words") + r"|\s")


def _ends_name(token: str, *, particle_ends: bool) -> bool:
    """Whether `token`, read going backwards, stands outside the name: a mark, a date, a time
    word, a verb form, or (unless glued to the noun or joined by "관한") a particle ending."""
    if _MARK_RE.search(token) or _TIME_WORD_RE.match(token) or _VERBAL_RE.search(token):
        return True
    return particle_ends and _PARTICLE_WORD_RE.search(token) is not None


def named_title(sentence: str, parties: frozenset[str] | None = None) -> str | None:
    """The name a signing sentence gives its agreement without quotes ("투자유치에 관한 협약",
    "외국인 투자유치분야 업무협약"): two words or more before the noun, or a phrase "…에
    관한", not all generic. "상호 협력 업무협약" or "지역발전 협약" describes, not names. A
    word with 와 or 과 that is none of the signing's `parties` (as written, when it names
    two) is the first of two topics and part of the name ("기후위기와 탄소중립에 관한
    협약")."""
    noun = _GOVERNED_RE.search(sentence)
    if noun is None:
        return None
    before = sentence[: noun.start()]
    glued = bool(before) and not before[-1].isspace()
    name: list[str] = []
    joined = False
    for k, token in enumerate(reversed(before.split())):
        if _CUT_RE.search(token):
            return None
        if token in _JOINERS:
            joined = True
        elif name and _topic_pair(token, parties):
            joined = False
        elif _ends_name(token, particle_ends=(k > 0 or not glued) and not joined):
            break
        else:
            joined = False
        name.insert(0, token)
    while name and (len(name[0]) == 1 or name[0] in _JOINERS):
        name.pop(0)
    own = any(len(_GENERIC_NAME_RE.sub("", w)) >= 2 for w in name)
    if not own or (len(name) < 2 and not any(w in _JOINERS for w in name)):
        return None
    return " ".join(name) + ("" if glued else " ") + noun.group("kind")


_PAIRED_RE = re.compile(r"(?P<word>\S+?)(?:와|과)$")


def _topic_pair(token: str, parties: frozenset[str] | None) -> bool:
    """ "기후위기와", "녹차와": the first of two topics the name joins, not a partner."""
    m = _PAIRED_RE.match(token)
    if parties is None or m is None or not all_hangul(word := m["word"]) or len(word) < 2:
        return False
    written_in = any(word in party or party in word for party in parties)
    # "김철수 총장과", "가람기업과": a head or a body the partners missed is never a topic.
    named = word in TITLES or ends_like_org(word) or looks_like_org(word)
    return not (written_in or named or is_generic(word))


# "‘관악구-서울대 학·관 협력 협약식’", "‘… 협약 체결식’": the ceremony's name, whose
# agreement is named without it.
_CEREMONY_TAIL_RE = re.compile(r"(?:\s?체결)?식$")


def _without_ceremony(name: str) -> str:
    """The agreement's name out of its ceremony's: what is signed, not the event."""
    tail = _CEREMONY_TAIL_RE.search(name)
    if tail is None or not _KIND_AT_END_RE.search(name, 0, tail.start()):
        return name
    return name[: tail.start()]


_KIND_AT_END_RE = re.compile("(?:" + KIND_RE.pattern + ")$")


def _without_event(name: str) -> str:
    """ "상생협력벨트 MOU 및 워크숍" → "상생협력벨트 MOU": what follows the last agreement noun
    after "및" names the event it was signed at."""
    last = list(KIND_RE.finditer(name))[-1]
    rest = name[last.end() :]
    return name[: last.end()] if rest and _AND_RE.match(rest) else name


def agreement_kind(kind_hits: list[re.Match[str]], verb_at: int, title: str | None) -> str:
    """The kind of the agreement a signing sentence reports, from its agreement nouns
    (`kind_hits`, matches of `KIND_RE` in the sentence), the verb's offset and its title."""
    # "자매결연 협정식": the agreement noun, not the relation, tells the kind.
    nouns = [k for k in kind_hits if _relation(k) is None] or kind_hits
    before_verb = [k for k in nouns if k.start() < verb_at] or nouns
    kind = _sister_or(
        kind_hits, kind_of(_title_kind(title) or _mutual(nouns) or before_verb[-1].group(0))
    )
    nearest = before_verb[-1]
    before = max(0, nearest.start() - _INVESTING_REACH)
    if kind == _GENERIC_KIND and _INVESTING_RE.search(nearest.string, before, nearest.start()):
        return _INVESTMENT_KIND
    return kind


# "9개 기업이 1630억원 투자하는 협약을 체결했다": a bare 협약 told as one of investing.
_INVESTING_RE = re.compile(pattern("agreement_kinds", "investing_phrases") + r"\s?$")
_INVESTMENT_KIND = kind_of("투자 협약")
# The phrase stands right before the noun: only that much of the sentence is read, not all of
# it from its start for every signing.
_INVESTING_REACH = 16


def _title_kind(title: str | None) -> str | None:
    """The agreement noun a quoted title ends on ("'경기 동부권 상생협약'" → 상생협약), which
    names the agreement better than a generic 업무협약서 written after the title."""
    if title is None:
        return None
    nouns = list(KIND_RE.finditer(title))
    return nouns[-1].group(0) if nouns else None


def signing_place(sentence: str, verb_at: int) -> str | None:
    """The noun phrase before the first "…에서" ahead of the verb, if it names a venue; for a
    ceremony told as held ("체결식이 … 시청에서 개최됐다"), the venue before the holding."""
    place = _venue(sentence, verb_at)
    if place is None and _CEREMONY_NAMED_RE.search(sentence, 0, verb_at + 8):
        return held_place(sentence)
    return place


def held_place(sentence: str) -> str | None:
    """Where the sentence says an event was held ("… 강당에서 개최됐다", "… 상황실에서 열린
    협약식에는"): the venue before the first verb of holding."""
    held = _HELD_RE.search(sentence)
    return _venue(sentence, held.start()) if held else None


def names_ceremony(sentence: str) -> bool:
    """Whether the sentence tells of a signing ceremony being held ("협약식은 … 열렸다")."""
    return bool(_CEREMONY_NAMED_RE.search(sentence) and _HELD_RE.search(sentence))


def _aside_start(sentence: str, start: int, end: int) -> int:
    """Where a venue word begins when it ends in an aside with spaces ("센터(전북 김제)에서")."""
    if sentence[end - 1 : end] != ")" or "(" in sentence[start:end]:
        return start
    opening = sentence.rfind("(", max(0, start - 20), start)
    return start if opening == -1 else sentence.rfind(" ", 0, opening) + 1


_CLOCK_OR_DAY_RE = re.compile(
    r"\d{1,2}:\d{2}|\([월화수목금토일]\)|^\d{1,2}\.?$|^[월화수목금토일]요일$"
)


def _venue(sentence: str, until: int) -> str | None:
    for m in _PLACE_RE.finditer(sentence, 0, until):
        start = _aside_start(sentence, m.start(), m.end("word"))
        head = sentence[start : m.end("word")].strip("‘’'\"“”")
        core = _ASIDE_RE.sub("", head)
        tail = _SHORT_AT_TAIL_RE if m.group("at") == "서" else _PLACE_TAIL_RE
        if not tail.search(core) or core.endswith(_NOT_VENUES):
            continue
        words = [head]
        before = sentence[:start].split()
        for raw in reversed(before[-3:]):
            word = raw.strip("‘’'\"“”")
            # "대회의 실에서": an ending written apart takes the word before it, whatever it is.
            glued = len(words) == 1 and len(core) == 1
            if not glued and (
                word != raw
                or _PLACE_STOP_RE.search(word)
                or _PARTICLE_END_RE.search(word)
                or word in _PLACING_WORDS
                or "," in word
                or word.count("(") != word.count(")")
                # "5. 8(목) 10:30 시청에서", "27일 월요일 시청에서": a day or a time, no part of
                # the venue.
                or _CLOCK_OR_DAY_RE.search(word)
            ):
                break
            words.insert(0, word)
        return " ".join(words)
    return None
