"""How ids are printed and read back, so one printed id always means one thing.

Articles and agreements are numbered separately, so a bare "3" could be either. Every id
the program prints says which it is (`#12` an agreement, `a3` an article), and `show`
takes exactly what was printed. A bare number stays an agreement id, as it always was;
`#` is accepted too, though an unquoted `#12` is a comment to most shells.
"""

from __future__ import annotations

import re

_ID = re.compile(r"(?i)\s*(#|a|art|article)?\s*(\d+)\s*")


def agreement(agreement_id: int) -> str:
    return f"#{agreement_id}"


def article(article_id: int) -> str:
    return f"a{article_id}"


# What to give, by the kind of id asked for: a bare number is an article's only where no
# agreement's fits ("--article 3").
_FORMS = {
    None: "an agreement id (12 or #12) or an article id (a3)",
    "agreement": "an agreement id (12 or #12)",
    "article": "an article id (3 or a3)",
}


def parse(text: str, wanted: str | None = None) -> tuple[str, int]:
    """ "12", "#12" → ("agreement", 12); "a3" → ("article", 3). Raises ValueError, whose
    words ask for the `wanted` kind where only one fits ("agreement", "article")."""
    match = _ID.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not an id: give {_FORMS[wanted]}")
    prefix = (match.group(1) or "#").lower()
    number = int(match.group(2))
    if number >= 2**63:  # past SQLite's integers: no such row, and no overflow deep down
        raise ValueError(f"{text!r} is not an id: ids are below 2^63")
    return ("agreement" if prefix == "#" else "article"), number
