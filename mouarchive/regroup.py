"""The owner's merges and splits: which reports form one agreement, and the bookkeeping
that gives each agreement back the id it had, so an id in the owner's notes names one
signing however the agreements were joined and parted since (undoing one replays the rest:
`regroup_replay`).

Like `curate`, each operation checks its input inside the write transaction, records the
correction and applies it in that one transaction. A merge or split is bound to report keys
(`corrections.Key`), its two sides told apart by `Key.side`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from mouarchive import ids, store
from mouarchive.corrections import AGREEMENT_FIELDS, Correction, Key, kept_keys, show_value, spots
from mouarchive.curation import (
    CurationError,
    agreement_label,
    agreement_of,
    keys_of,
    not_rejected,
    now,
    record,
)


def _places(db: store.Archive, keys: Iterable[Key]) -> list[tuple[int, int]]:
    """(report id, agreement id) today of the reports `keys` name, those still found."""
    found = (store.corrections.report_of(db, key) for key in keys)
    return list(dict.fromkeys(place for place in found if place))


def _side(correction: Correction, side: int) -> list[Key]:
    return [key for key in correction.keys if key.side == side]


def _join(db: store.Archive, keep_keys: list[Key], other_keys: list[Key]) -> set[int]:
    """The agreements `other_keys` are in join the one `keep_keys` is in (first found).

    Returns every agreement concerned, already refreshed.
    """
    kept = _places(db, keep_keys)
    if not kept:
        return set()
    keep = kept[0][1]
    others = {agreement_id for _, agreement_id in _places(db, other_keys)} - {keep}
    left = store.move_reports(db, store.reports_of_agreements(db, others), keep)
    store.refresh_agreements(db, {keep, *left})
    return {keep, *left}


def _part(
    db: store.Archive, staying: list[Key], leaving: list[Key], prefer: int | None = None
) -> set[int]:
    """The reports `leaving` names leave the agreement `staying` is in, for a new one (with
    id `prefer` when it is free). Returns every agreement concerned, already refreshed."""
    stay = {agreement_id for _, agreement_id in _places(db, staying)}
    places = _places(db, leaving)
    moving = [report for report, agreement_id in places if agreement_id in stay]
    if not moving:
        return stay
    if prefer is not None and _held_by_side_alone(db, prefer, places):
        # "merge 2 1; split 2 --article a1; undo the merge": a1 went back to #1 alone, and
        # the rest of #1's side joins it there, not a new id (review 53 a2, B2).
        return _give(db, moving, prefer)
    return _give(db, moving, None, prefer)


def _give(
    db: store.Archive, reports: list[int], to: int | None, prefer: int | None = None
) -> set[int]:
    """Move reports to agreement `to`, or to a new one (with id `prefer` when it is free);
    every agreement concerned, refreshed."""
    if to is None:
        status, kind = store.report_status_kind(db, reports[0])
        to = store.new_agreement(db, status, kind, prefer)
    left = store.move_reports(db, reports, to)
    store.refresh_agreements(db, {to, *left})
    return {to, *left}


def _held_by_side_alone(
    db: store.Archive, agreement_id: int, places: list[tuple[int, int]]
) -> bool:
    """Whether every report of `agreement_id` is one of the side's (`places`)."""
    held = sum(1 for _, holder in places if holder == agreement_id)
    return held > 0 and held == len(store.corrections.report_keys(db, agreement_id))


def merge_doubts(db: store.Archive, agreement_ids: list[int]) -> list[str]:
    """Agreements a merge joins that name other parties in other years, as two signings do
    (newcomer 49, finding 13): said in one line each, and merged all the same, since the
    owner decides (one report may miss a party, or be dated by its reprint)."""
    first, *others = [agreement_of(db, i) for i in agreement_ids]
    doubts = []
    for other in others:
        doubts.extend(_yielding(first, other))
        years = (_year(first), _year(other))
        if (
            None not in years
            and years[0] != years[1]
            and set(first["parties"]) != set(other["parties"])
        ):
            doubts.append(
                f"#{first['id']} and #{other['id']} name other parties in other years"
                f" ({years[0]}, {years[1]}): merged as asked"
            )
    return doubts


