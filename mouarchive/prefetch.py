"""Before `add` creates an archive: whether anything it was given can be read at all.

An `add` of files that are all missing, or of URLs that all fail to fetch, into an archive
that does not exist yet must not leave an empty archive behind: the user would find a file
that looks like an archive and holds nothing. Missing files are known before reading; a URL
only once fetched and read, since a server may answer with a picture, nothing, or a page
without article text. So the inputs are walked, URLs fetched and read, up to the first one
that can be read (a file that exists, standard input, a page with an article): only then is
the archive made. The walk holds at most one fetched page, which `add` then reads without
fetching it again.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from mouarchive.inputs import STDIN, Input
from mouarchive.preparing import Job, prepare_job
from mouarchive.readers.fetch import Fetched, FetchError, failure, fetch, is_url


@dataclass
class Walked:
    """The inputs walked (a failed fetch carrying its reason as its error), the first that
    can be read (None: not one can), and its page when it was fetched."""

    seen: list[Input] = field(default_factory=list)
    readable: Input | None = None
    page: Fetched | None = None

    def and_then(self, rest: Iterator[Input]) -> Iterator[Input]:
        """Every input for `add` to read: those walked, in order, then `rest`."""
        return itertools.chain(self.seen, [self.readable] if self.readable else [], rest)

    @property
    def pages(self) -> dict[str, Fetched]:
        """The page fetched on the walk, by its URL, for `add` to read without fetching it."""
        return {self.readable.path: self.page} if self.readable and self.page else {}


def first_readable(inputs: Iterator[Input]) -> Walked:
    """Walk `inputs` up to the first that can be read, fetching URLs on the way."""
    walked = Walked()
    for item in inputs:
        if item.skipped or item.error:
            walked.seen.append(item)
            continue
        if item.path != STDIN and is_url(item.path):
            try:
                page = fetch(item.path)
            except FetchError as error:
                walked.seen.append(Input(item.path, item.meta, error=failure(error)))
                continue
            problem = _unreadable(item, page)
            if problem is not None:
                walked.seen.append(Input(item.path, item.meta, error=problem))
                continue
            walked.page = page
        walked.readable = item
        return walked
    return walked


def _unreadable(item: Input, page: Fetched) -> str | None:
    """Why a fetched page holds no article to add (empty, binary, no article text), else
    None: read as `add` reads it, since nothing short of reading tells."""
    job = Job(item.path, item.meta, "", page.data, content_type=page.content_type)
    problem = prepare_job(job)
    return problem if isinstance(problem, str) else None
