"""Commands that correct the archive: `fix`, `reject`, `merge`, `split`, `remove`,
`review`, `corrections`.

Each parses its options, calls one function (`curate`, `regroup`, `removal`, `sharing`,
`review`) and hands the result to `render_curation`; a `curate.CurationError` becomes a
one-line usage error (exit 2). They work on an existing archive (`App.db`): a typo'd
`--db` is not a new one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from mouarchive import files, filters, render, render_curation, store
from mouarchive.cli.app import EXIT_FAILED, FILE_OR_DASH, OUTPUT, App, cli, pass_app
from mouarchive.cli.options import (
    AGREEMENT_ID,
    ARTICLE_ID,
    COUNT,
    ID,
    check_excel,
    excel_option,
    format_option,
    parse_date,
    parse_region,
)
from mouarchive.models import PartialDate

if TYPE_CHECKING:
    from mouarchive.curate import AgreementEdits

"""Row ids as SQLite stores them: a larger number is a usage error, not an overflow."""
T = TypeVar("T")


def _curating(operation: Callable[[], T]) -> T:
    from mouarchive.curate import CurationError

    try:
        return operation()
    except CurationError as error:
        raise click.UsageError(str(error)) from None


def _clean(value: str | None) -> str | None:
    """Typed text as article text is stored: normalised, spaces collapsed ("" clears)."""
    from mouarchive.text.normalize import normalize_text

    return None if value is None else " ".join(normalize_text(value).split())


def _date(value: str | None) -> PartialDate | None:
    return parse_date("--date", value)


def _agreement_date(value: str | None) -> PartialDate | None:
    """An agreement's `--date`; "" clears it (an empty date), as "" clears its place."""
    from mouarchive.models import PartialDate

    if value is not None and not value.strip():
        return PartialDate()
    return _date(value)


def _region(value: str) -> str:
    return parse_region(value)  # type: ignore[return-value]


def _signatory(value: str) -> dict:
    parts = [_clean(part) or None for part in value.split(",")]
    if len(parts) > 3 or not parts[0]:
        raise click.UsageError(
            f"--add-signatory {value!r}: use NAME, NAME,TITLE or NAME,TITLE,ORGANISATION"
        )
    parts += [None] * (3 - len(parts))
    return {"name": parts[0], "title": parts[1], "organization": parts[2]}


def _amount(flag: str, value: str | None, units: str) -> int | None:
    """A number as Korean writes it ("150억", "1조 2천억 원", "3천 5백명", "1,200"); "" is 0,
    which clears. Anything else in it is a usage error, never a number guessed from a part."""
    from mouarchive.extract.amounts import korean_number_exact

    if value is None:
        return None
    spoken = "".join(_clean(value).split())  # type: ignore[union-attr]
    if not spoken:
        return 0
    digits = (spoken[:-1] if spoken[-1] in units else spoken).removesuffix("여")
    number = korean_number_exact(digits) if digits and _NUMBER_RE.fullmatch(digits) else None
    if number is None:
        examples = "150억, 1조 2천억 원 or 5,000만" if "원" in units else "120, 1,200 or 3천명"
        raise click.UsageError(f"{flag} {value!r}: give a number such as {examples}")
    if number.denominator != 1:
        # "1.5" people or "1.2345천" won: no whole number, which rounding would only guess.
        exact = Decimal(number.numerator) / Decimal(number.denominator)
        raise click.UsageError(
            f"{flag} {value!r} is {exact:,f}: give a whole number (1.5만 is 15,000)"
        )
    return int(number)


# "1조 2천억", "3천5백", "1,200", "1.5만", "천만": each unit at most once, 조, 억 and 만 in that
# order, each after a number or a smaller unit, and commas only between groups of three digits;
# "1조조", "억", "3천천", "1,2,0" are typos, which a sum of their parts would only guess.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_BELOW_10K = rf"(?:(?:{_DIGITS})?천)?(?:(?:{_DIGITS})?백)?(?:(?:{_DIGITS})?십)?(?:{_DIGITS})?"
_NUMBER_RE = re.compile(
    "".join(rf"(?:(?=[\d천백십]){_BELOW_10K}{unit})?" for unit in "조억만") + _BELOW_10K
)


_AGREEMENT_ONLY = (
    "status",
    "kind",
    "place",
    "add_party",
    "remove_party",
    "add_signatory",
    "remove_signatory",
    "region",
    "add_region",
    "remove_region",
    "add_clause",
    "remove_clause",
    "investment",
    "jobs",
)


