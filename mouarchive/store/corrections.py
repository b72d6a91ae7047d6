"""The owner's corrections (migration 0006): recording them, and finding which agreement or
article each applies to now.

A correction is bound to report keys (article hash, position, sentence offset), never to
row ids, so this module is where a key meets the rows of the moment: `resolve` turns keys
into today's agreement, and `for_agreement` collects what applies to one agreement
(`store.bindings` tells a report being saved which agreements the owner joined it to or
kept it out of).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from mouarchive.corrections import Correction, Key, find_report, kept_keys, parts_after
from mouarchive.store.connection import Archive

_COLUMNS = "id, target, action, field, old_value, new_value, note, label, made_at, undone_at"


# A signing the owner recorded (`mouarchive record`) is stored as the addition of a signing
# to an article's reports: migration 0006's CHECK knows no seventh action, and a table its
# keys and removals reference is not rebuilt in a migration's transaction.
_RECORD = ("add", "signing")


def _load(db: Archive, rows: list[tuple]) -> list[Correction]:
    corrections = []
    for id_, target, action, field, old, new, note, label, made_at, undone_at in rows:
        if (action, field) == _RECORD:
            action, field = "record", None
        keys = [
            Key(side, article_sha, position, evidence_start, source_sha)
            for side, article_sha, position, evidence_start, source_sha in db.execute(
                "SELECT side, article_sha, position, evidence_start, source_sha"
                " FROM correction_keys WHERE correction_id = ? ORDER BY side, ordinal",
                [id_],
            )
        ]
        corrections.append(
            Correction(
                target=target,
                action=action,
                keys=keys,
                label=label,
                made_at=made_at,
                field=field,
                old=json.loads(old) if old is not None else None,
                new=json.loads(new) if new is not None else None,
                note=note,
                undone_at=undone_at,
                id=id_,
            )
        )
    return corrections


def insert(db: Archive, correction: Correction) -> int:
    action, field = (
        _RECORD if correction.action == "record" else (correction.action, correction.field)
    )
    correction_id = db.execute(
        "INSERT INTO corrections (target, action, field, old_value, new_value, note, label,"
        " made_at, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            correction.target,
            action,
            field,
            _json(correction.old),
            _json(correction.new),
            correction.note,
            correction.label,
            correction.made_at,
            correction.undone_at,
        ],
    ).lastrowid
    ordinals: dict[int, int] = {}
    for key in correction.keys:
        ordinal = ordinals[key.side] = ordinals.get(key.side, -1) + 1
        db.execute(
            "INSERT INTO correction_keys (correction_id, side, ordinal, article_sha, position,"
            " evidence_start, source_sha) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                correction_id,
                key.side,
                ordinal,
                key.article_sha,
                key.position,
                key.evidence_start,
                key.source_sha,
            ],
        )
    correction.id = correction_id
    return correction_id


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def get(db: Archive, correction_id: int) -> Correction | None:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE id = ?", [correction_id]
    ).fetchall()
    return _load(db, rows)[0] if rows else None


def iter_all(db: Archive) -> Iterator[Correction]:
    """Every correction, oldest first, undone ones included."""
    cursor = db.conn.cursor()
    cursor.execute(f"SELECT {_COLUMNS} FROM corrections ORDER BY id")
    for row in cursor:
        yield from _load(db, [row])


def identities(db: Archive) -> set[str]:
    """Every correction's identity, and the effect of each in force (`Correction.effect`):
    an import skips one it finds here either way."""
    found = set()
    for correction in iter_all(db):
        found.add(correction.identity())
        if correction.undone_at is None:
            found.add(correction.effect())
    return found


def active(db: Archive, action: str) -> list[Correction]:
    """Every correction of one kind that is not undone, oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE action = ? AND undone_at IS NULL ORDER BY id",
        [action],
    ).fetchall()
    return _load(db, rows)


