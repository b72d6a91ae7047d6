"""Signings reported by one article: zero, one or several `AgreementReport`s.

A signing is reported by a sentence that names an agreement (업무협약, MOU, 협정 ...) together
with a signing verb (체결, 맺다, 서명, 협약식을 가졌다). Articles repeat a signing many times
(lead, caption, quotes, "협약 체결을 마친"), so such sentences are grouped: a sentence only
opens a new signing when it brings parties no earlier signing had and does not merely refer
back ("이번 협약", "체결에 따라"). Bids, meetings and festivals that speak of 협력 without such
a sentence yield nothing.

A signing is news only when the sentence reports it as the event: the signing verb is a main
or joining predicate (체결했다, 맺고, 협약식을 가졌다) dated near the article. A verb that
modifies a noun ("맺은 협약에 따라", "협약을 체결한 기업들"), a concession ("맺었지만"), a
running total ("올해 들어 9개 기업과"), an earlier year or a date months before the article
tell of a past signing as background and yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date as Day

from mouarchive.extract.clauses import find_clauses, sentence_spans, stated_count
from mouarchive.extract.dates import (
    find_date_expressions,
    is_after,
    is_announcement,
    resolve_date,
)
from mouarchive.extract.orgnames import is_generic, looks_like_org, normalize_org, region_of
from mouarchive.extract.parties import (
    NOT_SIGNER_TITLES,
    add_party,
    agency_regions,
    find_parties,
    same_organisation,
)
from mouarchive.extract.signatories import COMPANY_HEADS, find_signatories
from mouarchive.extract.tokens import split_particle
from mouarchive.models import (
    AgreementReport,
    Article,
    Clause,
    PartialDate,
    Party,
    Region,
    Signatory,
    Span,
)
from mouarchive.text.meta import parse_byline

_KIND_RE = re.compile(
    r"업무\s?협약서?|상생\s?(?:발전\s?)?협약|투자\s?(?:유치\s?)?협약|협약서|양해각서|MOU|협정서?|"
    r"합의문|합의서|협약|자매\s?결연"
)
_SIGN_VERB_RE = re.compile(
    r"체결|맺[었은고어기을는게]|서명[했하한식]|조인|협약했|손(?:을)?\s?(?:맞)?잡았|"
    # "업무협약을 통해 협력 체계를 구축했다": the signing told by what it sets up.
    r"(?:협약|협정|MOU|양해각서)(?:\([^()]{1,10}\))?[’'”\"]?(?:을|를)\s?통해\s[^.]{0,30}?"
    r"(?:체계|네트워크)를\s?(?:구축|마련)(?:했|하였|한다|하고|하기로)|"
    r"(?:협약|협정|MOU|양해각서)(?:\([^()]{1,10}\))?[’'”\"]?\s?(?:을|를)\s?"
    r"(?:했|하였|진행했|진행하였|진행하고|교환했|교환하였|교환하고|교환하며|"
    r"(?:진행|교환)?(?:할\s|한다|하기로))|"
    r"(?:협약|협정|체결|조인|서명)식[’'”\"]?\s?(?:을|를)?\s?(?:가졌|개최|열었|갖|연다|열|진행)|"
    r"(?:협약|협정|체결|조인|서명)식[’'”\"]?(?:이|은|도)\s(?:\S+\s){0,4}?(?:열렸|개최됐|진행됐)|"
    r"^(?:이번\s)?협약(?:식)?은\s(?:\S+\s){0,15}?(?:진행됐|열렸|개최됐|이뤄졌|이루어졌)|"
    r"(?:협약|협정|체결|조인|서명)식[’'”\"]?(?:이|은)\s(?:\S+\s){0,20}?참석한\s가운데\s"
    r"(?:열렸|개최됐|진행됐)"
)
_NOT_SIGNING_RE = re.compile(
    r"체결(?:을|을\s위한|을\s위해|을\s추진|을\s논의|을\s검토|을\s제안|을\s앞두|할\s수|하지\s않|되지)"
    r"(?!\s?마[친쳤])|(?:체결|맺|서명)[은한]\s?바\s?있|선정되면|선정된\s?\S+(?:과|와)는|맺지|"
    r"\d+번째\s?(?:상생|업무|투자)?\s?협약|(?:맺어|체결해)\s?(?:온|왔|오고|오며|오는)|각종\s?협약|"
    r"(?:체결|서명|맺)\S*기도\s?했|(?:체결|서명)했었|맺었었|"
    r"(?:맺고|체결하고|체결한\s?뒤|맺은\s?뒤)[^.]*?(?:해|와|어)\s?(?:왔|오고\s?있)|"
    r"(?:맺|체결하)(?:는|을)\s?(?:방안|방향|방침|것을\s?(?:검토|논의))|"
    # "체결할 예정이었으나 연기됐다": a signing called off is none.
    r"예정이었(?:으나|지만|는데)|(?:무산|취소|연기|보류)(?:됐|되었)|"
    # "협약 체결 동의안을 부결했다": a council voting on a signing is not the signing.
    r"체결\s?(?:동의안?|승인안?|안건)|부결"
)
_PLANNED_RE = re.compile(
    r"(?:협약|협정|MOU|양해각서)(?:\([^()]{1,10}\))?[’'”\"]?\s?(?:을|를)\s?(?:진행|교환)?"
    r"(?:할\s|한다|하기로)|"
    r"(?:체결|서명)(?:할|한다|하기로|될|된다)|(?:체결|서명|협약)식?\s?예정|맺을|맺는다|맺기로|"
    r"협약식을\s?(?:갖는다|연다|개최한다|가질|열\s?예정|열기로)"
)
# "대학들과 협약을 맺어 인턴십을 확대할 계획이다": with no date and no named partner, a
# signing that is only a means of a plan.
_UNNAMED_PARTNER_RE = re.compile(
    r"(?:^|\s)(?:[가-힣]+들|대학|기업|기관|업체|단체|학교|지자체)(?:과|와)\s"
)
_MEANS_OF_PLAN_RE = re.compile(
    r"(?:맺어|맺고|체결해|체결하여|체결하고)\s[^.]*?(?:계획|방침|구상)(?:이다|이라고|이라며|이며)"
)
# A signing verb used as a modifier ("맺은 협약에 따라", "협약을 체결한 기업들") or in a
# concession ("협약을 맺었지만 …") tells of a signing as background to other news; one that
# only sets the time of what follows ("체결한 뒤", "맺은 가운데") still reports it.
_BACKGROUND_VERB_RE = re.compile(
    r"(?:(?:체결|서명)(?:한|된|했던|하였던|됐던)|맺(?:은|었던)|"
    r"(?:협약|협정|MOU|양해각서)(?:\([^()]{1,10}\))?[’'”\"]?\s?(?:을|를)\s?(?:진행|교환)?"
    r"(?:한|했던|하였던))\s"
    r"(?!뒤|후|다음|직후|이후|데|가운데|바\s?있)|"
    r"(?:(?:체결|서명)(?:했|하였|됐|되었)|맺었)(?:지만|으나|는데|더라도)"
)
# A running total ("올해 들어 9개 기업과 투자협약을 맺었다", "올 한 해 동안 21개 업체와")
# sums up past signings.
_CUMULATIVE_RE = re.compile(
    r"올해|올\s?한\s?해|한\s?해\s?동안|연간|누적|그동안|그간|지금까지|이제까지|현재까지|"
    r"지난\s?\d+년\s?(?:간|동안)|(?:취임|출범)\s?(?:이후|후)|민선\s?\d+기"
)
# "A와 협약을 체결한 데 이어 12일 B와도 협약을 맺었다": the news is the signing after it.
_PRIOR_SIGNING_RE = re.compile(
    r"(?:체결|서명|맺)(?:한|은|했던)?\s?(?:데|것에|데에|것과)\s?(?:이어(?:서)?|더해|함께),?\s"
)
# A signing dated only by an earlier year ("지난해 …와 협약을 체결했다", "2021년 … 맺었다").
_PAST_YEAR_RE = re.compile(r"(?P<word>지난해|작년)|(?<!\d)(?P<year>(?:19|20)\d\d)년(?!\s?\d)")
_SUMMARY_RE = re.compile(
    r"(?:\d+|[두세네다섯])\s?건|\d+\s?(?:개|곳)\s?(?:기업|기관|업체|단체|곳|개사)(?:과|와)"
)
# "기업 7곳과 가족회사 협약을 맺었다": partners only counted, none named, tell of a programme's
# reach rather than report a signing.
_COUNTED_PARTNERS_RE = re.compile(
    r"(?:\d+여?|[두세네]|다섯|여섯|일곱|여덟|아홉|열)\s?(?:곳|개사|개\s?(?:기업|기관|업체|단체|사))"
    r"(?:과|와)(?:도|의)?\s"
)
# "세 기관은", "양측은", and "이들 기관은", where 이들 alone stands for the count.
_GROUP_SUBJECT_RE = re.compile(
    r"\s*(?:이들\s?(?:기관|도시|지자체|단체|기업|회사|대학|자치단체)|"
    r"(?:이들\s)?(?:(?:두|세|네|다섯|여섯|양|\d+개?)\s?(?:기관|도시|지자체|시·도|시도|"
    r"시·군(?:·구)?|시군(?:구)?|단체|기업|회사|대학|자치단체|공사|측)|양측|양사|3자|4자))"
    r"(?:은|는|이|가)\s"
)
_GROUP_RE = re.compile(r"\d+자|[두세네]\s?기관|양\s?기관|\d+개\s?기관")
_SIGNED_BY_RE = re.compile(
    r"서명[했하한할]|협약서에|(?:협약|협정|체결|조인|서명)식에(?:는|서)?\s|참석해|"
    r"참석한\s(?:협약|협정|체결|조인|서명)식"
)
# "이날 행사에는 A 시장과 B 대표 등이 참석했다": people present, who signed only if they head
# a party.
_ATTENDED_RE = re.compile(r"참석|자리했|함께했")
# "한빛대학교(총장 김하늘)와 남도병원(병원장 이도윤)이 …": a lead that writes each body with
# its head in brackets names who stands for it, as an attendance line does.
_HEADED_RE = re.compile(r"[^\s()]\([가-힣]{0,5}(?:장|감|대표|지사)\s[가-힣]{2,4}\)")
_REFERENCE_RE = re.compile(
    r"^(?:이번|이|해당|앞선)?\s?(?:투자|업무|상생)?\s?협약(?:은|으로|에\s?따라|을\s?통해|체결)|"
    r"^(?:양|두|세|네|이들)\s?(?:기관|시·도|도시|측)|^양측|^이에\s?따라|협약서에\s?서명|협약서에는|"
    r"^이날\s(?:협약식|협정식|조인식|서명식|행사|체결식)|"
    r"체결(?:로|에\s?따라|을\s?통해|을\s?계기로|을\s?마친|\s?이후|\s?후)"
)
# "협약 체결 이후 1년", "체결로", "체결에 따라": the signing only as the time or cause of
# what the sentence reports, which can join a signing reported before but never open one.
_AFTER_SIGNING_RE = re.compile(
    r"체결(?:로|에\s?따라|에\s?따른|을\s?통해|을\s?계기로|을\s?마친|\s?이후|\s?후|\s?뒤|\s?\d+주년)"
)
_CEREMONY_SUBJECT_RE = re.compile(
    r"^(?:이번\s|이날\s)?(?:협약|협정|체결|조인|서명)식?(?:은|는|이|도)\s"
)
_QUOTED_RE = re.compile(r"‘([^’\n]{2,60})’|'([^'\n]{2,60})'|“([^”\n]{2,60})”|\"([^\"\n]{2,60})\"")
_TRAILING_PAREN_RE = re.compile(r"\s?\([^()]*\)$")
_NOT_TITLE_RE = re.compile(r"다$|체결|했|하겠")
_TITLE_TAIL_RE = re.compile(
    r"[’'”\"]?\s?(?:을|를)\s?위한\s?(?:업무\s?|상생\s?|투자\s?)?(?:협약|MOU)"
)
_PLACE_RE = re.compile(r"(?P<word>[^\s]+)에서(?=\s)")
_PLACE_TAIL_RE = re.compile(
    r"(?:청|청사|실|룸|센터|홀|관|회관|호텔|대학교|대학|캠퍼스|본사|사옥|빌딩|타워|코엑스|킨텍스|"
    r"공원|국회|본부|사무소|단지|산단|밸리|파크|원|공사|공단|재단|은행|병원|광장|의회|재단|시장실|"
    r"집무실|식당|학교)$"
)
_PLACE_STOP_RE = re.compile(
    r"^(?:\d+시|\d+분|오전|오후|이날|전날|당일|금일|오늘|어제|그제|이튿날|다음날|최근|앞서|지난|"
    r"지난달|이달|올해|지난해|오는|또|또한|이어|특히|먼저|한편|\d+월)$|[0-3]?\d일"
)
_PARTICLE_END_RE = re.compile(r"(?:은|는|이|가|을|를|와|과|의|에|도|로|으로|께서|에는|에서는)$")
_BARE_DAY_RE = re.compile(r"^[0-3]?\d일")
_SOURCE_RE = re.compile(r"(\S+)에\s?따르면")
_LEAD_CHARS = 15
_SAME_DAY = frozenset({"이날", "당일", "금일", "오늘"})
_GWANGJU = frozenset({"광주광역시", "경기도 광주시"})


@dataclass
class _Candidate:
    """A sentence that reports a signing, with what it says about it."""

    span: Span
    parties: list[Party]
    date: tuple[PartialDate, str, Span] | None
    planned: bool
    summary: bool
    reference: bool
    kind: str
    title: str | None
    place: str | None
    afterword: bool = False
    ceremony: bool = False


@dataclass
class _Signing:
    candidates: list[_Candidate] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    # Where the text about this signing alone begins, when it shares its sentences with others
    # ("A가 B, C와 각각 협약을 맺었다" and then a paragraph on each).
    anchor: int | None = None

    @property
    def names(self) -> set[str]:
        return {p.name for p in self.parties}

    def add_parties(self, parties: list[Party]) -> None:
        for party in parties:
            add_party(self.parties, party)


def _kind_of(word: str) -> str:
    """One kind per signing, from the agreement noun nearest before the verb: "업무협약(MOU)"
    → 업무협약, "투자유치협약" → 투자협약, "양해각서" → MOU, "합의서" → 합의문, "협정서" → 협정,
    and a bare 협약/협약서 → 업무협약, the usual reading of an unqualified 협약 in the news
    (`_sister_or` then tells a sister relation apart)."""
    word = word.replace(" ", "")
    if "상생" in word:
        return "상생협약"
    if "투자" in word:
        return "투자협약"
    if word in ("MOU", "양해각서"):
        return "MOU"
    if word.startswith("협정"):
        return "협정"
    if word.startswith("합의"):
        return "합의문"
    return "업무협약"


def _sister_or(kind_hits: list[re.Match[str]], kind: str) -> str:
    """ "자매결연 협약을 맺었다": a bare 협약 of a sister relation is 자매결연, not the 업무협약
    an unqualified 협약 usually means; a named 협정 or MOU keeps its own kind."""
    sister = any(k.group(0).startswith("자매") for k in kind_hits)
    generic = all(k.group(0).replace(" ", "") in ("협약", "협약서", "자매결연") for k in kind_hits)
    return "자매결연" if sister and generic and kind == "업무협약" else kind


def _mutual(kind_hits: list[re.Match[str]]) -> str | None:
    """ "상생협약의 하나로 업무협약을 체결했다": a signing sentence that calls it 상생협약 anywhere
    names the kind more precisely than the generic noun nearest the verb."""
    return next((k.group(0) for k in kind_hits if "상생" in k.group(0)), None)


def _title(sentence: str) -> str | None:
    """A quoted agreement name ("‘상생발전을 위한 업무협약’"), or a quoted purpose the
    agreement is named after ("'…거점 조성'을 위한 업무협약")."""
    for m in _QUOTED_RE.finditer(sentence):
        inner = next(g for g in m.groups() if g is not None).strip()
        if _NOT_TITLE_RE.search(inner):
            continue
        if _KIND_RE.search(inner):
            return _TRAILING_PAREN_RE.sub("", inner)
        tail = _TITLE_TAIL_RE.match(sentence, m.end() - 1)
        if tail:
            return inner + tail.group(0).lstrip("’'”\" ")
    return None


_NEAR_DAYS = 7


def _dated_near(
    body: str,
    start: int,
    verb_at: int,
    dates: list[tuple[Span, str, PartialDate | None, bool]],
    reference: PartialDate | None,
) -> bool:
    """Whether the date right before a modifying signing verb is within days of the article
    ("지난 10일 체결한 협약에 따라 …" in an article of the 12th still reports the signing)."""
    before = [
        (found, b)
        for (a, b), _expr, found, announce in dates
        if start <= a < start + verb_at and not announce and found is not None
    ]
    if not before or before[-1][0].precision != "day":
        return False
    # "27일 감사에서 2022년 시가 맺은 협약을 따졌다": a year between re-dates the signing.
    if _earlier_year(body[before[-1][1] : start + verb_at], reference):
        return False
    ref = _day_of(reference)
    when = _day_of(before[-1][0])
    return ref is not None and when is not None and 0 <= (ref - when).days <= _NEAR_DAYS


def _day_of(found: PartialDate | None) -> Day | None:
    if found is None or None in (found.year, found.month, found.day):
        return None
    return Day(found.year, found.month, found.day)  # type: ignore[arg-type]


def _joined(first: list[Party], rest: list[Party]) -> list[Party]:
    parties = list(first)
    for party in rest:
        add_party(parties, party)
    return parties


def _earlier_year(text: str, reference: PartialDate | None) -> bool:
    """Whether `text` dates what follows only by a year before the article's."""
    if reference is None or reference.year is None:
        return False
    for m in _PAST_YEAR_RE.finditer(text):
        if m.group("word") or int(m.group("year")) < reference.year:
            return True
    return False


