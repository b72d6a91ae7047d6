"""Copies pasted one after another, each closed by its own stamp or copyright line, come out
one article each, with their own reporter, date and parties, whatever shape the next copy
opens with (review 54b, B8, B9, B10).

Every page here is our own, written in the style of such pages.
"""

from __future__ import annotations

import pytest

from mouarchive.inputs import SourceMeta
from mouarchive.models import PartialDate
from mouarchive.preparing import prepare
from mouarchive.text.pipeline import parse_articles

SOLNAE = "솔내시는 3일 바람에너지와 해상 풍력단지 조성을 위한 업무협약을 맺었다고 밝혔다."
FIRST_COPY = (
    f"솔내시·바람에너지, 풍력단지 협약\n\n{SOLNAE}\n\n단지는 2028년 완공된다.\n2024.05.03 10:20\n\n"
)
HANEUL = "하늘군은 5일 누리대학과 청년 창업 지원을 위한 업무협약을 체결했다고 밝혔다."


@pytest.mark.parametrize("closing", ["", "ⓒ 바다일보 무단전재 및 재배포 금지\n"])
def test_a_copy_closed_by_its_stamp_ends_before_a_headline_ending_on_a_verb(closing) -> None:
    """The second copy's headline ends on a verb ("…단지 늘린다"), which read as a sentence:
    the copies were one article under the second one's reporter (B8)."""
    page = (
        f"솔내시·바람에너지, 풍력단지 협약\n[바다일보 문가온 기자] {SOLNAE}\n\n"
        f"단지는 2028년 완공된다.\n\n입력 2024.05.03 10:00\n{closing}\n"
        f"솔내시, 바람에너지와 손잡고 풍력단지 늘린다\n입력 2024.05.04 08:30\n{SOLNAE}\n\n"
        f"단지는 2028년 완공된다. 시는 항만을 빌려준다.\n\n서하람 기자 haram@nuri.example\n"
    )
    first, second = parse_articles(page)
    assert (first.reporter, first.published) == ("문가온", PartialDate(2024, 5, 3))
    assert (second.reporter, second.published) == ("서하람", PartialDate(2024, 5, 4))
    assert second.title == "솔내시, 바람에너지와 손잡고 풍력단지 늘린다"
    assert second.body.endswith("시는 항만을 빌려준다.")


def test_a_copy_whose_reporter_signs_its_lead_opens_after_a_copyright_line() -> None:
    """An unsigned copy closed by its copyright, then a copy of headline and "[outlet
    reporter 기자] lead" with its stamp at its foot: one article, of neither's reporter, and
    the second signing lost a party (B9)."""
    page = (
        f"입력 2024.05.03 10:00\n{SOLNAE}\n\n단지는 2028년 완공된다.\n\n"
        "<저작권자 © 누리신문 무단전재 및 재배포금지>\n\n"
        f"하늘군·누리대학, 청년 창업 협약\n[바다일보 서하람 기자] {HANEUL}\n\n"
        "대학은 창업 강좌를 연다.\n\n입력 2024.05.05 11:00\nⓒ 바다일보 무단전재 및 재배포 금지\n"
    )
    (_, _, first), (second, _, reports) = prepare(page.encode(), SourceMeta(), "p.txt").articles
    assert [party.name for party in first[0].parties] == ["솔내시", "바람에너지"]
    assert (second.title, second.reporter) == ("하늘군·누리대학, 청년 창업 협약", "서하람")
    assert second.published == PartialDate(2024, 5, 5)
    assert [party.name for party in reports[0].parties] == ["하늘군", "누리대학"]


