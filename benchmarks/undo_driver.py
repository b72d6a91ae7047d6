"""Random merges, splits, fixes, records and undos on examples/articles, the ids checked after every
step, not only once every correction is undone (review 55 b, S3: the states along the way
are where an undo went wrong).

    python benchmarks/undo_driver.py 0-200        # seeds; prints each flagged one's steps

After each step:
- same-set: the corrections in force are a set met before (an undo took the archive back to
  it): every report sits where it sat then, under the same id;
- kept-id: a group of reports the step did not change keeps its id, unless the correction
  undone gave or kept that id (a merge's record, a split's message) or the id is the one
  its reports had before any correction (an undo gives that back: review 53 a2, B2);
- told: an id `split` names ("stays #N", "now agreement #N") is held;
- parts / holds: a split in force parts its article, a merge in force holds its sides
  together, unless a later one in force undid that or an older one shaped its sides.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.cli_runner import run_cli  # noqa: E402

EXAMPLES = ROOT / "examples" / "articles"
PLACES = ["가람홀", "누리관", "다온센터", "라온홀", "마루관", "바다홀"]
# Parties of the signings `record` adds by hand (names of no example's party).
RECORDED = ["가람문화재단", "누리예술협회", "다온청년센터", "라온상인회"]

Grouping = dict[int, frozenset[int]]
Sides = list[frozenset[int]] | tuple[int, frozenset[int]]
"""A merge's sides' articles, or a split's (the article leaving, the articles staying)."""


def grouping(db: Path) -> Grouping:
    """Agreement id → the articles whose reports it holds, a signing recorded by hand on an
    article (a negative position) as -(article × 1000 − position): two agreements of one
    article, and two records on it, apart (`article` reads the article back)."""
    with sqlite3.connect(db) as c:
        rows = c.execute(
            "SELECT agreement_id,"
            " CASE WHEN position < 0 THEN position - article_id * 1000 ELSE article_id END"
            " FROM reports"
        ).fetchall()
    found: dict[int, set[int]] = {}
    for agreement, article in rows:
        found.setdefault(agreement, set()).add(article)
    return {agreement: frozenset(articles) for agreement, articles in found.items()}


def in_force(db: Path) -> frozenset[int]:
    with sqlite3.connect(db) as c:
        return frozenset(
            r[0] for r in c.execute("SELECT id FROM corrections WHERE undone_at IS NULL")
        )


def named_ids(db: Path, correction: int) -> set[int]:
    """The ids a correction's record names (a merge's kept and taken ids, a split's)."""
    with sqlite3.connect(db) as c:
        old, new = c.execute(
            "SELECT old_value, new_value FROM corrections WHERE id = ?", [correction]
        ).fetchone()
    return {int(x) for x in re.findall(r"\d+", f"{old} {new}")}


def article(member: int) -> int:
    """The article a `grouping` member is a report of."""
    return member if member > 0 else -member // 1000


def shown(groups: Grouping) -> str:
    return " ".join(f"#{k}:{','.join(map(str, sorted(v)))}" for k, v in sorted(groups.items()))