def _title_kind(title: str | None) -> str | None:
    """The agreement noun a quoted title ends on ("'경기 동부권 상생협약'" → 상생협약), which
    names the agreement better than a generic 업무협약서 written after the title."""
    if title is None:
        return None
    nouns = list(_KIND_RE.finditer(title))
    return nouns[-1].group(0) if nouns else None


def _place(sentence: str, verb_at: int) -> str | None:
    """The noun phrase before the first "…에서" ahead of the verb, if it names a venue."""
    for m in _PLACE_RE.finditer(sentence, 0, verb_at):
        head = m.group("word").strip("‘’'\"“”")
        if not _PLACE_TAIL_RE.search(head):
            continue
        words = [head]
        before = sentence[: m.start()].split()
        for raw in reversed(before[-3:]):
            word = raw.strip("‘’'\"“”")
            if (
                word != raw
                or _PLACE_STOP_RE.search(word)
                or _PARTICLE_END_RE.search(word)
                or "," in word
            ):
                break
            words.insert(0, word)
        return " ".join(words)
    return None


def _dates_in(
    body: str, reference: PartialDate | None
) -> list[tuple[Span, str, PartialDate | None, bool]]:
    """Every date expression of the body resolved once. "이날" takes the first day-precise
    date of the story (the lead's "27일"), not the latest one, because later dates are
    mostly background ("1월 1일 출범한").
    """
    out: list[tuple[Span, str, PartialDate | None, bool]] = []
    story_day: PartialDate | None = None
    for expr, span in find_date_expressions(body):
        base = (story_day or reference) if expr in _SAME_DAY else reference
        found, _future = resolve_date(expr, base)
        out.append((span, expr, found, is_announcement(body, span)))
        if story_day is None and found is not None and found.precision == "day":
            story_day = found
    return out


