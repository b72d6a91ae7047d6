"""Output of the curation commands: what a correction did, the corrections list, the review.

Same rules as `render`: notes, labels and names are data, printed through `render.text`
(never markup, no control characters); tables for a terminal, JSON and CSV for scripts.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from mouarchive import ids, render
from mouarchive.corrections import Correction, describe

if TYPE_CHECKING:
    from mouarchive.regroup import HeldOn
    from mouarchive.removal import Removed

_UNDO = "undo: mouarchive corrections --undo {}"


_NAMED_KEPT = 5  # the articles a removal names of those other files still hold


def done(out: Console, message: str, correction: Correction) -> None:
    """One line for what was done, one for how to take it back."""
    out.print(render.text(f"{message} (correction {correction.id})", "bold"))
    out.print(render.text(_UNDO.format(correction.id), "dim"))


def agreement_fixed(
    out: Console, agreement: dict, changes: list[Correction], fmt: str, unchanged: list[str]
) -> None:
    """The corrections made; a value given as the agreement already had it is said to be so,
    else `--kind 업무협약` on an 업무협약 would pass without a word."""
    if fmt == "json":
        render.write_json({"agreement": agreement, "corrections": [c.as_json() for c in changes]})
        return
    if not changes:
        out.print(render.text(f"agreement #{agreement['id']}: nothing changed (values as given)"))
        return
    for change in changes:
        out.print(render.text(f"#{agreement['id']} {describe(change)}  (correction {change.id})"))
    if unchanged:
        names = ", ".join(unchanged)
        out.print(render.text(f"#{agreement['id']} {names}: already as given, no correction"))
    out.print(render.text(f"see: mouarchive show {agreement['id']}", "dim"))


def article_fixed(out: Console, result, fmt: str) -> None:
    """`fix --article`: the changes, then the article's agreements as re-extracted."""
    if fmt == "json":
        render.write_json(
            {
                "article_id": result.article_id,
                "corrections": [c.as_json() for c in result.changes],
                "agreements": result.agreements,
                "changed": [
                    {"agreement_id": i, "field": name, "old": old, "new": new}
                    for i, name, old, new in _moved(result.before, result.after)
                ],
                "joined": [{"agreement": gone, "into": kept} for gone, kept in result.joined],
            }
        )
        return
    if not result.changes:
        out.print(
            render.text(
                f"article {ids.article(result.article_id)}: nothing changed (values as given)"
            )
        )
        return
    article = ids.article(result.article_id)
    for change in result.changes:
        out.print(render.text(f"article {article} {describe(change)}  (correction {change.id})"))
    found = ", ".join(f"#{i}" for i in result.agreements) or "no agreement"
    out.print(render.text(f"re-extracted: {found}", "dim"))
    for gone, kept in result.joined:
        out.print(
            render.text(
                f"agreement #{gone} joined #{kept}: read again, {article} tells them as one signing"
            )
        )
    said_joined = {i for join in result.joined for i in join}
    for agreement_id, name, old, new in _moved(result.before, result.after):
        if name == "agreement" and agreement_id in said_joined:
            continue
        if name == "agreement":
            said = "new, read from it now" if old == "-" else "no longer read from it"
            out.print(render.text(f"#{agreement_id}: {said}"))
        else:
            out.print(render.text(f"#{agreement_id} {name}: {old} → {new}"), soft_wrap=True)


def _told(agreement: dict) -> dict[str, str]:
    """What an agreement says of the fields a re-read may change, as `show` prints them."""
    return {
        "date": render.date_label(agreement),
        "title": agreement["title"] or "-",
        "kind": agreement["kind"] or "-",
        "status": agreement["status"],
        "parties": " · ".join(agreement["parties"]),
    }


def _moved(before: dict[int, dict], after: dict[int, dict]) -> list[tuple[int, str, str, str]]:
    """Each change a fix of an article's metadata made to its agreements, once re-read:
    (agreement id, field, before, after); the field "agreement" for one that came or went
    (newcomer 53, 17: a date given made the title and the kind read otherwise, unsaid)."""
    moved = []
    for agreement_id in sorted(before.keys() | after.keys()):
        if agreement_id not in before or agreement_id not in after:
            came = agreement_id in after
            moved.append(
                (agreement_id, "agreement", "-" if came else "here", "here" if came else "-")
            )
            continue
        old, new = _told(before[agreement_id]), _told(after[agreement_id])
        moved += [
            (agreement_id, name, old[name], new[name]) for name in old if old[name] != new[name]
        ]
    return moved


