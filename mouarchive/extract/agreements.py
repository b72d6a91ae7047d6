"""Signings reported by one article: zero, one or several `AgreementReport`s.

The work is done in steps, each in its own module: `signing` finds the sentences that report
a signing, `grouping` joins those about the same signing and gives each its passage,
`implicit_parties` completes parties the signing sentence leaves out, `signers` picks who
signed, `headline` reads a page whose only report is its headline. This module dates each
signing and assembles the report: a signing still ahead of the article is `planned`, and a
signing long before it is background, no report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from mouarchive.extract.amounts import investment, jobs
from mouarchive.extract.caption_dates import (
    cited_day_by_caption,
    dated_by_caption,
    dated_by_caption_signing,
    signed_by_caption,
)
from mouarchive.extract.caption_signing import caption_reports
from mouarchive.extract.clauses import find_clauses, stated_count
from mouarchive.extract.continued_signings import dated_by_the_one_before
from mouarchive.extract.counted_lists import counted_in_parentheses
from mouarchive.extract.dates import (
    anniversary_year,
    is_after,
    is_cited,
    just_after,
    long_before,
)
from mouarchive.extract.each_partner import split_each, split_sister_cities
from mouarchive.extract.full_names import full_names, renamed
from mouarchive.extract.group_subjects import fill_group_subjects, opens_with_group
from mouarchive.extract.grouping import (
    Signing,
    best_date,
    group_signings,
    own_candidates,
    passages,
    signing_start,
)
from mouarchive.extract.hands_joined import hands_joined_report
from mouarchive.extract.headline import headline_report
from mouarchive.extract.implicit_parties import fill_parties
from mouarchive.extract.kind_title_place import KIND_RE, held_place, named_title, names_ceremony
from mouarchive.extract.later_dates import dated_by_later_mention
from mouarchive.extract.lead_less import lead_less_report
from mouarchive.extract.own_sentences import keep_to_own_sentences
from mouarchive.extract.pairs import split_pairs
from mouarchive.extract.partner_counts import counts
from mouarchive.extract.party_regions import regions_of_parties
from mouarchive.extract.recent import is_recent, recent_ceremony, recent_is_no_date
from mouarchive.extract.report_days import (
    CEREMONY_REACH,
    ahead_of_its_statement,
    announced_for_that_day,
    announced_that_day,
    ceremony_date,
    cited_day,
    story_day,
)
from mouarchive.extract.sentences import sentence_of, sentence_spans
from mouarchive.extract.signers import SignerLines, signer_lines, signers_of, titled_people
from mouarchive.extract.signing import Candidate, signing_candidates
from mouarchive.extract.signing_dates import DateHit, dates_between, dates_in, stated_day
from mouarchive.extract.signing_verbs import CEREMONY_WORD
from mouarchive.extract.story_breaks import same_story, story_breaks, story_of
from mouarchive.models import AgreementReport, Article, Clause, PartialDate, Party, Signatory, Span
from mouarchive.text.normalize import reading_form
from mouarchive.vocab import pattern


def _within(sentences: list[Span], passage: Span) -> list[Span]:
    return [s for s in sentences if passage[0] <= s[0] and s[1] <= passage[1]]


_SAME_EVENT_RE = re.compile("^" + pattern("signing", "same_event_openers") + r"\s")
_THIS_OCCASION_RE = re.compile(
    r"이번\s?(?:"
    + pattern("signing", "this_occasion")
    + r")(?:을|를|에|에서|의)?\s?(?:통해|중|에서|때)"
)


def _same_event(signing: Signing, body: str, still_to_come: bool) -> bool:
    """Whether an undated signing shares the story's day: it was announced as one of several
    at the event ("협약 3건이 체결됐다"), is told as part of it ("이 자리에서 …"; "이번 설명회를
    통해 …" where the occasion is `still_to_come` or the signing told as done) or by the group
    the story has just brought together ("두 지역은 … 양해각서를 체결했다")."""
    if any(c.summary for c in signing.candidates):
        return True
    start, end = own_candidates(signing)[0].span
    sentence = body[start:end]
    return (
        _SAME_EVENT_RE.match(sentence) is not None
        or (still_to_come and _THIS_OCCASION_RE.search(sentence) is not None)
        or opens_with_group(body, start)
    )


def _story_date(
    dates: list[DateHit], signings: list[Signing]
) -> tuple[PartialDate, str, Span] | None:
    """The day the story happens on (the last day-precise, non-statement date before its
    first signing sentence: a story moves on, "지난 16일 찾았다. … 18일 …"), which undated
    signings at the same event share ("개원식과 함께 협약 3건이 체결됐다"). An article that
    only says when it announced gives none."""
    first = min(c.span[0] for s in signings for c in s.candidates)
    latest = None
    for span, expr, found, announce in dates:
        if span[0] >= first:
            break
        if not announce and found is not None and found.precision == "day":
            latest = found, expr, span
    return latest


def _shift(spans: list[Span], by: int) -> list[Span]:
    return [(a + by, b + by) for a, b in spans]


def _offset(clauses: list[Clause], shift: int) -> list[Clause]:
    return [Clause(c.text, (c.span[0] + shift, c.span[1] + shift)) for c in clauses]


def extract_agreements(article: Article) -> list[AgreementReport]:
    """The signings `article` reports, each with what the article says about it."""
    article = _read(article)
    body = article.body
    if not (
        KIND_RE.search(body)
        or (article.title and KIND_RE.search(article.title))
        or any(KIND_RE.search(caption) for caption in article.captions)
    ):
        return []
    sentences = sentence_spans(body)
    dates = dates_in(body, article.published)
    candidates = dated_by_the_one_before(
        _without_background(
            signing_candidates(body, sentences, dates, article.published), sentences, article
        ),
        body,
        sentences,
    )
    fill_group_subjects(body, sentences, candidates, article.title, article.captions)
    signings = split_pairs(split_each(group_signings(candidates, body), body, sentences), body)
    if not signings:
        return _without_a_signing_sentence(article, sentences, dates)
    lines = signer_lines(body, sentences)
    everyone = titled_people(body, candidates, lines)
    story = _story_date(dates, signings)
    reports: list[tuple[AgreementReport, Span]] = []
    breaks = story_breaks(body)
    # Each story's sentences, gathered once rather than sought among all for each signing.
    story_sentences: dict[int, list[Span]] = {}
    for sentence in sentences:
        story_sentences.setdefault(story_of(sentence[0], breaks), []).append(sentence)
    for signing in signings:
        at = signing_start(signing)
        others = [
            s for s in signings if s is not signing and same_story(at, signing_start(s), breaks)
        ]
        lead = own_candidates(signing)[0].span[0]
        fill_parties(
            signing,
            others,
            body,
            story_sentences[story_of(lead, breaks)],
            article.title,
            article.published,
        )
    # A signing no sentence, headline or earlier line names a party of is no report.
    signings = [s for s in split_sister_cities(signings, body) if s.parties]
    if not signings:
        return _without_a_signing_sentence(article, sentences, dates)
    for signing, passage in zip(signings, passages(signings, len(body), breaks), strict=True):
        own_sentences = _within(sentences, passage)
        report = _report(
            signing, body, passage, own_sentences, everyone, lines, article.published, story, dates
        )
        if report is not None:
            reports.append((report, passage))
    kept = _placed_as_before(
        [
            dated_by_caption(
                dated_by_later_mention(recent_is_no_date(r), body, dates, article.published),
                article.captions,
                body,
            )
            for r in keep_to_own_sentences(reports, body, sentences)
        ],
        body,
    )
    cited = [_cited_only(r, body) for r in kept]
    if article.captions and any(
        r.date is None or c or not r.signatories for r, c in zip(kept, cited, strict=True)
    ):
        told = caption_reports(article, extract_agreements)
        kept = [
            signed_by_caption(
                cited_day_by_caption(r, told) if c else dated_by_caption_signing(r, told), told
            )
            for r, c in zip(kept, cited, strict=True)
        ]
    # Signing sentences that tell only plans without a day or signings long past leave the
    # page's other ways of telling its signing ("이날 투자협약을 체결한 기업은 A, B …").
    return kept or _without_a_signing_sentence(article, sentences, dates)


def _cited_only(report: AgreementReport, body: str) -> bool:
    """Whether the report's day is only the day its source was cited ("3일 연천군에 따르면"),
    which a caption telling the signing's own day ("지난 1일 … 협약을 체결했다") corrects."""
    return report.date_span is not None and is_cited(body, report.date_span[1])


def _without_a_signing_sentence(
    article: Article, sentences: list[Span], dates: list[DateHit]
) -> list[AgreementReport]:
    """The reports of an article whose body tells no signing with its parties: its headline,
    a photo caption or a subheadline that tells it in full ("지난 4일 서귀포시가 … 시와
    우호도시 협약 체결을 했다"), a lead without a verb, or a handshake."""
    body = article.body
    decks = article.subtitle.splitlines() if article.subtitle else []
    return (
        headline_report(body, dates, article.published, article.title)
        or caption_reports(article, extract_agreements)
        or caption_reports(replace(article, captions=decks), extract_agreements)
        or lead_less_report(body, article.title)
        or hands_joined_report(body, sentences, dates, article.title)
    )


# "같은 자리에서", "이날 협약식은 … 투자협약도 함께 진행됐다", "이어 오후에는 …": told as
# signed at the occasion just told, or later that day.
_SAME_OCCASION_RE = re.compile(
    r"같은\s?(?:자리|장소)|(?:^|이어\s)(?:오전|오후|저녁)에는?\s|이날\s?"
    + CEREMONY_WORD
    + r"(?:은|는|에서는?)\s|"
    + KIND_RE.pattern
    + r"도\s함께\s(?:진행|체결)"
)


# "또 A, B와 … 업무협약도 체결했다": one more agreement signed on the occasion just told.
_ALSO_SIGNED_RE = re.compile(
    pattern("signing", "one_more_openers")
    + r"[\s,](?:(?!"
    + pattern("signing", "earlier_words")
    + r")[^.])*?"
    + KIND_RE.pattern
    + r"도\s"
)


def _placed_as_before(reports: list[AgreementReport], body: str) -> list[AgreementReport]:
    """ "도는 이어 같은 자리에서 전북대학교와 … 협약을 맺었다", "이날 협약식은 A-B의 투자협약도
    함께 진행됐다", "또 … 업무협약도 체결했다": a signing at the same occasion as the one told
    before it was signed where that one was, and when, if it names no day of its own ("같은
    자리" is dated before, with the signing's sentences; "또 … 앞서" names an earlier time)."""
    out: list[AgreementReport] = []
    for report in reports:
        evidence = report.evidence_span
        same = (
            bool(out)
            and evidence is not None
            and (
                _SAME_OCCASION_RE.search(body, *evidence) is not None
                or _ALSO_SIGNED_RE.match(body, evidence[0], evidence[1]) is not None
            )
        )
        if same and report.place is None and out[-1].place is not None:
            report = replace(report, place=out[-1].place)
        if same and report.date is None and out[-1].date and out[-1].date.day is not None:
            before = out[-1]
            report = replace(
                report, date=before.date, date_text=before.date_text, date_span=before.date_span
            )
        out.append(report)
    return out


def _without_background(
    candidates: list[Candidate], sentences: list[Span], article: Article
) -> list[Candidate]:
    """Candidates without the signings told as background: "2005년 2월 자매결연을 했다" in a
    story of 2015 must not gather the sentences of the signing the story reports ("두 지역은
    … 양해각서를 체결했다"); an undated signing told in the same sentence as one of them ("지난해
    11월 … 체결한 데 이어, 올 1월에는 …") is background with it. An article without a date of
    its own is of the year its anniversary names ("자매결연 50주년을 맞아 … 1974년 … 맺었으며")."""
    reference = article.published
    if reference is None:
        years = [c.date[0].year for c in candidates if c.date is not None and c.date[0].year]
        story = anniversary_year(article.body, years, date.today().year)
        reference = PartialDate(story) if story else None
    background = [c for c in candidates if c.date is not None and long_before(c.date[0], reference)]
    if not background:
        return candidates
    told_with = {sentence_of(c.span[0], sentences) for c in background}
    return [
        c
        for c in candidates
        if c not in background
        and not (c.date is None and sentence_of(c.span[0], sentences) in told_with)
    ]


def _read(article: Article) -> Article:
    """The article in the form its rules read (`reading_form`), spans unchanged."""
    return article.with_texts(reading_form)


_TODAY = frozenset({"오늘", "금일", "내일"})


def _nearby_place(lead: Span, sentences: list[Span], body: str) -> str | None:
    """Where the signing was held when its own sentence does not say: one of the next two
    sentences, if it tells of the ceremony ("13일 시청 4층 상황실에서 개최된 이번 협약식에는
    …"), or the sentence before when the signing is told as part of that event ("… 강당에서
    개최됐다. 이날 … 협약을 체결했다")."""
    before = [s for s in sentences if s[1] <= lead[0]][-1:]
    after = [s for s in sentences if s[0] >= lead[1]][:CEREMONY_REACH]
    for a, b in after:
        if names_ceremony(body[a:b]) and (place := held_place(body[a:b])):
            return place
    if before and _SAME_EVENT_RE.match(body[lead[0] : lead[1]]):
        a, b = before[0]
        return held_place(body[a:b])
    return None


# "지난 9일", "지난달 9일": a day the words place before the statement, whatever its number.
_PAST_DAY = "지난"


def _title(own: list[Candidate], body: str, date: PartialDate | None) -> str | None:
    """The fullest quoted name in the signing's sentences (a headline's ‘지역발전 기본협약’ is
    the lead's ‘광주시 지역발전 기본협약’ cut short), else the name a sentence gives the
    agreement without quotes ("…와 투자유치에 관한 협약을 체결했다"). A sentence dated
    otherwise than the signing ("지난해 9월 ‘…업무 협약’을 체결하여") names an earlier one."""
    own = [c for c in own if c.date is None or date is None or c.date[0] == date]
    quoted = max((c.title for c in own if c.title), key=len, default=None)
    return quoted or next(
        (
            t
            for c in own
            if (t := named_title(body[slice(*c.own_clause)], _written(c.parties, body)))
        ),
        None,
    )


def _written(parties: list[Party], body: str) -> frozenset[str] | None:
    """The parties as the sentence writes them, which a name never holds; None when the
    sentence names fewer than two, so that a word with 와 may be the partner missed."""
    return frozenset(body[p.span[0] : p.span[1]] for p in parties) if len(parties) >= 2 else None


def _report(
    signing: Signing,
    body: str,
    passage: Span,
    passage_sentences: list[Span],
    everyone: list[Signatory],
    lines: SignerLines,
    reference: PartialDate | None,
    story_date: tuple[PartialDate, str, Span] | None,
    dates: list[DateHit],
) -> AgreementReport | None:
    own = own_candidates(signing)
    # "…을 체결한다고 밝혔다. 협약체결 기관은 A, B …": only a later sentence telling the signing
    # in the past, not one referring back to it or naming it without a tense, unsays the
    # lead's future.
    worded_planned = own[0].planned and not any(
        not c.planned and not c.reference and c.past for c in own[1:]
    )
    # A signing planned at an occasion already past is no signing of that day.
    still_to_come = (
        not worded_planned
        or reference is None
        or (story_date is not None and not is_after(reference, story_date[0]))
    )
    told = best_date(signing)
    recent = told is not None and is_recent(told[1])
    # The next sentence's ceremony dates an undated signing, and says when "최근" was.
    ceremony = (
        ceremony_date(own[0].span, passage_sentences, body, dates)
        if told is None or recent
        else None
    )
    if recent:
        told = recent_ceremony(ceremony, body, reference, signing.names) or told
    date = (
        told
        or ceremony
        or announced_that_day(own[0].span, passage_sentences, body, dates)
        or (
            announced_for_that_day(own[0].span, passage_sentences, body, dates)
            if own[0].planned
            else cited_day(own[0].span, body, dates)
        )
        or story_day(
            signing, body, story_date, worded_planned, _same_event(signing, body, still_to_come)
        )
    )
    if date is not None:
        date = stated_day(date, dates)
    future = date is not None and (
        is_after(date[0], reference)
        or (
            reference is None
            and not own[0].past
            and not date[1].startswith(_PAST_DAY)
            and ahead_of_its_statement(own[0].span, dates, date[0])
        )
    )
    if future and not worded_planned and just_after(date[0], reference):
        # "3일 협약을 체결했다" in an article dated the 2nd: signed; the article's date is off.
        future = False
    planned = future or worded_planned
    # "오늘 … 양해각서를 체결합니다" in an undated broadcast: a day, though not one we can
    # name ("내일부터 이틀 동안 …" names none).
    today = (
        date is None
        and reference is None
        and any(
            expr in _TODAY and not stated_or_bound
            for _span, expr, _f, stated_or_bound in dates_between(dates, *own[0].span)
        )
    )
    if (planned and not today and (date is None or date[0].day is None)) or (
        date is not None and long_before(date[0], reference)
    ):
        # A signing ahead without its day ("내달 … 체결할 예정") is a plan, not yet news.
        return None
    text = body[passage[0] : passage[1]]
    full = full_names(signing.parties, body)
    signers = signers_of(signing, body, passage_sentences, everyone, lines)
    signing_sentences = [c.span for c in own]
    invested = investment(body, signing_sentences, passage)
    hired = jobs(body, signing_sentences, passage)
    return AgreementReport(
        title=_title(own, body, date[0] if date else None),
        kind=own[0].kind,
        status="planned" if planned else "signed",
        date=date[0] if date else None,
        date_text=date[1] if date else None,
        date_span=date[2] if date else None,
        place=next((c.place for c in own if c.place), None)
        or _nearby_place(own[0].span, passage_sentences, body),
        parties=renamed(signing.parties, full),
        signatories=[
            replace(g, organization=full.get(g.organization or "", g.organization)) for g in signers
        ],
        regions=regions_of_parties(signing.parties, body),
        clauses=_offset(find_clauses(text, _shift(passage_sentences, -passage[0])), passage[0]),
        clauses_stated=stated_count(text),
        evidence_span=own[0].span,
        investment_krw=invested[0] if invested else None,
        investment_span=invested[1] if invested else None,
        jobs=hired[0] if hired else None,
        jobs_span=hired[1] if hired else None,
        partners_counted=_partners_counted(own, body),
    )


def _partners_counted(own: list[Candidate], body: str) -> int:
    """How many partners the signing's sentence counts before its agreement noun, named ("9개
    항공사(에어부산, 진에어, …)와") or not ("국적 저비용항공사(LCC) 9개사와"); 0 when it counts
    none ("… 협약을 체결하고 관내 20개 기업과 간담회를 가졌다" counts the meeting's guests).
    Merging weighs it against an agreement that names far fewer."""
    for cand in own:
        noun = KIND_RE.search(body, *cand.span)
        end = noun.start() if noun else cand.span[1]
        partners = [
            *(len(members) for _, members in counted_in_parentheses(body, cand.span[0], end)),
            *(n for n, partner in counts(body[cand.span[0] : end]) if partner),
        ]
        if partners:
            return partners[0]
    return 0
