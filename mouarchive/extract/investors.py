"""Which companies a sentence makes the subject of an investment.

A signing that only counts its partners ("5개 기업과 투자협약을 체결했다") often tells each
of them a paragraph of its own, by what it invests or builds ("영진철강은 … 150억 원을 투입해
공장을 증설키로 했다"). Reading those subjects takes its own patterns (a company's legal mark,
its head in brackets, the trade that introduces it) and its own list of words that are never
a company, so it lives apart from the rosters that call on it (`listed_partners`).
"""

from __future__ import annotations

import re

from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.orgnames import is_generic, normalize_org, region_of
from mouarchive.extract.person_titles import looks_like_name
from mouarchive.extract.roster_names import NOT_A_NAME
from mouarchive.extract.speech import in_speech
from mouarchive.extract.tokens import KIND_WORD_RE, NOT_SUBJECT, open_syllable
from mouarchive.models import Party, Span
from mouarchive.vocab import pattern, table

_LEGAL_MARK_RE = re.compile(r"㈜|\(주\)")
# "… 제조업체는", "경남도는": a subject that describes or places, never a company's name.
_DESCRIBING_ENDINGS = tuple(table("amounts", "not_investors")["describing"])
# "이곳에는", "확대하는": the words of a clause, never the end of a name.
_NOT_NAME_ENDINGS = tuple(table("amounts", "not_investors")["clause"])
# A company's name as a word, its legal mark (㈜, (주)) before or after it.
_COMPANY = r"(?P<name>(?:㈜|\(주\))?[가-힣A-Za-z][가-힣A-Za-z0-9.\-]{1,14}(?:㈜|\(주\))?)"
# "새빛정밀 주식회사(대표이사 박도윤)는": the legal form written out and the head in brackets.
_HEAD_NOTE = r"(?P<note>\s주식회사)?(?P<head>\((?:대표|대표이사)\s?[가-힣]{2,4}\))?"
# A subject, perhaps after its trade ("… 제조업체인 ㈜삼천리기계는"), whose clause invests;
# one marked as a company may be added to those before it ("㈜동양잉크(대표 최대광) 역시"),
# and one its trade or legal form marks may take 이 or 가 ("빵류 제조업체인 제떼가").
# A word whose 는 comes right before a company's legal form describes it ("비료를 만드는
# ㈜카프코는").
_INVESTOR_RE = re.compile(
    r"(?<![가-힣A-Za-z0-9.㈜)])"
    + _COMPANY
    + _HEAD_NOTE
    + r"(?:은|는|(?P<also>도|\s역시)|(?P<subject>이|가))\s(?!㈜|\(주\)|주식회사)(?=[^.]{0,120}?"
    + pattern("amounts", "investor_verbs")
    + ")"
)
_PARTNER_BEFORE_REACH = 40
# "드림켐과 레이저임가공업체인 금오M.T는": a first company joined to the investing subject.
_PARTNER_BEFORE_RE = re.compile(r"(?:^|\s)" + _COMPANY + r"(?:과|와)\s(?:\S+인\s)?$")
# "KG모빌리티·KG스틸은", "가온모빌리티·가온스틸·가온케미칼은": sister companies dotted before it.
_DOTTED_BEFORE_RE = re.compile(r"(?:^|\s)(?P<run>(?:[^\s·]{2,15}·)+)$")
# "조명기구 업체인 소록스는", "인쇄잉크 업체 동양잉크가": the subject introduced by its trade.
_INTRODUCED_RE = re.compile(pattern("organisations", "company_descriptions") + r"(?:인)?\s$")


