"""Output for people (rich, on a terminal) and for programs (JSON, CSV in pipes).

Article text is data: it reaches rich only as `Text` objects with control characters
removed, never as markup, so a title like "[bold]" or one carrying ANSI escapes prints
literally.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.pager import Pager as RichPager
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from mouarchive.ingest import Summary

from mouarchive import ids, timeline
from mouarchive.corrections import describe
from mouarchive.extract.recent import before_label
from mouarchive.neutral import json_dumps, one_line, strip_controls
from mouarchive.shown_titles import shown_title
from mouarchive.store.ambiguity import AMBIGUOUS_MARK

PIPE_WIDTH = 4096


def text(value: object, style: str = "") -> Text:
    """A rich Text that is never parsed as markup."""
    return Text(strip_controls(value), style=style)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """`mouarchive timeline | head` is a normal way to read: stop quietly, exit 0."""
        self.quiet = True
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0)


class Pager(RichPager):
    """`$PAGER`, else `less -FRX`: it keeps colours (-R), quits when the text fits one screen
    (-F) and leaves it on the screen (-X). Without a pager program, the text is printed."""

    def show(self, content: str) -> None:
        command = shlex.split(os.environ.get("PAGER") or "less -FRX")
        env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
        try:
            subprocess.run(command, input=content, text=True, env=env, check=False)
        except OSError:
            sys.stdout.write(content)


def console(*, stderr: bool = False, no_color: bool = False) -> Console:
    """A console that honours NO_COLOR and `--no-color`, and never reads markup or emoji.

    Rich drops colour and box-drawing styles by itself when the stream is not a terminal.
    """
    made = _Console(
        stderr=stderr,
        markup=False,
        emoji=False,
        highlight=False,
        no_color=no_color or "NO_COLOR" in os.environ,
        soft_wrap=False,
    )
    if not made.is_terminal and not os.environ.get("COLUMNS"):
        # In a pipe nothing should wrap or be cut at an imagined 80 columns: paths and
        # sentences stay whole for grep and friends.
        made.width = PIPE_WIDTH
    return made


def write_json(value: Any, stream: IO[str] | None = None) -> None:
    """One JSON document; Korean stays readable (ensure_ascii off), controls stay escaped."""
    stream = stream or sys.stdout
    stream.write(json_dumps(value, indent=2) + "\n")


def write_jsonl(rows: Iterable[Any], stream: IO[str] | None = None) -> None:
    stream = stream or sys.stdout
    for row in rows:
        stream.write(json_dumps(row) + "\n")


def error_line(message: str) -> str:
    """The one line a user sees for a problem: no traceback, no control characters."""
    return "error: " + strip_controls(message).replace("\n", " ")


def add_summary(out: Console, err: Console, summary: Summary) -> None:
    """What `add` did, in a few lines on `out`; warnings and failures one per line with path
    and reason on `err`, so a script that reads the summary from stdout still sees every
    failure on the terminal."""
    line = Text()
    line.append(f"{count(summary.read, 'file')} read, ")
    line.append(f"{count(summary.articles_added, 'article')} added", style="bold green")
    if summary.updated:
        line.append(f", {summary.updated} updated", style="bold green")
    line.append(f", {summary.duplicates} already in the archive")
    if summary.failed:
        line.append(f", {len(summary.failed)} failed", style="bold red")
    out.print(line)
    if summary.encodings:
        read_as = ", ".join(f"{name} {n}" for name, n in sorted(summary.encodings.items()))
        stored = sum(summary.encodings.values())
        if stored < summary.read:
            # Files already in the archive are not read again: "utf-8 1" of five files
            # added read as a fault (stop 56's new user).
            read_as += f" (of the {count(stored, 'file')} stored)"
        out.print(text(f"read as: {read_as}", "dim"))
    for article_id, change in summary.given:
        out.print(
            text(f"article {ids.article(article_id)} {describe(change)}  (correction {change.id})"),
            soft_wrap=True,
        )
    if summary.skipped:
        skipped = ", ".join(
            f"{n} {_SKIPPED.get(kind, (kind, kind))[n != 1]}"
            for kind, n in sorted(summary.skipped.items())
        )
        out.print(text(f"skipped: {skipped}", "dim"))
    for pairs, told in (
        (summary.joined, "a new article tells"),
        (summary.rejoined, "its article, read again with what you gave, tells"),
    ):
        for gone, kept in pairs:
            out.print(text(f"agreement #{gone} joined #{kept}: {told} them as one signing"))
    if summary.applied:
        out.print(text(_applied(summary.applied)), soft_wrap=True)
    for path, told in summary.replaced:
        out.print(text(f"{one_line(path)} changed since it was added: {told}"), soft_wrap=True)
    for correction, label in summary.kept_out:
        out.print(
            text(
                f"kept out: {one_line(label)}, which you removed (correction {correction};"
                f" mouarchive corrections --undo {correction} lets it back in)"
            ),
            soft_wrap=True,
        )
    # One line each however long the path, for grep: the terminal wraps them if it must.
    for path, warning in summary.warnings:
        err.print(text(f"warning: {one_line(path)}: {warning}", "yellow"), soft_wrap=True)
    for path, error in summary.failed:
        err.print(text(f"failed: {one_line(path)}: {error}", "red"), soft_wrap=True)


def _applied(applied: list[tuple[int, str, str]]) -> str:
    """ "2 imported corrections applied: #1 (recorded, title), a6 (date)": what each
    correction imported before its articles did, by what it applies to, in their order."""
    done: dict[str, list[str]] = {}
    for _, target, change in applied:
        done.setdefault(target, []).append(change)
    listed = ", ".join(f"{target} ({', '.join(changes)})" for target, changes in done.items())
    return f"{count(len(applied), 'imported correction')} applied: {listed}"


# What each kind of entry `add` passes over is called, for one of them and for several.
_SKIPPED = {
    "hidden": ("hidden (name starts with '.')",) * 2,
    "not_text": ("not text by its name", "not text by their names"),
    "symlinked_folder": ("symlinked folder (not followed)", "symlinked folders (not followed)"),
    "page_assets": (
        "folder of a saved page's images and scripts",
        "folders of a saved page's images and scripts",
    ),
    "named_again": ("named again (read once)",) * 2,
}


def still_working(out: Console, path: str, read: int) -> None:
    """Said of a file that takes long, so a slow file never looks like a hung run; with its
    articles read so far once there are some, so a long one says how far it has got."""
    so_far = f": {count(read, 'article')} read so far" if read else ""
    out.print(text(f"still working on {one_line(path)}{so_far}", "dim"), soft_wrap=True)


def still_writing(out: Console, path: str, written: int, of: int) -> None:
    """Said of a file whose articles take long to write to the archive, as `still_working`
    is while they are read: writing 30,000 took minutes (review 59a, 5)."""
    line = f"still working on {one_line(path)}: writing {count(of, 'article')}, {written} written"
    out.print(text(line, "dim"), soft_wrap=True)


def count(number: int, noun: str) -> str:
    """ "1 file", "2 files": numbers in sentences agree with their nouns."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def info(out: Console, details: dict) -> None:
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    for key, value in details.items():
        table.add_row(text(key), text(value))
    print_table(out, table)


