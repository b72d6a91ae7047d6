"""What `add` is asked to read: files, folders, globs, standard input, URLs, a manifest.

Paths are expanded lazily and checked before anything is read, so a folder of 10,000 files
is never held as a list and a bad manifest row is a usage error, not a run stopped half-way.
The metadata the user gives travels with each input (`SourceMeta`).
"""

from __future__ import annotations

import csv
import glob
import io
import itertools
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from mouarchive import files, readers
from mouarchive.models import PartialDate
from mouarchive.patterns import expand_pattern
from mouarchive.readers.fetch import is_url

READABLE_SUFFIXES = set(readers.SUFFIXES)
STDIN = "-"


class InputError(Exception):
    """A problem with what the user asked to add, reported before anything is read."""


@dataclass(frozen=True)
class SourceMeta:
    """Metadata the user gives for files that lack it; it wins over what the text says."""

    date: PartialDate | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None

    def as_json(self) -> str:
        """As `sources.given` keeps it, so `reextract` applies it again as `add` did."""
        values = {"date": self.date.iso if self.date else None}
        values |= {"outlet": self.outlet, "url": self.url, "title": self.title}
        return json.dumps({k: v for k, v in values.items() if v}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SourceMeta:
        values = json.loads(text)
        return cls(
            date=PartialDate.parse_iso(values.get("date")),
            outlet=values.get("outlet"),
            url=values.get("url"),
            title=values.get("title"),
        )


@dataclass(frozen=True)
class Input:
    path: str  # absolute path, "-" for standard input, or an http(s) URL to fetch
    meta: SourceMeta = SourceMeta()
    error: str | None = None  # why this input cannot be read, found before reading it
    skipped: str | None = None  # why a folder's entry is passed over by rule (hidden, …)
    # The name as the user gave it ("notes/a.txt", a folder's entry under the folder as
    # given), for messages; `path` is what is stored. None: the same as `path`.
    given: str | None = None

    @property
    def shown(self) -> str:
        return self.given or self.path


def expand(specs: list[str], meta: SourceMeta) -> Iterator[Input]:
    """Files, folders (recursively, text files only), globs and "-" → inputs, lazily.

    Lazy so that a folder of 10,000 files is never held in memory as a list. A spec that
    names nothing, and anything in a folder that cannot be read, becomes an input carrying
    its error, so the other inputs still go in; entries passed over by rule (hidden, not
    text) come as `skipped` inputs, to be counted. A file reached twice (`add a.txt *.txt`,
    a folder and a file in it, `add - -`) is read once: only its path is remembered.
    """
    seen: set[str] = set()
    for item in _expanded(specs, meta):
        if item.path in seen and not item.skipped:
            yield replace(item, error=None, skipped=NAMED_AGAIN)
            continue
        seen.add(item.path)
        yield item


NAMED_AGAIN = "named_again"  # a file the same command already reached by another spec


def _expanded(specs: list[str], meta: SourceMeta, matched: bool = False) -> Iterator[Input]:
    """Each spec as the inputs it names; a folder a pattern `matched` ("**") may hold no text
    at all (a folder of images), which is no failure, as inside a folder walk."""
    for spec in specs:
        if spec == STDIN or is_url(spec):
            yield Input(spec, meta)
            continue
        path = Path(spec).expanduser()
        try:
            is_folder, is_entry = path.is_dir(), path.exists() or path.is_symlink()
        except OSError as error:
            # "noread/x.txt", "noread/*.txt": a folder on the way that cannot be searched.
            yield Input(spec, meta, files.reason(error))
            continue
        if is_folder:
            found = False
            folder = _absolute(path)
            for entry in files.walk(folder, READABLE_SUFFIXES, readers.is_saved_page_assets):
                found = found or entry.skipped is None
                given = os.path.join(spec, os.path.relpath(entry.path, folder))
                yield Input(entry.path, meta, entry.error, entry.skipped, given)
            if not found and not matched:
                suffixes = ", ".join(sorted(READABLE_SUFFIXES))
                yield Input(
                    spec, meta, f"folder has no text files, pages or documents ({suffixes})"
                )
        elif is_entry:
            yield Input(_absolute(path), meta, given=spec)
        elif glob.has_magic(spec):
            # "t*/", "2024-*": a pattern may match folders, each read as a folder is; a file
            # both matched and inside a matched folder ("**") is read once.
            expansion = expand_pattern(os.path.expanduser(spec))
            links = [
                Input(_absolute(Path(link)), meta, skipped=files.SYMLINKED_FOLDER)
                for link in expansion.links
            ]
            followed = expansion.matches
            seen: set[str] = set()
            read = False
            for found in itertools.chain(links, _expanded(followed, meta, matched=True)):
                if found.path not in seen:
                    seen.add(found.path)
                    read = read or (found.error is None and found.skipped is None)
                    yield found
            if not read:
                # A mistyped pattern, or one that matched only folders of images, adds
                # nothing: a failure, not "0 files read" and success.
                yield Input(
                    spec,
                    meta,
                    "no text files, pages or documents match this pattern"
                    if followed or links
                    else "no files or folders match this pattern",
                )
        else:
            yield Input(spec, meta, "no such file or folder")


def _absolute(path: Path) -> str:
    """The path as the user knows it, made absolute. Symlinks stay as written: a link to
    a device is reported under its own name, and a loop cannot stop the run."""
    return os.path.abspath(path)


def read_manifest(manifest: Path) -> list[Input]:
    """A CSV with a `path` column and any of date, outlet, url, title.

    Read and checked whole before anything is added, so a bad row is a usage error rather
    than a run that stops half-way. Relative paths are relative to the manifest's folder,
    so a manifest travels with its files.
    """
    try:
        data = manifest.read_bytes()
    except OSError as error:
        raise InputError(f"{manifest}: {files.reason(error)}") from None
    try:
        text = _manifest_text(data)
    except UnicodeDecodeError:
        raise InputError(f"{manifest}: not a CSV manifest (neither UTF-8 nor CP949 text)") from None
    # Strict: a quote never closed would otherwise take every row after it into one value.
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, dict[str, str]]] = []  # each row with the line it starts on
    start = 1
    try:
        columns = reader.fieldnames or []
        start = reader.line_num + 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        detail = "a quoted value is never closed" if "end of data" in str(error) else error
        raise InputError(f"{manifest}:{start}: not a CSV manifest ({detail})") from None
    if "path" not in columns and "url" not in columns:
        raise InputError(f"{manifest}: manifest needs a 'path' or a 'url' column")
    unknown = set(columns) - {"path", "date", "outlet", "url", "title"}
    if unknown:
        raise InputError(f"{manifest}: unknown manifest columns: {', '.join(sorted(unknown))}")
    inputs = []
    seen: dict[str, tuple[int, Input]] = {}  # each file's first line and what it gave
    for line, row in rows:
        if any("\0" in (value or "") for value in row.values() if isinstance(value, str)):
            raise InputError(f"{manifest}:{line}: a NUL byte in the row; is this a CSV file?")
        try:
            date = PartialDate.parse_user(row.get("date"))
        except ValueError as error:
            raise InputError(f"{manifest}:{line}: {error}") from None
        meta = SourceMeta(
            date=date,
            outlet=(row.get("outlet") or "").strip() or None,
            url=(row.get("url") or "").strip() or None,
            title=(row.get("title") or "").strip() or None,
        )
        if meta.url and not is_url(meta.url):  # as `add --url` refuses it
            raise InputError(
                f"{manifest}:{line}: url {meta.url!r}: give an address starting http:// or https://"
            )
        path = (row.get("path") or "").strip()
        if not path and meta.url:
            fetched = Input(meta.url, replace(meta, url=None))  # fetched, as `add URL`
            if _listed_once(seen, fetched, line, manifest, meta.url):
                inputs.append(fetched)
            continue
        if not path:
            raise InputError(f"{manifest}:{line}: empty path (and no http(s) url to fetch)")
        # Absolute, as a file named on the command line is: the same file listed by a
        # manifest and found in a folder, or added from another working folder, is one path.
        listed = Input(_absolute(manifest.parent / path), meta, given=str(manifest.parent / path))
        # The page a row names by its address is the article a row fetching that address adds:
        # checked first, so the rows' order decides nothing.
        by_address = Input(meta.url, replace(meta, url=None)) if meta.url else None
        fresh = by_address is None or _listed_once(seen, by_address, line, manifest, meta.url)
        if _listed_once(seen, listed, line, manifest, path) and fresh:
            inputs.append(listed)
    return inputs


def _listed_once(
    seen: dict[str, tuple[int, Input]], listed: Input, line: int, manifest: Path, name: str
) -> bool:
    """Whether a manifest row names its file (or address) for the first time; the same row
    again is passed over, and one with other values is an error naming both lines (the
    last row used to win without a word, recorded as two corrections)."""
    first = seen.setdefault(listed.path, (line, listed))
    if first[0] == line:
        return True
    if first[1].meta != listed.meta:
        raise InputError(
            f"{manifest}:{line}: {name} is listed on line {first[0]} too, with other values;"
            " list each file or address once"
        )
    return False


def _manifest_text(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes), else CP949: what Excel on a Korean
    Windows saves as "CSV (쉼표로 분리)"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp949")


def future_dates(meta: SourceMeta, listed: list[Input]) -> list[str]:
    """The dates given for files that lie after today: most likely a typo, said but kept."""
    today = date.today()
    given = [("--date", meta.date), *((f"manifest date of {i.path}", i.meta.date) for i in listed)]
    return [
        f"{where} {value.iso} is in the future"
        for where, value in given
        if value is not None and value.year is not None and value.first_day > today
    ]