def investing_companies(body: str, span: Span, room: int = 0) -> list[Party]:
    """Companies a sentence makes the subject of an investment ("영진철강은 … 150억 원을
    투입해 공장을 증설키로 했다", "드림켐과 레이저임가공업체인 금오M.T는 … 신설한다");
    places, common nouns and people are not, unless their trade introduces them ("조명기구
    업체인 소록스는"). A dotted run before the subject is its sister companies, or, where the
    signing counted more partners than are yet named (`room`), as many companies as it
    leaves room for ("한창진공·동진정밀·쌍용철강은 … 신규 투자를"): a field or a place
    dotted to a name ("우주항공·미르정밀은") would be one more than counted."""
    found = []
    sentence = body[span[0] : span[1]]
    for m in _INVESTOR_RE.finditer(body, span[0], span[1]):
        if in_speech(sentence, m.start() - span[0]):
            # "의장은 “…경제자유구역청은 국내외 투자유치는 물론 …”": what someone says.
            continue
        start = max(span[0], m.start() - _PARTNER_BEFORE_REACH)
        before = body[start : m.start()]
        # A legal form or a head in brackets marks a company even where it reads like a
        # person's name ("㈜제이켐도").
        marked = bool(m.group("note") or m.group("head") or _LEGAL_MARK_RE.search(m["name"]))
        if m.group("also") and not marked:
            continue
        described = marked or _INTRODUCED_RE.search(before) is not None
        if m.group("subject") and not (
            described
            and _fits_subject(m["name"], m["subject"])
            and not _relative_clause_before_verb(body, m.end())
        ):
            # "반도체 케미컬 업체인 이엔에프테크놀로지가 … 400억원을 투자": 이 or 가 marks a
            # company only where its trade or legal form says it is one, and the subject of
            # the investing clause itself ("다온기계가 생산한 부품을 납품받는 누리모터스는":
            # the subject of a clause that describes the investor is not).
            continue
        names = [m.span("name")]
        if partner := _PARTNER_BEFORE_RE.search(before):
            names.insert(0, (start + partner.start("name"), start + partner.end("name")))
        elif dotted := _DOTTED_BEFORE_RE.search(before):
            at = start + dotted.start("run")
            run = dotted["run"].split("·")[:-1]
            if len(run) + 1 <= room - len(found):
                names[:0] = _run_names(at, run)
            else:
                names[:0] = _sisters(at, m["name"], run)
        for a, b in names:
            name = _LEGAL_MARK_RE.sub("", body[a:b])
            if not _not_an_investor(name, body, described):
                found.append(Party(normalize_org(name, body), (a, b)))
    return found


def _run_names(at: int, run: list[str]) -> list[Span]:
    """Where each name of a dotted run starting at `at` stands."""
    spans = []
    for name in run:
        spans.append((at, at + len(name)))
        at += len(name) + 1
    return spans


def _sisters(at: int, subject: str, run: list[str]) -> list[Span]:
    """The names of a dotted run before an investing subject that are its sister companies:
    each opens as the subject does ("KG모빌리티·KG스틸"), since a dot also joins fields and
    places to a name ("우주항공·나래정밀은", "일본·나래스틸은")."""
    return [
        span
        for name, span in zip(run, _run_names(at, run), strict=True)
        if len(name) >= _SHARED_OPENING and name[:_SHARED_OPENING] == subject[:_SHARED_OPENING]
    ]


_SHARED_OPENING = 2


def _not_an_investor(name: str, body: str, described: bool) -> bool:
    return (
        name in NOT_SUBJECT
        or name.endswith(_NOT_NAME_ENDINGS)
        or KIND_WORD_RE.search(name) is not None
        or NOT_A_NAME.search(name) is not None
        or is_generic(name)
        or region_of(name, body) is not None
        or (looks_like_name(name) and not described)
        or name.endswith(_DESCRIBING_ENDINGS)
        or name_alone(name) is None
    )


# A verb modifying the noun after it ("생산한 부품을", "납품받는 누리모터스는").
_RELATIVE_RE = re.compile(r"[가-힣](?:한|는|된|던)\s[가-힣]")
_INVESTING_VERB_RE = re.compile(pattern("amounts", "investor_verbs"))
_VERB_REACH = 120


def _relative_clause_before_verb(body: str, start: int) -> bool:
    """Whether a verb modifying a noun stands between a subject and the investing verb after
    it: the subject is then a describing clause's, not the investing one's."""
    verb = _INVESTING_VERB_RE.search(body, start, start + _VERB_REACH)
    end = verb.start() if verb else start + _VERB_REACH
    return _RELATIVE_RE.search(body, start, end) is not None


def _fits_subject(name: str, particle: str) -> bool:
    """이 follows a closed syllable, 가 an open one ("유앤아이 제품" is not "유앤아" and 이); a
    name that ends in a Latin letter or a mark takes either."""
    last = name[-1]
    if not "가" <= last <= "힣":
        return True
    return open_syllable(last) == (particle == "가")
