"""Options shared by several commands, and their parsing into what the commands need."""

from __future__ import annotations

import click

from mouarchive import timeline
from mouarchive.models import PartialDate

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


def parse_region(value: str | None) -> str | None:
    """A region as typed ("광주", "경기 광주") → its canonical name; unknown names list the
    closest ones."""
    if value is None:
        return None
    from mouarchive.extract.regions import resolve_region_query

    try:
        return resolve_region_query(value)
    except ValueError as error:
        raise click.UsageError(str(error)) from None


def parse_filters(
    region: str | None,
    party: str | None,
    since: str | None,
    until: str | None,
    kind: str | None,
    status: str | None,
    include_rejected: bool,
) -> timeline.Filters:
    """Options → filters; a region as typed ("광주", "경기 광주") becomes its canonical name."""
    from mouarchive.extract.regions import resolve_region_query

    dates = {
        name: parse_date(name, value) for name, value in (("--since", since), ("--until", until))
    }
    party = party.strip() if party and party.strip() else None
    try:
        government = resolve_region_query(party) if party else None
    except ValueError:
        government = None
    return timeline.Filters(
        region=parse_region(region),
        party=party,
        party_government=government,
        since=dates["--since"],
        until=dates["--until"],
        kind=kind,
        status=status,
        include_rejected=include_rejected,
    )


def filter_options(command):
    for option in reversed(
        [
            click.option("--region", help="광주, 광주광역시, 전남, 경기 광주, 서울 종로구 …"),
            click.option("--party", help="Part of a party's name, e.g. 경기도, 광산업진흥회."),
            click.option("--since", metavar="DATE", help="From YYYY, YYYY-MM or YYYY-MM-DD."),
            click.option("--until", metavar="DATE", help="Up to YYYY, YYYY-MM or YYYY-MM-DD."),
            click.option("--kind", help="업무협약, 상생협약, MOU, 투자협약, 협정, 합의문."),
            click.option("--status", type=click.Choice(["signed", "planned"])),
            include_rejected_option,
        ]
    ):
        command = option(command)
    return command