def _signing_date(
    start: int,
    end: int,
    verb_at: int,
    dates: list[tuple[Span, str, PartialDate | None, bool]],
) -> tuple[PartialDate, str, Span] | None:
    """The date nearest before the signing verb; one after it only when none precedes, and
    never the date of the press statement ("…했다고 21일 밝혔다")."""
    usable = [
        (span, expr, found)
        for span, expr, found, announce in dates
        if start <= span[0] < end and not announce and found is not None
    ]
    before = [u for u in usable if u[0][0] < verb_at]
    chosen = before[-1] if before else (usable[0] if usable else None)
    if chosen is None:
        return None
    span, expr, found = chosen
    return found, expr, span  # type: ignore[return-value]


_PRIOR_LINKS = ("이어", "더해", "함께")


def _same_day_prior(
    body: str, span: Span, dates: list[tuple[Span, str, PartialDate | None, bool]]
) -> list[Span]:
    """ "23일 A와 협약을 체결한 데 이어 B와 투자협약을 맺었다": when the date stands before the
    first signing and none before the second, both were signed that day, and the first clause
    reports a signing of its own (`_candidate` keeps the second)."""
    start, end = span
    if all(body.find(word, start, end) < 0 for word in _PRIOR_LINKS):
        return []
    sentence = body[start:end]
    found = _PRIOR_SIGNING_RE.finditer(sentence)
    prior = next((m for m in found if _SIGN_VERB_RE.search(sentence, m.end())), None)
    if prior is None:
        return []
    cut = start + prior.end()
    verb = _SIGN_VERB_RE.search(body, cut, end)
    dated_tail = verb is not None and any(cut <= d[0][0] < verb.start() for d in dates)
    return [(start, cut)] if _day_of_head(start, cut, dates) and not dated_tail else []


