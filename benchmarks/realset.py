"""Score mouarchive end to end on the real-article set (`tests/real/labels.json`).

The texts are third-party articles and never enter the repo: `tests/real/README.md` says how
to rebuild them into a folder of your own. This module adds that folder to a fresh archive the
way a user would (`mouarchive add --manifest`, with each article's URL unless `--no-url`),
exports the agreements and articles as JSON lines, and scores those exports against the labels,
so what is measured is exactly what a user gets, merges across outlets included.

How the exports are scored, beyond `evaluate.py`'s per-agreement rules (which are reused):

* An article's predicted agreements are the exported agreements that list it among their
  sources; a merged agreement is scored with its merged facts.
* ``date_day``: of the gold agreements whose signing day is known, the share whose exported
  date is exactly right (the full date, or the day alone when the gold knows only the day).
  An agreement that was not found counts as wrong. A signing reported by several articles
  is expected to carry the most complete date any of its reports gives ("26일" in one
  outlet, 2023-06-26 in another: the agreement is dated 2023-06-26), and the longest list
  of agreed items any of them gives, as the archive shows one agreement per signing; another
  signing its article tells by the same bare day is on that date too (since stop 38).
* ``published``: of the articles whose publication day is known, the share stored with it.
* ``regions`` are compared at 광역 level.
* ``party_lists``: the share of gold agreements whose exported party list is exactly right
  (nothing missing, no fragment added); stricter than the parties F1.
* ``clause_count``: of the gold agreements whose article lists the agreed items, the share
  with exactly as many exported clauses.
* ``title``: of the gold agreements the article names ("'상생발전을 위한 업무협약'", "투자유치에
  관한 협약"), the share whose exported title is the same once spaces and quotes are dropped.
* ``place``: of the gold agreements whose venue the article gives, the share whose exported
  place names it: one contains the other once spaces and bracketed asides are dropped ("시청
  대회의실" for "포항시청 대회의실"), and the contained one is more than an ending ("실").
* ``merges``: every pair of articles of one same-event group should share one agreement; every
  other pair of articles sharing an agreement is a false merge.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mouarchive.preparing import EXTRACTION_FAILED

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ROOT / "mouarchive" / "data" / "regions.json"
# The day a year-less date's words give: "26일", a broadcaster's "오늘(6/8)", a notice's
# "9.4(목)".
_DAY = re.compile(
    r"(\d{1,2})\s*일|\d{1,2}\s*\\?/\s*(\d{1,2})\)|(?<![\d.])\d{1,2}\.(\d{1,2})\s?\([월화수목금토일]\)"
)
# Spaces, quotes, and the kind's Latin name in brackets after it ("업무협약(MOU)").
# Quotes, spaces and the many middle dots outlets write ("환경·교통", "환경ㆍ교통", "환경‧교통")
# are no wording of a title.
_TITLE_NOISE = re.compile(r"[\s'\"‘’“”「」『』·․‧∙・･ㆍ]+|\((?:MOU|MOC|MOA|LOI)\)$")
_PLACE_NOISE = re.compile(r"\([^()]*\)|\s+")
_MIN_VENUE = 3

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as ev  # noqa: E402  (sibling scripts, not a package)
from realparts import LABELS, load_labels, missing_texts, select  # noqa: E402


@dataclass
class Share:
    """A hit rate: `hits` of `total` (1.0 when there is nothing to get right)."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 1.0


@dataclass
class RealScores:
    """Everything the real set measures, plus what went wrong, article by article."""

    tallies: dict[str, ev.Tally] = field(default_factory=dict)
    shares: dict[str, Share] = field(default_factory=dict)
    false_merges: list[tuple[str, str]] = field(default_factory=list)
    details: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Labelled articles of the part whose texts the folder lacks (`--available` only).
    unscored: int = 0

    def tally(self, name: str) -> ev.Tally:
        return self.tallies.setdefault(name, ev.Tally())

    def share(self, name: str) -> Share:
        return self.shares.setdefault(name, Share())


# ---------------------------------------------------------------- labels


def province_of(name: str, table: dict[str, str]) -> str | None:
    """The 광역 a region name belongs to ("경기도 광주시" → 경기도, "전라북도" → 전북특별자치도)."""
    head = name.split()[0] if name.split() else name
    return table.get(head)


def province_table(path: Path = REGIONS) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for province in data["provinces"]:
        names = [province["name"], *province["aliases"], *(f["name"] for f in province["former"])]
        for name in names:
            table[name] = province["name"]
    return table


