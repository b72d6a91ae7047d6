"""Investment amounts and promised jobs, read from sentences written like real reports."""

from __future__ import annotations

import pytest

from mouarchive.extract.amounts import investment, jobs, korean_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("7000억", 7000 * 10**8),
        ("5천700억", 5700 * 10**8),
        ("천599억", 1599 * 10**8),
        ("4조 8066억", 4 * 10**12 + 8066 * 10**8),
        ("2조3천억", 23 * 10**11),
        ("2,800억", 2800 * 10**8),
        ("24억2000만", 24 * 10**8 + 2000 * 10**4),
        ("1.5조", 15 * 10**11),
        ("3천 5백", 3500),
        ("2만 7천", 27000),
        ("1,525", 1525),
    ],
)
def test_korean_numbers_mix_digits_and_units(words, value):
    assert korean_number(words) == value


def _whole(text: str) -> tuple[int, int]:
    return (0, len(text))


def _first_sentence(text: str) -> list[tuple[int, int]]:
    return [(0, text.index("다.") + 2)]


def test_the_signing_sentence_states_the_size_of_the_deal():
    text = (
        "한빛도는 한결소재 등 4개 기업과 1,630억원 규모의 투자협약을 체결했다. "
        "한결소재는 300억 원을 투자해 공장을 짓는다. "
        "한빛도는 지난해 37개 기업과 4조 8066억 원 규모의 투자를 유치했다."
    )
    value, span = investment(text, _first_sentence(text), _whole(text))
    assert value == 1630 * 10**8
    assert text[span[0] : span[1]].startswith("1,630억")


def test_without_an_amount_in_the_signing_sentence_the_first_invested_amount_counts():
    text = (
        "누리군은 새빛에너지와 투자협약을 맺었다. "
        "누리군은 올해 들어 1조 917억 원의 신규투자를 달성했다. "
        "새빛에너지는 2027년까지 누리산단에 총 5천6백억 원을 투자해 공장을 세운다. "
        "군은 3,300억 원의 생산유발 효과를 기대한다."
    )
    assert investment(text, _first_sentence(text), _whole(text))[0] == 5600 * 10**8


def test_the_sum_told_for_all_partners_outweighs_each_partners_share():
    text = (
        "춘천시는 3개 기업과 투자협약을 체결했다. "
        "한결리본은 창촌농공단지에 약 85억 원을 투자해 110여 명을 신규 고용할 계획이다. "
        "새빛바이오는 동춘천산단에 80억원을 투자하고 30여 명을 신규 고용한다. "
        "이번 3개 기업은 180억 원을 투자해 160여 명의 지역인력을 신규 고용할 예정이다."
    )
    assert investment(text, _first_sentence(text), _whole(text))[0] == 180 * 10**8
    assert jobs(text, _first_sentence(text), _whole(text))[0] == 160


def test_a_count_of_other_companies_is_not_the_partners_sum():
    text = (
        "누리군은 한빛전자와 투자협약을 체결했다. 한빛전자는 300억원을 투자해 공장을 짓는다. "
        "현재 산단에는 120개 기업이 입주해 1조2천억원을 투자하고 있다."
    )
    assert investment(text, _first_sentence(text), _whole(text))[0] == 300 * 10**8


def test_effects_budgets_and_past_totals_are_not_the_investment():
    text = (
        "누리군은 새빛에너지와 업무협약을 맺었다. "
        "군은 연간 3,300억 원의 생산유발 효과와 840억 원의 부가가치를 기대한다. "
        "지난해에는 12개 기업과 2,100억 원을 투자하는 협약을 맺었다."
    )
    assert investment(text, _first_sentence(text), _whole(text)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "이를 재원으로 누리신용보증재단은 180억 원 규모의 협약보증을 시행한다.",
        "최근 3년간 1231개 기업이 누리도에 60조 원을 투자한 것으로 집계됐다.",
        "정부 출범 이후 누리만에 집중된 약 10조 원의 민간투자를 뒷받침한다.",
        "누리도는 투자유치 30조원 달성을 내걸고 있다.",
    ],
)
def test_guarantees_tallies_and_goals_are_not_the_investment(sentence):
    text = "누리군은 새빛에너지와 업무협약을 맺었다. " + sentence
    assert investment(text, _first_sentence(text), _whole(text)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "누리도는 민선 6기 때 일자리 40만개 창출 등의 목표를 내걸고 있다.",
        "누리시는 민선5기 이후 2,043개 기업으로부터 투자를 이끌어내 7만229명의 고용을 창출했다.",
        # People counted over visits, never jobs: a bare 인원 counts anyone.
        "이로 인해 지난 5년간 연인원 7만여 명의 선수가 누리군에 전지훈련을 다녀갔다.",
        "지난해 방문 인원 7만여 명이 누리군을 다녀갔다.",
    ],
)
def test_a_goal_or_a_tally_of_jobs_is_not_the_agreements(sentence):
    text = "누리군은 새빛에너지와 업무협약을 맺었다. " + sentence
    assert jobs(text, _first_sentence(text), _whole(text)) is None