def _day_of_head(
    start: int, cut: int, dates: list[tuple[Span, str, PartialDate | None, bool]]
) -> tuple[PartialDate, str, Span] | None:
    """The day that dates a sentence's first signing ("23일 A와 … 체결한 데 이어"); a month or
    a year ("지난해") may be long before the second."""
    when = _signing_date(start, cut, cut, dates)
    return when if when is not None and when[0].day is not None else None


def _candidate(
    body: str,
    span: Span,
    dates: list[tuple[Span, str, PartialDate | None, bool]],
    reference: PartialDate | None,
) -> _Candidate | None:
    start, end = span
    sentence = body[start:end]
    prior = [
        m for m in _PRIOR_SIGNING_RE.finditer(sentence) if _SIGN_VERB_RE.search(sentence, m.end())
    ]
    subject: list[Party] = []
    if prior:
        head = (start, start + prior[-1].start())
        subject = [p for p in find_parties(body, head) if p.span[0] - start < _LEAD_CHARS][:1]
        start += prior[-1].end()
        sentence = body[start:end]
    kind_hits = [
        k for k in _KIND_RE.finditer(sentence) if sentence[k.start() - 1 : k.start()] != "("
    ]
    if not kind_hits:
        return None
    if _NOT_SIGNING_RE.search(sentence):
        return None
    found = list(_SIGN_VERB_RE.finditer(sentence))
    verbs = [v for v in found if not _BACKGROUND_VERB_RE.match(sentence, v.start())]
    verbs = verbs or [v for v in found if _dated_near(body, start, v.start(), dates, reference)]
    if not verbs:
        return None
    verb = verbs[0]
    parties = None
    if _COUNTED_PARTNERS_RE.search(sentence):
        parties = _joined(subject, find_parties(body, (start, end)))
        if len(parties) < 2:
            return None
    summary = bool(_SUMMARY_RE.search(sentence))
    if summary and _CUMULATIVE_RE.search(sentence):
        return None
    # "자매결연 협정식": the agreement noun, not the relation, tells the kind.
    nouns = [k for k in kind_hits if not k.group(0).startswith("자매")] or kind_hits
    before_verb = [k for k in nouns if k.start() < verb.start()] or nouns
    when = _signing_date(start, end, start + verb.start(), dates)
    if when is None and prior:
        # "23일 A와 협약을 체결한 데 이어 B와 투자협약을 맺었다": the same day.
        when = _day_of_head(span[0], start, dates)
    planned = bool(_PLANNED_RE.search(sentence)) or (
        when is None
        and _UNNAMED_PARTNER_RE.search(sentence) is not None
        and _MEANS_OF_PLAN_RE.search(sentence) is not None
    )
    title = _title(sentence)
    # "지난 2022년 … 협약을 맺고 그해 6월 서비스를 시작했다": a date after the verb does not
    # outweigh the earlier year that dates the signing.
    dated_before = when is not None and when[2][0] < start + verb.start()
    if not dated_before and _earlier_year(sentence[: verb.start()], reference):
        return None
    if planned and when is not None and _BARE_DAY_RE.match(when[1]):
        ahead, _future = resolve_date("오는 " + when[1], reference)
        when = (ahead, when[1], when[2]) if ahead is not None else when
    return _Candidate(
        span=span,
        parties=parties
        if parties is not None
        else _joined(subject, find_parties(body, (start, end))),
        date=when,
        planned=planned,
        summary=summary,
        reference=bool(_REFERENCE_RE.search(sentence)),
        kind=_sister_or(
            kind_hits, _kind_of(_title_kind(title) or _mutual(nouns) or before_verb[-1].group(0))
        ),
        title=title,
        place=_place(sentence, verb.start()),
        afterword=all(_AFTER_SIGNING_RE.match(sentence, v.start()) for v in verbs),
        ceremony=_CEREMONY_SUBJECT_RE.match(sentence) is not None,
    )


def _group(candidates: list[_Candidate]) -> list[_Signing]:
    """Sentences about one signing join it; a sentence bringing parties no signing had, and
    not referring back, opens a new one."""
    signings: list[_Signing] = []
    pending_summary: list[_Candidate] = []
    for cand in candidates:
        if cand.summary and not cand.reference:
            pending_summary.append(cand)
            continue
        if not cand.parties and signings and _tells_when(cand):
            signings[-1].candidates.append(cand)
            continue
        if not cand.parties or (cand.afterword and not signings):
            continue
        names = {p.name for p in cand.parties}
        known = set().union(*(s.names for s in signings)) if signings else set()
        incomplete = [s for s in signings if len(s.names) < 2 and s.names <= names]
        if incomplete and not cand.reference:
            incomplete[-1].candidates.append(cand)
            incomplete[-1].add_parties(cand.parties)
            continue
        if signings and (cand.reference or _covered(names, known)):
            target = max(reversed(signings), key=lambda s: len(s.names & names))
            target.candidates.append(cand)
            target.add_parties(cand.parties)
            continue
        signing = _Signing(candidates=[*pending_summary, cand])
        signing.add_parties(cand.parties)
        signings.append(signing)
    if not signings and any(c.parties for c in pending_summary):
        signing = _Signing(candidates=pending_summary)
        for cand in pending_summary:
            signing.add_parties(cand.parties)
        signings.append(signing)
    for signing in signings:
        signing.candidates.sort(key=lambda c: c.span)
    return signings


def _covered(names: set[str], known: set[str]) -> bool:
    """Every name is a known party, perhaps in its short form ("한빛대" for "한빛대학교")."""
    return all(n in known or any(same_organisation(n, k) for k in known) for n in names)


def _tells_when(cand: _Candidate) -> bool:
    """ "협약식은 전날 시청에서 열렸다": a sentence about the ceremony that names no party
    still dates the signing just reported."""
    return cand.date is not None and not cand.planned and cand.ceremony


def _own(signing: _Signing) -> list[_Candidate]:
    """The signing's own sentences first, then any summary sentence it was grouped under."""
    own = [c for c in signing.candidates if not c.summary]
    return own + [c for c in signing.candidates if c.summary]


def _best_date(signing: _Signing) -> tuple[PartialDate, str, Span] | None:
    order = {"day": 3, "month": 2, "year": 1, "unknown": 0}
    best = None
    for cand in _own(signing):
        if cand.date is None:
            continue
        if best is None or order[cand.date[0].precision] > order[best[0].precision]:
            best = cand.date
    return best


