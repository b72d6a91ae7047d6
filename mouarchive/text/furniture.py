"""Page furniture: the lines a copied news page shows around an article that are never it.

Buttons and menus, section names, ad slots, counters, weather widgets and the site's
today-bar, a broadcaster's schedule, comment boxes, markup left over from a bad copy. Each
rule is about one line (and, for the today-bar, its neighbours) and is sure of what it
drops: a line that might be prose is kept. The words live in ``data/page_furniture.json``;
this module keeps the shapes around them.
"""

from __future__ import annotations

import re

from mouarchive.extract.gazetteer import is_short_place
from mouarchive.text.bylines import parse_byline
from mouarchive.text.datelines import (
    DATE_PATTERN,
    is_bare_date,
    is_dateline,
    is_weather,
    today_bar_lines,
)
from mouarchive.text.listings import listings_of
from mouarchive.text.neighbours import neighbour_lines
from mouarchive.text.notices import COPYRIGHT, is_copyright_notice
from mouarchive.text.outlets import is_signoff
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern, word_set

_SEPARATOR = re.compile(r"[-–—_=*·|ㅣ/•~.+\s]+")
_BUTTON_WORDS = word_set("page_furniture", "button_words")
_MENU_WORDS = _BUTTON_WORDS | {w.lower() for w in word_set("page_furniture", "section_labels")}


def _is_menu_word(word: str) -> bool:
    """A menu's word, or two run together as section names are ("정치경제", "사회문화")."""
    word = word.lower()
    return word in _MENU_WORDS or any(
        word[:k] in _MENU_WORDS and word[k:] in _MENU_WORDS for k in range(1, len(word))
    )


_WORD_SPLIT = re.compile(r"[\s|·/,•>]+")


def _is_menu_line(line: str) -> bool:
    """A line of section names, buttons and the places a local site files its news under
    ("뉴스홈 | 경북 | 포항 | 경주 | 스포츠"); places alone are no menu, so one word must be
    the menu's own."""
    words = [word for word in _WORD_SPLIT.split(line) if word]
    menu = False
    for word in words:
        # A line of prose is told by its first word that is neither, most by its first.
        if _is_menu_word(word):
            menu = True
        elif not is_short_place(word):
            return False
    return menu or not words


# The run of menu words a copy pasted without line breaks keeps before its headline ("홈 >
# 뉴스 > 지역 로그인 회원가입 …"). Section names and buttons' words open headlines too ("보건
# 의료 복지 통합 돌봄 …", "다음 달 착공 …"), so the run goes only up to what is plainly a
# menu: the item after a path's last separator, or a word only menus use.
_PATH_MARK = re.compile(r"[>›|]")
_MENU_ONLY_WORDS = {w.lower() for w in word_set("page_furniture", "menu_only_words")}


def without_leading_menu(headline: str) -> str:
    """`headline` without the site's menu words before it, as far as they are plainly a
    menu; the headline's own words are never taken."""
    words = headline.split()
    run = 0
    while run < len(words) - 1 and _is_run_word(words[run]):
        run += 1
    end = 0
    for i, word in enumerate(words[:run]):
        if word.lower() in _MENU_ONLY_WORDS:
            end = i + 1
        elif _PATH_MARK.fullmatch(word) and i + 1 < run:
            end = i + 2
    return " ".join(words[end:]) if end else headline


def _is_run_word(word: str) -> bool:
    """A word a menu line holds: a path's separator, a menu's word, or a place as
    `_is_menu_line` takes it beside them."""
    return bool(_PATH_MARK.fullmatch(word)) or _is_menu_word(word) or is_short_place(word)


