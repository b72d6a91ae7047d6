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

import functools
import itertools
import re

from mouarchive.extract.clause_items import about_business, clean_item, speaks_of_agreement
from mouarchive.extract.clause_prose import comma_lists, pair_lists
from mouarchive.extract.sentences import sentence_spans
from mouarchive.extract.tokens import LIST_MARKS, NAME_ENDINGS
from mouarchive.models import Clause, Span
from mouarchive.text.scan import scanner
from mouarchive.vocab import alternation, pattern, words

# A sentence ends at . ? ! before a space, a closing quote or the end, or (in text pasted
# without its spaces, "나선다.진주시는") at "다." before the next Hangul word.
_INLINE_MARKERS = re.escape(LIST_MARKS)
_LINE_MARKERS = "".join(re.escape(mark) for mark in words("clause_lists", "line_markers"))
_SPACED_DOTS = "·ㆍ・‧•"
# Circled numbers run inline too ("①A ②B ③C 등이 담겼다"), and so does a dot set apart by
# spaces ("두 기관은 · A · B 를"), as when a page's item lines were run together; "문화·체육"
# joins words. Written to open with the class of every marker, so the regex engine skips to
# them alone: the same matches as "[markers]|(?<=\\s)[dots](?=\\s)" in half the time (a look-ahead
# for the same class in front still tried every letter).
_INLINE_MARKER_RE = re.compile(
    f"[{_INLINE_MARKERS}①-⑳❶-❿{_SPACED_DOTS}]"
    f"(?:(?<=[{_INLINE_MARKERS}①-⑳❶-❿])|(?<=\\s[{_SPACED_DOTS}])(?=\\s))"
)
# "1) A 2) B", "가) A 나) B", "1. A 2. B" written inline, after a space or at the line's start
# ("1.5배" and a date's "2024. 1. 2." open nothing: a word must follow).
_INLINE_NUMBER_RE = re.compile(
    r"(?:(?<=\s)|^)\(?(?:(\d{1,2}|[가-하])\)\s?|(\d{1,2})\.\s?(?=[가-힣A-Za-z]))", re.MULTILINE
)
# What the first label of such a list is written as ("1)", "(1)", "1.", "가)").
_FIRST_LABELS = ("1)", "1.", "가)")
# "또, ▲C ▲D", "또 센터가 수행하는 △C △D": an opening, perhaps a subject and what it does.
_CONTINUATION_RE = re.compile(
    r"\s*"
    + pattern("clause_lists", "continuations")
    + r"[,]?\s*(?:[가-힣]+(?:은|는|이|가)\s)?(?:[가-힣]+(?:하는|되는)\s)?"
)
_NUMBER_SERIES = [str(n) for n in range(1, 21)]
_HANGUL_SERIES = list("가나다라마바사아자차카타파하")
_ORDINALS = words("clause_lists", "ordinals")
_LINE_ITEM_RE = re.compile(
    rf"^[ \t]*(?:[{_INLINE_MARKERS}{_LINE_MARKERS}]|\(?\d{{1,2}}[.)]|[①-⑳]|\(?[가-하][.)]|"
    rf"(?:{'|'.join(_ORDINALS)})째(?:로)?[,.:]?)[ \t]*(?=\S)",
    re.MULTILINE,
)
_LIST_INTRO_RE = re.compile(pattern("clause_lists", "list_intros") + r"|:\s*$")
# "협약은 4개 항목으로 구성됐다", "두 기관은 세 가지 일을 함께한다": a count announces the lines.
_COUNT_INTRO_RE = re.compile(
    r"(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|가지)\s?[가-힣]"
)
# "5개 분야", "세 가지 사항", and "3대 분야", "4대 핵심 과제".
_STATED_RE = scanner(
    re.compile(
        r"(?P<n>\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|가지)\s?"
        r"(?:항(?![목공만])|" + pattern("clause_lists", "item_nouns") + ")|"
        r"(?<!\d)(?P<m>\d)대\s?(?:핵심\s?|중점\s?|협력\s?)?(?:분야|과제|부문)"
    )
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
_MAX_LINE_ITEM = 60
# A line that reads as a sentence, a quotation or a caption rather than an item.
_SENTENCE_LIKE_RE = re.compile(r"(?:다|요|까)[.!?]?$|[.!?][\s\"”’']|[\"“”|]|\s{2}|기자$")
_LEGAL_FORM_RE = re.compile(pattern("organisations", "legal_forms"))
_ORG_NAME_RE = re.compile(r"\S+" + alternation(NAME_ENDINGS) + "$")
# "▲한빛전자 ▲바다식품 ▲남도정밀 등 3곳이다": a list counted in bodies is a roster.
_MEMBER_COUNT_RE = re.compile(
    r"등\s?(?:\d+|[한두세네다섯여섯일곱여덟아홉열]+)\s?"
    + pattern("clause_lists", "member_counters")
)
_DATED_ITEM_RE = re.compile(r"(?:19|20)\d{2}\s?년|\d{1,2}\s?월\s")
# "구분 | 내용" tables, pipe- or tab-separated (markdown's "|---|" rule rows are skipped).
_TABLE_ROW_RE = re.compile(r"^[^\n]*[|\t][^\n]*$", re.MULTILINE)
_TABLE_CELL_RE = re.compile(r"[^|\t]+")


@functools.lru_cache(maxsize=16)
def stated_count(text: str) -> int | None:
    """The number of items the article says were agreed ("8개항에 합의", "5개 분야"). When it
    counts twice ("4개 분야 10개 과제"), the larger count is of the items, the smaller of the
    fields that group them. Memoised: a report and its clause reader both ask of one passage."""
    counts = [_count_of(m) for m in _STATED_RE.finditer(text)]
    return max(counts) if counts else None


def _count_of(m: re.Match[str]) -> int:
    n = m.group("n") or m.group("m")
    return int(n) if n.isdigit() else _KOREAN_NUMBERS[n]


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
    if all(text.find(label, start, end) < 0 for label in _FIRST_LABELS):
        # Most lines hold no list, and one that counts up holds its first label.
        return []
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
    last = (-1, "")  # where the line of the last list found ends, and its marker
    for line_start, line_end in _marker_lines(text):
        line_marks = _without_spaced_dots(
            text, [m.span() for m in _INLINE_MARKER_RE.finditer(text, line_start, line_end)]
        )
        if len(line_marks) < 2:
            line_marks = _numbered_markers(text, line_start, line_end)
        runs = _runs(text, line_marks, line_end)
        for k, marks in enumerate(runs):
            until = runs[k + 1][0][0] if k + 1 < len(runs) else line_end
            found, last = _inline_list(text, sentences, marks, (line_start, until), lists, last)
            if found:
                lists.append(found)
    return lists


def _without_spaced_dots(text: str, marks: list[Span]) -> list[Span]:
    """A line that sets its items out behind markers ("▲A ▲충청남도 · 사회적경제기업과 …")
    joins words with a spaced dot; only a line of dots alone ("두 기관은 · A · B") lists by them."""
    markers = [m for m in marks if text[m[0]] not in _SPACED_DOTS]
    return markers if len(markers) >= 2 else marks


# "▲A ▲B 등 교류를 추진해 왔으며, … 앞으로도 ▲C ▲D 등 …을 약속했다": a list closed by 등 and a
# clause of its own, joined to the next by 며 or 고; the next marker opens another list. A comma
# inside an item ("●판로지원 등 성장기반 구축, ●…") closes no list.
_RUN_CLOSE_RE = re.compile(r"\s등\s[^,]{0,60}?(?:며|고),\s")
_DONE_BEFORE_RE = re.compile(pattern("clause_lists", "done_before_cues"))


def _runs(text: str, marks: list[Span], line_end: int) -> list[list[Span]]:
    """The lists a line's markers make, split where an item closes its list and its clause."""
    runs: list[list[Span]] = [[]] if marks else []
    for k, mark in enumerate(marks):
        runs[-1].append(mark)
        end = marks[k + 1][0] if k + 1 < len(marks) else line_end
        if k + 1 < len(marks) and _RUN_CLOSE_RE.search(text, mark[1], end):
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _inline_list(
    text: str,
    sentences: list[Span],
    marks: list[Span],
    line: Span,
    lists: list[list[Clause]],
    last: tuple[int, str],
) -> tuple[list[Clause], tuple[int, str]]:
    """The agreed items one run of markers lists (its `line` ending where the next run
    opens), if it lists them, and where the line of the last list found ends with its marker;
    a run that goes on with the list before extends it and gives none of its own. A run of
    what the parties have done so far ("▲A ▲B 등 교류를 추진해 왔으며") lists nothing agreed."""
    line_start, line_end = line
    markers = [a for a, _ in marks]
    last_sentence = sentences[_sentence_at(sentences, markers[-1])]
    close = min(line_end, last_sentence[1])
    bounds = [*markers, close]
    context = _context(text, sentences, markers[0], markers[-1])
    items = [
        clean_item(text, marks[k][1], b, last=(k == len(markers) - 1))
        for k, (_a, b) in enumerate(itertools.pairwise(bounds))
    ]
    found = [c for c in items if c is not None]
    if not found:
        return [], last
    if lists and _goes_on(text, last, line_start, markers[0]):
        lists[-1].extend(found)
        return [], (line_end, last[1])
    tail = text[found[-1].span[1] : close]
    if not speaks_of_agreement(context, tail) or _DONE_BEFORE_RE.search(tail):
        return [], last
    if _MEMBER_COUNT_RE.search(text, marks[-1][1], close):
        return [], last
    if about_business(text[sentences[_sentence_at(sentences, markers[0])][0] : markers[0]]):
        return [], last
    if len(found) >= 2:
        return found, (line_end, text[markers[0]])
    return [], last


def _goes_on(text: str, last: tuple[int, str], line_start: int, first_marker: int) -> bool:
    """ "사업은 ▲A ▲B 등이다." / "또, ▲C ▲D 등도 추진한다.": the line right after a list,
    opened by "또" or "아울러" and the same marker, goes on with it."""
    last_end, last_mark = last
    if text[last_end:line_start].strip():
        return False
    opener = _CONTINUATION_RE.match(text, line_start, first_marker)
    return opener is not None and opener.end() == first_marker and text[first_marker] == last_mark


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
    if not (speaks_of_agreement(intro, intro) and (announced or open_sentence)):
        return []
    items = [clean_item(text, body, end, last=False) for _, body, end in run]
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
        found = [c for a, b in run if (c := clean_item(text, a, b, False))]
        if len(found) >= 2:
            lists.append(found)
    return lists


def _announces_lines(intro: str) -> bool:
    finished = intro.endswith(("다.", "다")) and not intro.rstrip(".").endswith("같다")
    announced = _LIST_INTRO_RE.search(intro) or _COUNT_INTRO_RE.search(intro)
    return bool(announced) and not finished and speaks_of_agreement(intro, intro)


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
        if not (speaks_of_agreement(intro, intro) and _LIST_INTRO_RE.search(intro)):
            continue
        found = []
        for row, row_cells in body_rows:
            if len(row_cells) != width:
                break
            cell = row_cells[column]
            clause = clean_item(text, row.start() + cell.start(), row.start() + cell.end(), False)
            if clause is not None:
                found.append(clause)
        if len(found) >= 2:
            lists.append(found)
    return lists


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


def _programme(items: list[Clause]) -> bool:
    """ "▶개회 및 참석자 소개 ▶양 기관장 인사말씀 ▶협약서 서명 ▶기념사진 촬영": the order of a
    ceremony (most items a step of one), not what was agreed at it."""
    steps = sum(1 for c in items if _PROGRAMME_RE.match(c.text))
    return steps * 2 > len(items)


# A step opens its item as a word of its own ("개회 및 참석자 소개", "기념사진 촬영 순") or
# closes it ("양 기관장 인사말씀", "업무협약 체결 서명"); inside a longer word ("축산") it is none.
_STEP = pattern("clause_lists", "programme_steps")
_PROGRAMME_RE = re.compile(rf"{_STEP}(?:\s|$)|.*\s{_STEP}\S{{0,2}}$")


def _overlaps(plain: list[Clause], marked: list[Clause]) -> bool:
    """Whether a list read from commas runs over a list the writer set out with markers: "△가뭄,
    홍수 등 … 협력 △댐, 저수지 등 …" is four items, not the five its commas make."""
    return plain[0].span[0] < marked[-1].span[1] and marked[0].span[0] < plain[-1].span[1]


def find_clauses(text: str, sentences: list[Span] | None = None) -> list[Clause]:
    """The agreed items of the agreement `text` describes: the list that matches the stated
    count if the text gives one, else the longest, marker lists winning ties. `sentences`
    may pass `sentence_spans(text)` when the caller has it already."""
    if sentences is None:
        sentences = sentence_spans(text)
    if not sentences:
        return []
    marked = [
        lst
        for lst in _inline_lists(text, sentences)
        + _line_lists(text, sentences)
        + _table_lists(text)
        + _plain_line_lists(text)
        if not _roster(lst) and not _schedule(lst) and not _programme(lst)
    ]
    plain = [
        lst
        for lst in comma_lists(text, sentences) + pair_lists(text, sentences)
        if not _roster(lst)
        and not _schedule(lst)
        and not any(_overlaps(lst, other) for other in marked)
    ]
    candidates = [(lst, 1) for lst in marked] + [(lst, 0) for lst in plain]
    if not candidates:
        return []
    stated = stated_count(text)

    def rank(entry: tuple[list[Clause], int]) -> tuple[bool, int, int]:
        lst, is_marked = entry
        return (len(lst) == stated, len(lst), is_marked)

    return max(candidates, key=rank)[0]
