"""Score the agreement extractor against labelled articles.

Usage: ``python benchmarks/evaluate.py --real DIR [--part PART] [--no-url] [--available]
[--details]``
for the real-article set (texts rebuilt into DIR as tests/real/README.md says; the product's
quality), or ``python benchmarks/evaluate.py [tests/eval] [--json] [--details]`` for one of our
self-written sets (a regression guard, not a quality figure).

The labels are written by a human reader, independently of the extractor, so the numbers say
how close the pipeline comes to what a careful reader takes from each article.

How predictions are scored:

* Per file, predicted agreements are paired one-to-one with gold agreements by shared
  parties (after name normalisation), with the date as a tie-breaker. A pair needs at least
  one shared party, or, when either side has no parties, the same exact date.
* ``agreements``: detection. A paired gold agreement is a true positive, an unpaired
  prediction a false positive, an unpaired gold agreement a false negative.
* ``parties``, ``signatories``, ``regions``, ``clauses``: end to end. Items of paired
  agreements are compared; every item of an unpaired agreement counts as missed (gold) or
  spurious (prediction), so these numbers also fall when detection fails.
* ``dates``, ``clauses_stated``, ``status``, ``kind``: on paired agreements only, exact match.
* ``merges``: each labelled file pair is a yes/no question answered by
  ``mouarchive.merge.same_signing`` on the predictions paired with the files' gold agreements.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = ROOT / "tests" / "eval"
CLAUSE_DICE_THRESHOLD = 0.7
METRICS = (
    "agreements",
    "dates",
    "parties",
    "signatories",
    "regions",
    "clauses",
    "clauses_stated",
    "status",
    "kind",
    "merges",
)

_COMPANY_MARKS = re.compile(r"\(주\)|\(株\)|주식회사|\(사\)|\(재\)|사단법인|재단법인")
_SPACES = re.compile(r"\s+")
# NFKC turns the letter ㆍ, written as a dot, into the vowel ᆞ: both are dots here.
_CLAUSE_NOISE = re.compile(r"[\s\"'“”‘’「」『』()\[\]<>〈〉《》.,·․‧∙・･ㆍᆞ:;!?~…-]+")
_LEADING_MARKER = re.compile(r"^\s*(?:[▲△▷▶◆◇■□○●◎※·ㆍ•\-–—*]+|\d{1,2}[.)]|[가-하][.)])\s*")


@dataclass(frozen=True)
class Record:
    """One agreement reduced to the fields we score, for gold labels and predictions alike.

    Keeping both sides in one plain shape lets the scoring be tested without the pipeline.
    `parties` holds one tuple of acceptable names per party and `kinds` the acceptable kinds
    (gold labels may list alternatives; a prediction holds a single value each).
    """

    date: str | None = None
    precision: str = "unknown"
    status: str = "signed"
    kinds: tuple[str, ...] = ()
    parties: tuple[tuple[str, ...], ...] = ()
    signatories: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    clauses: tuple[str, ...] = ()
    clauses_stated: int | None = None


@dataclass
class Tally:
    """True positive, false positive and false negative counts for one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self) -> dict[str, float]:
        """Precision, recall and F1; an empty side counts as perfect so that a metric
        with nothing to find and nothing found does not read as a failure."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "tp": float(self.tp),
            "fp": float(self.fp),
            "fn": float(self.fn),
        }


@dataclass
class Scoreboard:
    tallies: dict[str, Tally] = field(default_factory=lambda: {m: Tally() for m in METRICS})

    def merge(self, other: Scoreboard) -> None:
        for name, tally in other.tallies.items():
            self.tallies[name].add(tally.tp, tally.fp, tally.fn)

    def scores(self) -> dict[str, dict[str, float]]:
        return {name: tally.scores() for name, tally in self.tallies.items()}


def normalise_name(name: str) -> str:
    """Compare organisation names the way a reader would: "(주) 한빛 모빌리티" is
    "한빛모빌리티"; width variants and ㈜ fold through NFKC; a school is the same school
    written long or short ("충남대학교" and "충남대", "광주교육대학교" and "광주교대",
    "충남기계공업고등학교" and "충남기계공고")."""
    text = unicodedata.normalize("NFKC", name)
    text = _COMPANY_MARKS.sub("", text)
    text = _SPACES.sub("", text)
    for long_form, short_form in _SCHOOL_ENDINGS:
        if text.endswith(long_form):
            return text[: -len(long_form)] + short_form
    return text


# The long and short endings of school names, longest first.
_SCHOOL_ENDINGS = (
    ("여자상업고등학교", "여상"),
    ("공업고등학교", "공고"),
    ("고등학교", "고"),
    ("교육대학교", "교대"),
    ("대학교", "대"),
)


def normalise_clause(text: str) -> str:
    """Drop the list marker, quotes, punctuation and spacing so only wording is compared."""
    text = unicodedata.normalize("NFKC", text)
    text = _LEADING_MARKER.sub("", text)
    return _CLAUSE_NOISE.sub("", text)


def bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)] if len(text) > 1 else [text]


def dice(a: str, b: str) -> float:
    """Character-bigram Dice coefficient (multiset), robust to small wording changes."""
    if not a or not b:
        return 0.0
    left = bigrams(a)
    right = list(bigrams(b))
    shared = 0
    for gram in left:
        if gram in right:
            right.remove(gram)
            shared += 1
    return 2 * shared / (len(left) + len(bigrams(b)))


def _party_keys(parties: Iterable[Sequence[str]]) -> list[set[str]]:
    return [{normalise_name(alias) for alias in aliases} for aliases in parties]


def shared_parties(gold: Record, pred: Record) -> int:
    """How many gold parties the prediction names (each predicted name used once)."""
    return match_sets(_party_keys(gold.parties), [normalise_name(n[0]) for n in pred.parties])[0]


def match_sets(gold: list[set[str]], pred: list[str]) -> tuple[int, int, int]:
    """Greedy one-to-one match of predicted keys against gold alias sets -> (tp, fp, fn)."""
    remaining = list(pred)
    tp = 0
    for aliases in gold:
        for i, key in enumerate(remaining):
            if key in aliases:
                del remaining[i]
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def _pair_score(gold: Record, pred: Record) -> float | None:
    """Higher is a better pairing; None when the two cannot be the same signing."""
    shared = shared_parties(gold, pred)
    same_date = gold.date is not None and gold.date == pred.date
    if shared == 0 and not (same_date and (not gold.parties or not pred.parties)):
        return None
    union = len(gold.parties) + len(pred.parties) - shared
    jaccard = shared / union if union else 0.0
    return shared + jaccard + (0.5 if same_date else 0.0)


def match_agreements(gold: Sequence[Record], pred: Sequence[Record]) -> list[tuple[int, int]]:
    """Pair gold and predicted agreements of one file, best-scoring pairs first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = _pair_score(g, p)
            if score is not None:
                candidates.append((score, -gi, -pi, gi, pi))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _score, _g, _p, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def match_clauses(
    gold: Sequence[str], pred: Sequence[str], threshold: float = CLAUSE_DICE_THRESHOLD
) -> tuple[int, int, int]:
    """One-to-one clause matching by bigram Dice ≥ threshold, best pairs first."""
    g_norm = [normalise_clause(c) for c in gold]
    p_norm = [normalise_clause(c) for c in pred]
    candidates = sorted(
        (
            (dice(g, p), gi, pi)
            for gi, g in enumerate(g_norm)
            for pi, p in enumerate(p_norm)
            if dice(g, p) >= threshold
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _score, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    tp = len(used_g)
    return tp, len(pred) - tp, len(gold) - tp


def _exact_names(gold: Sequence[str], pred: Sequence[str]) -> tuple[int, int, int]:
    return match_sets([{normalise_name(g)} for g in gold], [normalise_name(p) for p in pred])


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    """Predictions may repeat a name; scoring counts each distinct (normalised) one once."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(normalise_name(item), item)
    return tuple(seen.values())


def score_file(gold: Sequence[Record], pred: Sequence[Record]) -> Scoreboard:
    """All metrics except merges for one file's gold and predicted agreements."""
    board = Scoreboard()
    t = board.tallies
    pairs = match_agreements(gold, pred)
    paired_gold = {gi for gi, _ in pairs}
    paired_pred = {pi for _, pi in pairs}
    t["agreements"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        t["parties"].add(*match_sets(_party_keys(g.parties), _pred_party_keys(p)))
        t["signatories"].add(*_exact_names(g.signatories, _dedupe(p.signatories)))
        t["regions"].add(*_exact_names(g.regions, _without_parents(p.regions, g.regions)))
        t["clauses"].add(*match_clauses(g.clauses, p.clauses))
        _score_exact(t["dates"], _date_key(g), _date_key(p))
        _score_exact(t["clauses_stated"], g.clauses_stated, p.clauses_stated)
        _score_exact(t["status"], g.status, p.status)
        _score_exact(t["kind"], _chosen(g.kinds, p.kinds), _chosen(p.kinds, p.kinds))
    for gi, g in enumerate(gold):
        if gi not in paired_gold:
            t["parties"].add(fn=len(g.parties))
            t["signatories"].add(fn=len(g.signatories))
            t["regions"].add(fn=len(g.regions))
            t["clauses"].add(fn=len(g.clauses))
    for pi, p in enumerate(pred):
        if pi not in paired_pred:
            t["parties"].add(fp=len(_pred_party_keys(p)))
            t["signatories"].add(fp=len(_dedupe(p.signatories)))
            t["regions"].add(fp=len(_dedupe(p.regions)))
            t["clauses"].add(fp=len(p.clauses))
    return board


def _without_parents(pred: Sequence[str], gold: Sequence[str]) -> tuple[str, ...]:
    """A province or city named above a gold district ("광주광역시" beside gold
    "광주광역시 서구") is implied by it, so it is neither credited nor held against."""
    gold_keys = [normalise_name(g) for g in gold]
    kept = [
        r
        for r in _dedupe(pred)
        if not any(g != normalise_name(r) and g.startswith(normalise_name(r)) for g in gold_keys)
    ]
    return tuple(kept)


def _chosen(alternatives: Sequence[str], pred: Sequence[str]) -> str | None:
    """The gold alternative the prediction picked, else the first one (None if none)."""
    for value in pred:
        if value in alternatives:
            return value
    return alternatives[0] if alternatives else None


def _pred_party_keys(pred: Record) -> list[str]:
    return list(dict.fromkeys(normalise_name(n[0]) for n in pred.parties))


def _date_key(record: Record) -> tuple[str | None, str] | None:
    """A date counts as given once its precision is known, even without a year
    ("12일" alone is (None, "day"))."""
    if record.precision == "unknown":
        return None
    return (record.date, record.precision)


def _score_exact(tally: Tally, gold: object, pred: object) -> None:
    """A value given on both sides and equal is a hit; a wrong value is both a false
    positive and a false negative; a value on one side only is a miss or a spurious one."""
    if gold is None and pred is None:
        return
    if gold == pred:
        tally.add(tp=1)
        return
    tally.add(fp=1 if pred is not None else 0, fn=1 if gold is not None else 0)


def score_merges(pairs: Iterable[tuple[bool, bool]]) -> Tally:
    """(gold says same signing, prediction says same signing) per labelled file pair."""
    tally = Tally()
    for gold_same, pred_same in pairs:
        if gold_same and pred_same:
            tally.add(tp=1)
        elif pred_same:
            tally.add(fp=1)
        elif gold_same:
            tally.add(fn=1)
    return tally


def gold_record(label: dict[str, Any]) -> Record:
    """Read one gold agreement from labels.json; a party may be a name or a list of aliases."""
    return Record(
        date=label.get("date"),
        precision=label.get("date_precision", "unknown"),
        status=label.get("status", "signed"),
        kinds=_alternatives(label.get("kind")),
        parties=tuple(_alternatives(p) for p in label.get("parties", [])),
        signatories=tuple(label.get("signatories", [])),
        regions=tuple(label.get("regions", [])),
        clauses=tuple(label.get("clauses", [])),
        clauses_stated=label.get("clauses_stated"),
    )


def _alternatives(value: str | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def predicted_record(report: Any) -> Record:
    """Reduce a `mouarchive.models.AgreementReport` to a Record."""
    date = report.date
    return Record(
        date=date.iso if date is not None else None,
        precision=date.precision if date is not None else "unknown",
        status=report.status,
        kinds=_alternatives(report.kind),
        parties=tuple((p.name,) for p in report.parties),
        signatories=tuple(s.name for s in report.signatories),
        regions=tuple(r.name for r in report.regions),
        clauses=tuple(c.text for c in report.clauses),
        clauses_stated=report.clauses_stated,
    )


def load_labels(eval_dir: Path) -> dict[str, Any]:
    return json.loads((eval_dir / "labels.json").read_text(encoding="utf-8"))


def _pipeline() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any], type]:
    """Import the pipeline late, so the scoring above works (and is tested) without it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return (
        import_module("mouarchive.text.pipeline").parse_articles,
        import_module("mouarchive.extract.agreements").extract_agreements,
        import_module("mouarchive.merge").same_signing,
        import_module("mouarchive.models").PartialDate,
    )


def predict_file(path: Path, published: str | None) -> list[Any]:
    """Run the pipeline on one fixture and return its AgreementReports."""
    parse_articles, extract_agreements, _same, partial_date = _pipeline()
    raw = path.read_text(encoding="utf-8")
    reports = []
    for article in parse_articles(raw):
        if article.published is None and published:
            article.published = partial_date.parse_iso(published)
        reports.extend(extract_agreements(article))
    return reports


@dataclass
class Run:
    """Everything one evaluation produced: totals, and per-file detail for diagnosis."""

    board: Scoreboard
    per_file: dict[str, Scoreboard]
    predictions: dict[str, list[Record]]
    merge_answers: list[tuple[str, str, bool, bool]]


def run(eval_dir: Path = DEFAULT_EVAL_DIR) -> Run:
    """Run the pipeline over every labelled fixture and score it."""
    labels = load_labels(eval_dir)
    _parse, _extract, same_signing, _date = _pipeline()
    board = Scoreboard()
    per_file: dict[str, Scoreboard] = {}
    predictions: dict[str, list[Record]] = {}
    paired: dict[str, dict[int, Any]] = {}
    for entry in labels["files"]:
        name = entry["file"]
        reports = predict_file(eval_dir / name, entry.get("published"))
        gold = [gold_record(a) for a in entry["agreements"]]
        pred = [predicted_record(r) for r in reports]
        per_file[name] = score_file(gold, pred)
        board.merge(per_file[name])
        predictions[name] = pred
        paired[name] = {gi: reports[pi] for gi, pi in match_agreements(gold, pred)}
    answers = []
    for pair in labels.get("merge_pairs", []):
        left = paired[pair["a"]].get(pair.get("a_index", 0))
        right = paired[pair["b"]].get(pair.get("b_index", 0))
        predicted = left is not None and right is not None and bool(same_signing(left, right))
        answers.append((pair["a"], pair["b"], bool(pair["same"]), predicted))
    merge_tally = score_merges((gold, pred) for _a, _b, gold, pred in answers)
    board.tallies["merges"].add(merge_tally.tp, merge_tally.fp, merge_tally.fn)
    return Run(board, per_file, predictions, answers)


def evaluate(eval_dir: Path = DEFAULT_EVAL_DIR) -> dict[str, dict[str, float]]:
    """Scores per metric: precision, recall, f1 and the raw tp/fp/fn counts."""
    return run(eval_dir).board.scores()


def format_table(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'metric':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name in METRICS:
        s = scores[name]
        lines.append(
            f"{name:<15}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
            f"{int(s['tp']):>6}{int(s['fp']):>6}{int(s['fn']):>6}"
        )
    return "\n".join(lines)


def format_details(result: Run) -> str:
    """Per-file misses (any metric with a false positive or negative), then merge answers."""
    lines = []
    for name, board in result.per_file.items():
        misses = [
            f"{metric} +{t.fp}/-{t.fn}"
            for metric, t in board.tallies.items()
            if metric != "merges" and (t.fp or t.fn)
        ]
        if misses:
            lines.append(f"{name}: {', '.join(misses)}")
    for a, b, gold, pred in result.merge_answers:
        if gold != pred:
            lines.append(f"merge {a} ~ {b}: gold {gold}, predicted {pred}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "eval_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_EVAL_DIR,
        help="a self-written set to score instead of the real one (default: tests/eval)",
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--details", action="store_true", help="also list per-file misses")
    parser.add_argument("--real", type=Path, metavar="DIR", help="score the real-article set")
    parser.add_argument(
        "--part",
        choices=tuple(_parts()),
        default="tuning",
        help="which labelled articles (tests/real/README.md); default: those open for tuning",
    )
    parser.add_argument(
        "--no-url", action="store_true", help="add the texts as bare text, without their URLs"
    )
    parser.add_argument(
        "--available",
        action="store_true",
        help="score only the articles whose texts DIR holds (a partial rebuild), saying how "
        "many were left out",
    )
    args = parser.parse_args(argv)
    if args.real:
        return _main_real(args)
    result = run(args.eval_dir)
    scores = result.board.scores()
    print(json.dumps(scores, indent=2) if args.json else format_table(scores))
    if args.details:
        print(format_details(result))
    return 0


def _parts() -> dict[str, frozenset[str]]:
    """The parts of the real set (`realparts`, a sibling script)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    return import_module("realparts").PARTS


def _main_real(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    realset = import_module("realset")
    scores = realset.evaluate_real(
        args.real, part=args.part, with_urls=not args.no_url, available=args.available
    )
    if args.json:
        print(json.dumps(realset.as_json(scores), indent=2, ensure_ascii=False))
    else:
        print(realset.format_report(scores, details=args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
