"""The command group, what every command shares, and `main`, which turns every failure into
one line and an exit code."""

from __future__ import annotations

import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import cached_property
from pathlib import Path

import click

from mouarchive import __version__, files, render, store
from mouarchive.cli.options import Bounded

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command ended by Ctrl-C


def deaf_to_ctrl_c() -> None:
    """Once a Ctrl-C is answered, the ones after it are ignored: the command is already
    stopping (rolling back, ending its workers, removing their temporary files, up to a
    second or two), and a second one would print a traceback under the answer, or end the
    process by the signal instead of with its exit code.

    The Ctrl-C answered is then forgotten: CPython marks one that stopped code it compiled
    from a string (the methods of a dataclass, made as a module loads) as never handled,
    however it was caught after, and under `python -m` ends the process by SIGINT once it
    has exited with our code, so the shell or script saw a signal death (-2), not 130,
    under the right message (1 run in 60 of the interrupted `reextract`, which imports as
    it starts writing). Every string evaluation clears that mark as it begins; ignored from
    here, no Ctrl-C can set it again."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        exec("pass", {})


_AFTER: list[tuple[str, Callable[[], None]]] = []
"""Notes for the end of the command, as (text, how to print it): printed after its answer,
or, when it fails, folded into its error line, which is one line (`App.db`'s "the archive
is empty" beside "no agreement #1"). `main` empties it as each command starts."""


class NoArchive(click.UsageError):
    """A reading command pointed at a file that does not exist, or is empty."""

    def __init__(self, path: Path, why: str = "") -> None:
        super().__init__(f"no archive at {path}{why} — add articles first (mouarchive add FILES)")


class App:
    """What every command shares: where the archive is and how to talk to the user."""

    def __init__(
        self,
        db_path: Path | None,
        *,
        debug: bool,
        no_color: bool,
        no_pager: bool = False,
        wait: float | None = None,
    ) -> None:
        self._db_path = db_path
        # How the user named the archive ("--db", "$MOUARCHIVE_DB"), None for the default place.
        self.named_by: str | None = "--db" if db_path is not None else None
        self.debug = debug
        self.no_color = no_color
        self.no_pager = no_pager
        self.wait = wait

    @property
    def db_path(self) -> Path:
        """`--db`, else the default place, found only when needed: `--help` works without
        a home folder."""
        if self._db_path is None:
            named = os.environ.get("MOUARCHIVE_DB")
            if named:
                refuse_folder_name("$MOUARCHIVE_DB", named)
                self.named_by = "$MOUARCHIVE_DB"
            self._db_path = store.default_db_path()
        return self._db_path

    @db_path.setter
    def db_path(self, value: Path) -> None:
        self._db_path = value
        self.named_by = "--db"

    def check_archive_folder(self) -> None:
        """A named archive's folder must exist: a mistyped `--db /data/arhcive/x.db` would
        otherwise create the folders and a new archive there, and answer as if all were
        well. Only the default place is created with its folders (a fresh machine)."""
        if self.named_by:
            refuse_missing_folder(self.named_by, str(self.db_path))

    def _open(self) -> store.Archive:
        db = store.open_archive(
            self.db_path,
            make_folder=self.named_by is None,
            wait=store.WAIT_SECONDS if self.wait is None else self.wait,
            on_wait=lambda: self.err.print(
                render.text("waiting for the archive: another process is writing", "yellow")
            ),
            on_upgrade=lambda message: self.err.print(render.text(message, "yellow")),
        )
        if db.note:
            self.err.print(render.text(f"note: {db.note}", "yellow"))
        return db

    @cached_property
    def db(self) -> store.Archive:
        """The archive for a command that reads: it must exist, since reading a typo'd
        `--db` as an empty new archive would answer "0 hits" to every question.

        An archive without articles says so on stderr, once, leaving stdout to the answer,
        after the answer (an error on it says so in its one line). An empty file (`touch
        x.db`, a failed copy) is no archive either: opening it would write one there.
        """
        path = self.db_path.expanduser()
        if not path.exists():
            if self.named_by:
                # A file where its folder should be: what `add` says, which would refuse
                # it too, rather than "add articles first" (newcomer 49, finding 15).
                refuse_file_as_folder(self.named_by, str(self.db_path))
            raise NoArchive(self.db_path)
        if path.is_file() and store.is_empty_file(path):
            raise NoArchive(self.db_path, " (an empty file)")
        db = self._open()
        if store.is_empty(db):
            note = f"the archive {self.db_path} is empty — add articles first"
            _AFTER.append(
                (
                    note,
                    lambda: self.err.print(
                        render.text(f"note: {note} (mouarchive add FILES)", "yellow")
                    ),
                )
            )
        return db

    @cached_property
    def writable_db(self) -> store.Archive:
        """The archive for a command that adds: created on first use (with its folders only
        in the default place, see `check_archive_folder`).
        One that cannot be written is refused before any file is read."""
        self.check_archive_folder()
        db = self._open()
        if db.read_only:
            raise store.ReadOnly(f"the archive is read-only: {self.db_path}")
        return db

    @cached_property
    def out(self):
        return render.console(no_color=self.no_color)

    @cached_property
    def err(self):
        return render.console(stderr=True, no_color=self.no_color)

    def paged(self) -> AbstractContextManager:
        """Long output for a person at a terminal goes through a pager; pipes never do."""
        if self.no_pager or not self.out.is_terminal:
            return nullcontext()
        return self.out.pager(pager=render.Pager(), styles=True)

    def write_csv(self, rows: Iterable[dict], columns: Sequence[str], *, excel: bool) -> None:
        from mouarchive import export

        export.write_csv(rows, list(columns), sys.stdout, excel=excel)

    def progress(self, quiet: bool):
        """A progress bar on stderr, only for a person watching a terminal."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self.err,
            disable=quiet or not self.err.is_terminal,
            transient=True,
        )


pass_app = click.make_pass_decorator(App)

EMPTY_NAME = "an empty file name (an unset shell variable?)"


class _FileName(click.Path):
    """A file to read or write. An empty name, what an unset shell variable gives, would be
    the current folder: refused, not read as it."""

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        if not str(value):
            self.fail(EMPTY_NAME, param, ctx)
        return super().convert(value, param, ctx)


def refuse_folder_name(named_by: str, value: str) -> None:
    """A file name (the archive's, an output's) that names a folder: ending in "/" (SQLite,
    or the export, would make a file under the folder's name: "nope/" → ./nope) or a folder
    that exists. The user meant a file in it or mistyped a path: one usage error, in the
    same words for `--db`, `$MOUARCHIVE_DB`, `--output` and `--export` (newcomer 48, 19)."""
    if value.endswith(os.sep) or os.path.isdir(os.path.expanduser(value)):
        raise click.UsageError(f"{named_by} {value} names a folder: give a file name")


def refuse_file_as_folder(named_by: str, value: str) -> None:
    """A path whose folder is something else (a file): no archive can be made or found
    under it, whichever command is asked."""
    folder = os.path.dirname(os.path.expanduser(value)) or "."
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise click.UsageError(
            f"{folder} is not a folder (for {named_by} {value}): give another path"
        )


def refuse_missing_folder(named_by: str, value: str) -> None:
    """A file to be made must lie in a folder that exists: a mistyped folder would
    otherwise be made, or the write fail half-way. Named as the user gave it."""
    folder = os.path.dirname(os.path.expanduser(value)) or "."
    if os.path.isdir(folder):
        return
    refuse_file_as_folder(named_by, value)
    # Missing, or a link to nowhere (a typo in the link's target is the same mistake).
    raise click.UsageError(
        f"folder {folder} does not exist (for {named_by} {value}):"
        " create it first, or give another path"
    )


class _ArchiveName(_FileName):
    """The archive's path: a file name, never one ending in "/"."""

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        if isinstance(value, str):
            refuse_folder_name(param.opts[0] if param else "--db", value)
        return super().convert(value, param, ctx)


FILE = _FileName(dir_okay=False, path_type=Path)
# The archive's path, whichever way it is given (--db or $MOUARCHIVE_DB): the store says what
# is wrong with it (a folder, not a database, no archive), in the same words either way.
ARCHIVE = _ArchiveName(path_type=Path)
FILE_OR_DASH = _FileName(dir_okay=False, allow_dash=True)  # "-": standard input or output


class _OutputName(_FileName):
    """A file to write (`export --output`, `corrections --export`): never a folder, in a
    folder that exists, told as `--db` is; "-" is standard output."""

    def convert(self, value, param: click.Parameter | None, ctx: click.Context | None):
        if isinstance(value, str) and value and value != "-":
            named_by = max(param.opts, key=len) if param else "--output"
            refuse_folder_name(named_by, value)
            refuse_missing_folder(named_by, value)
        return super().convert(value, param, ctx)


OUTPUT = _OutputName(allow_dash=True)


DB_HELP = "Archive file. Default: $MOUARCHIVE_DB, else $XDG_DATA_HOME/mouarchive/archive.db."
WAIT_HELP = (
    f"Seconds to wait for another process writing the archive (default {store.WAIT_SECONDS:g})."
)
WAIT_TYPE = Bounded(click.FLOAT, 0, 10**9)
DEBUG_HELP = "Show Python tracebacks for errors."
NO_COLOR_HELP = "No colours (NO_COLOR is honoured too)."
NO_PAGER_HELP = "Print long output straight to the terminal, without a pager."


def _set_on_app(ctx: click.Context, param: click.Parameter, value: object) -> None:
    """A global option typed after the command (`search 협약 --db x.db`) sets what the same
    option before it would have: the group has already made the `App` by then."""
    if value is not None and value is not False:
        setattr(ctx.find_object(App), param.name or "", value)


def _global_options() -> list[click.Option]:
    return [
        click.Option(
            ["--db", "db_path"],
            type=ARCHIVE,
            callback=_set_on_app,
            expose_value=False,
            help=DB_HELP,
        ),
        click.Option(
            ["--debug"], is_flag=True, callback=_set_on_app, expose_value=False, help=DEBUG_HELP
        ),
        click.Option(
            ["--wait"],
            type=WAIT_TYPE,
            metavar="SECONDS",
            callback=_set_on_app,
            expose_value=False,
            help=WAIT_HELP,
        ),
        click.Option(
            ["--no-color", "no_color"],
            is_flag=True,
            callback=_set_on_app,
            expose_value=False,
            help=NO_COLOR_HELP,
        ),
        click.Option(
            ["--no-pager", "no_pager"],
            is_flag=True,
            callback=_set_on_app,
            expose_value=False,
            help=NO_PAGER_HELP,
        ),
    ]


class Group(click.Group):
    """The `mouarchive` group: every command also takes the global options, because users
    type them where they think of them (`show 1 --no-color`)."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        cmd.params.extend(_global_options())
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context):
        """Click turns a closed pipe into exit code 1; `| head` is a normal way to read."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError as error:
            raise PipeClosed from error


class PipeClosed(Exception):
    """The reader of our output went away."""


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=ARCHIVE, help=DB_HELP)
@click.option("--debug", is_flag=True, help=DEBUG_HELP)
@click.option("--no-color", is_flag=True, help=NO_COLOR_HELP)
@click.option("--no-pager", is_flag=True, help=NO_PAGER_HELP)
@click.option("--wait", type=WAIT_TYPE, metavar="SECONDS", help=WAIT_HELP)
@click.version_option(__version__, prog_name="mouarchive")
@click.pass_context
def cli(
    ctx: click.Context,
    db_path: Path | None,
    debug: bool,
    no_color: bool,
    no_pager: bool,
    wait: float | None,
) -> None:
    """An archive of Korean news articles about agreements (업무협약, MOU, 투자협약).

    \b
      mouarchive add examples/              ingest files, folders, globs or - for stdin
      mouarchive search "AI데이터센터"      full-text search over articles and clauses
      mouarchive timeline --region 광주     what a region agreed, in date order
    """
    ctx.obj = App(db_path, debug=debug, no_color=no_color, no_pager=no_pager, wait=wait)


def _with_notes(message: str) -> str:
    """An error line with what the command would have noted after its answer."""
    return "".join([message, *(f" ({note})" for note, _ in _AFTER)])


def _not_utf8_argument(error: Exception, args: list[str]) -> bool:
    """Bytes that are not UTF-8 in an argument reach Python as surrogates, which SQLite
    refuses wherever the text goes (its transaction rolled back): a usage error, said as
    one line naming the argument."""
    if not isinstance(error, UnicodeEncodeError) or "surrogates" not in str(error):
        return False
    bad = next((arg for arg in args if not _utf8(arg)), None)
    if bad is None:
        return False
    shown = files.display(bad)
    click.echo(
        render.error_line(f"not valid UTF-8: {shown} (check the terminal's encoding)"), err=True
    )
    return True


def _utf8(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def main(argv: list[str] | None = None) -> None:
    """Run the command; turn every failure into one line and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    if not args:
        # Bare `mouarchive`: the help as `--help` prints it, not flattened into an error.
        args = ["--help"]
    _AFTER.clear()
    try:
        code = cli.main(args=args, prog_name="mouarchive", standalone_mode=False)
        for _, say in _AFTER:
            say()
    except click.ClickException as error:
        click.echo(render.error_line(_with_notes(error.format_message())), err=True)
        code = error.exit_code
    except store.StoreError as error:
        if debug:
            traceback.print_exc()
        click.echo(render.error_line(_with_notes(str(error))), err=True)
        code = EXIT_FAILED
    except (click.Abort, KeyboardInterrupt):
        deaf_to_ctrl_c()
        click.echo("interrupted", err=True)
        code = EXIT_INTERRUPTED
    except (BrokenPipeError, PipeClosed):
        # The reader went away (`| head`): stop quietly, and keep Python's final flush quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    except Exception as error:
        if debug:
            traceback.print_exc()
        if _not_utf8_argument(error, args):
            code = EXIT_USAGE
        elif explained := store.explain(error):
            click.echo(render.error_line(explained), err=True)
            code = EXIT_FAILED
        else:
            click.echo(
                render.error_line(
                    f"internal error ({type(error).__name__}: {error});"
                    " run with --debug for details"
                ),
                err=True,
            )
            code = EXIT_FAILED
    sys.exit(code or 0)