def removed(out: Console, done: Removed) -> None:
    """What `remove` did in one line: articles deleted, else the files deleted whose articles
    other files still hold (named, with where they are), and the paths only forgotten."""
    parts = []
    if done.articles and (done.kept or done.files > done.articles):
        # Some files went whose articles stay, or several files of one article went (one
        # saved in several encodings): "1 article" alone read as one file removed.
        files, articles = _count(done.files, "file"), _count(done.articles, "article")
        parts.append(f"removed {files} and {articles} with their raw text")
    elif done.articles or not (done.files or done.forgotten):
        them = "its" if done.articles == 1 else "their"
        parts.append(f"removed {_count(done.articles, 'article')} with {them} raw text")
    elif done.files:
        them = "its" if done.files == 1 else "their"
        parts.append(f"removed {_count(done.files, 'file')} with {them} raw text")
    if done.agreements:
        parts.append(f"{_count(done.agreements, 'agreement')} left without a source went too")
    if done.kept:
        named = [ids.article(article_id) for article_id, _ in done.kept[:_NAMED_KEPT]]
        more = len(done.kept) - len(named)
        # A file of thousands of articles names a few, not a line of thousands of ids.
        kept = ", ".join(named) + (f" and {more:,} more" if more else "")
        stays = "article {} stays" if len(done.kept) == 1 else "articles {} stay"
        parts.append(f"{stays.format(kept)}, held by {_holders([p for _, p in done.kept])}")
    if done.forgotten:
        its = "its" if len(done.forgotten) == 1 else "their"
        held = _holders([p for _, p in done.forgotten])
        parts.append(
            f"forgot {_count(len(done.forgotten), 'path')} ({its} content is still held by {held})"
        )
    if done.addresses:
        # The URL is gone from the paths, not from the article: `add` of it still fetches
        # nothing, and saying only "forgot" promised otherwise.
        urls = ", ".join(render.one_line(url) for url in done.addresses)
        parts.append(f"{urls} stays its article's address, so `add` of it fetches nothing")
    out.print(render.text("; ".join(parts)))


def _holders(paths: list[str]) -> str:
    """The one path still holding what was kept, or how many there are."""
    unique = list(dict.fromkeys(paths))
    return render.one_line(unique[0]) if len(unique) == 1 else f"{len(unique)} other paths"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def undone(
    out: Console, correction: Correction, idle: list[Correction], held: list[HeldOn]
) -> None:
    out.print(render.text(f"undone: correction {correction.id} ({describe(correction)})"))
    for still in held:
        first, *later = still.merges
        through = (
            f"corrections {', '.join(map(str, [first, *later[:-1]]))} and {later[-1]}, the first"
            " of which"
            if later
            else f"correction {first}, which"
        )
        out.print(
            render.text(
                f"{ids.agreement(still.taken)} stays in {ids.agreement(still.holder)} through"
                f" {through} merged it in while it was part of #{correction.new}"
            )
        )
    for split in idle:
        out.print(
            render.text(
                f"correction {split.id} ({describe(split)}) parts nothing now: its sides were"
                f" together only through correction {correction.id}, apart again without it"
                f" (mouarchive corrections --undo {split.id} clears it)"
            )
        )
    if correction.action == "delete":
        out.print(
            render.text(
                "its article comes back with its page: `mouarchive reextract` reads the pages"
                " in the archive again; a file not in it comes back by `add`"
            )
        )


def kept(out: Console, correction: Correction, agreement_id: int) -> None:
    out.print(
        render.text(
            f"checked: correction {correction.id} ({describe(correction)}) stays on"
            f" #{agreement_id}; review lists it no more"
        )
    )


def exported(out: Console, count: int, target: str) -> None:
    out.print(render.text(f"{_count(count, 'correction')} written to {target}"))


def imported(out: Console, result) -> None:
    for refused in result.refused:
        out.print(render.text(f"skipped: {refused}", "yellow"), soft_wrap=True)
    for removed in result.removed:
        out.print(render.text(f"removed: {removed}"), soft_wrap=True)
    for withheld in result.withheld:
        out.print(render.text(f"not removed: {withheld}", "yellow"), soft_wrap=True)
    for gone, kept in result.joined:
        out.print(
            render.text(
                f"agreement #{gone} joined #{kept}: its article, read again with an imported"
                " correction, tells them as one signing"
            ),
            soft_wrap=True,
        )
    line = f"{result.added} imported, {result.present} already here"
    if result.refused:
        line += f", {len(result.refused)} skipped (rejected here)"
    if result.unplaced:
        concern = "concerns an article" if result.unplaced == 1 else "concern articles"
        line += (
            f"; {result.unplaced} {concern} not in this archive"
            " (kept: they apply when those articles are added"
        )
        if result.unplaced_removals:
            line += (
                f"; {_count(result.unplaced_removals, 'removal')} of a file among them never will:"
                " adding a file undoes its removal"
            )
        line += ")"
    out.print(render.text(line))
    if result.withheld:
        out.print(
            render.text(
                f"{_count(len(result.withheld), 'removal')} left out: removing deletes for good;"
                " import again with --yes to remove them",
                "yellow",
            )
        )


