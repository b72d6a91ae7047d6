"""Photo items ("[포토] headline" over a caption): two printed one after another in a text
file are two articles, and the "[포토]" tag is in no title shown; where the story's own
report names the agreement, that name is the merged agreement's, not the photo's headline
(newcomer 58, 13)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

from mouarchive.text.photo_items import untagged

PHOTO_PAGE = (
    "[포토] 예산군-솔빛대, 친환경 축산 협약\n\n"
    "김한솔 예산군수와 솔빛대학교 총장이 11일 군청에서 친환경 축산 기술 보급 업무협약서에"
    " 서명하고 있다. /예산군 제공\n\n"
    "[포토] 예산 호수공원 유채꽃 '활짝'\n\n"
    "11일 예산군 호수공원을 찾은 가족들이 유채꽃밭을 걷고 있다. /예산군 제공\n\n"
    "입력 2024.04.12 08:30\n"
    "Copyright © 한빛누리신문\n"
)

PHOTO_OVER_STORY = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>한빛누리신문</title></head><body>
<h1>[화보] 당진시-다솜에너지, 수소 협약</h1>
<p>박가람 당진시장과 다솜에너지 대표가 9일 시청에서 수소 충전망 업무협약서에 서명하고 있다.
 /당진시 제공</p>
<h1>당진시, 수소 충전망 넓힌다…다솜에너지와 맞손</h1>
<p>당진시는 9일 시청 소회의실에서 다솜에너지와 ‘수소 충전망 확충 업무협약’을 체결했다.</p>
<p>협약에 따라 다솜에너지는 시내 다섯 곳에 충전소를 세운다.</p>
<p>기사입력 2024-06-10 09:00</p>
<p>한누리 기자</p>
<p>Copyright © 한빛누리신문</p>
</body></html>
"""


def _added(tmp_path: Path, name: str, text: str) -> str:
    db = str(tmp_path / "a.db")
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("--db", db, "add", str(tmp_path / name))
    assert result.code == 0, result.err
    return db


def test_two_photo_items_in_one_file_are_two_articles(tmp_path: Path) -> None:
    db = _added(tmp_path, "photos.txt", PHOTO_PAGE)
    first = run_cli("--db", db, "--no-color", "show", "a1").out
    second = run_cli("--db", db, "--no-color", "show", "a2").out
    assert first.splitlines()[0] == "article a1: 예산군-솔빛대, 친환경 축산 협약"
    assert "유채꽃" not in first
    assert second.splitlines()[0] == "article a2: 예산 호수공원 유채꽃 '활짝'"
    assert "업무협약서" not in second
    assert "no agreement found in this article" in second


def test_the_photo_tag_is_in_no_title_shown(tmp_path: Path) -> None:
    db = _added(tmp_path, "photos.txt", PHOTO_PAGE)
    shown = run_cli("--db", db, "--no-color", "show", "1").out
    assert shown.splitlines()[0] == "#1 예산군-솔빛대, 친환경 축산 협약 (업무협약)"
    timeline = run_cli("--db", db, "--no-color", "timeline").out
    searched = run_cli("--db", db, "--no-color", "search", "유채꽃").out
    assert "[포토]" not in timeline + shown
    assert "[포토]" not in searched
    assert "예산 호수공원 유채꽃 '활짝'" in searched


def test_the_story_names_the_agreement_a_photo_item_heads(tmp_path: Path) -> None:
    """A page's photo item and its story are one signing: the agreement takes the name the
    story's report gives it, and no title shown carries the photo's tag."""
    db = _added(tmp_path, "page.html", PHOTO_OVER_STORY)
    timeline = run_cli("--db", db, "--no-color", "timeline").out
    assert "1 agreement" in timeline
    assert "수소 충전망 확충 업무협약" in timeline
    assert "출처 2건" in timeline
    photo = run_cli("--db", db, "--no-color", "show", "a1").out
    assert photo.splitlines()[0] == "article a1: 당진시-다솜에너지, 수소 협약"
    assert "[화보]" not in timeline + photo


def test_only_a_photo_tag_opening_a_title_goes() -> None:
    assert untagged("[ 포토 ] 예산군-솔빛대, 친환경 축산 협약") == "예산군-솔빛대, 친환경 축산 협약"
    assert untagged("[단독] 누리군, 솔빛대와 협약") == "[단독] 누리군, 솔빛대와 협약"
    assert untagged("누리군 [포토] 공모전 개최") == "누리군 [포토] 공모전 개최"


