"""A web page saved as one file (.mhtml/.mht): a MIME message whose first HTML part is the page.

Browsers write the page's address in the message header (`Snapshot-Content-Location`, or
the part's `Content-Location`), which stands in for a canonical URL the page lacks.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from mouarchive.models import Reading
from mouarchive.readers.errors import ReadError
from mouarchive.readers.html import read_html


def read_mhtml(data: bytes) -> Reading:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ReadError("not a saved web page (no MIME parts in this .mhtml)")
    page = _page_part(message)
    if page is None:
        raise ReadError("saved web page holds no HTML page")
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReadError("saved web page holds an empty HTML page")
    url = message.get("Snapshot-Content-Location") or page.get("Content-Location")
    url = url.strip() if url and url.strip().startswith(("http://", "https://")) else None
    reading = read_html(payload, charset=page.get_content_charset(), url=url, kind="mhtml")
    reading.original = data
    return reading


def _page_part(message: Message) -> Message | None:
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part
    return None