def _fill_parties(
    signing: _Signing, others: list[_Signing], body: str, sentences: list[Span]
) -> None:
    """A signing sentence that names only the counterpart ("먼저 X와 협약을 체결했다") gets
    the rest from a following "이번 협약은 A와 B, C 3자가…" sentence, else from the host every
    other signing of the article shares, else from the subject of the sentences before it."""
    counted = [c.span for c in _own(signing) if _COUNTED_PARTNERS_RE.search(body, *c.span)]
    if counted and counted[0] in sentences:
        # "기업 2곳과 투자협약을 했다. 협약식에는 … A사 대표, B사 대표가 참석했다": partners
        # counted in the signing sentence are named by the ceremony's attendance line.
        at = sentences.index(counted[0])
        signing.add_parties(_ceremony_heads(body, sentences[at + 1 : at + 3]))
    if len(signing.parties) >= 2:
        return
    first = sentences.index(_own(signing)[0].span)
    if first + 1 < len(sentences):
        nxt = sentences[first + 1]
        following = body[nxt[0] : nxt[1]]
        if _REFERENCE_RE.search(following) and _GROUP_RE.search(following):
            signing.add_parties(find_parties(body, nxt))
    for cand in signing.candidates:
        if cand.summary and len(signing.parties) < 2:
            signing.add_parties(cand.parties[:1])
    if len(signing.parties) < 2 and others:
        shared = set.intersection(*(s.names for s in others))
        host = [p for p in others[0].parties if p.name in shared]
        signing.add_parties(host[:1])
    if len(signing.parties) < 2:
        _add_source(signing, body, sentences[first])
    if len(signing.parties) < 2:
        signing.add_parties(_ceremony_heads(body, sentences[first + 1 :]))
    for k in range(first - 1, max(first - 4, -1), -1):
        if len(signing.parties) >= 2:
            return
        sent = sentences[k]
        subject = [
            p
            for p in find_parties(body, sent)
            if p.span[0] - sent[0] < _LEAD_CHARS or _SUBJECT_AFTER_RE.match(body, p.span[1])
        ]
        if subject:
            signing.add_parties(subject[:1])
            return


# "협약식에는 A 시장, B 조합장, C 지사장이 참석했다": the ceremony's own attendance line.
_CEREMONY_PRESENT_RE = re.compile(r"(?:협약|협정|체결|조인|서명)식(?:에는|엔|에)\s")


def _ceremony_heads(body: str, after: list[Span]) -> list[Party]:
    """ "서귀포시는 협약을 체결했다. … 협약식에는 A 시장, B 조합장, C 지사장이 참석했다": a
    signing sentence that names only its host leaves the partners to the heads who attended
    the ceremony, each for the body written with their title. Politicians and a list's
    closing "… 등 20여명" are guests, not signers (`find_parties` judges both)."""
    for a, b in after:
        if not (_CEREMONY_PRESENT_RE.search(body, a, b) and _ATTENDED_RE.search(body, a, b)):
            continue
        heads = {
            s.organization
            for s in find_signatories(body, (a, b))
            if s.organization and s.title not in NOT_SIGNER_TITLES
        }
        return [p for p in find_parties(body, (a, b)) if p.name in heads]
    return []


# "부품을 만드는 (주)에이치투모빌리티가 …": a subject after a long description is still the
# sentence's subject.
_SUBJECT_AFTER_RE = re.compile(r"(?:이|가|은|는)\s")


def _add_source(signing: _Signing, body: str, sentence: Span) -> None:
    """ "28일 함평군에 따르면 최근 함안군과 … 체결했다": the source is the omitted subject."""
    m = _SOURCE_RE.search(body, sentence[0], sentence[1])
    if m is None:
        return
    name = m.group(1)
    found = region_of(name, body)
    if found is not None:
        signing.add_parties([Party(found.name, m.span(1), found.name)])


def _signatories(
    signing: _Signing, body: str, passage_sentences: list[Span], everyone: list[Signatory]
) -> list[Signatory]:
    """People named in the signing sentences or in the passage's "…가 서명했다" / "협약식에는
    …" sentences; heads who are only quoted did not necessarily sign. A bare "김동연 지사"
    takes the organisation the article gives the same name elsewhere or, failing that, the one
    party a 지사/시장/군수 can head."""
    names = signing.names
    known_org = {s.name: org for s in everyone if (org := _stated_org(s, names, body))}
    spans = [c.span for c in signing.candidates if not c.summary]
    spans += [s for s in passage_sentences if _SIGNED_BY_RE.search(body, s[0], s[1])]
    present = [s for s in passage_sentences if _present_line(body, s)]
    picked: list[Signatory] = []
    seen: set[str] = set()
    # "박영호 광주시 기획조정실장": a department head of a government party whose own head is
    # there too is an attendee, not a signer.
    staff: set[str] = set()
    for sig in sorted(everyone + _back_references(body, spans, everyone), key=lambda s: s.span):
        signing_words = any(a <= sig.span[0] < b for a, b in spans)
        if sig.name in seen or not (signing_words or any(a <= sig.span[0] < b for a, b in present)):
            continue
        org = (
            _stated_org(sig, names, body)
            or known_org.get(sig.name)
            or _org_by_title(sig.title, names)
            or _org_by_unit_title(sig.title, names)
            or _org_before(body, sig.span[0], names)
        )
        written = org
        org = (
            next((n for n in names if org and same_organisation(n, org)), None)
            or _party_of_unit(org, names)
            or _party_by_kind(org, names)
            or org
        )
        implicit_head = org is None and sig.title in COMPANY_HEADS
        if org not in names and (
            org is not None
            or sig.title in NOT_SIGNER_TITLES
            or not (signing_words or implicit_head)
        ):
            continue
        seen.add(sig.name)
        picked.append(Signatory(sig.name, sig.title, org, sig.span))
        if written and org and written.startswith(org + " ") and region_of(org, body):
            staff.add(sig.name)
    heads = {s.organization for s in picked if s.name not in staff}
    picked = [s for s in picked if s.name not in staff or s.organization not in heads]
    picked = _last_company_head(picked, signing.parties)
    # "이 자리에는 A 시장과 B 대표가 함께했다": a present 대표 counts only once he heads a party.
    return [
        s for s in picked if s.organization is not None or any(a <= s.span[0] < b for a, b in spans)
    ]


def _present_line(body: str, sentence: Span) -> bool:
    """A sentence that names people present: an attendance line or a lead of bracketed heads."""
    a, b = sentence
    if _ATTENDED_RE.search(body, a, b):
        return True
    return body.find("(", a, b) >= 0 and _HEADED_RE.search(body, a, b) is not None


def _stated_org(sig: Signatory, names: set[str], body: str) -> str | None:
    """A company head's organisation read off a bare word before the name ("곤지암로지스 한도윤
    대표") is a guess; when it matches no party the text leaves the company implicit. One
    written between the name and the title ("정인수 목포상의 회장") is stated."""
    org = sig.organization
    if org is None or sig.title not in COMPANY_HEADS or looks_like_org(org):
        return org
    written = body[sig.span[0] : sig.span[1]]
    if written.startswith(sig.name) and org in written:
        return org
    return org if any(same_organisation(n, org) for n in names) else None


_SHORT_MENTION_RE = re.compile(
    r"(?<![가-힣])(?P<surname>[가-힣])\s(?P<title>시장|군수|구청장|도지사|지사|총장|대표|회장|"
    r"이사장|사장|원장|청장|교육감|조합장|본부장)(?=과|와|은|는|이|가|,|\s)"
)


