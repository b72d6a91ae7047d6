"""The agreed items of one agreement ("▲A ▲B ▲C 등이다", "협약 내용은 A, B, C 등이다").

Articles use the same marker and comma lists for district maps, meeting agendas, photo
captions and related headlines, so a list only counts when the sentence around it speaks of
what was agreed (협약, 합의, 내용, 분야, 사항 ...) and not of designations, attendance or
announcements. A list is what the article writes as one: items behind markers, in a table, in
quotes, or a comma run the sentence calls the content ("내용은 A, B, C 등이다", "등 3개 항목에
합의했다"); a comma run inside prose about cooperating ("A, B 등에 협력하기로 했다"), a list of
companies or a yearly schedule is not.
"""

from __future__ import annotations

import itertools
import re

from mouarchive.models import Clause, Span
from mouarchive.vocab import pattern, word_set, words

_SENTENCE_END_RE = re.compile(r"[.?!](?=[\s”\"’')]|$)|\n")
_INLINE_MARKERS = "".join(re.escape(mark) for mark in words("clause_lists", "inline_markers"))
_LINE_MARKERS = "".join(re.escape(mark) for mark in words("clause_lists", "line_markers"))
_SPACED_DOTS = "·ㆍ・‧•"
# Circled numbers run inline too ("①A ②B ③C 등이 담겼다"), and so does a dot set apart by
# spaces ("두 기관은 · A · B 를"), as when a page's item lines were run together; "문화·체육"
# joins words.
_INLINE_MARKER_RE = re.compile(f"[{_INLINE_MARKERS}①-⑳❶-❿]|(?<=\\s)[{_SPACED_DOTS}](?=\\s)")
# "1) A 2) B", "가) A 나) B", "1. A 2. B" written inline, after a space or at the line's start
# ("1.5배" and a date's "2024. 1. 2." open nothing: a word must follow).
_INLINE_NUMBER_RE = re.compile(
    r"(?:(?<=\s)|^)(?:(\d{1,2}|[가-하])\)\s?|(\d{1,2})\.\s?(?=[가-힣A-Za-z]))", re.MULTILINE
)
_NUMBER_SERIES = [str(n) for n in range(1, 21)]
_HANGUL_SERIES = list("가나다라마바사아자차카타파하")
_ORDINALS = words("clause_lists", "ordinals")
_LINE_ITEM_RE = re.compile(
    rf"^[ \t]*(?:[{_INLINE_MARKERS}{_LINE_MARKERS}]|\d{{1,2}}[.)]|[①-⑳]|[가-하][.)]|"
    rf"(?:{'|'.join(_ORDINALS)})째(?:로)?[,.:]?)[ \t]*(?=\S)",
    re.MULTILINE,
)
_AGREED_RE = re.compile(pattern("clause_lists", "agreed_cues"))
_NOT_AGREED_RE = re.compile(pattern("clause_lists", "not_agreed_cues"))
_TAIL_DEUNG_RE = re.compile(
    r"\s등(?=(?:이다|이|을|를|의|에도|에|도|으로|과|와|은|까지)(?:\s|$|[.,])|"
    r"\s?(?:\d+|[한두세네다섯여섯일곱여덟아홉열]+)\s?개|[.,]?$)"
)
# "…②통근버스 공동 운영이다": the copula closes the sentence; the noun before it is the item.
_COPULA_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?<![하되])(?:이다|이었다|였다|입니다)[.]?$")
_TAIL_ABOUT_RE = re.compile(
    r"(?:다양한|여러|각종)\s|(?:\S+\s){0,2}?\S*(?:관한|대한|관련|사항|가지|내용|분야|과제)"
)
# "…투자규모를 성실히 이행한다는 내용이다": the item is the deed, not the saying of it.
_SAYING_RE = re.compile(r"(?:(?<=[가-힣])(?:한다는|하겠다는|하기로\s?한|하는)\s?내용)?$")
# "…공동 운영을", and "…공동 운영 을" when item lines were run into the sentence after them.
_TRAILING_PARTICLE_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])\s?(?:을|를|에|에도|으로|로)$")
_VERB_WORD_RE = re.compile(r"(?:다|기로|했으며|하며|하고)[.]?$")
_FILLER_WORDS = word_set("clause_lists", "filler_words")
_LEADING_ADVERBIAL_RE = re.compile(r"^\S+(?:에|에는|에서|으로는)\s(?=\S+\s\S)")
# "12일 협약을 맺고 A, B, C 등에 협력하기로 했다": the signing clause ends before the first item.
# "△(서구) 인허가 지원 △(협회) 품질 관리": who takes the item on, set before it.
_ACTOR_RE = re.compile(r"\([^()]{1,10}\)\s")
# "이 회사의 주요 사업 분야는 A, B 등이다": a partner's business, not what was agreed.
_BUSINESS_RE = re.compile(
    r"(?:회사|기업|업체)(?:의|는|은)\s|사업\s?(?:분야|내용|영역)|주력|생산\s?품목"
)
_AGREEMENT_WORD_RE = re.compile(pattern("clause_lists", "agreement_words"))
_SIGNED_THEN_RE = re.compile(r"(?:맺고|맺어|체결하고|체결해|체결하며|서명하고|협약하고)\s")
_LIST_INTRO_RE = re.compile(pattern("clause_lists", "list_intros") + r"|:\s*$")
# "협약은 4개 항목으로 구성됐다", "두 기관은 세 가지 일을 함께한다": a count announces the lines.
_COUNT_INTRO_RE = re.compile(
    r"(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|가지)\s?[가-힣]"
)
_OPENING = "‘'\"“「『"
_CLOSING = "’'\"”」』"
_COUNT_WORD = r"(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|가지)\s?"
_ITEM_NOUN = r"(?:항(?![목공만])|" + pattern("clause_lists", "item_nouns") + ")"
# An unmarked comma list is a list of agreed items only when the words right after its last
# "등" say so: a count of items ("등 6개 항목에 합의했다"), the content ("등을 골자로 한다",
# "등이 주요 내용이다", "등의 내용이 담겼다"), or a copula after a content introduction
# ("협약 내용은 A, B, C 등이다"). "양 기관은 A, B, C 등에 협력하기로 했다" is prose about the
# agreement, not a list of it, however the items read.
_CONTENT = pattern("clause_lists", "content_nouns")
_COMMA_CLOSURE_RE = re.compile(
    r"\s등(?:\s?(?P<count>" + _COUNT_WORD + _ITEM_NOUN + ")"
    r"|(?P<copula>(?:이다|입니다|이었다|였다)[.]?$)"
    r"|(?:을|를|이|가|의)\s?(?:주요\s|주된\s|핵심\s|주\s)?" + _CONTENT + r"|(?:이|을|를)\s?담)"
)
# "'A', 'B', 'C' 등 …": items each in quotes are written as a list whatever follows.
_QUOTED_CLOSURE_RE = re.compile(r"(?<=[’'”\"」』])\s?등(?=[\s을를이의])")
_CONTENT_INTRO_RE = re.compile(
    r"(?:"
    + _CONTENT
    + r"|사항|분야|과제|항목)(?:은|는|으로는)\s|"
    + pattern("clause_lists", "agreement_words")
    + r"(?:서|문)?(?:에는|에서는)\s|구체적으로"
)
_PAIRED = {"(": ")", "[": "]", "‘": "’", "“": "”", "「": "」", "『": "』"}
_COMMA_INTRO_RE = re.compile(
    r"(?:내용은|내용으로는|분야는|사항은|과제는|골자는|협약서에는|협약에는|합의문에는|합의서에는|"
    r"구체적으로는?|주요\s?내용은|기관은|시·도는|양측은|양\s?기관은|[가-힣]+(?:은|는)\s(?=[^,]*,))\s*"
)
# "협약의 골자는 A와 B이다", "협약 내용은 A와 B 등이다": two items joined by 와/과, no comma.
_PAIR_RE = re.compile(
    r"(?:협약|합의|MOU|양해각서|협정)(?:의|서의|문의)?\s?(?:주요\s?)?(?:골자|내용|핵심)(?:은|는)\s"
    r"(?P<a>[^.]{2,90}?[가-힣A-Za-z0-9)])(?:와|과)\s(?P<b>[^.]{2,90}?)"
    r"(?:\s?등)?(?:이다|입니다|이었다|였다)[.]?$"
)
# "…서명했으며, 재학생 현장실습과 공동 교육과정 개설이 주요 내용이다", "X와 맺은 협약은 A와
# B가 골자다": the same pair, named first (after the agreement as topic, if it opens).
_NAMED_FIRST = (
    r"(?P<a>[^,]{2,45}?[가-힣A-Za-z0-9)])(?:와|과)\s(?P<b>[^,]{2,45}?)"
    r"(?:\s?등)?(?:이|가)\s(?:(?:이번\s)?협약의\s)?(?:주요\s?|핵심\s?)?"
    r"(?:내용|골자)(?:이다|입니다|다)[.]?$"
)
_PAIR_TOPIC_FIRST_RE = re.compile(r"협약(?:은|는)\s" + _NAMED_FIRST)
_PAIR_FIRST_RE = re.compile(r"(?:^|,\s)" + _NAMED_FIRST)
# "X와의 협약에서는 A와 B에 힘을 모으기로 했다": two agreed aims before the promise; each a
# phrase of several words, so a partner ("기업과 공동 연구를") is not taken for an item.
_PAIR_PROMISED_RE = re.compile(
    r"협약(?:에서는|에서|으로|을\s?통해|에\s?따라)\s(?:[가-힣]+(?:은|는)\s)?(?![가-힣]+(?:은|는)\s)"
    r"(?P<a>[^.,]{2,45}?\s[^.,]*?[가-힣A-Za-z0-9)])(?:와|과)\s(?P<b>[^.,]{2,45}?\s[^.,]{2,45}?)"
    r"(?:\s?등)?(?:에|을|를)\s(?:\S+\s){0,2}?\S*(?:기로|키로)\s?(?:했다|합의했다|약속했다)[.]?$"
)
_CONNECTIVE_END_RE = re.compile(r"(?:고|며|으며|해|서|지만|면서|는데|하여|했으며|하고)$")
# "5개 분야", "세 가지 사항", and "3대 분야", "4대 핵심 과제".
_STATED_RE = re.compile(
    r"(?P<n>\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|가지)\s?"
    r"(?:항(?![목공만])|" + pattern("clause_lists", "item_nouns") + ")|"
    r"(?<!\d)(?P<m>\d)대\s?(?:핵심\s?|중점\s?|협력\s?)?(?:분야|과제|부문)"
)
_KOREAN_NUMBERS = {
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
}
_MAX_COMMA_ITEM = 45
_MAX_LINE_ITEM = 60
# A line that reads as a sentence, a quotation or a caption rather than an item.
_SENTENCE_LIKE_RE = re.compile(r"(?:다|요|까)[.!?]?$|[.!?][\s\"”’']|[\"“”|]|\s{2}|기자$")
# "▲경제·환경 등 4개 분야와 ▲…": a count after 등 closes the list in the middle of an item.
_COUNT_TAIL_RE = re.compile(r"\s등\s?" + _COUNT_WORD)
_LEGAL_FORM_RE = re.compile(pattern("organisations", "legal_forms"))
_ORG_NAME_RE = re.compile(r"\S+" + pattern("organisations", "name_endings") + "$")
# "▲한빛전자 ▲바다식품 ▲남도정밀 등 3곳이다": a list counted in bodies is a roster.
_MEMBER_COUNT_RE = re.compile(
    r"등\s?(?:\d+|[한두세네다섯여섯일곱여덟아홉열]+)\s?"
    + pattern("clause_lists", "member_counters")
)
_DATED_ITEM_RE = re.compile(r"(?:19|20)\d{2}\s?년|\d{1,2}\s?월\s")
# "구분 | 내용" tables, pipe- or tab-separated (markdown's "|---|" rule rows are skipped).
_TABLE_ROW_RE = re.compile(r"^[^\n]*[|\t][^\n]*$", re.MULTILINE)
_TABLE_CELL_RE = re.compile(r"[^|\t]+")