def test_a_one_paragraph_copy_and_a_copy_repeating_a_lead_are_each_an_article() -> None:
    """Copies closed by a copyright line: a brief of one paragraph, and a later report
    opening with the first copy's lead, ran into the copy above, their dates lost (B10)."""
    notice = "ⓒ 바다일보 무단전재 및 재배포 금지"
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n입력 2024.05.03 10:00\n\n{SOLNAE}\n\n"
        f"단지는 2028년 완공된다.\n\n{notice}\n\n"
        f"하늘군, 누리대학과 청년 창업 협약\n입력 2024.05.05 11:00\n\n{HANEUL}\n\n{notice}\n\n"
        f"솔내시·바람에너지, 2단지도 짓는다\n입력 2024.07.03 09:00\n\n{SOLNAE}\n\n"
        f"2단지는 2030년 문을 연다.\n\n{notice}\n"
    )
    articles = parse_articles(page)
    assert [article.published for article in articles] == [
        PartialDate(2024, 5, 3),
        PartialDate(2024, 5, 5),
        PartialDate(2024, 7, 3),
    ]
    assert articles[1].body == HANEUL
    assert articles[2].body == f"{SOLNAE}\n2단지는 2030년 문을 연다."


def test_a_caption_with_its_copyright_over_the_headline_opens_no_copy() -> None:
    """A photo's caption with the outlet's copyright glued on closes nothing: the headline
    and the signed lead under it are the article's own top."""
    caption = f"{SOLNAE} (제공: 솔내시) ⓒ바다일보 2024.5.3"
    page = (
        f"{caption}\n{caption}\n\n솔내시·바람에너지, 풍력단지 협약\n\n"
        f"[바다일보 솔내=문가온 기자] {SOLNAE}\n\n단지는 2028년 완공된다.\n"
    )
    (article,) = parse_articles(page)
    assert (article.title, article.reporter) == ("솔내시·바람에너지, 풍력단지 협약", "문가온")


def test_a_header_of_stamps_over_a_signed_lead_opens_no_copy() -> None:
    """A page's header (headline, byline, outlet, 입력 and 수정 stamps, subheadline) over a
    lead its reporter signs: the stamps close no copy above it."""
    page = (
        "솔내시·바람에너지, 풍력단지 협약\n\n문가온 기자\n\n바다일보\n\n입력 2024.05.03 07:58\n\n"
        "수정 2024.05.03 07:58\n\n항만 부지 제공…2028년 완공\n"
        f"【솔내=문가온 기자】{SOLNAE}\n\n단지는 2028년 완공된다.\n"
    )
    (article,) = parse_articles(page)
    assert article.title == "솔내시·바람에너지, 풍력단지 협약"
    assert article.body.startswith(SOLNAE)


def test_a_copy_stamped_only_by_its_sign_off_is_apart_from_an_unsigned_copy_above() -> None:
    """After a first copy, an unsigned copy under its stamp, then a copy with no stamp on top
    whose sign-off carries its own of another day: the two were one article under the
    third one's reporter (B11)."""
    page = (
        f"{FIRST_COPY}"
        f"하늘군, 누리대학과 청년 창업 협약\n입력 2024.05.05 11:00\n\n{HANEUL}\n\n"
        "대학은 창업 강좌를 연다.\n\n"
        f"솔내시, 바람에너지와 풍력단지 협약\n\n{SOLNAE}\n\n단지는 2028년 완공된다.\n\n"
        "문가온 기자 2024.05.06 09:00\n"
    )
    _, first, second = parse_articles(page)
    assert (first.reporter, first.published) == (None, PartialDate(2024, 5, 5))
    assert first.body == f"{HANEUL}\n대학은 창업 강좌를 연다."
    assert (second.title, second.reporter) == ("솔내시, 바람에너지와 풍력단지 협약", "문가온")
    assert second.published == PartialDate(2024, 5, 6)


def test_a_subheading_over_a_sign_off_of_the_stamp_s_day_cuts_nothing() -> None:
    """A subheading between paragraphs of a copy whose sign-off bears the day of its stamp
    is no copy's headline."""
    page = (
        f"{FIRST_COPY}"
        f"하늘군, 누리대학과 청년 창업 협약\n입력 2024.05.05 11:00\n\n{HANEUL}\n\n"
        "대학은 창업 강좌를 연다.\n\n창업 공간 두 곳 새로 열어\n\n"
        "대학은 학생 창업 공간 두 곳을 새로 열어 군민에게도 빌려준다.\n\n"
        "문가온 기자 2024.05.05 18:00\n"
    )
    _, article = parse_articles(page)
    assert article.reporter == "문가온"
    assert article.body.endswith("군민에게도 빌려준다.")


