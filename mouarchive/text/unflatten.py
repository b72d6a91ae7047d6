"""A page pasted without its line breaks (a copy from a viewer, a database export) gets them
back where an article's structure needs them, so cleaning, splitting and the header and
footer readers see lines as they would on the page.

Only text with no line break at all, and long enough to be an article, is touched. A break
goes after each sentence, around a byline ("부산=김해솔 기자 haesol@busan.com"), around a run
of share and print buttons ("공유 - 프린트", which parts a headline from its lead), and before
a copyright or "무단전재" notice. A ▲ list stays in its sentence, as it was printed.
"""

from __future__ import annotations

import re

from mouarchive.text.bylines import SIGNOFF_PATTERN
from mouarchive.text.captions import credit_back
from mouarchive.text.credit import lead_credit
from mouarchive.text.furniture import without_leading_menu
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern, word_set

MIN_LENGTH = 200

_SENTENCE_END = re.compile(r"(?<=[다요죠까]\.)\s+|(?<=[다요죠]\.[\"”’'」])\s+")
_BYLINE = guarded(
    re.compile(
        r"\s*((?:[가-힣]{1,6}\s?=\s?)?/?[가-힣]{2,4}\s?기자(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)"
        r"(?=\s|$)\s*"
    )
)
_BUTTON = pattern("page_furniture", "furniture_lines")
_BUTTON_WORD = pattern("page_furniture", "button_words")
_SEPARATOR = r"[-|·/]"
# Two buttons or more: one such word alone is as often the article's own ("정책 정보 공유",
# "관계 기관 추천"), and breaking the sentence there would cut a ▲ list from its lead. The
# separators before the run and the buttons after it, each after a separator ("- 기사 스크랩
# - 공유 - 댓글 - 클린뷰 - 프린트"), go with it: left behind, they were the headline's end
# ("…의기투합' -") and the lead's start ("- 클린뷰 - 프린트 23일 …").
_BUTTONS = re.compile(
    rf"(?:^|\s)(?P<bar>(?:{_SEPARATOR}\s*)*(?:{_BUTTON})(?:\s*{_SEPARATOR}?\s*(?:{_BUTTON}))+)"
    rf"(?P<trailing>(?:\s*{_SEPARATOR}\s*(?:{_BUTTON_WORD}))*)(?=\s|$)",
    re.IGNORECASE,
)


def _bar_apart(found: re.Match[str]) -> str:
    """The share bar on a line of its own, unless it stands inside a sentence: after a word
    with a particle of prose ("관광객은 이메일 / 문자 / 카카오톡 - 라인 - 보기 쉬운 안내를
    받는다"), its words are the sentence's, and the sentence stays whole.

    The button words after its separators ("- 클린뷰") go with it only where the text ends
    or the lead's credit or a byline follows: a word such as "보기" or "다음" is prose's as
    often."""
    line_start = found.string.rfind("\n", 0, found.start()) + 1
    if line_start and _inside_sentence(found.string[line_start : found.start()]):
        return found.group(0)
    rest = found.string[found.end() :].lstrip()
    ends_bar = not rest or lead_credit(rest) is not None or _BYLINE.match(rest) is not None
    bar = found["bar"] + found["trailing"] if ends_bar else found["bar"]
    return f"\n{bar}\n" + found.group(0)[found.start("bar") - found.start() + len(bar) :]


def _inside_sentence(before: str) -> bool:
    """Whether a line's text before a run of button words is a sentence still open: it ends
    on a word, not a close or a stamp's digits, and a word of it bears a particle of prose
    ("협약에 따라 관광객은 이메일 / 문자"). The text's first line is the headline's."""
    words = before.split()
    if not words or not _HANGUL_END.search(words[-1]):
        return False
    return any(len(word) > 1 and word.endswith(_PROSE_PARTICLES) for word in words)


_HANGUL_END = re.compile(r"[가-힣]$")
# Particles that end a word of prose ("관광객은", "앱은"), as a photo credit's names never do.
_PROSE_PARTICLES = tuple(word_set("page_furniture", "credit_name_particles"))
# "… (녹취) 시민 "반가운 소식이에요" KBS 뉴스 김하늘입니다.": a broadcaster's sign-off, which a
# quote without its period leaves glued to the line before it.
_SIGNOFF = re.compile(rf"\s+(?={SIGNOFF_PATTERN}(?:\s|$))")
_NOTICE = re.compile(r"\s+(?=ⓒ|©|Copyright|copyright|<\s?저작권자|저작권자|무단\s?전재)")


def restore_lines(text: str) -> str:
    """`text` with line breaks put back, if it had none; otherwise unchanged."""
    if "\n" in text.strip() or len(text) < MIN_LENGTH:
        return text
    text = text.strip()
    headline, text = _headline_apart(text)
    # "(서울=연합뉴스) 정수연 기자 = 서울 서초구는 …": the lead's credit stays on the lead's
    # line, where the splitter reads it, and is never broken at its own byline.
    credit = lead_credit(text)
    head, text = (text[: credit.end], text[credit.end :]) if credit else ("", text)
    text = _SENTENCE_END.sub("\n", text)
    text = _BYLINE.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _SIGNOFF.sub("\n", text)
    text = _BUTTONS.sub(_bar_apart, text)
    text = _NOTICE.sub("\n", text)
    lines = _credits_back([line.strip() for line in text.split("\n") if line.strip()])
    return headline + head + "\n".join(lines) + "\n"


def _headline_apart(text: str) -> tuple[str, str]:
    """The headline block before a lead that opens with its credit ("광주시-경기도, AI
    데이터센터 상생협약 체결 [남도타임스 김하늘 기자] 광주광역시와 …"), on a line of its own,
    and the rest; else nothing and the text. Where no credit parts them, nothing tells the
    headline from the lead, and the lead's first line holds both."""
    for found in _OPENING_BRACKET.finditer(text, 0, _HEADLINE_REACH):
        before = text[: found.start()]
        if _SENTENCE_END.search(before + " "):
            break
        if lead_credit(text[found.start() :]) is not None:
            return without_leading_menu(before.strip()) + "\n", text[found.start() :]
    return "", text


_HEADLINE_REACH = 300
_OPENING_BRACKET = re.compile(r"(?<=\s)[\[(【〔]")


def _credits_back(lines: list[str]) -> list[str]:
    """Each photo credit the sentence breaks put at the start of the next line returned to
    the caption it closes ("… 협약을 체결했다. 경기도 제공" / "경기도가 …"), as the page
    printed it: the caption is then read as one, and the lead starts where it did."""
    out: list[str] = []
    for line in lines:
        moved = credit_back(out[-1], line) if out else None
        if moved is not None:
            out[-1], line = moved
        out.append(line.strip())
    return out
