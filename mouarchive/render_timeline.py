"""The timeline and partners views for a person: entries laid out line by line, year bars,
the partners table.

Kept apart from `render` (its other views) to keep each module to one job; the same rules
hold: text is data, reaching rich only as `Text` with control characters removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mouarchive import ids, timeline
from mouarchive.extract.recent import before_label
from mouarchive.neutral import strip_controls
from mouarchive.render import (
    AMBIGUOUS_MARK,
    count,
    print_table,
    readings,
    table_box,
    text,
)
from mouarchive.shown_titles import title_parts

Line = list[tuple[str, str]]
"""A line of an entry as (text, style) pieces: rich `Text` for a terminal, plain for a pipe."""


def _timeline_entry(row: dict, filters: timeline.Filters) -> list[Line]:
    """An entry's lines: parties (the asked-about one first); title or kind; clause and
    source counts; the 지역 모호 mark. `row` is a `store.timeline_entries` row."""
    parties = [timeline.shown_party(name, row) for name in timeline.ordered_parties(row, filters)]
    lines: list[Line] = [[(" · ".join(parties) or "(당사자 미상)", "bold")]]
    name, kind = title_parts(row)
    title: Line = [(name, "")]
    if kind:
        title.append((f" ({kind})", "dim"))
    if row["status"] == "planned":
        title.append((" · 체결 예정", "yellow"))
    if row["rejected"]:
        title.append((" · 기각됨", "red"))
    elif row["corrected"]:
        title.append((" · 수정됨", "yellow"))
    lines.append(title)
    facts = f"조항 {row['clauses']}개 · 출처 {row['sources']}건"
    if row["outlets"]:
        facts += ": " + ", ".join(row["outlets"])
    lines.append([(facts, "dim")])
    if row["ambiguous_regions"] and (
        not filters.region or timeline.region_match(row, filters.region) == "ambiguous"
    ):
        lines.append([(f"{AMBIGUOUS_MARK}: {readings(row)}", "yellow")])
    return lines


def _styled(line: Line) -> Text:
    """A line for a terminal: each piece a `Text` of its style, controls removed."""
    (first, style), *rest = line
    shown = text(first, style)
    for piece, style in rest:
        shown.append_text(text(piece, style))
    return shown


def _plain(line: Line) -> str:
    """A line for a pipe, before its controls are removed (`_piped_entry` removes them from
    the whole entry at once): what `_styled` shows, without styles."""
    return "".join(piece for piece, _ in line)


def _fold(plain: str, width: int) -> list[int]:
    """Where to break `plain` so no piece is wider than `width` cells: after a space when
    one is near, else inside a word (Korean words fold anywhere)."""
    breaks, start, used, last_space = [], 0, 0, -1
    for index, char in enumerate(plain):
        cells = cell_len(char)
        if used + cells > width and index > start:
            cut = (
                last_space + 1 if last_space >= start and index - last_space < width // 2 else index
            )
            breaks.append(cut)
            start, used = cut, cell_len(plain[cut:index])
            last_space = -1
        used += cells
        if char == " ":
            last_space = index
    return breaks


_BAR_WIDTH = 30


def _year_bars(out: Console, years: list[int | None]) -> None:
    """One line per year; bars scale down only when a year has more than fits."""
    counts = timeline.year_counts(years)
    if not counts:
        return
    bar = "█" if out.is_terminal else "#"
    most = max(n for _, n in counts)
    for year, n in counts:
        width = n if most <= _BAR_WIDTH else max(1, round(n * _BAR_WIDTH / most))
        line = text(f"{year} ")
        line.append_text(text(bar * width if n else "", "cyan"))
        line.append_text(text(f" {n}"))
        out.print(line)


def timeline_view(
    out: Console,
    selected: list,
    shown: int,
    entries: Iterator[dict],
    filters: timeline.Filters,
) -> None:
    """The timeline: a count bar per year over everything `selected`, then the first `shown`
    agreements under their years and months, undated ones last under one hint on dating them.

    `entries` yields what each shown agreement's entry needs (`store.timeline_entries`),
    in order, read as the entries are printed, so a long timeline never sits in memory
    whole. A terminal gets each entry laid out beside its date (`_print_entry`); a pipe gets
    plain lines, written in bulk (`_Piped`).
    """
    out.print(text(f"{count(len(selected), 'agreement')} · {filters.describe()}", "bold"))
    _year_bars(out, [item.year for item in selected])
    example = selected[0].id
    out.print(
        text(f"details and evidence: mouarchive show {example} (agreement #{example})", "dim")
    )
    rows = selected[:shown]
    terminal = out.is_terminal
    id_width = max((len(ids.agreement(row.id)) for row in rows), default=0)
    piped = _Piped(out)
    hinted = False
    for period in timeline.group(rows):
        piped.print()
        piped.print(text(period.label, "bold underline"))
        dated = period.label not in timeline.UNPLACED_HEADINGS
        if not dated and not hinted:  # once: 연도 미상 and 날짜 미상 are dated the same way
            piped.print(text(timeline.NO_DATE_HINT, "dim"))
            hinted = True
        labels = [
            f"    {timeline.date_label(r.year, r.month, r.day)}"
            for _, group in period.months
            for r in group
        ]
        if not dated:  # room for "2023-05 이전" (see `before_label`)
            labels.append("    2023-05 이전")
        date_width = max(cell_len(label) for label in labels)
        for month, group in period.months:
            if month:
                piped.print(text(f"  {month}", "bold"))
            for row in group:
                entry = next(entries)
                bound = before_label(entry["date_text"], entry["first_published"])
                label = f"    {bound or timeline.date_label(row.year, row.month, row.day)}"
                lines = _timeline_entry(entry, filters)
                ident = ids.agreement(row.id)
                if terminal:
                    styled = [_styled(line) for line in lines]
                    _print_entry(out, label, date_width, styled, ident, id_width)
                else:
                    piped.write(_piped_entry(label, date_width, map(_plain, lines), ident))
    piped.flush()
    if shown < len(selected):
        out.print()
        out.print(text(f"showing the first {shown} of {len(selected)}; see --limit", "dim"))


_PIECES_A_WRITE = 1024


class _Piped:
    """The timeline's lines for a pipe, written `_PIECES_A_WRITE` pieces (a heading, an
    entry) at a time: headings that fit the width go out as their plain text, which is what
    rich prints for them in a pipe (no styles, nothing to wrap), without its layout, which
    took most of a long piped timeline's time. On a terminal every line is printed as it
    comes."""

    def __init__(self, out: Console) -> None:
        self.out = out
        self.terminal = out.is_terminal
        self.pieces: list[str] = []

    def print(self, line: Text | None = None) -> None:
        plain = "" if line is None else line.plain
        if self.terminal or cell_len(plain) > self.out.width:
            self.flush()
            if line is None:
                self.out.print()
            else:
                self.out.print(line)
        else:
            self.write(plain + "\n")

    def write(self, piece: str) -> None:
        self.pieces.append(piece)
        if len(self.pieces) >= _PIECES_A_WRITE:
            self.flush()

    def flush(self) -> None:
        self.out.file.write("".join(self.pieces))
        self.pieces.clear()


def _piped_entry(label: str, date_width: int, lines: Iterable[str], ident: str) -> str:
    """A timeline entry for a pipe: each line whole, without padding, for grep; the id at
    the end of the first line."""
    gap = " " * (date_width - cell_len(label))
    indent = " " * (date_width + 1)
    first, *rest = lines
    entry = f"{label}{gap} {first}  {ident}\n" + "".join(f"{indent}{line}\n" for line in rest)
    return strip_controls(entry)


def _print_entry(
    out: Console, label: str, date_width: int, lines: list[Text], ident: str, id_width: int
) -> None:
    """A timeline entry on a terminal: its date, its lines folded within the width beside
    it, its id at the right edge of the first. Laid out here rather than by a rich table,
    which took seconds for a few thousand entries."""
    gap = " " * (date_width - cell_len(label))
    indent = " " * (date_width + 1)
    width = max(10, out.width - date_width - id_width - 2)
    pieces = [piece for line in lines for piece in line.divide(_fold(line.plain, width))]
    for number, piece in enumerate(pieces):
        shown = Text(f"{label}{gap} " if number == 0 else indent)
        shown.append_text(piece)
        if number == 0:
            shown.append(" " * (width - piece.cell_len + 1 + id_width - len(ident)) + ident)
        out.print(shown, soft_wrap=True)


def nothing_matched(out: Console, filters: timeline.Filters) -> None:
    out.print(text(f"No agreements match ({filters.describe()})."))


def partners_table(
    out: Console, found: timeline.Partners, ranked: list[timeline.Partner], filters
) -> None:
    """Partners, most agreements first; then how many agreements were counted, so a list
    that is short (or empty) says why."""
    ambiguous = any(partner.ambiguous for partner in ranked)
    table = Table(box=table_box(out), header_style="bold", pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("partner", overflow="fold", ratio=2)
    table.add_column("agreements", justify="right", no_wrap=True)
    table.add_column("first", no_wrap=True)
    table.add_column("last", no_wrap=True)
    table.add_column("kinds", overflow="fold", ratio=1)
    if ambiguous:
        table.add_column(AMBIGUOUS_MARK, justify="right", no_wrap=True)
    for rank, partner in enumerate(ranked, start=1):
        cells = [
            text(rank),
            text(partner.name),
            text(len(partner.agreements)),
            text(partner.first or "-"),
            text(partner.last or "-"),
            text(", ".join(partner.kinds)),
        ]
        if ambiguous:
            cells.append(text(partner.ambiguous or ""))
        table.add_row(*cells)
    if ranked:
        print_table(out, table)
    line = f"{count(found.agreements, 'agreement')} · {filters.describe()}"
    if found.without_partner:
        line += f"; {found.without_partner} name no partner outside it"
    if len(ranked) < len(found.ranked):
        line += f"; showing {len(ranked)} of {len(found.ranked)} partners (see --limit)"
    out.print(text(line, "dim"))