CORRECTION_COLUMNS = [
    "id",
    "made_at",
    "target",
    "applies_to",
    "label",
    "action",
    "field",
    "old",
    "new",
    "change",
    "note",
    "undone_at",
    "set_aside_by",
]


def corrections_list(out: Console, rows: list[dict], fmt: str, *, excel: bool = False) -> None:
    if fmt == "json":
        render.write_json(rows)
        return
    if fmt == "csv":
        from mouarchive.export import write_csv

        write_csv(rows, CORRECTION_COLUMNS, sys.stdout, excel=excel)
        return
    if not rows:
        out.print(render.text("no corrections yet"))
        return
    for row in rows:
        line = Text(f"{row['id']:>4}  ", style="bold")
        line.append_text(render.text(f"{row['made_at'][:16].replace('T', ' ')}  ", "dim"))
        line.append_text(render.text(f"{row['applies_to'] or '(not here)'}  ", "bold"))
        line.append_text(render.text(row["change"], "strike dim" if row["undone_at"] else ""))
        if row["undone_at"]:
            line.append_text(render.text(f"  undone {row['undone_at'][:10]}", "yellow"))
        elif row.get("set_aside_by"):
            line.append_text(render.text(f"  set aside by merge {row['set_aside_by']}", "yellow"))
        out.print(line)
        why = f"{row['note']} · " if row["note"] else ""
        out.print(render.text(f"      {why}made on {row['label']}", "dim"))


REVIEW_COLUMNS = [
    "kind",
    "agreement_id",
    "article_id",
    "other_id",
    "correction_id",
    "problem",
    "command",
    "checked",
]


def review_items(
    out: Console, items: list[dict], limit: int, fmt: str, *, excel: bool = False
) -> None:
    """The review: for a person a numbered list with the command under each, without the
    items the owner checked (counted in the last line); for scripts every item, each saying
    whether it is checked (limit applies to the table only)."""
    if fmt == "json":
        render.write_json(items)
        return
    if fmt == "csv":
        from mouarchive.export import write_csv

        write_csv(items, REVIEW_COLUMNS, sys.stdout, excel=excel)
        return
    checked = sum(item["checked"] for item in items)
    items = [item for item in items if not item["checked"]]
    kept = f" ({_count(checked, 'checked correction')} not listed)" if checked else ""
    if not items:
        out.print(render.text(f"nothing to review{kept}"))
        return
    shown = items[:limit] if limit else items
    for number, item in enumerate(shown, start=1):
        if item["correction_id"]:
            target = f"correction {item['correction_id']}"
        elif item["agreement_id"]:
            target = f"#{item['agreement_id']}"
        else:
            target = f"article {ids.article(item['article_id'])}"
        line = Text(f"{number:>3}. ", style="bold")
        line.append_text(render.text(f"{target}: {item['problem']}"))
        out.print(line)
        out.print(render.text(f"     {item['command']}", "cyan"))
    more = f" (showing {len(shown)}; --limit 0 for all)" if len(shown) < len(items) else ""
    out.print(render.text(f"{len(items)} to review{more}{kept}", "bold"))


def rebuilt(out: Console, result, counts, *, quiet: bool) -> None:
    """`reextract`: what the archive holds now and what the rebuild changed; then, even
    with --quiet, one line per source it could not read again and per correction that no
    longer finds what it corrected."""
    if not quiet:
        line = (
            f"{render.count(counts.articles, 'article')} →"
            f" {render.count(counts.agreements, 'agreement')},"
            f" {render.count(counts.clauses, 'clause')}"
        )
        changes = [
            f"{render.count(n, 'article')} {what}"
            for n, what in (
                (result.changed, "read differently"),
                (result.added, "new"),
                (result.gone, "no longer found"),
            )
            if n
        ]
        out.print(render.text(line + (f" ({'; '.join(changes)})" if changes else "")))
    for path, why in result.unread:
        out.print(render.text(f"{path}: could not be read again ({why}); its articles kept"))
    for correction in result.lost:
        out.print(
            render.text(
                f"correction {correction.id} no longer applies ({describe(correction)},"
                f" made on {correction.label}): see mouarchive review",
                "yellow",
            )
        )
