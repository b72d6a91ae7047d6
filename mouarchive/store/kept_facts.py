"""The merge candidates' facts the writing process of `add` has read, kept between reports.

Each report saved is weighed against up to 200 agreements (`matching.merge_candidates`), and
they are mostly the same ones report after report: in a 10,000-file add, 93 % of the 555,430
candidates read had been read for an earlier report of the same batch. Reading each one's row
again (its parties, items and signers as JSON) and making a report of it was most of the
lookup's time, more than finding which agreements they are.

A kept agreement is right only while nothing has written it since. Temporary triggers on the
writing connection (never stored in the archive) forget an agreement whenever its row or its
matching facts are written, by whatever code writes them: a refresh, a correction, an
article's new date through `agreements_first_published`. Everything is forgotten when a write
is undone (a savepoint rolled back), and when another process has committed since the last
transaction (`PRAGMA data_version`): between this process's transactions others may write.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from mouarchive.models import AgreementReport, PartialDate

if TYPE_CHECKING:
    from mouarchive.merge_parties import Side
    from mouarchive.store.connection import Archive

Facts = tuple[AgreementReport, PartialDate | None, "Side"]
"""An agreement's facts as `merge.same_signing` compares them, its first article's day and
its party keys and signers (`merge_parties.party_side`)."""

LIMIT = 8192
"""Agreements kept at most, the least recently read forgotten first: a 10,000-file add reads
4,535 distinct ones, and an archive ten times larger must not keep every agreement it has."""

_FORGET = "mouarchive_forget_facts"
_TRIGGERS = [
    f"CREATE TEMP TRIGGER IF NOT EXISTS kept_facts_{table}_{event} AFTER {event} ON main.{table}"
    f" BEGIN SELECT {_FORGET}({row}.{key}); END"
    for table, key in (("agreements", "id"), ("agreement_matching", "agreement_id"))
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
] + [
    # An update that gave an agreement another id: both are forgotten.
    f"CREATE TEMP TRIGGER IF NOT EXISTS kept_facts_{table}_moved AFTER UPDATE OF {key}"
    f" ON main.{table} BEGIN SELECT {_FORGET}(NEW.{key}); END"
    for table, key in (("agreements", "id"), ("agreement_matching", "agreement_id"))
]


class KeptFacts:
    """Agreement id → its facts, as the writing connection last read them."""

    def __init__(self, db: Archive) -> None:
        self.facts: OrderedDict[int, Facts] = OrderedDict()
        self.version: int | None = None
        db.conn.create_function(_FORGET, 1, self._forget)
        for trigger in _TRIGGERS:
            db.execute(trigger)

    def get(self, agreement_id: int) -> Facts | None:
        facts = self.facts.get(agreement_id)
        if facts is not None:
            self.facts.move_to_end(agreement_id)
        return facts

    def keep(self, agreement_id: int, facts: Facts) -> None:
        self.facts[agreement_id] = facts
        if len(self.facts) > LIMIT:
            self.facts.popitem(last=False)

    def _forget(self, agreement_id: int) -> None:
        self.facts.pop(agreement_id, None)

    def begin(self, db: Archive) -> None:
        """At the start of a transaction: forget everything if another process has
        committed since this one's last (its own commits leave the version as it was)."""
        version = db.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.facts.clear()
        self.version = version

    def forget_all(self) -> None:
        """After a write was undone: what was read during it may be gone."""
        self.facts.clear()