def _yielding(kept: dict, absorbed: dict) -> list[str]:
    """A field the owner corrected on both sides to different values: the kept agreement's
    stands (`corrections.merge_order`), which the owner is told, since theirs is set aside.
    Only the fields `fix` sets, as the correction listing shows them: `sources`, which a
    split marks, is nobody's value to set aside."""
    return [
        f"#{absorbed['id']}'s corrected {name} ({show_value(absorbed[name])}) yields to"
        f" #{kept['id']}'s ({show_value(kept[name])})"
        for name in absorbed["corrected"]
        if name in AGREEMENT_FIELDS and name in kept["corrected"] and kept[name] != absorbed[name]
    ]


def _year(agreement: dict) -> str | None:
    date = agreement["date"] or ""
    return date[:4] if date[:4].isdigit() else None


def merge(db: store.Archive, agreement_ids: list[int], note: str | None) -> Correction:
    """Several agreements are one signing: the first keeps its id and takes every report."""
    if len(set(agreement_ids)) < len(agreement_ids):
        raise CurationError(f"cannot merge agreement {ids.agreement(agreement_ids[0])} with itself")
    with store.transaction(db):
        agreements = [agreement_of(db, i) for i in agreement_ids]
        for agreement in agreements:
            not_rejected(db, agreement, "merge")
        keys = [key for side, i in enumerate(agreement_ids) for key in keys_of(db, i, side)]
        correction = Correction(
            target="agreement",
            action="merge",
            keys=keys,
            label=" + ".join(agreement_label(a) for a in agreements),
            made_at=now(),
            old=agreement_ids[1:],
            new=agreement_ids[0],
            note=note,
        )
        record(db, correction)
        _join(db, _side(correction, 0), [k for k in keys if k.side > 0])
        return correction


@dataclass
class Parted:
    """What `split` did: the correction, the agreement the named articles' reports are in
    now, and the one the others are in."""

    correction: Correction
    leaving: int
    staying: int


def split(db: store.Archive, agreement_id: int, article_ids: list[int], note: str | None) -> Parted:
    """The reports of these articles tell another signing: they leave for a new agreement.

    A split that undoes a `merge` gives each side the id it had before it (when that id is
    free): the leaving reports theirs, or, when they are the ones merged into, they keep
    the agreement and the others take theirs back (newcomer 50, finding 10).
    """
    with store.transaction(db):
        agreement = agreement_of(db, agreement_id)
        not_rejected(db, agreement, "split")
        sources = [source["article_id"] for source in agreement["sources"]]
        listed = ", ".join(ids.article(s) for s in dict.fromkeys(sources))
        for article_id in article_ids:
            if article_id not in sources:
                raise CurationError(
                    f"article {ids.article(article_id)} is not a source of agreement"
                    f" {ids.agreement(agreement_id)}"
                    f" (its sources: {listed})"
                )
        if not set(sources) - set(article_ids):
            reports = [article for _, article in store.corrections.report_keys(db, agreement_id)]
            if len(reports) > len(set(reports)):
                raise CurationError(_one_article_told(db, agreement_id, reports))
            raise CurationError(
                f"agreement {ids.agreement(agreement_id)} has no other source:"
                " nothing would be left"
            )
        keys = [
            Key(int(article_id in article_ids), key.article_sha, key.position, key.evidence_start)
            for key, article_id in store.corrections.report_keys(db, agreement_id)
        ]
        correction = Correction(
            target="agreement",
            action="split",
            keys=keys,
            label=agreement_label(agreement),
            made_at=now(),
            old=agreement_id,
            new=sorted(set(article_ids)),
            note=note,
        )
        record(db, correction)
        leaving_id, staying_id = _part_as_merged(
            db, agreement_id, _side(correction, 0), _side(correction, 1)
        )
        store.split_ids.keep_told(db, correction.id or 0, leaving_id, staying_id)
        return Parted(correction, leaving_id, staying_id)