def sentence_spans(text: str) -> list[Span]:
    """Sentences as spans; a "." inside "5.18" or "2021.1.27" does not end one."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        at = m.start()
        if m.group(0) != "\n" and (at == 0 or text[at - 1].isdigit() or text[at - 1] in " .\t"):
            continue
        end = at if m.group(0) == "\n" else m.end()
        if end > start:
            _append_trimmed(spans, text, start, end)
        start = m.end()
    if start < len(text):
        _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        begin = start + len(piece) - len(piece.lstrip())
        spans.append((begin, begin + len(stripped)))


def _trim(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    begin = start + len(piece) - len(piece.lstrip())
    return begin, max(begin, end - (len(piece) - len(piece.rstrip())))


def stated_count(text: str) -> int | None:
    """The number of items the article says were agreed ("8개항에 합의", "5개 분야"). When it
    counts twice ("4개 분야 10개 과제"), the larger count is of the items, the smaller of the
    fields that group them."""
    counts = [_count_of(m) for m in _STATED_RE.finditer(text)]
    return max(counts) if counts else None


def _count_of(m: re.Match[str]) -> int:
    n = m.group("n") or m.group("m")
    return int(n) if n.isdigit() else _KOREAN_NUMBERS[n]


# "▲C를 추진하고, 시는 …": a verb joined to a new clause by a comma ends the list there.
_RUN_ON_RE = re.compile(r"\s\S+(?:하고|하며|하면서|했고|했으며|되고|되며|됐고|됐으며|이고|이며),\s")


def _cut_tail(item: str) -> str:
    """Drop what follows the last item of a sentence: "… 등이다", "… 등 ‘협력분야’에 관한
    사항이 명시됐다", "…에 힘을 모으기로 했다", "…를 추진하고, 시는 …". A "등" inside an
    item ("인허가 등 행정 절차") stays."""
    run_on = _RUN_ON_RE.search(item)
    if run_on:
        item = item[: run_on.start()]
    tails = list(_TAIL_DEUNG_RE.finditer(item))
    if tails:
        return item[: tails[-1].start()]
    at = item.rfind(" 등 ")
    while at != -1:
        if _TAIL_ABOUT_RE.match(item, at + 3):
            return item[:at]
        at = item.rfind(" 등 ", 0, at)
    copula = _COPULA_RE.search(item)
    if copula:
        item = item[: copula.start()]
        return item[: _SAYING_RE.search(item).start()]
    end = len(item.rstrip(" ."))
    while end > 0:
        space = item.rfind(" ", 0, end)
        word = item[space + 1 : end]
        if space == -1 or not (_VERB_WORD_RE.search(word) or word in _FILLER_WORDS):
            break
        end = space
    return _TRAILING_PARTICLE_RE.sub("", item[:end])


def _clean(text: str, start: int, end: int, last: bool) -> Clause | None:
    """Trim markers, quotes and, for the item that closes a sentence, the "등이다" tail."""
    start, end = _trim(text, start, end)
    item = text[start:end]
    counted = _COUNT_TAIL_RE.search(item)
    if counted:
        item = item[: counted.start()]
    elif last:
        item = _cut_tail(item)
    item = item.rstrip(" ,;·.")
    lead = 0
    inner = item[1:-1]
    wrapped = (
        item[:1] in _OPENING
        and item[-1:] in _CLOSING
        and not any(q in inner for q in _OPENING + _CLOSING)
    )
    if wrapped or (item[:1] in _OPENING and not any(q in item[1:] for q in _CLOSING)):
        lead = 1
    item = item[lead:]
    if item[-1:] in _CLOSING and not any(q in item[:-1] for q in _OPENING):
        item = item[:-1]
    item = item.strip()
    actor = _ACTOR_RE.match(item)
    if actor:
        lead += actor.end()
        item = item[actor.end() :]
    if item.count("(") > item.count(")"):
        item = item.rstrip("(")
    if len(item) < 2:
        return None
    begin = start + lead
    return Clause(text=item, span=(begin, begin + len(item)))


def _speaks_of_agreement(context: str, current: str) -> bool:
    return bool(_AGREED_RE.search(context)) and not _NOT_AGREED_RE.search(current)


def _about_business(intro: str) -> bool:
    return bool(_BUSINESS_RE.search(intro)) and not _AGREEMENT_WORD_RE.search(intro)


def _sentence_at(sentences: list[Span], pos: int) -> int:
    for i, (start, end) in enumerate(sentences):
        if start <= pos < end:
            return i
    return len(sentences) - 1


def _context(text: str, sentences: list[Span], first: int, last: int) -> str:
    """The list's own sentence, plus the one before when the list opens its sentence with
    only a connective ("구체적으로 ▲A ▲B")."""
    i = _sentence_at(sentences, first)
    start, end = sentences[i]
    end = max(end, sentences[_sentence_at(sentences, last)][1])
    current = text[start:end]
    if i > 0 and first - start < 15:
        return text[sentences[i - 1][0] : sentences[i - 1][1]] + " " + current
    return current


def _numbered_markers(text: str, start: int, end: int) -> list[Span]:
    """ "1) A 2) B 3) C", "가) A 나) B" within one line: labels counting up from the first,
    so a stray "3)" or a time ("10시 2)") opens no list."""
    found = list(_INLINE_NUMBER_RE.finditer(text, start, end))
    if not found:
        return []
    labels = [m.group(1) or m.group(2) for m in found]
    first = labels[0]
    series = _NUMBER_SERIES if first.isdigit() else _HANGUL_SERIES
    if first not in ("1", "가") or labels != series[: len(labels)]:
        return []
    return [m.span() for m in found]


def _marker_lines(text: str) -> list[Span]:
    """Lines, except that an inline list which opens mid-line and breaks off before its
    sentence ends ("양 기관은 ▷A ▷B" / "▷C 등에 힘쓰기로 했다") runs on over the following
    lines opened by the same marker. A list of one item per line opens at the line's start
    and is left to `_line_lists`."""
    lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
    merged: list[Span] = []
    for start, end in lines:
        if merged and _continues(text, merged[-1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(text: str, line: Span, next_start: int) -> bool:
    head = text[line[0] : line[1]]
    marks = _INLINE_MARKER_RE.findall(head)
    opens_mid_line = bool(marks) and not head.lstrip().startswith(marks[0])
    unfinished = not head.rstrip().endswith((".", "다"))
    blank_between = text[line[1] : next_start].count("\n") > 1
    nxt = text[next_start : next_start + 2].lstrip(" \t")[:1]
    return opens_mid_line and unfinished and not blank_between and nxt == marks[-1]


def _inline_lists(text: str, sentences: list[Span]) -> list[list[Clause]]:
    lists: list[list[Clause]] = []
    for line_start, line_end in _marker_lines(text):
        marks = [m.span() for m in _INLINE_MARKER_RE.finditer(text, line_start, line_end)]
        if len(marks) < 2:
            marks = _numbered_markers(text, line_start, line_end)
        if len(marks) < 2:
            continue
        markers = [a for a, _ in marks]
        last_sentence = sentences[_sentence_at(sentences, markers[-1])]
        close = min(line_end, last_sentence[1])
        bounds = [*markers, close]
        context = _context(text, sentences, markers[0], markers[-1])
        items = [
            _clean(text, marks[k][1], b, last=(k == len(markers) - 1))
            for k, (_a, b) in enumerate(itertools.pairwise(bounds))
        ]
        found = [c for c in items if c is not None]
        if not found:
            continue
        if not _speaks_of_agreement(context, text[found[-1].span[1] : close]):
            continue
        if _MEMBER_COUNT_RE.search(text, marks[-1][1], close):
            continue
        if _about_business(text[sentences[_sentence_at(sentences, markers[0])][0] : markers[0]]):
            continue
        if len(found) >= 2:
            lists.append(found)
    return lists


def _marker_style(marker: str) -> tuple[str, int | None]:
    """("num", 3) for "3." / "3)", else the marker itself; lists keep one style."""
    marker = marker.strip()
    digits = re.match(r"\d+", marker)
    if digits:
        return "num", int(digits.group(0))
    if "①" <= marker[:1] <= "⑳":
        return "circled", ord(marker[0])
    if re.match(r"[가-하][.)]", marker):
        return "hangul", ord(marker[0])
    ordinal = re.match(f"({'|'.join(_ORDINALS)})째", marker)
    if ordinal:
        return "ordinal", _ORDINALS.index(ordinal.group(1))
    return marker[:1], None


def _line_lists(text: str, sentences: list[Span]) -> list[list[Clause]]:
    """Runs of lines each opened by the same kind of marker ("- A", "1. B", "① C"), judged by
    the line that introduces them; a restart of the numbering or another marker starts a new
    run (a page's "1. 많이 본 뉴스" list after the article's own)."""
    lists: list[list[Clause]] = []
    run: list[tuple[int, int, int]] = []
    style: tuple[str, int | None] = ("", None)
    previous_end = -1
    for m in _LINE_ITEM_RE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if len(_INLINE_MARKER_RE.findall(text, m.end(), line_end)) > 0:
            continue
        current = _marker_style(m.group(0))
        restarted = current[1] is not None and style[1] is not None and current[1] <= style[1]
        if run and (text[previous_end : m.start()].strip() or current[0] != style[0] or restarted):
            lists.extend(_judge_run(text, run))
            run = []
        run.append((m.start(), m.end(), line_end))
        style = current
        previous_end = line_end
    if run:
        lists.extend(_judge_run(text, run))
    return lists


def _judge_run(text: str, run: list[tuple[int, int, int]]) -> list[list[Clause]]:
    if len(run) < 2:
        return []
    intro_end = len(text[: run[0][0]].rstrip())
    intro_start = text.rfind("\n", 0, max(intro_end - 1, 0)) + 1
    intro = text[intro_start:intro_end]
    open_sentence = not intro.rstrip().endswith(("다.", "다"))
    announced = _LIST_INTRO_RE.search(intro) or _COUNT_INTRO_RE.search(intro)
    if not (_speaks_of_agreement(intro, intro) and (announced or open_sentence)):
        return []
    items = [_clean(text, body, end, last=False) for _, body, end in run]
    found = [c for c in items if c is not None]
    return [found] if len(found) >= 2 else []


def _plain_line_lists(text: str) -> list[list[Clause]]:
    """Items one a line without markers, under a line that announces them ("협약의 주요 내용은
    다음과 같다.", "[협약 주요 내용]", "주요 내용:"): short phrases, no sentence among them, so
    paragraphs of prose under such a line are no list."""
    lists: list[list[Clause]] = []
    runs: list[tuple[str, list[Span]]] = []
    previous = ""
    for m in re.finditer(r"[^\n]+", text):
        if _plain_item(text, m.span()):
            if runs and runs[-1][1] and runs[-1][1][-1][1] == m.start() - 1:
                runs[-1][1].append(m.span())
            else:
                runs.append((previous, [m.span()]))
        previous = m.group(0).strip()
    for intro, run in runs:
        if not _announces_lines(intro):
            intro, run = text[run[0][0] : run[0][1]].strip(), run[1:]
            if not _announces_lines(intro):
                continue
        found = [c for a, b in run if (c := _clean(text, a, b, False))]
        if len(found) >= 2:
            lists.append(found)
    return lists


def _announces_lines(intro: str) -> bool:
    finished = intro.endswith(("다.", "다")) and not intro.rstrip(".").endswith("같다")
    announced = _LIST_INTRO_RE.search(intro) or _COUNT_INTRO_RE.search(intro)
    return bool(announced) and not finished and _speaks_of_agreement(intro, intro)


def _plain_item(text: str, span: Span) -> bool:
    """A line that can be an item: a short phrase, not a sentence, not opened by a marker."""
    line = text[span[0] : span[1]].strip()
    return (
        2 <= len(line) <= _MAX_LINE_ITEM
        and not _SENTENCE_LIKE_RE.search(line)
        and not _LINE_ITEM_RE.match(line)
        and not _INLINE_MARKER_RE.search(line)
    )


def _cells(row: re.Match[str]) -> list[re.Match[str]]:
    cells = [c for c in _TABLE_CELL_RE.finditer(row.group(0)) if c.group(0).strip(" -:=")]
    return cells if len(cells) >= 2 else []


def _table_lists(text: str) -> list[list[Clause]]:
    """Rows of a "구분 | 내용" table: the content cell is the agreed item, the first a heading.

    A header row naming 내용 picks that column (else the last one); the line before the table
    must speak of what was agreed, as for a marker list, so a schedule or price table is left
    alone."""
    lists: list[list[Clause]] = []
    if "|" not in text and "\t" not in text:
        return lists
    runs: list[list[re.Match[str]]] = []
    for row in _TABLE_ROW_RE.finditer(text):
        if runs and not text[runs[-1][-1].end() : row.start()].strip():
            runs[-1].append(row)
        else:
            runs.append([row])
    for run in runs:
        run = [row for row in run if _cells(row)]
        if not run:
            continue
        cells = [_cells(row) for row in run]
        width = len(cells[0])
        header = [c.group(0).strip() for c in cells[0]]
        column = next((k for k, h in enumerate(header) if "내용" in h), None)
        body_rows = list(zip(run[1:], cells[1:], strict=True)) if column is not None else []
        if column is None:
            column = width - 1
            body_rows = list(zip(run, cells, strict=True))
        intro_end = len(text[: run[0].start()].rstrip())
        intro = text[text.rfind("\n", 0, intro_end) + 1 : intro_end]
        if not (_speaks_of_agreement(intro, intro) and _LIST_INTRO_RE.search(intro)):
            continue
        found = []
        for row, row_cells in body_rows:
            if len(row_cells) != width:
                break
            cell = row_cells[column]
            clause = _clean(text, row.start() + cell.start(), row.start() + cell.end(), False)
            if clause is not None:
                found.append(clause)
        if len(found) >= 2:
            lists.append(found)
    return lists


def _comma_lists(text: str, sentences: list[Span]) -> list[list[Clause]]:
    """Comma lists the sentence itself presents as the agreed items (see `_COMMA_CLOSURE_RE`),
    and lists of quoted items."""
    lists: list[list[Clause]] = []
    for start, end in sentences:
        sentence = text[start:end]
        if "," not in sentence or not _AGREED_RE.search(sentence):
            continue
        closure = _closure(sentence)
        if closure is None:
            continue
        stop, quoted = closure
        intros = [m.end() for m in _COMMA_INTRO_RE.finditer(sentence, 0, stop)]
        floor = intros[-1] if intros else 0
        items = _walk_back(sentence, floor, stop)
        if quoted and not all(_is_quoted(sentence[a:b].strip()) for a, b in items):
            continue
        if items and _NOT_AGREED_RE.search(sentence[stop:]):
            continue
        if items and _about_business(sentence[: items[0][0]]):
            continue
        if len(items) >= 2:
            first = _LEADING_ADVERBIAL_RE.match(sentence, items[0][0])
            if first:
                items[0] = (first.end(), items[0][1])
            signed = list(_SIGNED_THEN_RE.finditer(sentence, items[0][0], items[0][1]))
            if signed:
                items[0] = (signed[-1].end(), items[0][1])
            lists.append([c for a, b in items if (c := _clean(text, start + a, start + b, False))])
    return [found for found in lists if len(found) >= 2]


def _closure(sentence: str) -> tuple[int, bool] | None:
    """Where the sentence's comma list ends, and whether it must be a list of quoted items;
    None when nothing after a "등" presents the items as what was agreed."""
    closures = list(_COMMA_CLOSURE_RE.finditer(sentence))
    while closures and closures[-1].group("copula") is not None:
        if _CONTENT_INTRO_RE.search(sentence, 0, closures[-1].start()):
            break
        closures.pop()
    if closures:
        return closures[-1].start(), False
    quoted = list(_QUOTED_CLOSURE_RE.finditer(sentence))
    if quoted:
        return quoted[-1].start(), True
    return None


def _is_quoted(item: str) -> bool:
    return len(item) > 2 and item[0] in _OPENING and item[-1] in _CLOSING


def _top_level_commas(sentence: str, floor: int, stop: int) -> list[int]:
    """Offsets of the ", " between `floor` and `stop` that stand outside brackets and quotes:
    "건강실천사업(금연, 운동, 영양)" is one item."""
    commas: list[int] = []
    closers: list[str] = []
    for at in range(floor, stop):
        char = sentence[at]
        if closers and char == closers[-1]:
            closers.pop()
        elif char in _PAIRED:
            closers.append(_PAIRED[char])
        elif not closers and sentence.startswith(", ", at):
            commas.append(at)
    if closers:  # a bracket left open: the brackets tell nothing
        return [m.start() for m in re.finditer(", ", sentence[:stop]) if m.start() >= floor]
    return commas


def _split_commas(sentence: str, start: int, end: int) -> list[Span]:
    """ "A, B" inside a 와/과 pair ("A와 B, C이다") holds more items."""
    spans: list[Span] = []
    for part in re.finditer(r"[^,]+", sentence[start:end]):
        if part.group(0).strip():
            spans.append((start + part.start(), start + part.end()))
    return spans


def _pair_lists(text: str, sentences: list[Span]) -> list[list[Clause]]:
    """Two agreed items a content phrase joins with 와/과; a comma list would have caught more."""
    lists: list[list[Clause]] = []
    for start, end in sentences:
        sentence = text[start:end].rstrip()
        m = (
            _PAIR_RE.search(sentence)
            or _PAIR_TOPIC_FIRST_RE.search(sentence)
            or _PAIR_FIRST_RE.search(sentence)
            or _PAIR_PROMISED_RE.search(sentence)
        )
        if m is None:
            continue
        pieces: list[Span] = []
        for g in ("a", "b"):
            pieces.extend(_split_commas(sentence, m.start(g), m.end(g)))
        if any(b - a > _MAX_COMMA_ITEM for a, b in pieces):
            continue
        found = [c for a, b in pieces if (c := _clean(text, start + a, start + b, False))]
        if len(found) >= 2:
            lists.append(found)
    return lists


def _walk_back(sentence: str, floor: int, stop: int) -> list[Span]:
    """Comma-separated items ending at `stop`, collected backwards until a clause boundary
    ("…하고, " "…했으며, ") or an item too long to be one."""
    items: list[Span] = []
    end = stop
    commas = _top_level_commas(sentence, floor, stop)
    while end > floor:
        comma = commas.pop() if commas else -1
        begin = floor if comma == -1 else comma + 2
        segment = sentence[begin:end].strip()
        if not segment or _CONNECTIVE_END_RE.search(segment) or len(segment) > _MAX_COMMA_ITEM:
            break
        items.append((begin, end))
        if comma == -1:
            break
        end = comma
    items.reverse()
    return items


def _roster(items: list[Clause]) -> bool:
    """ "△목포 산단에 ㈜A, ㈜B △순천 산단에 ㈜C", "▲한빛대학교 ▲남도테크노파크": a list of
    companies or bodies (most items name one by its legal form, or are one name of an
    organisation) says who takes part, not what was agreed."""
    named = sum(1 for c in items if _LEGAL_FORM_RE.search(c.text) or _ORG_NAME_RE.match(c.text))
    return named * 2 >= len(items)


def _schedule(items: list[Clause]) -> bool:
    """ "△2019년 1200억 투자 △2020년 4500억 투자": items that each open with a year or a month
    are a timeline of the plan, not its agreed items."""
    return all(_DATED_ITEM_RE.match(c.text) for c in items)


def find_clauses(text: str, sentences: list[Span] | None = None) -> list[Clause]:
    """The agreed items of the agreement `text` describes: the list that matches the stated
    count if the text gives one, else the longest, marker lists winning ties. `sentences`
    may pass `sentence_spans(text)` when the caller has it already."""
    if sentences is None:
        sentences = sentence_spans(text)
    if not sentences:
        return []
    marked = (
        _inline_lists(text, sentences)
        + _line_lists(text, sentences)
        + _table_lists(text)
        + _plain_line_lists(text)
    )
    plain = _comma_lists(text, sentences) + _pair_lists(text, sentences)
    candidates = [
        (lst, is_marked)
        for lst, is_marked in [(lst, 1) for lst in marked] + [(lst, 0) for lst in plain]
        if not _roster(lst) and not _schedule(lst)
    ]
    if not candidates:
        return []
    stated = stated_count(text)

    def rank(entry: tuple[list[Clause], int]) -> tuple[bool, int, int]:
        lst, is_marked = entry
        return (len(lst) == stated, len(lst), is_marked)

    return max(candidates, key=rank)[0]
