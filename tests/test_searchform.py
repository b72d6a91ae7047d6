"""The search form: what search compares, and the map back to the characters a reader sees."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from mouarchive.text.searchform import fold, index_tokens, searchform


def test_spacing_never_matters() -> None:
    assert fold("AI 데이터 센터") == fold("AI데이터센터") == fold("ai데이터\n센터")


def test_compatibility_characters_fold_to_what_they_stand_for() -> None:
    assert fold("㈜써큘러스") == fold("(주)써큘러스")
    assert fold("ＡＩ　데이터") == fold("AI데이터")
    assert fold("①항") == fold("1항")


def test_case_never_matters() -> None:
    assert fold("ESG경영") == fold("esg경영") == fold("Esg 경영")


def test_decomposed_hangul_folds_like_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "협약")
    assert decomposed != "협약"
    assert fold(decomposed) == fold("협약")


def test_invisible_characters_are_dropped() -> None:
    assert fold("업무\u200b협약") == fold("업무협약")
    assert fold("협\x1b약") == fold("협약")


def test_a_match_maps_back_to_the_original_characters() -> None:
    text = "광주시와 ㈜써큘러스가 AI 데이터센터 협약"
    form = searchform(text)
    [(start, end)] = form.find_all(fold("(주)써큘러스"))
    assert text[start:end] == "㈜써큘러스"
    [(start, end)] = form.find_all(fold("AI데이터센터"))
    assert text[start:end] == "AI 데이터센터"


def test_a_match_in_decomposed_text_covers_whole_syllables() -> None:
    text = "업무" + unicodedata.normalize("NFD", "협약") + "을"
    [(start, end)] = searchform(text).find_all("협약")
    assert unicodedata.normalize("NFC", text[start:end]) == "협약"


def test_index_tokens_are_the_bigrams_and_the_last_character() -> None:
    assert index_tokens("업무협약") == "업무 무협 협약 약"
    assert index_tokens("a") == "a"
    assert index_tokens("") == ""


@given(st.text())
def test_fold_and_searchform_always_agree(text: str) -> None:
    form = searchform(text)
    assert form.text == fold(text)
    assert len(form.starts) == len(form.ends) == len(form.text)
    assert all(0 <= s < e <= len(text) for s, e in zip(form.starts, form.ends, strict=True))
    assert not any(c.isspace() for c in form.text)


@given(st.text(alphabet=st.sampled_from("가나다 AIai㈜(주)\n협약")), st.integers(0, 10))
def test_every_folded_substring_maps_to_an_original_span(text: str, at: int) -> None:
    form = searchform(text)
    if len(form.text) < 2:
        return
    start = at % (len(form.text) - 1)
    term = form.text[start : start + 2]
    for s, e in form.find_all(term):
        assert term in fold(text[s:e])


# Hangul, ASCII and common marks (folded by their lower case) beside what is not: a
# compatibility character, an ellipsis, Greek sigma, a tab and a no-break space.
_ARTICLE_LETTERS = "협약 가\nAIai·“”▲㈜…ΣΑ\t\u00a0Ｋ"


@given(st.text(alphabet=st.sampled_from(_ARTICLE_LETTERS)))
def test_an_article_of_common_letters_folds_as_any_text(text: str) -> None:
    assert fold(text) == searchform(text).text


def test_every_character_folds_alone_as_in_any_text() -> None:
    """Every character of the blocks the fast path of `fold` may take, and Hangul."""
    for code in [*range(0x3400), *range(0xAC00, 0xD7A4), *range(0xFF00, 0x10000)]:
        assert fold(chr(code)) == searchform(chr(code)).text, hex(code)
