"""Which sentences report a signing, and what each says about it (`Candidate`).

A signing is reported by a sentence that names an agreement (업무협약, MOU, 협정 ...) together
with a signing verb (체결, 맺다, 서명, 협약식을 가졌다). Bids, meetings and festivals that speak
of 협력 without such a sentence yield nothing.

A signing is news only when the sentence reports it as the event: the signing verb is a main
or joining predicate (체결했다, 맺고, 협약식을 가졌다) dated near the article. A verb that
modifies a noun ("맺은 협약에 따라", "협약을 체결한 기업들"), a concession ("맺었지만"), a
running total ("올해 들어 9개 기업과"), an earlier year or a date months before the article
tell of a past signing as background and yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mouarchive.extract.dates import long_before, resolve_date
from mouarchive.extract.kind_title_place import (
    KIND_RE,
    agreement_kind,
    quoted_title,
    signing_place,
)
from mouarchive.extract.parties import find_parties
from mouarchive.extract.rosters import counted_roster
from mouarchive.extract.same_org import add_party
from mouarchive.extract.signing_dates import (
    DateHit,
    dated_near,
    dates_between,
    day_of_head,
    earlier_year,
    several_years,
    signing_date,
)
from mouarchive.extract.speech import in_speech
from mouarchive.models import PartialDate, Party, Span
from mouarchive.text.scan import scanner
from mouarchive.vocab import alternation, pattern, words


def _words(name: str, *more: str) -> str:
    return alternation((*words("signing", name), *more))


_VERB = pattern("signing", "signing_verbs")
_STEM = pattern("signing", "signing_stems")
# "협약(MOU)을", "‘… 협약식’을": what may close an agreement's or a ceremony's noun before
# its particle, a bracket or a closing quote.
_CLOSING = r"(?:\([^()]{1,10}\))?[’'”\"]?"
# "협약(MOU)을", "업무협약’을": an agreement noun as an object, its bracket or quote between.
_OBJECT = pattern("signing", "agreement_objects") + _CLOSING
_LIGHT_STEM = pattern("signing", "light_verb_stems")
# "협약을 체결할", "협약을 진행한다", "상생발전 협약을 갖는다", "양해각서를 주고받는다": the
# light verb still to come.
_PLANNED_LIGHT = (
    r"(?:" + _LIGHT_STEM + r"?(?:할\s|한다|하기로)|갖는다|가질\s|갖기로|주고받(?:는다|을\s|기로))"
)
# "투자협약을 서면으로 했다": how it was done, between the agreement and its light verb.
_MANNER = r"(?:" + pattern("signing", "manner_adverbials") + r"\s)?"
# "협약식", "체결식": a ceremony of signing.
CEREMONY_WORD = pattern("signing", "ceremony_stems") + r"(?:식|\s?행사)"
# "'우정의 뱃길' 협약식을 27일 오전 시청 국제회의실에서 개최한다": the ceremony, then when and
# where, then the verb; a word with an object of its own in between ("협약식을 위한 회의를
# 열었다"), a verb the ceremony is the object of ("협약식을 취소하는 대신", "미루고") or a
# topic of another event ("실무회의도") makes the verb another event's.
_THEN_WHEN = (
    r"(?:을|를)\s(?:(?!위한|위해|앞두|취소|연기|미루|미뤄|대신)"
    r"[^\s.]*[^\s.을를고며도만]\s){1,8}?"
)
_CEREMONY_THEN_WHEN = CEREMONY_WORD + _CLOSING + _THEN_WHEN
_TOOK_PLACE = pattern("signing", "ceremony_took_place")
# "‘상생협력벨트 MOU 및 워크숍’을 열었다": an event named for its agreement, held.
_NAMED_EVENT = (
    r"[‘'“\"][^’'”\"\n]{0,40}?"
    + pattern("agreement_kinds", "core_nouns")
    + r"[^’'”\"\n]{0,20}[’'”\"]\s?(?:을|를)\s?"
    + pattern("signing", "event_held")
)
# "지난 8일 구청장실에서 진행된 이번 협약은 …": the signing just told, dated as held.
_HELD_THIS = (
    r"(?:진행된|체결된|열린|개최된)\s이번\s[가-힣]{0,4}"
    + pattern("signing", "ceremony_stems")
    + r"식?(?:은|는|이)\s"
)
_SIGN_VERB_RE = scanner(
    re.compile(
        _VERB
        + "|"
        + _HELD_THIS
        + "|"
        + _NAMED_EVENT
        + "|"
        # "업무협약을 통해 협력 체계를 구축했다": the signing told by what it sets up.
        + _OBJECT
        + r"(?:을|를)\s?통해\s[^.]{0,30}?"
        + pattern("signing", "set_up_nouns")
        + r"를\s?"
        + pattern("signing", "set_up_verbs")
        + r"(?:했|하였|한다|하고|하기로)|"
        + _OBJECT
        + r"\s?(?:을|를|도)\s?"
        + _MANNER
        + "(?:"
        + pattern("signing", "light_verbs")
        + "|"
        + _PLANNED_LIGHT
        # "협약을 하고자", "협약식을 진행하고자": a signing meant, not made. ("협약을 하고
        # 있다" is mostly a photo of the signing.)
        + ")(?!하?고?자)|"
        + CEREMONY_WORD
        + _CLOSING
        + r"\s?(?:을|를)?\s?"
        + pattern("signing", "ceremony_held")
        + "(?!하?고?자)|"
        + _CEREMONY_THEN_WHEN
        + "(?:"
        + pattern("signing", "ceremony_held_past")
        + "|"
        + pattern("signing", "ceremony_planned")
        + ")|"
        # "‘… 상생협약’을 9일 가졌다": the agreement itself, then its day, then held.
        + _OBJECT
        + _THEN_WHEN
        + pattern("signing", "ceremony_held_past")
        + "|"
        + CEREMONY_WORD
        # "자매결연식이 현지시간 19일, 대만 화련현 정부청사 대회의실에서 열렸다": more words
        # only when they end on the venue.
        + r"[’‘'”“\"]?(?:이|은|도)\s(?:(?:\S+\s){0,4}?|(?:\S+\s){0,7}\S+에서\s)"
        + _TOOK_PLACE
        + "|"
        + r"^(?:이번\s)?협약(?:식)?은\s(?:\S+\s){0,15}?"
        + _words("ceremony_took_place", *words("signing", "agreement_took_place"))
        + "|"
        + CEREMONY_WORD
        + r"[’‘'”“\"]?(?:이|은)\s(?:\S+\s){0,30}?참석한\s가운데\s"
        + _TOOK_PLACE
        # "이날 A 군수와 B 총장은 협약식에서 상호협력을 다짐했다": the ceremony, held.
        + r"|"
        + CEREMONY_WORD
        + r"에서\s(?:\S+\s){0,6}?"
        + pattern("signing", "pledged_at_ceremony")
        # "23일 도청에서 열린 협약식에는 A 도지사와 B 총장 등이 참석했다", "업무협약식에는
        # A 원장, B 회장 등 30여 명이 함께했다": a ceremony held.
        + r"|(?P<attended>(?:(?:열린|개최된|진행된)\s|^(?:이날\s)?[가-힣]{0,4})"
        + CEREMONY_WORD
        + r"에는\s(?:\S+\s){0,30}?(?:참석(?:했|하였|해)|함께했|자리했))"
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
# The gaps a rule reads over are bounded (a word of 40 letters, a sentence of 300): within
# them each rule reads as written, and a line of thousands of "맺고" or "체결" is not reread
# to its end from each of them.
_WORD_GAP = 40
_SENTENCE_GAP = 300
_NOT_SIGNING_RE = scanner(
    re.compile(
        pattern("signing", "not_yet_signed")
        + r"(?!\s?(?:마[친쳤]|(?:실시|진행)(?:했|하였)다|가졌다))|"
        + _STEM
        + rf"[은한]\s?바\s?있|선정되면|선정된\s?\S{{1,{_WORD_GAP}}}(?:과|와)는|"
        + r"(?<!\d)\d+번째\s?(?:상생|업무|투자)?\s?협약|"
        + _STEM
        + rf"\S{{0,{_WORD_GAP}}}기도\s?했|"
        # "2016년 1월 … 의향서를 체결하며 … 협력을 해나가기로 한 바 있다": the whole sentence
        # told as what once was.
        + rf"(?:체결하며|체결하고|맺으며|맺고)\s[^.]{{0,{_SENTENCE_GAP}}}?[은한]\s?바\s?있|"
        + r"(?:맺고|체결하고|"
        + _OBJECT
        + r"\s?(?:을|를)\s?하고|(?:체결한|맺은)\s?(?:뒤|이후|이래)|체결,\s?그\s?(?:후|뒤|이후))"
        + rf"[^.]{{0,{_SENTENCE_GAP}}}?(?:해|와|어|쳐|려|워|혀|켜|춰|져)\s?(?:왔|오고\s?있)|"
        # "2019년 9월 19일 자매결연을 체결하고 … 매년 상호 교류 방문을 하고 있다": the tie
        # as the start of what the parties do every year.
        + r"(?:맺고|체결하고|"
        + _OBJECT
        + r"\s?(?:을|를)\s?하고)\s"
        + rf"[^.]{{0,{_SENTENCE_GAP}}}?(?:매년|해마다|꾸준히)\s[^.]{{0,{_SENTENCE_GAP}}}?있다|"
        + r"(?:맺|체결하)(?:는|을)\s?(?:방안|방향|방침|것을\s?(?:검토|논의))|"
        + pattern("signing", "not_news")
        + "|"
        + pattern("signing", "called_off")
    )
)
# "자매결연 체결을 위한 의향서를 교환했다", "우호협력도시 체결을 목표로 교류 확대를 약속하는
# 양해각서를 주고받는다": a document signed (or to be signed) on the way to a later agreement
# is a signing of its own.
_TOWARDS_RE = re.compile(
    pattern("signing", "towards_a_signing")
    + r"\s(?:\S+\s){0,4}?"
    + _OBJECT
    + r"(?:을|를|에)\s?(?:"
    + pattern("signing", "light_verbs")
    + "|"
    + _PLANNED_LIGHT
    + "|"
    + _VERB
    + ")"
)
_PLANNED_RE = re.compile(
    _OBJECT
    + r"\s?(?:을|를)\s?"
    + _PLANNED_LIGHT
    + "|"
    + pattern("signing", "planned")
    + "|"
    # "‘부산~후쿠오카 우정의 뱃길 협약식’을 갖는다": a ceremony still to come, its name quoted.
    + CEREMONY_WORD
    + _CLOSING
    + r"\s?(?:을|를)\s?"
    + pattern("signing", "ceremony_planned")
    + "|"
    + _CEREMONY_THEN_WHEN
    + pattern("signing", "ceremony_planned")
    # "… 업무협약식에 참석한다": a ceremony someone will attend.
    + "|"
    + CEREMONY_WORD
    + r"에\s참석(?:한다|할\s예정)"
)
# "대학들과 협약을 맺어 인턴십을 확대할 계획이다": with no date and no named partner, a
# signing that is only a means of a plan.
_UNNAMED_PARTNER_RE = re.compile(
    r"(?:^|\s)(?:[가-힣]+들|대학|기업|기관|업체|단체|학교|지자체)(?:과|와)\s"
)
# A date right before a signing verb that modifies a noun ("1994년 11월 체결한 … 협정서를").
_MODIFIER_AFTER_RE = re.compile(
    r"(?:에|에\s?이미)?\s?(?:" + pattern("signing", "modifier_forms") + r")\s"
)
_MEANS_OF_PLAN_RE = re.compile(
    r"(?:맺어|맺고|체결해|체결하여|체결하고)\s"
    + rf"[^.]{{0,{_SENTENCE_GAP}}}?(?:계획|방침|구상)(?:이다|이라고|이라며|이며)"
)
# A signing verb used as a modifier ("맺은 협약에 따라", "협약을 체결한 기업들") or in a
# concession ("협약을 맺었지만 …") tells of a signing as background to other news; one that
# only sets the time of what follows ("체결한 뒤", "맺은 가운데") still reports it.
_ADNOMINAL_AFTER_RE = re.compile(r"\s[가-힣]+(?:하는|한|된|할|되는)\s")
_BACKGROUND_VERB_RE = re.compile(
    r"(?:"
    + pattern("signing", "modifier_forms")
    + "|"
    + _OBJECT
    + r"\s?(?:을|를)\s?"
    + _LIGHT_STEM
    + r"?(?:한|했던|하였던))\s(?!"
    + pattern("signing", "after_modifier")
    + ")|(?:"
    # "협정을 갱신했지만 …": the agreement read with its light verb, in a concession too.
    + _OBJECT
    + r"\s?(?:을|를)\s?"
    + _MANNER
    + ")?"
    + pattern("signing", "signed_past")
    + r"(?:지만|으나|는데|더라도)"
)
# A running total ("올해 들어 9개 기업과 투자협약을 맺었다", "올 한 해 동안 21개 업체와")
# sums up past signings.
_CUMULATIVE_RE = re.compile(
    pattern("signing", "running_totals")
    + r"|지난\s?\d+년\s?(?:간|동안)|민선\s?\d+기"
    # "2012년에만 30개 기관과", "2013년에는 … 58개 기관과": a whole year's signings counted.
    + r"|(?:19|20)\d\d년\s?(?:에만|에는|한\s해)"
)
_SERIAL_RE = re.compile(pattern("signing", "serial_signings"))
# "총 11개 기업이 … 투자협약을 체결했다": the bodies counted as the subject of the signings.
_COUNTED_SUBJECT_RE = re.compile(
    r"(?<!\d)\d+\s?(?:개\s?[가-힣]{0,4}?(?:기업|기관|업체|단체|사)|개사|곳)(?:이|가|은|는)\s"
)
# "100건 이상의 업무협약", "132건의 업무협약이": the signings themselves counted.
_COUNTED_SIGNINGS_RE = re.compile(r"(?<!\d)\d+\s?건")
_EARLIER_RE = re.compile(r"(?:\S+(?:은|는|이|가)\s)?앞서[,\s]")
# "현재까지 A, B, C 등과 … 체결했다": the signings so far, a history ("지금까지 없던 방식으로
# A와" is not).
SO_FAR_RE = re.compile(pattern("signing", "so_far") + r"\s[^.]{0,120}?등과\s")
_FIRST_OF_SERIES_RE = re.compile(r"처음(?:으로)?\s(?:\S+\s)?" + _STEM)
_YEAR_RE = re.compile(r"(?:19|20)\d\d\s?년")


# "14일까지", "14일 현재": the day a running total reaches, not the day of a signing.
_PERIOD_END_RE = re.compile(r"\s?" + pattern("signing", "period_ends"))
# "올해 누적 21개 기업과", "올 한 해 동안 11개 기업과": the running total counts the partners.
_TOTAL_COUNT_RE = re.compile(
    pattern("signing", "running_totals") + r"(?:\s\S+){0,2}?\s\d+\s?(?:개|곳|건)"
)


def _on_one_day(when: tuple[PartialDate, str, Span] | None, body: str, sentence: str) -> bool:
    """Whether a signing counted among others is one held on a day of its own ("14일 … 올해의
    실적을 총결산하고, 12개 기업과 … 체결했다"): a day that ends a period ("14일 현재") or a
    total that counts the partners ("올해 누적 21개 기업과") sums the year up instead."""
    return (
        when is not None
        and when[0].day is not None
        and not _PERIOD_END_RE.match(body, when[2][1])
        and not _TOTAL_COUNT_RE.search(sentence)
    )


def _in_brackets(sentence: str, positions: list[int]) -> list[bool]:
    """Whether each of `positions` (in order) lies after more opening than closing brackets;
    the brackets are counted on from the position before, so a sentence of thousands of
    verbs is read once rather than from its start for each."""
    inside = []
    opened = closed = last = 0
    for at in positions:
        opened += sentence.count("(", last, at)
        closed += sentence.count(")", last, at)
        last = at
        inside.append(opened > closed)
    return inside


# "A와 협약을 체결한 데 이어 12일 B와도 협약을 맺었다": the news is the signing after it.
_PRIOR_SIGNING_RE = re.compile(
    r"(?:체결|서명|맺)(?:한|은|했던)?\s?(?:데|것에|데에|것과)\s?(?:이어(?:서)?|더해|함께),?\s"
)
_SUMMARY_RE = re.compile(
    r"(?:(?<!\d)\d+|[두세네다섯])\s?건"
    r"|(?<!\d)\d+\s?(?:개|곳)\s?(?:해외\s?)?(?:기업|기관|업체|단체|곳|개사|도시|국가|국)(?:과|와)"
)
# "기업 7곳과 가족회사 협약을 맺었다": partners only counted, none named, tell of a programme's
# reach rather than report a signing.
COUNTED_PARTNERS_RE = re.compile(
    r"(?:(?<!\d)\d+여?|[두세네]|다섯|여섯|일곱|여덟|아홉|열)\s?(?:곳|개사|개\s?(?:기업|기관|업체|단체|사))"
    r"(?:과|와)(?:도|의)?\s"
)

REFERENCE_RE = re.compile(
    r"^(?:이번|이|해당|앞선)?\s?(?:투자|업무|상생)?\s?협약(?:은|으로|에\s?따라|을\s?통해|체결)|"
    r"^(?:"
    + pattern("common_words", "both")
    + r"|두|세|네|이들)\s?(?:기관|시·도|도시|측)|^"
    + pattern("signing", "refers_back_openings")
    + r"|^이날\s(?:"
    + CEREMONY_WORD
    + "|행사)|"
    + pattern("signing", "refers_back")
    # "대구시는 이번에 투자협약을 체결하는 A, B …가 성장하도록 지원한다": the partners of the
    # signing just reported, named as what it is about.
    + r"|이번에\s(?:\S+\s){0,2}?"
    + _STEM
    + r"(?:하는|한|는|은)\s"
)
# "이날 협약식에서는 A와 B 간의 … 양해각서도 함께 체결됐다": another agreement signed at the
# ceremony just told, not that ceremony's signing told again.
_ALSO_SIGNED_RE = re.compile(
    pattern("agreement_kinds", "core_nouns") + r"[’'”\"]?도\s(?:함께\s|같이\s)?" + _VERB
)
# "협약 체결 이후 1년", "체결로", "체결에 따라": the signing only as the time or cause of
# what the sentence reports, which can join a signing reported before but never open one.
_AFTER_SIGNING_RE = re.compile(pattern("signing", "after_signing") + r"|체결\s?\d+주년")
# "협약식은 …", "투자협약식은 …": the ceremony, perhaps named by its kind, as the subject.
_CEREMONY_SUBJECT_RE = re.compile(
    r"^(?:이번\s|이날\s)?[가-힣]{0,4}"
    + pattern("signing", "ceremony_stems")
    + r"식?(?:은|는|이|도)\s|^(?:\S+\s){0,6}?"
    + _HELD_THIS
)

_BARE_DAY_RE = re.compile(r"^[0-3]?\d일")
# "18일(현지시각) … 체결한다" in a paper of the 19th: a day abroad, which Korea's calendar has
# already passed, not one a month ahead.
_LOCAL_TIME_RE = re.compile(r"\s?\(?현지\s?시[간각]")
# "이달 중", "내달": a time still to come whatever the article's date (상반기 or 올해 may have
# passed); the sentence must speak of what is still to be done.
_FUTURE_WINDOW_RE = re.compile(
    r"(?:이달|이번\s?달)\s?(?:중|안|내)(?:에|으로)?\s|연내|내달\s|다음\s?달\s"
)
_FUTURE_FORM_RE = re.compile(r"(?:할|한다|하기로)\s|예정|계획")
_THEN_PLANNED_RE = re.compile(
    r"\S*(?:하고|맺고)\s[^.]{0,200}?(?:할|될)\s?(?:예정|계획)(?:이다|입니다)"
)
# "최근", "지난달": a signing told as done, whatever the sentence goes on to (a word of its
# own, not "이미지").
_PAST_MARK_RE = re.compile(r"(?<![가-힣])(?:" + pattern("signing", "done_marks") + r")(?![가-힣])")
# A predicate in the past tense ("체결했다", "맺었으며", "협약식을 가졌고").
_PAST_TENSE_RE = re.compile(r"(?:했|였|었|았|됐|졌|렸|쳤|웠)(?:다|으며|고|으나|지만|는데)")
# "'2025년 ~ 2026년 … 교류협력 강화' 협의서를 체결했다": years inside a quoted name are the
# agreement's term, not a history of signings.
_NAME_QUOTED_RE = re.compile(r"‘[^’\n]{0,80}’|'[^'\n]{0,80}'|『[^』\n]{0,80}』|「[^」\n]{0,80}」")
_SIZED_RE = re.compile(r"\d\s?(?:조|억)\s?(?:\d+\s?억\s?)?원?\s?(?:규모|대|을|의)")

LEAD_CHARS = 15


@dataclass
class Candidate:
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
    past: bool = False
    attended: bool = False


def _joined(first: list[Party], rest: list[Party]) -> list[Party]:
    parties = list(first)
    for party in rest:
        add_party(parties, party)
    return parties


_ONGOING_RE = re.compile(r"고\s?있(?:다|으며|는\s?상태)")
_YEARS_SINCE_RE = re.compile(
    r"(?<!\d)\d+\s?년\s?(?:동안|간|째)\s(?:\S+\s){0,6}?\S*(?:왔|오고|온\s)"
)


_PRIOR_LINKS = ("이어", "더해", "함께")


def _same_day_prior(body: str, span: Span, dates: list[DateHit]) -> list[Span]:
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
    dated_tail = verb is not None and bool(dates_between(dates, cut, verb.start()))
    return [(start, cut)] if day_of_head(start, cut, dates) and not dated_tail else []


# "우호교류협정을 맺은 뒤 1년여 만인 지난 6일 …": a signing that only sets the time of the next.
_THEN_RE = re.compile(r"(?:한|은)?\s?(?:" + pattern("signing", "then_words") + r")\s")


def _news_verb(
    sentence: str, start: int, verbs: list[re.Match[str]], dates: list[DateHit]
) -> re.Match[str]:
    """The verb of the signing a sentence reports: the first, unless it is an earlier signing
    the next one is told after, on a day of its own ("2018년 4월 송콩시와 우호교류협정을 맺은
    뒤 1년여 만인 지난 6일 … 자매결연 협정을 체결했다")."""
    first = verbs[0]
    if len(verbs) == 1 or not _THEN_RE.match(sentence, first.end()):
        return first
    later = verbs[1]
    between = (start + first.end(), start + later.start())
    dated = any(found is not None for _span, _words, found, _said in dates_between(dates, *between))
    named = KIND_RE.search(sentence, first.end(), later.start()) is not None
    return later if dated and named else first


# A clause ends on a connective ("…며", "…고", "출국해 ", "만나 ") or a comma; "통해",
# "위해", "대해" and the like join words, not clauses.
_CLAUSE_END_RE = re.compile(
    r"(?:으며|며|지만|으나|는데|고|(?<![통위대의인])해|하여|해서|만나|찾아),?\s|,\s"
)


# A later clause that reports a signing of its own does so within this many letters of its
# start; reading each clause of an endless sentence to the sentence's end would not be.
_CLAUSE_REACH = 300


def _clause_after(sentence: str, at: int) -> int | None:
    """Where the first later clause that reports a signing of its own begins, if any."""
    for m in _CLAUSE_END_RE.finditer(sentence, at):
        rest = sentence[m.end() : m.end() + _CLAUSE_REACH]
        if _SIGN_VERB_RE.search(rest) and not _NOT_SIGNING_RE.search(rest):
            return m.end()
    return None


def _candidate(
    body: str,
    span: Span,
    dates: list[DateHit],
    reference: PartialDate | None,
) -> Candidate | None:
    start, end = span
    sentence = body[start:end]
    priors = list(_PRIOR_SIGNING_RE.finditer(sentence))
    prior = [m for m in priors if _SIGN_VERB_RE.search(sentence, m.end())]
    if priors and not prior and not day_of_head(start, start + priors[0].end(), dates):
        # "지난 1월 연구기관과 협약을 맺은 데 이어, 20여 개 기업이 입주를 결정했다": a signing
        # told as the step before other news ("22일 … 맺은데 이어 오후에는 …" stays news).
        return None
    subject: list[Party] = []
    if prior:
        head = (start, start + prior[-1].start())
        subject = [p for p in find_parties(body, head) if p.span[0] - start < LEAD_CHARS][:1]
        start += prior[-1].end()
        sentence = body[start:end]
    # The clause a running total is read in: the whole sentence but a prior signing told first.
    clause_start = start
    kind_hits = [
        k for k in KIND_RE.finditer(sentence) if sentence[k.start() - 1 : k.start()] != "("
    ]
    if not kind_hits:
        return None
    refused = _NOT_SIGNING_RE.search(sentence)
    if refused and _TOWARDS_RE.match(sentence, refused.start()):
        refused = None
    if refused:
        # "…협정을 체결한 뒤 교류를 진행해 왔으며, 이번 협정은 … 위해 체결했다": a clause
        # about an earlier signing does not unsay the main clause after it.
        tail = _clause_after(sentence, refused.end())
        if tail is None or in_speech(sentence, tail):
            return None
        head = (start, start + refused.start())
        subject = (
            subject or [p for p in find_parties(body, head) if p.span[0] - start < LEAD_CHARS][:1]
        )
        start += tail
        sentence = body[start:end]
        kind_hits = [
            k for k in KIND_RE.finditer(sentence) if sentence[k.start() - 1 : k.start()] != "("
        ]
        if not kind_hits:
            return None
    # "“진도군연합회와 자매결연을 맺게 되어 기쁘다”고 말했다": a signing in quoted speech is
    # what someone said about it, never the report of one.
    # "나고미마치(1979.9.15체결)": a signing in brackets is a note on a name, not news.
    every = list(_SIGN_VERB_RE.finditer(sentence))
    bracketed = _in_brackets(sentence, [v.start() for v in every])
    found = [
        v
        for v, inside in zip(every, bracketed, strict=True)
        if not inside and not in_speech(sentence, v.start())
    ]
    verbs = [v for v in found if not _BACKGROUND_VERB_RE.match(sentence, v.start())]
    verbs = verbs or [v for v in found if dated_near(body, start, v.start(), dates, reference)]
    if not verbs:
        return None
    verb = _news_verb(sentence, start, verbs, dates)
    parties = None
    only_counted = False
    if COUNTED_PARTNERS_RE.search(sentence):
        listed = counted_roster(body, span)
        parties = _joined(_joined(subject, find_parties(body, (start, end))), listed)
        only_counted = len(parties) < 2
    summary = bool(_SUMMARY_RE.search(sentence))
    counts_bodies = (
        summary
        or _COUNTED_SUBJECT_RE.search(sentence)
        or _SERIAL_RE.search(sentence)
        or _COUNTED_SIGNINGS_RE.search(sentence)
    )
    when = signing_date(start, end, start + verb.start(), dates)
    if (
        counts_bodies
        and _CUMULATIVE_RE.search(body, clause_start, end)
        and not _on_one_day(when, body, sentence)
    ):
        # "지난 한 해 동안 총 11개 기업이 … 투자협약을 체결했다": a year summed up, also
        # where the running total stands in a clause the not-yet-signed reader cut off ("MOU
        # 체결을 시작으로 … 여러 기업과 연이어 협약했다"), but not in a signing told before
        # the main one ("올해 … 지난 5월 … 맺은데 이어 17일 12개 업체와도 …"), nor in one
        # held on a day ("14일 … 올해의 투자유치를 총결산하고, 12개 기업과 … 체결했다").
        return None
    if when is not None and _MODIFIER_AFTER_RE.match(body, when[2][1]):
        # "오는 4일 … 지난 1994년 11월 체결한 우호교류 협정서를 갱신 체결한다": the date of the
        # agreement renewed, not of the renewal, which has the date before it unless that
        # one dates another event ("오는 25일 개막하는 박람회", "지난 17일 취임한 시장").
        earlier = signing_date(start, end, when[2][0], dates)
        when = earlier if earlier and not _ADNOMINAL_AFTER_RE.match(body, earlier[2][1]) else None
    # "기업 7곳과 가족회사 협약을 맺었다" tells of a programme's reach; "28일 20개 기업과 774억원
    # 규모의 투자협약을 체결했다" reports a ceremony, whose partners are named apart.
    if only_counted and not (
        (when is not None and when[0].day is not None) or _SIZED_RE.search(sentence)
    ):
        return None
    if when is None and _EARLIER_RE.match(sentence):
        # "앞서 이천, 광주, 부천시와 지역발전협약을 맺었다": earlier signings, undated.
        return None
    if when is None and SO_FAR_RE.search(sentence, 0, verb.start()):
        # "현재까지 포스코, 코오롱, … 등과 항만이용 양해각서를 체결했다": the signings so far,
        # undated, sum up a history.
        return None
    if when is not None and _FIRST_OF_SERIES_RE.search(sentence) and _YEAR_RE.search(when[1]):
        # "지난 2014년 3월 25일 … 합의를 처음 체결했다": the first of a series, told by its
        # year in a story of a later one (a renewal), even where the story's own day is unknown.
        return None
    if when is None and prior:
        # "23일 A와 협약을 체결한 데 이어 B와 투자협약을 맺었다": the same day.
        when = day_of_head(span[0], start, dates)
    if when is None and _ONGOING_RE.search(sentence, verb.end()):
        # "군은 … 안도현과 우호교류협약을 맺고 상호발전에 힘쓰고 있다": an undated signing
        # told as the start of what goes on is background.
        return None
    if _YEARS_SINCE_RE.search(sentence, verb.end()):
        # "지난 1976년 10월 11일 … 자매도시결연을 체결하여 30년동안 우호협력관계를 다져왔으며":
        # the start of a relation of years, told in a story of what it has become.
        return None
    planned = bool(_PLANNED_RE.search(sentence)) or (
        when is None
        and _UNNAMED_PARTNER_RE.search(sentence) is not None
        and _MEANS_OF_PLAN_RE.search(sentence) is not None
    )
    # "오는 5일 … 협약식에 서명하고": a day still to come, whatever the article's own date;
    # "이달 중 … 협약을 체결하고 … 추진할 예정": a time still to come, unless told as past.
    planned = (
        planned
        or (when is not None and when[1].startswith("오는"))
        or (
            _FUTURE_WINDOW_RE.search(sentence, 0, verb.start()) is not None
            and _FUTURE_FORM_RE.search(sentence, verb.start()) is not None
        )
        # "방문하면서 … 업무협약을 체결하고 … 교류 업무를 추진할 예정이다": a signing on the
        # way to a plan, with no day of its own and nothing saying it is done, is planned.
        or (
            when is None
            and _THEN_PLANNED_RE.match(sentence, verb.start()) is not None
            and not _PAST_MARK_RE.search(sentence)
        )
    )
    title = quoted_title(sentence)
    # "지난 2022년 … 협약을 맺고 그해 6월 서비스를 시작했다": a date after the verb does not
    # outweigh the earlier year that dates the signing.
    dated_before = when is not None and when[2][0] < start + verb.start()
    if not dated_before and earlier_year(sentence[: verb.start()], reference):
        return None
    if several_years(_NAME_QUOTED_RE.sub(" ", sentence[: verb.start()])):
        # "1983년 구마모토현, 2011년 나라현과 각각 협정을 맺고": a history of signings.
        return None
    if when is not None and reference is None and earlier_year(when[1], reference):
        # "지난해 10월 … 협약을 체결, 교류를 이어오고 있다" in an undated article: the signing
        # lies in an earlier year, whatever the article's own date was.
        return None
    afterword = all(_AFTER_SIGNING_RE.match(sentence, v.start()) for v in verbs)
    if afterword and when is not None and long_before(when[0], reference):
        # "순천시는 1997년 6월 닝보시와 우호교류도시 체결 이후 …": the history of a relation,
        # which must not lend its old date to the signing the article reports.
        return None
    if (
        planned
        and when is not None
        and _BARE_DAY_RE.match(when[1])
        and not _LOCAL_TIME_RE.match(body, when[2][1])
    ):
        ahead, _future = resolve_date("오는 " + when[1], reference)
        when = (ahead, when[1], when[2]) if ahead is not None else when
    return Candidate(
        span=span,
        parties=parties
        if parties is not None
        else _joined(subject, find_parties(body, (start, end))),
        date=when,
        planned=planned,
        summary=summary,
        reference=bool(REFERENCE_RE.search(sentence)) and not _ALSO_SIGNED_RE.search(sentence),
        kind=agreement_kind(kind_hits, verb.start(), title),
        title=title,
        place=signing_place(sentence, verb.start()),
        afterword=afterword,
        ceremony=_CEREMONY_SUBJECT_RE.match(sentence) is not None,
        past=_PAST_TENSE_RE.search(sentence) is not None,
        attended=verb.group("attended") is not None,
    )


def tells_no_signing(sentence: str) -> bool:
    """Whether a sentence naming an agreement says it is not (yet) made: planned, sought,
    called off, ended or long past ("…을 추진한다", "…을 해지했다", "지난 2019년 맺은")."""
    return bool(
        _NOT_SIGNING_RE.search(sentence)
        or _PLANNED_RE.search(sentence)
        or _NOT_MADE_RE.search(sentence)
    )


_NOT_MADE_RE = re.compile(pattern("signing", "not_made"))


# An article tells of a few signings in a few sentences each (ten at most in every text the
# tests hold); a page with more signing sentences than this is no article but a broken or
# hostile file, and reading on would make the grouping of sentences, which compares each
# with every signing so far, cost the square of its length.
MAX_SIGNING_SENTENCES = 100


def signing_candidates(
    body: str, sentences: list[Span], dates: list[DateHit], reference: PartialDate | None
) -> list[Candidate]:
    """Every sentence of `body` that reports a signing, in order, up to
    `MAX_SIGNING_SENTENCES`; a sentence that tells of a first signing before its main one
    ("23일 A와 … 체결한 데 이어 B와 …") gives two."""
    found: list[Candidate] = []
    for s in sentences:
        if KIND_RE.search(body, *s) is None:
            # Every candidate names the agreement in its own words (`_candidate` reads none
            # without a noun of `KIND_RE`), and most sentences of an article name none.
            continue
        for part in (*_same_day_prior(body, s, dates), s):
            if (c := _candidate(body, part, dates, reference)) is not None:
                found.append(c)
        if len(found) >= MAX_SIGNING_SENTENCES:
            return found[:MAX_SIGNING_SENTENCES]
    return found
