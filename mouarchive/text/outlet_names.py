"""An outlet's usual name, from a printed name or a mail domain.

"서울신문사" is printed for 서울신문 and "hong@hanbit.kr" mails from the outlet of hanbit.kr.
`outlets` finds the line that names the outlet; the date readers of `datelines` and the
credit reader of `credit` ask only whether a field names one. Kept apart from both so that
neither depends on the other for the table of known names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from mouarchive.text.bylines import LINES_MEMO
from mouarchive.vocab import pattern, table

_OUTLET_SUFFIX = pattern("outlets", "name_endings")
_OUTLETISH = re.compile(rf"[가-힣].*{_OUTLET_SUFFIX}$")
_HANGUL = re.compile(r"[가-힣]")


def outlet_field(field: str) -> str | None:
    """The outlet a header field names ("전남일보사" → "전남일보"), if it names one."""
    return _canonical(field, require_suffix=True) if len(field) <= 20 else None


def outlet_for_email(email: str | None) -> str | None:
    """The outlet whose domain (or a parent domain of it) the address belongs to."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().strip(".").lower()
    table = _domains()
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return None


def outlet_name(name: str, *, require_suffix: bool) -> str | None:
    """The outlet's usual name for a printed one ("서울신문사" → "서울신문"); with
    `require_suffix`, None for a name neither known nor shaped like an outlet's."""
    return _canonical(name, require_suffix=require_suffix)


def is_known_outlet(name: str) -> bool:
    """Whether a name is one of the outlets the table knows: a portal names them before
    its lists, and an unknown word in that place is a site's section label."""
    return name in _known_names()


@lru_cache(maxsize=LINES_MEMO)
def _canonical(name: str, *, require_suffix: bool) -> str | None:
    """Map a printed name to the outlet's usual name ("서울신문사" → "서울신문").
    Memoised: a page's outlet lines and header fields are read again by each pass."""
    name = re.sub(r"^\(?주\)|㈜", "", name).strip()
    known = _known_names()
    if name in known:
        # Known names include the broadcasters written in Latin letters ("KBS", "YTN").
        return name
    if not name or len(name) > 20 or not _HANGUL.search(name):
        return None
    for candidate in _known_longest_first():
        if name.startswith(candidate) and len(name) - len(candidate) <= 3:
            return candidate
    if require_suffix and not _OUTLETISH.search(name):
        return None
    return name


@cache
def _domains() -> dict[str, str]:
    return table("outlets", "domains")


@cache
def _known_names() -> frozenset[str]:
    return frozenset(_domains().values())


@cache
def _known_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_known_names(), key=len, reverse=True))
