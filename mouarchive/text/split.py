"""Cut one source's cleaned text into articles.

A web page holds one article; a scanned or copied newspaper page holds several, each closed
by its byline ("/박진표 기자 lucky@kwangju.co.kr"). So a byline ends an article, the next
one opens with its title, and what has no article shape (a festival banner, a photo caption
with its own byline) is not an article.

Photo captions come marked by `clean` (`captions.CAPTION`) and go to the `captions` of the
article they stand in, never its body. On a page with other articles, a chunk that is a
single untitled paragraph (with or without its own byline) is an unmarked caption or a stray
teaser and is dropped; it repeats what an article says or shows an event, and keeping it
would add a title-less "article" to the archive. Prose under a sign-off that carries the
article above on (no report of its own opens there) is that article's, kept in it. A file
holding only such a paragraph keeps it, and a page with no prose but its captions (a photo
page) has them as its body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from mouarchive.models import Article
from mouarchive.text.bylines import parse_byline, split_trailing_byline
from mouarchive.text.captions import CAPTION, is_caption_line
from mouarchive.text.credit import Credit, lead_credit
from mouarchive.text.date_parts import DATE, WEEKDAY
from mouarchive.text.openings import goes_on, subject
from mouarchive.text.photo_items import item_spans, untagged
from mouarchive.vocab import pattern

_TITLE_MAX = 90
_SUBTITLE_MAX = 140
_SUBTITLES_MAX = 4
_HEAD_MIN = 8
_PARAGRAPH_MIN = 20
_LEAD_TITLE_MAX = 100
_CREDITED_LEADS = 3
# The lines of an article that name its parties: its headline, a subtitle, its lead.
_NAMING_LINES = 3
_KICKER = re.compile(r"[<〈《][^<>〈〉《》]{2,40}[>〉》]")
# "지역 소식 모음  2024년 3월 21일 목요일": a page's heading, closed by its date and weekday, over
# the headlines of its articles; no article's title.
_DATED_HEADING = re.compile(rf"\s{DATE}{WEEKDAY}\s*$")
_HEADLINE_START = re.compile(r"[\[\"“‘'(]?[가-힣A-Za-z0-9]")
_INNER_SENTENCE_END = re.compile(r"[다요][.!?][\"”’']?\s")
_FIRST_SENTENCE = re.compile(r"^.+?[다요][.!?](?=\s|$)")


@dataclass
class _Chunk:
    lines: list[str] = field(default_factory=list)
    reporter: str | None = None
    email: str | None = None
    closed: bool = False
    captions: list[str] = field(default_factory=list)
    # Closed by a reporter's sign-off on a line of its own, not one run on after the text (a
    # photo's credit closes its caption so: "… 선보이고 있다. /김하늘 기자").
    signed_apart: bool = False


def split_articles(text: str) -> list[Article]:
    """One Article per article in `text`; body paragraphs are joined by single newlines."""
    lines = [line for line in text.split("\n") if line]
    photo_items = item_spans(lines, _is_paragraph)
    if not any(_is_paragraph(line) for line in lines if not is_caption_line(line)):
        # A photo page: its captions are all the prose it has, so they are its body.
        lines = [line.removeprefix(CAPTION) for line in lines]
    if not lines:
        return []
    chunks = _detach_top_titles(_chunks(lines, photo_items))
    chunks = _join_carried_on(_merge_headless(chunks))
    if sum(1 for chunk in chunks if _has_body(chunk)) > 1:
        chunks = _drop_stray_paragraphs(chunks)
    articles = [_article(chunk) for chunk in chunks if _has_body(chunk)]
    if articles:
        return articles
    whole = _Chunk()
    for chunk in _chunks(lines, photo_items):
        whole.lines += chunk.lines
        whole.captions += chunk.captions
    return [_article(whole)]


def _chunks(lines: list[str], photo_items: dict[int, int]) -> list[_Chunk]:
    """Cut after every byline, whether it is a line of its own or ends a paragraph, and
    around each of `photo_items` (`photo_items.item_spans`: a photo item's headline and its
    captions). An item on a page of prose has its captions as its body, so it is an article
    of its own: without one, it was folded into the story under it, whose headline it took
    (review 59 b, 2)."""
    chunks: list[_Chunk] = []
    current = _Chunk()
    item_end: int | None = None
    for i, line in enumerate(lines):
        if i == item_end or (i in photo_items and (current.lines or current.captions)):
            chunks.append(_item_told(current) if i == item_end else current)
            current = _Chunk()
            item_end = None
        item_end = photo_items.get(i, item_end)
        if is_caption_line(line):
            current.captions.append(line[len(CAPTION) :])
            continue
        byline = parse_byline(line)
        current.signed_apart = byline is not None and byline[0] is not None
        if byline is None:
            trailing = split_trailing_byline(line)
            if trailing is None:
                current.lines.append(line)
                continue
            paragraph, reporter, email = trailing
            current.lines.append(paragraph)
            byline = (reporter, email)
        current.reporter, current.email = byline
        current.closed = True
        chunks.append(current)
        current = _Chunk()
    if current.lines or current.captions:
        chunks.append(_item_told(current) if item_end is not None else current)
    return chunks


def _item_told(item: _Chunk) -> _Chunk:
    """A photo item's chunk with its captions as its body where it has no other: they are
    all it tells."""
    if _has_body(item):
        return item
    return replace(item, lines=item.lines + item.captions, captions=[])


def _detach_top_titles(chunks: list[_Chunk]) -> list[_Chunk]:
    """Handle pages that print the byline under the title instead of under the body.

    There a chunk reads "body of article n, title of article n+1, byline n+1" and the next
    chunk opens with prose. The title lines then belong, with the byline, to the next chunk.
    """
    out: list[_Chunk] = []
    for i, chunk in enumerate(chunks):
        following = chunks[i + 1] if i + 1 < len(chunks) else None
        cut = _title_tail_start(chunk.lines)
        if chunk.closed and cut is not None and _is_full_article_body(following):
            out.append(_Chunk(lines=chunk.lines[:cut], captions=chunk.captions))
            out.append(
                _Chunk(
                    lines=chunk.lines[cut:], reporter=chunk.reporter, email=chunk.email, closed=True
                )
            )
        else:
            out.append(chunk)
    return out


def _is_full_article_body(chunk: _Chunk | None) -> bool:
    """Prose from its first line on, and more than one paragraph of it (not a teaser)."""
    if chunk is None or not chunk.lines or not _is_paragraph(chunk.lines[0]):
        return False
    return sum(1 for line in chunk.lines if _is_paragraph(line)) >= 2


def _title_tail_start(lines: list[str]) -> int | None:
    last_paragraph = max((i for i, line in enumerate(lines) if _is_paragraph(line)), default=None)
    if last_paragraph is None or last_paragraph == len(lines) - 1:
        return None
    tail = lines[last_paragraph + 1 :]
    if all(_is_title_like(line) and _HEADLINE_START.match(line) for line in tail):
        return last_paragraph + 1
    return None


def _merge_headless(chunks: list[_Chunk]) -> list[_Chunk]:
    """Give a chunk without prose (a title and byline, or junk) to the chunk after it; the
    captions of one left at the end go to the article before it.

    Headless chunks gather into one, which gains a body only from the chunk just added (what
    it gathered had none), so a page of a thousand bylines is read once, not once a chunk."""
    out: list[_Chunk] = []
    pending: _Chunk | None = None
    for chunk in chunks:
        has_body = _has_body(chunk)
        if pending is None:
            merged = chunk
            if not has_body:
                merged = replace(chunk, lines=list(chunk.lines), captions=list(chunk.captions))
        else:
            merged, pending = pending, None
            merged.lines.extend(chunk.lines)
            merged.reporter = merged.reporter or chunk.reporter
            merged.email = merged.email or chunk.email
            merged.closed = chunk.closed
            merged.captions.extend(chunk.captions)
        if has_body:
            out.append(merged)
        else:
            pending = merged
    if pending is not None and out:
        out[-1].captions += pending.captions
    return out


def _join_carried_on(chunks: list[_Chunk]) -> list[_Chunk]:
    """The chunks with the prose that carries the article above on, under a sign-off
    printed in its middle ("박새롬 기자" / "농협은 직매장 두 곳을 새로 열고 …"), joined to it.
    Read apart, one such paragraph was dropped as a teaser, and two made an article titled
    by the first (review 57b, 9): a page lost a body line, or gained an article it does not
    print. Only the lines above the next headline over a lead are joined: in a digest of
    articles each signed so, the next article is printed under them, and the sign-off
    closing the chunk is that article's (review 58b, 1 and 3: a page of 100 read as one)."""
    out: list[_Chunk] = []
    for chunk in chunks:
        above = out[-1] if out else None
        if above is None or not above.closed:
            out.append(chunk)
            continue
        cut = _next_headline(chunk.lines)
        signed = chunk.reporter if cut == len(chunk.lines) else None
        if not _carries_on(chunk, signed, above):
            out.append(chunk)
            continue
        above.lines.extend(chunk.lines[:cut])
        if cut < len(chunk.lines):
            out.append(replace(chunk, lines=chunk.lines[cut:]))
        else:
            above.captions.extend(chunk.captions)
            above.email = above.email or chunk.email
    return out


