"""The one error every reader raises for an input it cannot read."""

from __future__ import annotations

from mouarchive.text.decode import DecodeError


class ReadError(DecodeError):
    """An input no reader can turn into text; the message is one short line for the user.

    A `DecodeError`, so `add` reports it like an undecodable text file: that file fails,
    the others still go in.
    """
