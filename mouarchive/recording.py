"""`mouarchive record`: a signing an article tells that the extractor missed, recorded by
hand as a correction (`mouarchive.recorded`), so that `review`'s remedy for it is no longer
only to delete the article.

The record is saved as one more report of its article, so it joins another outlet's report
of the same signing as any report does, and a fix, merge, split or removal takes it as any
other; undone, the article's reports are saved again without it. A record `review` will
flag, or one like an agreement already there, is kept with its doubts said
(`record_doubts`).
"""

from __future__ import annotations

from mouarchive import ids, store
from mouarchive.corrections import Correction, Key
from mouarchive.curation import CurationError, agreement_label, now, record
from mouarchive.record_doubts import doubts
from mouarchive.recorded import position_after


def record_signing(
    db: store.Archive, article_id: int, facts: dict, note: str | None
) -> tuple[Correction, int, list[str]]:
    """Record a signing article `article_id` tells; the correction, its agreement and the
    doubts to warn of (`record_doubts.doubts`)."""
    with store.transaction(db):
        sha = store.article_sha(db, article_id)
        if sha is None:
            raise CurationError(store.retired.missing_article(db, article_id))
        facts = {**facts, "parties": _spelled(db, article_id, facts["parties"])}
        held = [c for c in store.corrections.touching(db, [sha], ("record",)) if c.new == facts]
        if held:
            raise CurationError(
                f"article {ids.article(article_id)} has this signing recorded already"
                f" (correction {held[0].id})"
            )
        position = position_after(store.corrections.recorded(db, sha))
        title = (store.article_meta(db, article_id) or {}).get("title") or ""
        correction = Correction(
            target="agreement",
            action="record",
            keys=[Key(0, sha, position, None)],
            label=f"article {article_id}: {title}",
            made_at=now(),
            new=facts,
            note=note,
        )
        record(db, correction)
        saved = save_again(db, article_id)
        agreement_id = saved.get(position)
        agreement = store.get_agreement(db, agreement_id) if agreement_id else None
        if agreement is None:
            raise CurationError(f"article {ids.article(article_id)}: the signing was not saved")
        # Named by its agreement, as a fix is: the id it stays with (`applies_to`).
        correction.label = agreement_label(agreement)
        store.corrections.relabel(db, correction.id or 0, correction.label)
        return correction, agreement_id, doubts(db, agreement_id)


def save_again(db: store.Archive, article_id: int) -> dict[int, int]:
    """An article's reports saved again with the signings recorded on it in force (each
    keeps its agreement's id): position → agreement, of the recorded ones."""
    store.replace_reports(db, article_id, store.read_reports(db, article_id))
    return {
        position: agreement_id for position, agreement_id in store.recorded_places(db, article_id)
    }


def _spelled(db: store.Archive, article_id: int, parties: list[str]) -> list[str]:
    """Parties as extraction spells them (`typed_names`), read against the article, as
    `fix --add-party` spells them: "장흥군" is 전라남도 장흥군, as the extractor would say."""
    from mouarchive.typed_names import AmbiguousName, organisation

    article = store.load_article(db, article_id)
    context = article.body if article is not None else ""
    try:
        return list(dict.fromkeys(organisation(name, context) for name in parties))
    except AmbiguousName as error:
        raise CurationError(f"--party {error}") from None
