"""`remove`: the one correction that deletes.

Everything else the owner corrects is recorded over extraction and taken back by `undo`;
removing deletes an article or a file with its raw text and index entries, so it is planned
first (`plan_removal`: a missing article or file is an error before anything goes, and the
CLI shows the plan for confirmation) and carried out in one transaction (`remove`). It is
still recorded, so the listing says what went and why, an import of the record (asked for)
removes the same from a colleague's archive, and an article removed one by one stays out
when a file brings it again, until its removal is undone. A file comes back by adding it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from mouarchive import ids, store
from mouarchive.corrections import Correction, Key
from mouarchive.curate import CurationError, now, record
from mouarchive.resemblance import sketch


@dataclass
class Removal:
    """What `remove` will delete, shown for confirmation before anything is."""

    articles: list[tuple[int, str, str]] = field(default_factory=list)  # id, sha, label
    sources: list[tuple[int, str, str]] = field(default_factory=list)  # id, sha, path
    # Paths of files other paths still hold: only the path is forgotten.
    paths: list[tuple[int, str, int]] = field(default_factory=list)  # source id, path, kept

    def describe(self) -> list[str]:
        return (
            [f"file {path}" for _, _, path in self.sources]
            + [
                f"path {path} (its content stays, held by {_others(kept)})"
                for _, path, kept in self.paths
            ]
            + [label for _, _, label in self.articles]
        )


def _others(count: int) -> str:
    return "1 other path" if count == 1 else f"{count} other paths"


def plan_removal(db: store.Archive, article_ids: list[int], paths: list[str]) -> Removal:
    """Check what to remove; a missing article or file is an error before anything goes.

    A file is found by the path it was added from, else by its content (moved or renamed
    since); a web page by its URL. A path whose content other paths were added from too
    (a copy in another folder) is only forgotten: the copies still hold the articles.
    """
    from mouarchive.readers.fetch import is_url

    plan = Removal()
    for article_id in dict.fromkeys(article_ids):
        meta = store.article_meta(db, article_id)
        if meta is None:
            raise CurationError(store.retired.missing_article(db, article_id))
        label = f"article {article_id}: {meta['title'] or '(제목 없음)'}"
        plan.articles.append((article_id, store.article_sha(db, article_id), label))
    # "copy.txt", "./copy.txt" and its absolute path are one file, removed once.
    for spec in paths:
        if spec in (STDIN_SHOWN, "-"):
            raise CurationError(_no_stdin_file(db))
    specs = {spec if is_url(spec) else _resolved(spec): spec for spec in paths}
    for spec in specs.values():
        if is_url(spec):
            found = store.source_by_path(db, spec)
            if found is None:
                raise CurationError(f"{spec}: not in the archive")
            # A page also added from a saved file: the file keeps its articles.
            if not _forgets_path(db, plan, found[0], spec):
                plan.sources.append((found[0], found[1], spec))
            continue
        path = Path(spec).expanduser()
        # As added (absolute, links kept) or as it resolves: either finds the path stored.
        stored_as, found = str(path.resolve()), None
        for way in (os.path.abspath(path), stored_as):
            if (found := store.source_by_path(db, way)) is not None:
                stored_as = way
                break
        if found is not None and _forgets_path(db, plan, found[0], stored_as):
            continue
        if found is None and path.is_file():
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            source_id = store.source_id_by_hash(db, sha)
            found = (source_id, sha) if source_id is not None else None
        if found is None:
            raise CurationError(f"{spec}: not in the archive")
        if any(source_id == found[0] for source_id, _, _ in plan.sources):
            continue  # named by its content and by a path: one file, removed once
        stored = store.source_id_and_path(db, found[1])
        plan.sources.append((found[0], found[1], stored[1] if stored else spec))
    return _counted(db, plan)


STDIN_SHOWN = "<stdin>"  # the path `export` and `show` list for articles read from stdin


def _no_stdin_file(db: store.Archive) -> str:
    """What `remove <stdin>` says: standard input is no file, so its articles, which all
    carry that one name, are removed by id (newcomer 48, finding 24)."""
    held = store.articles_at_path(db, STDIN_SHOWN)
    if not held:
        return f"{STDIN_SHOWN}: no article read from standard input is in the archive"
    listed = ", ".join(ids.article(article_id) for article_id in held)
    return (
        f"{STDIN_SHOWN} is no file: articles read from standard input are removed by id:"
        f" mouarchive remove --article {ids.article(held[0])} (read from it: {listed})"
    )


def _resolved(spec: str) -> str:
    """ "copy.txt", "./copy.txt" and its absolute path are one file, named once."""
    return str(Path(spec).expanduser().resolve())


def _counted(db: store.Archive, plan: Removal) -> Removal:
    """The plan with no path forgotten of a file it removes whole, and each forgotten path's
    count of the paths that will still hold its file, counted once all is planned."""
    removed = {source_id for source_id, _, _ in plan.sources}
    forgetting = [(s, p) for s, p, _ in plan.paths if s not in removed]
    forgotten = {p for _, p in forgetting}
    plan.paths = [
        (s, p, sum(1 for kept in store.source_paths(db, s) if kept not in forgotten))
        for s, p in forgetting
    ]
    return plan


def _forgets_path(db: store.Archive, plan: Removal, source_id: int, path: str) -> bool:
    """Plan to forget `path` alone when paths this command keeps hold the same file; else
    leave the whole file to be removed, and with it the paths planned to be forgotten."""
    forgotten = {p for s, p, _ in plan.paths if s == source_id}
    others = [p for p in store.source_paths(db, source_id) if p != path and p not in forgotten]
    if not others:
        plan.paths = [entry for entry in plan.paths if entry[0] != source_id]
        return False
    plan.paths.append((source_id, path, len(others)))
    return True


@dataclass
class Removed:
    """What `remove` did, told so that a removal that deleted no article still says what it
    did and where the articles it kept are ("removed 0 articles" read as "did nothing")."""

    articles: int = 0  # deleted, with their raw text
    agreements: int = 0  # left without a source, and deleted too
    files: int = 0  # files deleted, with their raw text
    # Articles of deleted files that another file still holds: (id, a path of that file).
    kept: list[tuple[int, str]] = field(default_factory=list)
    # Paths forgotten, whose content another path still holds: (path, a path holding it).
    forgotten: list[tuple[str, str]] = field(default_factory=list)
    # Forgotten URLs that stay an article's address, and so stay known to `add`.
    addresses: list[str] = field(default_factory=list)


def remove(db: store.Archive, plan: Removal, note: str | None) -> Removed:
    """Delete what `plan` lists, with raw text and index entries, and record it (no undo);
    forget the paths it lists, whose content other paths still hold (nothing is deleted, so
    nothing is recorded)."""
    with store.transaction(db):
        made = now()
        touched: set[int] = set()
        deleted = 0
        for source_id, path, _kept in plan.paths:
            store.forget_path(db, source_id, path)
        forgotten = [(path, store.source_paths(db, s)[0]) for s, path, _ in plan.paths]
        addresses = [
            path for _, path, _ in plan.paths if store.source_id_by_url(db, path) is not None
        ]
        held: list[int] = []  # the articles of the files deleted, some held by other files
        places_gone: list[
            store.removals.Standing
        ] = []  # their reports' places (`removals.report_places`)
        for source_id, sha, path in plan.sources:
            if store.source_id_and_path(db, sha) is None:
                raise CurationError(f"{path}: not in the archive any more")
            articles_of_source = store.source_articles(db, source_id)
            held += articles_of_source
            places = store.removals.report_places(db, articles_of_source)
            places_gone += places
            articles, agreements = store.delete_source(db, source_id)
            # The articles that went with it, so that an old note's "a10" can be followed.
            removal = record(
                db,
                Correction(
                    "source",
                    "delete",
                    [Key(source_sha=sha)],
                    path,
                    made,
                    old=path,
                    new=articles or None,
                    note=note,
                ),
            )
            store.removals.keep_places(db, removal.id or 0, places)
            deleted += len(articles)
            touched |= agreements
        for article_id, sha, label in plan.articles:
            if store.article_id_by_sha(db, sha) is None:
                continue
            held_text = store.load_article(db, article_id)
            removal = record(
                db,
                Correction(
                    "article",
                    "delete",
                    [Key(article_sha=sha)],
                    label,
                    made,
                    old=label,
                    new=[article_id],
                    note=note,
                ),
            )
            store.removals.keep_sources(db, removal.id or 0, article_id)
            store.removals.keep_places(
                db, removal.id or 0, store.removals.report_places(db, [article_id])
            )
            if held_text is not None:
                store.removals.keep_sketch(
                    db, removal.id or 0, sketch(held_text.body), held_text.outlet
                )
            touched |= store.delete_article(db, article_id)
            deleted += 1
        # A correction made on reports of these articles and others lands on the others'.
        shas = [sha for sha, *_ in places_gone] + [sha for _, sha, _ in plan.articles]
        store.refresh_agreements(db, touched | store.corrections.landing(db, shas))
        gone = sum(1 for agreement_id in touched if not store.agreement_exists(db, agreement_id))
        kept = [
            (article_id, path)
            for article_id in dict.fromkeys(held)
            if (path := store.article_path(db, article_id)) is not None
        ]
        return Removed(deleted, gone, len(plan.sources), kept, forgotten, addresses)
