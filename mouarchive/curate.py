"""The owner's corrections carried out: fix, reject, undo, and applying those shared from
another archive (`remove`, which deletes, is `removal`; merging and splitting, with
the bookkeeping that gives each agreement its id back, are `regroup`).

Each operation checks its input against the archive as it is inside the write
transaction, records what it changes (`corrections.Correction`) and applies it, all in that
one transaction: a bad id or a clash with another process changes nothing. The agreement
rows are always recomputed from their reports with the corrections applied last
(`store.refresh_agreement`), so applying a correction and re-extracting are one code path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from mouarchive import ids, regroup, regroup_replay, store
from mouarchive.corrections import (
    ARTICLE_FIELDS,
    Correction,
    Key,
    article_value,
)
from mouarchive.curation import (
    CurationError,
    agreement_label,
    agreement_of,
    keys_of,
    not_rejected,
    now,
    record,
    rejection_of,
)
from mouarchive.disputes import disputes
from mouarchive.models import PartialDate

# ---------------------------------------------------------------- article metadata


@dataclass
class ArticleFix:
    article_id: int
    changes: list[Correction]
    agreements: list[int] = field(default_factory=list)  # the article's agreements after
    # The article's agreements before the fix and after it, re-read (`store.get_agreement`
    # with its extras): a date given may make a title, a kind or the day read otherwise.
    before: dict[int, dict] = field(default_factory=dict)
    after: dict[int, dict] = field(default_factory=dict)
    # Agreements the article, read again, told as one signing with another: (id, id joined).
    joined: list[tuple[int, int]] = field(default_factory=list)


def fix_article(
    db: store.Archive, article_id: int, values: dict[str, str | None], note: str | None
) -> ArticleFix:
    """Set an article's date/outlet/title/url and re-extract its agreements against them.

    `values` holds only what the owner gives (date as ISO); a value equal to the stored one
    is no change, so re-adding a file with the metadata it already has stays a no-op.
    """
    with store.transaction(db):
        meta = store.article_meta(db, article_id)
        if meta is None:
            raise CurationError(store.retired.missing_article(db, article_id))
        sha = store.article_sha(db, article_id)
        label = f"article {article_id}: {meta['title'] or '(제목 없음)'}"
        changes = [
            record(
                db,
                Correction(
                    target="article",
                    action="set",
                    keys=[Key(article_sha=sha)],
                    label=label,
                    made_at=now(),
                    field=name,
                    old=meta[name],
                    new=value,
                    note=note,
                ),
            )
            for name, value in values.items()
            if name in ARTICLE_FIELDS and value is not None and value != meta[name]
        ]
        before = _as_told(db, store.article_agreement_ids(db, article_id))
        joined: list[tuple[int, int]] = []
        if changes:
            apply_article(db, article_id, joined)
        after_ids = store.article_agreement_ids(db, article_id)
        return ArticleFix(article_id, changes, after_ids, before, _as_told(db, after_ids), joined)


def _as_told(db: store.Archive, agreement_ids: list[int]) -> dict[int, dict]:
    return {
        agreement_id: agreement | store.agreement_extras(db, agreement_id)
        for agreement_id in agreement_ids
        if (agreement := store.get_agreement(db, agreement_id)) is not None
    }


def apply_article(
    db: store.Archive, article_id: int, joins: list[tuple[int, int]] | None = None
) -> None:
    """Bring an article's metadata to what its corrections say, then re-extract it.

    A field's value is the last active correction's, else the value it had before its first
    correction; so undoing any one of several corrections leaves the right value. An
    agreement the article's report, read again, takes into another is added to `joins`.
    """
    from mouarchive.preparing import extract_safely

    sha = store.article_sha(db, article_id)
    meta = store.article_meta(db, article_id)
    if sha is None or meta is None:
        return
    history = store.corrections.for_article(db, sha)
    values, corrected = dict(meta), []
    for name in ARTICLE_FIELDS:
        own = [c for c in history if c.field == name]
        if own:
            values[name] = article_value(own[0].old, own)
        if any(c.undone_at is None for c in own):
            corrected.append(name)
    store.set_article_meta(db, article_id, values, corrected)
    article = store.load_article(db, article_id)
    if article is not None:
        reports, _ = extract_safely(article)
        store.replace_reports(db, article_id, reports, joins=joins)


# ---------------------------------------------------------------- agreement facts


@dataclass
class AgreementEdits:
    """What `fix ID` was asked to change; lists keep the order given."""

    date: PartialDate | None = None
    status: str | None = None
    title: str | None = None  # "" clears, as for place
    kind: str | None = None
    place: str | None = None
    investment_krw: int | None = None  # in won; 0 clears, as for jobs
    jobs: int | None = None
    add_parties: list[str] = field(default_factory=list)
    remove_parties: list[str] = field(default_factory=list)
    add_signatories: list[dict] = field(default_factory=list)
    remove_signatories: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)  # replaces the list when given
    add_regions: list[str] = field(default_factory=list)
    remove_regions: list[str] = field(default_factory=list)
    add_clauses: list[str] = field(default_factory=list)
    remove_clauses: list[int] = field(default_factory=list)  # numbers as `show` prints them

    def empty(self) -> bool:
        """Nothing asked: a value that clears ("" or 0) is still something."""
        return all(value is None or value == [] for value in vars(self).values())


def _changes(
    agreement: dict, extras: dict, edits: AgreementEdits, disputed: frozenset[str] = frozenset()
) -> list[tuple]:
    """(action, field, old, new) for each edit, checked against the agreement as it is.

    Removals come first, so clause numbers mean what `show` printed. A sum or jobs the
    agreement's reports disagree on (`disputed`) is recorded even as the agreement shows it:
    the owner's word settles the figure, which `review` then lists no more and a later
    `reextract` cannot move.
    """
    changes: list[tuple] = []
    ident = ids.agreement(agreement["id"])

    def absent(kind: str, value: str, present: list[str]) -> CurationError:
        listed = ", ".join(present) or "none"
        return CurationError(f"agreement {ident} has no {kind} {value!r} (it has: {listed})")

    for number in edits.remove_clauses:
        clauses = agreement["clauses"]
        if not 1 <= number <= len(clauses):
            raise CurationError(f"agreement {ident} has no clause {number} (it has {len(clauses)})")
        changes.append(("remove", "clauses", clauses[number - 1], None))
    for name in edits.remove_parties:
        if name not in agreement["parties"]:
            raise absent("party", name, agreement["parties"])
        changes.append(("remove", "parties", name, None))
    names = [s["name"] for s in agreement["signatories"]]
    for name in edits.remove_signatories:
        if name not in names:
            raise absent("signatory", name, names)
        found = agreement["signatories"][names.index(name)]
        changes.append(("remove", "signatories", found, None))
    regions = agreement["regions"] + extras["ambiguous_regions"]
    for name in edits.remove_regions:
        if name not in regions:
            raise absent("region", name, regions)
        changes.append(("remove", "regions", name, None))
    for name in edits.add_parties:
        if name in agreement["parties"]:
            raise CurationError(f"agreement {ident} already has party {name!r}")
        changes.append(("add", "parties", None, name))
    for signatory in edits.add_signatories:
        if any(_same_signatory(signatory, held) for held in agreement["signatories"]):
            raise CurationError(f"agreement {ident} already has signatory {signatory['name']!r}")
        changes.append(("add", "signatories", None, signatory))
    if edits.regions:
        changes.append(("set", "regions", regions, edits.regions))
    for name in edits.add_regions:
        if name in agreement["regions"]:
            raise CurationError(f"agreement {ident} already has region {name!r}")
        changes.append(("add", "regions", None, name))
    for text in edits.add_clauses:
        changes.append(("add", "clauses", None, text))
    if edits.date is not None:
        old = agreement["date"] or _yearless(extras)
        if edits.date.iso != old:  # an empty date clears one; the same date is no change
            changes.append(("set", "date", old, edits.date.iso))
    for name in ("status", "title", "kind", "place", "investment_krw", "jobs"):
        value = getattr(edits, name)
        if value is not None and ((value or None) != agreement[name] or name in disputed):
            changes.append(("set", name, agreement[name], value or None))
    return changes


def _same_signatory(given: dict, held: dict) -> bool:
    """Whether a signatory to add is one the agreement holds: the same name, and no title or
    organisation given that differs from the held one's."""
    return given["name"] == held["name"] and all(
        not given.get(field) or given.get(field) == held.get(field)
        for field in ("title", "organization")
    )


