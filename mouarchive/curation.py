"""What every correction the owner makes shares, whether `curate` carries it out or
`regroup` (merges and splits): the error that refuses one, its clock, how it names an
agreement, and the record it leaves. Kept apart so neither imports the other for them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from mouarchive import ids, store
from mouarchive.corrections import Correction, Key


class CurationError(Exception):
    """Input that names nothing or contradicts the archive: one line, exit 2, no change."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def agreement_label(agreement: dict) -> str:
    """How a correction's listing names an agreement: id, parties, title or kind; a title
    that names every party already stands alone ("made on #1 경기도·광주광역시 경기도·광주광역시
    상생발전 합의문" repeated them, stop 56's new user)."""
    title = agreement["title"]
    named = agreement["parties"][:3]
    if title and named and all(party in title for party in named):
        return f"#{agreement['id']} {title}"
    parties = "·".join(named) or "(당사자 미상)"
    return f"#{agreement['id']} {parties} {title or agreement['kind']}"


def agreement_of(db: store.Archive, agreement_id: int) -> dict:
    agreement = store.get_agreement(db, agreement_id)
    if agreement is None:
        raise CurationError(store.retired.missing_agreement(db, agreement_id))
    return agreement


def not_rejected(db: store.Archive, agreement: dict, verb: str) -> None:
    """A rejected agreement is no agreement: fixing, merging or splitting it is refused,
    with the undo that would make it one again (a fix of it would otherwise land unseen)."""
    if not agreement["rejected"]:
        return
    rejection = rejection_of(db, agreement["id"])
    undo = f" (mouarchive corrections --undo {rejection})" if rejection else ""
    raise CurationError(
        f"agreement {ids.agreement(agreement['id'])} is rejected;"
        f" undo the rejection to {verb} it{undo}"
    )


def rejection_of(db: store.Archive, agreement_id: int) -> int | None:
    """The correction that rejects the agreement, whose undo makes it one again."""
    found = [
        c.id for c in store.corrections.for_agreement(db, agreement_id) if c.action == "reject"
    ]
    return found[-1] if found else None


def record(db: store.Archive, correction: Correction) -> Correction:
    store.corrections.insert(db, correction)
    return correction


def keys_of(db: store.Archive, agreement_id: int, side: int = 0) -> list[Key]:
    """An agreement's reports as a correction's keys, on one side of it."""
    return [
        Key(side, key.article_sha, key.position, key.evidence_start)
        for key, _ in store.corrections.report_keys(db, agreement_id)
    ]
