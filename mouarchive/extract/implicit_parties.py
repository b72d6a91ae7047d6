"""Parties a signing sentence leaves implicit, found in the text around it.

"먼저 X와 협약을 체결했다" names only the counterpart; "세 기관은 13일 협약을 체결했다" names
none; "기업 2곳과 투자협약을 했다" only counts them. The missing parties are written nearby: in
a following "이번 협약은 A와 B, C 3자가…", in the ceremony's attendance line, in the host every
other signing of the article shares, in "○○군에 따르면", in the subject of the sentences
before, or in the headline.

This module tries those places in order (`fill_parties`); what reads each of them at length
lives apart: rosters and investors in `listed_partners` and `investors`, a cited or hosting
government in `host_government`, a group subject such as "세 기관은" in `group_subjects`.
The full names of shortened parties are `full_names`'.
"""

from __future__ import annotations

import re

from mouarchive.extract.counted_governments import counted_governments
from mouarchive.extract.foreign_places import cities_abroad
from mouarchive.extract.gazetteer import region_parent
from mouarchive.extract.group_subjects import PAIR_RE
from mouarchive.extract.grouping import Signing, own_candidates
from mouarchive.extract.head_parties import NOT_SIGNER_TITLES
from mouarchive.extract.host_government import cited_source, host_body, host_office
from mouarchive.extract.kind_title_place import KIND_RE, RELATION_RE
from mouarchive.extract.listed_partners import add_rosters
from mouarchive.extract.orgnames import looks_like_org
from mouarchive.extract.parties import find_parties
from mouarchive.extract.partner_counts import counted, counts
from mouarchive.extract.party_regions import hosting_province, named_place
from mouarchive.extract.rosters import counted_roster
from mouarchive.extract.same_org import same_organisation
from mouarchive.extract.sentences import sentence_of
from mouarchive.extract.signatories import find_signatories
from mouarchive.extract.signers import ATTENDED_RE
from mouarchive.extract.signing import LEAD_CHARS
from mouarchive.extract.signing_context import REFERENCE_RE
from mouarchive.extract.signing_totals import COUNTED_PARTNERS_RE
from mouarchive.extract.signing_verbs import CEREMONY_WORD, tells_no_signing
from mouarchive.extract.stated_parties import STATED_REACH, joined_heads, stated_parties
from mouarchive.models import PartialDate, Party, Span
from mouarchive.text.scan import guarded
from mouarchive.vocab import alternation, pattern, words

_GROUP_RE = re.compile(r"(?<!\d)\d+자|[두세네]\s?기관|양\s?기관|(?<!\d)\d+개\s?기관")