def _spelled(db: store.Archive, agreement: dict, edits: AgreementEdits) -> AgreementEdits:
    """The edits with typed organisation names spelled as extraction spells them
    (`typed_names`), read against the agreement's articles.

    A party to remove is taken as typed when the agreement has it; an ambiguous name to
    remove means the one reading the agreement has, if it has exactly one.
    """
    from mouarchive.typed_names import AmbiguousName, held_party, organisation

    if not (edits.add_parties or edits.remove_parties or edits.add_signatories):
        return edits
    context = store.agreement_text(db, agreement["id"])
    present = agreement["parties"]

    def spell(name: str, option: str, among: list[str] | None = None) -> str:
        try:
            return organisation(name, context)
        except AmbiguousName as error:
            held = [c for c in error.candidates if among is not None and c in among]
            if len(held) == 1:
                return held[0]
            raise CurationError(f"{option} {error}") from None

    def party(name: str) -> str:
        spelled = spell(name, "--add-party")
        held = held_party(spelled, present)
        if held is not None and held != spelled:
            raise CurationError(
                f"agreement {ids.agreement(agreement['id'])} already has party {held!r}"
                f" ({name!r} is that party)"
            )
        return spelled

    def signatory(given: dict) -> dict:
        organization = given["organization"]
        if organization:
            organization = spell(organization, "--add-signatory")
        return {**given, "organization": organization}

    return replace(
        edits,
        add_parties=list(dict.fromkeys(party(n) for n in edits.add_parties)),
        remove_parties=[
            n if n in present else spell(n, "--remove-party", present) for n in edits.remove_parties
        ],
        add_signatories=[signatory(s) for s in edits.add_signatories],
    )


