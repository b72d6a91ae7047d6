"""What needs a person's eye after a large `add`: the researcher's to-do list.

Each item names an agreement (or an article), says what looks wrong, and gives the command
that would fix it, so the list can be worked through top to bottom. Rejected agreements
never appear; pairs the owner split apart are not offered for merging again.

Most useful first: two agreements that look like one signing (they distort every count),
a planned signing whose date has passed, no year (the timeline cannot place it), reports
that disagree on the sum or the jobs (one figure was kept without a word), an ambiguous
region (it may sit in the wrong region's timeline), fewer than two parties, then articles
that speak of a signing but gave no agreement. Within a kind, agreements with more sources
come first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from datetime import date

from mouarchive import ids, render, store, vocab
from mouarchive.disputes import Dispute, disputes
from mouarchive.merge_contents import items_overlap
from mouarchive.models import Clause, PartialDate

ORDER = (
    "lost_correction",
    "moved_correction",
    "duplicate",
    "planned_past",
    "no_year",
    "disputed_amount",
    "ambiguous_region",
    "few_parties",
    "missed_signing",
)
CLOSE_DAYS = 7
"""Two dated reports of one signing rarely disagree by more than a week."""
SIMILAR_ITEMS = 0.3
"""Looser than `merge`'s own threshold: here a person decides, so a doubt is worth showing."""
_COMPANY = re.compile(r"\(주\)|주식회사")


def _item(kind: str, problem: str, command: str, checked: bool = False, **ids: int | None) -> dict:
    """One item; `checked` when the owner checked it (`corrections --keep`): scripts still
    see it, the table lists it no more."""
    return {
        "kind": kind,
        "agreement_id": ids.get("agreement_id"),
        "article_id": ids.get("article_id"),
        "other_id": ids.get("other_id"),
        "correction_id": ids.get("correction_id"),
        "problem": problem,
        "command": command,
        "checked": checked,
    }


def collect(db: store.Archive, today: date | None = None) -> list[dict]:
    """Every review item, most useful first."""
    today = today or date.today()
    rows = list(store.review_rows(db))
    items = [
        *_lost_corrections(db),
        *_moved_corrections(db),
        *_duplicates(db, rows),
        *_agreement_items(rows, today),
        *(_disputed(dispute) for dispute in disputes(store.reported_amounts(db))),
    ]
    # An article holding an agreement noun and a signing verb speaks of a signing; with no
    # agreement extracted, a person should look (a missed signing, or news to remove).
    nouns, verbs = (
        vocab.words("agreement_kinds", "core_nouns"),
        vocab.words("signing", "signing_stems"),
    )
    for article_id, title in store.articles_without_agreement(db, nouns, verbs):
        items.append(
            _item(
                "missed_signing",
                f"speaks of a signing but gave no agreement: {title or '(제목 없음)'}",
                f"mouarchive show --article {article_id}"
                f"   (missed? mouarchive record --article {article_id} --party … --party …"
                f" --date …; unrelated? mouarchive remove --article {article_id})",
                article_id=article_id,
            )
        )
    sources = {row["id"]: row["sources"] for row in rows}
    items.sort(
        key=lambda item: (
            ORDER.index(item["kind"]),
            -sources.get(item["agreement_id"], 0),
            item["agreement_id"] or 0,
            item["article_id"] or 0,
        )
    )
    return items


