"""Photo captions among the lines of a page, set apart from the body.

A caption repeats the lead in other words ("박 시장(왼쪽)과 최 총장이 협약서에 서명한 뒤
기념촬영을 하고 있다. /빛고을시 제공"): left in the body it would count a signing twice,
thrown away it would lose the names and the day it gives. So `clean` marks each caption line
with `CAPTION` and `split` files it under its article's `captions`, where search finds it
and extraction may read who signed and when, and no span points into it.

A line is a caption when it says so: a photo viewer's label ("이미지 크게보기"), a lone
"▲" line, a photo credit at its end ("…/빛고을시 제공", "(사진=…)", "…2022.10.27/한빛뉴스",
"ⓒ한빛일보 2019.10.17"), or the words a caption describes a photo in ("…(왼쪽)과 … 기념촬영을
하고 있다.", "… 전경."). A credit alone on its line makes the short line above it a caption.
"""

from __future__ import annotations

import functools
import re

from mouarchive.text.datelines import DATE_PATTERN
from mouarchive.text.furniture import without_markup
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern, words

CAPTION = "\x1e"
"""Opens a caption line in cleaned text. `normalize_text` removes every such control code
from the input, so no line of the page itself can begin with it."""

_MARKED = re.compile(r"^[▲△]")
# "· 충전 설비 부지 제공", "1. 공공시설을 활용한 공간 제공": an item of a list, whose last word
# may be 제공 ("providing") without being a photo credit.
_LIST_ITEM = re.compile(
    r"^\s*(?:["
    + "".join(re.escape(m) for m in words("clause_lists", "inline_markers"))
    + "".join(re.escape(m) for m in words("clause_lists", "line_markers"))
    + r"①-⑳]|\d{1,2}[.)]|[가-하][.)])"
)
_CLOSE_BUTTON = re.compile(r"(?<!\S)닫기(?!\S)")
_CAPTION_WORDS = re.compile(pattern("page_furniture", "caption_words"))
_VIEWER = pattern("page_furniture", "photo_viewer_words")
_VIEWER_AT_START = re.compile(rf"^(?:(?:date\s+)?{DATE_PATTERN}\s*)?(?:{_VIEWER}\s*)+", re.I)
_VIEWER_ANYWHERE = re.compile(rf"\s*(?:{_VIEWER})\s*", re.IGNORECASE)
# Whether a line holds a label at all: without the spaces around it, twice as fast to test.
_VIEWER_IN = re.compile(_VIEWER, re.IGNORECASE)
# Credits that close a caption: "…/빛고을시 제공", "(빛고을시의회 제공)", "[한빛일보 DB]",
# "사진=빛고을시", "2022.10.27/한빛뉴스", "ⓒ한빛일보 2019.10.17", "2023.09.10 a@b.kr |".
_CREDIT_TAIL = re.compile(
    r"(?:[/<(\[]?\s*[가-힣A-Za-z0-9·]{2,20}(?:\s[가-힣A-Za-z0-9·]{1,20})?\s*(?:제공|DB)\s*[)>\]]?"
    r"|[(<\[]?\s*(?:사진|사진\s*제공|자료\s*사진|자료)\s*[=:]\s*[^)>\]]{1,40}[)>\]]?"
    # "(한빛일보 자료사진, 2021.8.23)": an archive photo, dated the day it was taken.
    rf"|[(<\[]\s*(?:[가-힣A-Za-z0-9·]{{2,20}}\s)?자료\s*사진\s*(?:,\s*{DATE_PATTERN})?\s*[)>\]]"
    rf"|(?:ⓒ|©)\s*[^\s\d]{{2,15}}\s*{DATE_PATTERN}"
    rf"|{DATE_PATTERN}\s*/\s*[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,9}}"
    rf"|{DATE_PATTERN}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"[\s|]*$"
)
# Guarded: most line ends hold none of the words a credit must (`scan.guarded`).
_CREDIT_TAIL = guarded(_CREDIT_TAIL)
# A credit on a line of its own: "대전광역시 유성구청 제공", "(사진제공=빛고을시청) |",
# "[한빛뉴스 자료사진]", "<빛고을시 제공>".
_CREDIT_LINE = re.compile(
    r"[(<\[]?\s*(?:[가-힣A-Za-z0-9·]{2,20}\s+){0,2}[가-힣A-Za-z0-9·]{2,20}\s*"
    r"(?:제공|자료\s*사진|DB)\s*[)>\]]?[\s|]*"
    r"|[(<\[]?\s*(?:사진|사진\s*제공)\s*[=:]\s*[^)>\]]{1,40}[)>\]]?[\s|]*"
)
# What a caption says of its photo: who stands where, and what they are doing in it.
_POSITION = re.compile(
    r"[(（]\s*(?:왼쪽|오른쪽|가운데|앞줄|뒷줄|좌|우)|(?:왼쪽|오른쪽)\s*(?:부터|에서)"
)
_PHOTO_ACT = re.compile(pattern("page_furniture", "photo_acts"))
_PHOTO_END = re.compile(r"(?:고\s*있다|모습|전경)\s*[.。]?\s*$")
# "…기념촬영을 하고 있다. (왼쪽부터 정 군수, 홍 지사, 박 사장)": who stands where, after it.
_POSITIONS_AFTER = guarded(
    re.compile(r"\s*[(（]\s*(?:왼쪽|오른쪽|좌|우)\s*(?:부터|에서)[^()（）]{1,80}[)）]\s*$")
)
# "사진:경남도가 …", "<사진: 허 시장(왼쪽)과 …": a caption's opening label.
_PHOTO_LABEL = re.compile(r"^[<(\[]?\s*사진\s*:\s*")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_LABEL_MAX = 20
_LABEL_WORDS = 3
_CAPTION_MAX = 250
_CREDIT_REACH = 120  # letters at a line's end that hold its credit, if it has one
# What every credit _CREDIT_TAIL reads holds one of: a line without any has none.
_CREDIT_MARKS = ("제공", "DB", "사진", "자료", "ⓒ", "©", "/", "@")
# A caption that describes its photo may run three sentences; one known only by its credit,
# two (a longer paragraph that ends on a credit is prose whose photo credit is cut).
_PHOTO_SENTENCES = 3
_CREDITED_SENTENCES = 2


