"""Options shared by several commands, and their parsing into what the commands need."""

from __future__ import annotations

import re
import shlex

import click

from mouarchive import filters, ids, store, timeline
from mouarchive.models import PartialDate


class Bounded(click.ParamType):
    """A number within bounds, said in words when it is not ("-1: must be 0 or more"), not
    as click's "0<=x<=9223372036854775807"."""

    def __init__(self, number: click.ParamType, low: float, high: float) -> None:
        self.number, self.low, self.high = number, low, high
        self.name = number.name

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        number = self.number.convert(value, param, ctx)
        if number < self.low:
            self.fail(f"{value}: must be {self.low:,} or more", param, ctx)
        if number > self.high:
            if self.high == _SQLITE_MAX:
                self.fail(f"{value}: too large", param, ctx)
            self.fail(f"{value}: must be {self.high:,} or less", param, ctx)
        return number


# SQLite integers are 64-bit: a larger number from the command line is a usage error, not
# an overflow deep in a query.
_SQLITE_MAX = 2**63 - 1
ID = Bounded(click.INT, 1, _SQLITE_MAX)
COUNT = Bounded(click.INT, 0, _SQLITE_MAX)


class _PrintedId(click.ParamType):
    """An id as the program prints it (`#12` an agreement, `a3` an article, `ids`) or bare, so
    that what `timeline` or `search` printed can be given back to a correction as it is; the
    other kind's id is refused in words."""

    name = "integer"

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        try:
            return self._id(value, param, ctx)
        except click.BadParameter as error:
            # Said as `show`'s id errors are, not as click's "Invalid value for
            # 'AGREEMENT_IDS...':", which names no word the user typed (newcomer 49, 16);
            # an option is named as typed.
            named = f"{param.opts[0]}: " if isinstance(param, click.Option) else ""
            raise click.UsageError(named + error.message, ctx) from None

    def _id(self, value, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return self._bounded(value, param, ctx)
        text = str(value).strip()
        if not text.lstrip("#aA").strip() or text.lstrip("-").isdigit():
            # A bare number, or nothing after the mark: bounds said as for any number.
            return self._bounded(text, param, ctx)
        try:
            kind, number = ids.parse(text, self.kind)
        except ValueError as error:
            self.fail(str(error), param, ctx)
        if kind != self.kind:
            self.fail(f"{text} is an {kind} id: give an {self.kind} id here", param, ctx)
        return self._bounded(number, param, ctx)

    def _bounded(self, value, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            return ID.convert(value, param, ctx)
        except click.BadParameter as error:
            self.fail(f"{self.kind} id {error.message}", param, ctx)


AGREEMENT_ID = _PrintedId("agreement")
ARTICLE_ID = _PrintedId("article")


class _Limit(Bounded):
    """How many to show, 0 for all (as `review --limit 0`): None then, which every listing
    reads as no limit."""

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        number = super().convert(value, param, ctx)
        return number or None


LIMIT = _Limit(click.INT, 0, _SQLITE_MAX)


class _Utf8(click.ParamType):
    """Text that will be stored or searched: it must be valid UTF-8. (Bytes that are not
    reach Python as surrogates, which SQLite refuses deep inside a run.)"""

    name = "text"

    def convert(self, value: str, param: click.Parameter | None, ctx: click.Context | None):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail("is not valid UTF-8 (check the terminal's encoding)", param, ctx)
        return value


TEXT = _Utf8()


class _Filter(_Utf8):
    """A filter's value: `--party ''` (a script's unset variable) would otherwise mean "no
    filter" and list everything, so an empty value is an error, as it is for every filter."""

    def convert(self, value: str, param: click.Parameter | None, ctx: click.Context | None):
        value = super().convert(value, param, ctx)
        if not value.strip():
            name = param.opts[0] if param is not None and param.opts else "the filter"
            raise click.UsageError(f"{name} is empty: give a value, or leave {name} out")
        return value


FILTER = _Filter()


class DashedWords(click.Command):
    """A word starting with "-" (a search's `-MOU`, a file `-협약.txt`) is an unknown option
    to click, whose "No such option '-M'" tells a newcomer nothing: say where the word
    goes, with the command they typed."""

    where = "put the words after --"

    def meant_as_word(self, word: str) -> bool:
        return True

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        typed = list(args)  # click's parser consumes the list it is given
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            if error.option_name.startswith("--"):
                raise
            options, words = self._options_and_words(typed)
            word = next((w for w in words if w.startswith(error.option_name)), None)
            if word is None or not self.meant_as_word(word):
                raise
            typed = ["mouarchive", ctx.info_name or "", *options, "--", *words]
            command = " ".join(map(_shell_word, typed))
            raise click.UsageError(
                f"{word} is read as an option; {self.where}: {command}"
            ) from None

    def _options_and_words(self, args: list[str]) -> tuple[list[str], list[str]]:
        """The typed options (with their values) apart from the other words."""
        options_typed = {
            name: not param.is_flag
            for param in self.params
            if isinstance(param, click.Option)
            for name in param.opts
        }
        options: list[str] = []
        words: list[str] = []
        pending = False
        for arg in args:
            if pending or arg.startswith("--") or arg in options_typed:
                options.append(arg)
                pending = not pending and options_typed.get(arg, False)
            else:
                words.append(arg)
        return options, words


def _shell_word(word: str) -> str:
    """Quoted only where a shell needs it: `shlex.quote` would quote every Korean word."""
    return shlex.quote(word) if not word or _SHELL_SPECIAL.search(word) else word


_SHELL_SPECIAL = re.compile(r"[\s'\"\\$`!*?;&|<>()\[\]{}#~]")

include_rejected_option = click.option(
    "--include-rejected",
    is_flag=True,
    help="Also agreements the owner rejected (mouarchive reject).",
)


def format_option(*choices: str, default: str):
    """`--format`: a table for people by default, JSON/CSV for scripts."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True
    )


def parse_date(name: str, value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse_user(value)
    except ValueError as error:
        raise click.UsageError(f"{name}: {error}") from None


def parse_period(
    since: str | None, until: str | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """`--since`/`--until` as typed; a period that ends before it starts matches nothing,
    which a user never means, so it is an error rather than an empty answer."""
    start, end = parse_date("--since", since), parse_date("--until", until)
    if start and end and start.first_day > end.last_day:
        raise click.UsageError(f"--since {start.iso} is after --until {end.iso}: nothing can match")
    return start, end


def parse_region(value: str | None) -> str | None:
    """A region as typed ("광주", "경기 광주", "Gwangju") → its canonical name; unknown names
    list the closest ones."""
    if value is None:
        return None
    try:
        return filters.resolve_region(value)
    except ValueError as error:
        raise click.UsageError(f"--region: {error}") from None


def parse_party(db: store.Archive, value: str | None) -> tuple[str, ...] | None:
    """`--party` as typed → the stored party names it denotes (None when not given)."""
    if value is None or not value.strip():
        return None
    return filters.resolve_party(db, value)


def parse_filters(
    db: store.Archive,
    region: str | None,
    party: str | None,
    since: str | None,
    until: str | None,
    kind: str | None,
    status: str | None,
    include_rejected: bool,
) -> timeline.Filters:
    """Options → filters resolved against the archive (see `mouarchive.filters`)."""
    start, end = parse_period(since, until)
    try:
        kinds = filters.kinds_asked(kind) if kind else ()
    except ValueError as error:
        raise click.UsageError(f"--kind: {error}") from None
    return timeline.Filters(
        region=parse_region(region),
        party=party.strip() if party and party.strip() else None,
        parties=parse_party(db, party),
        since=start,
        until=end,
        kind=kind,
        kinds=kinds,
        status=status,
        include_rejected=include_rejected,
    )


def limit_option(default: int | None = None, what: str = "rows"):
    return click.option(
        "--limit",
        type=LIMIT,
        default=default,
        show_default=default is not None,
        help=f"Show at most this many {what} (0 for all).",
    )


def excel_option(command):
    return click.option(
        "--excel", is_flag=True, help="With --format csv: a UTF-8 BOM, so Excel shows Korean."
    )(command)


def check_excel(excel: bool, fmt: str) -> None:
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to --format csv")


def _one_value(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> str | None:
    """A filter takes one value: given twice ("--region 경기 --region 광주"), the last used to
    win without a word, and the listing quietly left the first out."""
    if len(set(values)) > 1:
        raise click.UsageError(f"{param.opts[0]} given {len(values)} times: give one", ctx)
    return values[0] if values else None


def filter_option(name: str, kind: click.ParamType = FILTER, **kwargs):
    """A filter option, one value, refused when given twice with two values (`_one_value`)."""
    return click.option(name, type=kind, multiple=True, callback=_one_value, **kwargs)


def filter_options(command):
    for option in reversed(
        [
            filter_option(
                "--region", help="광주, 광주광역시, 전남, 경기 광주, 서울 종로구, Gwangju …"
            ),
            filter_option(
                "--party",
                help="A party's name, part of it or a short form: 경기도, 광산업진흥회, AI사업단.",
            ),
            filter_option("--since", metavar="DATE", help="From YYYY, YYYY-MM or YYYY-MM-DD."),
            filter_option("--until", metavar="DATE", help="Up to YYYY, YYYY-MM or YYYY-MM-DD."),
            filter_option(
                "--kind", help="업무협약, 상생협약, MOU, 투자협약, 협정, 합의문, 자매결연 …"
            ),
            filter_option("--status", kind=click.Choice(["signed", "planned"])),
            include_rejected_option,
        ]
    ):
        command = option(command)
    return command
