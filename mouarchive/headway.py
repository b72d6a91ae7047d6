"""How far the file being prepared has got: its articles read (split and extracted) so far.

`preparing.prepare` counts each article as it is done, and `workers` reads the count for
the line that names a file still worked on after `workers.SLOW_SECONDS`: a file of
thousands of articles then says it is moving, not only that it is slow (newcomer 58, 16).
In a worker process the count is a slot of memory shared with the main process, which
reads it there; in the main process, a list the watching thread reads.
"""

from __future__ import annotations

from collections.abc import MutableSequence

_counts: MutableSequence[int] = [0]
_slot = 0


def count_in(counts: MutableSequence[int], slot: int = 0, start: int = 0) -> None:
    """Count the next file's articles in `counts[slot]`, from `start` (in a worker the
    slot's high bits name the job: `workers._JOB_SHIFT`)."""
    global _counts, _slot
    _counts, _slot = counts, slot
    counts[slot] = start


def article_read() -> None:
    """One more article of the file read: `prepare` calls it as each is done."""
    _counts[_slot] += 1