def credits_apart(line: str) -> list[str]:
    """The line, cut after each photo credit run into the lead that follows it ("… 경제부시장.
    세종시 제공세종시는 30일 …", "괴산군 제공충북 괴산군은 …"), where a page lost the break
    between a caption and the body; each piece is then read as a line of its own. The lead
    names the credited body first, as a press release's lead does: that tells a credit from
    제공 in prose ("교육비 전액 제공이 원칙이다")."""
    if "제공" not in line:
        return [line]
    cuts = [0]
    for found in _GLUED_CREDIT.finditer(line):
        name = found["name"]
        stem = name[:-1] if len(name) > _SHORTEST_STEM and name.endswith(_LEVELS) else name
        lead = line[found.end() : found.end() + _REACH]
        if _opens_with(lead, stem) or _shortens(name, _SUBJECT.sub("", lead.split(" ", 1)[0])):
            # "광주경자청 제공광주경제자유구역청은": the lead names in full whom the credit
            # shortened.
            cuts.append(found.end())
    return [line[a:b] for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]


def credit_back(caption: str, line: str) -> tuple[str, str] | None:
    """A photo credit opening `line` ("경기도 제공 경기도가 …", "/전남도 제공 전라남도와 …")
    that closes the caption before it: (the caption with its credit, the rest of the line),
    or None. A page pasted without line breaks gets them back after each sentence, which
    puts the break before the credit instead of after it: the credit then opened the lead,
    and the caption, without it, read as the body's first paragraph."""
    found = _OPENING_CREDIT.match(line)
    if found is None or not _credit_shaped(found.group(1)):
        return None
    if _LIST_ITEM.match(caption) or not _is_short(caption, _PHOTO_SENTENCES):
        return None
    if not _describes_photo(caption):
        return None
    return f"{caption} {found.group(1)}", line[found.end() :]