_FURNITURE_LINES = frozenset(
    w.lower().replace(" ", "") for w in word_set("page_furniture", "furniture_lines")
)
_LINE_KEY_DROP = re.compile(r"[\s\[\](){}<>!•·|]+")
_NAV_PHRASE = re.compile(pattern("page_furniture", "navigation_phrases"), re.IGNORECASE)
_LOGIN_PROMPT = re.compile(pattern("page_furniture", "comment_prompts"), re.IGNORECASE)
# "좋아요0 훈훈해요0 슬퍼요0 …": a portal's reaction buttons, each with its count.
_REACTION_BAR = re.compile(rf"(?:{pattern('page_furniture', 'reactions')}\s*[\d,]*\s*)+")
_PORTAL_NOTE = re.compile(pattern("page_furniture", "portal_notes"))
_COUNTER = re.compile(
    r"(?:댓글\s*)?\d+\s*/\s*\d+|댓글\s*\d+\s*개?|\d{1,4}"
    rf"|(?:{pattern('page_furniture', 'counters')})\s*[:：]?\s*[\d,]+"
)
COUNTER_FIELD = re.compile(
    rf"(?:^|\s)(?:{pattern('page_furniture', 'counters')})\s*[:：]?\s*[\d,]+(?=\s|$)"
)
_AD_SLOT = re.compile(
    r"[가-힣A-Za-z0-9]+_[가-힣A-Za-z0-9_]+|" + pattern("page_furniture", "ad_labels"),
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"[(<\[]?(?:https?://|www\.)\S+[)>\]]?", re.IGNORECASE)
_HASHTAGS = re.compile(r"(?:#\S+\s*)+")
_PROMO = re.compile(r"^[▶▷►☞➤→]\s*.*(?:" + pattern("page_furniture", "promo_words") + r"|앱\b)")
# "한솔일보 구독하기", "+ 구독": the subscribe button and the outlet's name it stands beside.
_SUBSCRIBE = re.compile(
    rf"(?:[가-힣A-Za-z0-9]+\s+){{0,2}}\+?\s*{pattern('page_furniture', 'subscribe_buttons')}\s*\+?"
)
_SUBSCRIBE_MAX = 30
_TRANSLATION = re.compile(pattern("page_furniture", "translation_credits"), re.IGNORECASE)
_TRANSLATION_MAX = 80
_NOTICE = re.compile(r"[\[<(【]\s*알림\s*[\]>)】]|※\s*알림")
_TIP_LINE = guarded(re.compile(r"제보.*(?:카카오|전화|메일|@)|(?:카카오|전화|메일).*제보"))
_MORE_LINK = re.compile(pattern("page_furniture", "more_links") + "$")
_WEATHER_LABEL = re.compile(r"(?:오늘의\s*)?날씨\s*[:：]")
_CREDIT_ALONE = re.compile(r"[(\[【<]\s*[가-힣]{1,8}\s*=\s*[가-힣A-Za-z0-9]{2,15}\s*[)\]】>]")
_BREADCRUMB = re.compile(r"(?:[^>]{1,15}\s*>\s*){2,}[^>]{1,15}")
_RELATED_INLINE = re.compile(r"[\[〈<(【▶■□◆◇☞\s]*관련\s*기사\s*[:\]〉>)】]")
# Markup a bad copy left in the text: '" />', "<br>", "![]()", "&nbsp;".
_MARKUP = re.compile(
    r"\"\s*/>|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,80})?/?>"
    r"|!\[[^\]]{0,80}\]\([^)]{0,200}\)|&[a-z]{2,6};"
)
# "매일 저녁 8시 35분", "평일 김우진 주말 김우진, 김민곤": a broadcaster's schedule.
_SCHEDULE_WORD = pattern("page_furniture", "schedule_words")
_SCHEDULE = re.compile(
    rf"{_SCHEDULE_WORD}\s*(?:(?:아침|오전|낮|오후|저녁|밤)\s*)?\d{{1,2}}\s*(?:시|:)\s*(?:\d{{1,2}}\s*분?)?"
    rf"|{_SCHEDULE_WORD}\s.{{0,20}}{_SCHEDULE_WORD}"
)
_SCHEDULE_MAX = 40
# "3 weeks ago", "2시간 전": when a feed saw the story, not when it appeared.
_RELATIVE_TIME = re.compile(
    r"(?:(?<!\d)\d+\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|(?<!\d)\d+\s*(?:초|분|시간|일|주|개월|년)\s*전)(?:\s+\d{1,4})?",
    re.IGNORECASE,
)
# "2017-02-07A29면", "지면 A29면": the print edition's page.
_PRINT_PAGE = re.compile(rf"(?:{DATE_PATTERN})?\s*[A-Z]?\d{{1,2}}\s*면")
_PHOTO_PLACEHOLDER = re.compile(
    r"[\[<(]?\s*사진\s*(?:\d+)?\s*[\]>)]?|[\[<(]사진[^\]>)]{0,30}[\]>)]"
)
_IMAGE_FILE = re.compile(
    r"[\w\-.]{1,120}\.(?:" + pattern("page_furniture", "image_files") + ")", re.IGNORECASE
)
# "첨부파일 사진1.jpg (2.1MB)": a board post's attachment row, the label a whole word ("첨부된
# 협약서.pdf 파일에 따르면 …" is prose) and the rest only file names, each with its size.
_ATTACHED_FILE = (
    r"[^\s(\[].{0,40}?"
    rf"\.(?:{pattern('page_furniture', 'image_files')}"
    rf"|{pattern('page_furniture', 'attachment_files')})"
    r"(?:\s*[(\[]\s*[\d.,]+\s*[KMG]?B\s*[)\]])?"
)
_ATTACHED_FILES = re.compile(rf"{_ATTACHED_FILE}(?:\s*[,;/]?\s+{_ATTACHED_FILE})*", re.IGNORECASE)
_ATTACHMENT_LABEL = rf"(?:{pattern('page_furniture', 'attachment_labels')})(?![가-힣])\s*[:：]?"
_ATTACHMENT = re.compile(rf"{_ATTACHMENT_LABEL}\s*{_ATTACHED_FILES.pattern}", re.IGNORECASE)
# The label on a line of its own, with the count some boards print ("첨부파일 (2)").
_ATTACHMENT_HEADING = re.compile(rf"{_ATTACHMENT_LABEL}\s*(?:\(\d+\))?")
# "정다은 기자2024. 5. 21. 15:12": a portal prints the byline with the time, under the headline.
_STAMPED_BYLINE = guarded(
    re.compile(rf"(?P<byline>.+?)\s*(?:{DATE_PATTERN})\s*(?:\d{{1,2}}:\d{{2}})?")
)
_BOARD_LABEL = re.compile(rf"^(?:{pattern('page_furniture', 'board_labels')})\s*[:：]?\s+(?=\S)")
# "작성자 빛고을상공회의소 작성일 2025.05.27": who posted on a board, not who wrote the story.
_WRITER = re.compile(
    rf"(?:{pattern('bylines', 'writer_labels')})\s*[:：]?\s*\S{{1,20}}(?:\s.{{0,40}})?"
)
_EDITOR_NOTE = re.compile(r"[\[(<]\s*편집자\s*주\s*[\])>]")
# A list of other headlines above the article: "- 경기도, 대설 대비 …" lines.
_TICKER_ITEM = re.compile(r"[-–·•▶▷►■□◆◇☞]\s*\S.{4,100}")
_TICKER_MIN = 3

