"""The yardstick itself: scoring rules, the labelled set's integrity, and a quality floor."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from mouarchive.models import AgreementReport, Clause, PartialDate, Party, Region, Signatory

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "tests" / "eval"


def _load_evaluator():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "benchmarks" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["evaluate"] = module
    spec.loader.exec_module(module)
    return module


ev = _load_evaluator()
Record = ev.Record
LABELS = json.loads((EVAL_DIR / "labels.json").read_text(encoding="utf-8"))


def gold(**kwargs) -> Record:
    kwargs["parties"] = tuple((p,) if isinstance(p, str) else tuple(p) for p in kwargs["parties"])
    return Record(**kwargs)


def pred(**kwargs) -> Record:
    kwargs["parties"] = tuple((p,) for p in kwargs["parties"])
    return Record(**kwargs)


GWANGJU_INVEST = dict(
    date="2024-07-03",
    precision="day",
    kinds=("투자협약",),
    parties=("광주광역시", "한빛모빌리티"),
    signatories=("강기정", "박성훈"),
    regions=("광주광역시",),
    clauses=("전장부품 생산공장 신설", "지역 인재 우선 채용", "인허가 행정 절차 신속 지원"),
    clauses_stated=3,
)


def test_company_marks_and_spacing_do_not_change_a_name():
    assert ev.normalise_name("㈜한빛 모빌리티") == ev.normalise_name("한빛모빌리티")
    assert ev.normalise_name("한빛모빌리티(주)") == "한빛모빌리티"
    assert ev.normalise_name("주식회사 한빛모빌리티") == "한빛모빌리티"
    assert ev.normalise_name("경기도 광주시") != ev.normalise_name("광주광역시")


def test_clause_similarity_ignores_markers_but_not_content():
    assert (
        ev.dice(ev.normalise_clause("▲청년 일자리 연계"), ev.normalise_clause("청년 일자리 연계"))
        == 1
    )
    near = ev.dice(
        ev.normalise_clause("AI 반도체 설계·검증 연구소 설립"),
        ev.normalise_clause("AI 반도체 설계와 검증 연구소 설립"),
    )
    assert near >= ev.CLAUSE_DICE_THRESHOLD
    assert ev.dice("관광상품공동개발", "재난대응상호지원") < 0.2


def test_the_dot_an_outlet_writes_is_no_wording_of_an_item():
    for dot in "·ㆍ‧․":
        assert ev.normalise_clause(f"환경{dot}교통 협력") == ev.normalise_clause("환경·교통 협력")


def test_clause_matching_is_one_to_one():
    tp, fp, fn = ev.match_clauses(
        ["관광 상품 공동 개발"], ["관광 상품 공동 개발", "관광 상품 공동 개발"]
    )
    assert (tp, fp, fn) == (1, 1, 0)


def test_perfect_prediction_scores_one_everywhere():
    board = ev.score_file([gold(**GWANGJU_INVEST)], [pred(**GWANGJU_INVEST)])
    scores = board.scores()
    for metric in ("agreements", "dates", "parties", "signatories", "regions", "clauses"):
        assert scores[metric]["f1"] == 1.0, metric


def test_predictions_pair_with_the_gold_agreement_sharing_most_parties():
    golds = [
        gold(parties=("광주광역시", "솔라브릿지")),
        gold(parties=("광주광역시", "광주에너지산업진흥원", "한국전력기술연구소")),
    ]
    preds = [
        pred(parties=("광주광역시", "광주에너지산업진흥원", "한국전력기술연구소")),
        pred(parties=("광주광역시", "솔라브릿지")),
    ]
    assert ev.match_agreements(golds, preds) == [(0, 1), (1, 0)]


def test_a_prediction_sharing_no_party_is_not_paired():
    assert (
        ev.match_agreements([gold(parties=("경기도 광주시",))], [pred(parties=("광주광역시",))])
        == []
    )


def test_a_missed_agreement_costs_its_fields_and_a_spurious_one_adds_false_positives():
    missed = ev.score_file([gold(**GWANGJU_INVEST)], []).scores()
    assert missed["agreements"]["recall"] == 0.0
    assert missed["clauses"]["fn"] == 3
    assert missed["signatories"]["fn"] == 2
    spurious = ev.score_file([], [pred(**GWANGJU_INVEST)]).scores()
    assert spurious["agreements"]["fp"] == 1
    assert spurious["agreements"]["precision"] == 0.0


def test_a_wrong_date_is_both_a_false_positive_and_a_false_negative():
    wrong = dict(GWANGJU_INVEST, date="2024-07-05")
    tally = ev.score_file([gold(**GWANGJU_INVEST)], [pred(**wrong)]).tallies["dates"]
    assert (tally.tp, tally.fp, tally.fn) == (0, 1, 1)


def test_a_day_without_year_matches_a_day_only_prediction():
    day_only = dict(GWANGJU_INVEST, date=None, precision="day")
    tally = ev.score_file([gold(**day_only)], [pred(**day_only)]).tallies["dates"]
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 0)


def test_a_parent_region_beside_a_gold_district_is_not_held_against_the_prediction():
    district = dict(GWANGJU_INVEST, parties=("광주광역시 서구", "빛고을사회적협동조합"))
    district["regions"] = ("광주광역시 서구",)
    predicted = dict(district, regions=("광주광역시", "광주광역시 서구"))
    tally = ev.score_file([gold(**district)], [pred(**predicted)]).tallies["regions"]
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 0)


def test_gold_alternatives_accept_either_kind_and_party_alias():
    label = dict(
        GWANGJU_INVEST,
        kinds=("업무협약", "MOU"),
        parties=("광주광역시", ("황룡팜", "농업회사법인 황룡팜")),
    )
    predicted = dict(GWANGJU_INVEST, kinds=("MOU",), parties=("광주광역시", "농업회사법인 황룡팜"))
    scores = ev.score_file([gold(**label)], [pred(**predicted)]).scores()
    assert scores["kind"]["f1"] == 1.0
    assert scores["parties"]["f1"] == 1.0


def test_merge_scoring_counts_wrong_merges_and_missed_merges():
    tally = ev.score_merges([(True, True), (True, False), (False, True), (False, False)])
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)


def test_an_agreement_report_is_read_with_its_partial_date():
    report = AgreementReport(
        title=None,
        kind="투자협약",
        status="signed",
        date=PartialDate(2024, 7, 3),
        parties=[Party("광주광역시", (0, 3)), Party("한빛모빌리티", (5, 10))],
        signatories=[Signatory("강기정", "시장", "광주광역시", (0, 3))],
        regions=[Region("광주광역시")],
        clauses=[Clause("지역 인재 우선 채용", (0, 9))],
        clauses_stated=None,
    )
    record = ev.predicted_record(report)
    assert (record.date, record.precision) == ("2024-07-03", "day")
    assert record.parties == (("광주광역시",), ("한빛모빌리티",))
    assert record.clauses == ("지역 인재 우선 채용",)


def test_every_fixture_is_labelled_and_sized_like_a_real_page():
    labelled = [entry["file"] for entry in LABELS["files"]]
    on_disk = sorted(p.name for p in EVAL_DIR.glob("*.txt"))
    assert sorted(labelled) == on_disk
    assert 30 <= len(on_disk) <= 60
    for name in on_disk:
        assert 600 <= len((EVAL_DIR / name).read_text(encoding="utf-8")) <= 3000, name


def test_labels_cover_negatives_multi_signings_and_plans():
    files = LABELS["files"]
    assert sum(1 for f in files if not f["agreements"]) >= 8
    assert any(len(f["agreements"]) >= 3 for f in files)
    statuses = {a["status"] for f in files for a in f["agreements"]}
    assert statuses == {"signed", "planned"}
    pairs = LABELS["merge_pairs"]
    assert {p["same"] for p in pairs} == {True, False}
    assert all(p["a"] in {f["file"] for f in files} for p in pairs)


@pytest.mark.parametrize("entry", LABELS["files"], ids=lambda e: e["file"])
def test_labelled_clauses_and_signatories_appear_in_the_article(entry):
    text = (EVAL_DIR / entry["file"]).read_text(encoding="utf-8")
    flat = ev.normalise_clause(text)
    for agreement in entry["agreements"]:
        for clause in agreement["clauses"]:
            assert ev.normalise_clause(clause) in flat, clause
        for name in agreement["signatories"]:
            assert name.replace(" ", "") in text.replace(" ", ""), name
        if agreement["date"]:
            assert PartialDate.parse_iso(agreement["date"]).precision == agreement["date_precision"]


FLOORS = {  # measured when set, minus a margin, so that a regression fails the build
    "agreements": {"precision": 0.9, "recall": 0.9},
    "dates": {"f1": 0.85},
    "parties": {"f1": 0.85},
    "signatories": {"f1": 0.85},
    "regions": {"f1": 0.85},
    "clauses": {"precision": 0.9, "recall": 0.8},
}


@pytest.mark.parametrize(
    "labelled",
    [
        "eval",
        *(f"heldout{n}" for n in range(1, 10)),
    ],
)
def test_extractor_meets_the_quality_floor(labelled: str) -> None:
    scores = ev.evaluate(EVAL_DIR.parent / labelled)
    below = {
        (metric, measure): round(scores[metric][measure], 3)
        for metric, floors in FLOORS.items()
        for measure, floor in floors.items()
        if scores[metric][measure] < floor
    }
    assert not below