def _agreement_items(rows: list[dict], today: date) -> list[dict]:
    items = []
    for row in rows:
        ident = row["id"]
        planned_for = PartialDate(row["year"], row["month"], row["day"])
        if row["status"] == "planned" and row["year"] and planned_for.last_day < today:
            items.append(
                _item(
                    "planned_past",
                    f"planned for {planned_for.iso}, which has passed: signed?",
                    f"mouarchive fix {ident} --status signed   (or: mouarchive reject {ident})",
                    agreement_id=ident,
                )
            )
        if row["year"] is None:
            said = f" (the article says “{row['date_text']}”)" if row["date_text"] else ""
            if row["undated_article"]:
                problem = f"no year: its article has no date{said}"
                command = f"mouarchive fix --article {row['undated_article']} --date YYYY-MM-DD"
            else:
                problem = f"no year{said}"
                command = f"mouarchive fix {ident} --date YYYY-MM-DD"
            items.append(
                _item(
                    "no_year",
                    problem,
                    command,
                    agreement_id=ident,
                    article_id=row["undated_article"],
                )
            )
        if row["ambiguous_regions"]:
            first, *others = row["ambiguous_regions"]
            alternatives = " or ".join(f"--add-region {_quote(name)}" for name in others)
            items.append(
                _item(
                    "ambiguous_region",
                    f"region unclear: {' or '.join(row['ambiguous_regions'])}?",
                    f"mouarchive fix {ident} --add-region {_quote(first)}"
                    + (f"   (or {alternatives})" if others else ""),
                    agreement_id=ident,
                )
            )
        if len(row["parties"]) < 2:
            named = ", ".join(row["parties"]) or "none"
            items.append(
                _item(
                    "few_parties",
                    f"fewer than two parties ({named})",
                    f"mouarchive fix {ident} --add-party NAME",
                    agreement_id=ident,
                )
            )
    return items


def _lost_corrections(db: store.Archive) -> list[dict]:
    """The owner's corrections that no longer find what they corrected: the signing is not
    read from its article any more, or a rebuild (`reextract`) or the file edited and added
    again (`replacing`) no longer yields the article.
    Corrections imported for articles this archive never held are waiting, not lost."""
    from mouarchive.corrections import describe

    items = []
    for correction in store.corrections.in_force(db):
        if store.corrections.applies(db, correction):
            continue
        shas = [key.article_sha for key in correction.keys if key.article_sha]
        here = [store.article_id_by_sha(db, sha) for sha in shas]
        article_id = next((found for found in here if found is not None), None)
        if article_id is not None:
            why = f"the signing it was made on is no longer found in article {article_id}"
        elif any(store.rebuild.gone(db, sha) for sha in shas):
            why = "its article is no longer in the archive (its file, read again, lacks it)"
        else:
            continue
        items.append(
            _item(
                "lost_correction",
                f"no longer applies: {describe(correction)} ({why}; made on {correction.label})",
                f"redo it where it belongs, then: mouarchive corrections --undo {correction.id}",
                article_id=article_id,
                correction_id=correction.id,
            )
        )
    return items


def _moved_corrections(db: store.Archive) -> list[dict]:
    """The owner's corrections an edit of their file left on another signing (other parties
    or kind, at the signing's place in the article): to be checked, until undone or kept
    (`corrections --keep`, which marks the item checked until an edit moves it again)."""
    from mouarchive.corrections import describe

    items = []
    for correction_id, was, checked in store.corrections.moved(db):
        correction = store.corrections.get(db, correction_id)
        agreement_id = store.corrections.applies_to(db, correction) if correction else None
        if correction is None or agreement_id is None:
            continue
        now = store.corrections.signing(db, correction)
        items.append(
            _item(
                "moved_correction",
                f"applies to another signing since its file was edited: {describe(correction)}"
                f" (made on {correction.label}; was {was}, now {now})",
                f"mouarchive show {agreement_id}; if it does not belong there:"
                f" mouarchive corrections --undo {correction_id}; if it does:"
                f" mouarchive corrections --keep {correction_id}",
                checked,
                agreement_id=agreement_id,
                correction_id=correction_id,
            )
        )
    return items


def _quote(name: str) -> str:
    return f'"{name}"' if " " in name else name


# ---------------------------------------------------------------- look like one signing


def _party_key(name: str) -> str:
    return _COMPANY.sub("", "".join(unicodedata.normalize("NFKC", name).split())).casefold()


