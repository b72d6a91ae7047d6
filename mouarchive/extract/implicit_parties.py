"""Parties a signing sentence leaves implicit, found in the text around it.

"먼저 X와 협약을 체결했다" names only the counterpart; "세 기관은 13일 협약을 체결했다" names
none; "기업 2곳과 투자협약을 했다" only counts them. The missing parties are written nearby: in
a following "이번 협약은 A와 B, C 3자가…", in the ceremony's attendance line, in the host every
other signing of the article shares, in "○○군에 따르면", in the subject of the sentences
before, or in the headline. And a party the signing sentence calls by a short name goes by
the full name the article also writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.counted_governments import counted_governments
from mouarchive.extract.gazetteer import region_parent
from mouarchive.extract.grouping import Signing, own_candidates
from mouarchive.extract.head_parties import NOT_SIGNER_TITLES
from mouarchive.extract.kind_title_place import KIND_RE, RELATION_RE
from mouarchive.extract.orgnames import (
    is_generic,
    looks_like_org,
    normalize_org,
    region_lookup,
    region_of,
)
from mouarchive.extract.parties import find_parties
from mouarchive.extract.party_regions import home_government, named_place
from mouarchive.extract.party_roles import cities_abroad, places_abroad, shaped_like_place_abroad
from mouarchive.extract.person_titles import looks_like_name
from mouarchive.extract.rosters import CUES, NOT_A_NAME, counted, counted_roster, roster
from mouarchive.extract.same_org import add_party, same_organisation
from mouarchive.extract.signatories import find_signatories
from mouarchive.extract.signers import ATTENDED_RE
from mouarchive.extract.signing import LEAD_CHARS, Candidate
from mouarchive.extract.signing_context import REFERENCE_RE
from mouarchive.extract.signing_totals import COUNTED_PARTNERS_RE, SO_FAR_RE
from mouarchive.extract.signing_verbs import CEREMONY_WORD, tells_no_signing
from mouarchive.extract.speech import in_speech
from mouarchive.extract.tokens import (
    GOVERNMENT_OFFICE_RE,
    GROUP_SUBJECT_RE,
    KIND_WORD_RE,
    LEVELS,
    NOT_SUBJECT,
    split_particle,
)
from mouarchive.models import PartialDate, Party, Span
from mouarchive.vocab import alternation, pattern, table, words

_BOTH = pattern("common_words", "both")
_GROUP_RE = re.compile(r"(?<!\d)\d+자|[두세네]\s?기관|양\s?기관|(?<!\d)\d+개\s?기관")

# "양 시의 교류": the two cities, as `_PAIR_RE`'s "양 도시의"; kept apart from that one, which
# `fill_group_subjects` reads too.
_TWO_CITIES_RE = re.compile(r"양\s시(?:의|는|가|\s간)")
# "함평군에 따르면": read from the start of each word (of a sentence searched as a string of
# its own), so a long word costs one pass.
_SOURCE_RE = re.compile(r"(?<!\S)(\S+)에\s?따르면")


def fill_parties(
    signing: Signing,
    others: list[Signing],
    body: str,
    sentences: list[Span],
    title: str | None = None,
    published: PartialDate | None = None,
) -> None:
    """A signing sentence that names only the counterpart ("먼저 X와 협약을 체결했다") gets
    the rest from a following "이번 협약은 A와 B, C 3자가…" sentence, else from the host every
    other signing of the article shares, else from the subject of the sentences before it,
    else from the headline or lede the page printed above the body. Governments it counts in
    full ("대구시 및 8개 구·군과") are each a party."""
    _add_rosters(signing, body, sentences)
    _add_hands_joined(signing, body, sentences)
    provinces = [p.region for p in signing.parties if p.region and not region_parent(p.region)]
    for candidate in own_candidates(signing):
        signing.add_parties(counted_governments(body, candidate.span, provinces, published))
    only_counted = [
        c.span for c in own_candidates(signing) if COUNTED_PARTNERS_RE.search(body, *c.span)
    ]
    if only_counted and only_counted[0] in sentences:
        # "기업 2곳과 투자협약을 했다. 협약식에는 … A사 대표, B사 대표가 참석했다": partners
        # counted in the signing sentence are named by the ceremony's attendance line.
        at = sentences.index(only_counted[0])
        signing.add_parties(_ceremony_heads(body, sentences[at + 1 : at + 3]))
    if len(signing.parties) == 1:
        signing.add_parties(_city_abroad(signing, body, title))
    if len(signing.parties) >= 2:
        return
    first = sentences.index(own_candidates(signing)[0].span)
    if first + 1 < len(sentences):
        nxt = sentences[first + 1]
        following = body[nxt[0] : nxt[1]]
        if REFERENCE_RE.search(following) and _GROUP_RE.search(following):
            signing.add_parties(find_parties(body, nxt))
    for cand in signing.candidates:
        if cand.summary and len(signing.parties) < 2:
            signing.add_parties(cand.parties[:1])
    if len(signing.parties) < 2:
        signing.add_parties(_source(body, sentences[first]))
    if len(signing.parties) == 1 and signing.parties[0].region is None:
        signing.add_parties(_host_office(signing, body))
    if len(signing.parties) < 2 and others:
        shared = set.intersection(*(s.names for s in others))
        # Of the parties every other signing shares, a local government is the host.
        host = sorted(
            (p for p in others[0].parties if p.name in shared), key=lambda p: p.region is None
        )
        signing.add_parties(host[:1])
    if len(signing.parties) < 2:
        signing.add_parties(_ceremony_heads(body, sentences[first + 1 :]))
    if _add_earlier_subject(signing, body, sentences, first):
        return
    if len(signing.parties) < 2 and title:
        signing.add_parties(_title_partners(signing, title, own_candidates(signing)[0].span))


# "A와 B, C가 손을 맞잡았다": a lede that tells the signing by its gesture, without naming the
# agreement (the signing verbs of this shape).
_HANDS_JOINED_RE = re.compile(
    alternation(w for w in words("signing", "signing_verbs") if w.startswith("손"))
)


def _add_hands_joined(signing: Signing, body: str, sentences: list[Span]) -> None:
    """ "수소 경제를 위해 경상남도와 창원시, 한국가스공사와 경남테크노파크가 손을 잡았습니다.
    경상남도가 4일 … 한국가스공사와 업무협약을 체결했습니다.": the lede just before the signing
    sentence names every partner, the signing sentence only the two who lead it."""
    lead = own_candidates(signing)[0].span
    at = sentences.index(lead) if lead in sentences else 0
    if at == 0:
        return
    before = sentences[at - 1]
    if not _HANDS_JOINED_RE.search(body, *before) or KIND_RE.search(body, *before):
        return
    named = find_parties(body, before)
    if len(named) > len(signing.parties) and all(
        any(same_organisation(p.name, q.name) for q in named) for p in signing.parties
    ):
        signing.add_parties(named)


def _add_earlier_subject(signing: Signing, body: str, sentences: list[Span], first: int) -> bool:
    """The subject of the nearest of the three sentences before the signing's (`first`)
    that has one, when the signing lacks it; whether that leaves nothing for the headline
    to add."""
    for k in range(first - 1, max(first - 4, -1), -1):
        if len(signing.parties) >= 2:
            return True
        sent = sentences[k]
        # "순천시의회도 …": a subject brought in 'too' is a side actor; the story's goes on.
        subject = [
            p
            for p in find_parties(body, sent)
            if (p.span[0] - sent[0] < LEAD_CHARS or _SUBJECT_AFTER_RE.match(body, p.span[1]))
            and not body.startswith("도 ", p.span[1])
        ]
        if subject:
            # "북구(구청장 문인)가 전남대학교와 함께 …": a subject the signing already has
            # leaves its partner to the headline; "원주시와 횡성군은 …" is a subject of two.
            known = len(signing.parties)
            signing.add_parties(subject[:2] if _paired(subject, body) else subject[:1])
            return len(signing.parties) > known
    return False


_PAIRED_SUBJECT_RE = re.compile(r"(?:와|과)\s")


def _paired(subject: list[Party], body: str) -> bool:
    """ "원주시와 횡성군은": the first two subjects written as one, joined by 와/과."""
    return (
        len(subject) >= 2
        and _PAIRED_SUBJECT_RE.fullmatch(body, subject[0].span[1], subject[1].span[0]) is not None
    )


_HALL_ABROAD_RE = re.compile(
    r"(?:(?<![가-힣])(?P<country>"
    + pattern("abroad", "countries")
    + r")\s)?(?<![가-힣])(?P<city>(?!지난|이번|다음|매)[가-힣]{2,8}?(?:시티|시|현|성|주))"
    r"\s?시청에서\s[^.]{0,60}?\s시장(?:을|과|와)\s만나"
)


def _city_abroad(signing: Signing, body: str, title: str | None) -> list[Party]:
    """ "순천시는 … 중국 닝보시를 방문해 … 자매도시 협약도 했다": a sister or friendship
    signing of one local government, its partner unnamed in the sentence, is with the one
    city abroad the article (or its headline) is about. Evidence: the signing sentence."""
    (home,) = signing.parties
    lead = own_candidates(signing)[0].span
    sentence = body[lead[0] : lead[1]]
    if home.region is None:
        return []
    hall = _HALL_ABROAD_RE.search(sentence)
    if hall and (hall["country"] or named_place(hall["city"], body) is None):
        # "멕시코 멕시코시티 시청에서 … 시장을 만나 … 합의서를 체결했다": the city whose hall
        # hosts the signing and whose mayor the visitor meets.
        return [Party(hall["city"], (lead[0] + hall.start("city"), lead[0] + hall.end("city")))]
    if not any(found.search(sentence) for found in (RELATION_RE, _TWO_CITIES_RE, _PAIR_RE)):
        return []
    cities = cities_abroad(f"{title or ''}\n{body}")
    return [Party(cities[0], lead)] if len(cities) == 1 else []


def _title_partners(signing: Signing, title: str, at: Span) -> list[Party]:
    """ "울산시와 현대자동차(주)가 … 힘을 모은다" above a body whose signing sentence names only
    울산시: the headline's other parties, when it names the one the sentence does, or all of
    them, two or more, above one that names none. Their evidence is the signing sentence,
    since the headline is not part of the body."""
    named = find_parties(title)
    if not signing.names:
        # A headline that says the signing was put off or never made names no signers.
        if len(named) < 2 or tells_no_signing(title):
            return []
        return [Party(p.name, at, p.region) for p in named]
    if not any(_covered_name(p.name, signing.names) for p in named):
        return []
    return [Party(p.name, at, p.region) for p in named if not _covered_name(p.name, signing.names)]


def _covered_name(name: str, names: set[str]) -> bool:
    return name in names or any(same_organisation(name, known) for known in names)


_ROSTER_REACH = 8  # sentences after the signing that may list its partners
_FEW = 3  # "두 기관", "3자": so few partners are named where they are counted
_LOOK_BACK = 3  # sentences before it that "이들 기업" may point back to
_INVESTOR_REACH = 12  # sentences after a counted signing that may tell each partner's plans
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
# one marked as a company may be added to those before it ("㈜동양잉크(대표 최대광) 역시").
# A word whose 는 comes right before a company's legal form describes it ("비료를 만드는
# ㈜카프코는").
_INVESTOR_RE = re.compile(
    r"(?<![가-힣A-Za-z0-9.㈜)])"
    + _COMPANY
    + _HEAD_NOTE
    + r"(?:은|는|(?P<also>도|\s역시))\s(?!㈜|\(주\)|주식회사)(?=[^.]{0,120}?"
    + pattern("amounts", "investor_verbs")
    + ")"
)
_PARTNER_BEFORE_REACH = 40
# "드림켐과 레이저임가공업체인 금오M.T는": a first company joined to the investing subject.
_PARTNER_BEFORE_RE = re.compile(r"(?:^|\s)" + _COMPANY + r"(?:과|와)\s(?:\S+인\s)?$")
# "조명기구 업체인 소록스는": the subject introduced by its trade.
_INTRODUCED_RE = re.compile(pattern("organisations", "company_descriptions") + r"인\s$")
_LONGEST_ROSTER = 40
_THESE_RE = re.compile(r"이들\s?(?:기업|기관|업체|회사|단체|대학|지자체)(?:과|와|은|는|이|가)\s")


def _investors(body: str, span: Span) -> list[Party]:
    """Companies a sentence makes the subject of an investment ("영진철강은 … 150억 원을
    투입해 공장을 증설키로 했다", "드림켐과 레이저임가공업체인 금오M.T는 … 신설한다");
    places, common nouns and people are not, unless their trade introduces them ("조명기구
    업체인 소록스는")."""
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
        names = [m.span("name")]
        if partner := _PARTNER_BEFORE_RE.search(before):
            names.insert(0, (start + partner.start("name"), start + partner.end("name")))
        for a, b in names:
            name = _LEGAL_MARK_RE.sub("", body[a:b])
            if not _not_an_investor(name, body, described):
                found.append(Party(normalize_org(name, body), (a, b)))
    return found


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


def _add_rosters(signing: Signing, body: str, sentences: list[Span]) -> None:
    """Partners listed by name apart from the signing sentence's own words: in the sentence
    itself ("테리안(주), 에코텍, … 등 8개사와"), in a following one that says they took part
    ("A, B, C 등이 참여했다", "협약한 기업은 A를 비롯해 B, C이다"), or, when the signing only
    counts them ("8개 기업은 13일 … 체결하고"), in the sentence before that counts as many."""
    lead = own_candidates(signing)[0].span
    if lead not in sentences:
        return
    at = sentences.index(lead)
    want = next(
        (n for c in own_candidates(signing) if (n := counted(body[c.span[0] : c.span[1]]))), None
    )
    found = roster(body, lead, want) or counted_roster(body, lead)
    for span in sentences[at + 1 : at + 1 + _ROSTER_REACH]:
        if want and len(found) >= want:
            break
        # A signing that counts its partners names them in the lists that follow
        # ("산단별로 △목포 대양산단에 ㈜A, ㈜B △순천 해룡산단에 ㈜C 등이다"), a few of them in
        # a list closed by as many ("협약에 따라 A, B, C 등 3개 기업은"); otherwise only a list
        # said to take part counts ("A, B, C 등이 참여했다").
        if SO_FAR_RE.search(body, *span):
            # "현재까지 포스코, 코오롱, … 등과 … 체결했다": the partners of signings so far.
            continue
        close = _RECOUNT_RE.search(body, *span)
        if want and close and int(close.group("n")) == want:
            found += roster(body, (span[0], close.end()), want)
            continue
        if before := _LISTED_BEFORE_RE.search(body, *span):
            # "A, B, C와 맺은 이번 협약은 …": only the list the agreement is made with.
            segment = body[span[0] : before.start()]
            cut = max(
                (at + len(w) for w in _AFTER_OTHERS if (at := segment.rfind(w)) >= 0), default=0
            )
            found += roster(body, (span[0] + cut, before.end()), want)
        elif (want and want > _FEW) or CUES.search(body, *span):
            found += roster(body, span, want or counted(body[span[0] : span[1]]))
    if want and len(found) < want and at > 0:
        before = sentences[at - 1]
        if counted(body[before[0] : before[1]]) == want:
            found += roster(body, before, want)
    if want and want >= _FEW and sum(region_of(p.name, body) is None for p in found) < want:
        # "동방노보펌은 … 공장을 건설한다. 영진철강은 … 150억 원을 투입해 …": the counted
        # partners told one paragraph each, by what they invest or build (the governments
        # listed with them are not among those counted).
        investors: set[str] = set()
        for span in sentences[at + 1 : at + 1 + _INVESTOR_REACH]:
            if len(investors) >= want:
                # As many as counted: a company told after them ("앞서 ㈜A도 지난해 …
                # 투자해") is another story.
                break
            told = _investors(body, span)
            investors |= {p.name for p in told}
            found += told
    if _THESE_RE.search(body, *lead):
        # "울주군은 이들 기업과 지난 2일 협약을 체결하고": the companies just listed.
        for span in reversed(sentences[max(0, at - _LOOK_BACK) : at]):
            listed = roster(body, span, _LONGEST_ROSTER)
            if listed:
                found += listed
                break
    signing.add_parties(found)


# "경인교대, 연세대, 인하대와 맺은 이번 협약은": the partners listed right before it.
_LISTED_BEFORE_RE = re.compile(r"(?:와|과)\s(?:맺은|체결한)\s이번\s")
# "A, B에 이어 C와 맺은 이번 협약은": only C; the others signed before.
_AFTER_OTHERS = ("이어 ", "이어서 ", "협약에 이어 ")
# "… 등 3개 기업은": a list closed by the count of what it lists.
_RECOUNT_RE = re.compile(r"\s등\s(?P<n>\d+)\s?(?:개\s?(?:사|기업|업체|기관)|곳)")


# "협약식에는 A 시장, B 조합장, C 지사장이 참석했다": the ceremony's own attendance line.
_CEREMONY_PRESENT_RE = re.compile(CEREMONY_WORD + r"(?:에는|엔|에)\s")


_LIST_CLOSE_RE = re.compile(r"\s등\s[^,]{0,20},\s")


def _ceremony_heads(body: str, after: list[Span]) -> list[Party]:
    """ "서귀포시는 협약을 체결했다. … 협약식에는 A 시장, B 조합장, C 지사장이 참석했다": a
    signing sentence that names only its host leaves the partners to the heads who attended
    the ceremony, each for the body written with their title. Politicians and a list's
    closing "… 등 20여명" are guests, not signers (`find_parties` judges both)."""
    for a, b in after:
        if not (_CEREMONY_PRESENT_RE.search(body, a, b) and ATTENDED_RE.search(body, a, b)):
            continue
        # "A 시장을 비롯해 B사 대표 등 24개 기업대표, C 상공회의소 회장 등 유관기관 단체장이
        # 참석했다": the signers close with the first 등; guests follow.
        closing = _LIST_CLOSE_RE.search(body, a, b)
        b = closing.start() if closing else b
        present = [
            s
            for s in find_signatories(body, (a, b))
            if s.organization and s.title not in NOT_SIGNER_TITLES
        ]
        heads = {s.organization for s in present}
        found = [p for p in find_parties(body, (a, b)) if p.name in heads]
        if len(found) < 2:
            # "김동일 보령시장, 정정래 한국철도공사 부사장 등 30여 명이 참석했다": the last
            # head before the headcount reads as a guest to `find_parties`; with fewer than two
            # partners found, every head present names a body that signed.
            found += [
                Party(s.organization, s.span) for s in present if looks_like_org(s.organization)
            ]
        return found
    return []


# "부품을 만드는 (주)에이치투모빌리티가 …": a subject after a long description is still the
# sentence's subject.
_SUBJECT_AFTER_RE = re.compile(r"(?:이|가|은|는)\s")


def _source(body: str, sentence: Span) -> list[Party]:
    """ "28일 함평군에 따르면 최근 함안군과 … 체결했다": the local government a sentence cites
    as its source is the omitted subject ("군에 따르면": the 군 the article is about)."""
    m = _SOURCE_RE.search(body[sentence[0] : sentence[1]])
    if m is None:
        return []
    name = m.group(1)
    if name in LEVELS:
        name = home_government(name, body, region_lookup(body)) or name
    found = region_of(name, body)
    if found is None:
        return []
    at = (sentence[0] + m.start(1), sentence[0] + m.end(1))
    return [Party(found.name, at, found.name)]


def _host_office(signing: Signing, body: str) -> list[Party]:
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


_PLACE_GROUPS = ("지역", "도시", "지자체", "자치단체")


def _places_pair(found: list[Party], group: re.Match[str]) -> bool:
    """Whether `found` is the pair of places a group such as "두 지역은" points back to."""
    return (
        len(found) == 2
        and any(word in group.group(0) for word in _PLACE_GROUPS)
        and all(p.region is not None or shaped_like_place_abroad(p.name) for p in found)
    )


def opens_with_group(body: str, at: int) -> bool:
    """Whether the sentence at `at` opens on the group it points back to ("두 지역은")."""
    return GROUP_SUBJECT_RE.match(body, at) is not None


def fill_group_subjects(
    body: str, sentences: list[Span], candidates: list[Candidate], headline: str | None
) -> None:
    """ "세 기관은 13일 … 협약을 체결했다" names its parties in the sentence before (the lede
    "A와 B, C가 손을 잡았다"), failing that the one after, failing that the story's lede ("경북도와
    타이응우옌성이 … 기념행사를 열었다" paragraphs before "두 지역은 … 양해각서를 체결했다"),
    failing that the headline."""
    index = {s: i for i, s in enumerate(sentences)}
    for cand in candidates:
        if not cand.parties:
            # "12일 북구에 따르면 전남대학교에서 업무협약을 체결했다": the source is the subject
            # of a sentence that names no one else; the partner comes with the signing's.
            cand.parties.extend(_source(body, cand.span))
        if not cand.parties and index.get(cand.span) == 1:
            # "A가 B와 … 손을 맞잡았다. 8일 A에 따르면 이날 … 업무협약을 했다": a signing that
            # names no one, told right after a lede that names the pair.
            found = find_parties(body, sentences[0])
            if len(found) >= 2:
                cand.parties.extend(found)
                continue
        group = GROUP_SUBJECT_RE.match(body, cand.span[0])
        if not cand.parties and group is None and (pair := _PAIR_RE.search(body, *cand.span)):
            # "양 도시의 번영을 위해 양해각서를 체결한다" under "횡성군-중국 린하이시 자매결연
            # 20주년 …": the two the headline names, a place abroad among them.
            lede = body[sentences[0][0] : sentences[0][1]] if sentences else None
            cand.parties.extend(
                _headline_places(headline, pair.span()) or _headline_places(lede, pair.span())
            )
            continue
        if cand.parties or group is None:
            continue
        k = index[cand.span]
        for near in (k - 1, k + 1, 0):
            if 0 <= near < len(sentences):
                found = find_parties(body, sentences[near])
                if len(found) == 1:
                    # "21일 포항시에 따르면 한빛철강㈜이 … 하기로 했다. 양측은 …": the source is
                    # the other side.
                    found = _source(body, sentences[near]) + found
                if near == 0 and near < k - 1 and not _places_pair(found, group):
                    # The story's lede, paragraphs before, only for a pair of places ("두
                    # 지역은"), each of which it names as such.
                    continue
                if len(found) >= 2:
                    cand.parties.extend(found)
                    break
        if not cand.parties:
            cand.parties.extend(_headline_parties(headline, body, group.span()))


# "양 도시의", "두 도시 간", "양 도시를 대표해": the two parties named apart, anywhere in the
# sentence.
_PAIR_RE = re.compile(r"(?:" + _BOTH + r"|두)\s?(?:도시|지자체|지역)(?:의|를|\s간|간|\s사이)")


def _headline_places(headline: str | None, at: Span) -> list[Party]:
    """The local government and the place abroad a headline (or the lede) names ("강릉시, …
    중국 징저우시 방문"), when it names exactly those two, each pointing at the body's words
    for them."""
    if not headline:
        return []
    named = find_parties(headline)
    home = [p for p in named if p.region is not None]
    places = places_abroad(headline)
    # "중국 저장성 린하이시와의": the party is the place named as one, not its province.
    abroad = sorted({p.name for p in named if p.name in places} or places)
    if len(home) != 1 or len(abroad) != 1:
        return []
    return [Party(home[0].name, at, home[0].region), Party(abroad[0], at)]


# "청양군-칠갑산농협, 로컬푸드 직거래 '맞손'", "A시·B재단·C은행, …": a headline that joins the
# names with - or · before its comma lists the parties the body calls "양 기관".
_HEADLINE_NAMES_RE = re.compile(
    r"^(?:\[[^\]\n]{1,10}\]\s?)?(?P<names>(?:(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20}[-·]){1,4}"
    r"(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20}),\s"
)


def _headline_parties(headline: str | None, body: str, at: Span) -> list[Party]:
    """The parties a headline joins, each pointing at the body's "양 기관" that stands for them
    (the headline is not part of the body the spans index). One of them must be a local
    government or carry an organisation's suffix; a company may go by a bare name."""
    m = _HEADLINE_NAMES_RE.match(headline or "")
    if m is None:
        return []
    parties: list[Party] = []
    known = False
    for word in re.split(r"[-·]", m.group("names")):
        if is_generic(word):
            return []
        found = region_of(word, body)
        name = found.name if found else normalize_org(word, body)
        known = known or found is not None or looks_like_org(name)
        add_party(parties, Party(name, at, found.name if found else None))
    return parties if known and len(parties) >= 2 else []


_USUAL_FULL = {
    short: full
    for full, shorts in table("organisations", "usual_short_names").items()
    for short in shorts
}
_PROVINCE_FULL_RE = re.compile(r"[가-힣]{2}[북남]도")


def _spelled_in_full(short: str, long: str) -> bool:
    """ "치악대" for "한빛대학교", "충북교육청" for "충청북도교육청": the article's longer
    spelling of the same body, down to its province written out."""
    if len(long) <= len(short) or not long.startswith(short[0]):
        return False
    if same_organisation(short, long):
        return True
    rest = short[2:]
    head = long[: len(long) - len(rest)]
    return (
        len(rest) >= 2
        and long.endswith(rest)
        and bool(_PROVINCE_FULL_RE.fullmatch(head))
        and head[2] == short[1]
    )


_HANGUL_RUN = re.compile(r"[가-힣]*")


def _longer_words(name: str, body: str) -> Iterator[str]:
    """The words of `body` that open with the name's first letter, after no Hangul letter,
    and run on for more Hangul letters than the name has after it ("치악대" → "치악대학교는")."""
    for word in _words_opening(name[0], body):
        if len(word) <= len(name):
            return
        yield word


@functools.lru_cache(maxsize=8)
def _words_opening(first: str, body: str) -> tuple[str, ...]:
    """The distinct words of `body` that open with `first` after no Hangul letter, with the
    Hangul letters that run on after it, longest first. Read once a letter and body: a list of
    thousands of partners that open with the same letter is not reread for each of them and
    each signing. Found with `str.find` and one fixed pattern: a pattern built for each name
    was compiled for each name, which cost more than the search."""
    words: set[str] = set()
    at = body.find(first)
    while at >= 0:
        if at == 0 or not "가" <= body[at - 1] <= "힣":
            run = _HANGUL_RUN.match(body, at + 1)
            if run is not None:
                words.add(body[at : run.end()])
                at = body.find(first, run.end())
                continue
        at = body.find(first, at + 1)
    return tuple(sorted(words, key=len, reverse=True))


def full_names(parties: list[Party], body: str) -> dict[str, str]:
    """A party the signing sentence calls by a short name ("치악대는 … 맺었다") goes by the
    full name the article also writes ("치악대학교(총장 …)"), the one a reader searches for."""
    renamed: dict[str, str] = {}
    for party in parties:
        name = party.name
        if party.region is not None or " " in name or not name.isalnum():
            continue
        usual = _USUAL_FULL.get(name)
        if usual and usual in body:
            renamed[name] = usual
            continue
        longer = {
            stem
            for word in _longer_words(name, body)
            if _spelled_in_full(name, stem := split_particle(word)[0]) and looks_like_org(stem)
        }
        if len(longer) == 1:
            renamed[name] = longer.pop()
    return renamed
