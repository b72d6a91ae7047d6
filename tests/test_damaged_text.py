"""Text files with damaged bytes as `add` reads them: damage is read with each spot marked,
and a file in another encoding is refused in one line, never stored as Hangul no one wrote
(review 59a)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

# Each reads as CP949 with at most one damaged spot, and was stored as Hangul no one wrote.
JAPANESE = (
    "北川市と東山商事が連携協定を締結\n"
    "北川市は、東山商事と地域の観光振興に関する協定を結んだと明らかにした。\n"
)
CHINESE = "北滨市与东港公司签署合作协议\n双方将在旅游和物流领域开展合作。\n"
TRADITIONAL = "東港公司與南港簽署協議\n雙方將在物流領域合力。\n"
# Read as UTF-8, its two accented letters were each replaced by U+FFFD and stored so.
WESTERN = (
    "Nuri County and Bada Foods sign a pact\n\n"
    "The signing took place at the Hôtel Bada in Malmö on 12 June 2024.\n"
    "Both sides will share a plant.\n"
)
BRIEF = (
    "다솜시-한빛상사 판로 협약\n"
    "다솜시는 3일 시청에서 한빛상사와 농산물 판로 협약을 맺었다.\n"
    "김새봄 기자\n"
)
ARTICLE = (
    "누리군-바다수산, 수산물 가공 협약\n"
    "\n"
    "누리군은 12일 군청에서 바다수산과 수산물 가공 업무협약을 맺었다고 밝혔다.\n"
    "양 기관은 가공 공장을 함께 짓고 지역 어민의 판로를 넓히기로 했다.\n"
    "바다수산은 누리군 어민이 잡은 수산물을 우선 사들이기로 했다.\n"
    '군수는 "어민 소득이 늘도록 돕겠다"고 말했다.\n'
    "\n"
    "이하루 기자\n"
    "입력 2024.06.12 09:30\n"
)


def add(tmp_path: Path, name: str, data: bytes) -> tuple[int, str, str]:
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli("--db", str(tmp_path / "archive.db"), "add", str(path))
    return result.code, result.out, result.err


@pytest.mark.parametrize(
    ("text", "codec", "looks"),
    [
        (JAPANESE, "euc_jp", "Japanese (EUC-JP)"),
        (JAPANESE, "shift_jis", "Japanese (Shift-JIS)"),
        (CHINESE, "gb18030", "Chinese (GB18030 or Big5)"),
        (TRADITIONAL, "big5", "Chinese (GB18030 or Big5)"),
        (WESTERN, "cp1252", "Western European (Latin-1 or cp1252)"),
    ],
    ids=["euc-jp", "shift-jis", "gb18030", "big5", "cp1252"],
)
def test_a_file_in_another_languages_encoding_is_refused_naming_what_it_looks_like(
    tmp_path: Path, text: str, codec: str, looks: str
) -> None:
    """CP949 reads most Japanese and Chinese byte pairs, so such a file was stored as Hangul
    mojibake with "a few damaged spots", and a Western one lost every accented letter."""
    code, out, err = add(tmp_path, "foreign.txt", text.encode(codec))
    assert code == 1
    assert "0 articles added" in out
    assert err == (
        f"failed: {tmp_path / 'foreign.txt'}: {looks} text, not Korean in UTF-8, UTF-16 or"
        " CP949: save it as UTF-8\n"
    )


def damaged_lines(text: str, codec: str, every: int) -> bytes:
    """`text` in `codec` with a stray byte at the end of every `every`th line."""
    lines = text.encode(codec).split(b"\n")
    return b"\n".join(
        line + b"\xff" if n % every == 0 and line else line for n, line in enumerate(lines, 1)
    )


@pytest.mark.parametrize("codec", ["utf-8", "cp949"])
@pytest.mark.parametrize(("text", "every"), [(BRIEF, 1), (ARTICLE, 3)], ids=["brief", "article"])
def test_a_stray_byte_on_every_line_or_every_third_is_refused_however_short_the_file(
    tmp_path: Path, codec: str, text: str, every: int
) -> None:
    """Spots were bounded by the file's size only, so a three-line brief passed with every
    line damaged: damage that common is another encoding, not bytes lost in transit."""
    code, out, err = add(tmp_path, "damaged.txt", damaged_lines(text, codec, every))
    assert code == 1
    assert "0 articles added" in out
    assert err == f"failed: {tmp_path / 'damaged.txt'}: not decodable as UTF-8, UTF-16 or CP949\n"


@pytest.mark.parametrize("codec", ["utf-8", "cp949"])
def test_a_stray_byte_on_one_line_of_a_short_article_is_read_and_its_line_named(
    tmp_path: Path, codec: str
) -> None:
    lines = ARTICLE.encode(codec).split(b"\n")
    lines[3] = lines[3].replace(b" ", b" \xff", 1)
    code, out, err = add(tmp_path, "one.txt", b"\n".join(lines))
    assert code == 0
    assert "1 article added" in out
    assert err == (
        f"warning: {tmp_path / 'one.txt'}: undecodable bytes replaced with \ufffd on line 4\n"
    )


INVESTMENT = (
    "누리군-바다전자, 부품 공장 투자협약\n"
    "\n"
    "누리군은 2024년 6월 12일 군청에서 바다전자와 투자협약을 체결했다고 밝혔다.\n"
    "바다전자는 누리군 산업단지에 1500억원을 투자해 부품 공장을 짓는다.\n"
    "양 기관은 공장 가동에 맞춰 지역 인재를 우선 채용하기로 했다.\n"
    '군수는 "기업이 뿌리내리도록 돕겠다"고 말했다.\n'
    "\n"
    "이하루 기자\n"
    "입력 2024.06.12 09:30\n"
)


def add_damaged(tmp_path: Path, words: str, at: int, stray: bytes = b"\xff") -> str:
    """Adds INVESTMENT with a `stray` byte after the first `at` letters of `words`; the
    archive's path."""
    data = INVESTMENT.replace(words, f"{words[:at]}\0{words[at:]}", 1).encode("utf-8")
    code, _, err = add(tmp_path, "damaged.txt", data.replace(b"\0", stray))
    assert code == 0 and "undecodable bytes replaced" in err
    return str(tmp_path / "archive.db")


