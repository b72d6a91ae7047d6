"""How the owner's corrections bind an article's reports as they are saved (`save_reports`,
`replace_reports`): which agreements a merge joins a report to or a split keeps it out of,
which of an article's own reports a merge holds together, which agreement a fix made its
reports' before a re-read, and where the signings recorded by hand stand. Apart from
`store.corrections`, which finds what a correction applies to now, for length.
"""

from __future__ import annotations

from mouarchive.corrections import Correction, Key, find_report
from mouarchive.models import AgreementReport
from mouarchive.store.connection import Archive
from mouarchive.store.corrections import MADE_ON_RE, report_of, touching
from mouarchive.store.kept_ids import Previous


def grouping(
    db: Archive,
    article_sha: str,
    reports: list[tuple[int, int | None]],
    owned: list[Correction],
) -> dict[int, tuple[list[int], set[int]]]:
    """For an article's reports about to be saved, given as (position, evidence start), and
    the corrections touching the article (`owned`, read once by `save_reports`): position →
    (agreements the owner merged it into, agreements the owner split it from).

    A later merge or split of the same reports overrides an earlier one.
    """
    verdicts: dict[int, dict[int, str]] = {}
    for correction in (c for c in owned if c.action in ("merge", "split")):
        for mine in correction.keys:
            if mine.article_sha != article_sha:
                continue
            index = find_report(mine, reports)
            if index is None:
                continue
            position = reports[index][0]
            for other in correction.keys:
                if other.article_sha == article_sha:
                    continue
                if correction.action == "split" and other.side == mine.side:
                    continue
                place = report_of(db, other)
                if place:
                    verdict = "together" if correction.action == "merge" else "apart"
                    verdicts.setdefault(position, {})[place[1]] = verdict
    return {
        position: (
            sorted(g for g, v in found.items() if v == "together"),
            {g for g, v in found.items() if v == "apart"},
        )
        for position, found in verdicts.items()
    }


def merged_within(
    article_sha: str, reports: list[tuple[int, int | None]], owned: list[Correction]
) -> dict[int, int]:
    """For an article's reports about to be saved, given as (position, evidence start):
    position → the position saved first (the order of `reports`) of those of the same article
    the owner merged it with. Two signings one article tells are never weighed against each
    other (`merge_candidates` leaves an article's own out), so only this keeps such a merge
    through re-extraction. Saved first, not the smallest: a recorded signing's position is
    negative and saved after the read ones, and a report must point at one stored already
    (review 58 d, 1: a record merged with its article's own report gave KeyError -1).

    A split holds them too: it moves an article's reports together (`split --article`), so
    those on one side were one agreement as the owner left it, and `reextract` must not
    part them by the rule that an article's signings are apart (review 59 b, 4)."""
    earliest: dict[int, int] = {}
    for correction in (c for c in owned if c.action in ("merge", "split")):
        mine = [key for key in correction.keys if key.article_sha == article_sha]
        held = [mine] if correction.action == "merge" else _by_side(mine)
        for keys in held:
            found = sorted(i for key in keys if (i := find_report(key, reports)) is not None)
            for index in found[1:]:
                first = reports[found[0]][0]
                earliest.setdefault(reports[index][0], earliest.get(first, first))
    return earliest


def _by_side(keys: list[Key]) -> list[list[Key]]:
    """A split's keys, one list per side."""
    sides: dict[int, list[Key]] = {}
    for key in keys:
        sides.setdefault(key.side, []).append(key)
    return list(sides.values())


def bound(
    db: Archive,
    article_sha: str,
    old: list[tuple[int, int | None, int]],
    new: list[tuple[int, int | None]],
) -> dict[int, int]:
    """For an article re-extracted, its old reports as (position, evidence start,
    agreement id) and its new ones as (position, evidence start): position of each new
    report a correction binds to → the agreement that correction applied to among the old
    reports.

    Both lists give offsets in the new text (`replace_reports` moves the old ones as the
    keys were moved): compared across two texts, an offset names whatever sentence happens
    to stand there. Only a key whose sentence both lists hold binds: one whose sentence the
    edit took out would fall back to its position, so to another signing, whose id it must
    not decide. Where the old text told no signing (an edit took it out) and the new one
    tells it again, a key binds to the agreement its correction was made on, which takes
    its id back where it is free (newcomer 55, 8: it came back as #2)."""
    was = [(position, start) for position, start, _ in old]
    found: dict[int, int] = {}
    if not new:
        return found
    for correction in touching(db, [article_sha], ("set", "add", "remove", "reject")):
        made_on = MADE_ON_RE.match(correction.label or "")
        for key in correction.keys:
            if key.article_sha != article_sha:
                continue
            before, after = find_report(key, was) if was else None, find_report(key, new)
            if after is None:
                continue
            start = key.evidence_start
            if (
                start is not None
                and before is not None
                and was[before][1] == new[after][1] == start
            ):
                found.setdefault(new[after][0], old[before][2])
            elif made_on and not was and start in (None, new[after][1]):
                # The edit had taken every signing out (the key kept no sentence, or one
                # the new text holds again): this one puts the corrected signing back.
                found.setdefault(new[after][0], int(made_on[1]))
    return found


def recorded(owned: list, sha: str) -> list[tuple[int, AgreementReport]]:
    """The signings the owner recorded on this article, each at its own position, saved
    after the ones extraction read (one position once, should two imports give it twice)."""
    from mouarchive.recorded import report

    found: dict[int, AgreementReport] = {}
    for correction in owned:
        if correction.action != "record":
            continue
        for key in correction.keys:
            if key.article_sha == sha and key.position is not None:
                found.setdefault(key.position, report(correction))
    return sorted(found.items(), reverse=True)


def recorded_ids(previous: Previous, article_id: int) -> dict[int, int]:
    """The ids an article's recorded signings had before it is read again, by position."""
    return {
        position: agreement
        for position, _, agreement in previous.places.get(article_id, [])
        if position < 0
    }