def test_a_signed_lead_an_earlier_copy_printed_opens_a_copy_further_down() -> None:
    """A later report opening with the lead of a copy further up, signed on top, is its own
    copy: only a lead printed again right after its copy is the page printing it twice."""
    notice = "ⓒ 바다일보 무단전재 및 재배포 금지"
    signed = f"[바다일보 문가온 기자] {SOLNAE}"
    page = (
        f"솔내시·바람에너지, 풍력단지 협약\n{signed}\n\n단지는 2028년 완공된다.\n\n"
        f"입력 2024.05.03 10:00\n{notice}\n\n"
        f"하늘군·누리대학, 청년 창업 협약\n입력 2024.05.05 11:00\n{HANEUL}\n\n"
        f"대학은 창업 강좌를 연다.\n\n{notice}\n\n"
        f"솔내시·바람에너지, 2단지도 짓는다\n{signed}\n\n2단지는 2030년 문을 연다.\n\n"
        f"입력 2024.07.03 09:00\n{notice}\n"
    )
    articles = parse_articles(page)
    assert [article.published for article in articles] == [
        PartialDate(2024, 5, 3),
        PartialDate(2024, 5, 5),
        PartialDate(2024, 7, 3),
    ]
    assert articles[1].body == f"{HANEUL}\n대학은 창업 강좌를 연다."


def test_a_copy_under_the_lead_and_stamp_of_a_copy_further_up_is_its_own() -> None:
    """A page of many copies prints a lead and a stamp day again further down, under
    another headline: the copy ran into the one above it, its date lost (B10, at scale)."""
    notice = "ⓒ 바다일보 무단전재 및 재배포 금지"
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n입력 2024.05.03 10:00\n\n{SOLNAE}\n\n"
        f"단지는 2028년 완공된다.\n\n{notice}\n\n"
        f"하늘군, 누리대학과 청년 창업 협약\n입력 2024.05.05 11:00\n\n{HANEUL}\n\n"
        f"대학은 창업 강좌를 연다.\n\n{notice}\n\n"
        f"솔내시·바람에너지, 2단지도 짓는다\n입력 2024.05.03 16:00\n\n{SOLNAE}\n\n"
        f"2단지는 2030년 문을 연다.\n\n{notice}\n"
    )
    articles = parse_articles(page)
    assert [article.title for article in articles] == [
        "솔내시, 바람에너지와 풍력단지 협약",
        "하늘군, 누리대학과 청년 창업 협약",
        "솔내시·바람에너지, 2단지도 짓는다",
    ]
    assert articles[1].body == f"{HANEUL}\n대학은 창업 강좌를 연다."


@pytest.mark.parametrize("credit", ["ⓒ 바다일보", "사진=솔내시 제공 ⓒ 바다일보"])
def test_a_caption_s_copyright_over_a_subheading_and_a_signed_lead_cuts_nothing(credit) -> None:
    """Headline, stamp, a photo's caption and its credit, then a subheading ending on a verb
    over the lead its reporter signs: one article, every paragraph under its reporter; the
    caption was an article of its own (review 55c, C1)."""
    page = (
        f"솔내시·바람에너지, 풍력단지 협약\n입력 2024.05.03 10:00\n\n"
        f"솔내시장과 바람에너지 대표가 3일 시청에서 협약서를 들어 보이고 있다.\n{credit}\n\n"
        f"앞바다에 풍력단지 짓는다\n[바다일보 문가온 기자] {SOLNAE}\n\n"
        "단지는 2028년 완공된다.\n\n시는 항만을 빌려준다.\n"
    )
    (article,) = parse_articles(page)
    assert (article.title, article.reporter) == ("솔내시·바람에너지, 풍력단지 협약", "문가온")
    assert article.published == PartialDate(2024, 5, 3)
    assert article.body.endswith(f"{SOLNAE}\n단지는 2028년 완공된다.\n시는 항만을 빌려준다.")


