"""Which party of an agreement is the one read from a bare 광주시 the text left open, in SQL.

Extraction stores such a party under one reading (광주광역시) and the agreement's readings
in `ambiguous_regions` (광주광역시, 경기도 광주시). `show` and `timeline` print the party as
its readings (`timeline.is_ambiguous_party`); the listings that count, export or filter
parties in SQL ask the same question here, so none of them counts that party as the one
reading it was stored under.
"""

from __future__ import annotations

AMBIGUOUS_MARK = "지역 모호"
"""How a place the text left open is marked wherever it is printed."""


def ambiguous_party(name: str, g: str = "g") -> str:
    """SQL, true when party `name` (an SQL expression) of agreement `g` (its alias) is such a
    party: its name, or the region its report read it in, is one of the agreement's readings."""
    return (
        f"({g}.ambiguous_regions != '[]'"
        f" AND ({name} IN (SELECT value FROM json_each({g}.ambiguous_regions))"
        " OR EXISTS (SELECT 1 FROM parties p JOIN reports r ON r.id = p.report_id"
        f" WHERE r.agreement_id = {g}.id AND p.name = {name}"
        f" AND p.region IN (SELECT value FROM json_each({g}.ambiguous_regions)))))"
    )


def ambiguous_label(g: str = "g") -> str:
    """SQL: such a party of agreement `g` as it is printed, its readings and the mark
    ("광주광역시 / 경기도 광주시 (지역 모호)")."""
    return (
        f"(SELECT group_concat(value, ' / ') FROM json_each({g}.ambiguous_regions))"
        f" || ' ({AMBIGUOUS_MARK})'"
    )


def asked_reading(g: str = "g") -> str:
    """SQL, true when agreement `g` has such a party and one of its readings is among the
    party names bound to its one parameter (a JSON array): `--party "경기도 광주시"` finds the
    bare 광주시 stored as 광주광역시, as `--region "경기 광주"` finds its agreement."""
    return (
        f"(EXISTS (SELECT 1 FROM json_each({g}.ambiguous_regions) reading"
        " WHERE reading.value IN (SELECT value FROM json_each(?)))"
        f" AND EXISTS (SELECT 1 FROM json_each({g}.parties) j"
        f" WHERE {ambiguous_party('j.value', g)}))"
    )
