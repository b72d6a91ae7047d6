"""The local government a signing sentence implies without naming it as a party.

"28일 함평군에 따르면 …" cites the government the article is about as its source, and
"누리약품은 … 충청북도 도청회의실서 투자 협약을 체결했다" signs with the government whose office
hosts it. Both `implicit_parties` (a signing short of a party) and `group_subjects` (a group
subject with no one named) read these.
"""

from __future__ import annotations

import re

from mouarchive.extract.grouping import Signing, own_candidates
from mouarchive.extract.orgnames import (
    is_common_noun,
    is_generic,
    looks_like_org,
    region_lookup,
    region_of,
)
from mouarchive.extract.party_regions import home_government
from mouarchive.extract.same_org import same_organisation
from mouarchive.extract.tokens import GOVERNMENT_OFFICE_RE, LEVELS, NOT_NAME, all_hangul
from mouarchive.models import Party, Span
from mouarchive.text.scan import guarded
from mouarchive.vocab import alternation, words

# "함평군에 따르면": read from the start of each word (of a sentence searched as a string of
# its own), so a long word costs one pass.
_SOURCE_RE = guarded(re.compile(r"(?<!\S)(\S+)(?:\s등)?에\s?따르면"))


def cited_source(body: str, sentence: Span) -> list[Party]:
    """ "28일 함평군에 따르면 최근 함안군과 … 체결했다": the local government a sentence cites
    as its source is the omitted subject ("군에 따르면": the 군 the article is about)."""
    return _cited(body, sentence, bodies=False)


def cited_body(body: str, sentence: Span) -> list[Party]:
    """ "15일 대구행복진흥원 등에 따르면 전날 … 체결하고": in a sentence that names no party at
    all, a body named in full as the source is the subject too, as a government is
    (`cited_source`); beside a subject of the sentence's own ("한국무역협회에 따르면 한빛전자는
    …") a body cited is only the source, and whoever else is cited ("업계에 따르면") never
    signs."""
    return _cited(body, sentence, bodies=True)


def _cited(body: str, sentence: Span, *, bodies: bool) -> list[Party]:
    """The source a sentence cites ("…에 따르면", a bare level word read as the government the
    article is about) as a party: a local government, or, where `bodies`, a body in full."""
    m = _SOURCE_RE.search(body[sentence[0] : sentence[1]])
    if m is None:
        return []
    name = m.group(1)
    if name in LEVELS:
        name = home_government(name, body, region_lookup(body)) or name
    at = (sentence[0] + m.start(1), sentence[0] + m.end(1))
    found = region_of(name, body)
    if found is not None:
        return [Party(found.name, at, found.name)]
    return [Party(name, at)] if bodies and _names_a_body(name) else []


def _names_a_body(name: str) -> bool:
    """ "대구행복진흥원": a body named in full. A short word ("구의회", "도교육청") is the office
    of the government the article is about, which the headline or the lede names."""
    return len(name) >= _NAMED_BODY_MIN and looks_like_org(name) and not is_common_noun(name)


_NAMED_BODY_MIN = 5


def host_office(signing: Signing, body: str) -> list[Party]:
    """ "누리약품은 지난 23일 충청북도 도청회의실서 투자 협약을 체결했다": a body's release whose
    signing sentence names no partner at all, not even by count ("3개 협력사와"), signed with
    the government whose office hosted it. Only the subject of that sentence may be alone:
    "청주시청에서 누리건설과 …" lacks its subject, not its partner."""
    lead = own_candidates(signing)[0]
    office = GOVERNMENT_OFFICE_RE.search(lead.place or "")
    alone = signing.parties[0]
    if (
        office is None
        or not body.startswith(_SUBJECT_PARTICLES, alone.span[1])
        or _PARTNER_RE.search(body, alone.span[1], lead.span[1])
    ):
        return []
    place = office["place"] or lead.place[: office.start()].strip()
    found = region_of(place + office["level"], body) if place else None
    name = found.name if found else home_government(office["level"], body, region_lookup(body))
    return [Party(name, lead.span, name)] if name is not None else []


_SUBJECT_PARTICLES = ("은", "는", "이", "가")
# A partner named or counted after the subject: "누리건설과", "3개 협력사와", "협력사들과".
_PARTNER_RE = re.compile(r"\S(?:와|과)(?:의)?\s")


def host_body(signing: Signing, body: str) -> list[Party]:
    """ "코트라는 9일 두바이 미래재단(이하 미래재단) 본사에서 … 업무협약을 체결했다": a signing
    sentence that names no partner, held at another body's premises, signed with that body;
    the subject's own premises ("본사에서", "서울 본사에서") name no one else."""
    lead = own_candidates(signing)[0]
    alone = signing.parties[0]
    if not body.startswith(_SUBJECT_PARTICLES, alone.span[1]):
        return []
    m = _PREMISES_RE.search(body, alone.span[1], lead.span[1])
    if m is None or not _named_body(m["host"]):
        return []
    if _PARTNER_RE.search(body, alone.span[1], m.start()) or _OTHERS_AFTER_RE.search(
        body, m.end(), lead.span[1]
    ):
        # "A는 3개 협력사와 B 본사에서", "B 캠퍼스에서 지역 기업 20곳과": partners named or
        # counted, whose host the premises' owner only is.
        return []
    before = body[max(alone.span[1], m.start() - _OWNER_REACH) : m.start()].split()
    # "한빛대는 한빛대 의과대학 캠퍼스에서": the subject's own unit.
    if any(same_organisation(word, alone.name) for word in (*before[-1:], m["host"])):
        return []
    return [Party(m["host"], m.span("host"), None)]


_OWNER_REACH = 12  # letters before the host that may name the subject whose unit it is
# "지역 기업 20곳과", "입주 기업들과", "학생 200명과 함께": partners counted, or people with
# whom a signing is made, after the premises.
_OTHERS_AFTER_RE = re.compile(r"(?:\d+\s?[가-힣]{0,4}|들)(?:과|와)\s|(?:과|와)\s함께\s")
# "두바이 미래재단(이하 미래재단) 본사에서", "누리대학교 본관 회의실에서": the body before its
# premises, with a gloss in parentheses perhaps, and a room after them.
_PREMISES_RE = guarded(
    re.compile(
        r"(?<=\s)(?P<host>[가-힣A-Za-z]{2,20})(?:\([^()]{0,20}\))?\s"
        + alternation(words("signing", "premises"))
        + r"(?:\s?\S{1,8})?\s?에서\s"
    )
)


def _named_body(word: str) -> bool:
    """ "한빛레일", "누리대학교": a body's own name before its premises, not a place ("서울
    본사", "삼성동 본사"), a word of the subject's own ("자사 본사") or a common noun ("현지
    본사")."""
    return looks_like_org(word) or (
        all_hangul(word)
        and len(word) >= 3
        and region_of(word, "") is None
        and not word.endswith(_STREET_ENDINGS)
        and not is_common_noun(word)
        and not is_generic(word)
        and word not in NOT_NAME
    )


# "서울 삼성동 본사에서", "세종로 본관에서": where the premises stand, not whose they are.
_STREET_ENDINGS = words("common_words", "street_endings")
