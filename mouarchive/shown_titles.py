"""What `show` and `timeline` call an agreement the text quotes no name for: the headline of
its first report, when that headline is the agreement's own, with its kind; else its kind.

Kept apart from the two renderers so that both lend a headline by one rule.
"""

from __future__ import annotations


def lent_headline(first_report: list | None, parties: list[str]) -> str | None:
    """The headline of an agreement's first report (`first_report`: its title and how many
    agreements that article reports, as `store.listing.FIRST_REPORT` reads them) when it is
    this agreement's: the article reports no other, or the headline names every party. An
    article reporting two agreements ("한편 가람시는 … 푸른농협과 … 체결했다") gave its
    headline, which names the other's partner, to both (review 56b, 5)."""
    if not first_report or not first_report[0]:
        return None
    headline, reported = first_report
    if reported <= 1 or (parties and all(name in headline for name in parties)):
        return headline
    return None


def title_parts(agreement: dict, *, quoted_alone: bool = False) -> tuple[str, str | None]:
    """The name it is shown under and the kind to set after it, if any: the name the text
    quotes for it, else its lent headline with its kind ("… 협약 (업무협약)"), since a kind
    alone ("업무협약") told one agreement from no other (newcomer 55: 16), else its kind.
    A name that holds the kind already takes none, nor does a quoted one where the kind has
    a place of its own (`quoted_alone`: `show`'s row). `agreement` is an agreement's or a
    timeline entry's row, `timeline` setting the kind apart in a style of its own."""
    named = agreement["title"] or lent_headline(agreement.get("headline"), agreement["parties"])
    if not named:
        return agreement["kind"], None
    if agreement["kind"] in named or (quoted_alone and agreement["title"]):
        return named, None
    return named, agreement["kind"]


def shown_title(agreement: dict) -> str:
    """`title_parts` as one line ("… 협약 (업무협약)"), for `show`'s heading and lists: a
    name the text quotes stands alone there (`show` gives the kind a row of its own)."""
    name, kind = title_parts(agreement, quoted_alone=True)
    return f"{name} ({kind})" if kind else name