def _part_as_merged(
    db: store.Archive, agreement_id: int, staying: list[Key], leaving: list[Key]
) -> tuple[int, int]:
    """Part the reports `leaving` names from agreement `agreement_id`, each side under the
    id it had before the merge that joined them (when that id is free): the leaving reports
    theirs, or, when they are the ones merged into, they keep the agreement and the others
    take theirs back. Returns the leaving side's agreement and the staying side's."""
    prefer = _merged_in_as(db, agreement_id, leaving)
    back = _merged_in_as(db, agreement_id, staying) if prefer is None else None
    if back is not None and not _merged_into(db, agreement_id, leaving):
        back = None
    if prefer is None and back is None:
        prefer, back = _joined_in_as(db, agreement_id, staying, leaving)
    if back is not None and _free(db, back):
        _part(db, leaving, staying, back)
        return agreement_id, back
    touched = _part(db, staying, leaving, prefer)
    return max(touched - {agreement_id}, default=agreement_id), agreement_id


def _joined_in_as(
    db: store.Archive, agreement_id: int, staying: list[Key], leaving: list[Key]
) -> tuple[int | None, int | None]:
    """The id that joined this agreement when an article of one side alone was read again
    (migration 0029), as `_merged_in_as` finds a merge's: (for the leaving side, for the
    staying side), either None. A signing a date joined to another and split off by hand
    is the one it was before the join (review 56 c, 1)."""
    mine, theirs = ({key.article_sha for key in side} for side in (leaving, staying))
    prefer = store.joined_away(db, agreement_id, mine - theirs)
    if prefer is not None:
        return prefer, None
    return None, store.joined_away(db, agreement_id, theirs - mine)


def _free(db: store.Archive, agreement_id: int) -> bool:
    return not store.agreement_exists(db, agreement_id)


def _merged_into(db: store.Archive, agreement_id: int, keys: list[Key]) -> bool:
    """Whether these reports are the ones the newest `merge` into the agreement kept it
    for (its side 0): they were the agreement before the merge."""
    reports = spots(keys)
    for merged in reversed(store.corrections.active(db, "merge")):
        if merged.new == agreement_id:
            kept = spots(_side(merged, 0))
            return bool(reports) and reports <= kept
    return False


def _merged_in_as(db: store.Archive, agreement_id: int, leaving: list[Key]) -> int | None:
    """The id the reports leaving an agreement had before a `merge` brought them into it
    (the newest such merge; of several merged in, the first's): a split that undoes a merge
    gives it back, when it is free, so ids kept in notes and scripts point where they did
    (newcomer 49, finding 13), and never hands it to the signing the merge kept."""
    merges = store.corrections.active(db, "merge")
    return _taken_in_as(merges, agreement_id, spots(leaving))


def _taken_in_as(
    merges: list[Correction],
    agreement_id: int,
    reports: set[tuple[str | None, int | None]],
    *,
    nested: bool = False,
) -> int | None:
    """`_merged_in_as` over these merges (oldest first). Where the reports are only part
    of the side a merge took in, and an earlier merge had taken them, the whole of one of
    its sides, into that side's agreement, the id is the one that merge took them in by:
    "merge 1 2; merge 4 1; split 4 --article a3" gives 장흥 (#2) its own id back, not #1,
    which is 강진's and the id a fix was made on (review 57 c, 3). Part of a side nested
    so (`nested`) is no signing of its own: the id stays the outer merge's."""
    for index in range(len(merges) - 1, -1, -1):
        merged = merges[index]
        if merged.new != agreement_id:
            continue
        sides = {key.side for key in merged.keys if (key.article_sha, key.position) in reports}
        old_ids = _taken_in(merged)
        if not sides or 0 in sides or (side := min(sides)) > len(old_ids):
            continue
        taken, whole = old_ids[side - 1], spots(_side(merged, side))
        deeper = (
            _taken_in_as(merges[:index], taken, reports, nested=True) if reports < whole else None
        )
        if nested and reports != whole:
            return deeper
        return deeper or taken
    return None