def exported(db: str) -> dict:
    (agreement,) = json.loads(run_cli("--db", db, "export", "--format", "json").out)
    return agreement


def test_a_day_a_stray_byte_runs_through_is_not_read_as_another_day(tmp_path: Path) -> None:
    """A stray byte inside "12일" left "2일": the 2nd, a day the text never gave."""
    db = add_damaged(tmp_path, "12일", 1)
    assert exported(db)["date"] == "2024-06"


def test_a_sum_a_stray_byte_runs_through_is_not_read_as_a_smaller_one(tmp_path: Path) -> None:
    """A stray byte inside "1500억원" left 500억원, and that was stored."""
    db = add_damaged(tmp_path, "1500억원을", 1)
    assert exported(db)["investment_krw"] is None


def test_a_party_a_stray_byte_runs_through_is_not_stored_and_review_says_one_is_missing(
    tmp_path: Path,
) -> None:
    """A party "바다�전자" was stored, an agreement of its own beside 바다전자's."""
    db = add_damaged(tmp_path, "바다전자와", 2, b"\x80")
    assert exported(db)["parties"] == ["누리군"]
    review = run_cli("--db", db, "review").out
    assert "#1: fewer than two parties (누리군)" in review


def test_a_dateline_a_stray_byte_runs_through_dates_nothing(tmp_path: Path) -> None:
    """A dateline "입력 2024.06.1�2" dated the article 2024-06-01."""
    db = add_damaged(tmp_path, "2024.06.12", 9)
    shown = run_cli("--db", db, "show", "--article", "a1").out.splitlines()
    assert shown[1] == "이하루"


def test_a_pdf_whose_header_is_not_its_first_line_is_refused_as_a_pdf(tmp_path: Path) -> None:
    """PDF readers find "%PDF-" anywhere in the first kilobyte; read as text, such a file was
    stored as a few lines of Hangul."""
    pdf = b"\r\n%PDF-1.5\n%\xe2\xe3\xcf\xd3\n4 0 obj\n<< /Length 12 >>\nstream\n\xb0\xa1\xc8\xfe\n"
    code, _, err = add(tmp_path, "saved.txt", pdf + b"endstream\nendobj\n" * 20)
    assert code == 1
    assert err == f"failed: {tmp_path / 'saved.txt'}: binary file (PDF)\n"


