"""The owner's corrections as data: what one says, how it is applied over extraction, and
how it finds its target again after a re-extraction.

Extraction is re-run whenever the extractors improve, so an agreement's facts are always
recomputed from its reports and the corrections are applied last, in the order they were
made. Nothing here touches the database: `store.corrections` loads and saves these objects,
`curate` decides what to record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mouarchive.models import PartialDate

AGREEMENT_FIELDS = (
    "date",
    "status",
    "title",
    "kind",
    "place",
    "parties",
    "signatories",
    "regions",
    "clauses",
    "investment_krw",
    "jobs",
)
"""What `fix ID` can correct, in the order the agreement object lists them."""
ARTICLE_FIELDS = ("date", "outlet", "title", "url")
"""What `fix --article ID` (or re-adding a file with new metadata) can correct."""
LIST_FIELDS = ("parties", "signatories", "regions", "clauses")

ACTIONS = ("set", "add", "remove", "reject", "merge", "split", "delete", "record")
"""Every kind of correction (migration 0006's, and a signing recorded by hand)."""


@dataclass(frozen=True)
class Key:
    """What a correction is bound to, in terms that outlive re-extraction.

    A report is "the `position`-th signing of the article whose content hash is
    `article_sha`, read from the sentence at `evidence_start`". A removed file is its hash.
    """

    side: int = 0
    article_sha: str | None = None
    position: int | None = None
    evidence_start: int | None = None
    source_sha: str | None = None


@dataclass
class Correction:
    target: str  # "agreement", "article" or "source"
    action: str  # set, add, remove (a field); reject, merge, split, delete (a whole)
    keys: list[Key]
    label: str
    made_at: str
    field: str | None = None
    old: object = None
    new: object = None
    note: str | None = None
    undone_at: str | None = None
    id: int | None = None

    def as_json(self) -> dict:
        """The line `corrections --export` writes, read back by `--import`."""
        return {
            "id": self.id,
            "target": self.target,
            "action": self.action,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "note": self.note,
            "label": self.label,
            "made_at": self.made_at,
            "undone_at": self.undone_at,
            "keys": [
                {name: value for name, value in vars(key).items() if value is not None}
                for key in self.keys
            ],
        }

    @classmethod
    def from_json(cls, data: dict) -> Correction:
        """Raises ValueError (with a message for the user) for a line that is not one."""
        try:
            correction = cls(
                target=data["target"],
                action=data["action"],
                keys=[Key(**key) for key in data["keys"]],
                label=str(data.get("label") or ""),
                made_at=str(data["made_at"]),
                field=data.get("field"),
                old=data.get("old"),
                new=data.get("new"),
                note=data.get("note"),
                undone_at=data.get("undone_at"),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a correction ({error})") from None
        if correction.target not in ("agreement", "article", "source"):
            raise ValueError(f"unknown target {correction.target!r}")
        if correction.action not in ACTIONS:
            raise ValueError(f"unknown action {correction.action!r}")
        fields = AGREEMENT_FIELDS if correction.target == "agreement" else ARTICLE_FIELDS
        if correction.action in ("set", "add", "remove") and correction.field not in fields:
            raise ValueError(f"unknown field {correction.field!r}")
        if not correction.keys:
            raise ValueError("a correction needs at least one key")
        return correction

    def identity(self) -> str:
        """Two archives hold the same correction when this agrees: importing twice adds once."""
        data = self.as_json()
        for volatile in ("id", "undone_at", "label"):
            data.pop(volatile)
        if self.action != "remove":
            # The value a fix replaced is what this archive read, which another may read
            # otherwise; what a removal takes out is the removal itself ("공급망", then "청와대").
            data.pop("old")
        if self.action in _NAMES_IDS:
            # Ids of the archive it was made in, made this archive's on import: its keys say
            # what it is.
            data.pop("new")
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    def effect(self) -> str:
        """What the correction does, whoever made it when and why: two archives' owners
        who made the same one (the same manifest's url added in both) hold it once."""
        data = json.loads(self.identity())
        for volatile in ("made_at", "note"):
            data.pop(volatile, None)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


_NAMES_IDS = ("merge", "split", "delete")


def find_report(key: Key, reports: Sequence[tuple[int, int | None]]) -> int | None:
    """Which of an article's reports, given as (position, evidence start), `key` means.

    The sentence a signing was read from identifies it best: an improved extractor may find
    another signing earlier in the article and shift the positions. Several signings read
    from one sentence are told apart by position; an article with one report has no choice.
    A signing the owner recorded stands at a negative position (`mouarchive.recorded`),
    which only its own keys name, and which no key of a report read is taken for.
    Returns an index into `reports`, or None when the report is gone.
    """
    if key.position is not None and key.position < 0:
        return next((index for index, (at, _) in enumerate(reports) if at == key.position), None)
    read = [index for index, (at, _) in enumerate(reports) if at >= 0]
    if len(read) == 1:
        return read[0]
    same_sentence = [
        index
        for index in read
        if key.evidence_start is not None and reports[index][1] == key.evidence_start
    ]
    if len(same_sentence) == 1:
        return same_sentence[0]
    candidates = same_sentence or read
    return next((index for index in candidates if reports[index][0] == key.position), None)


# ---------------------------------------------------------------- applying


def _date_facts(iso: str | None) -> dict:
    date = PartialDate.parse_iso(iso) or PartialDate()
    return {
        "date": date.iso,
        "year": date.year,
        "month": date.month,
        "day": date.day,
        "date_precision": date.precision,
        "date_text": None,
    }


def _same(a: object, b: object) -> bool:
    """List members are compared by name: a signatory is the person, whatever the title."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.get("name") == b.get("name")
    return a == b


def apply(facts: dict, corrections: Sequence[Correction]) -> dict:
    """An agreement's merged facts with the owner's corrections applied over them.

    `facts` holds the agreement's columns (lists as lists); the result adds `rejected` and
    `corrected` (the corrected fields, in the agreement object's order). Corrections apply
    in the order made, so a later one wins; an addition already present or a removal of
    something absent changes nothing but still marks the field as the owner's. Merges make
    one exception (`merge_order`).
    """
    facts = {key: list(value) if isinstance(value, list) else value for key, value in facts.items()}
    touched: set[str] = set()
    rejected = False
    for correction in merge_order(corrections):
        name = correction.field
        if correction.action == "reject":
            rejected = True
            touched.add("rejected")
        elif correction.action in ("merge", "split"):
            touched.add("sources")
        elif correction.action == "record":
            touched.add("recorded")
        elif name == "date":
            facts.update(_date_facts(correction.new))  # type: ignore[arg-type]
            touched.add(name)
        elif name == "regions":
            _apply_regions(facts, correction)
            touched.add(name)
        elif name in LIST_FIELDS:
            value = correction.new if correction.action == "add" else correction.old
            kept = [v for v in facts[name] if not _same(v, value)]
            if correction.action == "add":
                kept.append(correction.new)
            facts[name] = kept
            touched.add(name)
            if name == "parties" and correction.action == "add":
                _add_party_region(facts, str(correction.new), corrections)
        elif name is not None:
            facts[name] = correction.new
            touched.add(name)
    facts["rejected"] = rejected
    order = (*AGREEMENT_FIELDS, "sources", "recorded", "rejected")
    facts["corrected"] = [name for name in order if name in touched]
    return facts


def merge_order(corrections: Sequence[Correction]) -> list[Correction]:
    """The corrections in the order they apply: as made, except that what the owner set on
    an agreement before merging it into another yields to what was set on the one it joined.

    Merging #8 into #9 keeps #9, so #9's corrected place stands even when #8's was corrected
    later; a field only #8's owner corrected still carries over. Each merge a correction's
    agreement was absorbed by moves it one step earlier, so in a chain of merges the
    agreement that finally kept its id wins.
    """
    absorbed_by = {
        id(correction): sum(
            1
            for merge in corrections
            if merge.action == "merge"
            and (merge.id or 0) > (correction.id or 0)
            and _only_on_absorbed_side(correction, merge)
        )
        for correction in corrections
        if correction.action in ("set", "add", "remove")
    }
    ranked = sorted(
        enumerate(corrections), key=lambda item: (-absorbed_by.get(id(item[1]), 0), item[0])
    )
    return [correction for _, correction in ranked]


def set_aside(corrections: Sequence[Correction]) -> dict[int, int]:
    """The value corrections that gave way in a merge (`merge_order`), each with the merge's
    id: what `show` no longer credits and `corrections` marks, so the one that stands reads as
    the owner's word."""
    ordered = merge_order(corrections)
    aside: dict[int, int] = {}
    for k, correction in enumerate(ordered):
        if correction.action != "set" or correction.id is None:
            continue
        overridden = any(
            later.action == "set" and later.field == correction.field for later in ordered[k + 1 :]
        )
        merge = next(
            (
                m
                for m in corrections
                if m.action == "merge"
                and (m.id or 0) > correction.id
                and _only_on_absorbed_side(correction, m)
            ),
            None,
        )
        if overridden and merge is not None and merge.id is not None:
            aside[correction.id] = merge.id
    return aside


def _only_on_absorbed_side(correction: Correction, merge: Correction) -> bool:
    """Whether the correction was bound to reports the merge took into another agreement."""

    def report(key: Key) -> tuple[str | None, int | None]:
        return key.article_sha, key.position

    mine = {report(key) for key in correction.keys}
    absorbed = {report(key) for key in merge.keys if key.side > 0}
    kept = {report(key) for key in merge.keys if key.side == 0}
    return bool(mine & absorbed) and not mine & kept


def kept_keys(fix: Correction, later: Sequence[Correction]) -> list[Key]:
    """The keys of a fix whose agreement the owner never named here (imported before its
    articles) that the signing it was made on still holds, after the merges and splits
    `later` parted it: a split made after it leaves the fix with the side that kept the id
    (its side 0), and so does a merge made before it and undone after it. Its first key
    alone might be one a split took away (review 57 c, 2: the fix landed on the signing
    split off, and was named after it)."""
    keys = list(fix.keys)
    for grouping in later:
        kept = spots(key for key in grouping.keys if key.side == 0)
        parted = spots(key for key in grouping.keys if key.side > 0)
        staying = [key for key in keys if spots([key]) & kept]
        if staying and any(spots([key]) & parted for key in keys):
            keys = [key for key in keys if not spots([key]) & parted]
    return keys


def parts_after(fix: Correction, grouping: Correction) -> bool:
    """Whether a merge or split parted the signing `fix` was made on after it was made:
    a split made after it, in force, or a merge made before it and undone after it."""
    if grouping.action == "split":
        return grouping.undone_at is None and (grouping.id or 0) > (fix.id or 0)
    return (
        grouping.action == "merge"
        and grouping.undone_at is not None
        and (grouping.id or 0) < (fix.id or 0)
        and grouping.undone_at >= fix.made_at
    )


def spots(keys: Iterable[Key]) -> set[tuple[str | None, int | None]]:
    """Where keys point: (article hash, report position), as two corrections compare."""
    return {(key.article_sha, key.position) for key in keys}


def removed_items(corrections: Sequence[Correction], shown: Sequence[str]) -> set[str]:
    """The item texts the owner removed from an agreement and did not add back.

    Applied to every article's item of that text, not only to the one `show` listed: another
    outlet's report of the same signing repeats the item, and it is no agreed item either.
    """
    named = {c.old for c in corrections if c.field == "clauses" and c.action == "remove"}
    return {text for text in named if isinstance(text, str)} - set(shown)


def _apply_regions(facts: dict, correction: Correction) -> None:
    """Regions the owner names are certain: they leave the ambiguous readings."""
    if correction.action == "add":
        _add_region(facts, str(correction.new))
        return
    open_before = facts["ambiguous_regions"]
    if correction.action == "set":
        facts["regions"] = list(correction.new)  # type: ignore[arg-type]
        facts["ambiguous_regions"] = []
    else:
        facts["regions"] = [r for r in facts["regions"] if r != correction.old]
        facts["ambiguous_regions"] = [r for r in open_before if r != correction.old]
    _settle_parties(facts, [r for r in open_before if r not in facts["ambiguous_regions"]])


def _add_region(facts: dict, name: str) -> None:
    """A region the owner adds is certain. Naming one reading of a bare 광주시 settles it:
    the other reading goes too, and so does the party stored under it."""
    from mouarchive.extract.regions import readings

    open_before = facts["ambiguous_regions"]
    facts["regions"] = [r for r in facts["regions"] if r != name] + [name]
    facts["ambiguous_regions"] = [r for r in open_before if r not in readings(name)]
    _settle_parties(facts, [r for r in open_before if r not in facts["ambiguous_regions"]])


def _settle_parties(facts: dict, settled: list[str]) -> None:
    """Extraction stores the party a bare 광주시 names under its likelier reading; once the
    owner's regions say which 광주 it is, the party is that one too, or `show` and
    `timeline` would list 광주광역시 beside the region 경기도 광주시."""
    chosen = [name for name in settled if name in facts["regions"]]
    if len(chosen) != 1:
        return
    (reading,) = chosen

    def settle(name: str | None) -> str | None:
        return reading if name in settled else name

    facts["parties"] = list(dict.fromkeys(settle(name) for name in facts["parties"]))
    facts["signatories"] = [
        {**s, "organization": settle(s.get("organization"))} for s in facts["signatories"]
    ]


def _add_party_region(facts: dict, party: str, corrections: Sequence[Correction]) -> None:
    """A party the owner adds brings its region, as extraction's parties do (a local
    government, one of its offices, or a place's own body such as 울산광역시교육청), unless
    the owner chose the regions: a `--region` list, or a removal of that very region.

    A region that is one reading of a bare 광주시 the text left open settles it, as
    `--add-region` does: `fix --add-party "경기도 광주시"` answers the question, and the
    party stored under the other reading becomes the one added (else it stayed "지역 모호"
    beside it, and the agreement was counted twice under one label)."""
    from mouarchive.extract.orgnames import region_lookup, region_of_party
    from mouarchive.extract.party_regions import body_region

    found = region_of_party(party, region_lookup("")) or body_region(party, "")
    if found is None or found.ambiguous:
        return
    if any(
        c.field == "regions"
        and (c.action == "set" or (c.action == "remove" and c.old == found.name))
        for c in corrections
    ):
        return
    if found.name in facts["ambiguous_regions"]:
        _add_region(facts, found.name)
    elif found.name not in facts["regions"]:
        facts["regions"].append(found.name)


def article_value(original: object, corrections: Sequence[Correction]) -> object:
    """An article field's value: the last active correction's, else what extraction read."""
    value = original
    for correction in corrections:
        if correction.undone_at is None:
            value = correction.new
    return value


# ---------------------------------------------------------------- describing


def show_value(value: object) -> str:
    """A value as the correction listing prints it."""
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, dict):
        return " ".join(str(value[k]) for k in ("organization", "title", "name") if value.get(k))
    if isinstance(value, list):
        return ", ".join(show_value(v) for v in value)
    return str(value)


def describe(correction: Correction, *, applied: bool = False) -> str:
    """One line: what changed, old → new (amounts as Korean readers write them); `applied`:
    the correction applies to something here now."""
    old, new = show_value(correction.old), show_value(correction.new)
    if correction.field in ("investment_krw", "jobs"):
        from mouarchive.render import won

        def amount(value: object) -> str:
            if not isinstance(value, int) or not value:
                return "-"
            return (won(value) or "-") if correction.field == "investment_krw" else f"{value:,}명"

        old, new = amount(correction.old), amount(correction.new)
    # The field as `show` and `fix` name it ("investment", not the column investment_krw).
    field = "investment" if correction.field == "investment_krw" else correction.field
    if correction.action == "set":
        return f"{field}: {old} → {new}"
    if correction.action == "add":
        return f"{field}: + {new}"
    if correction.action == "remove":
        return f"{field}: − {old}"
    if correction.action == "reject":
        return "rejected: not an agreement"
    if correction.action == "record":
        from mouarchive.recorded import told

        return f"recorded by hand: {told(correction.new)}"
    # Imported before their articles, a merge's or split's sides had no ids here: once the
    # articles are added it applies, and says so (review 56 c, 6), with no ids it never had.
    waited = "imported before their articles" if applied else "not in this archive yet"
    if correction.action == "merge":
        if not correction.old:
            return f"merged signings {waited}"
        merged = ", ".join(f"#{i}" for i in correction.old)  # type: ignore[union-attr]
        return f"merged {merged} into #{correction.new}"
    if correction.action == "split":
        if not correction.new:
            return f"split signings {waited}"
        articles = ", ".join(str(i) for i in correction.new)  # type: ignore[union-attr]
        return f"article {articles} split off #{correction.old} as another signing"
    gone = correction.new if correction.target == "source" else None
    gone = gone if isinstance(gone, list) else []
    if not gone:
        return f"removed {old}"
    shown = ", ".join(f"a{i}" for i in gone[:_GONE_SHOWN])
    more = f" and {len(gone) - _GONE_SHOWN} more" if len(gone) > _GONE_SHOWN else ""
    return f"removed {old} (with {shown}{more})"


_GONE_SHOWN = 5  # articles a file's removal names in the listing