def date_label(agreement: dict) -> str:
    """ "2023-06-12", "2023-06", "2023"; without a year, what is known of it, worded as the
    timeline words it ("12일 (연도 미상)", "날짜 미상"). `month` and `day` come with
    `store.agreement_extras`."""
    if agreement["date"]:
        return agreement["date"]
    sources = agreement.get("sources") or [{}]
    bound = before_label(agreement.get("date_text"), sources[0].get("published"))
    return bound or timeline.date_label(None, agreement.get("month"), agreement.get("day"))


_STRUCTURE = {"reject": "rejected", "merge": "sources", "split": "sources", "record": "recorded"}


def _marks(corrections: list[dict]) -> dict[str, Text]:
    """Per corrected field, the mark `show` prints beside it: "수정 7: note; 8", the number
    `corrections --undo` takes (no "#", which marks agreements)."""
    grouped: dict[str, list[dict]] = {}
    for correction in corrections:
        if correction.get("set_aside_by"):
            # A value that gave way in a merge: the one that stands is the owner's word.
            continue
        name = correction["field"] or _STRUCTURE.get(correction["action"], "")
        grouped.setdefault(name, []).append(correction)
    return {
        name: text(
            "  수정 "
            + "; ".join(f"{c['id']}" + (f": {c['note']}" if c["note"] else "") for c in found),
            "yellow",
        )
        for name, found in grouped.items()
    }