def every(db: Archive, action: str) -> list[Correction]:
    """Every correction of one kind, undone ones included, oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE action = ? ORDER BY id", [action]
    ).fetchall()
    return _load(db, rows)


def unnamed(db: Archive) -> list[Correction]:
    """Fixes and rejections in force imported before their articles, whose label the import
    could name by no agreement here (`sharing.named_here`), and fixes of articles it could
    name by no article here (review 57 c, 10: they kept the exporter's words once added).
    'add' takes in records too (`_RECORD`), as it means to: an imported one is named alike."""
    if no_corrections(db):
        return []
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE undone_at IS NULL AND ((target = 'agreement'"
        " AND action IN ('set', 'add', 'remove', 'reject') AND label NOT LIKE '#%')"
        " OR (target = 'article' AND action = 'set' AND label NOT LIKE 'article %')) ORDER BY id"
    ).fetchall()
    return _load(db, rows)


def waiting_groupings(db: Archive) -> list[Correction]:
    """Merges and splits in force imported before their articles (`regroup.localised` found
    no side of theirs here: a merge's `old`, a split's `new` empty), which apply once the
    articles are added and keep those words (`corrections.describe`)."""
    if no_corrections(db):
        return []
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE undone_at IS NULL AND target = 'agreement'"
        " AND ((action = 'merge' AND old_value = '[]') OR (action = 'split' AND new_value = '[]'))"
        " ORDER BY id"
    ).fetchall()
    return _load(db, rows)


def relabel(db: Archive, correction_id: int, label: str) -> None:
    """A correction named anew by this archive's ids (an imported one, once its articles
    are here)."""
    db.execute("UPDATE corrections SET label = ? WHERE id = ?", [label, correction_id])


def mark_undone(db: Archive, correction_id: int, when: str) -> None:
    db.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", [when, correction_id])


def mark_moved(db: Archive, correction_id: int, was: str) -> None:
    """The signing this correction applies to is another since its file was edited (`was`
    says what it was): kept for `review` to list, unchecked even if the owner had checked it
    before (a move is news to check again). A later edit keeps the first `was`, the signing
    it was on before any edit, so the file restored exactly puts it back (review 57 c, 5:
    it kept the previous edit's state, and the restore read as another move)."""
    db.execute(
        "UPDATE corrections SET moved_from = COALESCE(moved_from, ?), checked_at = NULL"
        " WHERE id = ?",
        [was, correction_id],
    )


def mark_back(db: Archive, correction_id: int) -> None:
    """A correction an edit had moved is on the signing it was on before the edit again."""
    db.execute(
        "UPDATE corrections SET moved_from = NULL, checked_at = NULL WHERE id = ?",
        [correction_id],
    )


def mark_checked(db: Archive, correction_id: int, when: str) -> None:
    """The owner checked a moved correction and keeps it where it applies (migration 0023)."""
    db.execute("UPDATE corrections SET checked_at = ? WHERE id = ?", [when, correction_id])


def signing(db: Archive, correction: Correction) -> str:
    """The signing an agreement correction applies to, as its parties and kind tell it."""
    from mouarchive.store.reads import get_agreement  # which imports this module

    agreement_id = applies_to(db, correction)
    found = get_agreement(db, agreement_id) if agreement_id is not None else None
    if found is None:
        return ""
    return f"{'·'.join(sorted(found['parties'])) or '(당사자 미상)'} {found['kind']}"


def moved(db: Archive) -> list[tuple[int, str, bool]]:
    """(id, what its signing was, whether the owner checked it since) of each correction in
    force that an edit moved."""
    return [
        (correction_id, was, checked_at is not None)
        for correction_id, was, checked_at in db.execute(
            "SELECT id, moved_from, checked_at FROM corrections WHERE moved_from IS NOT NULL"
            " AND undone_at IS NULL ORDER BY id"
        )
    ]


def no_corrections(db: Archive) -> bool:
    """No correction at all: every `add` asks, so an archive nobody corrected pays one probe."""
    return db.execute("SELECT 1 FROM correction_keys LIMIT 1").fetchone() is None


def touching(db: Archive, article_shas: list[str], actions: tuple[str, ...]) -> list[Correction]:
    """Active corrections with a key in any of these articles, oldest first."""
    if no_corrections(db):
        return []
    stored = [*actions, _RECORD[0]] if "record" in actions else actions
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE undone_at IS NULL"
        " AND action IN (SELECT value FROM json_each(?)) AND id IN"
        " (SELECT correction_id FROM correction_keys"
        "  WHERE article_sha IN (SELECT value FROM json_each(?)))"
        " ORDER BY id",
        [json.dumps(stored), json.dumps(article_shas)],
    ).fetchall()
    return [correction for correction in _load(db, rows) if correction.action in actions]


def recorded_as(db: Archive, agreement_id: int) -> int | None:
    """The undone record of a signing made agreement `agreement_id` (its label names the
    id), for `show` of the id to say what became of it."""
    row = db.execute(
        "SELECT id FROM corrections WHERE action = ? AND field = ? AND undone_at IS NOT NULL"
        " AND label LIKE ? ORDER BY id DESC LIMIT 1",
        [*_RECORD, f"#{agreement_id} %"],
    ).fetchone()
    return row[0] if row else None


def recorded(db: Archive, article_sha: str) -> list[int]:
    """The positions of every signing recorded on an article, undone ones included: a new
    record takes one below them all (`recorded.position_after`)."""
    return [
        position
        for (position,) in db.execute(
            "SELECT k.position FROM corrections c JOIN correction_keys k"
            " ON k.correction_id = c.id WHERE c.action = ? AND c.field = ?"
            " AND k.article_sha = ? AND k.position IS NOT NULL",
            [*_RECORD, article_sha],
        )
    ]


