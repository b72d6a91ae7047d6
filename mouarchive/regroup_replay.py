"""Undoing a merge or split: the owner's grouping replayed without it.

Undoing one correction by reversing it alone fails once later ones built on it: a split
undone while a later merge holds one of its sides, or merges and splits undone out of
order, left two signings joined, or one signing under another's id (review 54 a2, B4, B5,
B9). So an undo starts again from the agreements as the corrections first found them
(each report where the oldest merge or split naming it found it) and replays every merge
and split still in force, oldest first, over the reports they concern. With every one
undone, each signing is back under the id it had.

A merged agreement keeps its first side's id, as `merge` does; a split's leaving reports
take the id they had before a merge brought them in, else the one they hold now, else a
new one, as `split` does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mouarchive import store
from mouarchive.corrections import Correction
from mouarchive.merge import same_signing
from mouarchive.store.report_rows import load_report

_GROUPING = ("merge", "split")


@dataclass
class _Resolved:
    """A merge or split with its keys found among today's reports: side → report ids."""

    correction: Correction
    sides: dict[int, list[int]]

    def reports(self) -> set[int]:
        return {report for found in self.sides.values() for report in found}

    def side_ids(self) -> dict[int, int | None]:
        """The id each side's agreement had when the correction was made: a merge's first
        side its `new`, the others its `old` in order; both sides of a split its `old`."""
        sides = sorted(self.sides)
        if self.correction.action == "split":
            old = self.correction.old
            return {side: old if isinstance(old, int) else None for side in sides}
        taken = self.correction.old if isinstance(self.correction.old, list) else []
        kept = self.correction.new if isinstance(self.correction.new, int) else None
        ids: dict[int, int | None] = {sides[0]: kept} if sides else {}
        for index, side in enumerate(sides[1:]):
            ids[side] = int(taken[index]) if index < len(taken) else None
        return ids


@dataclass
class _Groups:
    """Reports grouped as the replay goes: report → group, group → the id it goes by."""

    of: dict[int, int] = field(default_factory=dict)
    ids: dict[int, int | None] = field(default_factory=dict)
    count: int = 0

    def new(self, reports: list[int], agreement_id: int | None) -> int:
        self.count += 1
        self.ids[self.count] = agreement_id
        for report in reports:
            self.of[report] = self.count
        return self.count

    def members(self, group: int) -> list[int]:
        return [report for report, holder in self.of.items() if holder == group]

    def used(self) -> set[int]:
        live = set(self.of.values())
        return {i for group, i in self.ids.items() if group in live and i is not None}


def _resolve(db: store.Archive, correction: Correction) -> _Resolved:
    sides: dict[int, list[int]] = {}
    for key in correction.keys:
        found = store.corrections.report_of(db, key)
        sides.setdefault(key.side, [])
        if found and found[0] not in sides[key.side]:
            sides[key.side].append(found[0])
    return _Resolved(correction, sides)


def _scope(db: store.Archive, undone: Correction) -> tuple[list[_Resolved], dict[int, int]]:
    """The merges and splits that share reports or agreements with the one undone, taken
    in until none more does, and every report of the agreements they reach (report → its
    agreement now): the replay regroups these and nothing else."""
    every = sorted(
        (_resolve(db, c) for action in _GROUPING for c in store.corrections.every(db, action)),
        key=lambda resolved: resolved.correction.id or 0,
    )
    chosen = [r for r in every if r.correction.id == undone.id]
    reports = set().union(*(r.reports() for r in chosen))
    while True:
        holders = store.agreements_of_reports(db, reports)
        agreements = set(holders.values())
        reports |= set(store.reports_of_agreements(db, agreements))
        more = [
            r
            for r in every
            if r not in chosen
            and (
                r.reports() & reports
                or set(store.agreements_of_reports(db, r.reports()).values()) & agreements
            )
        ]
        if not more:
            return chosen, store.agreements_of_reports(db, reports)
        chosen = sorted([*chosen, *more], key=lambda r: r.correction.id or 0)
        reports |= set().union(*(r.reports() for r in more))


def _base(chosen: list[_Resolved], outside: set[int]) -> tuple[_Groups, dict[int, int | None]]:
    """The agreements before any of these corrections: each report where the oldest one
    naming it found it. Returns the groups and each report's id then (its own id, which a
    split gives back)."""
    first: dict[int, int | None] = {}
    unnamed: dict[tuple[int, int], list[int]] = {}
    for resolved in chosen:
        ids = resolved.side_ids()
        for side, found in resolved.sides.items():
            for report in found:
                if report in first or any(report in group for group in unnamed.values()):
                    continue
                agreement_id = ids.get(side)
                if agreement_id is None or agreement_id in outside:
                    unnamed.setdefault((resolved.correction.id or 0, side), []).append(report)
                else:
                    first[report] = agreement_id
    groups = _Groups()
    by_id: dict[int, list[int]] = {}
    for report, agreement_id in first.items():
        by_id.setdefault(agreement_id, []).append(report)
    for agreement_id, reports in by_id.items():
        groups.new(reports, agreement_id)
    for reports in unnamed.values():
        groups.new(reports, None)
    return groups, dict(first)