@pytest.mark.parametrize(
    ("stamp", "paragraph"),
    [
        ("입력 2024.05.05 11:00", "대학은 내년부터 군민을 위한 창업 과정을 새로 열기로 했다."),
        (
            "입력 2024.05.05 11:00 | 수정 2024.05.06 08:15",
            "대학은 6일 군민을 위한 창업 과정을 새로 열기로 했다고 덧붙였다.",
        ),
    ],
)
def test_a_subheading_over_a_sign_off_of_the_next_day_cuts_nothing(stamp, paragraph) -> None:
    """A copy edited the next day signs off with the edit's stamp ("문가온 기자 2024.05.06
    08:15"): its subheading, over a paragraph telling no day of its own or under the edit's
    stamp, opened no copy, and the article lost its reporter and its last paragraphs (review
    55c, C2)."""
    page = (
        f"{FIRST_COPY}"
        f"하늘군, 누리대학과 청년 창업 협약\n{stamp}\n\n{HANEUL}\n\n"
        "대학은 창업 강좌를 연다.\n\n대학, 내년부터 창업 과정 연다\n\n"
        f"{paragraph}\n\n군은 교육생에게 사무실을 빌려준다.\n\n문가온 기자 2024.05.06 08:15\n"
    )
    _, article = parse_articles(page)
    assert (article.reporter, article.published) == ("문가온", PartialDate(2024, 5, 5))
    assert article.body.endswith(f"{paragraph}\n군은 교육생에게 사무실을 빌려준다.")


def test_an_update_under_an_edit_stamp_after_the_copyright_stays_in_the_article() -> None:
    """An update after the copy's copyright line ("[추가] …", its edit stamp, one paragraph,
    the copyright again) is the article's, not a brief of its own (review 55c, C3)."""
    notice = "ⓒ 바다일보 무단전재 및 재배포 금지"
    update = "시는 협약식 뒤 항만 사용료도 내년까지 받지 않기로 했다고 덧붙였다."
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n입력 2024.05.03 10:00\n\n{SOLNAE}\n\n"
        f"단지는 2028년 완공된다.\n\n{notice}\n\n"
        f"[추가] 시, 항만 사용료도 안 받는다\n수정 2024.05.03 16:40\n{update}\n{notice}\n"
    )
    (article,) = parse_articles(page)
    assert article.published == PartialDate(2024, 5, 3)
    assert article.body.startswith(SOLNAE)
    assert article.body.endswith(update)


def test_a_signed_lead_with_no_stamp_opens_a_copy_under_a_copy_s_body_and_copyright() -> None:
    """An unsigned copy of a lead and more prose closed by its copyright, then a headline
    over a lead its reporter signs and a sign-off with no stamp: two copies, the first one
    not signed by the second one's reporter (review 55c, C1 kept apart from B9)."""
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n입력 2024.05.03 10:00\n\n{SOLNAE}\n\n"
        "단지는 2028년 완공된다.\n<저작권자 © 바다일보 무단전재 및 재배포금지>\n\n"
        f"하늘군·누리대학, 청년 창업 협약\n[바다일보 서하람 기자] {HANEUL}\n\n"
        "대학은 창업 강좌를 연다.\n\n서하람 기자\n"
    )
    first, second = parse_articles(page)
    assert (first.reporter, first.body) == (None, f"{SOLNAE}\n단지는 2028년 완공된다.")
    assert (second.title, second.reporter) == ("하늘군·누리대학, 청년 창업 협약", "서하람")