def _back_references(body: str, spans: list[Span], everyone: list[Signatory]) -> list[Signatory]:
    """ "박 시장과 정인수 회장이 협약서에 서명했다": a surname and title in a signing sentence
    stand for the one person of that surname and title the article named in full."""
    found: list[Signatory] = []
    for a, b in spans:
        for m in _SHORT_MENTION_RE.finditer(body, a, b):
            named = {
                s.name: s
                for s in everyone
                if s.name.startswith(m.group("surname")) and s.title == m.group("title")
            }
            if len(named) == 1:
                sig = next(iter(named.values()))
                found.append(Signatory(sig.name, sig.title, sig.organization, m.span()))
    return found


def _last_company_head(picked: list[Signatory], parties: list[Party]) -> list[Signatory]:
    """A 대표 whose company the text leaves implicit heads the one party that is no local
    government and has no other signer ("(방세환 시장, 김유성 조합장, 오재민 대표)")."""
    loose = [k for k, s in enumerate(picked) if s.organization is None and s.title in COMPANY_HEADS]
    claimed = {s.organization for s in picked}
    free = [p.name for p in parties if p.region is None and p.name not in claimed]
    if len(loose) == 1 and len(free) == 1:
        sig = picked[loose[0]]
        picked[loose[0]] = Signatory(sig.name, sig.title, free[0], sig.span)
    return picked


def _within(sentences: list[Span], passage: Span) -> list[Span]:
    return [s for s in sentences if passage[0] <= s[0] and s[1] <= passage[1]]


_TITLE_HEADS: dict[str, tuple[str, ...]] = {
    "지사": ("도",),
    "도지사": ("도",),
    "시장": ("시",),
    "군수": ("군",),
    "구청장": ("구",),
    "조합장": ("조합", "농협", "수협", "축협", "신협"),
    "총장": ("대학교", "대학"),
    "학장": ("대학",),
    "원장": ("원",),
    "서장": ("서",),
    "교육감": ("교육청",),
    "연구원장": ("연구원",),
    "진흥원장": ("진흥원",),
    "병원장": ("병원",),
    "은행장": ("은행",),
    "협회장": ("협회",),
    "본부장": ("본부",),
    "이사장": ("공단", "재단", "조합", "금고"),
    "센터장": ("센터",),
    "관장": ("관",),
}


_WORD_BEFORE_RE = re.compile(r"(\S+)\s$")


def _org_before(body: str, at: int, names: set[str]) -> str | None:
    """ "남부발전 이승우 사장": a party's short name just before a head's name."""
    m = _WORD_BEFORE_RE.search(body, max(at - 20, 0), at)
    if m is None:
        return None
    return next((n for n in names if same_organisation(n, m.group(1))), None)


def _org_by_title(title: str | None, names: set[str]) -> str | None:
    """The one party a bare title can head: a 시장 its 시, a 조합장 its 농협 or 조합, a 총장
    its university ("(방세환 시장, 김유성 조합장, 오재민 대표)")."""
    endings = _TITLE_HEADS.get(title or "")
    if endings is None:
        return None
    fits = [n for n in names if n.split()[-1].endswith(endings)]
    return fits[0] if len(fits) == 1 else None


def _party_of_unit(org: str | None, names: set[str]) -> str | None:
    """ "한은 경기본부" for the party "한국은행 경기본부": the one party with the same unit
    whatever short name the organisation goes by."""
    if not org or " " not in org:
        return None
    unit = org.rsplit(" ", 1)[1]
    fits = [n for n in names if " " in n and n.rsplit(" ", 1)[1] == unit]
    return fits[0] if len(fits) == 1 else None


def _party_by_kind(org: str | None, names: set[str]) -> str | None:
    """ "협동조합 한미숙 이사장": a head named with only the kind of body ("협동조합", "재단")
    heads the one party whose name ends with it."""
    if not org or " " in org or len(org) < 2:
        return None
    fits = [n for n in names if n.endswith(org) and n != org]
    return fits[0] if len(fits) == 1 else None


def _org_by_unit_title(title: str | None, names: set[str]) -> str | None:
    """ "박하람 진로취업처장": the one party whose unit the title names ("한빛대학교
    진로취업처")."""
    if not title or not title.endswith("장") or len(title) < 4:
        return None
    fits = [n for n in names if n.split(" ")[-1] == title[:-1]]
    return fits[0] if len(fits) == 1 else None


def _people(body: str, sentences: list[Span], candidates: list[_Candidate]) -> list[Signatory]:
    """Titled people of the sentences that can name signers: the signing sentences and the
    "…가 서명했다" / "협약식에는 …" ones. Tokenising only these keeps long articles cheap."""
    wanted = {c.span for c in candidates}
    wanted.update(
        s for s in sentences if _SIGNED_BY_RE.search(body, s[0], s[1]) or _present_line(body, s)
    )
    return [sig for span in sorted(wanted) for sig in find_signatories(body, span)]


def _regions(parties: list[Party], body: str) -> list[Region]:
    """Regions come from parties that are local governments, or that the article calls one's
    agency ("광주시 산하 X"); a bare 광주 the article never pins down stays marked ambiguous."""
    regions: list[Region] = []
    agencies = agency_regions(body)
    for party in parties:
        found = _party_region(party, body, agencies)
        if found is not None and all(r.name != found.name for r in regions):
            regions.append(found)
    return regions


def _party_region(party: Party, body: str, agencies: dict[str, Region]) -> Region | None:
    if party.region is None:
        return next((r for n, r in agencies.items() if same_organisation(n, party.name)), None)
    surface = body[party.span[0] : party.span[1]]
    if party.region in _GWANGJU and "광역" not in surface and "경기" not in surface:
        bare = region_of("광주시", body)
        return Region(party.region, ambiguous=bare is not None and bare.ambiguous)
    return Region(party.region)


_SAME_EVENT_RE = re.compile(r"^(?:이어|이\s?자리에서|이와\s?함께|아울러|이날|행사에서|또한|또)\s")


def _same_event(signing: _Signing, body: str) -> bool:
    """Whether an undated signing shares the story's day: it was announced as one of several
    at the event ("협약 3건이 체결됐다") or is told as part of it ("이 자리에서 …")."""
    if any(c.summary for c in signing.candidates):
        return True
    start, end = _own(signing)[0].span
    return _SAME_EVENT_RE.match(body[start:end]) is not None


def _story_date(
    dates: list[tuple[Span, str, PartialDate | None, bool]], signings: list[_Signing]
) -> tuple[PartialDate, str, Span] | None:
    """The day the story happens on (its first day-precise, non-statement date before the
    first signing sentence), which undated signings at the same event share ("개원식과 함께
    협약 3건이 체결됐다"). An article that only says when it announced gives none."""
    first = min(c.span[0] for s in signings for c in s.candidates)
    for span, expr, found, announce in dates:
        if span[0] >= first:
            break
        if not announce and found is not None and found.precision == "day":
            return found, expr, span
    return None