def gold_record(label: dict[str, Any], provinces: dict[str, str]) -> ev.Record:
    record = ev.gold_record(label)
    regions = {province_of(r, provinces) or r for r in label.get("regions", [])}
    return ev.Record(**{**record.__dict__, "regions": tuple(sorted(regions))})


def predicted_record(agreement: dict[str, Any], provinces: dict[str, str]) -> ev.Record:
    """An exported agreement object reduced to what is scored."""
    regions = {province_of(r, provinces) or r for r in agreement.get("regions") or []}
    return ev.Record(
        date=agreement.get("date"),
        precision=agreement.get("date_precision") or "unknown",
        status=agreement.get("status") or "signed",
        kinds=ev._alternatives(agreement.get("kind")),
        parties=tuple((name,) for name in agreement.get("parties") or []),
        signatories=tuple(s["name"] for s in agreement.get("signatories") or []),
        regions=tuple(sorted(regions)),
        clauses=tuple(agreement.get("clauses") or []),
        clauses_stated=agreement.get("clauses_stated"),
    )


# ---------------------------------------------------------------- running the archive


def run_archive(
    texts: Path, articles: Sequence[dict[str, Any]], *, with_urls: bool, workdir: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`mouarchive add --manifest`, then export agreements and articles as JSON lines."""
    manifest = workdir / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "url"])
        for article in articles:
            url = article.get("url") if with_urls else None
            writer.writerow([str(texts / f"{article['id']}.txt"), url or ""])
    db = workdir / "real.db"
    base = [sys.executable, "-m", "mouarchive", "--db", str(db)]
    # Run from the work folder: `python -m` puts the current folder first on the path, and
    # the installed mouarchive, not a checkout that happens to be the current folder, is
    # what is being scored.
    env = {**os.environ, "NO_COLOR": "1"}
    added = subprocess.run(
        [*base, "add", "--format", "json", "--manifest", str(manifest)],
        check=False,
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
    )
    if added.returncode != 0:
        # A text the archive refused scores as missed; say so rather than let the numbers
        # fall without a word.
        sys.stderr.write(f"add exited {added.returncode}:\n{added.stderr}")
    # An article whose extraction failed is kept without its agreements: its fields score as
    # missed, so the run names each rather than let a bug pass for a weak rule.
    for warned in _warnings(added.stdout):
        if EXTRACTION_FAILED in warned["warning"]:
            sys.stderr.write(f"{warned['path']}: {warned['warning']}\n")

    def export(what: str) -> list[dict[str, Any]]:
        out = subprocess.run(
            [*base, "export", "--what", what, "--format", "jsonl"],
            check=True,
            env=env,
            cwd=workdir,
            capture_output=True,
            text=True,
        ).stdout
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    return export("agreements"), export("articles")


def _warnings(summary: str) -> list[dict[str, str]]:
    """The warnings of `add --format json`'s summary, or none when it printed no summary."""
    try:
        return json.loads(summary).get("warnings", [])
    except (ValueError, AttributeError):
        return []


# ---------------------------------------------------------------- scoring


def _day_of(record_date: str | None, precision: str, date_text: str | None) -> int | None:
    if precision != "day":
        return None
    if record_date:
        return int(record_date[-2:])
    found = _DAY.search(date_text or "")
    return int(next(g for g in found.groups() if g)) if found else None


def date_exact(gold: dict[str, Any], pred: dict[str, Any] | None) -> bool:
    """The exported date is the signing day: the full date when the gold knows it, the day
    alone (and no invented year) when it does not."""
    if pred is None or pred.get("date_precision") != "day":
        return False
    if gold.get("date") and gold.get("date_precision") == "day":
        return pred.get("date") == gold["date"]
    day = pred.get("day") or _day_of(pred.get("date"), "day", pred.get("date_text"))
    return pred.get("date") is None and day == gold.get("day")


def score(
    labelled: Sequence[dict[str, Any]],
    agreements: Sequence[dict[str, Any]],
    articles: Sequence[dict[str, Any]],
    texts: Path,
) -> RealScores:
    """Score one run's exports against the labels of `labelled`."""
    provinces = province_table()
    result = RealScores()
    by_path: dict[str, list[dict[str, Any]]] = defaultdict(list)
    published: dict[str, str | None] = {}
    # One article found in two files (a repost with the same body) is kept once, and an
    # agreement's sources name only its first path: the text at every path reports it.
    paths_of: dict[int | None, list[str]] = {}
    for article in articles:
        paths = paths_of[article.get("id")] = _paths(article.get("paths"))
        for path in paths:
            published[path] = article.get("published")
    for agreement in agreements:
        for source in agreement.get("sources", []):
            for path in paths_of.get(source["article_id"]) or [source["path"]]:
                by_path[path].append(agreement)
    paired_ids: dict[str, dict[int, int]] = {}
    labelled = with_event_facts(labelled)
    for label in labelled:
        path = str((texts / f"{label['id']}.txt").resolve())
        preds = _unique(by_path.get(path, []))
        _score_published(result, label, published.get(path))
        paired_ids[label["id"]] = _score_article(result, label, preds, provinces)
    _score_merges(result, labelled, by_path, paired_ids, texts)
    return result


def with_event_facts(labelled: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The labels, with each same-event agreement given what its group's reports say at
    their fullest, since the merged agreement should carry it: the most complete date (when
    it agrees on the day), the longest list of agreed items, and `signed` once any report
    tells the signing done (a preview's agreement is the one signed later)."""
    dated: dict[str, dict[str, Any]] = {}
    listed: dict[str, dict[str, Any]] = {}
    signed: set[str] = set()
    for label in labelled:
        event = label.get("event")
        agreement = _event_agreement(label)
        if not (event and agreement):
            continue
        if agreement.get("status") == "signed":
            signed.add(event)
        if _completeness(agreement) > _completeness(dated.get(event)):
            dated[event] = agreement
        if agreement.get("clauses_listed") and len(agreement.get("clauses") or []) > len(
            (listed.get(event) or {}).get("clauses") or []
        ):
            listed[event] = agreement
    out = []
    for label in labelled:
        agreement = _event_agreement(label)
        event = label.get("event") or ""
        if agreement is None or not event:
            out.append(label)
            continue
        fuller = dict(agreement)
        best = dated.get(event)
        if best and _same_day_or_unsaid(agreement, best):
            fuller.update({key: best[key] for key in _DATE_KEYS})
        if event in signed:
            fuller["status"] = "signed"
        longest = listed.get(event)
        if longest is not None:
            fuller.update({key: longest[key] for key in ("clauses", "clauses_listed")})
        own = label.get("event_agreement", 0)
        agreements = [
            fuller if k == own else _same_story_day(other, fuller)
            for k, other in enumerate(label["agreements"])
        ]
        out.append({**label, "agreements": agreements})
    return out


def _same_story_day(agreement: dict[str, Any], dated: dict[str, Any]) -> dict[str, Any]:
    """Another signing of the article told by the same bare day ("24일") as the one its group
    dates in full: one article's "24일" is one day, so that signing carries the full date too."""
    if (
        agreement.get("date") is None
        and agreement.get("day")
        and agreement["day"] == dated.get("day")
        and dated.get("date")
        and dated.get("date_precision") == "day"
    ):
        return {**agreement, **{key: dated[key] for key in _DATE_KEYS}}
    return agreement


_DATE_KEYS = ("date", "date_precision", "day")


def _same_day_or_unsaid(agreement: dict[str, Any], best: dict[str, Any]) -> bool:
    """Whether a report's own date is the group's best date, or a part of it, or unsaid: an
    article that only says a signing was done ("체결했다고 10일 밝혔다") reports the signing
    its group dates, and the merged agreement carries that date."""
    if agreement.get("day"):
        return agreement["day"] == best["day"]
    return (best.get("date") or "").startswith(agreement.get("date") or "")


def _event_agreement(label: dict[str, Any]) -> dict[str, Any] | None:
    agreements = label.get("agreements") or []
    index = label.get("event_agreement", 0)
    return agreements[index] if index < len(agreements) else None


def _completeness(agreement: dict[str, Any] | None) -> int:
    if not agreement or not agreement.get("day"):
        return 0
    return 1 + len(agreement.get("date") or "")


def _paths(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [p for p in str(value or "").split("; ") if p]


def _unique(agreements: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return list({a["id"]: a for a in agreements}.values())


def _score_published(result: RealScores, label: dict[str, Any], got: str | None) -> None:
    want = label.get("published")
    if want and len(want) == 10:
        hit = got == want
        result.share("published").add(hit)
        if not hit:
            result.details[label["id"]].append(f"published: want {want}, got {got}")


def _score_article(
    result: RealScores,
    label: dict[str, Any],
    preds: list[dict[str, Any]],
    provinces: dict[str, str],
) -> dict[int, int]:
    """Per-agreement scores for one article; returns gold index → exported agreement id."""
    gold_labels = label.get("agreements", [])
    gold = [gold_record(g, provinces) for g in gold_labels]
    pred = [predicted_record(p, provinces) for p in preds]
    board = ev.score_file(gold, pred)
    for name, tally in board.tallies.items():
        if name != "merges":
            result.tally(name).add(tally.tp, tally.fp, tally.fn)
    pairs = dict(ev.match_agreements(gold, pred))
    notes = result.details[label["id"]]
    for gi, (g_label, g) in enumerate(zip(gold_labels, gold, strict=True)):
        p = preds[pairs[gi]] if gi in pairs else None
        p_record = pred[pairs[gi]] if gi in pairs else None
        if p is None:
            notes.append(f"missed agreement {gi + 1}: {_names(g.parties)}")
        if g_label.get("day") or g_label.get("date_precision") == "day":
            hit = date_exact(g_label, p)
            result.share("date_day").add(hit)
            if not hit and p is not None:
                notes.append(
                    f"date: want {g_label.get('date') or g_label.get('day')}, "
                    f"got {p.get('date')} ({p.get('date_precision')}, {p.get('date_text')!r})"
                )
        exact = p_record is not None and _party_set(g, p_record)
        result.share("party_lists").add(exact)
        if p_record is not None and not exact:
            notes.append(f"parties: want {_names(g.parties)}, got {list(p['parties'])}")
        if p_record is not None and g.kinds and not set(g.kinds) & set(p_record.kinds):
            notes.append(f"kind: want {list(g.kinds)}, got {list(p_record.kinds)}")
        if p_record is not None and g.status != p_record.status:
            notes.append(f"status: want {g.status}, got {p_record.status}")
        if p_record is not None and {ev.normalise_name(n) for n in g.signatories} != {
            ev.normalise_name(n) for n in p_record.signatories
        }:
            notes.append(
                f"signatories: want {list(g.signatories)}, got {list(p_record.signatories)}"
            )
        if p_record is not None and set(g.regions) != set(p_record.regions):
            notes.append(f"regions: want {list(g.regions)}, got {list(p_record.regions)}")
        _score_title_place(result, notes, g_label, p)
        if g_label.get("clauses_listed"):
            count = len(p_record.clauses) if p_record else -1
            result.share("clause_count").add(count == len(g.clauses))
            if p_record is not None and count != len(g.clauses):
                notes.append(f"clauses: want {len(g.clauses)}, got {count}")
        for key in ("investment_krw", "jobs"):
            if p is not None:
                ev._score_exact(result.tally(key), g_label.get(key), p.get(key))
                if g_label.get(key) != p.get(key):
                    notes.append(f"{key}: want {g_label.get(key)}, got {p.get(key)}")
            elif g_label.get(key) is not None:
                result.tally(key).add(fn=1)
    for pi, p in enumerate(preds):
        if pi not in pairs.values():
            notes.append(f"spurious agreement: {p.get('parties')}")
    return {gi: preds[pi]["id"] for gi, pi in pairs.items()}


def title_matches(gold: str, got: str | None) -> bool:
    """The same title once spaces, quotes, middle dots and a closing "(MOU)" are dropped."""
    return got is not None and _TITLE_NOISE.sub("", gold) == _TITLE_NOISE.sub("", got)


def place_matches(gold: str, got: str | None) -> bool:
    """The exported place names the venue: one contains the other (spaces and bracketed
    asides dropped), and the shorter is a venue, not an ending like "실"."""
    if not got:
        return False
    want, have = _PLACE_NOISE.sub("", gold), _PLACE_NOISE.sub("", got)
    shorter = min(want, have, key=len)
    return want == have or (len(shorter) >= _MIN_VENUE and (want in have or have in want))


def _score_title_place(
    result: RealScores, notes: list[str], gold: dict[str, Any], pred: dict[str, Any] | None
) -> None:
    for key, matches in (("title", title_matches), ("place", place_matches)):
        want = gold.get(key)
        if not want:
            continue
        got = pred.get(key) if pred else None
        hit = matches(want, got)
        result.share(key).add(hit)
        if not hit and pred is not None:
            notes.append(f"{key}: want {want!r}, got {got!r}")


def _names(parties: Sequence[Sequence[str]]) -> list[str]:
    return [aliases[0] for aliases in parties]


def _party_set(gold: ev.Record, pred: ev.Record) -> bool:
    _tp, fp, fn = ev.match_sets(ev._party_keys(gold.parties), ev._pred_party_keys(pred))
    return fp == 0 and fn == 0


def _score_merges(
    result: RealScores,
    labelled: Sequence[dict[str, Any]],
    by_path: dict[str, list[dict[str, Any]]],
    paired: dict[str, dict[int, int]],
    texts: Path,
) -> None:
    events: dict[str, list[str]] = defaultdict(list)
    for label in labelled:
        if label.get("event"):
            events[label["event"]].append(label["id"])
    merges = result.tally("merges")
    index = {label["id"]: label.get("event_agreement", 0) for label in labelled}
    for members in events.values():
        for a, b in itertools.combinations(sorted(members), 2):
            left, right = paired[a].get(index[a]), paired[b].get(index[b])
            if left is not None and left == right:
                merges.add(tp=1)
            else:
                merges.add(fn=1)
                result.details[a].append(f"not merged with {b}")
    event_of = {label["id"]: label.get("event") for label in labelled}
    id_of = {str((texts / f"{label['id']}.txt").resolve()): label["id"] for label in labelled}
    sharing: dict[int, set[str]] = defaultdict(set)
    for path, agreements in by_path.items():
        if path in id_of:
            for agreement in agreements:
                sharing[agreement["id"]].add(id_of[path])
    for members in sharing.values():
        for a, b in itertools.combinations(sorted(members), 2):
            if not event_of[a] or event_of[a] != event_of[b]:
                merges.add(fp=1)
                result.false_merges.append((a, b))
                result.details[a].append(f"falsely merged with {b}")


# ---------------------------------------------------------------- reporting

SHARE_ORDER = ("date_day", "published", "party_lists", "clause_count", "title", "place")
TALLY_ORDER = (
    "agreements",
    "dates",
    "parties",
    "signatories",
    "regions",
    "clauses",
    "clauses_stated",
    "status",
    "kind",
    "investment_krw",
    "jobs",
    "merges",
)


def as_json(scores: RealScores) -> dict[str, Any]:
    out: dict[str, Any] = {name: scores.tally(name).scores() for name in TALLY_ORDER}
    for name in SHARE_ORDER:
        share = scores.share(name)
        out[name] = {"rate": share.rate, "hits": share.hits, "total": share.total}
    out["false_merges"] = [list(pair) for pair in scores.false_merges]
    out["unscored"] = scores.unscored
    return out


def format_report(scores: RealScores, *, details: bool) -> str:
    lines = [f"{'metric':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name in TALLY_ORDER:
        s = scores.tally(name).scores()
        lines.append(
            f"{name:<15}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
            f"{int(s['tp']):>6}{int(s['fp']):>6}{int(s['fn']):>6}"
        )
    lines.append("")
    for name in SHARE_ORDER:
        share = scores.share(name)
        lines.append(f"{name:<15}{share.rate:>7.3f}  ({share.hits} of {share.total})")
    lines.append(f"{'false merges':<15}{len(scores.false_merges):>7}")
    if scores.unscored:
        lines.append(
            f"not scored: {scores.unscored} of this part's articles, whose texts the folder lacks"
        )
    if details:
        lines.append("")
        for article_id in sorted(scores.details):
            for note in scores.details[article_id]:
                lines.append(f"{article_id}: {note}")
    return "\n".join(lines)


def evaluate_real(
    texts: Path,
    *,
    part: str = "tuning",
    with_urls: bool = True,
    labels_path: Path = LABELS,
    available: bool = False,
) -> RealScores:
    """Score the part's articles; a text missing from `texts` is an error, unless `available`
    asks to score those the folder holds (a rebuild takes more look-ups than one session has,
    tests/real/README.md), and the report says how many were left out."""
    labels = load_labels(labels_path)
    chosen = select(labels, part)
    missing = missing_texts(texts, chosen)
    if missing and not available:
        raise SystemExit(
            f"{len(missing)} texts missing from {texts} ({', '.join(missing[:5])} …): "
            "rebuild them as tests/real/README.md says, or score those there with --available"
        )
    absent = set(missing)
    chosen = [article for article in chosen if article["id"] not in absent]
    with tempfile.TemporaryDirectory(prefix="mouarchive-real-") as tmp:
        agreements, articles = run_archive(
            texts.resolve(), chosen, with_urls=with_urls, workdir=Path(tmp)
        )
    scores = score(chosen, agreements, articles, texts.resolve())
    scores.unscored = len(absent)
    return scores
