"""What became of an id the archive no longer holds, so a note that cites it can be followed.

Ids are never given twice (migration 0024), so an id at or below the highest one issued
named something once: an agreement merged into another (the merge's record names both) or
joined to another by `add` (`joined_agreements`), an article removed one by one (its
removal's label names it) or with its file (the file's removal lists it), or one that went
when a re-read no longer found it. An id above it was never given.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from mouarchive import ids
from mouarchive.corrections import Key
from mouarchive.store import corrections, removals, split_ids
from mouarchive.store.agreements import issued_top
from mouarchive.store.connection import Archive


def missing_agreement(db: Archive, agreement_id: int) -> str:
    """Why `#N` opens nothing: "no agreement #N" and what became of it."""
    said = f"no agreement {ids.agreement(agreement_id)}"
    top = issued_top(db)
    if agreement_id < 1 or agreement_id > top:
        # An archive that never held one has no range to tell ("#1 to #0").
        return (
            f"{said} (the archive's agreement ids are #1 to {ids.agreement(top)})" if top else said
        )
    # Split off again and then removed, a merge or join before is history (review 57 c, 1).
    removed_itself = corrections.went_with_its_articles(db, agreement_id)
    merged = None if removed_itself else _merged(db, agreement_id)
    if merged is not None:
        correction, holder, kept, keys = merged
        if holder is None:
            said += f": it was merged into {ids.agreement(kept)} (correction {correction})"
            went = removals.went_with_reports(db, _spots(keys))
            if went is not None and went.undone:
                return f"{said}; {_removed_and(db, went)}"
            return f"{said}, and its reports are gone since"
        return (
            f"{said}: it was merged (correction {correction}); its signing is"
            f" {ids.agreement(holder)} now (mouarchive show {holder})"
        )
    joined = (
        None
        if removed_itself
        else db.execute(
            "SELECT joined, article_id, read_again FROM joined_agreements WHERE agreement_id = ?",
            [agreement_id],
        ).fetchone()
    )
    if joined is not None:
        how = "read again" if joined[2] else "added"
        article = ids.article(joined[1])
        said += (
            f": it joined {ids.agreement(joined[0])} when {article} was {how},"
            " which told them as one signing"
        )
        held = _held_by(db, joined[1]) if joined[2] else set()
        split = None if joined[2] else _split_since_unknown_join(db, agreement_id, joined[0])
        if split is not None:
            # Joined before migration 0031 kept which articles it joined: a split of the
            # holder may have parted it since, so the join is not said to hold (review 57 c,
            # 9: "it joined #5" of a signing split off as #9).
            correction, leaving = split
            return (
                f"{said}; correction {correction} split {ids.agreement(leaving)} off"
                f" {ids.agreement(joined[0])} since, and the join is older than the record of"
                f" its articles: it may be either (mouarchive show {joined[0]},"
                f" mouarchive show {leaving})"
            )
        if not held or joined[0] in held:
            return f"{said} (mouarchive show {joined[0]})"
        # The article read again was the signing that joined; split off since (an archive
        # split before review 56 c, 1), the join is history and must not read as today's.
        elsewhere = min(held)
        return (
            f"{said}; {article} left {ids.agreement(joined[0])} since, and is in"
            f" {ids.agreement(elsewhere)} now (mouarchive show {elsewhere})"
        )
    went = removals.went_with(db, agreement_id)
    # Its last reports went with a removal: one a split or an undone merge had parted from
    # it before is in another signing, not where "its reports" are (stop 56's new user:
    # "the reports it had are in #2 now").
    removed_last = went is not None and not corrections.article_here(db, went.article_sha)
    regrouped = None if removed_last else _regrouped(db, agreement_id)
    if regrouped is not None:
        return (
            f"{said}: the reports it had are in {ids.agreement(regrouped)} now"
            f" (mouarchive show {regrouped})"
        )
    removed = _removed_with(db, agreement_id)
    if len(removed) > 1 or (removed and not removed_last):
        listed = ", ".join(map(str, removed))
        return (
            f"{said}: the articles that told it were removed"
            f" (correction{'s' if len(removed) > 1 else ''} {listed})"
        )
    went = went or removals.went_with_reports(
        db, [spot for keys in _named_keys(db, agreement_id) for spot in _spots(keys)]
    )
    if went is not None:
        return f"{said}: {_removed_and(db, went)}"
    undone = split_ids.undone_told(db, agreement_id)
    if undone is not None:
        return f"{said}: {_split_undone(db, *undone)}"
    recorded = corrections.recorded_as(db, agreement_id)
    if recorded is not None:
        return f"{said}: you recorded it by hand (correction {recorded}) and undid that"
    return (
        f"{said}: no article tells it now: the articles that told it were read again"
        " (`reextract`, a file edited and added again) without it"
    )


def _split_since_unknown_join(
    db: Archive, agreement_id: int, holder: int
) -> tuple[int, int] | None:
    """A split in force of the agreement a join took this one into (`split_ids.split_off`),
    where the join kept no articles (made before migration 0031), else None."""
    known = db.execute(
        "SELECT 1 FROM joined_articles WHERE agreement_id = ? LIMIT 1", [agreement_id]
    ).fetchone()
    return None if known else split_ids.split_off(db, holder)


def _split_undone(db: Archive, correction_id: int, side: int) -> str:
    """A split's id gone with its undo, and where the reports it gave that id are now
    (review 57 c, 4: `show` said they had been read again)."""
    split = corrections.get(db, correction_id)
    said = f"correction {correction_id} split it off, and was undone"
    keys = [key for key in split.keys if key.side == side] if split else []
    holder = corrections.resolve(db, keys)
    if holder is None:
        return f"{said}; its reports are gone since"
    return f"{said}; its reports are in {ids.agreement(holder)} now (mouarchive show {holder})"


def _held_by(db: Archive, article_id: int) -> set[int]:
    """The agreements an article's reports are in now (none once it is removed)."""
    return {
        agreement_id
        for (agreement_id,) in db.execute(
            "SELECT agreement_id FROM reports WHERE article_id = ?", [article_id]
        )
    }


