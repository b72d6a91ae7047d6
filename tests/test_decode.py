"""Reading source bytes: every encoding users bring, and refusing what is not text."""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest

from mouarchive.text.decode import DecodeError, decode

ARTICLE = "빛고을시와 한빛대학교가 스마트 물류 인재 양성을 위한 업무협약을 체결했다.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("cp949"), "cp949"),
        (ARTICLE.encode("euc-kr"), "cp949"),
    ],
)
def test_each_supported_encoding_yields_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == ARTICLE
    assert decoded.encoding == encoding
    assert decoded.warnings == []


@pytest.mark.parametrize("misread_as", ["latin-1", "cp1252"])
def test_mojibake_from_cp949_is_repaired(misread_as: str) -> None:
    mojibake = ARTICLE.encode("cp949").decode(misread_as, errors="ignore")
    assert "°" in mojibake or "±" in mojibake or "¾" in mojibake
    decoded = decode(mojibake.encode("utf-8"))
    assert "업무협약을 체결했다" in decoded.text
    assert decoded.encoding == "utf-8 (mojibake repaired from cp949)"


def test_mojibake_line_inside_clean_file_is_repaired_and_rest_kept() -> None:
    damaged = "빛고을시 협약 체결\n" + "업무협약 체결 소식".encode("cp949").decode("latin-1")
    decoded = decode(damaged.encode("utf-8"))
    assert decoded.text == "빛고을시 협약 체결\n업무협약 체결 소식"


def _windows_misread(data: bytes) -> str:
    """Bytes read as cp1252, undefined bytes kept as their Latin-1 character (as browsers do)."""
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


@pytest.mark.parametrize(
    "misread", [lambda data: data.decode("latin-1"), _windows_misread], ids=["latin-1", "cp1252"]
)
def test_double_encoded_utf8_is_repaired(misread: Callable[[bytes], str]) -> None:
    mojibake = misread(ARTICLE.encode("utf-8"))
    assert "ë" in mojibake
    decoded = decode(mojibake.encode("utf-8"))
    assert decoded.text == ARTICLE
    assert decoded.encoding == "utf-8 (mojibake repaired from utf-8)"


def _browser_misread(text: str) -> str:
    """CP949 bytes read as UTF-8 where they happen to be valid, Latin-1 elsewhere."""
    codecs.register_error(
        "latin1_fallback", lambda err: (err.object[err.start : err.end].decode("latin-1"), err.end)
    )
    return text.encode("cp949").decode("utf-8", errors="latin1_fallback")


def test_mojibake_mixing_utf8_pairs_and_latin1_is_repaired() -> None:
    text = "삼육보건대학교는 한국아동발달상담협회와 업무협약을 체결했다고 밝혔다."
    misread = _browser_misread(text)
    assert "ü°á" in misread  # 체결: C3 BC became "ü", B0 E1 stayed Latin-1
    decoded = decode(misread.encode("utf-8"))
    assert decoded.text == text
    assert decoded.encoding == "utf-8 (mojibake repaired from cp949)"


@pytest.mark.parametrize(
    "text",
    [
        "부천시일시청소년쉼터(소장 강선주)는 부천청소년성폭력상담소와 업무협약을 체결했다.",
        "빛고을시 서구와 화순군은 지난 12일 서구청에서 상생발전 협약을 맺었다고 밝혔다.",
        "한빛대학교 산학협력단은 운영난을 겪는 지역 업체를 돕기 위해 서로 협력하기로 했다.",
    ],
)
def test_mojibake_whose_page_dropped_the_soft_hyphens_is_repaired(text: str) -> None:
    """ "화", "서", "난" end in byte AD, Latin-1's invisible soft hyphen, which pages drop."""
    lossy = _browser_misread(text).replace("\u00ad", "")
    assert lossy != _browser_misread(text)
    decoded = decode(lossy.encode("utf-8"))
    assert decoded.text == text
    assert decoded.warnings == []


def test_a_dropped_byte_is_only_put_back_where_it_makes_a_common_syllable() -> None:
    # C3 AD would be "챠": a lone "Ã" before a space is damage, not a lost soft hyphen.
    broken = "업무협약 체결".encode("cp949").decode("latin-1").replace(" ", "Ã ")
    decoded = decode(broken.encode("utf-8"))
    assert decoded.text == broken
    assert decoded.warnings


def test_mojibake_with_curly_quotes_is_repaired() -> None:
    text = "운전자 양성부터 취업까지 ‘원스톱’"
    decoded = decode(_browser_misread(text).encode("utf-8"))
    assert decoded.text == text


def test_unrepairable_mojibake_is_kept_with_a_warning() -> None:
    # A lone lead byte at the end cannot be a complete CP949 character.
    broken = "업무협약".encode("cp949").decode("latin-1") + "Ã" + " ¼°á¾÷"
    decoded = decode(broken.encode("utf-8"))
    assert decoded.text == broken
    assert decoded.encoding == "utf-8"
    assert len(decoded.warnings) == 1


