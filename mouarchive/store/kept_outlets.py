"""Every outlet an article is held under, kept by the connection that asks for them.

A copy naming no outlet is looked up under each outlet held (`copies.held_hash`), once for
every such article `add` or `reextract` writes. Reading them each time ("SELECT DISTINCT
outlet") walked every article, so a page of many articles took time growing with the square
of its size (review 55c, C4). They are read once; a temporary trigger on the connection
(never stored in the archive) adds each outlet written since, by whatever code writes it.
An outlet no longer held stays among them, which costs a lookup that finds nothing; another
process's commit (`PRAGMA data_version`) has them read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mouarchive.store.connection import Archive

_WRITTEN = "mouarchive_outlet_written"
_TRIGGERS = [
    f"CREATE TEMP TRIGGER IF NOT EXISTS kept_outlets_{event.split()[0].lower()}"
    f" AFTER {event} ON main.articles BEGIN SELECT {_WRITTEN}(NEW.outlet); END"
    for event in ("INSERT", "UPDATE OF outlet")
]
_WATCHING = "SELECT 1 FROM sqlite_temp_master WHERE name = 'kept_outlets_insert'"


class KeptOutlets:
    """The outlets the archive's articles are held under, as this connection last knew them."""

    def __init__(self, db: Archive) -> None:
        self.names: set[str] = set()
        self.version: int | None = None
        db.conn.create_function(_WRITTEN, 1, self._written)

    def held(self, db: Archive) -> set[str]:
        """Every outlet held, read again if another process has committed since, or if the
        triggers are gone: made inside a transaction that was rolled back, they went with it."""
        version = db.execute("PRAGMA data_version").fetchone()[0]
        if not db.execute(_WATCHING).fetchone():
            for trigger in _TRIGGERS:
                db.execute(trigger)
            self.version = None
        if version != self.version:
            rows = db.execute("SELECT DISTINCT outlet FROM articles")
            self.names = {name for (name,) in rows if name}
            self.version = version
        return self.names

    def _written(self, outlet: str | None) -> None:
        if outlet:
            self.names.add(outlet)
