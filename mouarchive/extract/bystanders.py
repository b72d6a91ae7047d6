"""Words that stand where a party might in a signing sentence but name no one who signed.

A signing sentence names more bodies than its signers: those who held the event it took place
at ("A, B, C가 공동으로 주최한 대회에서 …"), the partners of an earlier signing it is
measured from ("2017년 장쑤성 옌청시와 업무협정 이후 7년 만이다"), who runs the programme the
partners join
("교육부가 주관하는 … 공모"), the fields a list turns out to name ("농수식품, 바이오화학,
신재생에너지 등 … 분야에서"), and aims spelt with the words agreements are named with
("상생발전과 실질적 협력관계를 위한 업무협약"). `find_parties` and the roster reader ask here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mouarchive.extract.tokens import FIELDS_AFTER_RE, KIND_WORD_RE, Token, ends_like_org
from mouarchive.models import Span
from mouarchive.vocab import pattern, word_set

# "A, B, C가 공동으로 주최한 대회에서 …": those who held the event a signing took place at.
_HOSTED_AT_RE = re.compile(
    r"(?:이|가)\s(?:공동으로\s|함께\s)?(?:주최|주관|공동\s?주최)(?:한|하는)\s[^.]{0,60}?에서\s"
)
_TOPIC_WORD_RE = re.compile(r"\S(?:은|는|이|가)\s")


def _hosts(text: str, start: int, end: int) -> Span | None:
    """Where text[start:end] names those who held the event a signing took place at ("A, B,
    C가 공동으로 주최한 대회에서 …"), who did not sign: the words before 주최한, after the
    sentence's topic or subject if it has one ("대구시는 A가 주최한 박람회에서 다온과 …",
    "안동시와 예천군이 교육부가 주관하는 …": 대구시, 안동시 and 예천군 signed)."""
    hosted = _HOSTED_AT_RE.search(text, start, end)
    if hosted is None:
        return None
    first = start
    for topic in _TOPIC_WORD_RE.finditer(text, start, hosted.start()):
        first = topic.end()
    return first, hosted.start()


# "이는 2017년 장쑤성 옌청시와의 업무협정(MOU) 체결 이후 7년 만에 이루어진 …": the signing a
# new one is measured from, and its partner, are the past: from its year, with no other year
# between, to its agreement noun right before 이후.
_MEASURED_FROM_RE = re.compile(
    r"\d{4}\s?년\s(?:(?!\d{4}\s?년)[^.]){0,80}?"
    + pattern("signing", "agreement_objects")
    + r"(?:\([^()]{0,10}\))?(?:\s?체결)?(?=\s이후\s?\d+\s?년\s?만)"
)


def bystanders(text: str, start: int, end: int) -> list[Span]:
    """Where text[start:end] names bodies that did not sign the signing it tells: those who
    held the event (`_hosts`) and the partners of an earlier signing it is measured from
    ("2017년 장쑤성 옌청시와 업무협정 이후 7년 만이다")."""
    held = _hosts(text, start, end)
    return ([held] if held is not None else []) + [
        m.span() for m in _MEASURED_FROM_RE.finditer(text, start, end)
    ]


_AIM_WORDS_RE = re.compile("(?:" + pattern("agreement_kinds", "generic_title_words") + ")+")
_RUNS_PROGRAMME = word_set("signing", "runs_programme")
_FIELDS = word_set("common_words", "fields")


def _lists_fields(tokens: Sequence[Token], i: int, text: str) -> bool:
    """ "농수식품, 바이오화학, 신재생에너지 등 … 분야에서": the last of a list of fields."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.stem == "등"
        and FIELDS_AFTER_RE.match(text, tokens[i].end) is not None
    )


def _joined_to_field(tokens: Sequence[Token], i: int) -> bool:
    """ "제조업·지식정보문화산업 20개 기업과": a word joined by a dot to a field is one too,
    unless it ends as a body's name does ("누리대·산업·연구 분야 기관과")."""
    if not tokens[i].joined or ends_like_org(tokens[i].stem):
        return False
    # Only across a dot: "강원대학교·가톨릭관동대학교와 관광·문화" joins the second name to
    # the first, and the fields after it by its 와 only.
    before = tokens[i - 1] if i > 0 and tokens[i - 1].particle == "·" else None
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i].particle == "·" else None
    return any(t is not None and t.stem in _FIELDS for t in (before, after))


def _runs_programme(tokens: Sequence[Token], i: int) -> bool:
    """ "교육부가 주관하는 … 공모": the subject of a clause telling who runs the programme."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].particle in ("이", "가")
        and nxt is not None
        and nxt.stem + nxt.particle in _RUNS_PROGRAMME
    )


_FOUNDERS = word_set("organisations", "founders_words")
_JOINTLY = "공동"  # "공동 출연 법인": founded jointly
_FOUNDER_JOINS = ("·", "와", "과")  # founders joined, never a comma list's partners
_SUBJECT_MARKS = ("이", "가")


def _founds(tokens: Sequence[Token], i: int) -> bool:
    """ "경기도·서울대학교 공동 출연 법인 차세대융합기술연구원은", "경기도 산하 …진흥원과",
    "경상남도와 창원시가 공동 출연한 경남로봇재단은": a body, alone or joined by dots or 와,
    told as the founder or parent of the body named next; in a comma list only the last item is
    described ("누리대학교, 가람대학교 산하 가람연구소와")."""
    j = i
    while j + 1 < len(tokens) and tokens[j].particle in _FOUNDER_JOINS:
        j += 1
    k = j + 1
    # "경기도·서울대학교 공동 출연 법인", or founders as the subject of 출연한 ("경상남도와
    # 창원시가 공동 출연한 경남로봇재단은"); never a partner with 과 ("…그룹과 금융기관 출연
    # 업무협약").
    dotted = not tokens[j].particle and all(t.particle == "·" for t in tokens[i:j])
    if not (dotted or tokens[j].particle in _SUBJECT_MARKS) or k >= len(tokens):
        return False
    if tokens[k].stem == _JOINTLY and not tokens[k].particle and k + 1 < len(tokens):
        k += 1
    return tokens[k].stem + tokens[k].particle in _FOUNDERS


def stands_apart(tokens: Sequence[Token], i: int, text: str) -> bool:
    """Whether word `i` of a tokenized sentence is an agreement noun ("‘상생협력벨트 MOU 및
    워크숍’"), an aim spelt with such nouns, who runs the programme, the last of a list of
    fields, or the founder of the body named next: never who signed."""
    stem = tokens[i].stem
    return bool(
        KIND_WORD_RE.fullmatch(stem)
        or _AIM_WORDS_RE.fullmatch(stem)
        or _runs_programme(tokens, i)
        or _lists_fields(tokens, i, text)
        or _joined_to_field(tokens, i)
        or _founds(tokens, i)
    )
