"""Reduce normalized page text to the article's own words.

Pages copied from news sites carry buttons, ad slots, copyright footers, photo captions and
lists of other headlines; print pages break words across lines; some sites print the body
twice. Everything `extract` reads must be article prose, so those go, and nothing else:
a rule that is unsure keeps the line.
"""

from __future__ import annotations

import re

from mouarchive.text.bylines import parse_byline
from mouarchive.text.captions import CAPTION, credits_apart, is_caption_line, mark_captions
from mouarchive.text.datelines import (
    header_fields,
    is_bare_date,
    is_date_field,
    strip_datestamps,
    without_leading_stamp,
)
from mouarchive.text.furniture import (
    COUNTER_FIELD,
    before_copyright,
    furniture_lines,
    is_button_word,
    is_copyright_footer,
    stamped_byline,
    without_markup,
)
from mouarchive.text.listings import is_list_heading
from mouarchive.text.outlet_names import outlet_field
from mouarchive.text.repeats import drop_repeats
from mouarchive.text.script_cues import without_cue
from mouarchive.vocab import word_set

_BUTTON_SPLIT = re.compile(r"[\s|·/,]+")
_PAGE_REFERENCE = re.compile(r"(?<!\d)\d+\s*면")
_LIST_ITEM = re.compile(r"[-–·•▶▷►■□◆◇☞○●>»]\s*\S")
_PHOTO_CREDIT = re.compile(
    r"\s*[(<\[]\s*(?:사진|사진\s*제공|자료\s*사진|자료)\s*[=:]\s*[^)>\]]{1,40}[)>\]]"
    r"|\s*/\s*사진\s*=\s*\S.{0,40}$"
    # "…위한 협약<사진>을 했다", "<사진1>": where a photo stands in the prose.
    r"|\s?[<〈\[]\s?사진\s?\d{0,2}\s?[>〉\]]"
)

# A wrapped sentence: at most this many lines, none longer than a narrow column's.
_WRAP_LINES_MAX = 8
_WRAP_LINE_MAX = 90
_CLOSING_MARKS = "\"”’')]"
_OPEN_ENDINGS = word_set("common_words", "open_endings")
_OPEN_WORDS = word_set("common_words", "open_words")
# "충북도와 진천군이 오늘(14일)": a broadcast script's day in brackets, which no sentence ends on.
_DAY_IN_BRACKETS_END = re.compile(r"(?:오늘|어제|이날)\s?\(\d{1,2}일?\)$")
_TOPIC_PARTICLES = ("은", "는")
_CONTACT = re.compile(r"@|https?://|www\.|\d{2,4}-\d{3,4}-\d{4}", re.IGNORECASE)

# A sentence closed inside a line ("…개최했다. 경남도는 …"): a mark that ends a sentence, any
# closing quotes, then the next sentence.
_INNER_CLOSE = re.compile(r"[.!?][\"”’')\]]*\s")
_CONTINUING_WORDS = word_set("common_words", "continuing_words")

_HANGUL_END = re.compile(r"[가-힣]$")
_HANGUL_START = re.compile(r"^[가-힣]")
# Particles and verb endings that never begin a paragraph but do continue a word that the
# page layout broke ("방향 / 을 제시하고", "나서 / 기로 했으며").
_BOUND_STARTS = word_set("common_words", "bound_starts")
# One-syllable words that often end a short line on their own ("등", "및"); a paragraph
# line ending in any other single syllable was cut inside a word.
_FREE_SYLLABLES = word_set("common_words", "free_syllables")
_PARAGRAPH_MIN = 40
_JOIN_MIN = 15
_HEADLINE_MAX = 60


def clean_text(text: str) -> str:
    """Set captions apart, drop boilerplate, rejoin wrapped lines and broken words, drop
    repeated paragraphs, single blank lines.

    Photo captions stay in the text, each on a line opened by `captions.CAPTION`, for
    `split` to file under their article's captions.
    """
    lines = [piece for line in text.split("\n") for piece in credits_apart(without_cue(line))]
    furniture, dated = furniture_lines(lines)
    lines = mark_captions(lines, furniture)
    lines = _join_wrapped_lines(_drop_boilerplate(lines, furniture, dated))
    lines = _join_broken_paragraphs(lines)
    lines = _cut_photo_credits(lines)
    lines = _rejoin_broken_words(lines)
    lines = drop_repeats(lines)
    return _collapse_blanks(lines)


