"""Fetch one page a user asked to add by its URL: the only network access mouarchive makes.

urllib from the standard library is enough for one GET per URL: a timeout so a dead
server never hangs an `add`, a size cap so a huge download never fills memory, and a
User-Agent that says what is asking, so a site's operator can tell who fetched the page.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException

from mouarchive import __version__
from mouarchive.vocab import words

TIMEOUT_S = 20.0
MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = (
    f"mouarchive/{__version__} (archive of news about agreements;"
    " fetches a page only when its user adds the URL)"
)


class FetchError(Exception):
    """Why a URL could not be fetched, in one line ("HTTP 404 Not Found", "timed out")."""


class NotAPage(FetchError):
    """The server answered with something no reader reads (JSON, a picture, a script): read
    as text, it became an "article" titled with its data."""


def failure(error: FetchError) -> str:
    """The one line `add` reports for a URL it could not fetch or read."""
    return str(error) if isinstance(error, NotAPage) else f"could not fetch: {error}"


# What a server sends for no page: pictures, sound, JSON, scripts. Anything else (an
# attachment served as "application/x-download", a zip, no type at all) is left to the
# readers, which tell a page or a document by its bytes.
_NO_PAGE_TYPES = words("media_types", "no_page_types")


def _refused(content_type: str | None) -> str | None:
    """The media type of an answer that is no page or document, else None."""
    media = (content_type or "").split(";")[0].strip().lower()
    if any(
        media == kind or (kind.endswith("/") and media.startswith(kind)) for kind in _NO_PAGE_TYPES
    ):
        return media
    return None


@dataclass
class Fetched:
    data: bytes
    content_type: str | None
    url: str  # after redirects


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str) -> Fetched:
    """GET `url`; raises `FetchError` with the reason when there is no page to read, and
    `NotAPage` for an answer of a type no reader reads."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
            "Accept-Language": "ko,en;q=0.5",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            # Refused by its header before the body comes: a picture is never downloaded.
            content_type = response.headers.get("Content-Type")
            media = _refused(content_type)
            if media is not None:
                raise NotAPage(f"not a web page or document (the server sent {media})")
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise FetchError(f"page larger than {MAX_BYTES // (1024 * 1024)} MB")
            return Fetched(data, content_type, response.geturl())
    except urllib.error.HTTPError as error:
        raise FetchError(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FetchError(_reason(error.reason)) from None
    except TimeoutError:
        raise FetchError(f"timed out after {TIMEOUT_S:g} s") from None
    except (HTTPException, OSError, ValueError) as error:
        raise FetchError(_reason(error)) from None


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {TIMEOUT_S:g} s"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return " ".join(str(reason).split()) or type(reason).__name__