@pytest.mark.parametrize(("codec", "other"), [("utf-8", "cp949"), ("cp949", "utf-8")])
def test_a_line_pasted_in_the_other_korean_encoding_is_read_in_it_with_a_warning(
    tmp_path: Path, codec: str, other: str
) -> None:
    """Such a line was stored as mojibake "undecodable bytes", or cost the file."""
    lines = ARTICLE.encode(codec).split(b"\n")
    lines[3] = ARTICLE.split("\n")[3].encode(other)
    code, _, err = add(tmp_path, "pasted.txt", b"\n".join(lines))
    assert code == 0
    assert err == (
        f"warning: {tmp_path / 'pasted.txt'}: line 4 read as {other.upper()},"
        f" the rest as {codec.upper()}\n"
    )
    shown = run_cli("--db", str(tmp_path / "archive.db"), "show", "--article", "a1").out
    assert "양 기관은 가공 공장을 함께 짓고 지역 어민의 판로를 넓히기로 했다." in shown


def test_words_typed_in_word_keep_their_curly_quotes_and_accented_letters(
    tmp_path: Path,
) -> None:
    """UTF-8 text with Word's cp1252 quotation marks, or a Latin-1 name, lost each of them to
    U+FFFD: the quotation marks extraction reads, the letters of a name."""
    quoted = ARTICLE.replace('"어민 소득이 늘도록 돕겠다"', "“어민 소득이 늘도록 돕겠다”")
    quoted = quoted.replace("이하루 기자", "이하루 기자 (Café Müller 제공)")
    data = quoted.encode("utf-8")
    for mark in "“”éü":
        data = data.replace(mark.encode("utf-8"), mark.encode("cp1252"))
    code, _, err = add(tmp_path, "word.txt", data)
    assert code == 0
    assert err == (
        f"warning: {tmp_path / 'word.txt'}: lines 6, 8 read as cp1252 where not UTF-8"
        " (Word's quotation marks, accented letters)\n"
    )
    shown = run_cli("--db", str(tmp_path / "archive.db"), "show", "--article", "a1").out
    assert "군수는 “어민 소득이 늘도록 돕겠다”고 말했다." in shown
    assert "\ufffd" not in shown


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-16")[:-1], "utf-16"),
        (ARTICLE.encode("utf-16-le")[:-1], "utf-16-le"),
    ],
    ids=["byte-order-mark", "none"],
)
def test_utf16_cut_at_an_odd_byte_is_read_as_a_cut_utf8_file_is(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    """Such a file was refused whole, without a byte-order mark "as binary"."""
    code, out, err = add(tmp_path, "cut.txt", data)
    assert code == 0
    assert f"read as: {encoding} with replacements 1" in out
    assert err == (
        f"warning: {tmp_path / 'cut.txt'}: undecodable bytes replaced with \ufffd on line 9\n"
    )


def test_a_lone_surrogate_in_utf16_is_one_damaged_spot(tmp_path: Path) -> None:
    data = bytearray(ARTICLE.encode("utf-16"))
    at = data.index("함께".encode("utf-16-le"))
    data[at : at + 2] = b"\x00\xd8"  # "함" made the first half of a pair with no second
    code, _, err = add(tmp_path, "surrogate.txt", bytes(data))
    assert code == 0
    assert err == (
        f"warning: {tmp_path / 'surrogate.txt'}: undecodable bytes replaced with \ufffd on line 4\n"
    )
    shown = run_cli("--db", str(tmp_path / "archive.db"), "show", "--article", "a1").out
    assert "가공 공장을 \ufffd께 짓고" in shown


def test_a_stray_cp949_lead_byte_is_the_one_spot_not_the_syllables_after_it(
    tmp_path: Path,
) -> None:
    """A stray lead byte paired with the bytes after it, and "바다수산과" was stored as
    hanja, the one U+FFFD shown after them."""
    data = ARTICLE.encode("cp949").replace(
        "바다수산과".encode("cp949"), b"\xb0" + "바다수산과".encode("cp949")
    )
    code, _, err = add(tmp_path, "stray.txt", data)
    assert code == 0
    assert err == (
        f"warning: {tmp_path / 'stray.txt'}: undecodable bytes replaced with \ufffd on line 3\n"
    )
    shown = run_cli("--db", str(tmp_path / "archive.db"), "show", "--article", "a1").out
    assert "군청에서 \ufffd바다수산과 수산물 가공" in shown


def test_an_article_read_with_damaged_bytes_says_so_where_it_is_shown(tmp_path: Path) -> None:
    """Only `add` warned, naming a line of the file; `show --article` gave no sign."""
    db = add_damaged(tmp_path, "1500억원을", 1)
    shown = run_cli("--db", db, "show", "--article", "a1").out.splitlines()
    assert shown[3] == (
        "\ufffd marks bytes that could not be read: no fact is read from a word holding one"
    )