def show_agreement(
    out: Console,
    agreement: dict,
    evidence: list[tuple[dict, list[tuple[str, str]]]],
) -> None:
    """One agreement, its facts, then each source with the sentences the facts came from.

    Every fact the owner corrected carries "수정" with the correction's number and note.
    """
    marks = _marks(agreement.get("corrections", []))

    def marked(value: str, name: str) -> Text:
        shown = text(value)
        return shown + marks[name] if name in marks else shown

    heading = Text()
    heading.append(f"{ids.agreement(agreement['id'])} ", style="bold")
    heading.append_text(text(shown_title(agreement), "bold"))
    if "title" in marks:
        heading.append_text(marks["title"])
    out.print(heading)
    if agreement.get("rejected"):
        rejected = text("기각됨 (rejected): not an agreement, hidden from listings", "bold red")
        out.print(rejected + marks.get("rejected", Text()))
    facts = Table(show_header=False, box=None, padding=(0, 1))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    date = date_label(agreement)
    if agreement["date_text"]:
        date += f"  ({agreement['date_precision']}, from “{agreement['date_text']}”)"
    facts.add_row("date", marked(date, "date"))
    facts.add_row("status", marked(agreement["status"], "status"))
    facts.add_row("kind", marked(agreement["kind"], "kind"))
    if agreement["place"] or "place" in marks:
        facts.add_row("place", marked(agreement["place"] or "-", "place"))
    parties = [timeline.shown_party(name, agreement) for name in agreement["parties"]]
    facts.add_row("parties", marked(", ".join(parties) or "-", "parties"))
    signatories = [
        " ".join(part for part in (s["organization"], s["title"], s["name"]) if part)
        for s in agreement["signatories"]
    ]
    facts.add_row("signatories", marked(", ".join(signatories) or "-", "signatories"))
    facts.add_row("regions", marked(", ".join(agreement["regions"]) or "-", "regions"))
    if agreement.get("investment_krw") or "investment_krw" in marks:
        invested = won(agreement["investment_krw"]) or "-"
        facts.add_row("investment", marked(invested, "investment_krw"))
    if agreement.get("jobs") or "jobs" in marks:
        jobs = f"{agreement['jobs']:,}명" if agreement.get("jobs") else "-"
        facts.add_row("jobs", marked(jobs, "jobs"))
    if agreement["ambiguous_regions"]:
        facts.add_row(AMBIGUOUS_MARK, text(readings(agreement)))
    print_table(out, facts)
    clauses = agreement["clauses"]
    stated = agreement["clauses_stated"]
    if clauses or stated or "clauses" in marks:
        note = f" (the article says {stated})" if stated and stated != len(clauses) else ""
        out.print(
            text(f"agreed items: {len(clauses)}{note}", "bold") + marks.get("clauses", Text())
        )
        for number, clause in enumerate(clauses, start=1):
            out.print(text(f"  {number}. {clause}"))
    if "recorded" in marks:
        out.print(text("recorded by hand", "bold") + marks["recorded"])
    if "sources" in marks:
        out.print(text("sources grouped by hand", "bold") + marks["sources"])
    for source, sentences in evidence:
        out.print()
        line = Text("source ", style="bold")
        line.append_text(
            text(
                f"article {ids.article(source['article_id'])} · "
                f"{source['outlet'] or '출처 미상'} · "
                f"{source['published'] or '날짜 미상'} · {source['title'] or '(제목 없음)'}"
            )
        )
        out.print(line)
        out.print(text(f"  {one_line(source['path'])}", "dim"))
        for fact, sentence in sentences:
            out.print(text(f"  [{fact}] ", "cyan") + text(sentence))


