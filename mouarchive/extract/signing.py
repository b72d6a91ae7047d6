"""Which sentences report a signing, and what each says about it (`Candidate`).

A signing is reported by a sentence that names an agreement (업무협약, MOU, 협정 ...) together
with a signing verb (체결, 맺다, 서명, 협약식을 가졌다). Bids, meetings and festivals that speak
of 협력 without such a sentence yield nothing.

A signing is news only when the sentence reports it as the event: the signing verb is a main
or joining predicate (체결했다, 맺고, 협약식을 가졌다) dated near the article. A verb that
modifies a noun ("맺은 협약에 따라", "협약을 체결한 기업들"), a concession ("맺었지만"), a
running total ("올해 들어 9개 기업과"), an earlier year or a date months before the article
tell of a past signing as background and yield nothing.

The patterns it reads with live apart: `signing_verbs` (the verbs and what denies them),
`signing_context` (background, history, plans, references back), `signing_totals`
(running totals and counted partners) and `signing_clauses` (which clause of a sentence tells
the signing, and the agreement nouns it names).
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
from mouarchive.extract.national_parties import (
    STATE_OFFICES,
    heads_countries,
    national_sides,
    subject_countries,
)
from mouarchive.extract.orgnames import is_ministry
from mouarchive.extract.parties import find_parties
from mouarchive.extract.recent import is_recent
from mouarchive.extract.rosters import counted_roster
from mouarchive.extract.same_org import add_party
from mouarchive.extract.sentences import sentence_spans
from mouarchive.extract.signing_clauses import (
    HISTORY_MODIFIER_RE,
    PRIOR_SIGNING_RE,
    clause_after,
    in_brackets,
    named_after,
    named_kinds,
    news_verb,
    same_day_prior,
    signed_and_also,
)
from mouarchive.extract.signing_context import (
    ADNOMINAL_AFTER_RE,
    AFTER_SIGNING_RE,
    ALSO_SIGNED_RE,
    ALSO_THEN_RE,
    BACKGROUND_VERB_RE,
    BARE_DAY_RE,
    CEREMONY_SUBJECT_RE,
    EARLIER_RE,
    FIRST_OF_SERIES_RE,
    FUTURE_FORM_RE,
    FUTURE_WINDOW_RE,
    LOCAL_TIME_RE,
    MEANS_OF_PLAN_RE,
    MODIFIER_AFTER_RE,
    NAME_QUOTED_RE,
    ONGOING_RE,
    PARTNER_OF_EARLIER_RE,
    PAST_MARK_RE,
    PAST_TENSE_RE,
    PHOTO_ACT_RE,
    REFERENCE_RE,
    THEN_PLANNED_RE,
    TOLD_ON_RE,
    UNNAMED_PARTNER_RE,
    YEAR_RE,
    YEARS_SINCE_RE,
    started_since,
)
from mouarchive.extract.signing_dates import (
    DateHit,
    before_the_month,
    dated_near,
    day_of_head,
    earlier_year,
    several_years,
    signing_date,
)
from mouarchive.extract.signing_totals import (
    COUNTED_PARTNERS_RE,
    COUNTED_SIGNINGS_RE,
    COUNTED_SUBJECT_RE,
    CUMULATIVE_RE,
    SERIAL_RE,
    SIZED_RE,
    SO_FAR_RE,
    SUMMARY_RE,
    on_one_day,
)
from mouarchive.extract.signing_verbs import (
    CEREMONY_WORD,
    COUNTED_IN_SERIES_RE,
    NOT_SIGNING_RE,
    PLANNED_RE,
    SIGN_VERB_RE,
    SINCE_SIGNED_RE,
    TOWARDS_RE,
    opens_a_name,
)
from mouarchive.extract.speech import in_speech
from mouarchive.models import PartialDate, Party, Span
from mouarchive.vocab import pattern

LEAD_CHARS = 15
_COMPANY_REFERRED_BACK_RE = re.compile(
    r"\s*(?:" + pattern("signing", "company_referred_back") + r")(?:은|는|도)\s"
)
# What makes a name one of a list it opens ("이미 A, B 등 6개 기업과"), not the sentence's
# subject ("광주시는, 지난해 A와 협약을 체결한 데 이어").
_LIST_AFTER_RE = re.compile(r"\s?(?:\([^()]{0,30}\))?(?:,|·|ㆍ|(?:와|과|및|등)\s)")


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
    held_with_guests: bool = False
    # Where the sentence's own signing is told, after a signing it tells first ("이미 A, B 등
    # 6개 기업과 협약을 체결한 상태이며 당일에는 C와 맺을 예정이다"): its lists are this one's.
    own_start: int | None = None
    # "… 투자협약도 체결했다": told as one more signing besides one told before.
    also: bool = False

    @property
    def own_clause(self) -> Span:
        return (self.span[0] if self.own_start is None else self.own_start, self.span[1])


def _joined(first: list[Party], rest: list[Party]) -> list[Party]:
    parties = list(first)
    for party in rest:
        add_party(parties, party)
    return parties


# "협약식은 A 총장과 … B 연구소장 등이 참석한 가운데 진행됐다": the ceremony, told by who
# attended it.
_HELD_WITH_GUESTS_RE = re.compile(
    r"^(?:이번\s|이날\s)?[가-힣]{0,4}" + CEREMONY_WORD + r"(?:은|는|이)\s[^.]*?참석한\s?가운데"
)


_WORD_RE = re.compile(r"\S*")


def _candidate(
    body: str,
    span: Span,
    dates: list[DateHit],
    reference: PartialDate | None,
) -> Candidate | None:
    start, end = span
    sentence = body[start:end]
    priors = list(PRIOR_SIGNING_RE.finditer(sentence))
    prior = [m for m in priors if SIGN_VERB_RE.search(sentence, m.end())]
    split_off = bool(priors) and priors[-1].end() == len(sentence)
    if (
        priors
        and not prior
        and not split_off
        and not day_of_head(start, start + priors[0].end(), dates)
    ):
        # "지난 1월 연구기관과 협약을 맺은 데 이어, 20여 개 기업이 입주를 결정했다": a signing
        # told as the step before other news ("22일 … 맺은데 이어 오후에는 …" stays news).
        return None
    if not prior and (also := signed_and_also(sentence)) is not None:
        prior = [also]
    subject: list[Party] = []
    modified: int | None = None
    if prior:
        head = (start, start + prior[-1].start())
        subject = [
            p
            for p in find_parties(body, head)
            if p.span[0] - start < LEAD_CHARS and not _LIST_AFTER_RE.match(body, p.span[1])
        ][:1]
        start += prior[-1].end()
        sentence = body[start:end]
    # The clause a running total is read in: the whole sentence but a prior signing told first.
    clause_start = start
    kind_hits = named_kinds(sentence)
    if not kind_hits:
        return None
    refused = NOT_SIGNING_RE.search(sentence) or COUNTED_IN_SERIES_RE.search(sentence)
    if refused and TOWARDS_RE.match(sentence, refused.start()):
        refused = None
    if refused:
        # "…협정을 체결한 뒤 교류를 진행해 왔으며, 이번 협정은 … 위해 체결했다": a clause
        # about an earlier signing does not unsay the main clause after it.
        tail = clause_after(sentence, refused.end())
        if tail is None or in_speech(sentence, tail):
            return None
        head = (start, start + refused.start())
        subject = (
            subject or [p for p in find_parties(body, head) if p.span[0] - start < LEAD_CHARS][:1]
        )
        if HISTORY_MODIFIER_RE.search(sentence, 0, tail):
            # "지난 6일 … 우호관계를 맺어 온 셴닝시와 … 체결했다": the head's day is the signing's.
            modified = head[1]
        start += tail
        sentence = body[start:end]
        kind_hits = named_kinds(sentence)
        if not kind_hits:
            return None
    # "“진도군연합회와 자매결연을 맺게 되어 기쁘다”고 말했다": a signing in quoted speech is
    # what someone said about it, never the report of one.
    # "나고미마치(1979.9.15체결)": a signing in brackets is a note on a name, not news.
    every = [v for v in SIGN_VERB_RE.finditer(sentence) if not opens_a_name(sentence, v)]
    bracketed = in_brackets(sentence, [v.start() for v in every])
    found = [
        v
        for v, inside in zip(every, bracketed, strict=True)
        if not inside
        and not in_speech(sentence, v.start())
        and not _before_it(sentence, v, start, dates)
    ]
    verbs = [v for v in found if not BACKGROUND_VERB_RE.match(sentence, v.start())]
    verbs = verbs or [v for v in found if dated_near(body, start, v.start(), dates, reference)]
    if not verbs:
        return None
    verb = news_verb(sentence, start, verbs, dates)
    parties = None
    only_counted = False
    if COUNTED_PARTNERS_RE.search(sentence):
        listed = counted_roster(body, (start, end))
        parties = _joined(_joined(subject, find_parties(body, (start, end))), listed)
        only_counted = len(parties) < 2
    summary = bool(SUMMARY_RE.search(sentence))
    counts_bodies = (
        summary
        or COUNTED_SUBJECT_RE.search(sentence)
        or SERIAL_RE.search(sentence)
        or COUNTED_SIGNINGS_RE.search(sentence)
    )
    when = signing_date(start, end, start + verb.start(), dates, verb_end=start + verb.end())
    if (
        counts_bodies
        and CUMULATIVE_RE.search(body, clause_start, end)
        and not on_one_day(when, body, sentence)
    ):
        # "지난 한 해 동안 총 11개 기업이 … 투자협약을 체결했다": a year summed up, also
        # where the running total stands in a clause the not-yet-signed reader cut off ("MOU
        # 체결을 시작으로 … 여러 기업과 연이어 협약했다"), but not in a signing told before
        # the main one ("올해 … 지난 5월 … 맺은데 이어 17일 12개 업체와도 …"), nor in one
        # held on a day ("14일 … 올해의 투자유치를 총결산하고, 12개 기업과 … 체결했다").
        return None
    if when is not None and MODIFIER_AFTER_RE.match(body, when[2][1]):
        # "오는 4일 … 지난 1994년 11월 체결한 우호교류 협정서를 갱신 체결한다": the date of the
        # agreement renewed, not of the renewal, which has the date before it unless that
        # one dates another event ("오는 25일 개막하는 박람회", "지난 17일 취임한 시장").
        earlier = signing_date(start, end, when[2][0], dates)
        when = earlier if earlier and not ADNOMINAL_AFTER_RE.match(body, earlier[2][1]) else None
    # "기업 7곳과 가족회사 협약을 맺었다" tells of a programme's reach; "28일 20개 기업과 774억원
    # 규모의 투자협약을 체결했다" reports a ceremony, whose partners are named apart.
    if only_counted and not (
        (when is not None and when[0].day is not None)
        or SIZED_RE.search(sentence)
        or (when is None and not YEAR_RE.search(sentence) and named_after(body, end))
    ):
        return None
    if (when is None or when[0].day is None) and SINCE_SIGNED_RE.search(sentence, verb.start()):
        # "지난 11월 … 체결했으며, … 지속 논의해 왔다": the tie as the start of what has gone on
        # since ("12일 … 체결했으며, 그동안 교류해 왔다" is the day's signing).
        return None
    if (
        when is not None
        and when[0].day is None
        and ALSO_THEN_RE.match(body, when[2][1])
        and before_the_month(when[0], reference)
    ):
        # "한편 군은 지난 3월에도 하이에어코리아와 … 투자협약을 체결하는 등": one more signing
        # of an earlier month, told in passing after the story's own ("5월에도 … 체결했다고
        # 밝혔다" in May, "이달에도", are the story's).
        return None
    if (
        when is not None
        and when[0].day is None
        and _COMPANY_REFERRED_BACK_RE.match(sentence)
        and earlier_year(when[1], reference)
    ):
        # "이 회사는 지난해 12월 … 투자양해각서에 서명했다" under other news of the company: its
        # signing of an earlier year is background.
        return None
    recent = when is not None and is_recent(when[1]) and not TOLD_ON_RE.search(sentence)
    if (when is None or recent) and EARLIER_RE.match(sentence):
        # "앞서 이천, 광주, 부천시와 지역발전협약을 맺었다", "앞서 공사는 최근 A, B 등과 …":
        # earlier signings, undated or told only as recent ("… 체결했다고 13일 밝혔다" is
        # the news, told that day).
        return None
    if when is None and SO_FAR_RE.search(sentence, 0, verb.start()):
        # "현재까지 포스코, 코오롱, … 등과 항만이용 양해각서를 체결했다": the signings so far,
        # undated, sum up a history.
        return None
    if when is not None and FIRST_OF_SERIES_RE.search(sentence) and YEAR_RE.search(when[1]):
        # "지난 2014년 3월 25일 … 합의를 처음 체결했다": the first of a series, told by its
        # year in a story of a later one (a renewal), even where the story's own day is unknown.
        return None
    if when is None and prior:
        # "23일 A와 협약을 체결한 데 이어 B와 투자협약을 맺었다": the same day.
        when = day_of_head(span[0], start, dates)
    if when is None and modified is not None:
        when = day_of_head(span[0], modified, dates)
    if (
        when is None
        and ONGOING_RE.search(sentence, verb.end())
        and not PHOTO_ACT_RE.search(sentence, verb.end())
    ):
        # "군은 … 안도현과 우호교류협약을 맺고 상호발전에 힘쓰고 있다": an undated signing
        # told as the start of what goes on is background.
        return None
    if YEARS_SINCE_RE.search(sentence, verb.end()):
        # "지난 1976년 10월 11일 … 자매도시결연을 체결하여 30년동안 우호협력관계를 다져왔으며":
        # the start of a relation of years, told in a story of what it has become.
        return None
    planned = bool(PLANNED_RE.search(sentence)) or (
        when is None
        and UNNAMED_PARTNER_RE.search(sentence) is not None
        and MEANS_OF_PLAN_RE.search(sentence) is not None
    )
    # "오는 5일 … 협약식에 서명하고": a day still to come, whatever the article's own date;
    # "이달 중 … 협약을 체결하고 … 추진할 예정": a time still to come, unless the signing verb
    # itself is past ("오는 12일부터 열리는 축제를 앞두고 3일 … 체결했으며").
    verb_word = _WORD_RE.match(sentence, verb.start()).group(0)  # type: ignore[union-attr]
    planned = (
        planned
        or (when is not None and when[1].startswith("오는"))
        or (
            FUTURE_WINDOW_RE.search(sentence, 0, verb.start()) is not None
            and FUTURE_FORM_RE.search(sentence, verb.start()) is not None
            and PAST_TENSE_RE.search(verb_word) is None
        )
        # "방문하면서 … 업무협약을 체결하고 … 교류 업무를 추진할 예정이다": a signing on the
        # way to a plan, with no day of its own and nothing saying it is done, is planned.
        or (
            when is None
            and THEN_PLANNED_RE.match(sentence, verb.start()) is not None
            and not PAST_MARK_RE.search(sentence)
        )
    )
    title = quoted_title(sentence)
    # "지난 2022년 … 협약을 맺고 그해 6월 서비스를 시작했다": a date after the verb does not
    # outweigh the earlier year that dates the signing.
    dated_before = when is not None and when[2][0] < start + verb.start()
    before_verb = PARTNER_OF_EARLIER_RE.sub(" ", sentence[: verb.start()])
    if not dated_before and earlier_year(before_verb, reference):
        return None
    if several_years(NAME_QUOTED_RE.sub(" ", sentence[: verb.start()])):
        # "1983년 구마모토현, 2011년 나라현과 각각 협정을 맺고": a history of signings.
        return None
    if started_since(sentence, verb.start(), reference):
        # "두 도시는 1996년 7월 자매결연을 맺고 … 지금까지 90여회의 교류를", "지난 2002년 5월
        # 협정을 체결했으며 … 교류를 추진하고 있다": a relation's start, told by its month of an
        # earlier year, with what has followed since.
        return None
    if when is not None and reference is None and earlier_year(when[1], reference):
        # "지난해 10월 … 협약을 체결, 교류를 이어오고 있다" in an undated article: the signing
        # lies in an earlier year, whatever the article's own date was.
        return None
    afterword = all(AFTER_SIGNING_RE.match(sentence, v.start()) for v in verbs)
    if afterword and when is not None and long_before(when[0], reference):
        # "순천시는 1997년 6월 닝보시와 우호교류도시 체결 이후 …": the history of a relation,
        # which must not lend its old date to the signing the article reports.
        return None
    if (
        planned
        and when is not None
        and BARE_DAY_RE.match(when[1])
        and not LOCAL_TIME_RE.match(body, when[2][1])
    ):
        ahead, _future = resolve_date("오는 " + when[1], reference)
        when = (ahead, when[1], when[2]) if ahead is not None else when
    if parties is None:
        parties = _joined(subject, find_parties(body, (start, end)))
    # "청와대는 … 한국수자원공사가 베트남 천연자원환경부와 … MOU를 체결했다고 밝혔다": the
    # office that speaks for the state tells of others' signing, never a side of its own.
    parties = (
        subject_countries(body, span)
        or heads_countries(body, span)
        or [p for p in parties if p.name not in STATE_OFFICES]
    )
    if all(is_ministry(p.name) for p in parties):
        # "양국 총리는 한·몽 … 협정 등도 체결했다", "한국과 베트남이 … 체결했다고 국방부가
        # 밝혔다", "청와대는 한-몽골 정상회담에서 …": no body signs but the two countries.
        parties = national_sides(body, span) or parties
    also = ALSO_SIGNED_RE.search(sentence) is not None
    return Candidate(
        span=span,
        parties=parties,
        date=when,
        planned=planned,
        summary=summary,
        reference=bool(REFERENCE_RE.search(sentence)) and not also,
        kind=agreement_kind(kind_hits, verb.start(), title),
        title=title,
        place=signing_place(sentence, verb.start()),
        afterword=afterword,
        ceremony=CEREMONY_SUBJECT_RE.match(sentence) is not None,
        past=PAST_TENSE_RE.search(sentence) is not None,
        attended=verb.group("attended") is not None,
        held_with_guests=_HELD_WITH_GUESTS_RE.match(sentence) is not None,
        own_start=clause_start,
        also=also,
    )


# An article tells of a few signings in a few sentences each (ten at most in every text the
# tests hold); a page with more signing sentences than this is no article but a broken or
# hostile file, and reading on would make the grouping of sentences, which compares each
# with every signing so far, cost the square of its length.
MAX_SIGNING_SENTENCES = 100


def _before_it(sentence: str, verb: re.Match[str], start: int, dates: list[DateHit]) -> bool:
    """ "협약 체결에 앞서 농협은 지난 2월 13일 TF를 구성": the sentence tells what came before
    the signing, undated itself; "4일 '… 협약' 체결에 앞서 실사를 벌여": dated before the
    verb, the signing is the sentence's news still."""
    if not _BEFORE_IT_RE.match(sentence, verb.end()):
        return False
    return not any(start <= span[0] < start + verb.start() for span, *_ in dates)