def _join_wrapped_lines(lines: list[str | None]) -> list[str]:
    """Lines a broadcaster's script or a narrow column broke mid-sentence, joined into the
    sentence they make; `None` marks a dropped line, which no sentence runs across.

    Lines are joined only when the sentence closes a few lines on, none of the lines before
    it closes one, and at least one of them plainly stops mid-sentence ("…현대중공업이,",
    "…사업시행을 맡은"): a headline above the body never does. A byline, a dateline or a
    contact line never joins.
    """
    out: list[str] = []
    shapes = [_shape(line) for line in lines]
    i = 0
    while i < len(lines):
        line = lines[i]
        if line is None:
            i += 1
            continue
        end = _wrapped_end(lines, shapes, i)
        out.append(" ".join(part for part in lines[i:end] if part))
        i = end
    return out


def _join_broken_paragraphs(lines: list[str]) -> list[str]:
    """A paragraph a page broke inside its last sentence ("…투자유치 활동으로, 경남중공업" /
    "등 17개 업체와 … 체결했다."), joined again: a long line of prose that has closed a
    sentence but not its last, then a line opened by a word no sentence opens with."""
    out: list[str] = []
    for line in lines:
        if out and line.split(" ", 1)[0] in _CONTINUING_WORDS and _broken_paragraph(out[-1]):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _broken_paragraph(line: str) -> bool:
    """A line of prose that stops inside a sentence: it has closed one before ("…개최했다.
    경남도는 이날 …, 경남중공업") or opens as a lead does ("빛고을시는 2일 …"); a headline does
    neither."""
    return (
        len(line) >= _PARAGRAPH_MIN
        and not _closes_sentence(line)
        and (_INNER_CLOSE.search(line) is not None or _opens_own_sentence(line))
        and _may_wrap(line)
    )


def _shape(line: str | None) -> str:
    """What a line can be in a wrapped sentence: the line that "closes" it, an "open" line
    that stops mid-sentence, other "prose", or "apart" (none, no prose, or too long to be a
    wrapped line). Told once a line: each of the lines a sentence may wrap over looks ahead
    over the same lines."""
    if not line or not _may_wrap(line):
        return "apart"
    if _closes_sentence(line):
        return "closes"
    if len(line) > _WRAP_LINE_MAX:
        return "apart"
    return "open" if _stops_mid_sentence(line) else "prose"


def _wrapped_end(lines: list[str | None], shapes: list[str], start: int) -> int:
    """The end of the wrapped sentence that starts at `start` (start + 1 when none does)."""
    end = start
    open_line = False
    while end < len(lines) and end - start < _WRAP_LINES_MAX:
        if shapes[end] == "apart":
            return start + 1
        if shapes[end] == "closes":
            line = lines[end]
            joins = end > start and open_line and not _opens_own_sentence(line or "")
            return end + 1 if joins else start + 1
        open_line = open_line or shapes[end] == "open"
        end += 1
    return start + 1


def _closes_sentence(line: str) -> bool:
    """Ends on a sentence's close ("…했습니다.", "…밝혔다", "…했다.\"")."""
    return line.rstrip(_CLOSING_MARKS).endswith((".", "!", "?", "다", "요"))


def _may_wrap(line: str) -> bool:
    """Prose, not a byline, a dateline or a contact line."""
    if is_caption_line(line) or _has_contact(line) or parse_byline(line) is not None:
        return False
    return strip_datestamps(line) == line and not header_fields(line)


def _has_contact(line: str) -> bool:
    """An email, a web address or a phone number; each needs one of these marks, which most
    lines of prose lack, so the pattern is tried only on lines that hold one."""
    if "@" in line or "://" in line or "-" in line or "www." in line.lower():
        return _CONTACT.search(line) is not None
    return False


def _stops_mid_sentence(line: str) -> bool:
    """The line ends on a comma or a particle ("…20%는", "…사업시행자인", "…맡은"); a word
    of two syllables is more likely a noun that ends alike ("합의", "추가", "마을"), unless
    it ends as no noun does ("맡은", "맺은") or is a word that only leads on ("위한",
    "대한": a script wrapped "…기업 유치를 위한" / "공동 투자설명회를 열고, …")."""
    if line.endswith(",") or _DAY_IN_BRACKETS_END.search(line):
        return True
    last = line.rsplit(" ", 1)[-1]
    if len(last) == 2 and (last.endswith(_TOPIC_PARTICLES) or last in _OPEN_WORDS):
        return True
    return len(last) > 2 and any(last.endswith(ending) for ending in _OPEN_ENDINGS)


def _opens_own_sentence(line: str) -> bool:
    """A long line that names its own topic first ("김동연 지사는 12일 …") is the lead under a
    stack of headline lines, not the end of a wrapped sentence."""
    if len(line) < _PARAGRAPH_MIN:
        return False
    return any(word.endswith(_TOPIC_PARTICLES) for word in line.split(" ", 2)[:2])