# ---------------------------------------------------------------- keys and today's rows


def reports_of(db: Archive, article_sha: str) -> list[tuple[int, int, int | None, int]]:
    """(report id, position, evidence start, agreement id) of an article, by position."""
    return db.execute(
        "SELECT r.id, r.position, r.evidence_start, r.agreement_id FROM reports r"
        " JOIN articles a ON a.id = r.article_id WHERE a.sha256 = ? ORDER BY r.position",
        [article_sha],
    ).fetchall()


def report_of(db: Archive, key: Key) -> tuple[int, int] | None:
    """(report id, agreement id) of the report `key` means today, or None."""
    if key.article_sha is None or key.position is None:
        return None
    reports = reports_of(db, key.article_sha)
    index = find_report(key, [(position, start) for _, position, start, _ in reports])
    return None if index is None else (reports[index][0], reports[index][3])


def resolve(
    db: Archive, keys: list[Key], made_on: int | None = None, *, stays: bool = False
) -> int | None:
    """The agreement a correction applies to: the one it was made on (`made_on`), while that
    still holds one of its reports, else the one holding its first report still found. A
    split that takes the first report away leaves a fix with the agreement the owner fixed.
    A fix (`stays`) stays with the signing it was made on: where that agreement went with
    the articles removed from it, the fix goes with them (None), and never passes to the
    reports a split or an undone merge had parted from it (the new user of stop 56: #2 took
    #1's place). A merge or split marks wherever its reports are."""
    held = [found[1] for key in keys if (found := report_of(db, key))]
    if made_on is not None and made_on in held:
        return made_on
    if (
        stays
        and made_on is not None
        and held
        and went_with_its_articles(
            db, made_on, sorted({k.article_sha for k in keys if k.article_sha})
        )
    ):
        return None
    return held[0] if held else None


def went_with_its_articles(db: Archive, made_on: int, shas: list[str] | None = None) -> bool:
    """Whether agreement `made_on` went with articles removed while they were in it (the
    removal's row names it; these articles, or any), not let back in, and was not taken into
    another since by a merge in force or a join: a merge or join carries a fix along with its
    reports, a removal takes it with them. A merge or join before that removal is history,
    since a split had given the id back for the removal to find it (review 57 c, 1: a merge
    still on record, or a join, made a fix pass to the signing an undone merge parted)."""
    removal = db.execute(
        "SELECT MAX(r.correction_id), json_group_array(r.article_sha) FROM removal_reports r"
        " WHERE r.agreement_id = ?1 AND (?2 IS NULL OR r.article_sha IN"
        " (SELECT value FROM json_each(?2)))"
        " AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.sha256 = r.article_sha)",
        [made_on, None if shas is None else json.dumps(sorted(shas))],
    ).fetchone()
    if removal[0] is None:
        return False
    taken_in = db.execute(
        "SELECT 1 FROM corrections c, json_each(c.old_value) j WHERE c.action = 'merge'"
        " AND c.undone_at IS NULL AND c.id > ?2 AND json_valid(c.old_value)"
        " AND json_type(c.old_value) = 'array' AND j.value = ?1"
        " UNION ALL SELECT 1 FROM joined_agreements g WHERE g.agreement_id = ?1"
        " AND NOT EXISTS (SELECT 1 FROM joined_articles x WHERE x.agreement_id = ?1"
        " AND x.article_sha IN (SELECT value FROM json_each(?3))) LIMIT 1",
        [made_on, removal[0], removal[1]],
    ).fetchone()
    return taken_in is None


def applies_to(db: Archive, correction: Correction) -> int | None:
    """The agreement a correction of an agreement applies to now (`resolve`), its label
    naming the one it was made on ("#12 광주광역시·경기도 …")."""
    made_on = MADE_ON_RE.match(correction.label or "") if correction.target == "agreement" else None
    stays = correction.action not in ("merge", "split", "record")
    made = int(made_on[1]) if made_on else None
    found = resolve(db, correction.keys, made, stays=stays)
    if not stays or not correction.id or correction.target != "agreement" or found == made:
        return found
    # Elsewhere than on the id it was made on (or imported before its articles, on none):
    # the signing it was made on is the one the splits and undone merges that parted it
    # since left it with (`kept_keys`), not the first of its reports still found (review
    # 57 c, 2 and 3: the one split off, or the one an undone merge parted).
    parted_by = parting(db, correction)
    if not parted_by:
        return found
    return resolve(db, kept_keys(correction, parted_by), made, stays=stays)