def _credit_shaped(credit: str) -> bool:
    """Whether the words before 제공 are a credit: a slash's or "사진=" credit, or the name of
    a body ("화순군", "빛고을시청", "한빛대학교") or a photographer ("김하늘 기자"). A noun of
    prose before 제공 ("장학금 제공 대상은 …", "무료 셔틀버스 제공 구간은 …") is none: moved
    onto the sentence before, it made that sentence a caption and lost both from the body."""
    if credit.startswith(("/", "(", "<", "[")):
        return True
    name = credit.removesuffix("제공").split()[-1]
    if name.endswith(_CREDITOR_ENDINGS):
        return True
    return len(name) > _SHORTEST_STEM and name.endswith(_LEVELS)


def _opens_with(lead: str, name: str) -> bool:
    """Whether the lead names `name` first, perhaps after its province ("충북 괴산군은")."""
    province = _PROVINCE_BEFORE.match(lead)
    return lead.startswith(name) or (province is not None and lead.startswith(name, province.end()))


# The particle that ends the lead's first word when it is the subject ("…구역청은").
_SUBJECT = re.compile("(?:은|는|이|가)$")


def _shortens(short: str, full: str) -> bool:
    """ "광주경자청" for "광주경제자유구역청": a short name keeps the full name's first two and
    last letters and takes the rest from it in order."""
    if len(short) < 3 or len(full) <= len(short) or short[:2] != full[:2] or short[-1] != full[-1]:
        return False
    rest = iter(full[2:-1])
    return all(letter in rest for letter in short[2:-1])


# A credit of a few words that opens the line or follows a sentence, then " 제공" and, with no
# space, the lead. No word of the credit ends in a particle ("시는 부지를 제공한다"), and 제공 is
# a word of its own ("인천국제공항공사" holds none).
_CREDIT_WORD = r"[가-힣A-Za-z0-9·]{1,20}(?<![은는이가을를에로와과도의])"
_GLUED_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:사진\s?=\s?)?(?:{_CREDIT_WORD}\s){{0,2}}(?P<name>{_CREDIT_WORD})"
    r"\s제공(?=\S)"
)
# The lead may put a province before the credited body ("충북 괴산군은"), and names a city or
# county without its level ("부산시 제공부산이").
_PROVINCE_BEFORE = re.compile(r"[가-힣]{1,4}\s")
_LEVELS = ("시", "군", "구", "도", "청")
_SHORTEST_STEM = 2
# A credit that opens a line and is followed by more words: "경기도 제공 …", "/전남도 제공 …",
# "(사진=빛고을시) …". Its words may end as a province does ("경기도"), never in a particle
# of prose ("시는 부지를 제공"; page_furniture credit_name_particles).
_CREDIT_NAME = (
    r"[가-힣A-Za-z0-9·]{1,20}(?<!["
    + "".join(words("page_furniture", "credit_name_particles"))
    + "])"
)
_OPENING_CREDIT = re.compile(
    rf"((?:/\s?)?(?:{_CREDIT_NAME}\s){{0,2}}{_CREDIT_NAME}\s?제공"
    r"|[(<\[]\s*(?:사진|사진\s*제공)\s*[=:]\s*[^)>\]]{1,40}[)>\]])\s+(?=\S)"
)
_REACH = 40
# The last word of a credited body's or photographer's name.
_CREDITOR_ENDINGS = words("organisations", "name_endings") + words("bylines", "reporter_roles")


def mark_captions(lines: list[str], skip: set[int]) -> list[str]:
    """The lines with each caption marked by `CAPTION` and cleaned of viewer labels and
    marks; the lines in `skip` (furniture) are left as they are."""
    out = list(lines)
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not line or i in skip:
            continue
        text = caption_text(line) if _is_caption(lines, i) else None
        if text is None and seen and _strip(line) in seen:
            text = _strip(line)
        if not text:
            continue
        out[i] = CAPTION + text
        seen.update((text, _strip(_VIEWER_ANYWHERE.sub(" ", line))))
        above = _neighbour(lines, i, -1)
        credit_only = _CREDIT_LINE.fullmatch(line) is not None
        if credit_only and above is not None and above not in skip and _bare_label(out[above]):
            out[above] = CAPTION + caption_text(lines[above])
    return out


