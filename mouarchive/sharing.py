"""Corrections shared between archives and colleagues: `corrections --export/--import`,
and the listing `corrections` prints.

An export is one JSON object a line (`Correction.as_json`). Its keys are article hashes
and report positions, never row ids, so it applies to any archive built from the same
files, whatever ids that archive gave them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import IO

from mouarchive import curate, ids, regroup, store
from mouarchive.corrections import Correction, Key, describe, set_aside
from mouarchive.curation import agreement_label
from mouarchive.models import Article
from mouarchive.neutral import json_dumps
from mouarchive.preparing import article_hash

# The exporter's agreement id at the head of a label: it names another signing here.
_EXPORTER_ID = re.compile(r"^#\d+ ")


def export_corrections(db: store.Archive, stream: IO[str]) -> int:
    """Every correction, undone ones included, one JSON object a line, oldest first."""
    written = 0
    for correction in store.corrections.iter_all(db):
        stream.write(json_dumps(correction.as_json()) + "\n")
        written += 1
    return written


@dataclass
class Imported:
    added: int = 0
    present: int = 0
    unplaced: int = 0  # recorded, but nothing in this archive is what they correct (yet)
    # Of those, removals of files: adding a removed file is how its removal is undone, so
    # one recorded before its file arrives does not keep the file out.
    unplaced_removals: int = 0
    # Not recorded: each what it would correct and why not (`curate.refused_here`).
    refused: list[str] = field(default_factory=list)
    # What the import removed here (asked for), or would have removed (not asked for: not
    # recorded, so importing again with consent applies them).
    removed: list[str] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    # Agreements an imported date or outlet, its article read again, joined to another:
    # (the id gone, the id it joined), said as `fix --article` says them (review 56 c, 8).
    joined: list[tuple[int, int]] = field(default_factory=list)


def import_corrections(
    db: store.Archive, lines: Iterable[str], name: str, *, removals: bool = False
) -> Imported:
    """Record and apply corrections exported from another archive, in one transaction.

    A correction this archive already holds is skipped, so importing twice adds once; one
    of an agreement rejected here is skipped and said, as `fix` refuses it. A
    correction of an article not (yet) here is kept: it applies when the article is added,
    but for a removal, which adding the file undoes.
    A removal of a file or article that is here deletes for good, so it applies only when
    `removals` is given (as `remove` asks first); otherwise it is named and left out.
    A malformed line stops the import before anything is changed.
    """
    parsed = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            parsed.append(Correction.from_json(json.loads(line)))
        except json.JSONDecodeError:
            raise curate.CurationError(
                f"{name}:{number}: not a correction (not a JSON line;"
                " import what `corrections --export FILE` wrote)"
            ) from None
        except (ValueError, AttributeError) as error:
            raise curate.CurationError(f"{name}:{number}: {error}") from None
    result = Imported()
    with store.transaction(db):
        known = store.corrections.identities(db)
        older: dict[str, str] = {}
        for correction in parsed:
            correction.keys = [_current(db, key, older) for key in correction.keys]
            if correction.action == "delete":
                # The articles a removal names are the exporter's ids: this archive's instead.
                here = store.article_id_by_sha(db, correction.keys[0].article_sha or "")
                correction.new = [here] if correction.target == "article" and here else None
                if correction.target == "article":
                    correction.label = correction.old = _named_here(correction.label, here)
            correction = named_here(db, regroup.localised(db, correction))
            made_here = correction.undone_at is None and correction.effect() in known
            if made_here or correction.identity() in known:
                result.present += 1
                continue
            why = curate.refused_here(db, correction)
            if why is not None:
                result.refused.append(f"{describe(correction)} ({correction.label}): {why}")
                continue
            doomed = _removed_here(db, correction)
            if doomed is not None:
                (result.removed if removals else result.withheld).append(doomed)
                if not removals:
                    continue
            known.add(correction.identity())
            if correction.undone_at is None:
                known.add(correction.effect())
            store.corrections.insert(db, correction)
            result.added += 1
            if not curate.apply_recorded(db, correction, result.joined):
                result.unplaced += 1
                result.unplaced_removals += correction.target == "source"
            elif correction.action == "record":
                # Its agreement is made only now: named by it, as a fix is on import.
                name_waiting(db, [correction])
    return result


def named_here(db: store.Archive, correction: Correction) -> Correction:
    """A fix, rejection or split from another archive labelled with this archive's ids, as
    merges are (`regroup.localised`): "made on #3 …" names the agreement its reports are in
    here, and "article 19: …" this archive's article; where they are not here (yet), the
    exporter's label loses its id, which names another signing or article here (review 56 c,
    4). `applies_to` reads the id in the label as the agreement the fix was made on."""
    if correction.target == "article" and correction.action == "set":
        here = store.article_id_by_sha(db, correction.keys[0].article_sha or "")
        return replace(correction, label=_named_here(correction.label, here))
    if correction.action == "merge" and not correction.old:
        # Its sides are not here (yet): named by what they are, as the exporter saw them.
        parts = correction.label.split(" + ")
        return replace(correction, label=" + ".join(_EXPORTER_ID.sub("", p) for p in parts))
    if correction.target != "agreement" or correction.action == "merge":
        return correction
    found = (
        store.corrections.applies_to(db, correction)
        if correction.id
        else store.corrections.resolve(db, correction.keys)
    )
    agreement = store.get_agreement(db, found) if found is not None else None
    if agreement is None:
        return replace(correction, label=_EXPORTER_ID.sub("", correction.label, count=1))
    return replace(correction, label=agreement_label(agreement))


def name_waiting(db: store.Archive, unnamed: list[Correction]) -> list[tuple[int, str, str]]:
    """Fixes imported before their articles (`store.corrections.unnamed`), labelled with the
    agreement they apply to here once the articles are added (as an import finding them
    names it): the label's id is the agreement a fix stays with (`applies_to`). An
    article's fix is named by the article's id here ("article 6: …"). Returns those that
    apply now, each as (correction id, what it applies to: "#1", "a6", what it does:
    "recorded", "title"), for `add` to say: it said nothing of them (newcomer 58, 18)."""
    applied = []
    for correction in unnamed:
        here = named_here(db, correction)
        if here.label != correction.label:
            store.corrections.relabel(db, correction.id or 0, here.label)
            applied.append((correction.id or 0, _named_by(here.label), _what(correction)))
    return applied


def grouped_now(db: store.Archive, waiting: list[Correction]) -> list[tuple[int, str, str]]:
    """Of the merges and splits imported before their articles (`waiting_groupings`), those
    that apply now, as `name_waiting` gives fixes: (correction id, the agreement a merge
    made one or a split parted off, "merged" or "split off"). `add` asks before and after:
    their words never change, so only what it added tells them apart (review 59 b, 5)."""
    applied = []
    for correction in waiting:
        here = regroup.localised(db, correction)
        if correction.action == "merge" and here.old:
            applied.append((correction.id or 0, f"#{here.new}", "merged"))
        elif correction.action == "split" and here.new:
            applied.append((correction.id or 0, f"#{here.old}", "split off"))
    return applied


def _named_by(label: str) -> str:
    """The id a label names its correction's target by: "#1 …" → "#1", "article 6: …" → "a6"."""
    if label.startswith("article "):
        return ids.article(int(label.split()[1].rstrip(":")))
    return label.split()[0]