def _yearless(extras: dict) -> str | None:
    return f"{extras['day']}일 (연도 미상)" if extras.get("day") else None


def fix_agreement(
    db: store.Archive, agreement_id: int, edits: AgreementEdits, note: str | None
) -> list[Correction]:
    """Record and apply corrections of an agreement's facts; returns them (none when every
    value given is already the agreement's)."""
    with store.transaction(db):
        agreement = agreement_of(db, agreement_id)
        not_rejected(db, agreement, "fix")
        extras = store.agreement_extras(db, agreement_id)
        keys = keys_of(db, agreement_id)
        label, made = agreement_label(agreement), now()
        recorded = [
            record(db, Correction("agreement", action, keys, label, made, name, old, new, note))
            for action, name, old, new in _changes(
                agreement, extras, _spelled(db, agreement, edits), _disputed(db, agreement_id)
            )
        ]
        store.refresh_agreement(db, agreement_id)
        return recorded


def _disputed(db: store.Archive, agreement_id: int) -> frozenset[str]:
    rows = store.reported_amounts(db, agreement_id)
    return frozenset(dispute.field for dispute in disputes(rows))


def reject(db: store.Archive, agreement_id: int, note: str | None) -> Correction:
    """Not an agreement: hidden from every listing, kept on record, undoable."""
    with store.transaction(db):
        agreement = agreement_of(db, agreement_id)
        if agreement["rejected"]:
            raise CurationError(f"agreement {ids.agreement(agreement_id)} is already rejected")
        correction = Correction(
            "agreement",
            "reject",
            keys_of(db, agreement_id),
            agreement_label(agreement),
            now(),
            note=note,
        )
        record(db, correction)
        store.refresh_agreement(db, agreement_id)
        return correction


# ---------------------------------------------------------------- undo, and applying imports


def _in_force(db: store.Archive, correction_id: int) -> Correction:
    """The correction the owner names, which must exist and not be undone already."""
    correction = store.corrections.get(db, correction_id)
    if correction is None:
        raise CurationError(f"no correction {correction_id}")
    if correction.undone_at:
        # A file's removal is undone by adding the file again (newcomer 57, 10: "already
        # undone" surprised an owner who had only added it).
        how = ": adding its file again undid it" if correction.target == "source" else ""
        raise CurationError(f"correction {correction_id} is already undone{how}")
    return correction


def undo(
    db: store.Archive, correction_id: int
) -> tuple[Correction, list[Correction], list[regroup.HeldOn]]:
    """Take a correction back: it stays on record, marked undone, and stops applying. Returns
    it and, for a merge, the splits made under it that now part nothing (`regroup.idle_splits`)
    and the signings a later merge still holds where it took them (`regroup.held_on`).
    """

    with store.transaction(db):
        correction = _in_force(db, correction_id)
        if correction.action == "delete":
            if correction.target != "article":
                raise CurationError(
                    f"correction {correction_id} removed {correction.label}; a file's removal"
                    " is undone by adding the file again"
                )
            # Its text went with it: the article is let back in, to come with its page.
            correction.undone_at = now()
            store.corrections.mark_undone(db, correction_id, correction.undone_at)
            return correction, [], []
        touched = regroup.agreements_of(db, correction)
        correction.undone_at = now()
        store.corrections.mark_undone(db, correction_id, correction.undone_at)
        if correction.action == "record":
            # Its article's reports saved again without it: its agreement goes, or loses it.
            reread_recorded(db, correction)
        elif correction.target == "article":
            _reapply_articles(db, correction)
        elif correction.action in ("merge", "split"):
            touched |= regroup_replay.replay(db, correction)
        store.refresh_agreements(db, touched)
        return correction, regroup.idle_splits(db, correction), regroup.held_on(db, correction)