def _next_headline(lines: list[str]) -> int:
    """Where the first headline over a lead stands below the first line, or the end."""
    return next(
        (
            i
            for i in range(1, len(lines) - 1)
            if len(lines[i]) >= _HEAD_MIN
            and _is_title_like(lines[i])
            and not _is_paragraph(lines[i])
            and _is_paragraph(lines[i + 1])
        ),
        len(lines),
    )


def _carries_on(chunk: _Chunk, signed: str | None, above: _Chunk) -> bool:
    """Whether `chunk` goes on with the article `above` (`signed` by who signs its text):
    prose from its first line, signed by no one else, and opening as a story told goes on,
    with a bare kind of body, "이에 따라" or "한편" (`openings.goes_on`), or with a body the
    article's headline or lead names ("농협은 …" under "…, 푸른농협과 로컬푸드 협약"), no day
    after it. Any other opening may be a report of its own, a press release's ("솔빛대학교
    (총장 김한울)는 10일 …"), a brief's ("◆… = …"), a notice or a teaser, and stays apart as
    it did: an article the page prints is never lost in the one above (review 58b, 2)."""
    first = chunk.lines[0] if chunk.lines else ""
    if not _is_paragraph(first) or not _signed_by_credited(signed, above.reporter):
        return False
    if goes_on(first):
        return True
    named = subject(first)
    return named is not None and any(named in line for line in above.lines[:_NAMING_LINES])


