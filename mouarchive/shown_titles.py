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


def shown_title(agreement: dict) -> str:
    """The name the text quotes for it, else its lent headline with its kind ("… 협약
    (업무협약)"), since a kind alone ("업무협약") told one agreement from no other (newcomer
    55: 16), else its kind."""
    if agreement["title"]:
        return agreement["title"]
    headline = lent_headline(agreement.get("headline"), agreement["parties"])
    if not headline:
        return agreement["kind"]
    return headline if agreement["kind"] in headline else f"{headline} ({agreement['kind']})"