_BOILERPLATE_MAX = 160
_STAMPED_BYLINE_MAX = 120
_HEADLINE_MAX = 60


def furniture_lines(lines: list[str]) -> tuple[set[int], set[int]]:
    """Indexes of the lines that are page furniture, judged alone or with their neighbours
    (a today-bar beside a weather widget, a ticker of other headlines above the article, the
    links to the previous and next article, a list of other headlines each with its date);
    and of the dated lines the body tells, kept as written. A date alone is a dateline, but
    not in a schedule the body prints ("부지 매입" / "2024.07.01"), nor a labelled one under a
    sentence that announces it ("일정은 다음과 같다." / "등록 2024.06.01 09:00"): there it is
    what the story tells."""
    listings = listings_of(tuple(lines), is_bare_date)
    drop = {i for i, line in enumerate(lines) if line and is_furniture(line)} - listings.schedule
    drop |= today_bar_lines(lines)
    drop |= _leading_ticker(lines, drop)
    drop |= _attached_file_lines(lines)
    drop |= _summary_box_lines(lines)
    drop |= neighbour_lines(lines)
    drop |= listings.listed_lines()
    return drop, listings.schedule


# Lines a portal's summary box spans at most, from its heading to its "닫기".
_SUMMARY_BOX_MAX = 12
_SUMMARY_HEADING = re.compile(pattern("page_furniture", "summary_box_headings"))
_SUMMARY_NOTE = re.compile(pattern("page_furniture", "summary_box_notes"))


# Lines of a summary box copied without its note: its heading, a few sentences, "닫기".
_BARE_SUMMARY_BOX_MAX = 5


def _summary_box_lines(lines: list[str]) -> set[int]:
    """A portal's summary box copied open ("자동요약" / "기사 제목과 주요 문장을 기반으로
    자동요약한 결과입니다." / its sentences / "닫기"): the portal's summary of the article,
    printed above its lead, is no part of it. Known by its heading and its note together,
    the sentences going only up to the box's own "닫기"; or, where Daum prints no note, by
    its heading and a "닫기" a few sentences under it."""
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not _SUMMARY_HEADING.fullmatch(line.strip()):
            continue
        near = [j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip()]
        noted = bool(near) and _SUMMARY_NOTE.search(lines[near[0]]) is not None
        reach = _SUMMARY_BOX_MAX if noted else _BARE_SUMMARY_BOX_MAX
        box = range(i + 1, min(i + reach, len(lines)))
        end = next((j for j in box if lines[j].strip() == "닫기"), None)
        if end is not None:
            drop.update(range(i, end + 1))
        elif noted:
            drop.update([i, *(j for j in box if _SUMMARY_NOTE.search(lines[j]))])
    return drop