def _taken_in(merged: Correction) -> list[int]:
    """The ids a merge took in, its sides' after the first in order (its `old`, which the
    correction holds as JSON read back)."""
    return [int(i) for i in merged.old] if isinstance(merged.old, list) else []


def _one_article_told(db: store.Archive, agreement_id: int, reports: list[int]) -> str:
    """Why `split` cannot part an agreement whose reports the articles named give alone
    (signings one article tells, merged by hand), and what does: undoing the merge
    (newcomer 48, finding 10). `split` moves articles, and both sides would be the same."""
    named = list(dict.fromkeys(reports))
    articles = f"article{'s' if len(named) > 1 else ''} " + ", ".join(map(ids.article, named))
    said = (
        f"agreement {ids.agreement(agreement_id)}'s {len(reports)} reports"
        f" {'both' if len(reports) == 2 else 'all'} come from {articles}: split moves"
        " an article's reports, and none would be left"
    )
    merges = [c for c in store.corrections.for_agreement(db, agreement_id) if c.action == "merge"]
    if not merges:
        return said
    return f"{said}; undo the merge that joined them: mouarchive corrections --undo {merges[-1].id}"


# ---------------------------------------------------------------- undoing and importing


def agreements_of(db: store.Archive, correction: Correction) -> set[int]:
    """The agreements a correction's keys are in today."""
    return {place[1] for key in correction.keys if (place := store.corrections.report_of(db, key))}


def localised(db: store.Archive, correction: Correction) -> Correction:
    """A merge or split from another archive with the ids it names made this archive's: the
    agreements its sides are in here (a merge's `old` and `new`), the articles it moved (a
    split's `new`); none where a side is not here yet. The exporter's ids name other things
    here, and `undo` gives a merged side back the id its `old` names."""
    if correction.action not in ("merge", "split"):
        return correction
    sides = sorted({key.side for key in correction.keys})
    found = {
        side: agreements_of(db, replace(correction, keys=_side(correction, side))) for side in sides
    }
    whole = all(len(found[side]) == 1 for side in sides)
    if correction.action == "merge":
        if not whole:
            return replace(correction, old=[], new=None)
        here = [next(iter(found[side])) for side in sides]
        return replace(
            correction,
            old=here[1:],
            new=here[0],
            # "made on #1 … + #3 …" in this archive's ids, as the merge would have named them.
            label=" + ".join(agreement_label(agreement_of(db, i)) for i in dict.fromkeys(here)),
        )
    moved = [
        article_id
        for sha in dict.fromkeys(key.article_sha for key in _side(correction, 1))
        if sha and (article_id := store.article_id_by_sha(db, sha)) is not None
    ]
    # A split parts its leaving side from the agreement that side is in, even where a merge
    # undone there left the staying side in two (the new user of stop 56: listed "not in
    # this archive yet" though it had applied).
    leaving = found[1] if len(found[1]) == 1 else set()
    return replace(
        correction, old=next(iter(leaving)) if leaving else None, new=moved if leaving else []
    )