# What each correction that is no change of one field did, in `add`'s words.
_DONE = {"record": "recorded", "reject": "rejected"}


def _what(correction: Correction) -> str:
    return _DONE.get(correction.action) or correction.field or correction.action


def _named_here(label: str, here: int | None) -> str:
    """ "article 19: 〈title〉" as the exporter named it: by this archive's id, else by title."""
    title = label.split(": ", 1)[1] if label.startswith("article ") and ": " in label else label
    return f"article {here}: {title}" if here else title


def _removed_here(db: store.Archive, correction: Correction) -> str | None:
    """What an active removal would delete in this archive ("a5 〈title〉", a file's path,
    an article to keep out), or None when it deletes nothing here (not a removal, undone,
    or a file not here, which adding undoes)."""
    if correction.action != "delete" or correction.undone_at is not None:
        return None
    key = correction.keys[0]
    if correction.target == "source":
        found = store.source_id_and_path(db, key.source_sha or "")
        return found[1] if found else None
    if correction.target != "article":
        return None
    article_id = store.article_id_by_sha(db, key.article_sha or "")
    if article_id is None:
        # Recorded, it would keep the article out when its file is added (`removal_of`).
        return (
            f"{correction.label} (not here: it would be kept out when added as it was there;"
            " an edited copy is not known by it)"
        )
    meta = store.article_meta(db, article_id) or {}
    return f"{ids.article(article_id)} 〈{meta.get('title') or ''}〉"