def _attached_file_lines(lines: list[str]) -> set[int]:
    """A board's attachment label on a line of its own and the file names listed under it
    ("첨부파일" / "협약식 사진.jpg (2.1MB)" / "보도자료_투자협약.hwp (45KB)"): a file's name
    alone is furniture only there, where nothing else could be meant."""
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not _ATTACHMENT_HEADING.fullmatch(line.strip()):
            continue
        j = i + 1
        while j < len(lines) and _ATTACHED_FILES.fullmatch(lines[j].strip()):
            j += 1
        if j > i + 1:
            drop.update(range(i, j))
    return drop


def is_furniture(line: str) -> bool:
    """Whether one line, whatever surrounds it, is never the article."""
    if _SEPARATOR.fullmatch(line) or _URL_LINE.fullmatch(line) or _HASHTAGS.fullmatch(line):
        return True
    if len(line) > _BOILERPLATE_MAX:
        return False
    if _is_named_furniture(line) or is_weather(line) or _is_markup_only(line):
        return True
    if _PHOTO_PLACEHOLDER.fullmatch(line) or _IMAGE_FILE.fullmatch(line):
        return True
    if len(line) <= 120 and _ATTACHMENT.fullmatch(line):
        return True
    if len(line) <= 60 and _WRITER.fullmatch(line):
        return True
    if len(line) <= 120 and _RELATED_INLINE.match(line):
        return True
    if len(line) <= 60 and _BREADCRUMB.fullmatch(line):
        return True
    if _NOTICE.match(line) or _TIP_LINE.search(line):
        return True
    if len(line) <= _TRANSLATION_MAX and _TRANSLATION.match(line):
        return True
    if len(line) <= _SUBSCRIBE_MAX and _SUBSCRIBE.fullmatch(line):
        return True
    if len(line) <= 40 and (_WEATHER_LABEL.match(line) or _CREDIT_ALONE.fullmatch(line)):
        return True
    if len(line) <= 25 and _MORE_LINK.search(line):
        return True
    if len(line) <= 60 and _is_menu_line(line):
        return True
    if _is_button_bar(line):
        return True
    if len(line) <= 40 and (
        _AD_SLOT.fullmatch(line)
        or _COUNTER.fullmatch(line)
        or _RELATIVE_TIME.fullmatch(line)
        or _PRINT_PAGE.fullmatch(line)
    ):
        return True
    if len(line) <= _SCHEDULE_MAX and _SCHEDULE.match(line):
        return True
    if len(line) <= 120 and (_LOGIN_PROMPT.search(line) or _PORTAL_NOTE.search(line)):
        return True
    if _REACTION_BAR.fullmatch(line):
        return True
    if (
        len(line) <= 120
        and not line.endswith(".")
        and (_NAV_PHRASE.search(line) or _PROMO.search(line))
    ):
        return True
    return is_dateline(line) or is_signoff(line)


def stamped_byline(line: str) -> str | None:
    """The byline of a line that runs it together with the time it was posted ("정다은
    기자2024. 5. 21. 15:12", a Daum copy's), which no reader of bylines or datelines takes
    whole: the stamp is no subheadline, but the byline names the reporter, whom a copy
    may name nowhere else."""
    if len(line) > _STAMPED_BYLINE_MAX:
        return None
    found = _STAMPED_BYLINE.fullmatch(line)
    if found is None or parse_byline(found["byline"]) is None:
        return None
    return found["byline"]


def is_copyright_footer(line: str) -> bool:
    """A copyright line, after which a page lists other headlines."""
    return len(line) <= 200 and not line.endswith(("다.", "다")) and is_copyright_notice(line)


def before_copyright(line: str) -> tuple[str, bool]:
    """The sentences a copyright line carries before its notice ("… 몰수하기로 결정했다. …
    밝혔다. <저작권자 ⓒ 설악타임즈 무단전재 및 재배포 금지>"), where a page ran a brief of
    two sentences and its footer into one line, else nothing; and whether they are a photo's
    caption, told by the credit between ("… 체결하고 있다. (사진= 대전시 제공) 2023.09.06.
    *재판매 및 DB 금지")."""
    found = COPYRIGHT.search(line)
    if found is None:
        return "", False
    ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, found.start())]
    if not ends:
        return "", False
    return line[: ends[-1]].strip(), _CREDIT.search(line, ends[-1]) is not None


