"""A text holding more signings than one article's reading takes says so, rather than
dropping the rest silently (our own text: many short releases pasted with no line between
them that splits articles)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli


def _releases(count: int) -> str:
    return "\n".join(
        f"가상시, 별빛물산{i}과 투자협약\n"
        f"가상시는 {i % 28 + 1}일 시청에서 별빛물산{i}과 투자협약을 체결했다고 밝혔다.\n"
        f"이번 협약으로 별빛물산{i}은 공장을 짓는다.\n"
        for i in range(count)
    )


def test_signings_beyond_what_is_read_are_reported_in_one_line(tmp_path: Path) -> None:
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(_releases(150), encoding="utf-8")
    result = run_cli("--db", str(tmp_path / "a.db"), "add", str(pasted))
    assert result.code == 0
    assert (
        f"warning: {pasted}: article 1: 150 sentences tell a signing, only the first 100 were"
        " read: split the file into its articles"
    ) in result.err


def test_a_text_read_whole_warns_of_nothing(tmp_path: Path) -> None:
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(_releases(20), encoding="utf-8")
    result = run_cli("--db", str(tmp_path / "a.db"), "add", str(pasted))
    assert result.code == 0
    assert "were read" not in result.err