def _removed_and(db: Archive, went: removals.WentWith) -> str:
    """What became of a signing whose last report went with a removal: removed, or let back
    in and where its report is now, or to come back with its article."""
    how = " with its file" if went.with_file else ""
    said = f"the article that told it was removed{how} (correction {went.correction})"
    if not went.undone:
        return said
    row = db.execute(
        "SELECT r.agreement_id FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE a.sha256 = ? ORDER BY r.position != ?, r.position LIMIT 1",
        [went.article_sha, went.position],
    ).fetchone()
    said += " and let back in"
    if row is not None:
        return f"{said}; its report is in {ids.agreement(row[0])} now (mouarchive show {row[0]})"
    return (
        f"{said}; the signing comes back with it: at the next `mouarchive reextract` where its"
        " page is in the archive, else when you add its file again"
    )


def _spots(keys: list[Key]) -> list[tuple[str | None, int | None]]:
    return [(key.article_sha, key.position) for key in keys]


def _merged(db: Archive, agreement_id: int) -> tuple[int, int | None, int, list[Key]] | None:
    """The latest merge in force that took this id in: (its correction, the agreement its
    side's reports are in now, found by the merge's keys, the id it was merged into, and
    those keys).
    Following the reports, not the ids, lands right after later merges and splits."""
    rows = db.execute(
        "SELECT id, old_value, new_value FROM corrections"
        " WHERE action = 'merge' AND undone_at IS NULL ORDER BY id DESC"
    ).fetchall()
    for correction_id, old, new in rows:
        try:
            taken, kept = json.loads(old or "[]"), int(new)
        except (ValueError, TypeError):
            continue
        if not isinstance(taken, list) or agreement_id not in taken:
            continue
        merge = corrections.get(db, correction_id)
        sides = sorted({key.side for key in merge.keys} - {0}) if merge else []
        index = taken.index(agreement_id)
        keys = (
            [key for key in merge.keys if key.side == sides[index]]
            if merge and index < len(sides)
            else []
        )
        holder = corrections.resolve(db, keys)
        return correction_id, holder, kept, keys
    return None


def _named_keys(db: Archive, agreement_id: int) -> Iterator[list[Key]]:
    """The keys of each merge's or split's sides that found their reports under this id,
    or put them there, newest first."""
    for correction in sorted(
        [*corrections.every(db, "merge"), *corrections.every(db, "split")],
        key=lambda c: c.id or 0,
        reverse=True,
    ):
        sides = sorted({key.side for key in correction.keys})
        if correction.action == "split":
            named = sides if correction.old == agreement_id else []
        elif correction.new == agreement_id:
            # The id a merge in force kept held every side's reports since.
            named = sides if correction.undone_at is None else sides[:1]
        else:
            taken = correction.old if isinstance(correction.old, list) else []
            named = [side for side, i in zip(sides[1:], taken, strict=False) if i == agreement_id]
        if named:
            yield [key for key in correction.keys if key.side in named]