def _drop_boilerplate(lines: list[str], furniture: set[int], dated: set[int]) -> list[str | None]:
    """Drop page furniture, and the headline list that follows a footer or "관련기사";
    a dropped line becomes `None`, so that no sentence is read across it.

    After a footer only marked list lines go ("- 다른 기사"), since on a print page the
    next article's headline may follow; after a "관련기사" heading plain headlines go too,
    but for the article's own headline over its lead where the list stands above the
    article (a sidebar's "많이 본 뉴스" saved before it), and for the next copy's headline
    under its own bare stamp and over its lead, which ends the list. Where the copy before
    signed off over its list, the next copy's headline over its bare stamp and its lead ends
    it too; a box of other headlines set inside the body, before the reporter signs, holds
    dated items that its prose follows, and no new copy opens there. A card of such a list
    ("headline" / its stamp / one sentence) goes whole. A dated line the body tells (`dated`:
    a schedule's, or one a sentence announces) keeps its date.
    """
    kept: list[str | None] = []
    mode = None
    prose_seen = signed = False
    shown = ""
    card_end = 0
    for i, line in enumerate(lines):
        heading = is_list_heading(line)
        if mode is not None and not heading:
            # A list's furniture ("더보기", its ranks, the hours it counts) never ends it.
            if not line or _LIST_ITEM.match(line) or i in furniture or i < card_end:
                kept.append(None)
                continue
            if mode == "related" and (end := _card_end(lines, i)) is not None:
                card_end = end
                kept.append(None)
                continue
            if (
                mode == "related"
                and _is_headline_shaped(line)
                and not _opens_article(lines, i)
                and (prose_seen or not _heads_lead(lines, i, furniture))
                and not (
                    (is_bare_date(lines[i - 1]) or (signed and _stamp_under(lines, i)))
                    and _heads_lead(lines, i, furniture)
                )
            ):
                kept.append(None)
                continue
            mode = None
        prose_seen = prose_seen or _is_prose(line)
        if heading and mode is None:
            signed = parse_byline(shown) is not None
        shown = line or shown
        if is_caption_line(line):
            kept.append(line)
            continue
        if is_copyright_footer(line):
            mode = "footer"
            told, credited = before_copyright(line)
            if told and i not in furniture:
                # The brief before the notice is read as any line is; a photo's caption stays
                # a caption.
                remainder = _readable(told)
                kept.append(CAPTION + remainder if credited and remainder else remainder or None)
                continue
        elif heading:
            mode = "footer" if _PAGE_REFERENCE.search(line) else "related"
        if mode is not None or i in furniture:
            kept.append(None)
            continue
        if i in dated:
            kept.append(line)
            continue
        remainder = _readable(line)
        kept.append(remainder if remainder or not line else None)
    return kept


def _is_prose(line: str) -> bool:
    return len(line) >= _PARAGRAPH_MIN and _closes_sentence(line)


def _heads_lead(lines: list[str], i: int, furniture: set[int]) -> bool:
    """Whether a paragraph of prose follows line `i`, blank lines and furniture (its
    dateline) apart."""
    following = next(
        (
            lines[k]
            for k in range(i + 1, min(i + _LEAD_REACH, len(lines)))
            if lines[k] and k not in furniture
        ),
        None,
    )
    return following is not None and _is_prose(following)


_LEAD_REACH = 4


def _card_end(lines: list[str], i: int) -> int | None:
    """The end of the card of a list of other articles that line `i` opens: a headline, its
    stamp, one sentence telling the story, and then no more prose and no sign-off (another
    card, the list's end, the page's), which a copy of an article has under its lead."""
    if not _is_headline_shaped(lines[i]):
        return None
    shown = [k for k in range(i + 1, min(i + _CARD_REACH, len(lines))) if lines[k]][:3]
    if len(shown) < 2 or not (_stamped(lines[shown[0]]) or is_bare_date(lines[shown[0]])):
        return None
    summary = lines[shown[1]]
    if len(summary) < _JOIN_MIN or not _closes_sentence(summary):
        return None
    after = lines[shown[2]] if len(shown) == 3 else None
    if after is not None and (not _is_headline_shaped(after) or _is_byline(after)):
        return None
    return shown[1] + 1


# Lines a card spans, blank lines between its parts included.
_CARD_REACH = 8


def _stamp_under(lines: list[str], i: int) -> bool:
    """Whether a bare date stands under line `i`, blank lines apart."""
    under = next((line for line in lines[i + 1 : i + _LEAD_REACH] if line), "")
    return is_bare_date(under)


# A line between a headline and its publication stamp: the outlet's or the reporter's name
# ("충북도·청주시, … 투자협약" / "한빛경제" / "입력 2023. 9. 14. 15:02").
_NAME_LINE_MAX = 15