DAMAGED_NOTE = "\ufffd marks bytes that could not be read: no fact is read from a word holding one"


def show_article(
    out: Console, article: dict, agreements: list[dict], corrections: list[dict]
) -> None:
    """An article, its metadata (corrected values marked "수정"), body and agreements."""
    marks = _marks(corrections)
    heading = f"article {ids.article(article['id'])}: {article['title'] or '(제목 없음)'}"
    out.print(text(heading, "bold") + marks.get("title", Text()))
    if article["subtitle"]:
        out.print(text(article["subtitle"], "italic"))
    meta = Text(style="dim")
    for name, value in (
        ("outlet", article["outlet"]),
        ("date", article["published"]),
        ("reporter", article["reporter"]),
        ("url", article["url"] if "url" in marks else None),
    ):
        if value:
            meta.append_text(text(" · " if meta.plain else "") + text(value))
            meta.append_text(marks.get(name, Text()))
    if meta.plain:
        out.print(meta)
    for path in article["paths"]:
        out.print(text(one_line(path), "dim"))
    if "\ufffd" in f"{article['title']}{article['body']}":  # `text.damaged_words`
        out.print(text(DAMAGED_NOTE, "yellow"))
    out.print()
    out.print(text(article["body"]))
    for caption in article.get("captions", []):
        out.print(text(f"[사진] {caption}", "dim"))
    out.print()
    if not agreements:
        out.print(text("no agreement found in this article"))
    for agreement in agreements:
        line = text(f"agreement {ids.agreement(agreement['id'])}: ", "bold")
        line.append_text(text(f"{date_label(agreement)} · {shown_title(agreement)} · "))
        line.append_text(text(", ".join(agreement["parties"])))
        if agreement["rejected"]:
            line.append_text(text("  기각됨", "red"))
        elif agreement["corrected"]:
            line.append_text(text("  수정됨", "yellow"))
        out.print(line)


# ---------------------------------------------------------------- timeline, partners, stats


def readings(row: dict) -> str:
    return " / ".join(row["ambiguous_regions"])


def table_box(out: Console) -> box.Box | None:
    """Box lines only for a person at a terminal; pipes get plain columns."""
    return box.SIMPLE_HEAD if out.is_terminal else None


def print_table(out: Console, table: Table) -> None:
    """Print a table; in a pipe without the spaces that pad its cells, for grep and diff."""
    if out.is_terminal:
        out.print(table)
        return
    with out.capture() as captured:
        out.print(table)
    out.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


# The table words what each count is; JSON and CSV keep the keys. "clauses" beside
# "agreement_clauses" left a reader guessing why an archive has two numbers of clauses.
_STATS_LABELS = {
    "sources": "sources",
    "articles": "articles",
    "agreements": "agreements",
    "clauses": "agreed items, as reported",
    "agreement_clauses": "agreed items, per agreement",
}