def keep(db: store.Archive, correction_id: int) -> tuple[Correction, int]:
    """The owner checked a correction `review` lists as moved by an edit, and it belongs
    where it applies now: `review` lists it no more, until an edit moves it again. Returns
    it and the agreement it applies to."""
    with store.transaction(db):
        correction = _in_force(db, correction_id)
        moved = {found: checked for found, _, checked in store.corrections.moved(db)}
        agreement_id = store.corrections.applies_to(db, correction)
        if correction_id not in moved or agreement_id is None:
            raise CurationError(
                f"correction {correction_id} is not one review asks to check"
                " (only those an edit moved to another signing are kept so)"
            )
        if moved[correction_id]:
            raise CurationError(f"correction {correction_id} is already checked")
        store.corrections.mark_checked(db, correction_id, now())
        return correction, agreement_id


def _reapply_articles(db: store.Archive, correction: Correction) -> None:
    for key in correction.keys:
        article_id = store.article_id_by_sha(db, key.article_sha) if key.article_sha else None
        if article_id is not None:
            apply_article(db, article_id)


def reread_recorded(db: store.Archive, correction: Correction) -> bool:
    """A recorded signing's article saved again (`recording.save_again`), the record in
    force or undone; False when the article is not here."""
    from mouarchive.recording import save_again

    article_id = store.article_id_by_sha(db, correction.keys[0].article_sha or "")
    if article_id is None:
        return False
    save_again(db, article_id)
    return True


def refused_here(db: store.Archive, correction: Correction) -> str | None:
    """Why a correction from another archive is not applied here, or None: one that fixes,
    merges or splits an agreement rejected here would land unseen, which `fix`, `merge`
    and `split` refuse too (`not_rejected`). Said with the undo that would let it apply."""
    if correction.target != "agreement" or correction.undone_at is not None:
        return None
    if correction.action not in ("set", "add", "remove", "merge", "split"):
        return None
    found = {place[1] for key in correction.keys if (place := store.corrections.report_of(db, key))}
    for agreement_id in sorted(found):
        agreement = store.get_agreement(db, agreement_id)
        if agreement is not None and agreement["rejected"]:
            rejection = rejection_of(db, agreement_id)
            undo = f"mouarchive corrections --undo {rejection}, then " if rejection else ""
            return (
                f"agreement {ids.agreement(agreement_id)} is rejected here"
                f" ({undo}import again to apply it)"
            )
    return None


def apply_recorded(
    db: store.Archive, correction: Correction, joins: list[tuple[int, int]] | None = None
) -> bool:
    """Apply a correction just recorded from elsewhere (`sharing.import_corrections`);
    False when nothing in this archive is its target. An agreement an article's report,
    read again, takes into another is added to `joins` (`apply_article`)."""

    active = correction.undone_at is None
    if correction.target == "source":
        found = store.source_id_and_path(db, correction.keys[0].source_sha or "")
        if found and active:
            held = store.source_articles(db, found[0])
            _remove_recorded(db, correction, held, lambda: store.delete_source(db, found[0])[1])
        return found is not None
    if correction.target == "article":
        article_id = store.article_id_by_sha(db, correction.keys[0].article_sha or "")
        if article_id is None:
            return False
        if correction.action != "delete":
            apply_article(db, article_id, joins)
        elif active:
            _remove_recorded(
                db, correction, [article_id], lambda: store.delete_article(db, article_id)
            )
        return True
    if correction.action == "record":
        return reread_recorded(db, correction)
    touched = regroup.agreements_of(db, correction)
    if active:
        touched |= regroup.apply_grouping(db, correction)
    store.refresh_agreements(db, touched)
    return bool(touched)


def _remove_recorded(
    db: store.Archive,
    removal: Correction,
    article_ids: list[int],
    delete: Callable[[], set[int]],
) -> None:
    """An imported removal carried out (`delete`) as `remove` does it: where the articles'
    reports stood is kept (let back in, their signings come back under their ids), and the
    files an article removed one by one was cut from (added again, its file says it is kept
    out: review 55 b, S1); the agreements its reports left and those the corrections of its
    reports land on now are refreshed."""
    places = store.removals.report_places(db, article_ids)
    store.removals.keep_places(db, removal.id or 0, places)
    if removal.target == "article":
        store.removals.keep_sources(db, removal.id or 0, article_ids[0])
    touched = delete()
    landing = store.corrections.landing(db, [sha for sha, *_ in places])
    store.refresh_agreements(db, touched | landing)
