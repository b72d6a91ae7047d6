"""`record` keeps what the owner records, and says what it doubts (newcomer 58, 14): a
signing of one party or of no date is recorded, with one warning line of what `review`
will flag; the same parties on the same day as an agreement already there are recorded
with the command that merges the two."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_cli

# A signing the extractor reads no agreement from (서명했다, 뜻을 모으고).
MISSED = (
    "수영구-솔빛호텔, 광안리 야경 관광 함께 키운다\n\n입력 2024.05.21 10:00\n\n"
    "부산 수영구와 솔빛호텔이 21일 구청 상황실에서 광안리 야경 관광 활성화에 뜻을 모으고"
    " 서명했다.\n\n양측은 숙박 할인과 야경 안내를 함께 맡는다.\n\n윤바다 기자\n"
)


@pytest.fixture
def missed(env_archive: Path) -> Path:
    path = env_archive / "missed.txt"
    path.write_text(MISSED, encoding="utf-8")
    assert run_cli("add", str(path)).code == 0
    return env_archive


def _record(*args: str) -> tuple[int, str, list[str]]:
    said = run_cli("--no-color", "record", "--article", "1", *args)
    return said.code, said.out, said.err.splitlines()


@pytest.mark.parametrize(
    "parties", [("솔빛호텔",), ("솔빛호텔", "솔빛호텔"), ("솔빛호텔", " 솔빛호텔 ")]
)
def test_one_party_is_recorded_with_a_warning(missed: Path, parties: tuple[str, ...]) -> None:
    code, out, err = _record(*(a for p in parties for a in ("--party", p)), "--date", "2024-05-21")
    assert code == 0
    assert out.splitlines()[0] == "article a1: recorded as agreement #1 (correction 1)"
    assert err == [
        "warning: one party: `review` will list #1 as “fewer than two parties”"
        " (mouarchive fix 1 --add-party NAME)"
    ]
    assert "#1: fewer than two parties (솔빛호텔)" in run_cli("--no-color", "review").out


def test_no_date_and_one_party_are_one_warning(missed: Path) -> None:
    code, _, err = _record("--party", "솔빛호텔")
    assert code == 0
    assert err == [
        "warning: no date and one party: `review` will list #1 as “no year” and “fewer than"
        " two parties” (mouarchive fix 1 --date YYYY-MM-DD --add-party NAME)"
    ]
    fixed = run_cli("fix", "1", "--date", "2024-05-21", "--add-party", "수영구")
    assert fixed.code == 0, fixed.err
    assert "#1" not in run_cli("--no-color", "review").out


def test_two_parties_and_a_day_record_without_a_word(missed: Path) -> None:
    code, _, err = _record("--party", "수영구", "--party", "솔빛호텔", "--date", "2024-05-21")
    assert (code, err) == (0, [])


def test_the_same_signing_recorded_again_points_at_the_first(missed: Path) -> None:
    """Recorded as "수영구", then as "부산 수영구" with a title: two agreements, the second
    said to look like the first, with the merge that makes them one."""
    first = _record("--party", "수영구", "--party", "솔빛호텔", "--date", "2024-05-21")
    assert first[0] == 0
    code, out, err = _record(
        "--party", "부산 수영구", "--party", "솔빛호텔", "--date", "2024-05-21",
        "--title", "광안리 야경 관광 협약",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == "article a1: recorded as agreement #2 (correction 2)"
    assert err == [
        "warning: looks like #1 (부산광역시 수영구 · 솔빛호텔, 2024-05-21):"
        " merge with `mouarchive merge 1 2`"
    ]
    merged = run_cli("merge", "1", "2")
    assert merged.code == 0, merged.err
    assert "nothing to review" in run_cli("--no-color", "review").out


def test_another_day_is_another_signing(missed: Path) -> None:
    _record("--party", "수영구", "--party", "솔빛호텔", "--date", "2024-05-21")
    code, _, err = _record("--party", "수영구", "--party", "솔빛호텔", "--date", "2024-06-03")
    assert (code, err) == (0, [])