def _press_copies() -> str:
    """One press release as three outlets printed it, none with a stamp or byline on top:
    two closed by their copyright lines, the last under its stamp, naming no outlet."""
    body = (
        f"{SOLNAE}\n협약에 따라 두 기관은 ▲부두 정비 ▲어민 상생 기금 ▲해상 안전 교육에 협력한다.\n"
        '솔내시 관계자는 "바다가 새 일자리를 만들 것"이라고 말했다.\n'
    )
    return (
        f"솔내시, 바람에너지와 풍력단지 협약\n{body}Copyright © 바다일보 www.bada.example.kr\n\n\n"
        f"솔내시-바람에너지 '해상 풍력' 맞손\n{body}"
        "<Copyright ⓒ 누리경제 / 무단전재 및 재배포 금지>\n\n\n"
        f"솔내시, 앞바다 풍력단지 조성 협약 체결\n입력 2024.05.03 10:10\n{body}"
    )


def test_press_copies_closed_by_their_copyright_lines_are_each_an_article() -> None:
    """The second copy's headline ended the first copy's body, and its own words took the
    third copy's headline, its copyright line read as a headline (newcomer 55: 6)."""
    first, second, third = parse_articles(_press_copies())
    assert (first.title, first.outlet) == ("솔내시, 바람에너지와 풍력단지 협약", "바다일보")
    assert first.body.endswith('만들 것"이라고 말했다.')
    assert (second.title, second.outlet) == ("솔내시-바람에너지 '해상 풍력' 맞손", "누리경제")
    assert (third.title, third.outlet) == ("솔내시, 앞바다 풍력단지 조성 협약 체결", None)
    assert first.body == second.body == third.body


def test_a_page_printing_its_article_twice_with_its_copyright_reads_it_once() -> None:
    """The same copy twice, each closed by the same outlet's copyright line: one article."""
    copy = _press_copies().split("\n\n\n")[0]
    (article,) = parse_articles(f"{copy}\n\n{copy}\n")
    assert (article.title, article.outlet) == ("솔내시, 바람에너지와 풍력단지 협약", "바다일보")


def test_a_page_printing_its_article_under_other_headlines_keeps_them_out_of_its_body() -> None:
    """One outlet's copy printed three times, each under a headline of its own and closed by
    the same copyright line: one article, whose body ended with the other two headlines
    (review 56b, 7)."""
    first, second, third = _press_copies().split("\n\n\n")
    notice = "Copyright © 바다일보 www.bada.example.kr"
    second = second.replace("<Copyright ⓒ 누리경제 / 무단전재 및 재배포 금지>", notice)
    third = third.replace("입력 2024.05.03 10:10\n", "") + notice
    (article,) = parse_articles(f"{first}\n\n{second}\n\n{third}\n")
    assert (article.title, article.outlet) == ("솔내시, 바람에너지와 풍력단지 협약", "바다일보")
    assert article.body.split("\n") == [
        SOLNAE,
        "협약에 따라 두 기관은 ▲부두 정비 ▲어민 상생 기금 ▲해상 안전 교육에 협력한다.",
        '솔내시 관계자는 "바다가 새 일자리를 만들 것"이라고 말했다.',
    ]


def test_a_printing_under_another_headline_with_a_paragraph_more_loses_no_line() -> None:
    """The same outlet's copy printed again under another headline with a sentence of its
    own: that sentence stays, under the headline it was printed with."""
    first, second, _ = _press_copies().split("\n\n\n")
    second = second.replace(
        "<Copyright ⓒ 누리경제 / 무단전재 및 재배포 금지>",
        "시는 항만 부지를 무상으로 빌려준다.\nCopyright © 바다일보 www.bada.example.kr",
    )
    (article,) = parse_articles(f"{first}\n\n{second}\n")
    assert article.body.endswith(
        "솔내시-바람에너지 '해상 풍력' 맞손\n시는 항만 부지를 무상으로 빌려준다."
    )