def _passages(signings: list[_Signing], body_len: int, breaks: list[int]) -> list[Span]:
    """The text each signing owns: from its first sentence to the next signing's first, or the
    whole body when the article reports a single signing; never past the story it is in."""
    if len(signings) == 1:
        at = _start(signings[0])
        begin = max((b for b in breaks if b <= at), default=0)
        return [(begin, next((b for b in breaks if b > at), body_len))]
    starts = [
        s.anchor if s.anchor is not None else min(c.span[0] for c in _own(s) if not c.summary)
        for s in signings
    ]
    ends = [min([b for b in starts if b > a], default=body_len) for a in starts]
    return [(a, min([e, *(b for b in breaks if b > a)])) for a, e in zip(starts, ends, strict=True)]


def _start(signing: _Signing) -> int:
    return min(c.span[0] for c in signing.candidates)


# "A가 B, C와 각각 협약을 맺었다": one signing with each listed partner.
_EACH_RE = re.compile(r"(?:와|과)\s?각각\s")
_LIST_GAP_RE = re.compile(r"^(?:,\s?|·|\s?및\s|(?:와|과)\s)$")


def _split_each(signings: list[_Signing], body: str, sentences: list[Span]) -> list[_Signing]:
    """A host that signed with each of several partners in turn made several agreements; each
    keeps the host, its partner and the text that follows the partner's next mention."""
    out: list[_Signing] = []
    for signing in signings:
        lead = _own(signing)[0]
        m = _EACH_RE.search(body, lead.span[0], lead.span[1])
        partners = _partner_list(lead.parties, body, m.start()) if m else []
        hosts = [p for p in signing.parties if p not in partners]
        if len(partners) < 2 or len(hosts) != 1:
            out.append(signing)
            continue
        later = [s for s in sentences if s[0] >= lead.span[1]]
        for partner in partners:
            anchor = next(
                (
                    s[0]
                    for s in later
                    if any(same_organisation(p.name, partner.name) for p in find_parties(body, s))
                ),
                None,
            )
            out.append(_Signing(signing.candidates, [hosts[0], partner], anchor))
    return out


def _partner_list(parties: list[Party], body: str, at: int) -> list[Party]:
    """The parties listed right before `at` ("B, C와 각각"), joined only by commas, 및 or 와."""
    ordered = sorted(parties, key=lambda p: p.span)
    listed: list[Party] = []
    end = at
    for party in reversed(ordered):
        gap = body[party.span[1] : end]
        if party.span[1] > end or not (gap == "" or _LIST_GAP_RE.match(gap)):
            break
        listed.insert(0, party)
        end = party.span[0]
    return listed


# "장흥군, 한우 유통 협약": a headline, which opens another story on a newspaper page printed
# as one article (a marked line "■ …" is as often a list item, so it is no sign).
_HEADLINE_RE = re.compile(r"^[가-힣A-Za-z0-9·]{2,14},\s\S[^.!?]{2,50}$")
_UNFINISHED_RE = re.compile(r"(?:다|[.!?\"”’')\]])$")


def _story_breaks(body: str) -> list[int]:
    """Offsets of lines that start another story inside one article's body: a byline closes the
    story before it, a headline opens the next; parties, people and clauses stay on their side."""
    breaks: list[int] = []
    pos = 0
    for line in body.splitlines(keepends=True):
        text = line.strip()
        if pos and text and (parse_byline(text) is not None or _is_headline(text)):
            breaks.append(pos)
        pos += len(line)
    return breaks


# "첫째, 지역 인재 우선 채용", "한편, …": an ordinal or a connective before the comma opens
# a list item or a sentence of the same story.
_NOT_HEADLINE_RE = re.compile(r"^(?:[가-힣]+째|한편|또한|특히|이어|아울러|먼저|끝으로|마지막으로),")


def _is_headline(line: str) -> bool:
    if _UNFINISHED_RE.search(line) or _NOT_HEADLINE_RE.match(line):
        return False
    return bool(_HEADLINE_RE.match(line))


def _same_story(a: int, b: int, breaks: list[int]) -> bool:
    low, high = min(a, b), max(a, b)
    return not any(low < brk <= high for brk in breaks)


def _shift(spans: list[Span], by: int) -> list[Span]:
    return [(a + by, b + by) for a, b in spans]


def _offset(clauses: list[Clause], shift: int) -> list[Clause]:
    return [Clause(c.text, (c.span[0] + shift, c.span[1] + shift)) for c in clauses]


def extract_agreements(article: Article) -> list[AgreementReport]:
    """The signings `article` reports, each with what the article says about it."""
    body = article.body
    if not _KIND_RE.search(body):
        return []
    sentences = sentence_spans(body)
    dates = _dates_in(body, article.published)
    candidates = [
        c
        for s in sentences
        for part in (*_same_day_prior(body, s, dates), s)
        if (c := _candidate(body, part, dates, article.published)) is not None
    ]
    _fill_group_subjects(body, sentences, candidates, article.title)
    signings = _split_each(_group(candidates), body, sentences)
    if not signings:
        return _headline_report(body, dates, article.published)
    everyone = _people(body, sentences, candidates)
    story = _story_date(dates, signings)
    reports: list[AgreementReport] = []
    breaks = _story_breaks(body)
    for signing in signings:
        at = _start(signing)
        others = [s for s in signings if s is not signing and _same_story(at, _start(s), breaks)]
        lead = _own(signing)[0].span[0]
        story_sentences = [s for s in sentences if _same_story(s[0], lead, breaks)]
        _fill_parties(signing, others, body, story_sentences)
    for signing, passage in zip(signings, _passages(signings, len(body), breaks), strict=True):
        own_sentences = _within(sentences, passage)
        report = _report(
            signing, body, passage, own_sentences, everyone, article.published, story, dates
        )
        if report is not None:
            reports.append(report)
    return reports


# "[포토] 영광군-한빛원자력본부, 지역인재 채용 확대 업무협약": a headline that joins two
# parties with - or · and ends on the agreement noun reports a signing.
_HEADLINE_SIGNING_RE = re.compile(
    r"^(?:\[[^\]\n]{1,10}\]\s?)?(?P<a>(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20})[-·]"
    r"(?P<b>(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20}),\s"
    r"[^.!?\n]{0,40}?(?P<kind>업무\s?협약|상생\s?협약|투자\s?협약|협약|MOU|양해각서)(?:\s?체결)?$"
)


def _headline_report(
    body: str,
    dates: list[tuple[Span, str, PartialDate | None, bool]],
    published: PartialDate | None,
) -> list[AgreementReport]:
    """A page whose only word of the signing is its headline (a photo with its caption cut, a
    brief) still reports it, on the story's day or, with none given, the day it appeared."""
    first = sentence_spans(body)[:1]
    if not first:
        return []
    start, end = first[0]
    m = _HEADLINE_SIGNING_RE.match(body[start:end])
    if m is None:
        return []
    parties = find_parties(body, first[0])
    if len(parties) < 2:
        # "포항시-동해수소, …투자협약": the two names the headline joins are the parties.
        for g in ("a", "b"):
            found = region_of(m.group(g), body)
            name = found.name if found else normalize_org(m.group(g), body)
            add_party(
                parties,
                Party(name, (start + m.start(g), start + m.end(g)), found.name if found else None),
            )
    if len(parties) < 2:
        return []
    day = next(
        (
            (found, expr, span)
            for span, expr, found, announce in dates
            if not announce and found is not None and found.precision == "day"
        ),
        None,
    )
    if day is None and (published is None or published.precision != "day"):
        return []
    return [
        AgreementReport(
            title=None,
            kind=_kind_of(m.group("kind")),
            status="signed",
            date=day[0] if day else published,
            date_text=day[1] if day else None,
            date_span=day[2] if day else None,
            parties=parties,
            regions=_regions(parties, body),
            clauses=find_clauses(body),
            clauses_stated=stated_count(body),
            evidence_span=(start, end),
        )
    ]