def _drop_stray_paragraphs(chunks: list[_Chunk]) -> list[_Chunk]:
    """Drop the chunks that are one untitled paragraph (a stray teaser or an unmarked
    caption left under an article); their captions go to the article before them.

    A paragraph after an article's sign-off that a reporter signs on a line of their own is
    a brief of its own ("윤가람 기자" / "누리시는 5일 … 밝혔다." / "한보람 기자"), and is kept: a
    teaser is signed by no one, and a photo's credit runs on at the end of its caption."""
    out: list[_Chunk] = []
    orphans: list[str] = []
    after_signoff = False
    for chunk in chunks:
        brief = after_signoff and chunk.signed_apart and not _is_desk_notice(chunk.lines[0])
        after_signoff = chunk.closed
        if len(chunk.lines) == 1 and _is_paragraph(chunk.lines[0]) and not brief:
            (out[-1].captions if out else orphans).extend(chunk.captions)
            continue
        chunk.captions[:0] = orphans
        orphans = []
        out.append(chunk)
    return out


def _is_desk_notice(line: str) -> bool:
    """Whether a paragraph after the sign-off is the desk's notice ("※ 바로잡습니다: …",
    "[알림] …"): a reporter signing it makes it no brief (review 54b, B4)."""
    return _DESK_NOTICE.match(line.lstrip()) is not None


