"""Bytes → articles and their agreement reports: reading, cleaning, splitting, extraction.

All the CPU work of `add` and `reextract`, none of the I/O: pure, so it runs in worker
processes (`mouarchive.workers`) while the main process writes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from mouarchive import headway, readers
from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.dates import lede_day
from mouarchive.extract.signing import MAX_SIGNING_SENTENCES, beyond_reading
from mouarchive.inputs import SourceMeta
from mouarchive.misnamed import reader_for_misnamed
from mouarchive.models import AgreementReport, Article, PartialDate, Reading
from mouarchive.readers.fetch import is_url
from mouarchive.text.copies import footer_outlets
from mouarchive.text.damaged_words import without_damaged_words
from mouarchive.text.decode import DecodeError, repair_title
from mouarchive.text.normalize import normalize_text
from mouarchive.text.photo_items import untagged
from mouarchive.text.pipeline import parse_articles
from mouarchive.text.urldate import date_from_url, short_date_from_url


@dataclass
class Job:
    """One source to prepare: its bytes, and what is known of it before reading."""

    display: str
    meta: SourceMeta
    sha256: str
    data: bytes
    warnings: list[str] = field(default_factory=list)  # about the file itself (its name)
    content_type: str | None = None  # a fetched page's, as its server said
    kind: str | None = None  # the reader, when it is known already (`reextract`)
    given: str | None = None  # its name as the user gave it, for messages (`Input.given`)

    @property
    def shown(self) -> str:
        return self.given or self.display


def article_hash(article: Article) -> str:
    """The same article from two files (a saved page and its text, a CP949 and a UTF-8 copy,
    a page fetched again) hashes alike despite spacing; the same body under another outlet
    does not. An outlet reposting a press release is another report, and researchers count
    outlets. Only the outlet counts, not the reporter or date: two copies of one article
    often read those differently (a byline found in one, an address's date in the other).
    A body whose outlet is unknown hashes as before outlets counted."""
    digest = _body_digest(article.body)
    if article.outlet and (outlet := _folded(article.outlet)):
        digest.update(b"\0" + outlet.encode("utf-8"))
    return digest.hexdigest()


def reporter_hash(sha: str, reporter: str) -> str:
    """The hash of an article hashed `sha` signed by `reporter`, where an article of that
    hash is held under another reporter: two outlets' copies of the same words and stamp
    that name no outlet, each signed by its own reporter, are two reports (review 54b, S5)."""
    return hashlib.sha256(f"{sha}\0{_folded(reporter)}".encode()).hexdigest()


def outlet_hashes(body: str, outlets: Iterable[str]) -> list[str]:
    """`article_hash` of `body` under each of `outlets`, the body hashed once."""
    base = _body_digest(body)
    found = []
    for name in outlets:
        if outlet := _folded(name):
            digest = base.copy()
            digest.update(b"\0" + outlet.encode("utf-8"))
            found.append(digest.hexdigest())
    return found


def _body_digest(body: str) -> hashlib._Hash:
    digest = hashlib.sha256()
    for start, end in _stretches(body):
        digest.update(_folded(body[start:end]).encode("utf-8"))
    return digest


def _folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


# Letters of a body normalized and hashed at once: the whole body's normalized form, words
# and UTF-8 at once took eight times a long body's size.
_HASHED_AT_ONCE = 1 << 16


def _stretches(body: str) -> list[tuple[int, int]]:
    """`body` cut before a space every `_HASHED_AT_ONCE` letters or so: a space combines with
    no letter before it, so each stretch normalizes as it does within the whole body."""
    cuts = [0]
    while (cut := body.find(" ", cuts[-1] + _HASHED_AT_ONCE)) > 0:
        cuts.append(cut)
    return list(zip(cuts, [*cuts[1:], len(body)], strict=True))


def apply_meta(article: Article, meta: SourceMeta, *, only_article: bool) -> Article:
    """User metadata wins, normalised like article text: it is stored and printed the same.

    A date the article's URL carries beats a dateline read from the text: the address is the
    article's own, while a saved page's text may carry the site's today-bar or an edit stamp.
    Only a dateline a day or three after it wins, or with no dateline the day the lede says the
    story was told on ("…했다고 16일 밝혔다"): the address was made when the story was written,
    and the page went out later ("…/20170820/…" and "입력 2017-08-21 03:00"). An id with a
    two-digit year ("/article/G0903230026") dates the page only where nothing else does.
    """
    title = clean_value(repair_title(meta.title)) if meta.title and only_article else None
    url = clean_value(meta.url) or article.url
    # A repost's own address may carry no date where the original's, named in its "원본기사 :"
    # line, does.
    addresses = [address for address in dict.fromkeys((url, article.url)) if address]
    return replace(
        article,
        published=meta.date or _article_date(article, addresses),
        outlet=clean_value(meta.outlet) or article.outlet,
        url=url,
        title=title or article.title,
    )


_WRITTEN_BEFORE_OUT = 3  # days a page may go out after the date its address carries


def _article_date(article: Article, addresses: list[str]) -> PartialDate | None:
    """The publication date `apply_meta` settles on, from the addresses (the given one, then a
    repost's original) and the text."""
    from_url = next((d for a in addresses if (d := date_from_url(a))), None)
    from_text = article.published
    if from_url is not None and from_text is None and (day := lede_day(article.body)):
        from_text = _day_after(from_url, day) or _day_of(from_url, day)
    return _published(from_url, from_text) or next(
        (d for a in addresses if (d := short_date_from_url(a))), None
    )


def _published(from_url: PartialDate | None, from_text: PartialDate | None) -> PartialDate | None:
    """The address's date, unless the page's own date is a day or three after it (the day the
    page went out after the story was written); either alone when only one is known."""
    if from_url is None or from_text is None:
        return from_url or from_text
    if from_url.precision == "month" and (from_text.year, from_text.month) == (
        from_url.year,
        from_url.month,
    ):
        # A blog's month folder ("/2021/12/…") and the page's own day in that month.
        return from_text
    if from_url.precision == from_text.precision == "day":
        later = (from_text.first_day - from_url.first_day).days
        if 0 < later <= _WRITTEN_BEFORE_OUT:
            return from_text
    return from_url


def _day_of(month: PartialDate, day: int) -> PartialDate | None:
    """The lede's day ("…했다고 30일 밝혔다") in the month an address gives alone."""
    if month.precision != "month" or month.year is None or month.month is None:
        return None
    try:
        date(month.year, month.month, day)
    except ValueError:
        return None
    return PartialDate(month.year, month.month, day)


def _day_after(written: PartialDate, day: int) -> PartialDate | None:
    """The day of the month `day` a day or three after `written`, if it is one."""
    if written.precision != "day":
        return None
    for later in range(1, _WRITTEN_BEFORE_OUT + 1):
        out = written.first_day + timedelta(days=later)
        if out.day == day:
            return PartialDate(out.year, out.month, out.day)
    return None


def clean_value(value: str | None) -> str | None:
    return " ".join(normalize_text(value).split()) or None if value else None


# How `add` warns of an article kept whose extraction failed (the real-set scorer looks for it).
EXTRACTION_FAILED = "extraction failed"


def extract_safely(article: Article) -> tuple[list[AgreementReport], str | None]:
    """Extraction must never cost the user the article itself: on a bug, keep the article.
    Nothing is read from a word a damaged spot runs through (`damaged_words`)."""
    try:
        return extract_agreements(without_damaged_words(article)), None
    except Exception as error:
        return [], f"{EXTRACTION_FAILED} ({type(error).__name__}: {error})"


def apply_reading(article: Article, reading: Reading, *, index: int, count: int) -> Article:
    """What the input's format says (a page's meta tags, a 보도자료 header) wins over what
    the text pipeline read from lines of text; the page's captions go with its first article.
    A later article of a page of several keeps the date its own lines print ("입력 …" under
    its `<h1>`): the page's meta tags date the page's first.
    """
    return replace(
        article,
        title=(untagged(repair_title(reading.title)) if reading.title and count == 1 else None)
        or article.title,
        outlet=reading.outlet or article.outlet,
        published=(article.published if index else None) or reading.published or article.published,
        url=reading.url or article.url,
        reporter=article.reporter or reading.author,
        captions=[*article.captions, *(reading.captions if index == 0 else [])],
    )


@dataclass
class Prepared:
    """A source file turned into articles and their reports, ready to be written."""

    encoding: str  # how the text was read: its encoding, or the kind of document
    read_as: str  # what `add` counts it as ("utf-8", "html", "pdf")
    kind: str
    original: bytes | None  # the bytes a reader other than text read, kept to read again
    text: str
    warnings: list[str]
    articles: list[tuple[Article, str, list[AgreementReport]]]  # article, its hash, reports


def prepare(
    data: bytes,
    meta: SourceMeta,
    name: str = "",
    content_type: str | None = None,
    kind: str | None = None,
) -> Prepared:
    """Bytes → read, cleaned, split and extracted: all the CPU work, none of the I/O.

    Pure, so it can run in a worker process while the main process writes; only its
    articles done are counted as it goes (`headway`), for the line naming a slow file.
    `name` (a path or the URL fetched) and a server's `content_type` choose the reader,
    unless `kind` names it (`reextract` reads a source with the reader that first read it).
    Raises `DecodeError` for a file that holds no usable text.
    """
    url = meta.url or (name if is_url(name) else None)
    misnamed = None if kind else reader_for_misnamed(data, name)
    if misnamed:
        kind = misnamed[0]
    reading = readers.read(data, name, content_type=content_type, url=url, kind=kind)
    articles = parse_articles(reading.text, reading.headlines)
    if not articles:
        raise DecodeError("no article text found")
    warnings = [*([misnamed[1]] if misnamed else []), *reading.warnings]
    if meta.title and len(articles) > 1:
        warnings.append(
            f"title {meta.title!r} not applied: the file holds {len(articles)} articles"
        )
    if len(articles) == 1 and (ran_together := _outlets_run_together(reading.text)):
        warnings.append(ran_together)
    prepared = []
    for index, article in enumerate(articles):
        article = apply_reading(article, reading, index=index, count=len(articles))
        article = apply_meta(article, meta, only_article=len(articles) == 1)
        reports, problem = extract_safely(article)
        if problem:
            warnings.append(f"article {index + 1}: {problem}")
        if told := beyond_reading(article.body):
            warnings.append(
                f"article {index + 1}: {told} sentences tell a signing, only the first"
                f" {MAX_SIGNING_SENTENCES} were read: split the file into its articles"
            )
        prepared.append((article, article_hash(article), reports))
        headway.article_read()
    return Prepared(
        encoding=reading.encoding or reading.kind,
        read_as=reading.read_as,
        kind=reading.kind,
        original=_kept_bytes(data, reading),
        text=reading.text,
        warnings=warnings,
        articles=prepared,
    )


def _outlets_run_together(text: str) -> str | None:
    """A warning for a file read as one article that holds copyright lines naming several
    outlets: copies pasted one after another that were not told apart, all credited to one
    outlet (newcomer 59: 1)."""
    named = footer_outlets([line.strip() for line in text.split("\n")])
    if len(named) < 2:
        return None
    return (
        f"read as one article, but it holds the copyright lines of {len(named)} outlets"
        f" ({', '.join(named)}): split the file into its articles"
    )


_CERTAIN_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp949")


def _kept_bytes(data: bytes, reading: Reading) -> bytes | None:
    """The bytes kept beside the text, so that `reextract` can read them again: every
    page's and document's, and a text file's when its decoding was in doubt (a repair,
    replaced bytes, a warning). A plain UTF-8 or CP949 file decodes the same way every
    time: its text alone is kept, which spares the archive a second copy of most files."""
    if reading.original is not None:
        return reading.original
    if reading.encoding in _CERTAIN_ENCODINGS and not reading.warnings:
        return None
    return data


def prepare_job(job: Job) -> Prepared | str:
    """`prepare`, with a file's problem returned as its one-line reason.

    Any failure, even a bug of ours, costs only this file: the rest of the run goes on.
    """
    try:
        prepared = prepare(job.data, job.meta, job.display, job.content_type, job.kind)
    except DecodeError as error:
        return str(error)
    except Exception as error:
        return f"could not be processed ({type(error).__name__}: {error})"
    prepared.warnings[:0] = job.warnings
    return prepared