def test_jobs_set_as_a_goal_in_the_signing_sentence_are_not_the_agreements():
    text = (
        "누리시가 투자유치 10조원, 일자리 창출 7만개 달성을 목표로 세우고 있는 가운데 지난 9일 "
        "한빛소재와 투자양해각서를 체결했다. 한빛소재는 1200명을 새로 고용한다."
    )
    assert jobs(text, _first_sentence(text), _whole(text))[0] == 1200


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("이로써 순천과 나주에 271명의 새로운 일자리가 생긴다.", 271),
        ("공장이 가동되면 신규 일자리 100개가 창출될 전망이다.", 100),
        ("세 기업은 총 72명의 지역인력을 고용할 예정이다.", 72),
        ("8개 기업은 모두 865억원을 투자해 550여명을 고용할 계획이다.", 550),
        ("공장이 가동되면 일자리 창출은 340여명이 될 것으로 전망된다.", 340),
        ("5년 동안 3,573명의 고용창출 효과가 있을 것으로 분석됐다.", 3573),
        ("천4백여 명을 고용할 방침이다.", 1400),
        ("4개 기업과 투자 520억 원, 신규고용·이전 206명 규모의 협약이다.", 206),
    ],
)
def test_promised_jobs_are_read_in_their_many_forms(sentence, count):
    text = "누리군은 새빛에너지와 협약을 체결했다. " + sentence
    assert jobs(text, [], _whole(text))[0] == count


def test_a_head_count_of_guests_is_not_jobs():
    text = "누리군은 20일 협약을 체결했다. 협약식에는 주민 30여 명이 참석했다. 5개 기관이 참여했다."
    assert jobs(text, _first_sentence(text), _whole(text)) is None


INVESTMENT_ARTICLE = """누리도, 새빛에너지와 1,630억원 투자협약

누리도는 3일 도청에서 새빛에너지와 1,630억원 규모의 투자협약을 체결했다고 밝혔다.
새빛에너지는 2027년까지 누리산단에 공장을 짓고 신규 인력 120명을 고용할 예정이다.

김한결 기자
"""


def test_amount_and_jobs_reach_show_export_and_stats(tmp_path):
    import csv
    import json

    from cli_runner import run_cli

    article = tmp_path / "invest.txt"
    article.write_text(INVESTMENT_ARTICLE.replace("누리도", "전라남도"), encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", "--quiet", "--date", "2024-07-03", str(article)).code == 0
    shown = json.loads(run_cli("--db", db, "show", "1", "--format", "json").out)
    assert (shown["investment_krw"], shown["jobs"]) == (1630 * 10**8, 120)
    table = run_cli("--db", db, "--no-color", "show", "1").out
    assert "1,630억 원" in table and "120명" in table and "investment]" in table
    rows = list(csv.DictReader(run_cli("--db", db, "export", "--format", "csv").out.splitlines()))
    assert rows[0]["investment_krw"] == str(1630 * 10**8) and rows[0]["jobs"] == "120"
    stats = json.loads(run_cli("--db", db, "stats", "--format", "json").out)
    assert stats["investment_krw"] == 1630 * 10**8
    assert stats["investment_by_region"] == [
        {"name": "전라남도", "agreements": 1, "investment_krw": 1630 * 10**8, "jobs": 120}
    ]