def parting(db: Archive, fix: Correction) -> list[Correction]:
    """The merges and splits with a key in a fix's (or merge's) articles that parted its
    signing after it was made (`parts_after`), oldest first."""
    shas = sorted({key.article_sha for key in fix.keys if key.article_sha})
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE action IN ('merge', 'split') AND id IN"
        " (SELECT correction_id FROM correction_keys"
        "  WHERE article_sha IN (SELECT value FROM json_each(?)))"
        " ORDER BY id",
        [json.dumps(shas)],
    ).fetchall()
    return [grouping for grouping in _load(db, rows) if parts_after(fix, grouping)]


MADE_ON_RE = re.compile(r"#(\d+)\b")


def report_keys(db: Archive, agreement_id: int) -> list[tuple[Key, int]]:
    """An agreement's reports as keys, each with its article's id, oldest article first
    (the order `show` lists them)."""
    return [
        (Key(0, sha, position, start), article_id)
        for sha, position, start, article_id in db.execute(
            "SELECT a.sha256, r.position, r.evidence_start, a.id FROM reports r"
            " JOIN articles a ON a.id = r.article_id WHERE r.agreement_id = ?"
            " ORDER BY a.published IS NULL, a.published, r.id",
            [agreement_id],
        )
    ]


def for_agreement(db: Archive, agreement_id: int) -> list[Correction]:
    """The active corrections that apply to an agreement now, oldest first.

    Field corrections and rejections apply where their keys resolve; a merge or split marks
    every agreement one of its sides ended up in.
    """
    if no_corrections(db):
        return []
    shas = [
        sha
        for (sha,) in db.execute(
            "SELECT DISTINCT a.sha256 FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.agreement_id = ?",
            [agreement_id],
        )
    ]
    found = []
    grouped = ("merge", "split", "record")
    for correction in touching(db, shas, ("set", "add", "remove", "reject", *grouped)):
        if correction.action in grouped:
            places = {report_of(db, key) for key in correction.keys}
            if any(place and place[1] == agreement_id for place in places):
                found.append(correction)
        elif applies_to(db, correction) == agreement_id:
            found.append(correction)
    return found


def landing(db: Archive, article_shas: list[str]) -> set[int]:
    """The agreements the corrections of facts with a key in these articles apply to now:
    refreshed when the articles go, since a correction made on two reports lands on the
    other one's agreement then (newcomer 55, 3: shown with the old value under its mark)."""
    found = {
        applies_to(db, correction)
        for correction in touching(db, article_shas, ("set", "add", "remove", "reject"))
    }
    return {agreement_id for agreement_id in found if agreement_id is not None}


def corrected_agreements(db: Archive) -> list[int]:
    """Agreements a correction may concern: refreshed after a whole re-extraction, since the
    order articles are re-read in may have applied a correction before its report existed."""
    return [
        agreement_id
        for (agreement_id,) in db.execute(
            "SELECT DISTINCT r.agreement_id FROM correction_keys k"
            " JOIN articles a ON a.sha256 = k.article_sha JOIN reports r ON r.article_id = a.id"
            " UNION SELECT id FROM agreements WHERE rejected = 1 OR corrected != '[]'"
        )
    ]


def for_article(db: Archive, article_sha: str) -> list[Correction]:
    """Every correction of an article's metadata, undone ones included, oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE target = 'article' AND action = 'set'"
        " AND id IN (SELECT correction_id FROM correction_keys WHERE article_sha = ?)"
        " ORDER BY id",
        [article_sha],
    ).fetchall()
    return _load(db, rows)


# ---------------------------------------------------------------- after a rebuild


def rebind(
    db: Archive, old_sha: str, new_sha: str, moved: Callable[[int | None], int | None]
) -> None:
    """Corrections bound to an article hashed `old_sha` follow it to `new_sha`, each
    sentence offset to where `moved` finds that sentence in the new text."""
    keys = db.execute(
        "SELECT rowid, evidence_start FROM correction_keys WHERE article_sha = ?", [old_sha]
    ).fetchall()
    db.conn.executemany(
        "UPDATE correction_keys SET article_sha = ?, evidence_start = ? WHERE rowid = ?",
        [(new_sha, moved(start), rowid) for rowid, start in keys],
    )


def applies(db: Archive, correction: Correction) -> bool:
    """Whether a correction has something to apply to in this archive now."""
    if correction.target == "source":
        return True
    if correction.target == "article":
        return article_here(db, correction.keys[0].article_sha)
    return resolve(db, correction.keys) is not None


def article_here(db: Archive, sha: str | None) -> bool:
    return (
        sha is not None
        and db.execute("SELECT 1 FROM articles WHERE sha256 = ?", [sha]).fetchone() is not None
    )


def in_force(db: Archive) -> list[Correction]:
    """Every active correction that can apply at all (a removal is done once and for all)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM corrections WHERE undone_at IS NULL AND action != 'delete'"
        " ORDER BY id"
    ).fetchall()
    return _load(db, rows)