# Two photo items, one of them a signing, then a story with its own headline and byline.
ITEMS_THEN_STORY = (
    "[포토] 청도군-가람농협, 스마트팜 협약\n\n"
    "김솔내 청도군수와 가람농협 조합장이 14일 군청에서 스마트팜 보급 업무협약서에 서명하고"
    " 있다. /청도군 제공\n\n"
    "【포토】 청도 억새 축제 개막\n\n"
    "14일 청도 억새공원을 찾은 관광객들이 산책을 하고 있다. /청도군 제공\n\n"
    "누리시, 온새물산과 자원 순환 업무협약\n\n"
    "누리시는 14일 시청 회의실에서 온새물산과 폐자원 순환 이용을 위한 업무협약을 체결했다.\n\n"
    "협약에 따라 온새물산은 누리시에 재활용 공장을 세운다.\n\n"
    "표다온 기자\n입력 2024.10.14 17:00\nCopyright © 누리한빛일보\n"
)
# The same story first, signed, then the two items under it.
STORY_THEN_ITEMS = (
    "누리시, 온새물산과 자원 순환 업무협약\n\n"
    "누리시는 14일 시청 회의실에서 온새물산과 폐자원 순환 이용을 위한 업무협약을 체결했다.\n\n"
    "협약에 따라 온새물산은 누리시에 재활용 공장을 세운다.\n\n"
    "표다온 기자\n\n"
    "[Photo] 청도군-가람농협, 스마트팜 협약\n\n"
    "김솔내 청도군수와 가람농협 조합장이 14일 군청에서 스마트팜 보급 업무협약서에 서명하고"
    " 있다. /청도군 제공\n\n"
    "[단독][포토·영상] 청도 억새 축제 개막\n\n"
    "14일 청도 억새공원을 찾은 관광객들이 산책을 하고 있다. /청도군 제공\n\n"
    "입력 2024.10.14 17:00\nCopyright © 누리한빛일보\n"
)


def _titles(db: str) -> list[str]:
    found = []
    for ident in ("a1", "a2", "a3", "a4"):
        shown = run_cli("--db", db, "--no-color", "show", ident)
        if shown.code == 0:
            found.append(shown.out.splitlines()[0])
    return found


def test_photo_items_above_a_story_are_articles_of_their_own(tmp_path: Path) -> None:
    """The story keeps its own headline, and each item is an article titled by its own,
    untagged, never a subtitle of the story (review 59 b, 2 and 3)."""
    db = _added(tmp_path, "page.txt", ITEMS_THEN_STORY)
    assert _titles(db) == [
        "article a1: 청도군-가람농협, 스마트팜 협약",
        "article a2: 청도 억새 축제 개막",
        "article a3: 누리시, 온새물산과 자원 순환 업무협약",
    ]
    story = run_cli("--db", db, "--no-color", "show", "a3").out
    assert "스마트팜" not in story and "억새" not in story
    timeline = run_cli("--db", db, "--no-color", "timeline").out
    assert "2 agreements" in timeline
    assert "누리시, 온새물산과 자원 순환 업무협약" in timeline
    assert "포토" not in timeline


def test_photo_items_under_a_signed_story_are_articles_of_their_own(tmp_path: Path) -> None:
    db = _added(tmp_path, "page.txt", STORY_THEN_ITEMS)
    assert _titles(db) == [
        "article a1: 누리시, 온새물산과 자원 순환 업무협약",
        "article a2: 청도군-가람농협, 스마트팜 협약",
        "article a3: [단독] 청도 억새 축제 개막",
    ]
    searched = run_cli("--db", db, "--no-color", "search", "가람농협").out
    assert "청도군-가람농협, 스마트팜 협약" in searched


def test_the_photo_tags_pages_print_go_from_titles() -> None:
    assert untagged("【포토】 청도군-가람농협, 스마트팜 협약") == "청도군-가람농협, 스마트팜 협약"
    assert untagged("[Photo] 청도 억새 축제") == "청도 억새 축제"
    assert untagged("[PHOTO] 청도 억새 축제") == "청도 억새 축제"
    assert untagged("[포토·영상] 청도 억새 축제") == "청도 억새 축제"
    assert untagged("[단독][포토] 청도군-가람농협 협약") == "[단독] 청도군-가람농협 협약"
    assert untagged("[포토]") == "[포토]"