def _opens_article(lines: list[str], i: int) -> bool:
    """Whether line `i` is the headline of the next article in a file of several copies: its
    publication stamp ("입력 2022.05.10 (19:21)") follows, at once or after a name's line, and
    its lead after that. A list of other headlines either prints no stamp under an item, or
    prints one under each ("경주시, … 상생협약 / 입력 2021.03.21 / 영덕군·울진군, … / 입력 …"),
    so an item has another headline and stamp after it or before it."""
    following = [line for line in lines[i + 1 : i + 12] if line][:4]
    at = next(
        (
            k
            for k in (0, 1)
            if k < len(following)
            and _stamped(following[k])
            and (k == 0 or len(following[0]) <= _NAME_LINE_MAX)
        ),
        None,
    )
    if at is None:
        return False
    before = [line for line in lines[max(0, i - 6) : i] if line][-2:]
    return not (_stamped_item(following[at + 1 : at + 3]) or _stamped_item(before))


def _stamped_item(pair: list[str]) -> bool:
    """Whether two lines are a headline and its stamp, an item of a stamped list."""
    return len(pair) == 2 and _is_headline_shaped(pair[0]) and _stamped(pair[1])


def _stamped(line: str) -> bool:
    return without_leading_stamp(line) != line


def _readable(line: str) -> str:
    """The line without its leading stamp, markup and a header's leftovers; a byline run
    together with its stamp, without the stamp."""
    byline = stamped_byline(line)
    if byline is not None:
        return byline
    if header_fields(line):
        # "기사입력 … | 홍길동 기자 | 조회수 123": each field judged, the byline kept.
        return _header_remainder(without_markup(line))
    return _header_remainder(without_markup(without_leading_stamp(line)))


def _is_headline_shaped(line: str) -> bool:
    return len(line) <= _HEADLINE_MAX and not line.endswith(".")


def _header_remainder(line: str) -> str:
    """Keep what a stamped header line says besides dates, outlet, counters and buttons (the
    byline)."""
    fields = header_fields(line)
    if fields:
        kept = [f for f in fields if not is_date_field(f) and not outlet_field(f)]
        kept = [COUNTER_FIELD.sub(" ", f) for f in kept]
        return " ".join(w for f in kept for w in _BUTTON_SPLIT.split(f) if _is_content_word(w))
    stripped = strip_datestamps(line)
    if stripped == line:
        return line
    stripped = COUNTER_FIELD.sub(" ", stripped)
    return " ".join(w for w in _BUTTON_SPLIT.split(stripped) if _is_content_word(w))


# "(19:21)": the time a broadcaster's dateline prints after its date, left by the date's
# removal ("입력 2022.05.10 (19:21) 수정 2022.05.10 (19:40)").
_TIME_WORD = re.compile(r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?")


def _is_content_word(word: str) -> bool:
    return bool(word) and not is_button_word(word) and not _TIME_WORD.fullmatch(word)


def _cut_photo_credits(lines: list[str]) -> list[str]:
    """Cut a photo credit ("(사진=빛고을시)") from the end of a paragraph of prose; a
    caption line keeps its credit. Every credit the pattern reads names 사진 or 자료: a
    line without either is not searched."""
    return [
        line
        if is_caption_line(line)
        else (_PHOTO_CREDIT.sub("", line) if "사진" in line or "자료" in line else line).strip()
        for line in lines
    ]


def _rejoin_broken_words(lines: list[str]) -> list[str]:
    """Join "…산업 혁신의 핵" + blank + "심 엔진…" back into one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        while i + 2 < len(lines) and not lines[i + 1] and _is_broken_pair(line, lines[i + 2]):
            line += lines[i + 2]
            i += 2
        out.append(line)
        i += 1
    return out


def _is_broken_pair(line: str, following: str) -> bool:
    if is_caption_line(line) or len(line) < _JOIN_MIN or line.endswith("다"):
        return False
    if not _HANGUL_END.search(line):
        return False
    if not _HANGUL_START.match(following) or parse_byline(line) or parse_byline(following):
        return False
    first_word = following.split(" ", 1)[0].rstrip(",.")
    if first_word in _BOUND_STARTS:
        return True
    if _inside_quote(line):
        return True
    last_word = line.rsplit(" ", 1)[-1]
    return len(line) >= _PARAGRAPH_MIN and len(last_word) == 1 and last_word not in _FREE_SYLLABLES


def _inside_quote(line: str) -> bool:
    """A line that opened a quotation and never closed it stops mid-sentence."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _is_byline(line: str) -> bool:
    return parse_byline(line) is not None


def _collapse_blanks(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
