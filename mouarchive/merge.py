"""Grouping reports of one signing from different outlets into one agreement.

Two outlets describe the same signing with different words for the items and sometimes a
different date precision, while the same two governments may sign again years later. So the
date decides first (incompatible dates never merge), shared parties are always required,
and when the date cannot tell, the items or the sum invested must coincide. A wrong merge
hides an agreement from the archive; a missed one only shows it twice, so every doubt keeps
them apart.

This module makes that decision; the comparisons it weighs live apart: the party lists in
`merge_parties`, the articles' dates in `merge_dates`, the sums, items and titles in
`merge_contents`. `combine` then makes one agreement of the reports found to be one signing.
Where nothing here decides, the words can: `lead_bar` says how alike the sentences that tell
the two signings must be, and the store, which holds the articles, compares them
(`merge_contents.leads_likeness`).
"""

from __future__ import annotations

from mouarchive.merge_contents import (
    ITEMS_SIMILAR,
    LEADS_ALIKE,
    LEADS_ALIKE_UNPLACED,
    items_overlap,
    named_alike,
    titles_match,
    told_apart,
)
from mouarchive.merge_dates import (
    known,
    placed_near,
    reported_before_signing,
    timeless,
    told_after,
    told_near,
)
from mouarchive.merge_parties import (
    RELATIONS,
    Aligned,
    aligned_keys,
    half_shared,
    many_the_same,
    mostly_shared,
    nested_hosts,
    one_document,
    one_named,
    one_roster,
    one_sum,
    same_act,
    same_month_same_parties,
    same_parties_same_kind,
    same_signers,
    shared_parties,
)
from mouarchive.models import AgreementReport, PartialDate, dates_agree
from mouarchive.party_keys import bodies

_ITEMS_SIMILAR_WITHOUT_DATE = 0.6


def same_signing(
    a: AgreementReport,
    b: AgreementReport,
    published: tuple[PartialDate | None, PartialDate | None] = (None, None),
    keys: Aligned | None = None,
) -> bool:
    """Whether two reports describe one signing (the same act, not merely the same parties).
    `published` gives the day each report's article came out, where known; `keys` the two
    reports' `aligned_keys`, where the caller has them already (`lead_bar` asks for them too)."""
    if reported_before_signing(a, b, *published):
        return False
    dates = dates_agree(a.date, b.date)
    keys = aligned_keys(a, b) if keys is None else keys
    if dates is True and counted_apart(a, b):
        # Before the shortcuts a day in common takes: the day is what the veto doubts.
        return False
    if dates is True and (
        mostly_shared(keys)
        or one_sum(a, b, keys)
        or half_shared(a, b, keys)
        or nested_hosts(a, b, keys)
    ):
        return True
    if dates is None and a.status == b.status and one_roster(a, b, keys):
        return True
    if not shared_parties(keys):
        return False
    if dates is False:
        return False
    if a.status != b.status and dates is not True:
        return False
    if (
        a.investment_krw is not None
        and a.investment_krw == b.investment_krw
        and (bodies(keys[0] & keys[1]) or (None not in published and told_near(a, b, *published)))
    ):
        # "1,800억 원 규모" in both: the same parties investing the same sum is one signing. A
        # province alone in one report shares its round sums with other investors' signings
        # of other years: its pieces must be out near each other, both on known days (a piece
        # of no known day may be of any year).
        return True
    if (
        dates is None
        and same_act(a, b, keys)
        and (told_after(a, b, *published) or named_alike(a, b))
    ):
        return True
    if dates is None and one_document(a, b, keys) and told_after(a, b, *published):
        # "상생협약" in a piece of the 18th with no date, "업무협약" of the 13th in another.
        return True
    if (
        dates is None
        and same_act(a, b, keys)
        and RELATIONS & {a.kind, b.kind}
        and timeless(a, b, *published)
    ):
        # "문경시와 송콩시가 자매결연을 맺었다" in a piece that gives no date at all, beside an
        # outlet that dates it: two places set up a relation once.
        return True
    if dates is None and same_signers(a, b, keys) and told_near(a, b, *published):
        return True
    if dates is None and same_month_same_parties(a, b, keys):
        return True
    if (
        dates is None
        and same_parties_same_kind(a, b, keys)
        and (placed_near(a, b, *published) or many_the_same(keys))
    ):
        return True
    overlap = items_overlap(a.clauses, b.clauses)
    if dates is True:
        left, right = keys
        if len(left & right) >= 2 or one_named(a, b, keys):
            return True
        return overlap >= ITEMS_SIMILAR or titles_match(a, b)
    # Without a date, like items are a template's as often as one signing's: two articles
    # out years apart tell the same partners' agreements of other years (newcomer 49,
    # finding 4: undated 교육청–광주광역시 reports of 2018 and 2024 were one agreement).
    return overlap >= _ITEMS_SIMILAR_WITHOUT_DATE and told_near(a, b, *published)


def lead_bar(
    a: AgreementReport,
    b: AgreementReport,
    published: tuple[PartialDate | None, PartialDate | None] = (None, None),
    keys: Aligned | None = None,
) -> float | None:
    """How alike the sentences telling two reports `same_signing` kept apart must be for the
    reports to be reposts of one press release; None where the words may not decide: another
    status, dates or articles' days that differ, parties not one list within the other, counts
    of partners far apart (`counted_apart`), or a sum, items or title of their own. Where an
    article is not dated, nothing places the two near in time, and the parties must be the
    same: the same organisation's next agreement with one more partner is told in the same
    template. `keys` as for `same_signing`."""
    keys = aligned_keys(a, b) if keys is None else keys
    # The parties first: nearly every candidate fails on them (71,383 of 73,470 asked in a
    # 3,000-file add), and comparing sums, items and titles costs more than the rest of this.
    if (
        a.status != b.status
        or dates_agree(a.date, b.date) is False
        or reported_before_signing(a, b, *published)
        or not shared_parties(keys)
        or told_apart(a, b)
        or counted_apart(a, b)
    ):
        return None
    a_out, b_out = published
    if known(a_out) and known(b_out):
        return LEADS_ALIKE if told_near(a, b, a_out, b_out) else None
    return LEADS_ALIKE_UNPLACED if keys[0] == keys[1] else None


def counted_apart(a: AgreementReport, b: AgreementReport) -> bool:
    """Whether one report is dated only by its day of the month and counts over twice as many
    partners as the other, dated in full, names or counts ("한국공항공사는 19일 한국관광공사, 국적
    저비용항공사 9개사와 …" beside a 2019-12-19 agreement of those two bodies alone): the day is a
    weak tie (one day of the month in thirty, any year), and outlets that leave partners out
    leave out a few. Only beside an agreement of two bodies whose count is known: a longer
    list may end in 등 ("창원시, 진주시 등과"), and reports saved before partners were counted
    know none. Two reports without a year are not weighed so: a local paper names its own
    city's part of a long roster another outlet counts."""
    return _counts_beyond(a, b) or _counts_beyond(b, a)


def _counts_beyond(yearless: AgreementReport, dated: AgreementReport) -> bool:
    return (
        yearless.date is not None
        and dated.date is not None
        and yearless.date.year is None
        and dated.date.year is not None
        and dated.partners_counted is not None
        and len(dated.parties) <= _PAIR
        and (yearless.partners_counted or 0) > 2 * max(len(dated.parties), dated.partners_counted)
    )


_PAIR = 2