def _merge(groups: _Groups, resolved: _Resolved) -> None:
    sides = sorted(resolved.sides)
    kept = [groups.of[r] for r in resolved.sides[sides[0]] if r in groups.of] if sides else []
    if not kept:
        return
    # The group under the id the merge kept, where its first side is parted now: a side
    # that held an older merge's reports, undone since, is the kept agreement's own ones
    # (merge 2 1 7, merge 2 3, undo the first: #3 joined #1, random driver seed 3).
    named = [group for group in kept if groups.ids[group] == resolved.correction.new]
    target = (named or kept)[0]
    for side in sides[1:]:
        for report in resolved.sides[side]:
            group = groups.of.get(report)
            if group is not None and group != target:
                for member in groups.members(group):
                    groups.of[member] = target
    if groups.ids[target] is None and isinstance(resolved.correction.new, int):
        groups.ids[target] = resolved.correction.new


@dataclass
class _Known:
    """What the replay knows of ids: each report's before any correction (`own`), each
    report's agreement now (`now`), the corrections in scope (their records say which id
    a split gave) and the ids held by agreements outside the scope (`outside`)."""

    own: dict[int, int | None]
    now: dict[int, int]
    chosen: list[_Resolved]
    outside: set[int]

    def given(self, split: _Resolved, leaving: list[int]) -> int | None:
        """The id a split gave the reports it parted off, as the next merge or split
        naming them recorded it (the split records only the id it was made on)."""
        for resolved in self.chosen:
            if (resolved.correction.id or 0) <= (split.correction.id or 0):
                continue
            ids = resolved.side_ids()
            found = {
                ids.get(side) for side, got in resolved.sides.items() if set(got) & set(leaving)
            }
            if found:
                given = found.pop() if len(found) == 1 else None
                return given if given not in self.outside else None
        return None

    def merged_in(self, before: int, held: int | None) -> list[_Resolved]:
        """The merges in force into `held` made before correction `before`, newest first:
        the ones `split` looked at when it was made (`regroup._merged_in_as`)."""
        return [
            resolved
            for resolved in reversed(self.chosen)
            if resolved.correction.action == "merge"
            and resolved.correction.undone_at is None
            and (resolved.correction.id or 0) < before
            and resolved.correction.new == held
        ]


def _as_split_gave(
    known: _Known, split: _Resolved, held: int | None, leaving: list[int], stay: list[int]
) -> tuple:
    """The ids `split` gave when it was made, as `regroup.split` finds them: the leaving
    reports the id a merge took them in by (`prefer`), the one an earlier merge took them
    into that side by where they are only part of it (`regroup._taken_in_as`); else, where
    they are the newest merge's first side, they keep the agreement and the staying ones
    take the id that merge took them in by (`back`). (prefer, back), either None."""

    def taken_as(merge: _Resolved, reports: list[int], nested: bool = False) -> int | None:
        first = min(merge.sides, default=0)
        sides = {side for side, got in merge.sides.items() if set(got) & set(reports)}
        if not sides or first in sides:
            return None
        taken, whole = merge.side_ids().get(min(sides)), set(merge.sides[min(sides)])
        deeper = None
        if taken is not None and set(reports) < whole:
            for inner in known.merged_in(merge.correction.id or 0, taken):
                if (deeper := taken_as(inner, reports, nested=True)) is not None:
                    break
        if nested and set(reports) != whole:
            return deeper
        return deeper or taken

    merges = known.merged_in(split.correction.id or 0, held)
    for merge in merges:
        if (prefer := taken_as(merge, leaving)) is not None:
            return prefer, None
    if merges and set(leaving) <= set(merges[0].sides.get(min(merges[0].sides), [])):
        return None, taken_as(merges[0], stay)
    return None, None