_BEFORE_IT_RE = re.compile(r"\S*?에\s?앞서")


# Letters a sentence telling a signing takes at the least: a shorter body cannot hold more of
# them than `signing_candidates` reads, so it is not split into sentences again to find out.
_SHORTEST_TELLING = 20


def beyond_reading(body: str) -> int | None:
    """How many sentences tell a signing in a text longer than `signing_candidates` reads
    (several articles pasted as one, with no line to split them at), so `add` can say that
    the signings after the first `MAX_SIGNING_SENTENCES` were not read; None when all were."""
    if len(body) <= MAX_SIGNING_SENTENCES * _SHORTEST_TELLING or (
        body.count("다.") + body.count("\n") <= MAX_SIGNING_SENTENCES
    ):
        # Too short, or too few sentence ends, to hold more than are read: no second split.
        return None
    telling = sum(
        1
        for s in sentence_spans(body)
        if KIND_RE.search(body, *s) is not None and SIGN_VERB_RE.search(body, *s) is not None
    )
    return telling if telling > MAX_SIGNING_SENTENCES else None


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
        for part in (*same_day_prior(body, s, dates), s):
            if (c := _candidate(body, part, dates, reference)) is not None:
                found.append(c)
        if len(found) >= MAX_SIGNING_SENTENCES:
            return found[:MAX_SIGNING_SENTENCES]
    return found