def caption_text(line: str) -> str:
    """A caption as printed, without the viewer's labels, its opening mark or a closing bar."""
    text = _VIEWER_AT_START.sub("", without_markup(line))
    text = _VIEWER_ANYWHERE.sub(" ", text)
    text = _CLOSE_BUTTON.sub(" ", re.sub(r"^[▲△◇◆↑]+\s*", "", text))
    text = _PHOTO_LABEL.sub("", text)
    return " ".join(text.rstrip(" |").split())


def is_caption_line(line: str) -> bool:
    return line.startswith(CAPTION)


def _is_caption(lines: list[str], i: int) -> bool:
    line = lines[i]
    if len(line) > _CAPTION_MAX * 2:
        return False
    if _VIEWER_AT_START.match(line) or _VIEWER_IN.search(line):
        return True
    if _CREDIT_LINE.fullmatch(line):
        return True
    if _MARKED.match(line):
        closed = line.rstrip(" |").endswith((".", "다"))
        return (
            _one_mark(line)
            and _is_lone_mark(lines, i)
            and (closed or bool(_CAPTION_WORDS.search(line)))
        )
    if not _is_short(line, _PHOTO_SENTENCES) or _LIST_ITEM.match(line):
        return False
    if _describes_photo(line):
        return True
    return _is_short(line, _CREDITED_SENTENCES) and _credit_free(line) != line


def _describes_photo(line: str) -> bool:
    """Who stands where and what they do in the picture ("…(왼쪽)과 … 기념촬영을 하고
    있다.", "빛고을시청 전경."): a caption's own way of writing."""
    body = _POSITIONS_AFTER.sub("", _credit_free(line).rstrip(" |"))
    if not _PHOTO_END.search(body):
        return False
    view = body.endswith(("전경.", "전경"))
    return bool(view or _POSITION.search(body) or _PHOTO_ACT.search(body))


def _is_short(line: str, sentences: int) -> bool:
    """Captions run one to three sentences; a paragraph longer than that is prose."""
    if len(line) > _CAPTION_MAX:
        return False
    text = _credit_free(line).rstrip() + " "
    return len(_SENTENCE_END.findall(text)) <= sentences


@functools.lru_cache(maxsize=256)
def _credit_free(line: str) -> str:
    """The line without the credit that closes it. A credit is short, so only the line's end
    is read: the pattern tried from every letter of a long line would cost its length over.
    Memoised: a line is judged by it up to three times (`_is_short` twice, `_describes_photo`)."""
    cut = max(0, len(line) - _CREDIT_REACH)
    tail = line[cut:]
    if not any(mark in tail for mark in _CREDIT_MARKS):
        return line
    return line[:cut] + _CREDIT_TAIL.sub("", tail)


def ends_on_credit(line: str) -> bool:
    """Whether a photo's credit closes the line ("… 서명하고 있다. /나래군 제공")."""
    return _credit_free(line) != line


def _one_mark(line: str) -> bool:
    """A caption opens with its one mark ("▲ 박 시장이 … 서명하고 있다."); a line marking
    items again inside it ("△학생 교류 △시설 공동 이용 등이다.") is a list of clauses."""
    return line.count("▲") + line.count("△") == 1


def _is_lone_mark(lines: list[str], i: int) -> bool:
    """A lone "▲ …" line describes a photo; grouped "▲" lines are a list of clauses."""
    for step in (-1, 1):
        j = _neighbour(lines, i, step)
        if j is not None and _MARKED.match(lines[j]):
            return False
    return True


def _bare_label(line: str) -> bool:
    """A name of what the photo shows, in a word or three ("빛고을시청", "강원 고성군청사"):
    the text of a caption whose credit follows. A headline says more, and otherwise."""
    if not line or line.startswith(CAPTION) or len(line) > _LABEL_MAX:
        return False
    return len(line.split()) <= _LABEL_WORDS and not re.search(r"[,.!?…]", line)


def _neighbour(lines: list[str], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j]:
            return j
        j += step
    return None


def _strip(line: str) -> str:
    return " ".join(line.rstrip(" |").split())