def stats_view(out: Console, stats: dict) -> None:
    """Counts, date span, coverage, then the top lists side by side with their counts."""
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for key, label in _STATS_LABELS.items():
        table.add_row(text(label), text(stats[key]))
    if stats.get("rejected"):
        table.add_row(text("rejected"), text(f"{stats['rejected']} (not counted above)"))
    span = f"{stats['first_date']} – {stats['last_date']}" if stats["first_date"] else "-"
    table.add_row(text("date span"), text(span))
    table.add_row(text("investment"), text(won(stats["investment_krw"]) or "-"))
    table.add_row(text("jobs"), text(f"{stats['jobs']:,}명" if stats["jobs"] else "-"))
    print_table(out, table)
    out.print()
    out.print(text("extraction coverage", "bold underline"))
    coverage = Table(show_header=False, box=None, pad_edge=False)
    coverage.add_column(no_wrap=True)
    coverage.add_column(justify="right", no_wrap=True)
    for key, value in stats["coverage"].items():
        coverage.add_row(text(key.replace("_", " ")), text(value))
    print_table(out, coverage)
    for key in ("top_regions", "top_parties", "top_outlets"):
        out.print()
        out.print(text(key.replace("_", " "), "bold underline"))
        ranked = Table(show_header=False, box=None, pad_edge=False)
        ranked.add_column(overflow="fold")
        ranked.add_column(justify="right", no_wrap=True)
        for item in stats[key]:
            ranked.add_row(text(item["name"]), text(item["count"]))
        if stats[key]:
            print_table(out, ranked)
        else:
            out.print(text("-"))
    if stats["investment_by_region"]:
        out.print()
        out.print(text("investment by region", "bold underline"))
        invested = Table(box=None, pad_edge=False)
        for column in ("region", "agreements", "investment", "jobs"):
            invested.add_column(column, justify="left" if column == "region" else "right")
        for row in stats["investment_by_region"]:
            invested.add_row(
                text(row["name"]),
                text(row["agreements"]),
                text(won(row["investment_krw"]) or "-"),
                text(f"{row['jobs']:,}명" if row["jobs"] else "-"),
            )
        print_table(out, invested)


def won(amount: int | None) -> str | None:
    """An amount in won as Korean readers write it: "7,170억 원", "4조 8,066억 원"."""
    if not amount:
        return None
    jo, rest = divmod(amount, 10**12)
    eok, rest = divmod(rest, 10**8)
    man = rest // 10**4
    parts = [f"{jo:,}조" if jo else "", f"{eok:,}억" if eok else "", f"{man:,}만" if man else ""]
    words = " ".join(part for part in parts if part)
    return f"{words} 원" if words else f"{amount:,}원"


# ---------------------------------------------------------------- search


def search_table(out: Console, hits: list, total: int, searched: str) -> None:
    """Hits with their matches emphasised by style (never markup), then how many in all and
    how to open one. The id column holds what `show` takes: `a3` for an article hit, `#12`
    for a clause hit (the agreement the clause belongs to). No hit says what was searched
    (`searched`), so a typo in the query or a filter shows where it is."""
    table = Table(box=table_box(out), header_style="bold", pad_edge=False)
    for column in ("id", "date", "outlet", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        snippet = text(hit.snippet)
        for start, end in hit.match_spans:
            snippet.stylize("bold yellow", start, end)
        if hit.kind == "clause":
            label = ids.agreement(hit.agreement_id)
            title = text("agreed item · ")
            title.append_text(text(hit.title or ""))
            if hit.added:
                title.append_text(text(" · added by the owner", "yellow"))
            else:
                title.append_text(text(f" · from {ids.article(hit.article_id)}"))
            if hit.removed:
                title.append_text(text(" · removed by the owner", "yellow"))
        else:
            label = ids.article(hit.article_id)
            title = text(hit.title or "")
        if hit.ambiguous_regions:
            either = " / ".join(hit.ambiguous_regions)
            title.append_text(text(f" · {AMBIGUOUS_MARK}: {either}", "yellow"))
        table.add_row(text(label), text(hit.date or ""), text(hit.outlet or ""), title, snippet)
    if hits:
        print_table(out, table)
    noun = "hit" if total == 1 else "hits"
    more = f" (showing {len(hits)}; use --limit)" if len(hits) < total else ""
    out.print(text(f"{total} {noun}{more}" if total else f"0 hits for {searched}"))
    if hits:
        out.print(text(_open_hint({hit.kind for hit in hits}, hits), "dim"))


def _open_hint(kinds: set[str], hits: list) -> str:
    """The command that opens each kind of id the table shows, with a real id as example."""
    first = {hit.kind: hit for hit in reversed(hits)}
    parts = []
    if "article" in kinds:
        example = ids.article(first["article"].article_id)
        parts.append(f"mouarchive show {example} (article {example} and its agreements)")
    if "clause" in kinds:
        number = first["clause"].agreement_id
        parts.append(f"mouarchive show {number} (agreement {ids.agreement(number)})")
    return "open a hit: " + "; ".join(parts)
