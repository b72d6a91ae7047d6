"""Plain data passed between the pipeline stages.

Every stage is a pure function from one of these to the next, so each can be tested on a
string; only `ingest` reads files and only `store` writes SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

Span = tuple[int, int]
"""Character offsets [start, end) into an article's cleaned body (or title when noted)."""


@dataclass(frozen=True)
class PartialDate:
    """A calendar date of which only some parts may be known.

    Korean articles often give a day without month or year ("12일"); we keep exactly what
    the text says and never invent the rest.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """`day`, `month` or `year` for the finest unit known, `unknown` when nothing is."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return "unknown"

    @property
    def iso(self) -> str | None:
        """ISO text, partial when the date is ("2023-06", "2023"); None without a year."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def first_day(self) -> date:
        """The first day the date allows (a year-less date has none: callers check)."""
        return date(self.year or 1, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        """The last day the date allows: a planned "2023-06" has passed once July comes."""
        year, month = self.year or 1, self.month or 12
        if self.day is not None:
            return date(year, month, self.day)
        following = date(year + (month == 12), month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    @classmethod
    def parse_user(cls, text: str | None) -> PartialDate | None:
        """YYYY, YYYY-MM or YYYY-MM-DD (dots and slashes too), as people type them.

        Raises ValueError with a message fit to show the user.
        """
        if text is None or not text.strip():
            return None
        parts = text.strip().replace(".", "-").replace("/", "-").rstrip("-").split("-")
        usage = f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD"
        try:
            numbers = [int(part) for part in parts]
        except ValueError:
            raise ValueError(usage) from None
        if not 1 <= len(numbers) <= 3 or not 1000 <= numbers[0] <= 9999:
            raise ValueError(usage)
        if len(numbers) > 1 and not 1 <= numbers[1] <= 12:
            raise ValueError(f"bad date {text!r}: no month {numbers[1]}")
        try:
            date(*[*numbers, 1, 1][:3])
        except ValueError:
            raise ValueError(f"bad date {text!r}: no such day") from None
        return cls(*numbers)

    @classmethod
    def parse_iso(cls, text: str | None) -> PartialDate | None:
        """Inverse of `iso` ("2023", "2023-06", "2023-06-12"); None for None or ""."""
        if not text:
            return None
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)


def dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool | None:
    """False when the dates differ on a part both know; True when both know the day and it
    is the same (one outlet writes "26일" where another writes 2023-06-26, and two reports of
    the same parties on the same day of the month are one signing); None when they are
    compatible but too coarse to decide."""
    if a is None or b is None:
        return None
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is not None and y is not None and x != y:
            return False
    return True if a.day is not None and b.day is not None else None


@dataclass
class Decoded:
    """A source file's text and how it was read."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class Reading:
    """What a reader made of one input: the text the pipeline cleans and splits, and the
    metadata the input's format carries (a page's meta tags, a 보도자료's header table).

    That metadata is surer than what the text pipeline guesses from lines of text, so it
    wins over it (the user's own `--date`/`--outlet` still win over both). `captions` go to
    the article cut from the text; `original` is set when the input was not plain text, so
    the bytes can be kept and read again.
    """

    text: str
    kind: str  # "text", "html", "mhtml", "pdf", "docx", "hwpx"
    encoding: str | None = None  # how text or a page was decoded; None for documents
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    # The headlines of a page that prints several articles one after another, each under its
    # own `<h1>`, in the page's order: each heads an article, stamped, signed or not, and the
    # text is cut at each once, in turn (`text.headed`).
    headlines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    original: bytes | None = None

    @property
    def read_as(self) -> str:
        """How `add` counts it: the encoding of a text file, the kind of anything else."""
        return self.encoding or self.kind if self.kind == "text" else self.kind


@dataclass
class Article:
    """One article as cut from a source, with its metadata.

    `body` is the cleaned text every extracted span points into.

    `captions` are the photo captions printed with the article, in page order, kept out of
    `body`: each one caption as printed (credit such as "/광주시 제공" included), on one
    line, whitespace collapsed, never empty. They are searchable with the article and may
    tell extraction who signed and when, but never what was agreed (a caption repeats the
    lead, and its items would count twice); no span points into them.
    """

    title: str | None
    body: str
    subtitle: str | None = None
    outlet: str | None = None
    reporter: str | None = None
    email: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)

    def with_texts(self, read: Callable[[str], str]) -> Article:
        """The article with `read` applied to each text extraction reads (title, subtitle,
        body, captions), its metadata kept: a reading form keeps every span in place."""
        return replace(
            self,
            title=read(self.title) if self.title else self.title,
            subtitle=read(self.subtitle) if self.subtitle else self.subtitle,
            body=read(self.body),
            captions=[read(caption) for caption in self.captions],
        )


@dataclass
class Party:
    """A signing organisation, normalised ("광주시" → "광주광역시")."""

    name: str
    span: Span
    region: str | None = None


@dataclass
class Signatory:
    name: str
    title: str | None
    organization: str | None
    span: Span


@dataclass
class Clause:
    text: str
    span: Span


@dataclass
class Region:
    """A canonical region name ("광주광역시", "경기도 안산시") as it bears on an agreement.

    `ambiguous` marks a name the text did not let us pin down (a bare "광주시" that may be
    광주광역시 or 경기도 광주시); `name` then holds the likelier reading.
    """

    name: str
    ambiguous: bool = False


@dataclass
class AgreementReport:
    """One signing as reported by one article.

    The same signing reported by several outlets yields several reports, which `merge`
    groups into one agreement.
    """

    title: str | None
    kind: str
    status: str  # "signed" or "planned"
    date: PartialDate | None = None
    date_text: str | None = None
    date_span: Span | None = None
    place: str | None = None
    parties: list[Party] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    clauses_stated: int | None = None
    evidence_span: Span | None = None
    investment_krw: int | None = None
    investment_span: Span | None = None
    jobs: int | None = None
    jobs_span: Span | None = None
    # How many partners the signing's sentence counts ("9개사와"), named or not: 0 when it
    # counts none, None when unknown (a report saved before migration 0018).
    partners_counted: int | None = None