def _current(db: store.Archive, key: Key, older: dict[str, str]) -> Key:
    """A key made before a rebuild changed its article's text names the article as hashed
    now (`reextract` keeps the old hashes as aliases); its sentence offset stays, and the
    report is found by its position where the offset no longer fits.

    A key exported by a version whose hash was the body's alone names, where no article here
    has that hash, the article here that version read (`older_hashes`, filled once when first
    needed).
    """
    if key.article_sha is None:
        return key
    now = store.rebuild.current_sha(db, key.article_sha)
    if now is None:
        return key
    if store.article_id_by_sha(db, now) is None:
        if not older:
            older.update(older_hashes(store.article_bodies(db)))
        now = older.get(now, now)
    return key if now == key.article_sha else replace(key, article_sha=now)


def older_hashes(bodies: Iterable[tuple[str, str]]) -> dict[str, str]:
    """What versions that hashed an article's body alone called the articles here (given
    as (hash, body), oldest first): a body's hash names the first copy with that body, the
    copy of the file added first, as `reextract` gives it; the hash of its first paragraphs
    alone names the first copy with them that the whole body does not already name. Such a
    version cut the second of two outlets' copies short after its lead (review 54 a2, B8):
    a fix or removal made there on that copy is this archive's later copy, not the first."""
    whole: dict[str, str] = {}
    cut: dict[str, list[str]] = {}
    for sha, body in bodies:
        whole.setdefault(article_hash(Article(None, body)), sha)
        lines = body.split("\n")
        for count in range(1, len(lines)):
            lead = article_hash(Article(None, "\n".join(lines[:count])))
            cut.setdefault(lead, []).append(sha)
    firsts = set(whole.values())
    for lead, shas in cut.items():
        whole.setdefault(lead, next((sha for sha in shas if sha not in firsts), shas[0]))
    return whole


def listing(db: store.Archive) -> list[dict]:
    """Every correction for `corrections`: what, old → new, when, why, and what it applies
    to in this archive now (ids may have changed since it was made)."""
    rows = []
    aside: dict[int, dict[int, int]] = {}  # per agreement, corrections set aside in a merge
    for correction in store.corrections.iter_all(db):
        set_aside_by = None
        if correction.target == "agreement" and correction.action != "delete":
            found = store.corrections.applies_to(db, correction)
            applies_to = f"#{found}" if found else None
            if found and correction.action == "set" and not correction.undone_at:
                if found not in aside:
                    aside[found] = set_aside(store.corrections.for_agreement(db, found))
                set_aside_by = aside[found].get(correction.id or 0)
        elif correction.target == "article":
            found = store.article_id_by_sha(db, correction.keys[0].article_sha or "")
            applies_to = f"article {found}" if found else None
            if found and correction.action == "delete":
                # Here again: added after its removal, which that undid.
                applies_to += " (added again)"
        elif correction.action == "delete" and store.source_id_by_hash(
            db, correction.keys[0].source_sha or ""
        ):
            applies_to = "file (added again)"
        else:
            applies_to = None
        rows.append(
            {
                "id": correction.id,
                "made_at": correction.made_at,
                "target": correction.target,
                "applies_to": applies_to,
                "label": correction.label,
                "action": correction.action,
                "field": correction.field,
                "old": correction.old,
                "new": correction.new,
                "change": describe(correction, applied=applies_to is not None),
                "note": correction.note,
                "undone_at": correction.undone_at,
                "set_aside_by": set_aside_by,
            }
        )
    return rows
