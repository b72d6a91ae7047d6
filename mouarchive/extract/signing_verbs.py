"""The words that report a signing, and the words that say none was made.

`signing` reads each sentence for a verb of `SIGN_VERB_RE` (체결했다, 맺고, 협약식을 가졌다)
and refuses it on `NOT_SIGNING_RE` (추진한다, 해지했다, 맺은 바 있다). Both are long patterns
built from the same pieces (an agreement noun as object, a ceremony word, a light verb), and
`signing_context`, `headline`, `caption_signing`, `signers` and `implicit_parties` read those
pieces too, so they are kept apart from the reading of a sentence.
"""

from __future__ import annotations

import re

from mouarchive.text.scan import guarded, scanner
from mouarchive.vocab import alternation, pattern, table, words


def _words(name: str, *more: str) -> str:
    return alternation((*words("signing", name), *more))


# "교류의 결실을 맺는 자매결연을 체결했다": 맺 bearing fruit is no signing verb.
_NOT_AFTER_FRUIT = "".join(
    rf"(?<!{word}\s)(?<!{word})" for word in words("signing", "fruit_objects")
)
VERB = _NOT_AFTER_FRUIT + pattern("signing", "signing_verbs")
STEM = pattern("signing", "signing_stems")
# "협약(MOU)을", "‘… 협약식’을": what may close an agreement's or a ceremony's noun before
# its particle, a bracket or a closing quote.
_CLOSING = r"(?:\([^()]{1,10}\))?[’'”\"」』]?"
# "협약(MOU)을", "업무협약’을": an agreement noun as an object, its bracket or quote between.
# "협약", "MOU", "합의서": the nouns that name the agreement itself.
_AGREEMENT = pattern("signing", "agreement_objects")
OBJECT = _AGREEMENT + _CLOSING
LIGHT_STEM = pattern("signing", "light_verb_stems")
# "협약을 체결할", "협약을 진행한다", "상생발전 협약을 갖는다" (or "가진다"), "양해각서를
# 주고받는다": the light verb still to come.
_PLANNED_LIGHT = (
    r"(?:"
    + LIGHT_STEM
    + r"?(?:할\s|한다|하기로)|갖는다|가진다|가질\s|갖기로|주고받(?:는다|을\s|기로))"
)
# "투자협약을 서면으로 했다": how it was done, between the agreement and its light verb.
MANNER = r"(?:" + pattern("signing", "manner_adverbials") + r"\s)?"
# "협약식", "체결식": a ceremony of signing; "업무협약 및 선언식": one with another act;
# "업무협약(MOU)식": the agreement's Latin name between it and its ceremony.
CEREMONY_WORD = (
    pattern("signing", "ceremony_stems")
    + r"(?:\((?:MOU|MOA|LOI)\))?(?:\s?및\s?[가-힣]{1,4})?(?:식|\s?행사)"
)
# "'우정의 뱃길' 협약식을 27일 오전 시청 국제회의실에서 개최한다": the ceremony, then when and
# where, then the verb; a word with an object of its own in between ("협약식을 위한 회의를
# 열었다"), a verb the ceremony is the object of ("협약식을 취소하는 대신", "미루고") or a
# topic of another event ("실무회의도") makes the verb another event's.
_THEN_WHEN = (
    r"(?:을|를)\s(?:(?!위한|위해|앞두|취소|연기|미루|미뤄|대신)"
    r"[^\s.]*[^\s.을를고며도만]\s){1,8}?"
)
_CEREMONY_THEN_WHEN = CEREMONY_WORD + _CLOSING + _THEN_WHEN
# "협약식’과 임직원 네트워킹 행사를", "협약식 및 … 보조금 전달식을": a ceremony joined to another
# event or ceremony, as the object of the verb that holds both.
_WITH_ANOTHER_EVENT = (
    CEREMONY_WORD
    + _CLOSING
    + r"(?:과|와|\s및)\s(?:\S+\s){0,4}?\S*?(?:"
    + pattern("signing", "this_occasion")
    + r"|식)(?:을|를)\s?"
)
_TOOK_PLACE = pattern("signing", "ceremony_took_place")
_TIE = pattern("signing", "ties_held")
# "‘상생협력벨트 MOU 및 워크숍’을 열었다": an event named for its agreement, held.
# "‘상생발전 협약 10주년 기념식’을 열었다": an anniversary of the agreement, not its signing.
_NAMED_EVENT = (
    r"[‘'“\"「『](?![^’'”\"」』\n]{0,60}?\d\s?주년)[^’'”\"」』\n]{0,40}?"
    + pattern("agreement_kinds", "core_nouns")
    + r"[^’'”\"」』\n]{0,20}[’'”\"」』]\s?(?:을|를)\s?"
    + pattern("signing", "event_held")
)
# "지난 8일 구청장실에서 진행된 이번 협약은 …": the signing just told, dated as held.
HELD_THIS = (
    r"(?:진행된|체결된|열린|개최된)\s이번\s[가-힣]{0,4}"
    + pattern("signing", "ceremony_stems")
    + r"식?(?:은|는|이)\s"
)
SIGN_VERB_RE = scanner(
    re.compile(
        VERB
        + "|"
        + HELD_THIS
        + "|"
        + _NAMED_EVENT
        + "|"
        # "공동선언문을 발표했다": a joint declaration, made by announcing it.
        + pattern("signing", "declarations_announced")
        + r"(?:했|하였|하고)|"
        # "업무협약을 통해 협력 체계를 구축했다": the signing told by what it sets up.
        + OBJECT
        + r"(?:을|를)\s?통해\s[^.]{0,30}?"
        + pattern("signing", "set_up_nouns")
        + r"를\s?"
        + pattern("signing", "set_up_verbs")
        + r"(?:했|하였|한다|하고|하기로)|"
        + OBJECT
        + r"\s?(?:을|를|도)\s?"
        + MANNER
        + "(?:"
        + pattern("signing", "light_verbs")
        + "|"
        + _PLANNED_LIGHT
        # "협약을 하고자", "협약식을 진행하고자": a signing meant, not made; "협약을 갖고 있는
        # 기관" holds one made before. ("협약을 하고 있다" is mostly a photo of the signing.)
        + r")(?!하?고?자|\s?있는|(?<=갖고)\s?있)|"
        + CEREMONY_WORD
        + _CLOSING
        + r"\s?(?:을|를|도)?\s?"
        + pattern("signing", "ceremony_held")
        + "(?!하?고?자)|"
        # "‘… 우대 협약식’과 임직원 네트워킹 행사를 열고", "협약식 및 … 보조금 전달식을 가졌다":
        # the ceremony held with another event or ceremony.
        + _WITH_ANOTHER_EVENT
        + pattern("signing", "ceremony_held")
        + "(?!하?고?자)|"
        + _CEREMONY_THEN_WHEN
        + "(?:"
        + pattern("signing", "ceremony_held_past")
        + "|"
        + pattern("signing", "ceremony_planned")
        + ")|"
        # "‘… 상생협약’을 9일 가졌다": the agreement itself, then its day, then held.
        + OBJECT
        + _THEN_WHEN
        + pattern("signing", "ceremony_held_past")
        + "|"
        # "자매결연식이 현지시간 19일, 대만 화련현 정부청사 대회의실에서 열렸다": more words
        # only when they end on the venue. "A농협과 B농협의 자매결연이 지난 6일 열렸다": a tie,
        # held as its ceremony is.
        + "(?:"
        + CEREMONY_WORD
        + r"[’‘'”“\"」』]?(?:이|은|도)|"
        + _TIE
        + r"[’‘'”“\"」』]?(?:이|은))\s(?:(?:\S+\s){0,4}?|(?:\S+\s){0,7}\S+에서\s)"
        + _TOOK_PLACE
        + "|"
        + r"^(?:이번\s)?협약(?:식)?은\s(?:\S+\s){0,15}?"
        + _words("ceremony_took_place", *words("signing", "agreement_took_place"))
        + "|"
        # "4개 기관이 참여하는 ‘수소출하센터 구축’ 업무협약이 이뤄졌다": the agreement as the
        # subject of its own making.
        + OBJECT
        + r"(?:이|가)\s"
        + pattern("signing", "agreement_took_place")
        + "|"
        + CEREMONY_WORD
        + r"(?:\([^()]{1,10}\))?[’‘'”“\"」』]?(?:이|은)\s(?:\S+\s){0,30}?"
        + r"참석(?:한\s가운데|해|하여)\s"
        # "협약식(사진)이 12일 … 관계자 등이 참석한 가운데 있었다": held, as 열렸다 tells;
        # "진행된 협약식은 … 주요 관계자가 참석해 진행됐다".
        + r"(?:있었|"
        + _TOOK_PLACE
        + ")"
        # "이날 A 군수와 B 총장은 협약식에서 상호협력을 다짐했다": the ceremony, held.
        + r"|"
        + CEREMONY_WORD
        + r"에서\s(?:\S+\s){0,6}?"
        + pattern("signing", "pledged_at_ceremony")
        # "23일 도청에서 열린 협약식에는 A 도지사와 B 총장 등이 참석했다", "업무협약식에는
        # A 원장, B 회장 등 30여 명이 함께했다", "개최된 협약식에는 … 참석한 가운데
        # 개최됐다", "열린 협약식에 A 시장 … 참석했다", "… 참석한 가운데 협약서 서명, 기념촬영
        # 순으로 진행됐다" (its programme told): a ceremony held, however many guests it
        # names; "이날 MOU 체결식에는 …" names it by its agreement, "또한, 협약 체결식에는 …"
        # after a connective.
        + r"|(?P<attended>(?:(?:열린|개최된|진행된)\s"
        + r"|^(?:"
        + pattern("common_words", "sentence_adverbs")
        + r",?\s)?(?:이날\s)?(?:MOU\s|[가-힣]{2,6}\s)?[가-힣]{0,4})"
        + CEREMONY_WORD
        + r"에(?:는)?\s(?:\S+\s){0,45}?(?:참석(?:했|하였|해)|함께했|자리했|참석한\s가운데\s"
        + r"(?:\S+\s){0,12}?"
        + _TOOK_PLACE
        + ")"
        # "11일 구청에서 열린 협약식에서 A 구청장(왼쪽)과 B 서장이 기념촬영을 하고 있다": a
        # caption of the ceremony held, whoever stands in its photo.
        + r"|(?:열린|개최된|진행된)\s[가-힣]{0,4}"
        + CEREMONY_WORD
        + r"에서\s(?:\S+\s){0,45}?\S*(?:"
        + pattern("page_furniture", "photo_acts")
        + r")[^.]{0,12}?있다"
        # "A 교육감과 B 군수가 12일 열린 ‘… 업무협약식’을 마치고 기념촬영을 하고 있다": the
        # ceremony done, with those who stand in its photo.
        + r"|[가-힣]{0,6}"
        + CEREMONY_WORD
        + r"[’'\"”」』]?(?:을|를)\s?마(?:치고|친\s(?:뒤|후)))"
        # "… 개최되는 대구시-대구경찰청 … 업무협약식에 참석한다": the ceremony to come, which
        # the head will attend.
        + r"|(?:열리는|개최되는|진행되는)\s(?:\S+\s){0,8}?\S*"
        + CEREMONY_WORD
        + r"에\s참석(?:한다|할\s예정)"
        # "출범식과 함께 진행된 … 상호협력 업무협약에는 대전시를 비롯해 … 12개 기관이
        # 참여했다": the agreement made, told by who took part in it.
        + r"|(?:진행된|체결된|맺은)\s(?:\S+\s){0,8}?\S*"
        + pattern("agreement_kinds", "core_nouns")
        + r"에는\s(?:\S+\s){0,30}?참여(?:했|하였)"
    )
)
# "조인묵 양구군수가", "서명숙 센터장은": a verb stem that also opens a person's name, the rest
# of the name and a title after it (another word between, as a place: "조인서 누리군수가").
_OPENS_A_NAME_RE = re.compile(
    r"[가-힣]{1,2}\s(?:[가-힣]+\s)?[가-힣]*?(?:"
    + alternation(words("titles", "titles"))
    + r")(?:[은는이가과와의,]|\s|$)"
)


