"""The vocabularies in mouarchive/data are edited by hand as real articles are met; a slip
there (an empty word, a list without its purpose) would silently change what is extracted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mouarchive.vocab import alternation

DATA = Path(__file__).resolve().parents[1] / "mouarchive" / "data"
VOCABULARIES = sorted(p for p in DATA.glob("*.json") if p.name not in ("regions.json",))


def _lists(path: Path) -> dict[str, dict]:
    return {k: v for k, v in json.loads(path.read_text("utf-8")).items() if isinstance(v, dict)}


@pytest.mark.parametrize("path", VOCABULARIES, ids=lambda p: p.name)
def test_every_vocabulary_says_what_it_is_for(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    assert isinstance(data.get("about"), str) and len(data["about"]) > 20
    for name, entry in _lists(path).items():
        assert isinstance(entry.get("about"), str) and entry["about"], f"{path.name}:{name}"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.json")), ids=lambda p: p.name)
def test_no_vocabulary_is_named_twice_in_a_file(path: Path) -> None:
    """JSON keeps the last of two entries of one name: a list added under a name already
    taken would silently replace the list the extractor reads."""

    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        names = [name for name, _ in pairs]
        assert len(set(names)) == len(names), f"{path.name}: {names}"
        return dict(pairs)

    json.loads(path.read_text("utf-8"), object_pairs_hook=unique)


@pytest.mark.parametrize("path", VOCABULARIES, ids=lambda p: p.name)
def test_no_empty_or_padded_word(path: Path) -> None:
    """An empty word would match everywhere: every sentence would report a signing."""
    for name, entry in _lists(path).items():
        groups = entry["table"].values() if "table" in entry else [entry.get("words", [])]
        for group in groups:
            words = group if isinstance(group, list) else [group]
            for word in words:
                assert word and word == word.strip() and "  " not in word, f"{name}: {word!r}"
            assert len(set(words)) == len(words), f"{path.name}:{name} repeats a word"


def test_a_word_is_never_cut_short_by_a_shorter_one() -> None:
    """ "협약서" must be read whole, not as "협약" and a stray "서", whatever the file order."""
    assert re.match(alternation(["협약", "협약서"]), "협약서").group(0) == "협약서"
    assert re.fullmatch(alternation(["업무 협약"]), "업무협약")
    assert re.fullmatch(alternation(["업무 협약"]), "업무 협약")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="협약서 업무ab", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="협약서 업무abx", max_size=12),
)
def test_shared_openings_match_what_the_listed_words_match(words: list[str], text: str) -> None:
    """Writing shared openings once ("협(?:약서|약)") must find, at every position, exactly the
    word the plain list would find, the longest first."""
    words = [w for w in words if w.strip() == w and "  " not in w]
    assume(words)
    plain = (
        "(?:"
        + "|".join(
            re.escape(w).replace(r"\ ", r"\s?")
            for w in sorted(dict.fromkeys(words), key=len, reverse=True)
        )
        + ")"
    )
    shared = alternation(words)
    for at in range(len(text) + 1):
        expected = re.match(plain, text[at:])
        found = re.match(shared, text[at:])
        assert (found and found.group(0)) == (expected and expected.group(0))
