"""Output for people (rich, on a terminal) and for programs (JSON, CSV in pipes).

Article text is data: it reaches rich only as `Text` objects with control characters
removed, never as markup, so a title like "[bold]" or one carrying ANSI escapes prints
literally.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(value: object) -> str:
    """Text with every terminal control character removed (newline and tab kept)."""
    return _CONTROL.sub("", "" if value is None else str(value))


def text(value: object, style: str = "") -> Text:
    """A rich Text that is never parsed as markup."""
    return Text(safe(value), style=style)


def console(*, stderr: bool = False, no_color: bool = False) -> Console:
    """A console that honours NO_COLOR and `--no-color`, and never reads markup or emoji.

    Rich drops colour and box-drawing styles by itself when the stream is not a terminal.
    """
    return Console(
        stderr=stderr,
        markup=False,
        emoji=False,
        highlight=False,
        no_color=no_color or "NO_COLOR" in os.environ,
        soft_wrap=False,
    )


def write_json(value: Any, stream: IO[str] | None = None) -> None:
    """One JSON document; Korean stays readable (ensure_ascii off), controls stay escaped."""
    stream = stream or sys.stdout
    stream.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def write_jsonl(rows: Iterable[Any], stream: IO[str] | None = None) -> None:
    stream = stream or sys.stdout
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def error_line(message: str) -> str:
    """The one line a user sees for a problem: no traceback, no control characters."""
    return "error: " + safe(message).replace("\n", " ")


def add_summary(out: Console, summary: dict, warnings: list[tuple[str, str]]) -> None:
    """What `add` did, in a few lines; failures one per line with path and reason."""
    line = Text()
    line.append(f"{summary['files']} files read, ")
    line.append(f"{summary['articles_added']} articles added", style="bold green")
    line.append(f", {summary['duplicates']} already in the archive")
    failed = summary["failed"]
    if failed:
        line.append(f", {len(failed)} failed", style="bold red")
    out.print(line)
    for path, warning in warnings:
        out.print(text(f"warning: {path}: {warning}", "yellow"))
    for item in failed:
        out.print(text(f"failed: {item['path']}: {item['error']}", "red"))


def info(out: Console, details: dict) -> None:
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    for key, value in details.items():
        table.add_row(text(key), text(value))
    out.print(table)