@pytest.mark.parametrize("at", [1, 2])
def test_a_printing_under_another_headline_with_a_photo_caption_keeps_it_out(at: int) -> None:
    """The copy printed again under another headline with a photo's caption over its credit
    under its lead or between its paragraphs: one article without the other headline. The
    caption, new to the page, counted as a paragraph of its own, and under the lead it hid
    the copy: the headline stayed the body's last line (review 57b, 7)."""
    body = [
        "단지는 2028년 완공된다.",
        '시 관계자는 "바다가 새 일자리를 많이 만들 것"이라고 말했다.',
    ]
    caption = "솔내시장(왼쪽)과 바람에너지 대표가 협약서에 서명하고 있다. /솔내시 제공"
    notice = "Copyright © 바다일보 www.bada.example.kr"
    stamp = "입력 2024.05.03 10:00"
    page = "\n".join(
        [
            "솔내시, 바람에너지와 풍력단지 협약",
            stamp,
            SOLNAE,
            *body,
            notice,
            "",
            "솔내시-바람에너지 '해상 풍력' 맞손",
            stamp,
            *[SOLNAE, *body][:at],
            caption,
            *[SOLNAE, *body][at:],
            notice,
        ]
    )
    (article,) = parse_articles(page)
    assert article.body.split("\n") == [SOLNAE, *body]
    assert article.captions == [caption]


def test_a_copy_opened_at_its_reporter_s_credit_keeps_that_reporter() -> None:
    """An unsigned copy closed by its copyright, then a headline over "[outlet reporter 기자]
    lead" and another reporter's sign-off at the foot: the credit at the copy's top is its
    reporter's, the sign-off took its place (review 55c, C7)."""
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n입력 2024.05.03 10:00\n\n{SOLNAE}\n\n"
        "단지는 2028년 완공된다.\n<저작권자 © 바다일보 무단전재 및 재배포금지>\n\n"
        "솔내시, 해상 풍력 배후항만 넓힌다\n"
        "[바다일보 서하람 기자] 솔내시는 2030년까지 배후항만을 두 배로 넓히겠다고"
        " 지난해 밝혔다.\n\n"
        "시는 항만 부지를 무상으로 빌려준다.\n\n문가온 기자\n"
    )
    _, second = parse_articles(page)
    assert (second.title, second.reporter) == ("솔내시, 해상 풍력 배후항만 넓힌다", "서하람")


def test_a_copy_signed_only_at_its_foot_opens_under_a_copy_s_copyright_line() -> None:
    """A copy credited on its lead and closed by its copyright, then an unrelated story
    closed by a sign-off alone: two articles, each under its own reporter. They were one
    article of both stories, under the first one's reporter (review 56b, 9)."""
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n[바다일보 문가온 기자] {SOLNAE}\n"
        "단지는 2028년 완공된다.\n<저작권자 © 바다일보 무단전재 및 재배포금지>\n\n"
        f"하늘군·누리대학, 청년 창업 협약\n{HANEUL}\n대학은 창업 강좌를 연다.\n"
        "서하람 기자 haram@nuri.example.kr\n"
    )
    first, second = parse_articles(page)
    assert (first.reporter, first.body) == ("문가온", f"{SOLNAE}\n단지는 2028년 완공된다.")
    assert (second.title, second.reporter) == ("하늘군·누리대학, 청년 창업 협약", "서하람")
    assert second.body == f"{HANEUL}\n대학은 창업 강좌를 연다."


def test_a_brief_of_one_paragraph_signed_at_its_foot_opens_under_a_copy_s_copyright() -> None:
    """A copy closed by its copyright, then a brief of a headline, one lead and a sign-off
    with an e-mail: two articles, the brief's reporter and e-mail its own. The brief was a
    line of the first copy's body, its reporter and e-mail lost (review 57b, 5)."""
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n[바다일보 문가온 기자] {SOLNAE}\n"
        "단지는 2028년 완공된다.\n<저작권자 © 바다일보 무단전재 및 재배포금지>\n\n"
        f"하늘군·누리대학, 청년 창업 협약\n{HANEUL}\n서하람 기자 haram@nuri.example.kr\n"
    )
    first, second = parse_articles(page)
    assert (first.reporter, first.body) == ("문가온", f"{SOLNAE}\n단지는 2028년 완공된다.")
    assert (second.title, second.body) == ("하늘군·누리대학, 청년 창업 협약", HANEUL)
    assert (second.reporter, second.email) == ("서하람", "haram@nuri.example.kr")


