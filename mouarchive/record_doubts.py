"""What `record` warns of once a signing is recorded: what `review` will flag in it, and an
agreement it looks like.

The owner knows best, so a signing of one party or of no date is recorded; but recorded
without a word, `review` flagged it at once, and the same signing recorded twice (once as
"해운대구", once as "부산 해운대구") made two agreements that only a later `review` offered
to merge (newcomer 58, 14). Each doubt is one line, with the command that settles it.
"""

from __future__ import annotations

from mouarchive import store
from mouarchive.models import PartialDate
from mouarchive.party_keys import party_key


def doubts(db: store.Archive, agreement_id: int) -> list[str]:
    """The warnings for agreement `agreement_id`, just recorded (or joined by a record):
    what `review` will list it for, then each other agreement of its parties and date."""
    own, *alike = store.dated_alike(db, agreement_id)
    flagged = _flagged(agreement_id, own["parties"], own["date"])
    keys = {party_key(name) for name in own["parties"]}
    return ([flagged] if flagged else []) + [
        f"looks like #{other['id']} ({' · '.join(other['parties'])}, {_day(other['date'])}):"
        f" merge with `mouarchive merge {other['id']} {agreement_id}`"
        for other in alike
        if {party_key(name) for name in other["parties"]} == keys
    ]


def _flagged(agreement_id: int, parties: list[str], date: PartialDate) -> str | None:
    """One line for the items `review` lists such a record under, as it words them, and the
    `fix` that clears them all."""
    problems: list[tuple[str, str, str]] = []
    if date.year is None:
        problems.append(
            ("no year" if date.month or date.day else "no date", "no year", "--date YYYY-MM-DD")
        )
    if len(parties) < 2:
        problems.append(("one party", "fewer than two parties", "--add-party NAME"))
    if not problems:
        return None
    said = " and ".join(short for short, _, _ in problems)
    items = " and ".join(f"“{item}”" for _, item, _ in problems)
    remedy = " ".join(option for _, _, option in problems)
    return (
        f"{said}: `review` will list #{agreement_id} as {items}"
        f" (mouarchive fix {agreement_id} {remedy})"
    )


def _day(date: PartialDate) -> str:
    """A date as written: 2024-05-21, 2024-05, or "5월 21일" with no year."""
    return date.iso or " ".join(f"{n}{u}" for n, u in ((date.month, "월"), (date.day, "일")) if n)