def _fill_group_subjects(
    body: str, sentences: list[Span], candidates: list[_Candidate], headline: str | None
) -> None:
    """ "세 기관은 13일 … 협약을 체결했다" names its parties in the sentence before (the lede
    "A와 B, C가 손을 잡았다"), failing that the one after, failing that the headline."""
    index = {s: i for i, s in enumerate(sentences)}
    for cand in candidates:
        group = _GROUP_SUBJECT_RE.match(body, cand.span[0])
        if cand.parties or group is None:
            continue
        k = index[cand.span]
        for near in (k - 1, k + 1):
            if 0 <= near < len(sentences):
                found = find_parties(body, sentences[near])
                if len(found) >= 2:
                    cand.parties.extend(found)
                    break
        if not cand.parties:
            cand.parties.extend(_headline_parties(headline, body, group.span()))


# "청양군-칠갑산농협, 로컬푸드 직거래 '맞손'", "A시·B재단·C은행, …": a headline that joins the
# names with - or · before its comma lists the parties the body calls "양 기관".
_HEADLINE_NAMES_RE = re.compile(
    r"^(?:\[[^\]\n]{1,10}\]\s?)?(?P<names>(?:(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20}[-·]){1,4}"
    r"(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20}),\s"
)


def _headline_parties(headline: str | None, body: str, at: Span) -> list[Party]:
    """The parties a headline joins, each pointing at the body's "양 기관" that stands for them
    (the headline is not part of the body the spans index). One of them must be a local
    government or carry an organisation's suffix; a company may go by a bare name."""
    m = _HEADLINE_NAMES_RE.match(headline or "")
    if m is None:
        return []
    parties: list[Party] = []
    known = False
    for word in re.split(r"[-·]", m.group("names")):
        if is_generic(word):
            return []
        found = region_of(word, body)
        name = found.name if found else normalize_org(word, body)
        known = known or found is not None or looks_like_org(name)
        add_party(parties, Party(name, at, found.name if found else None))
    return parties if known and len(parties) >= 2 else []


_BACKGROUND_DAYS = 90


def _long_before(found: PartialDate, reference: PartialDate | None) -> bool:
    """A signing dated months before the article ("지난해 9월 협약을 맺은 뒤") is background to
    other news, not a report of a signing."""
    if reference is None or reference.year is None or found.year is None:
        return False
    if found.month is None or reference.month is None:
        return found.year < reference.year
    months = (reference.year - found.year) * 12 + reference.month - found.month
    if found.day is None or reference.day is None:
        return months >= _BACKGROUND_DAYS // 30
    ref = Day(reference.year, reference.month, reference.day)
    return (ref - Day(found.year, found.month, found.day)).days > _BACKGROUND_DAYS


_PROVINCE_FULL_RE = re.compile(r"[가-힣]{2}[북남]도")


def _spelled_in_full(short: str, long: str) -> bool:
    """ "치악대" for "한빛대학교", "충북교육청" for "충청북도교육청": the article's longer
    spelling of the same body, down to its province written out."""
    if len(long) <= len(short) or not long.startswith(short[0]):
        return False
    if same_organisation(short, long):
        return True
    rest = short[2:]
    head = long[: len(long) - len(rest)]
    return (
        len(rest) >= 2
        and long.endswith(rest)
        and bool(_PROVINCE_FULL_RE.fullmatch(head))
        and head[2] == short[1]
    )


def _full_names(parties: list[Party], body: str) -> dict[str, str]:
    """A party the signing sentence calls by a short name ("치악대는 … 맺었다") goes by the
    full name the article also writes ("치악대학교(총장 …)"), the one a reader searches for."""
    renamed: dict[str, str] = {}
    for party in parties:
        name = party.name
        if party.region is not None or " " in name or not name.isalnum():
            continue
        longer = {
            stem
            for m in re.finditer(rf"(?<![가-힣]){name[0]}[가-힣]{{{len(name)},}}", body)
            if _spelled_in_full(name, stem := split_particle(m.group(0))[0])
            and looks_like_org(stem)
        }
        if len(longer) == 1:
            renamed[name] = longer.pop()
    return renamed


# "전날 시청에서 열린 협약식에는 …": the ceremony named as such, in the sentence after the lead.
_CEREMONY_WORD_RE = re.compile(r"(?:협약|협정|체결|조인|서명)식")


def _ceremony_date(
    lead: Span,
    sentences: list[Span],
    body: str,
    dates: list[tuple[Span, str, PartialDate | None, bool]],
) -> tuple[PartialDate, str, Span] | None:
    """ "X와 협약을 맺었다고 8일 밝혔다. 전날 열린 협약식에는 …": a lead that dates only its
    statement leaves the signing day to the next sentence, which tells of the ceremony; the
    date must come before the ceremony word, as the one that dates it."""
    after = [s for s in sentences if s[0] >= lead[1]][:1]
    if not after:
        return None
    a, b = after[0]
    word = _CEREMONY_WORD_RE.search(body, a, b)
    if word is None:
        return None
    for span, expr, found, announce in dates:
        if a <= span[0] < word.start() and not announce and found and found.precision == "day":
            return found, expr, span
    return None


def _report(
    signing: _Signing,
    body: str,
    passage: Span,
    passage_sentences: list[Span],
    everyone: list[Signatory],
    reference: PartialDate | None,
    story_date: tuple[PartialDate, str, Span] | None,
    dates: list[tuple[Span, str, PartialDate | None, bool]],
) -> AgreementReport | None:
    own = _own(signing)
    date = (
        _best_date(signing)
        or _ceremony_date(own[0].span, passage_sentences, body, dates)
        or (story_date if _same_event(signing, body) else None)
    )
    future = date is not None and is_after(date[0], reference)
    planned = future or (own[0].planned and not any(not c.planned for c in own))
    if (planned and date is None) or (date is not None and _long_before(date[0], reference)):
        return None
    text = body[passage[0] : passage[1]]
    full = _full_names(signing.parties, body)
    signers = _signatories(signing, body, passage_sentences, everyone)
    return AgreementReport(
        title=next((c.title for c in own if c.title), None),
        kind=own[0].kind,
        status="planned" if planned else "signed",
        date=date[0] if date else None,
        date_text=date[1] if date else None,
        date_span=date[2] if date else None,
        place=next((c.place for c in own if c.place), None),
        parties=[replace(p, name=full.get(p.name, p.name)) for p in signing.parties],
        signatories=[
            replace(g, organization=full.get(g.organization or "", g.organization)) for g in signers
        ],
        regions=_regions(signing.parties, body),
        clauses=_offset(find_clauses(text, _shift(passage_sentences, -passage[0])), passage[0]),
        clauses_stated=stated_count(text),
        evidence_span=own[0].span,
    )
