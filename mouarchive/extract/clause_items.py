"""One agreed item's text, and the words that tell a list of agreed items from another list.

An item is cut out of its sentence with what surrounds it: its marker, quotes, who takes it on
("(군) …"), and, for the item that closes a sentence, the tail that closes the list ("… 등이다",
"…에 힘을 모으기로 했다", "…한다는 내용이다"). Whether a list is one of agreed items at all is
told by the words around it: an agreement cue (협약, 합의, 내용, 분야 …) and no cue of a
designation, an attendance or an announcement, and no partner's line of business.
"""

from __future__ import annotations

import re

from mouarchive.models import Clause, Span
from mouarchive.vocab import pattern, word_set

AGREED_RE = re.compile(pattern("clause_lists", "agreed_cues"))
_TOGETHER_RE = re.compile(pattern("clause_lists", "parties_together"))
_AHEAD_RE = re.compile(pattern("clause_lists", "ahead_cues"))
NOT_AGREED_RE = re.compile(pattern("clause_lists", "not_agreed_cues"))
_TAIL_DEUNG_RE = re.compile(
    r"\s등(?=(?:이다|이|을|를|의|에도|에|도|으로|과|와|은|까지)(?:\s|$|[.,])|"
    r"\s?(?:\d+|[한두세네다섯여섯일곱여덟아홉열]+)\s?개|[.,]?$)"
)
# "…②통근버스 공동 운영이다": the copula closes the sentence; the noun before it is the item.
_COPULA_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?<![하되])(?:이다|이었다|였다|입니다)[.]?$")
_TAIL_ABOUT_RE = re.compile(
    r"(?:다양한|여러|각종)\s|(?:\S+\s){0,2}?\S*(?:관한|대한|관련|사항|가지|내용|분야|과제|위해)"
)
# "△유가증권의 출납 및 보관 등 금고 업무를 수행하게 된다": what the party does with the
# items listed, after 등 and the object of its verb.
_TAIL_DEED_RE = re.compile(r"(?:\S+\s){0,3}?\S+[을를]\s\S+(?:하게|한다|했다|하기로|할|하며|하고)")
# "…투자규모를 성실히 이행한다는 내용이다": the item is the deed, not the saying of it.
_SAYING_RE = re.compile(r"(?:(?<=[가-힣])(?:한다는|하겠다는|하기로\s?한|하는)\s?내용)?$")
# "…공동 운영을", and "…공동 운영 을" when item lines were run into the sentence after them.
_TRAILING_PARTICLE_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])\s?(?:을|를|에|에도|으로|로)$")
_VERB_WORD_RE = re.compile(r"(?:다|기로|했으며|하며|하고|할)[.]?$")
_FILLER_WORDS = word_set("clause_lists", "filler_words")
# "△(서구) 인허가 지원 △(협회) 품질 관리": who takes the item on, set before it.
_ACTOR_RE = re.compile(r"\([^()]{1,10}\)\s")
# "○ 양 항은 △A △B …에 대해 합의했다": the subject a paragraph's marker opens, before the
# items its own markers set out, is no item.
_LEAD_IN_RE = re.compile(
    r"(?:양|두|세|네|[2-9]|각)\s?[가-힣]{1,4}(?:은|는|이|가)"
    # "○ 협약의 주요 내용은 ▲A ▲B": the line's own marker opens what introduces the list.
    r"|(?:\S+\s){0,3}\S*(?:"
    + pattern("clause_lists", "content_nouns")
    + "|"
    + pattern("clause_lists", "item_nouns")
    + r")(?:은|는)"
)
# "이 회사의 주요 사업 분야는 A, B 등이다": a partner's business, not what was agreed.
_BUSINESS_RE = re.compile(
    r"(?:회사|기업|업체)(?:의|는|은)\s|사업\s?(?:분야|내용|영역)|주력|생산\s?품목"
)
_AGREEMENT_WORD_RE = re.compile(pattern("clause_lists", "agreement_words"))
OPENING = "‘'\"“「『[〈《【<"
CLOSING = "’'\"”」』]〉》】>"
COUNT_WORD = r"(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|가지)\s?"
ITEM_NOUN = r"(?:항(?![목공만])|" + pattern("clause_lists", "item_nouns") + ")"
# "▲경제·환경 등 4개 분야와 ▲…": a count after 등 closes the list in the middle of an item.
_COUNT_TAIL_RE = re.compile(r"\s등\s?" + COUNT_WORD)
# "시는 ▲A ▲B를, 기업은 ▲C ▲D를 맡는다": the list of one party ends where the next party's
# begins, and the item before it is the noun, not its object ending.
_ROLE_SWITCH_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?:을|를)?,\s\S+(?:은|는)$")
# "▲C를 추진하고, 시는 …": a verb joined to a new clause by a comma ends the list there.
_RUN_ON_RE = re.compile(r"\s\S+(?:하고|하며|하면서|했고|했으며|되고|되며|됐고|됐으며|이고|이며),\s")


def _trim(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    begin = start + len(piece) - len(piece.lstrip())
    return begin, max(begin, end - (len(piece) - len(piece.rstrip())))


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
        if _TAIL_ABOUT_RE.match(item, at + 3) or _TAIL_DEED_RE.match(item, at + 3):
            return item[:at]
        at = item.rfind(" 등 ", 0, at)
    copula = _COPULA_RE.search(item)
    if copula:
        item = item[: copula.start()]
        item = item[: _SAYING_RE.search(item).start()]
    end = len(item.rstrip(" ."))
    while end > 0:
        space = item.rfind(" ", 0, end)
        word = item[space + 1 : end]
        if space == -1 or not (_VERB_WORD_RE.search(word) or word in _FILLER_WORDS):
            break
        end = space
    return _TRAILING_PARTICLE_RE.sub("", item[:end])


def clean_item(text: str, start: int, end: int, last: bool) -> Clause | None:
    """Trim markers, quotes and, for the item that closes a sentence, the "등이다" tail."""
    start, end = _trim(text, start, end)
    item = text[start:end]
    counted = _COUNT_TAIL_RE.search(item)
    switch = _ROLE_SWITCH_RE.search(item)
    if counted:
        item = item[: counted.start()]
    elif switch:
        item = item[: switch.start()]
    elif last:
        item = _cut_tail(item)
    item = item.rstrip(" ,;·.")
    lead = 0
    inner = item[1:-1]
    wrapped = (
        item[:1] in OPENING
        and item[-1:] in CLOSING
        and not any(q in inner for q in OPENING + CLOSING)
    )
    if wrapped or (item[:1] in OPENING and not any(q in item[1:] for q in CLOSING)):
        lead = 1
    item = item[lead:]
    if item[-1:] in CLOSING and not any(q in item[:-1] for q in OPENING):
        item = item[:-1]
    item = item.strip()
    actor = _ACTOR_RE.match(item)
    if actor:
        lead += actor.end()
        item = item[actor.end() :]
    if item.count("(") > item.count(")"):
        item = item.rstrip("(")
    if len(item) < 2 or _LEAD_IN_RE.fullmatch(item):
        return None
    begin = start + lead
    return Clause(text=item, span=(begin, begin + len(item)))


def speaks_of_agreement(context: str, current: str) -> bool:
    agreed = AGREED_RE.search(context) or (
        _TOGETHER_RE.search(context) and _AHEAD_RE.search(context)
    )
    return bool(agreed) and not NOT_AGREED_RE.search(current)


def about_business(intro: str) -> bool:
    return bool(_BUSINESS_RE.search(intro)) and not _AGREEMENT_WORD_RE.search(intro)
