"""Whether a page element's class or id names something a vocabulary lists.

CMSes compose class names from parts ("article-util", "sns_share", "view_title"), so a
vocabulary word matches the whole token or a run of its '-'/'_'-separated parts, never a
bare substring ("head" is not "header").
"""

from __future__ import annotations

import re


def names(token: str | None, vocabulary: frozenset[str]) -> bool:
    """Whether a class or id token is a vocabulary word, or a run of its parts is one."""
    if not token:
        return False
    token = token.lower()
    if token in vocabulary:
        return True
    parts = re.split(r"[-_]", token)
    return any(
        "-".join(parts[i:j]) in vocabulary or "_".join(parts[i:j]) in vocabulary
        for i in range(len(parts))
        for j in range(i + 1, len(parts) + 1)
    )