def apply_grouping(db: store.Archive, correction: Correction) -> set[int]:
    """Carry out a merge or split recorded from another archive; the agreements concerned."""
    if correction.action == "merge":
        others = [key for key in correction.keys if key.side > 0]
        # The signing it kept is the part of its first side a merge undone since did not
        # part from it: the whole side spans two agreements here, and its first report's
        # may be the other's (review 57 c, 4: 고흥 joined 장흥+강진, not 영암's #4).
        first = replace(correction, keys=_side(correction, 0))
        kept = kept_keys(first, store.corrections.parting(db, correction))
        return _join(db, kept or first.keys, others)
    if correction.action == "split":
        staying, leaving = _side(correction, 0), _side(correction, 1)
        held = {agreement_id for _, agreement_id in _places(db, staying)}
        if len(held) != 1:
            return _part(db, staying, leaving)
        # As `split` parts them: a merge imported before it gives each side its id back
        # here too (newcomer 55, 10: the side leaving came under a new id).
        return set(_part_as_merged(db, held.pop(), staying, leaving))
    return set()


@dataclass(frozen=True)
class HeldOn:
    """A signing a merge just undone had taken in, still held with others by a later merge
    in force that took it as it was then: `taken` stays in `holder` through `merges`, the
    first that took it in and each later one that took that whole (undoing all of them
    parts it: review 57 c, 7)."""

    taken: int
    holder: int
    merges: tuple[int, ...]


def held_on(db: store.Archive, undone: Correction) -> list[HeldOn]:
    """The signings a merge just undone took in that a later merge in force still holds
    where it took them: the undo said nothing and they stayed merged (review 56 c, 5)."""
    if undone.action != "merge" or not isinstance(undone.old, list):
        return []
    later = [
        merge
        for merge in store.corrections.active(db, "merge")
        if (merge.id or 0) > (undone.id or 0)
    ]
    sides = sorted({key.side for key in undone.keys} - {0})
    found = []
    for taken, side in zip(undone.old, sides, strict=False):
        keys = _side(undone, side)
        holder = store.corrections.resolve(db, keys)
        if holder is None or holder == taken:
            continue
        here = spots(keys)
        through = tuple(merge.id or 0 for merge in later if here & spots(merge.keys))
        if through:
            found.append(HeldOn(taken, holder, through))
    return found


def idle_splits(db: store.Archive, merge: Correction) -> list[Correction]:
    """The splits in force that a merge just undone leaves with nothing to part: made after
    it, their sides held together by it alone (newcomer 53, 18). They stay on record, and
    `undo` of them changes nothing now."""
    if merge.action != "merge":
        return []
    return [
        split
        for split in store.corrections.every(db, "split")
        if split.undone_at is None
        and (split.id or 0) > (merge.id or 0)
        and not _together_without(db, split)
    ]


def _together_without(db: store.Archive, split: Correction) -> bool:
    """Whether the sides a split parted are one agreement again once it is undone: unless
    a merge made before the split and undone since was all that held them together (merge
    #1 #2 #3, split one off, undo the merge, then the split: three signings, each with its
    id and its own corrections, not two joined again by the split's undo). A merge made after
    the split does not count: what it joined was one signing before the split (review 54 a2,
    B5). Corrections are ordered by id: two made in one second carry one time."""
    sides = [spots(_side(split, side)) for side in (0, 1)]
    joining = [
        merged
        for merged in store.corrections.every(db, "merge")
        if (merged.id or 0) < (split.id or 0)
        and all(any((k.article_sha, k.position) in side for k in merged.keys) for side in sides)
    ]
    if any(merged.undone_at is None for merged in joining):
        return True
    return not any(
        (merged.undone_at or "") >= split.made_at and _sides_kept(merged, sides)
        for merged in joining
    )


def _sides_kept(merged: Correction, sides: list[set[tuple[str, int]]]) -> bool:
    """Whether each side of a merge lies within one side of a split: then the merge alone
    held the split's sides together. A merge side holding reports of both (merge 1 2 and
    a split of #1's own articles) was one agreement before the merge, and undone, the
    merge leaves the split something to part (review 55 b, B1b)."""
    for side in {key.side for key in merged.keys}:
        spots = {(k.article_sha, k.position) for k in merged.keys if k.side == side}
        if all(spots & split_side for split_side in sides):
            return False
    return True