def test_western_accents_are_not_mistaken_for_mojibake() -> None:
    text = "Café Rénové à Séoul: naïve coöperation"
    decoded = decode(text.encode("utf-8"))
    assert decoded.text == text
    assert decoded.warnings == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n  ", "whitespace-only file"),
        ("\ufeff  \n".encode("utf-8"), "whitespace-only file"),
        (b"%PDF-1.7\n%\xe2\xe3", "binary file (PDF)"),
        (b"PK\x03\x04\x14\x00", "binary file (zip)"),
        (b"\x89PNG\r\n\x1a\n", "binary file (PNG)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG)"),
        (b"GIF89a\x01\x00", "binary file (GIF)"),
        (b"abc\x00def", "binary file (NUL bytes)"),
        (bytes(range(1, 32)) * 8 + b"\x1b$B", "binary file (control bytes)"),
        (b"\x80\xff\x80\xff\xfe", "not decodable as UTF-8, UTF-16 or CP949"),
        (
            b"\xff\xfe\x00garbage from a dump",
            "binary file (starts like UTF-16, but reads as no Korean or English)",
        ),
    ],
)
def test_refusals_give_one_short_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert str(caught.value) == reason
    assert isinstance(caught.value, ValueError)


def test_a_utf8_byte_order_mark_before_cp949_text_is_read_as_cp949() -> None:
    decoded = decode(b"\xef\xbb\xbf" + ARTICLE.encode("cp949"))
    assert decoded.text == ARTICLE
    assert decoded.encoding == "cp949"
    assert decoded.warnings == ["a UTF-8 byte-order mark before CP949 text"]


LINES = "".join(f"{n}번째 줄: {ARTICLE}" for n in range(1, 21))


@pytest.mark.parametrize("codec", ["utf-8", "cp949"])
def test_a_cut_off_last_character_is_replaced_and_its_line_named(codec: str) -> None:
    text = LINES.rstrip(".\n")  # ends in "다", two or three bytes long
    decoded = decode(text.encode(codec)[:-1])
    assert decoded.text == text[:-1] + "\ufffd"
    assert decoded.encoding == f"{codec} with replacements"
    assert decoded.warnings == ["undecodable bytes replaced with \ufffd on line 20"]


def test_stray_bytes_among_good_text_are_replaced_and_their_lines_named() -> None:
    lines = LINES.encode("utf-8").split(b"\n")
    lines[2] = lines[2].replace(b" ", b" \xff", 1)
    lines[6] = lines[6] + b"\x80"
    decoded = decode(b"\n".join(lines))
    assert decoded.text.count("\ufffd") == 2
    assert decoded.text.replace("\ufffd", "") == LINES
    assert decoded.warnings == ["undecodable bytes replaced with \ufffd on lines 3, 7"]


SHORT = "다솜군-한빛농협 협약\n\n다솜군은 3일 군청에서 한빛농협과 농산물 판로 협약을 맺었다.\n끝"


@pytest.mark.parametrize("codec", ["utf-8", "cp949"])
def test_a_short_article_with_a_stray_byte_and_a_cut_last_character_is_read(codec: str) -> None:
    lines = SHORT.encode(codec).split(b"\n")
    lines[2] = lines[2].replace(b" ", b" \xff", 1)
    data = b"\n".join(lines)[:-1]  # "끝" cut: a lone lead byte, or two of three bytes
    decoded = decode(data)
    assert decoded.encoding == f"{codec} with replacements"
    assert decoded.text.count("\ufffd") == 2
    assert decoded.text.replace("\ufffd", "") == SHORT[:-1]
    assert decoded.warnings == ["undecodable bytes replaced with \ufffd on lines 3, 4"]


def test_mostly_undecodable_bytes_are_refused_in_one_line() -> None:
    data = SHORT.encode("utf-8")[:40] + bytes(range(0x80, 0x100))
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert str(caught.value) == "not decodable as UTF-8, UTF-16 or CP949"


def test_text_with_damage_everywhere_is_refused_not_replaced() -> None:
    data = b"".join(line.encode("utf-8") + b"\xff\n" for line in LINES.splitlines())
    with pytest.raises(DecodeError, match="not decodable"):
        decode(data)


def test_iso_2022_kr_is_decoded_never_stored_as_escape_codes() -> None:
    decoded = decode(ARTICLE.encode("iso2022_kr"))
    assert decoded.text == ARTICLE
    assert decoded.encoding == "iso2022-kr"


def test_iso_2022_kr_without_its_header_line_is_decoded_with_a_warning() -> None:
    data = ARTICLE.encode("iso2022_kr").removeprefix(b"\x1b$)C")
    decoded = decode(data)
    assert decoded.text == ARTICLE
    assert decoded.warnings == ["ISO-2022-KR without its header line"]


def test_other_iso_2022_text_is_decoded_by_its_escape_sequences() -> None:
    decoded = decode("부산 協約 締結\n".encode("iso2022_jp_2"))
    assert decoded.text == "부산 協約 締結\n"
    assert decoded.encoding == "iso2022-jp-2"


@pytest.mark.parametrize(
    "data", [b"\x1b$B\x7f\x7f\x7f garbage", b"shift \x0eout of \x7f\x7f nothing\x0f"]
)
def test_escape_codes_that_decode_to_nothing_are_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="escape-coded text"):
        decode(data)


def test_mojibake_that_cannot_be_repaired_is_named_by_its_lines() -> None:
    good = "광주시와 나주시가 업무협약을 체결했다.".encode("cp949").decode("latin-1")
    bad = "Ã¼°á¿¡ Ãâ¹ß ¤¡¤¤¤§ ¤©¤±¤²"  # Latin-1 letters that make no Korean
    text = "\n".join(["제목", good, bad, "본문", bad])
    decoded = decode(text.encode("utf-8"))
    assert decoded.text.split("\n")[1] == "광주시와 나주시가 업무협약을 체결했다."
    assert decoded.warnings == [
        "lines 3, 5 look like mojibake but could not be repaired; kept as read"
    ]
