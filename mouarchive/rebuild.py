"""`reextract`: the archive rebuilt from its sources, with the owner's corrections kept.

Every source is read again by today's code, from the bytes kept in `sources.original`
(pages, documents, text files whose decoding was in doubt) or else from the text its reader
made, then cleaned, split and extracted as `add` does. So improved readers, cleaning and
extraction all reach an archive already built, and `reextract` leaves the archive as `add`
of the same files would now, with the corrections applied over it. It runs in one
transaction: killed half-way, the archive is as it was.

The owner's corrections are bound to content hashes, which change when cleaning changes an
article's text. Each article a source yields now is paired with the article it yielded
before (`pair`: the same hash, the only article either way, else the most similar text),
keeps that article's id, and takes over its corrections: their keys move to the new hash,
each sentence offset to where that sentence stands now (`moved`); the old hash is kept as
an alias, for corrections exported before and imported after. A correction whose article
or signing the rebuild no longer yields is never dropped silently: it is returned, and
`review` lists it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from mouarchive import copies, store
from mouarchive.corrections import ARTICLE_FIELDS, Correction
from mouarchive.extract.sentences import sentence_spans
from mouarchive.inputs import SourceMeta
from mouarchive.models import AgreementReport, Article, PartialDate
from mouarchive.preparing import Job, Prepared, extract_safely, prepare_job
from mouarchive.readers.fetch import is_url
from mouarchive.store.kept_ids import Previous, let_back
from mouarchive.workers import run_jobs

SIMILAR = 0.5
"""Dice overlap of character bigrams above which a changed text is still the same article:
cleaning removes furniture and rejoins words, it does not rewrite half an article."""
_PROBE = 40  # characters of a sentence looked for when the whole is not in the new text


@dataclass
class Rebuilt:
    """What a rebuild did, for the one-line summary and the lines that need a person."""

    changed: int = 0  # articles whose text the rebuild changed
    added: int = 0  # articles it yields that were not there before
    gone: int = 0  # articles it yields no more
    unread: list[tuple[str, str]] = field(default_factory=list)  # (path, why): kept as were
    lost: list[Correction] = field(default_factory=list)  # applied before, apply no more


# ---------------------------------------------------------------- pure helpers


def _bigrams(text: str) -> set[str]:
    folded = "".join(text.split())
    return {folded[i : i + 2] for i in range(len(folded) - 1)}


def similarity(a: str, b: str) -> float:
    left, right = _bigrams(a), _bigrams(b)
    if not left or not right:
        return float(a == b)
    return 2 * len(left & right) / (len(left) + len(right))


def pair(
    old: list[tuple[int, str, str]],
    new: list[tuple[str, str]],
    outlets: tuple[dict[int, str | None], list[str | None]] | None = None,
) -> dict[int, int]:
    """Which article of a source each of its articles now was before.

    `old` lists the articles the source yielded as (id, hash, text), `new` what it yields
    now as (hash, text). Returns index into `new` → id from `old`. The same hash pairs
    first; a source that yielded one article and yields one is the same article however
    its text changed; otherwise the most similar texts pair, if similar enough. Given the
    old articles' outlets and the new ones' (`outlets`), two outlets' copies of one body never
    pair: a page of both, read anew, keeps each copy's id and corrections on its copy.
    """
    held, read = outlets if outlets is not None else ({}, [])

    def apart(ident: int, index: int) -> bool:
        was = held.get(ident)
        now = read[index] if index < len(read) else None
        return bool(was and now and was != now)

    found: dict[int, int] = {}
    by_sha = {sha: ident for ident, sha, _ in old}
    for index, (sha, _) in enumerate(new):
        ident = by_sha.get(sha)
        if ident is not None and ident not in found.values() and not apart(ident, index):
            found[index] = ident
    left = [(ident, text) for ident, _, text in old if ident not in found.values()]
    right = [(index, text) for index, (_, text) in enumerate(new) if index not in found]
    if (
        len(left) == 1
        and len(right) == 1
        and len(old) == len(new)
        and not apart(left[0][0], right[0][0])
    ):
        found[right[0][0]] = left[0][0]
        return found
    # Most similar first; of equals, in page order (the first copy pairs with the first).
    scored = sorted(
        (
            (similarity(old_text, new_text), index, ident)
            for ident, old_text in left
            for index, new_text in right
            if not apart(ident, index)
        ),
        key=lambda scored: (-scored[0], scored[1], scored[2]),
    )
    for score, index, ident in scored:
        if score >= SIMILAR and index not in found and ident not in found.values():
            found[index] = ident
    # One copy of an outlet before and one now, however differently read (an older reader
    # lost a second copy's shared paragraphs): the same article.
    unpaired_old = [ident for ident, _ in left if ident not in found.values()]
    unpaired_new = [index for index, _ in right if index not in found]
    for ident in unpaired_old:
        named = held.get(ident)
        same = [
            index for index in unpaired_new if named and index < len(read) and read[index] == named
        ]
        if len(same) == 1 and sum(held.get(i) == named for i in unpaired_old) == 1:
            found[same[0]] = ident
            unpaired_new.remove(same[0])
    return found


def moved(old: str, new: str) -> Callable[[int | None], int | None]:
    """Where a sentence starting at an offset of `old` starts in `new`; None when the
    sentence is not there.

    The whole sentence is looked for, whitespace aside (cleaning rejoins words): press
    releases open several sentences alike ("한편 이번 협약은 …"), and a correction bound to
    one must not pass to another. Only a sentence the new text no longer holds whole is
    found by its first words; of several places either way, the one nearest its old place
    (scaled to the new text's length) is taken, never simply the first.
    """
    if old == new:
        return lambda start: start
    spans: list[tuple[int, int]] = []
    folded_new, places = _folded(new)

    def at(start: int | None) -> int | None:
        if start is None:
            return start
        if not spans:
            spans.extend(sentence_spans(old) or [(0, len(old))])
        end = next((e for s, e in spans if s <= start < e), start + _PROBE)
        sentence, _ = _folded(old[start:end])
        expected = start * len(new) / max(len(old), 1)
        hits = [places[hit] for hit in _occurrences(folded_new, sentence)] if sentence else []
        if not hits:
            probe = old[start : start + _PROBE]
            if len(probe.strip()) < 4:
                return None
            hits = list(_occurrences(new, probe))
        return min(hits, key=lambda hit: abs(hit - expected)) if hits else None

    return at


def _folded(text: str) -> tuple[str, list[int]]:
    """The text without whitespace, and where each of its characters stands in `text`."""
    places = [index for index, char in enumerate(text) if not char.isspace()]
    return "".join(text[index] for index in places), places


def _occurrences(text: str, part: str) -> Iterator[int]:
    """Every offset of `part` in `text`, overlapping ones too: `moved` weighs them all."""
    found = text.find(part)
    while found != -1:
        yield found
        found = text.find(part, found + 1)


def _corrected_meta(article: Article, corrections: list[Correction]) -> tuple[Article, list]:
    """An article's metadata with its active corrections over what the rebuild read.

    Unlike undoing (`curate.apply_article`), a field whose corrections were all undone
    keeps what the reading gives now, not what it held when first corrected.
    """
    values, corrected = {}, []
    for name in ARTICLE_FIELDS:
        own = [c for c in corrections if c.field == name and c.undone_at is None]
        if own:
            values[name] = own[-1].new
            corrected.append(name)
    if "date" in values:
        values["published"] = PartialDate.parse_iso(values.pop("date"))  # type: ignore[arg-type]
    return replace(article, **values), corrected


# ---------------------------------------------------------------- the rebuild


@dataclass
class _Pass:
    """What the rebuild has done so far, as it goes through the sources in order."""

    db: store.Archive
    links: dict[int, list[tuple[int, int]]]
    old_sha: dict[int, str]
    previous: Previous
    result: Rebuilt
    claimed: dict[int, str] = field(default_factory=dict)  # old article id → its hash now
    new_ids: set[int] = field(default_factory=set)  # articles the rebuild added
    went_to: dict[int, str] = field(default_factory=dict)  # unclaimed old id → hash it joined
    old_text: dict[int, str] = field(default_factory=dict)  # rewritten articles' old text
    removed: store.removals.InForce = field(default_factory=store.removals.InForce)
    # Removed articles' reports as they stood, by hash: one let back in takes its ids back.
    returning: dict[str, list[store.removals.Place]] = field(default_factory=dict)


def rebuild(
    db: store.Archive, workers: int = 0, on_source: Callable[[], None] = lambda: None
) -> Rebuilt:
    """Read every source again and rebuild its articles and agreements, in one transaction."""
    result = Rebuilt()
    with store.transaction(db):
        before = {c.id for c in store.corrections.in_force(db) if store.corrections.applies(db, c)}
        state = _Pass(
            db,
            store.rebuild.source_links(db),
            store.rebuild.article_shas(db),
            store.clear_agreements(db),
            result,
            removed=store.removals.in_force(db),
            returning=store.removals.returning(db),
        )
        store.rebuild.clear_links(db)
        sources = {}

        def jobs() -> Iterator[Job]:
            for source_id in store.rebuild.source_ids(db):
                source = store.rebuild.load_source(db, source_id)
                sources[source.sha256] = source
                given = source.given
                meta = SourceMeta.from_json(given) if given else SourceMeta()
                yield Job(
                    source.path,
                    meta,
                    source.sha256,
                    source.data,
                    content_type=_served_as(source),
                    kind=source.kind,
                )

        # The pool `add` uses: the reading and extraction run in worker processes, the
        # writes here, in this transaction, in source order.
        for job, outcome in run_jobs(prepare_job, jobs(), workers):
            source = sources.pop(job.sha256)
            if isinstance(outcome, Prepared):
                _write_source(state, source, outcome)
            else:
                result.unread.append((source.path, outcome))
                _keep_source(state, source)
            on_source()
        _settle_unclaimed(state)
        # Reports were saved one article at a time: where a correction was applied before
        # the report it is bound to existed, apply it again now that all do.
        store.refresh_agreements(db, store.corrections.corrected_agreements(db))
        result.lost = [
            c
            for c in store.corrections.in_force(db)
            if c.id in before and not store.corrections.applies(db, c)
        ]
    return result


def _served_as(source: store.rebuild.StoredSource) -> str | None:
    """A fetched page is read again in the charset it was read in the first time, which its
    server may have declared in a header the archive does not keep."""
    if source.kind == "html" and is_url(source.path):
        return f"text/html; charset={source.encoding}"
    return None


def _write_source(state: _Pass, source: store.rebuild.StoredSource, prepared: Prepared) -> None:
    db = state.db
    if source.reread and prepared.text != source.raw_text:
        store.rebuild.update_source_text(
            db,
            source.id,
            text=prepared.text,
            encoding=prepared.encoding,
            warnings=prepared.warnings,
        )
    idents = [ident for _, ident in state.links.get(source.id, [])]
    stored = store.rebuild.load_articles(db, idents)
    old = [
        (ident, state.old_sha[ident], state.old_text.get(ident) or stored[ident].body)
        for ident in idents
        if ident in stored
    ]
    paired = pair(
        old,
        [(sha, article.body) for article, sha, _ in prepared.articles],
        (
            {ident: stored[ident].outlet for ident in idents if ident in stored},
            [article.outlet for article, _, _ in prepared.articles],
        ),
    )
    for position, (article, sha, reports) in enumerate(prepared.articles):
        was = paired.get(position)
        if was is None and state.removed.keeps_out(sha, article.body, article.outlet):
            # "remove --article": the page still holds it, the archive does not, also when
            # today's reading changed its text.
            continue
        # An article another source's copy took already (one outlet's repost of another's,
        # once held as one) becomes its own with what it reads, not the metadata held.
        if source.given is None and was in stored and was not in state.claimed:
            kept = _as_before(article, stored[was])
            if kept != article:  # a date kept changes what "12일" means
                article, (reports, _) = kept, extract_safely(kept)
        article_id = _place(state, article, sha, reports, was)
        store.link_article_source(db, article_id, source.id, position)


def _body(db: store.Archive, article_id: int) -> str:
    article = store.load_article(db, article_id)
    return article.body if article else ""


def _as_before(article: Article, before: Article) -> Article:
    """A source added before `sources.given` kept what the user gave: its article keeps
    the metadata it had where it had it (the user's --date cannot be told from a read one)."""
    return replace(
        article,
        title=before.title or article.title,
        outlet=before.outlet or article.outlet,
        published=before.published or article.published,
        url=before.url or article.url,
    )


def _place(
    state: _Pass, article: Article, sha: str, reports: list[AgreementReport], was: int | None
) -> int:
    """Write one article the rebuild yields; returns its id.

    Its text may already stand in the archive: rebuilt from an earlier source (a second
    copy, which fills what the first lacked, as in `add`), or as an old article not yet
    rebuilt (which keeps its id). Else it takes the id of the article it was, if no other
    source's article took that already, or a new one.
    """
    db = state.db
    sha = copies.held_hash(db, article, sha, lambda i: i in state.claimed or i in state.new_ids)
    existing = store.article_id_by_sha(db, sha)
    rebuilt = existing is not None and (existing in state.claimed or existing in state.new_ids)
    if existing is not None and rebuilt:
        store.insert_article(db, article, sha)  # fills what the first copy lacked
        if was is not None and was not in state.claimed and was != existing:
            state.went_to.setdefault(was, sha)
        return existing
    if existing is not None:
        target = existing
        if was is not None and was != existing and was not in state.claimed:
            state.went_to.setdefault(was, sha)
    elif was is not None and was not in state.claimed:
        target = was
    else:
        target, _ = store.insert_article(db, article, sha)
        state.new_ids.add(target)
        state.result.added += 1
        if sha in state.returning:
            taken = frozenset(i for held in state.previous.places.values() for *_, i in held)
            own = store.merged_from(db, sha)
            back = let_back(target, state.returning[sha], 0, taken, own)
            state.previous.places |= back.places
            state.previous.parties |= back.parties
        _extract(state, target, article, reports)
        return target
    _rewrite(state, target, article, sha)
    _extract(state, target, article, reports)
    return target


def _rewrite(state: _Pass, article_id: int, article: Article, sha: str) -> None:
    """An old article as read now: same id, new text and hash; its corrections follow."""
    db = state.db
    old_sha = state.old_sha[article_id]
    state.claimed[article_id] = sha
    state.went_to.pop(article_id, None)
    if old_sha != sha:
        old_body = _body(db, article_id)
        state.old_text[article_id] = old_body
        # The hash also counts the outlet: one that came to count with an unchanged text
        # is not an article read differently.
        state.result.changed += _folded(old_body)[0] != _folded(article.body)[0]
        shift = moved(old_body, article.body)
        store.corrections.rebind(db, old_sha, sha, shift)
        store.rebuild.alias(db, old_sha, sha)
        places = state.previous.places.get(article_id, [])
        state.previous.places[article_id] = [
            (position, shift(start), agreement) for position, start, agreement in places
        ]
    store.rebuild.replace_article(db, article_id, sha, article)


def _extract(
    state: _Pass, article_id: int, article: Article, reports: list[AgreementReport]
) -> None:
    """Save an article's reports, after its corrected metadata is applied again: a
    corrected date changes what "12일" means, so such an article is extracted anew."""
    reports = with_corrected_meta(state.db, article_id, article, reports)
    store.save_reports(state.db, article_id, reports, state.previous)


def with_corrected_meta(
    db: store.Archive, article_id: int, article: Article, reports: list[AgreementReport]
) -> list[AgreementReport]:
    """Apply an article's corrected metadata again to its row as just read, and return its
    reports, extracted anew where a correction changes what they depend on."""
    sha = store.article_sha(db, article_id) or ""
    corrections = store.corrections.for_article(db, sha)
    if not corrections:
        return reports
    corrected_article, corrected = _corrected_meta(article, corrections)
    meta = store.article_meta(db, article_id) or {}
    values = {
        "date": corrected_article.published.iso if corrected_article.published else None,
        "outlet": corrected_article.outlet,
        "title": corrected_article.title,
        "url": corrected_article.url,
    }
    store.set_article_meta(db, article_id, {**meta, **values}, corrected)
    if corrected_article != article:
        reports, _ = extract_safely(corrected_article)
    return reports


def _keep_source(state: _Pass, source: store.rebuild.StoredSource) -> None:
    """A source that cannot be read again keeps its articles as they are, re-extracted."""
    db = state.db
    for position, article_id in state.links.get(source.id, []):
        store.link_article_source(db, article_id, source.id, position)
        if article_id in state.claimed or article_id in state.new_ids:
            continue
        state.claimed[article_id] = state.old_sha[article_id]
        state.went_to.pop(article_id, None)
        article = store.load_article(db, article_id)
        if article is not None:
            reports, _ = extract_safely(article)
            store.save_reports(db, article_id, reports, state.previous)


def _settle_unclaimed(state: _Pass) -> None:
    """Old articles no source yields any more go. One whose text went into another article
    (two articles that cleaning now makes one) hands its corrections over to it; one that
    is simply no more is noted, and its corrections are reported."""
    db = state.db
    for article_id, old_sha in state.old_sha.items():
        if article_id in state.claimed:
            continue
        target = state.went_to.get(article_id)
        if target is not None:
            target_id = store.article_id_by_sha(db, target)
            new_body = _body(db, target_id) if target_id is not None else ""
            store.corrections.rebind(db, old_sha, target, moved(_body(db, article_id), new_body))
        store.rebuild.alias(db, old_sha, target)
        store.delete_article(db, article_id)
        state.result.gone += 1