_DESK_NOTICE = re.compile(pattern("page_furniture", "desk_notice_openings"))


def _has_body(chunk: _Chunk) -> bool:
    return any(_is_paragraph(line) for line in chunk.lines)


def _is_title_like(line: str) -> bool:
    """Headlines are short and carry no sentence-final period, also before a photo's note
    or a credit in brackets ("… 협약을 했다.(사진)" is a lead)."""
    if len(line) > _SUBTITLE_MAX or _INNER_SENTENCE_END.search(line):
        return False
    line = _TRAILING_NOTE.sub("", line)
    return not line.endswith(".") or line.endswith("..")


# "(사진)", "(사진=한빛시 제공)" closing a line: a note on the sentence before it.
_TRAILING_NOTE = re.compile(r"\s*\([^()]{1,30}\)$")


def _is_paragraph(line: str) -> bool:
    return len(line) >= _PARAGRAPH_MIN and (not _is_title_like(line) or len(line) > _TITLE_MAX)


def _signed_by_credited(signed: str | None, reporter: str | None) -> bool:
    """Whether a sign-off naming `signed` (None: an e-mail alone) is by the article's
    reporters: each name it signs ("박새롬·윤다솜") is one of theirs."""
    return signed is None or set(signed.split("·")) <= set((reporter or "").split("·"))


def _article(chunk: _Chunk) -> Article:
    lines, credits = _lift_credit_lines(chunk.lines)
    title, subtitles, body = _title_and_body(lines)
    body, lead_credits = _cut_lead_credits(body)
    credits += lead_credits
    # The reporter the article's top credits ("[한빛일보 오새벽 기자] …") is its own: a sign-off
    # at its foot naming another is the next copy's or a desk's (review 55c, C7), and so is
    # the e-mail signed there, which named the outlet by its domain (review 56b, 10). A foot
    # naming no one, an e-mail alone, is the article's own (review 57b, 6), and so is one
    # signed by a reporter of a credit naming two ("오새벽·박새롬").
    credited = next((c.reporter for c in credits if c.reporter), None)
    reporter = credited or chunk.reporter
    email = chunk.email if _signed_by_credited(chunk.reporter, reporter) else None
    if title is None and body:
        title, body = _headline_over_unclosed(body) or (_lead_title(body[0]), body)
    return Article(
        title=untagged(title) if title else None,
        subtitle="\n".join(subtitles) or None,
        body="\n".join(body),
        outlet=next((c.outlet for c in credits if c.outlet), None),
        reporter=reporter,
        email=email,
        captions=list(dict.fromkeys(chunk.captions)),
    )


def _lift_credit_lines(lines: list[str]) -> tuple[list[str], list[Credit]]:
    """The lines above the body without the credits printed alone there ("[한빛경제
    홍길동]"), and those credits."""
    first = next((i for i, line in enumerate(lines) if _is_paragraph(line)), len(lines))
    kept: list[str] = []
    credits: list[Credit] = []
    for i, line in enumerate(lines):
        credit = lead_credit(line) if i < first else None
        if credit is not None and credit.end == len(line):
            credits.append(credit)
        else:
            kept.append(line)
    return kept, credits