# "양 시의 교류": the two cities, as `group_subjects.PAIR_RE`'s "양 도시의"; kept apart from
# that one, which `fill_group_subjects` reads too.
_TWO_CITIES_RE = re.compile(r"양\s시(?:의|는|가|\s간)")


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
    full ("대구시 및 8개 구·군과") are each a party. One pair of a list of pairs has both its
    parties already. A head said to have joined each agreement ("각 협약에는 … 천안시장도
    참여했다") adds their government last, once the signing's own parties are found."""
    lead = own_candidates(signing)[0].span[0]
    after = [span for span in sentences if span[0] > lead][:STATED_REACH]
    if not signing.paired:
        _fill_missing(signing, others, body, sentences, after, title, published)
    signing.add_parties(joined_heads(body, after))


def _fill_missing(
    signing: Signing,
    others: list[Signing],
    body: str,
    sentences: list[Span],
    after: list[Span],
    title: str | None,
    published: PartialDate | None,
) -> None:
    """`fill_parties` for a signing that is not one pair of a list of pairs."""
    for cand in signing.candidates:
        if cand.summary and _within_named_province(cand.parties[:1], signing.parties):
            # "천안시가 22일 4개 기업과 … 체결했다. 협약식은 … 충남도지사와 … 참석한 가운데
            # 열렸다": the city the lead names signs, whatever the province hosting it.
            signing.add_parties(cand.parties[:1])
    add_rosters(signing, body, sentences, frozenset(c.span for s in others for c in s.candidates))
    _add_hands_joined(signing, body, sentences)
    signing.add_parties(stated_parties(body, after))
    provinces = [p.region for p in signing.parties if p.region and not region_parent(p.region)]
    for candidate in own_candidates(signing):
        signing.add_parties(counted_governments(body, candidate.span, provinces, published))
    only_counted = [
        c.span for c in own_candidates(signing) if _counted_not_named(signing, body, c.span)
    ]
    if only_counted and only_counted[0] in sentences:
        # "기업 2곳과 투자협약을 했다. 협약식에는 … A사 대표, B사 대표가 참석했다", "전북도와
        # 전북대 등 도내 5개 대학이 …. 협약식에는 … 원광대 총장, 우석대 총장 …": partners
        # counted in the signing sentence are named by the ceremony's attendance line.
        at = sentences.index(only_counted[0])
        heads = _ceremony_heads(body, sentences[at + 1 : at + 3])
        signing.add_parties([p for p in heads if not hosting_province(p, signing.parties)])
    if len(signing.parties) == 1:
        signing.add_parties(_city_abroad(signing, body, title))
    if len(signing.parties) >= 2:
        return
    # A first signing told before the main one ("A와 협약을 체결한 데 이어 …") is read from
    # part of its sentence: the sentence that holds it.
    lead = own_candidates(signing)[0].span
    first = max(0, sentence_of(lead[0], sentences))
    if first + 1 < len(sentences):
        nxt = sentences[first + 1]
        following = body[nxt[0] : nxt[1]]
        if REFERENCE_RE.search(following) and _GROUP_RE.search(following):
            signing.add_parties(find_parties(body, nxt))
    for cand in signing.candidates:
        if cand.summary and len(signing.parties) < 2:
            signing.add_parties(cand.parties[:1])
    if len(signing.parties) < 2:
        signing.add_parties(cited_source(body, sentences[first]))
    if len(signing.parties) == 1 and signing.parties[0].region is None:
        signing.add_parties(host_office(signing, body))
    if len(signing.parties) == 1:
        signing.add_parties(host_body(signing, body))
    for cand in own_candidates(signing):
        if cand.title and len(signing.parties) < 2:
            # "보령시는 … '보령시-울란바토르시 우호협력 양해각서'를 체결했다": the agreement's
            # own name joins its parties.
            signing.add_parties(_title_partners(signing, cand.title, cand.span))
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


def _within_named_province(lead: list[Party], parties: list[Party]) -> bool:
    """Whether the lead's first party is a city or county of a province the signing names."""
    province = region_parent(lead[0].region) if lead and lead[0].region else None
    return province is not None and any(p.region == province for p in parties)


def _counted_not_named(signing: Signing, body: str, span: Span) -> bool:
    """Whether the sentence counts partners it does not name: only by their count ("기업
    2곳과"), or more than the parties read so far, counted as partners ("도내 6개 대학과")
    or as the rest of a list it opens ("전북대 등 5개 대학이"); a count of whom the agreement
    serves ("도내 11개 시군 청년 정책") counts no partner."""
    if COUNTED_PARTNERS_RE.search(body, *span):
        return True
    sentence = body[span[0] : span[1]]
    partners = [n for n, partner in counts(sentence) if partner]
    listed = _LIST_THEN_COUNT_RE.search(sentence)
    count = partners[0] if partners else counted(sentence) if listed else None
    return count is not None and len(signing.parties) < count


# "전북대 등 도내 5개 대학이": a list the count closes.
_LIST_THEN_COUNT_RE = guarded(re.compile(r"\s등\s(?:[가-힣]+\s)?(?:\d+|[두세네])\s?개"))


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
        group = _counted_subject(body, sent)
        if group:
            # "서산시, 보령시, … 태안군 등 6개 시・군은 … 창립총회를 열었다. 이날 총회에서 각
            # 시장・군수는 … 협약서에 서명했다": a counted list as the subject, all of it.
            known = len(signing.parties)
            signing.add_parties(group)
            return len(signing.parties) > known
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


def _counted_subject(body: str, sent: Span) -> list[Party]:
    """The bodies a sentence lists and counts as its subject ("A, B, C 등 3개 시・군은")."""
    listed = counted_roster(body, sent)
    if len(listed) < _FEW_LISTED:
        return []
    closing = _GROUP_SUBJECT_RE.match(body, listed[-1].span[1])
    return listed if closing is not None and closing.end() <= sent[1] else []


_FEW_LISTED = 3
# "… 태안군 등 6개 시・군은 ": the count and subject particle closing a list.
_GROUP_SUBJECT_RE = re.compile(r"\s?등\s(?:총\s)?\d+\s?개\s?[^\s,.]{1,6}?(?:은|는|이|가)\s")
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
    if not any(found.search(sentence) for found in (RELATION_RE, _TWO_CITIES_RE, PAIR_RE)):
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


# "협약식에는 A 시장, B 조합장, C 지사장이 참석했다": the ceremony's own attendance line.
_CEREMONY_PRESENT_RE = re.compile(CEREMONY_WORD + r"(?:에는|엔|에)\s")


_LIST_CLOSE_RE = re.compile(r"\s등\s[^,]{0,20},\s")
# "협약식에는 A 도지사와 B 총장, C 총장 등이 참여했다": the ceremony's heads told as taking part.
_TOOK_PART_RE = re.compile(r"(?:이|가)\s" + pattern("rosters", "took_part_verbs"))


def _ceremony_heads(body: str, after: list[Span]) -> list[Party]:
    """ "서귀포시는 협약을 체결했다. … 협약식에는 A 시장, B 조합장, C 지사장이 참석했다": a
    signing sentence that names only its host leaves the partners to the heads who attended
    the ceremony, each for the body written with their title. Politicians and a list's
    closing "… 등 20여명" are guests, not signers (`find_parties` judges both)."""
    for a, b in after:
        if not (
            _CEREMONY_PRESENT_RE.search(body, a, b)
            and (ATTENDED_RE.search(body, a, b) or _TOOK_PART_RE.search(body, a, b))
        ):
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