def _split(groups: _Groups, resolved: _Resolved, known: _Known) -> None:
    staying = {groups.of[r] for r in resolved.sides.get(0, []) if r in groups.of}
    for group in sorted(staying):
        leaving = [r for r in resolved.sides.get(1, []) if groups.of.get(r) == group]
        if not leaving:
            continue
        held = groups.ids[group]
        stay = [r for r in groups.members(group) if r not in leaving]
        used = groups.used() - {held}
        prefer, back = _as_split_gave(known, resolved, held, leaving, stay)
        if back is not None and back not in used:
            # The leaving reports are the agreement a merge took the others in: they keep
            # its id, and the others take theirs back, as `split` told (newcomer 55, 1).
            groups.ids[group] = back
            groups.new(leaving, held)
            continue
        held_now = {known.now.get(r) for r in leaving}
        stay_now = {known.now.get(r) for r in stay}
        if held_now == {held} and len(stay_now) == 1 and not stay_now & (used | {held, None}):
            # Parted now as the replay parts them, the leaving ones under this id: each side
            # keeps the id it holds (undoing a merge both sides had been split from after:
            # random driver, seed 103).
            groups.ids[group] = stay_now.pop()
            groups.new(leaving, held)
            continue
        theirs, ours = _own_id(leaving, known.own), _own_id(stay, known.own)
        if theirs == held and ours is not None and ours != theirs and ours not in used:
            # The reports leaving are the ones the agreement was before a merge took the
            # others in: they keep its id, and the others take theirs back (`split`).
            # Where both sides had the same id, the split parted one agreement: the
            # staying side keeps it (review 55 b, B1).
            groups.ids[group] = ours
            groups.new(leaving, held)
            continue
        if held is not None:
            used.add(held)
        holder = set(held_now)  # a copy: one id is taken from it below
        given = known.given(resolved, leaving)
        if len(holder) == 1 and not holder & (stay_now | used | {None}):
            # Parted now under an id of their own: the one the split told, or an undo since
            # (an id the merge took them in by, freed later, is another's in the owner's
            # notes: undo_driver, seed 126; review 56 c, 2).
            prefer = theirs = None
        for candidate in (prefer, theirs, given, holder.pop() if len(holder) == 1 else None):
            if candidate is not None and candidate not in used:
                groups.new(leaving, candidate)
                break
        else:
            groups.new(leaving, None)


def _own_id(reports: list[int], own: dict[int, int | None]) -> int | None:
    """The id all these reports had before any correction, if they had one and the same."""
    found = {own.get(r) for r in reports}
    return found.pop() if len(found) == 1 else None


def replay(db: store.Archive, undone: Correction) -> set[int]:
    """Regroup the reports a merge or split just undone concerns, as the corrections still
    in force make them; the agreements concerned (refreshed by the caller)."""
    chosen, now = _scope(db, undone)
    agreements = set(now.values())
    outside = {
        agreement_id for agreement_id in store.agreement_ids(db) if agreement_id not in agreements
    }
    groups, own = _base(chosen, outside)
    known = _Known(own, now, chosen, outside)
    for resolved in chosen:
        if resolved.correction.undone_at is not None:
            continue
        if resolved.correction.action == "merge":
            _merge(groups, resolved)
        else:
            _split(groups, resolved, known)
    _carry_unnamed(db, groups, now)
    return agreements | _apply(db, groups, now)


def _carry_unnamed(db: store.Archive, groups: _Groups, now: dict[int, int]) -> None:
    """A report no correction names (added since, it joined an agreement) goes with the
    named reports of its agreement (every agreement `_scope` reaches holds one). Where they
    are parted now, it goes with those that tell its signing (`merge.same_signing`), else
    stays apart: a report added while a merge held two signings in one agreement is one
    of them, never the other's because the merge's id is (review 55 b, B2). Where several
    groups or none are parted and told alike, the group that takes its agreement's id."""
    named = dict(groups.of)
    for report, agreement_id in sorted(now.items()):
        if report in named:
            continue
        fellows = [
            named[r] for r, holder in sorted(now.items()) if holder == agreement_id and r in named
        ]
        parted = list(dict.fromkeys(fellows))
        if len(parted) > 1:
            told = _told_by(db, report, parted, named)
            if not told:
                groups.new([report], None)
                continue
            parted = told
        same = [group for group in parted if groups.ids[group] == agreement_id]
        groups.of[report] = (same or parted)[0]


def _told_by(db: store.Archive, report: int, parted: list[int], named: dict[int, int]) -> list[int]:
    """The groups among `parted` with a named report of the same signing as `report`."""
    mine = load_report(db, report)
    return [
        group
        for group in parted
        if any(
            same_signing(mine, load_report(db, other))
            for other, held in named.items()
            if held == group
        )
    ]


def _apply(db: store.Archive, groups: _Groups, now: dict[int, int]) -> set[int]:
    """Move each group's reports into the agreement of its id (made where it is not held;
    a group without one keeps the agreement its reports are all in, where no other group
    claims it, else takes a new id); the agreements given reports."""
    members: dict[int, list[int]] = {}
    for report, group in sorted(groups.of.items()):
        members.setdefault(group, []).append(report)
    used = groups.used()
    for group, reports in members.items():
        holders = {now[report] for report in reports}
        if groups.ids[group] is None and len(holders) == 1 and not holders & used:
            held = holders.pop()
            groups.ids[group] = held
            used.add(held)
    touched: set[int] = set()
    waiting = []
    for group, reports in members.items():
        agreement_id = groups.ids[group]
        if agreement_id is not None and store.agreement_exists(db, agreement_id):
            _move(db, reports, agreement_id, now)
            touched.add(agreement_id)
        else:
            waiting.append((reports, agreement_id))
    for reports, agreement_id in waiting:
        status, kind = store.report_status_kind(db, reports[0])
        made = store.new_agreement(db, status, kind, agreement_id)
        _move(db, reports, made, now)
        touched.add(made)
    return touched


def _move(db: store.Archive, reports: list[int], agreement_id: int, now: dict[int, int]) -> None:
    moving = [report for report in reports if now.get(report) != agreement_id]
    if moving:
        store.move_reports(db, moving, agreement_id)