@dataclass
class Run:
    db: Path
    seen: dict[frozenset[int], Grouping] = field(default_factory=dict)
    merges: dict[int, list[frozenset[int]]] = field(default_factory=dict)  # sides' articles
    splits: dict[int, tuple[int, frozenset[int]]] = field(default_factory=dict)  # (leaving, rest)
    # The ids a split said it gave ("now agreement #N", "… are #M again"): its record
    # names only the agreement it was made on.
    told: dict[int, set[int]] = field(default_factory=dict)
    first: Grouping = field(default_factory=dict)  # before any correction
    log: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def step(self, args: list[str], sides: Sides | None = None) -> None:
        before = grouping(self.db)
        gave: set[int] = set()
        if args[0] == "corrections":
            gave = named_ids(self.db, int(args[2])) | self.told.get(int(args[2]), set())
        result = run_cli(*args)
        said = (result.out + result.err).strip()
        made = re.search(r"\(correction (\d+)\)", said)
        if made and args[0] == "merge":
            self.merges[int(made.group(1))] = sides  # type: ignore[assignment]
        if made and args[0] == "split":
            self.splits[int(made.group(1))] = sides  # type: ignore[assignment]
            self.told[int(made.group(1))] = {int(n) for n in re.findall(r"#(\d+)", said)}
        after = grouping(self.db)
        first = said.splitlines()[0] if said else ""
        self.log.append(f"{' '.join(args)} -> {first}  [{shown(after)}]")
        self._check(args, before, after, gave, said)

    def _check(
        self, args: list[str], before: Grouping, after: Grouping, gave: set[int], said: str
    ) -> None:
        at = f"step {len(self.log)}"
        force = in_force(self.db)
        if force in self.seen and self.seen[force] != after:
            self.problems.append(
                f"{at} same-set {sorted(force)}: was {shown(self.seen[force])}, is {shown(after)}"
            )
        self.seen.setdefault(force, after)
        held_by: dict[frozenset[int], set[int]] = {}
        for agreement, members in before.items():
            held_by.setdefault(members, set()).add(agreement)
        for agreement, members in after.items():
            # Two signings recorded on one article hold the same reports' articles.
            holders = held_by.get(members, set())
            was = agreement if agreement in holders else min(holders, default=None)
            own = self.first.get(agreement, frozenset())
            if was in (None, agreement) or args[0] in ("merge", "record") or was in gave:
                continue
            if members <= own:
                continue
            self.problems.append(f"{at} kept-id: {sorted(members)} was #{was}, is #{agreement}")
        for number in re.findall(r"(?:stays|now agreement) #(\d+)", said):
            if int(number) not in after:
                self.problems.append(f"{at} told: #{number} said, not held")
        self._grouping_kept(at, after)

    def _named(self, correction: int) -> set[int]:
        if correction in self.merges:
            return set().union(*self.merges[correction])
        if correction in self.splits:
            leaving, rest = self.splits[correction]
            return {leaving, *rest}
        return set()

    def _grouping_kept(self, at: str, after: Grouping) -> None:
        where = {member: agreement for agreement, members in after.items() for member in members}
        made = sorted({*self.merges, *self.splits})
        live = [c for c in made if c in in_force(self.db)]
        for index, correction in enumerate(live):
            later = live[index + 1 :]
            if any(c < correction and self._named(c) & self._named(correction) for c in made):
                continue  # an older one shaped its sides: the replay decides
            if correction in self.splits:
                leaving, rest = self.splits[correction]
                touched = any(c in self.merges and self._named(c) & {leaving} for c in later)
                if not touched and any(where.get(r) == where.get(leaving) for r in rest):
                    self.problems.append(f"{at} parts: split {correction} parts nothing")
            else:
                members = self._named(correction)
                touched = any(
                    c in self.splits and article(self.splits[c][0]) in {article(a) for a in members}
                    for c in later
                )
                # A recorded signing undone since is no report any more: it is held nowhere.
                if not touched and len({where[a] for a in members if a in where}) > 1:
                    self.problems.append(f"{at} holds: merge {correction} split apart")


def run(seed: int) -> list[str]:
    """One seed: 4 to 8 random steps, then every correction left undone in random order."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="undo-driver-"))
    os.environ["MOUARCHIVE_DB"] = str(folder / "a.db")
    run_cli("add", "--quiet", str(EXAMPLES))
    state = Run(folder / "a.db")
    state.first = state.seen[in_force(state.db)] = grouping(state.db)
    for _ in range(rng.randint(4, 8)):
        groups = grouping(state.db)
        ids = sorted(groups)
        op = rng.choice(["merge", "merge", "split", "split", "undo", "undo", "fix", "record"])
        if op == "merge" and len(ids) >= 2:
            pick = rng.sample(ids, rng.choice([2, 2, 3]))
            state.step(["merge", *map(str, pick)], [groups[i] for i in pick])
        elif op == "split" and (multi := [i for i in ids if len(set(map(article, groups[i]))) > 1]):
            agreement = rng.choice(multi)
            chosen = rng.choice(sorted(groups[agreement]))
            # Every report of its article in the agreement leaves: read or recorded.
            leaving = {a for a in groups[agreement] if article(a) == article(chosen)}
            parted = (max(leaving), groups[agreement] - leaving)
            state.step(["split", str(agreement), "--article", str(article(chosen))], parted)
        elif op == "fix":
            state.step(["fix", str(rng.choice(ids)), "--place", rng.choice(PLACES)])
        elif op == "record":
            recorded_on = article(rng.choice(sorted(set().union(*groups.values()))))
            parties = [arg for name in rng.sample(RECORDED, 2) for arg in ("--party", name)]
            state.step(["record", "--article", str(recorded_on), *parties])
        elif op == "undo" and (live := sorted(in_force(state.db))):
            state.step(["corrections", "--undo", str(rng.choice(live))])
    while live := sorted(in_force(state.db)):
        state.step(["corrections", "--undo", str(rng.choice(live))])
    shutil.rmtree(folder)
    if state.problems:
        print(f"seed {seed}: flagged")
        for line in state.log:
            print("   ", line)
        for problem in dict.fromkeys(state.problems):
            print("  !", problem)
    return state.problems


def _seeds(specs: list[str]) -> list[int]:
    seeds = []
    for spec in specs:
        low, _, high = spec.partition("-")
        seeds += range(int(low), int(high or low) + 1)
    return seeds


if __name__ == "__main__":
    flagged = [seed for seed in _seeds(sys.argv[1:] or ["0-40"]) if run(seed)]
    print(f"flagged: {flagged or 'none'}")