def test_a_subheading_under_a_photo_s_full_notice_goes_on_to_the_article_s_sign_off() -> None:
    """A photo's full notice in the body, a subheading over two sentences that open no story
    ("시는 …"), and the article's sign-off: one article under its reporter. The sign-off was
    taken for the close of a copy the subheading opened (review 57b, 4)."""
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n{SOLNAE}\n단지는 2028년 완공된다.\n"
        "ⓒ 솔내시 무단전재 및 재배포 금지\n항만 부지 내년 확정\n"
        "시는 내년 봄까지 항만 부지를 정한다.\n공사는 가을에 시작된다.\n"
        "문가온 기자 gaon@bada.example.kr\n"
    )
    (article,) = parse_articles(page)
    assert article.title == "솔내시, 바람에너지와 풍력단지 협약"
    assert article.body.endswith(
        "항만 부지 내년 확정\n시는 내년 봄까지 항만 부지를 정한다.\n공사는 가을에 시작된다."
    )
    assert article.reporter == "문가온"


def test_the_e_mail_of_a_sign_off_naming_another_reporter_is_not_the_credited_one_s() -> None:
    """A lead credited to one reporter and a sign-off of another with an e-mail: the reporter
    was the credited one, the e-mail the sign-off's (review 56b, 10)."""
    page = (
        "솔내시, 풍력단지 협약\n입력 2024.05.03 10:00\n"
        f"(솔내=누리통신) 문가온 기자 = {SOLNAE}\n단지는 2028년 완공된다.\n"
        "서하람 기자 haram@nuri.example.kr\n"
    )
    (article,) = parse_articles(page)
    assert (article.reporter, article.email) == ("문가온", None)


@pytest.mark.parametrize("credit", ["[문가온 기자] ", "(솔내=연합뉴스) 문가온 기자 = "])
def test_a_bare_e_mail_under_a_credited_lead_is_the_credited_reporter_s(credit) -> None:
    """A lead credited to a reporter and the copy's foot an e-mail alone, naming no one: the
    e-mail is the credited reporter's, and its domain names the outlet. A foot naming no
    reporter was taken for another reporter's sign-off, and the e-mail and outlet were
    dropped (review 57b, 6)."""
    page = (
        "솔내시, 풍력단지 협약\n입력 2024.05.03 10:00\n"
        f"{credit}{SOLNAE}\n단지는 2028년 완공된다.\ngaon@yna.co.kr\n"
    )
    (article,) = parse_articles(page)
    assert (article.reporter, article.email) == ("문가온", "gaon@yna.co.kr")
    assert article.outlet == "연합뉴스"


@pytest.mark.parametrize("credit", ["ⓒ솔내시", "ⓒ 바다일보", "ⓒ누리통신"])
def test_a_photo_credit_over_a_subheading_closes_no_copy(credit) -> None:
    """A photo's bare credit in the body, then a subheading over two sentences and the copy's
    own notice: one article, not a second one headed by the subheading (review 56b, 4)."""
    page = (
        f"솔내시, 바람에너지와 풍력단지 협약\n입력 2024.05.03 10:00\n{SOLNAE}\n"
        f"단지는 2028년 완공된다.\n{credit}\n항만 부지 내년 확정\n"
        "시는 내년 봄까지 항만 부지를 정한다.\n공사는 가을에 시작된다.\n"
        "저작권자 © 바다일보 무단전재 및 재배포 금지\n"
    )
    (article,) = parse_articles(page)
    assert article.title == "솔내시, 바람에너지와 풍력단지 협약"
    assert article.body.endswith("공사는 가을에 시작된다.")