@cli.command()
@click.argument("agreement_id", type=AGREEMENT_ID, required=False)
@click.option(
    "--article", "article_id", type=ARTICLE_ID, help="Correct an article's metadata instead."
)
@click.option(
    "--date",
    "date_text",
    metavar="DATE",
    help="YYYY, YYYY-MM or YYYY-MM-DD ('' clears an agreement's).",
)
@click.option("--title", help="Title ('' clears an agreement's).")
@click.option("--outlet", help="An article's outlet.")
@click.option("--url", help="An article's URL (http:// or https://).")
@click.option("--status", type=click.Choice(["signed", "planned"]))
@click.option(
    "--kind", help="업무협약, 상생협약, MOU, 투자협약, 협정, 합의문 …, or a word for one (양해각서)"
)
@click.option("--place", help="Where it was signed ('' clears).")
@click.option(
    "--investment", metavar="AMOUNT", help="In won: 150억, 1조 2천억원, 5000000 ('' clears)."
)
@click.option("--jobs", metavar="N", help="Jobs promised: 120, 1,200, 3천명 ('' clears).")
@click.option("--add-party", multiple=True, metavar="NAME")
@click.option("--remove-party", multiple=True, metavar="NAME")
@click.option("--add-signatory", multiple=True, metavar="NAME[,TITLE[,ORGANISATION]]")
@click.option("--remove-signatory", multiple=True, metavar="NAME")
@click.option("--region", multiple=True, help="The regions, replacing all (광주, 경기 광주 …).")
@click.option("--add-region", multiple=True, metavar="REGION")
@click.option("--remove-region", multiple=True, metavar="REGION")
@click.option("--add-clause", multiple=True, metavar="TEXT")
@click.option("--remove-clause", multiple=True, type=ID, metavar="N", help="As `show` numbers.")
@click.option("--note", help="Why: the source you checked, for the record.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_app
def fix(app: App, agreement_id: int | None, article_id: int | None, **options) -> None:
    """Correct an agreement's facts (ID) or an article's metadata (--article ID).

    \b
      mouarchive fix 12 --date 2023-06-12 --note "보도자료 원문 확인"
      mouarchive fix 12 --add-party 한국광산업진흥회 --remove-party 관련
      mouarchive fix 12 --region "경기 광주" --remove-clause 3
      mouarchive fix 12 --investment 150억 --jobs 120
      mouarchive fix --article 3 --date 2023-06-12 --outlet 서울신문

    Corrections survive reextract and later adds; `mouarchive corrections` lists them.
    """
    from mouarchive import curate

    if (agreement_id is None) == (article_id is None):
        raise click.UsageError("give an agreement ID, or --article ID")
    note, fmt = _clean(options.pop("note")), options.pop("fmt")
    if article_id is not None:
        given = [name for name in _AGREEMENT_ONLY if options[name]]
        if given:
            flag = "--" + given[0].replace("_", "-")
            raise click.UsageError(f"{flag} corrects an agreement: give its ID, not --article")
        values = _article_values(options)
        if not any(value is not None for value in values.values()):
            raise click.UsageError("nothing to fix: give --date, --outlet, --title or --url")
        result = _curating(lambda: curate.fix_article(app.db, article_id, values, note))
        given = PartialDate.parse_iso(values["date"]) if values["date"] else None
        if given is not None and given.first_day > date.today():
            # Kept, as `add --date` keeps one: most likely a typo, so said.
            app.err.print(render.text(f"warning: --date {given.iso} is in the future", "yellow"))
        render_curation.article_fixed(app.out, result, fmt)
        return
    for name in ("outlet", "url"):
        if options[name] is not None:
            raise click.UsageError(f"--{name} belongs to an article: fix --article ID --{name}")
    edits = _agreement_edits(options)
    if edits.empty():
        raise click.UsageError("nothing to fix: give --date, --add-party, ... (see --help)")
    db = app.db
    changes = _curating(lambda: curate.fix_agreement(db, agreement_id, edits, note))
    changed = {change.field for change in changes}
    unchanged = [name for name in _SCALARS if getattr(edits, name) is not None]
    unchanged = [name for name in unchanged if name not in changed]
    render_curation.agreement_fixed(
        app.out, store.get_agreement(db, agreement_id), changes, fmt, unchanged
    )


# The facts `fix ID` sets to one value: one given as it already is makes no correction.
_SCALARS = ("date", "status", "title", "kind", "place", "investment_krw", "jobs")


def _article_values(options: dict) -> dict[str, str | None]:
    for name, flag in (
        ("date_text", "date"),
        ("title", "title"),
        ("outlet", "outlet"),
        ("url", "url"),
    ):
        if options[name] is not None and not _clean(options[name]):
            raise click.UsageError(f"--{flag} cannot be empty for an article")
    date = _date(options["date_text"])
    url = _clean(options["url"])
    if url and not url.startswith(("http://", "https://")):
        raise click.UsageError(f"--url {url!r}: give an address starting http:// or https://")
    return {
        "date": date.iso if date else None,
        "outlet": _clean(options["outlet"]),
        "title": _clean(options["title"]),
        "url": url,
    }


def _agreement_edits(options: dict) -> AgreementEdits:
    from mouarchive.curate import AgreementEdits

    kind = _clean(options["kind"])
    if kind == "":
        raise click.UsageError("--kind cannot be empty")
    if kind is not None:
        # The kinds `timeline --kind` finds, a word for one stored as its kind ("양해각서").
        try:
            kind = filters.resolve_kind(kind)[0]
        except ValueError as error:
            raise click.UsageError(f"--kind: {error}") from None

    def names(key: str) -> list[str]:
        cleaned = [_clean(value) for value in options[key]]
        if not all(cleaned):
            raise click.UsageError(f"--{key.replace('_', '-')} cannot be empty")
        return list(dict.fromkeys(cleaned))  # type: ignore[arg-type]

    def regions(key: str) -> list[str]:
        return list(dict.fromkeys(_region(value) for value in names(key)))

    return AgreementEdits(
        date=_agreement_date(options["date_text"]),
        status=options["status"],
        title=_clean(options["title"]),
        kind=kind,
        place=_clean(options["place"]),
        investment_krw=_amount("--investment", options["investment"], "원"),
        jobs=_amount("--jobs", options["jobs"], "명개"),
        add_parties=names("add_party"),
        remove_parties=names("remove_party"),
        add_signatories=[_signatory(value) for value in options["add_signatory"]],
        remove_signatories=names("remove_signatory"),
        regions=regions("region"),
        add_regions=regions("add_region"),
        remove_regions=regions("remove_region"),
        add_clauses=names("add_clause"),
        remove_clauses=sorted(set(options["remove_clause"])),
    )


@cli.command()
@click.argument("agreement_id", type=AGREEMENT_ID)
@click.option("--note", help="Why it is not an agreement.")
@pass_app
def reject(app: App, agreement_id: int, note: str | None) -> None:
    """Not an agreement: hide it everywhere (kept on record, undoable).

    Rejected agreements leave timeline, partners, search clause hits, stats and export
    (each has --include-rejected); `show ID` still shows them, marked.
    """
    from mouarchive import curate

    correction = _curating(lambda: curate.reject(app.db, agreement_id, _clean(note)))
    render_curation.done(
        app.out, f"agreement #{agreement_id} rejected: hidden from listings", correction
    )


@cli.command()
@click.argument("agreement_ids", nargs=-1, required=True, type=AGREEMENT_ID)
@click.option("--note", help="Why they are one signing.")
@pass_app
def merge(app: App, agreement_ids: tuple[int, ...], note: str | None) -> None:
    """Agreements that are one signing: the first keeps its id and every source.

    \b
      mouarchive merge 12 15
    """
    from mouarchive import regroup

    if len(agreement_ids) < 2:
        raise click.UsageError("merge needs two or more agreement IDs")
    doubts = _curating(lambda: regroup.merge_doubts(app.db, list(agreement_ids)))
    correction = _curating(lambda: regroup.merge(app.db, list(agreement_ids), _clean(note)))
    others = ", ".join(f"#{i}" for i in agreement_ids[1:])
    render_curation.done(app.out, f"merged {others} into #{agreement_ids[0]}", correction)
    for doubt in doubts:
        app.err.print(render.text(f"warning: {doubt}", "yellow"), soft_wrap=True)


@cli.command()
@click.argument("agreement_id", type=AGREEMENT_ID)
@click.option(
    "--article", "article_ids", type=ARTICLE_ID, multiple=True, required=True, help="Repeatable."
)
@click.option("--note", help="Why it is another signing.")
@pass_app
def split(app: App, agreement_id: int, article_ids: tuple[int, ...], note: str | None) -> None:
    """An article reports another signing: its report leaves for a new agreement.

    \b
      mouarchive split 12 --article 5
    """
    from mouarchive import regroup

    parted = _curating(lambda: regroup.split(app.db, agreement_id, list(article_ids), _clean(note)))
    articles = ", ".join(str(i) for i in article_ids)
    if parted.leaving == agreement_id:
        said = (
            f"article {articles} stays #{agreement_id}, as before the merge;"
            f" its other sources are #{parted.staying} again"
        )
    else:
        said = f"article {articles} left #{agreement_id}: now agreement #{parted.leaving}"
    render_curation.done(app.out, said, parted.correction)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--article", "article_ids", type=ARTICLE_ID, multiple=True, help="Repeatable.")
@click.option("--yes", is_flag=True, help="Do not ask (for scripts).")
@click.option("--note", help="Why, for the record.")
@pass_app
def remove(
    app: App, paths: tuple[str, ...], article_ids: tuple[int, ...], yes: bool, note: str | None
) -> None:
    """Delete files (PATH...) or articles (--article ID) with their raw text, for good.

    Agreements left without a source go too. Not undoable: asks first on a terminal;
    scripts pass --yes.
    """
    from mouarchive import removal

    if not paths and not article_ids:
        raise click.UsageError("give files (as added) or --article ID")
    db = app.db
    plan = _curating(lambda: removal.plan_removal(db, list(article_ids), list(paths)))
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("remove deletes for good: confirm on a terminal, or add --yes")
        for line in plan.describe():
            app.out.print(render.text(line))
        if not click.confirm("Remove these from the archive for good?", default=False):
            # A "no" is an answer, not an interruption: say that nothing changed.
            app.err.print(render.text("nothing removed"))
            sys.exit(EXIT_FAILED)
    render_curation.removed(app.out, _curating(lambda: removal.remove(db, plan, _clean(note))))


@cli.command()
@click.option("--undo", "undo_id", type=ID, metavar="N", help="Take correction N back.")
@click.option(
    "--keep",
    "keep_id",
    type=ID,
    metavar="N",
    help="Correction N, which review lists as moved by an edit, belongs where it is.",
)
@click.option(
    "--export",
    "export_to",
    type=OUTPUT,
    metavar="FILE",
    help="Write them as JSON lines (- or /dev/stdout: standard output).",
)
@click.option(
    "--import", "import_from", type=FILE_OR_DASH, metavar="FILE", help="Apply an export (- stdin)."
)
@click.option("--yes", is_flag=True, help="With --import: apply its removals too (for good).")
@format_option("table", "json", "csv", default="table")
@excel_option
@pass_app
def corrections(
    app: App,
    undo_id: int | None,
    keep_id: int | None,
    export_to: str | None,
    import_from: str | None,
    yes: bool,
    fmt: str,
    excel: bool,
) -> None:
    """Every correction: what, old → new, when, why; --undo N, --keep N, --export, --import.

    \b
      mouarchive corrections --undo 7
      mouarchive corrections --keep 3                 checked: review lists it no more
      mouarchive corrections --export fixes.jsonl     share them
      mouarchive corrections --import fixes.jsonl     apply a colleague's (twice is once)
      mouarchive corrections --import fixes.jsonl --yes   … their removals too
    """
    from mouarchive import curate, sharing

    if sum(option is not None for option in (undo_id, keep_id, export_to, import_from)) > 1:
        raise click.UsageError("give one of --undo, --keep, --export, --import")
    if yes and import_from is None:
        raise click.UsageError("--yes goes with --import (it applies the import's removals)")
    check_excel(excel, fmt)
    # Importing may come first on a new machine: the fixes apply as the files are added.
    db = app.writable_db if import_from is not None else app.db
    if undo_id is not None:
        correction, idle, held = _curating(lambda: curate.undo(db, undo_id))
        render_curation.undone(app.out, correction, idle, held)
    elif keep_id is not None:
        correction, agreement_id = _curating(lambda: curate.keep(db, keep_id))
        render_curation.kept(app.out, correction, agreement_id)
    elif export_to is not None:
        _export(app, export_to)
    elif import_from is not None:
        lines = _read_lines(import_from)
        result = _curating(lambda: sharing.import_corrections(db, lines, import_from, removals=yes))
        render_curation.imported(app.out, result)
    else:
        with app.paged() if fmt == "table" else nullcontext():
            render_curation.corrections_list(app.out, sharing.listing(db), fmt, excel=excel)


def _export(app: App, target: str) -> None:
    """Write the corrections; the summary goes on stdout only when the data does not."""
    from mouarchive import output_target, sharing

    if output_target.means_stdout(target):
        sharing.export_corrections(app.db, sys.stdout)
        return
    try:
        with output_target.output_file(Path(target)) as stream:
            count = sharing.export_corrections(app.db, stream)
    except output_target.NotAFile as error:
        raise click.UsageError(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"{target}: cannot write ({error.strerror})") from None
    render_curation.exported(app.out, count, target)


def _read_lines(source: str) -> list[str]:
    if source == "-":
        return sys.stdin.read().splitlines()
    try:
        return Path(source).read_text(encoding="utf-8-sig").splitlines()
    except OSError as error:
        raise click.UsageError(f"{source}: cannot read ({files.reason(error)})") from None
    except UnicodeDecodeError:
        raise click.UsageError(f"{source}: cannot read (not UTF-8 text)") from None


@cli.command()
@click.option("--limit", type=COUNT, default=50, show_default=True)
@format_option("table", "json", "csv", default="table")
@excel_option
@pass_app
def review(app: App, limit: int, fmt: str, excel: bool) -> None:
    """What needs a person's eye after a large add, most useful first, each with the
    command that would fix it."""
    from mouarchive import review as reviewing

    check_excel(excel, fmt)
    items = reviewing.collect(app.db)
    with app.paged() if fmt == "table" else nullcontext():
        render_curation.review_items(app.out, items, limit, fmt, excel=excel)