def _regrouped(db: Archive, agreement_id: int) -> int | None:
    """The agreement holding now the reports a merge or split found under this id (the
    newest such), where that is another: undoing a split whose side a later merge holds
    joins its agreement to the merged one (review 54 a2, B4), and an article removed and
    let back in comes back under a new id (S2)."""
    for keys in _named_keys(db, agreement_id):
        for key in keys:
            place = corrections.report_of(db, key)
            if place is not None and place[1] != agreement_id:
                return place[1]
    return None


def _removed_with(db: Archive, agreement_id: int) -> list[int]:
    """The removals in force of the articles a merge or split found this id's reports in,
    when they hold none of them now (review 54 a2, S2: both articles of a merge removed)."""
    shas = {key.article_sha for keys in _named_keys(db, agreement_id) for key in keys}
    if not shas:
        return []
    return [
        correction_id
        for (correction_id,) in db.execute(
            "SELECT DISTINCT c.id FROM corrections c JOIN correction_keys k"
            " ON k.correction_id = c.id WHERE c.action = 'delete' AND c.target = 'article'"
            " AND c.undone_at IS NULL AND k.article_sha IN (SELECT value FROM json_each(?))"
            " ORDER BY c.id",
            [json.dumps(sorted(s for s in shas if s))],
        )
    ]


def missing_article(db: Archive, article_id: int) -> str:
    """Why `aN` opens nothing: "no article aN" and what became of it."""
    said = f"no article {ids.article(article_id)}"
    top = issued_top(db, "article")
    if article_id < 1 or article_id > top:
        return f"{said} (the archive's article ids are a1 to {ids.article(top)})" if top else said
    row = db.execute(
        "SELECT c.id, c.target, c.label, c.undone_at FROM corrections c,"
        " json_each(c.new_value) j WHERE c.action = 'delete' AND json_valid(c.new_value)"
        " AND json_type(c.new_value) = 'array' AND j.value = ? ORDER BY c.id DESC LIMIT 1",
        [article_id],
    ).fetchone()
    if row is not None and row[1] == "article":
        if row[3]:
            back = _back_as(db, row[0])
            if back is not None:
                return (
                    f"{said}: you removed it (correction {row[0]}) and let it back in;"
                    f" it is {ids.article(back)} now"
                )
            return (
                f"{said}: you removed it (correction {row[0]}) and let it back in; it comes"
                " back under a new id with its page: at the next `mouarchive reextract` where"
                " the page is in the archive, else when you add its file again"
            )
        return f"{said}: you removed it (correction {row[0]})"
    if row is not None:
        said += f": it went with {row[2]}, which you removed (correction {row[0]})"
        back = _file_back_as(db, row[0], article_id) if row[3] else None
        if back is not None:
            # Added again, the file undid its removal (newcomer 57, 10: `show` said only
            # that it was removed, of an article back under another id).
            return f"{said} and added again; it is {ids.article(back)} now"
        return said
    return (
        f"{said}: it is gone with its file, or its file was edited and read again;"
        " mouarchive corrections lists removals"
    )


def _back_as(db: Archive, correction_id: int) -> int | None:
    """The article a removal let back in came back as, where its text is held again."""
    row = db.execute(
        "SELECT a.id FROM correction_keys k JOIN articles a ON a.sha256 = k.article_sha"
        " WHERE k.correction_id = ? ORDER BY a.id LIMIT 1",
        [correction_id],
    ).fetchone()
    return row[0] if row else None


def _file_back_as(db: Archive, correction_id: int, article_id: int) -> int | None:
    """The article an article that went with a removed file is now, that file added again:
    the one standing where it stood in the file (the removal lists the file's articles in
    their order, and the file, the same bytes, cuts the same articles)."""
    removal = corrections.get(db, correction_id)
    if removal is None or not removal.keys or not isinstance(removal.new, list):
        return None
    source = db.execute(
        "SELECT id FROM sources WHERE sha256 = ?", [removal.keys[0].source_sha or ""]
    ).fetchone()
    if source is None or article_id not in removal.new:
        return None
    now = [
        found
        for (found,) in db.execute(
            "SELECT article_id FROM article_sources WHERE source_id = ? ORDER BY position",
            [source[0]],
        )
    ]
    return now[removal.new.index(article_id)] if len(now) == len(removal.new) else None