def _cut_lead_credits(body: list[str]) -> tuple[list[str], list[Credit]]:
    """The body with the credit cut from its lead, and from a paragraph or two after it that
    opens with a reporter's credit (a lead printed again under a summary); those credits."""
    out: list[str] = []
    credits: list[Credit] = []
    for i, paragraph in enumerate(body):
        credit = lead_credit(paragraph) if i < _CREDITED_LEADS else None
        if credit is not None and (i == 0 or credit.reporter):
            credits.append(credit)
            paragraph = paragraph[credit.end :]
        if paragraph:
            out.append(paragraph)
    return out, credits


def _title_and_body(lines: list[str]) -> tuple[str | None, list[str], list[str]]:
    """Title, subtitle lines and body lines, also for a summary printed above the title.

    The lines before the first paragraph are the headline block. Copied web pages put menu
    and section names ("정치", "전체기사") above the headline, so very short lines there
    are dropped and the block is read from its end, nearest the body. Its first line that
    can be a headline is the title; the others (a kicker above it, the subheadlines under
    it) are the subtitle, each once, since a subheadline is often the only place a date or
    a count is written ("10일 시청서 협약식…3개 분야 협력키로").
    """
    first = next((i for i, line in enumerate(lines) if _is_paragraph(line)), None)
    if first is None:
        return None, [], lines
    heads = [line for line in lines[:first] if len(line) >= _HEAD_MIN] or lines[:first][-1:]
    heads = list(dict.fromkeys(heads[-(1 + _SUBTITLES_MAX) :]))
    title = next(
        (
            h
            for h in heads
            if len(h) <= _TITLE_MAX and not _KICKER.fullmatch(h) and not _DATED_HEADING.search(h)
        ),
        None,
    )
    if title is not None:
        # A kicker above the headline ("<더마펌·뿌리깊은나무들·설성식품>") is a subtitle too.
        return title, [h for h in heads if h != title], lines[first:]
    if first == 0:
        run = _headline_run(lines, 1)
        if run - 1 >= 2 and len(lines[1]) <= _TITLE_MAX:
            return lines[1], lines[2:run], [lines[0], *lines[run:]]
    return None, [], lines[first:]


def _headline_run(lines: list[str], start: int) -> int:
    """Index after the run of headline lines from `start`, if prose follows that run."""
    end = start
    while end < len(lines) and end - start < _SUBTITLES_MAX and _is_title_like(lines[end]):
        end += 1
    if end < len(lines) and _is_paragraph(lines[end]):
        return end
    return start


def _headline_over_unclosed(lines: list[str]) -> tuple[str, list[str]] | None:
    """The first line as the headline, and the lines under it without it printed again,
    for a text that ends no sentence ("… 손을 잡았다"): every line of it looks like a
    headline, so the headline stayed a body line, and was the title only as its first
    "sentence" (review 57b, 10). Only a line printed again under it, or one shaped as a
    headline (a comma, no past tense: "가람시, 수소버스 200대 들인다"), is one: the lead
    of prose ending no sentence ("… 손을 잡았다") was lost from the body (review 58b, 10)."""
    head = lines[0]
    if len(lines) < 2 or len(head) > _TITLE_MAX or any(_is_paragraph(line) for line in lines):
        return None
    below = next((i for i, line in enumerate(lines) if line != head), len(lines))
    if below == len(lines) or (below == 1 and not _HEADLINE_SHAPE.search(head)):
        return None
    return head, lines[below:]


# A headline's comma between its parties and its news, and no ending a report's sentence
# takes ("… 손을 잡았다", "… 체결했다"): a headline tells the news in the present.
_HEADLINE_SHAPE = re.compile(r",(?!.*(?:었|았|였|했|됐|겠)다$)")


def _lead_title(lead: str) -> str | None:
    """First sentence of the lead, for articles printed without a headline."""
    text = lead.strip()
    match = _FIRST_SENTENCE.match(text)
    sentence = match.group(0) if match else text
    if not sentence:
        return None
    return sentence if len(sentence) <= _LEAD_TITLE_MAX else sentence[:_LEAD_TITLE_MAX] + "…"
