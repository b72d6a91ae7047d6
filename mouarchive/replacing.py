"""A file edited and added again at the path it was added from: the new version takes the
old one's place (newcomer 48, finding 4).

Kept side by side, the two versions would count as two sources of one story, the old one
would outlive `remove PATH`, and what the owner gave for that path would stay with the
version nobody reads any more. So the metadata given when the path was added is given
again (`meta_for`; what this `add` gives wins), and the old version's articles are paired
with the new one's as `reextract` pairs them (the same text, the only article either way,
else the most similar): each keeps its id, and its corrections follow it, each sentence
offset moved to where that sentence stands now. An old article the new version no longer
holds goes; a correction that finds nothing to apply to any more is counted in the one
line `add` prints, and `review` lists it.

A path whose old version other paths still hold (a copy elsewhere) only moves to the new
version: the copies keep the old articles and their corrections.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mouarchive import ids, store
from mouarchive.inputs import SourceMeta
from mouarchive.models import AgreementReport, Article
from mouarchive.preparing import clean_value
from mouarchive.readers.fetch import is_url
from mouarchive.rebuild import moved, pair, with_corrected_meta

# The note of the corrections a known file's re-add with other values makes (`ingest`).
READDED_NOTE = "given when the file was added again"


def meta_for(db: store.Archive, path: str, meta: SourceMeta) -> SourceMeta:
    """What was given for `path` when it was added, under what is given now."""
    given = store.given_at_path(db, path) if _replaceable(path) else None
    if not given:
        return meta
    held = SourceMeta.from_json(given)
    return SourceMeta(
        date=meta.date or held.date,
        outlet=meta.outlet or held.outlet,
        url=meta.url or held.url,
        title=meta.title or held.title,
    )


def remember_given(db: store.Archive, source_id: int, path: str, meta: SourceMeta) -> None:
    """A known file added again from `path` with values: they are what was given for that
    path from now on (over what was given for it before), so an edited version added from
    it later gets them again, even where the same bytes came first from another path."""
    if _replaceable(path):
        store.give_at_path(db, source_id, path, meta_for(db, path, meta).as_json())


def _replaceable(path: str) -> bool:
    """Standard input has no path to be edited at, and a page fetched again is `--refresh`'s."""
    return path != "<stdin>" and not is_url(path)


@dataclass
class Replacement:
    """The old version held at a path, and which of its articles the new version's are."""

    path: str
    source_id: int
    others: list[str]  # other paths holding the old version: it stays, for them
    paired: dict[int, int] = field(default_factory=dict)  # new position → old article id
    replaced: list[int] = field(default_factory=list)  # old ids a changed article took over
    unchanged: list[int] = field(default_factory=list)  # old ids the new version reads alike
    corrections: set[int] = field(default_factory=set)  # in force on the old version
    waiting: set[int] = field(default_factory=set)  # in force, finding nothing in the old one
    signings: dict[int, str] = field(default_factory=dict)  # correction → its signing before


def find(db: store.Archive, path: str, new: list[tuple[str, str]]) -> Replacement | None:
    """The version held at `path` that a new one (its articles as (hash, text)) replaces."""
    if not _replaceable(path):
        return None
    found = store.source_by_path(db, path)
    if found is None:
        return None
    source_id, _ = found
    others = [p for p in store.source_paths(db, source_id) if p != path]
    replacement = Replacement(path, source_id, others)
    if others:
        return replacement
    own = [
        article_id
        for article_id in store.source_articles(db, source_id)
        if store.article_sources_of(db, article_id) == [source_id]
    ]
    old = []
    for article_id in own:
        article = store.load_article(db, article_id)
        sha = store.article_sha(db, article_id)
        if article is not None and sha is not None:
            old.append((article_id, sha, article.body))
    replacement.paired = pair(old, new)
    shas = [sha for _, sha, _ in old]
    for c in store.corrections.touching(
        db, shas, ("set", "add", "remove", "reject", "merge", "split")
    ):
        if c.id is not None:
            applies = store.corrections.applies(db, c)
            (replacement.corrections if applies else replacement.waiting).add(c.id)
            if applies and c.target == "agreement":
                replacement.signings[c.id] = store.corrections.signing(db, c)
    return replacement


def take_place(
    db: store.Archive,
    article_id: int,
    article: Article,
    sha: str,
    reports: list[AgreementReport],
) -> bool:
    """The new version of an old article, in its place: same id, new text and hash; the
    owner's corrections follow it, and its agreements are extracted again. Returns whether
    it reads otherwise than before (a page's other articles are often left as they were)."""
    old_sha = store.article_sha(db, article_id) or ""
    old = store.load_article(db, article_id)
    shift = moved(old.body if old else "", article.body)
    store.corrections.rebind(db, old_sha, sha, shift)
    if old_sha != sha:
        store.rebuild.alias(db, old_sha, sha)
    store.rebuild.replace_article(db, article_id, sha, article)
    corrected = with_corrected_meta(db, article_id, article, reports)
    store.replace_reports(db, article_id, corrected, shift)
    return old_sha != sha or store.load_article(db, article_id) != old


