"""Data never drives a terminal: every string that came from outside (article text, file
names, URLs, outlets from a manifest, notes) is neutralised on its way out, in every format.

Tables and CSV lose the control characters (newline and tab kept); JSON keeps them, escaped,
so a program reading it gets the exact value back. The JSON encoder already escapes C0
controls; C1 controls (U+0080–U+009F, among them U+009B, a one-character "ESC [") and DEL
it would write raw, so they are escaped here too. Bidi controls (U+202E and its kin) are
treated the same way: they drive no cursor, but they reorder what a terminal shows, so a
file named "기사<U+202E>txt.exe.txt" would print as something it is not.
"""

from __future__ import annotations

import json
import re
from typing import Any

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
_RAW_IN_JSON = re.compile(f"[\\x7f-\\x9f{_BIDI}]")


def strip_controls(value: object) -> str:
    """Text with every terminal control and bidi control removed (newline and tab kept)."""
    return _CONTROL.sub("", "" if value is None else str(value))


_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r", "\t": "\\t"})


def one_line(value: object) -> str:
    """A file name or URL for a line of its own: controls removed as `strip_controls` does,
    and a line break or tab inside the name shown as \\n, \\r, \\t, so that one failure
    stays one line and the name can still be told."""
    return strip_controls(value).translate(_BREAKS)


def json_dumps(value: Any, *, indent: int | None = None) -> str:
    """`json.dumps` with Korean readable and every control character escaped.

    Outside strings JSON is plain ASCII, so escaping these characters wherever they occur
    changes only string contents, and not their meaning.
    """
    return escape_raw_controls(json.dumps(value, ensure_ascii=False, indent=indent))


def escape_raw_controls(dumped: str) -> str:
    """JSON text with the controls the encoder writes raw (DEL, C1, bidi) escaped."""
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)