def _close(a: dict, b: dict) -> bool:
    """Dates that could be one signing: within a week when both are known to the day,
    compatible when either is partial; a missing year compares months and days alone."""
    if a["year"] and b["year"] and a["day"] and b["day"] and a["month"] and b["month"]:
        first, second = (date(r["year"], r["month"], r["day"]) for r in (a, b))
        return abs((first - second).days) <= CLOSE_DAYS
    for part in ("year", "month"):
        if a[part] and b[part] and a[part] != b[part]:
            return False
    return not (a["day"] and b["day"] and abs(a["day"] - b["day"]) > CLOSE_DAYS)


def _dated(row: dict) -> bool:
    return any(row[part] for part in ("year", "month", "day"))


def _similar_items(a: dict, b: dict) -> bool:
    """Items that could be one agreement's. With no items on one side the parties and a
    date must decide; with no date at all, only items can."""
    if not a["clauses"] or not b["clauses"]:
        return _dated(a) and _dated(b)
    left = [Clause(text, (0, 0)) for text in a["clauses"]]
    right = [Clause(text, (0, 0)) for text in b["clauses"]]
    return items_overlap(left, right) >= SIMILAR_ITEMS


def _kept_apart(db: store.Archive) -> set[frozenset[int]]:
    """Pairs of agreements the owner split apart: never offered for merging again."""
    pairs = set()
    for correction in store.corrections.active(db, "split"):
        sides: dict[int, set[int]] = defaultdict(set)
        for key in correction.keys:
            place = store.corrections.report_of(db, key)
            if place:
                sides[key.side].add(place[1])
        pairs |= {frozenset((a, b)) for a in sides[0] for b in sides[1] if a != b}
    return pairs


def _duplicates(db: store.Archive, rows: list[dict]) -> list[dict]:
    """Pairs with the same parties, close dates and similar items that were not merged."""
    groups: dict[frozenset[str], list[dict]] = defaultdict(list)
    for row in rows:
        if len(row["parties"]) >= 2:
            groups[frozenset(_party_key(name) for name in row["parties"])].append(row)
    apart = _kept_apart(db)
    items = []
    for group in groups.values():
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                pair = frozenset((first["id"], second["id"]))
                if pair in apart or not _close(first, second):
                    continue
                if not _similar_items(first, second):
                    continue
                items.append(
                    _item(
                        "duplicate",
                        f"looks like the same signing as #{second['id']}"
                        f" ({' · '.join(first['parties'])})",
                        f"mouarchive merge {first['id']} {second['id']}",
                        agreement_id=first["id"],
                        other_id=second["id"],
                    )
                )
    return items


_SHOWN_VALUES = 4  # figures a disputed item names; the rest are counted
_SHOWN_ARTICLES = 3  # articles named beside each figure


def _disputed(dispute: Dispute) -> dict:
    """An agreement whose reports disagree on a figure, with each figure and the articles
    that give it, and the `fix` that settles it on the figure most of them give."""
    name, option = {"investment_krw": ("investment", "--investment"), "jobs": ("jobs", "--jobs")}[
        dispute.field
    ]
    said = [
        f"{_figure(dispute.field, value)} ({_articles(articles)})"
        for value, articles in dispute.told[:_SHOWN_VALUES]
    ]
    if len(dispute.told) > _SHOWN_VALUES:
        said.append(f"{len(dispute.told) - _SHOWN_VALUES} more figures")
    value = dispute.most_told
    typed = str(value) if dispute.field == "jobs" else _typed_won(value)
    return _item(
        "disputed_amount",
        f"reports disagree on {name}: {', '.join(said)}",
        f"mouarchive fix {dispute.agreement_id} {option} {typed}",
        agreement_id=dispute.agreement_id,
    )


def _figure(field: str, value: int) -> str:
    return f"{value:,}명" if field == "jobs" else render.won(value) or "0원"


def _articles(articles: tuple[int, ...]) -> str:
    named = ", ".join(ids.article(a) for a in articles[:_SHOWN_ARTICLES])
    return named + (", …" if len(articles) > _SHOWN_ARTICLES else "")


def _typed_won(value: int) -> str:
    """A sum as `fix --investment` takes it and a person would type it: "4조8066억"."""
    shown = render.won(value) or str(value)
    return shown.removesuffix(" 원").replace(" ", "").replace(",", "")