def retire(db: store.Archive, replacement: Replacement) -> str:
    """Let the old version go from its path (and from the archive, when no other path holds
    it); returns what the user is told after "PATH changed since it was added: "."""
    if replacement.others:
        withdrawn = _withdraw_given(db, replacement)
        store.forget_path(db, replacement.source_id, replacement.path)
        kept = ", ".join(ids.article(a) for a in store.source_articles(db, replacement.source_id))
        told = f"its old version stays ({kept}), held by {replacement.others[0]}"
        if withdrawn:
            told += f", without the {' and '.join(withdrawn)} given for this file"
        return told
    gone_shas = [
        sha
        for article_id in store.source_articles(db, replacement.source_id)
        if store.article_sources_of(db, article_id) == [replacement.source_id]
        and (sha := store.article_sha(db, article_id)) is not None
    ]
    _, touched = store.delete_source(db, replacement.source_id)
    for sha in gone_shas:
        store.rebuild.alias(db, sha, None)
    store.refresh_agreements(db, touched)
    parts = []
    if replacement.replaced:
        word = "article" if len(replacement.replaced) == 1 else "articles"
        parts.append(f"replaced {word} " + ", ".join(map(ids.article, replacement.replaced)))
    elif replacement.unchanged and not gone_shas:
        parts.append(
            "its articles read as before ("
            + ", ".join(map(ids.article, replacement.unchanged))
            + ")"
        )
    if gone_shas:
        parts.append(f"{_count(len(gone_shas), 'old article')} it no longer holds removed")
    lost = [
        correction_id
        for correction_id in sorted(replacement.corrections)
        if not _applies(db, correction_id)
    ]
    if lost:
        parts.append(
            f"{_count(len(lost), 'correction')} no longer "
            f"{'applies' if len(lost) == 1 else 'apply'} (mouarchive review lists "
            f"{'it' if len(lost) == 1 else 'them'})"
        )
    if back := [c for c in sorted(replacement.waiting) if _applies(db, c)]:
        parts.append(_back(db, back))
    if moved := _moved(db, replacement):
        parts.append(
            f"{_count(moved, 'correction')} now {'applies' if moved == 1 else 'apply'} to"
            f" another signing (mouarchive review lists {'it' if moved == 1 else 'them'})"
        )
    return "; ".join(parts or ["its old version removed (other files hold its articles)"])


def _withdraw_given(db: store.Archive, replacement: Replacement) -> list[str]:
    """The values given for the path the old version leaves, recorded as corrections of its
    articles when it was added again with them, go with that path (its new version is given
    them again): the paths that keep the old version keep only what was given for them.
    Returns the fields taken back (their corrections stay on record, undone)."""
    from mouarchive import curate

    given = store.given_for(db, replacement.source_id, replacement.path)
    if not given:
        return []
    fields: list[str] = []
    leaving = _values(SourceMeta.from_json(given))
    kept = [
        _values(SourceMeta.from_json(other))
        for path in replacement.others
        if (other := store.given_for(db, replacement.source_id, path))
    ]
    for article_id in store.source_articles(db, replacement.source_id):
        sha = store.article_sha(db, article_id)
        withdrawn = [
            c
            for c in store.corrections.for_article(db, sha or "")
            if c.note == READDED_NOTE
            and c.undone_at is None
            and c.id is not None
            and leaving.get(c.field or "") == c.new
            and all(values.get(c.field or "") != c.new for values in kept)
        ]
        for correction in withdrawn:
            store.corrections.mark_undone(db, correction.id, curate.now())  # type: ignore[arg-type]
            if correction.field not in fields:
                fields.append(correction.field)  # type: ignore[arg-type]
        if withdrawn:
            curate.apply_article(db, article_id)
    return fields


def _values(meta: SourceMeta) -> dict[str, str | None]:
    """Given metadata as a re-add's corrections hold it."""
    return {
        "date": meta.date.iso if meta.date else None,
        "outlet": clean_value(meta.outlet),
        "url": clean_value(meta.url),
        "title": clean_value(meta.title),
    }


def _moved(db: store.Archive, replacement: Replacement) -> int:
    """Corrections that still apply, by the signing's place in the article, to a signing the
    edit gave other parties or another kind: marked for `review`, never moved without a
    word (newcomer 49, finding 20). One an earlier edit moved and this one puts back on the
    signing it was on before (the file restored exactly) has nothing left to review, and is
    marked so (review 56 c, 7: listed with the edited state as its "was"). Returns how many
    moved."""
    count = 0
    before = {correction_id: first for correction_id, first, _ in store.corrections.moved(db)}
    for correction_id, was in sorted(replacement.signings.items()):
        correction = store.corrections.get(db, correction_id)
        if correction is None or not store.corrections.applies(db, correction):
            continue
        now = store.corrections.signing(db, correction)
        if now == was:
            continue
        if before.get(correction_id) == now:
            store.corrections.mark_back(db, correction_id)
            continue
        store.corrections.mark_moved(db, correction_id, was)
        count += 1
    return count


def _back(db: store.Archive, back: list[int]) -> str:
    """Corrections the old version gave nothing to apply to, and the new one does (the
    signing an edit took out, put back): which agreement they apply to now, since that is
    a new one, with a new id (newcomer 49, finding 14)."""
    agreements = sorted(
        {
            place[1]
            for correction_id in back
            if (correction := store.corrections.get(db, correction_id)) is not None
            for key in correction.keys
            if (place := store.corrections.report_of(db, key))
        }
    )
    where = ", ".join(f"#{i}" for i in agreements)
    verb = "applies" if len(back) == 1 else "apply"
    return f"{_count(len(back), 'correction')} {verb} again, to agreement {where}"


def _applies(db: store.Archive, correction_id: int) -> bool:
    correction = store.corrections.get(db, correction_id)
    return correction is not None and store.corrections.applies(db, correction)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