# A sentence of news prose ends, then a space ("…밝혔다. ") or a credit's bracket ("…하고
# 있다.(광주시 제공. 재판매 및 DB 금지)"); a notice's polite "…습니다." is the page's.
_SENTENCE_END = re.compile(r"(?<!니)다\.[\"”’']?(?=\s|\()")
_CREDIT = re.compile(r"제공|사진")


def is_button_word(word: str) -> bool:
    return word.lower() in _BUTTON_WORDS


def _is_button_bar(line: str) -> bool:
    """A share and print bar, however long: "SNS 기사보내기 페이스북(으)로 기사보내기
    트위터(으)로 기사보내기 … 기사스크랩하기", every word a button's, some with the particle
    a button's label puts after a service's name. Copied as one line above the body, it was
    read as the article's subheadline."""
    if len(line) > _BOILERPLATE_MAX or len(line.split()) < _BUTTON_BAR_MIN:
        return False
    rest = _BUTTON_PHRASE.sub(" ", line)
    for word in _WORD_SPLIT.split(rest):
        # Each word is read up to the first that is no button's: most lines are told by their
        # first word, and their others need no particle taken off.
        if not word:
            continue
        bare = _BUTTON_PARTICLE.sub("", word)
        if not (bare and is_button_word(bare)):
            return False
    return True


_BUTTON_BAR_MIN = 3
# The controls a bar prints as a phrase ("다른 공유 찾기", "URL 복사"), whose words alone are
# the article's as often as a button's ("찾기", "다른"): taken out whole before the words are.
_BUTTON_PHRASE = re.compile(
    rf"(?<!\S)(?:{pattern('page_furniture', 'furniture_lines')})(?!\S)", re.IGNORECASE
)
_BUTTON_PARTICLE = re.compile(rf"(?:{pattern('page_furniture', 'button_particles')})$")


def without_markup(line: str) -> str:
    """The line without markup remnants, editor's-note marks ("(편집자주)") and a board's
    field label ("제목 …")."""
    line = _BOARD_LABEL.sub("", line)
    if "<" not in line and "&" not in line and "!" not in line and "편집자" not in line:
        return line
    return " ".join(_EDITOR_NOTE.sub(" ", _MARKUP.sub(" ", line)).split())


def _is_named_furniture(line: str) -> bool:
    return _LINE_KEY_DROP.sub("", line).lower() in _FURNITURE_LINES


def _is_markup_only(line: str) -> bool:
    """A line that is markup remnants around a few words ('한빛매일" /> 한빛매일 " />'). An
    image's markup before a caption that tells a whole sentence, its credit after it ("![]()
    지난 15일 순천시가 … 자매결연을 맺었다. 순천시 제공 |", "<img …> … 체결했다. (사진=순천시)")
    is no remnant; a link to another story ("… 체결했다. 관련기사") is one however it ends."""
    if not _MARKUP.search(line):
        return False
    rest = without_markup(line)
    if _NAV_PHRASE.search(line) or _MORE_LINK.search(line) or _RELATED_ANYWHERE.search(rest):
        return True
    if _IMAGE.search(line) and _SENTENCE_TOLD.search(rest):
        return False
    return not rest or (len(rest) <= _HEADLINE_MAX and not rest.endswith("."))


# "[관련기사]", "… 관련기사", "관련기사 ▶": a link to other stories ("건설 관련 기사 자격증" is
# a technician's certificate).
_RELATED_ANYWHERE = re.compile(r"\[\s*관련\s*기사\s*\]|관련\s*기사\s*(?:$|[▶:>])")
# An image in markup, and a sentence told after it (its caption's).
_IMAGE = re.compile(r"!\[[^\]]{0,80}\]\(|<img\b", re.IGNORECASE)
_SENTENCE_TOLD = re.compile(r"다\.(?:\s|$)")


def _leading_ticker(lines: list[str], furniture: set[int]) -> set[int]:
    """A run of marked headline lines that opens the page (after its `furniture`): other
    stories, not this one."""
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line or i in furniture:
            continue
        if not _TICKER_ITEM.fullmatch(line) or line.endswith("다."):
            break
        run.append(i)
    return set(run) if len(run) >= _TICKER_MIN else set()