def opens_a_name(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a signing verb's match is the opening of a person's name before their title,
    not a verb: a bare stem ("조인") read where a name starts with it."""
    at = verb.start()
    return (
        verb.group(0) in _BARE_STEMS
        and (at == 0 or not sentence[at - 1].isalpha())
        and _OPENS_A_NAME_RE.match(sentence, verb.end()) is not None
    )


_BARE_STEMS = frozenset(words("signing", "stems_opening_names"))


# The gaps a rule reads over are bounded (a word of 40 letters, a sentence of 300): within
# them each rule reads as written, and a line of thousands of "맺고" or "체결" is not reread
# to its end from each of them.
_WORD_GAP = 40
SENTENCE_GAP = 300
# "…해 왔다", "…해 오고 있다": what has gone on since, in a clause after a signing.
# "맺으며 쌓아온 신뢰": what has been built since, as the clause's adnominal too.
_GONE_ON = r"(?:해|와|어|아|쳐|려|워|혀|켜|춰|져)\s?(?:왔|오고\s?있|온\s)"
# "2번째 협약이다", "… 체결에 이은 네 번째 업무협약이다": the agreement counted in a series, which
# the sentence describes, not signs (nor denies); "두 번째 협약을 체결했다" signs one.
COUNTED_IN_SERIES_RE = re.compile(
    r"(?:(?<!\d)\d+|(?<![가-힣])(?:"
    + alternation(table("rosters", "count_words").values())
    + r"))\s?번째\s?(?:상생|업무|투자)?\s?협약(?:이다|이며|이자|으로)"
)
# Asked of every sentence naming an agreement, which seldom holds 번째 (`scan.guarded`).
COUNTED_IN_SERIES_RE = guarded(scanner(COUNTED_IN_SERIES_RE))
# "지난 11월 자매결연 협약을 체결했으며, … 지속 논의해 왔다": a tie told as the start of what
# has gone on since; background unless the sentence dates it to a day.
SINCE_SIGNED_RE = re.compile(rf"(?:체결했|맺었)으며,?\s[^.]{{0,{SENTENCE_GAP}}}?{_GONE_ON}")
NOT_SIGNING_RE = scanner(
    re.compile(
        pattern("signing", "not_yet_signed")
        # … unless what follows says it was done ("체결을 마쳤다", "체결을 완료했다", "협정체결을
        # 맺었다"), or names the signing's own day ("협약 체결과 같은 날").
        + r"(?!\s?(?:마[친쳤]|(?:실시|진행|완료|마무리)?(?:했|하였)(?:다|으며|고)"
        + r"|하고(?!자)|가졌다|맺었|맺(?:고|으며)\s(?!싶)|날|시기))|"
        + STEM
        + rf"[은한]\s?바\s?있|선정되면|선정된\s?\S{{1,{_WORD_GAP}}}(?:과|와)는|"
        + STEM
        + rf"\S{{0,{_WORD_GAP}}}기도\s?했|"
        # "2016년 1월 … 의향서를 체결하며 … 협력을 해나가기로 한 바 있다": the whole sentence
        # told as what once was.
        + rf"(?:체결하며|체결하고|맺으며|맺고)\s[^.]{{0,{SENTENCE_GAP}}}?[은한]\s?바\s?있|"
        + r"(?:맺고|체결하고|맺으며|체결하며|"
        + OBJECT
        + r"\s?(?:을|를)\s?하고|(?:체결한|맺은)\s?(?:뒤|이후|이래)|체결,\s?그\s?(?:후|뒤|이후)"
        # "그간 … 우호교류를 체결하는 등 협력 관계를 유지해 왔으나": one deed among many.
        + r"|(?:체결하는|맺는)\s등)"
        + rf"[^.]{{0,{SENTENCE_GAP}}}?{_GONE_ON}|"
        # "2019년 9월 19일 자매결연을 체결하고 … 매년 상호 교류 방문을 하고 있다": the tie
        # as the start of what the parties do every year.
        + r"(?:맺고|체결하고|"
        + OBJECT
        + r"\s?(?:을|를)\s?하고)\s"
        + rf"[^.]{{0,{SENTENCE_GAP}}}?(?:매년|해마다|꾸준히)\s[^.]{{0,{SENTENCE_GAP}}}?있다|"
        + r"(?:맺|체결하)(?:는|을)\s?(?:방안|방향|방침|것을\s?(?:검토|논의))|"
        # "양 지자체의 인연은 1999년 … 자매결연을 맺으며 시작됐다": the tie as how a relation
        # began, told as its history.
        + r"(?:인연|교류|관계|역사|우정)(?:은|는)\s[^.]{0,120}?"
        + r"(?:맺|체결하)(?:으며|며|으면서|면서)\s(?:\S+\s){0,3}?시작(?:됐|되었|된)|"
        + pattern("signing", "not_news")
        + "|"
        + pattern("signing", "called_off")
    )
)
# "자매결연 체결을 위한 의향서를 교환했다", "우호협력도시 체결을 목표로 교류 확대를 약속하는
# 양해각서를 주고받는다": a document signed (or to be signed) on the way to a later agreement
# is a signing of its own.
TOWARDS_RE = re.compile(
    pattern("signing", "towards_a_signing")
    + r"\s(?:\S+\s){0,4}?"
    + OBJECT
    + r"(?:을|를|에)\s?"
    + MANNER
    + "(?:"
    + pattern("signing", "light_verbs")
    + "|"
    + _PLANNED_LIGHT
    + "|"
    + VERB
    + ")"
)
PLANNED_RE = re.compile(
    OBJECT
    + r"\s?(?:을|를)\s?"
    + MANNER
    + _PLANNED_LIGHT
    + "|"
    + pattern("signing", "planned")
    + "|"
    # "‘부산~후쿠오카 우정의 뱃길 협약식’을 갖는다": a ceremony still to come, its name quoted;
    # "… 체결식도 가질 계획이다": one more event of a visit.
    + CEREMONY_WORD
    + _CLOSING
    + r"\s?(?:을|를|도)\s?"
    + pattern("signing", "ceremony_planned")
    + "|"
    + _CEREMONY_THEN_WHEN
    + pattern("signing", "ceremony_planned")
    + "|"
    # "… 공동 협약식과 시상식을 연다": still to come, with the event it is held with.
    + _WITH_ANOTHER_EVENT
    + pattern("signing", "ceremony_planned")
    # "… 업무협약식에 참석한다": a ceremony someone will attend.
    + "|"
    + CEREMONY_WORD
    + r"에\s참석(?:한다|할\s예정)"
)
# Asked of every sentence naming an agreement: `scanner` lets the engine skip to where a
# match can start.
PLANNED_RE = scanner(PLANNED_RE)


def tells_no_signing(sentence: str) -> bool:
    """Whether a sentence naming an agreement says it is not (yet) made: planned, sought,
    called off, ended or long past ("…을 추진한다", "…을 해지했다", "지난 2019년 맺은")."""
    named = _AGREEMENT_NOUN_RE.search(sentence)
    return bool(
        NOT_SIGNING_RE.search(sentence)
        or PLANNED_RE.search(sentence)
        # "상조서비스업을 추진 중인 산림조합은 … 이번 협약으로": what is sought before the
        # agreement is named is something else.
        or any(
            not _talks_led_up(sentence, m)
            for m in _NOT_MADE_RE.finditer(
                sentence, named.start() if named else 0, _before_its_fruits(sentence)
            )
        )
        or _AGREEMENT_ENDED_RE.search(sentence) is not None
        or (named is not None and _celebrates_anniversary(sentence, named.end()))
    )


def _before_its_fruits(sentence: str) -> int:
    """Where a sentence turns to what this agreement brings ("시는 이번 협정을 통해 … 협력사업을
    추진한다", "양 기관은 협약의 실행력 확보를 위해 … 협력과제를 추진하고"): what is sought or
    stopped after that is the agreement's fruit ("학업 중단 위기 청소년"), not the agreement,
    which is ended only when it is named as what ends ("… 사업을 중단하고 협약을 해지했다").
    Without 이번, "협약으로", "협약의 세부 내용" may be talks about one to come."""
    means = _THIS_ONE_AS_MEANS_RE.search(sentence)
    return means.start() if means else len(sentence)


def _talks_led_up(sentence: str, talks: re.Match[str]) -> bool:
    """ "업무 협약을 체결한 것을 계기로 … 실무협의를 진행해 왔다", "실무협의를 거쳐 이날
    협약서에 서명했다": talks (협의 only) held up to a signing the sentence tells as done deny
    no signing; talks still under way ("논의해 왔다", "검토해 왔다", "협의를 진행해 왔으며 내년
    초 … 목표") do."""
    return (
        talks.group(0) == "협의"
        and _LED_UP_RE.match(sentence, talks.end()) is not None
        and _SIGNED_RE.search(sentence) is not None
    )


def _celebrates_anniversary(sentence: str, after: int) -> bool:
    """ "도시의 자매결연 7주년을 기념해 주최한 독주회": the anniversary of a tie celebrated, with
    no other agreement named after it; "자매결연 30주년을 맞아 … 업무협약을 체결했다" makes a new
    one."""
    celebrated = _ANNIVERSARY_RE.match(sentence, after)
    return celebrated is not None and not _AGREEMENT_NOUN_RE.search(sentence, celebrated.end())


# "교류협의회", "협의체": bodies named with 협의, which discuss nothing of the agreement; nor do
# talks that led up to it ("실무협의를 진행해 왔다").
_NOT_MADE_RE = re.compile(
    "(?:" + pattern("signing", "not_made") + "|" + pattern("signing", "ended") + ")(?![회체])"
)
# "협약을 해지했다", "협약 파기", "협약이 무산": the agreement itself ended, wherever it is said.
_AGREEMENT_ENDED_RE = re.compile(
    "(?:" + _AGREEMENT + r")(?:을|를|의|이|가)?\s?(?:" + pattern("signing", "ended") + ")"
)
_LED_UP_RE = re.compile(pattern("signing", "talks_led_up"))
_SIGNED_RE = re.compile(r"(?:체결|서명)(?:한|했|하였)|맺은|맺었")
_AGREEMENT_NOUN_RE = re.compile(_AGREEMENT)
# "이번 협정을 통해", "이번 협약에 따라", "협약의 실행력": this agreement as the means of what
# follows, or the owner of what only a made agreement has.
_THIS_ONE_AS_MEANS_RE = re.compile(
    r"이번\s(?:\S+\s){0,2}?\S*?(?:"
    + _AGREEMENT
    + r")(?:"
    + pattern("signing", "agreement_as_means")
    + r")\s|(?:"
    + _AGREEMENT
    + r")의\s(?:"
    + pattern("signing", "made_agreement_nouns")
    + ")"
)
_ANNIVERSARY_RE = re.compile(r"\s?(?:체결\s?)?\d+\s?주년\s?(?:을\s?|를\s?)?기념")
