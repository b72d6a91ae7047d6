"""One signing per partner: a host that signed with each of several partners in turn ("A가 B,
C와 각각", "B, C, D 등과 잇달아", a next sentence opening "각 MOU에는"), the bodies before
각각 each with the partner in the same place after it, and a home government tied as a sister
or friend to several cities abroad at once, made one agreement with each."""

from __future__ import annotations

import re

from mouarchive.extract.grouping import Signing, own_candidates
from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.orgnames import looks_like_org, normalize_org
from mouarchive.extract.parties import find_parties
from mouarchive.extract.same_org import same_organisation
from mouarchive.models import Party, Span
from mouarchive.vocab import pattern

# "A가 B, C와 각각 협약을 맺었다", "A는 B 시장, C 군수와 차례로 협약식을 가졌다", "B, C, D
# 등과 잇달아 협약을 체결했다", "B와 C와 각 600만달러씩": one signing with each listed partner.
_EACH_RE = re.compile(
    r"(?:\s?등)?(?P<particle>와|과|을|를)\s?(?:"
    + pattern("signing", "each_in_turn")
    + r"|각\s?\S+(?:\s\S+)?씩)\s"
)
_WORD_BEFORE_RE = re.compile(r"[^\s,·]+$")
# What parts two partners of a list: a comma, 및, 와, a lead ("A를 시작으로, B"), each perhaps
# after the first one's head in parentheses ("완주군(군수 유희태)을 시작으로, 장수군(군수 …)"),
# or a bare space between two names read as two parties ("…협회 하이서울기업협회와 각각").
_LIST_GAP_RE = re.compile(
    r"^(?:\s?\([^()]*\))?(?:,\s?|·|\s?및\s|(?:와|과)\s|(?:을|를)\s(?:"
    + pattern("rosters", "list_leads_on")
    + r"),?\s|\s|)$"
)


def split_each(signings: list[Signing], body: str, sentences: list[Span]) -> list[Signing]:
    """A host that signed with each of several partners in turn made several agreements; each
    keeps the host, its partner and the text that follows the partner's next mention."""
    out: list[Signing] = []
    for signing in signings:
        lead = own_candidates(signing)[0]
        respective = _respective_pairs(lead.parties, body, lead.span)
        if respective:
            out += [Signing(signing.candidates, pair, paired=True) for pair in respective]
            continue
        m = _EACH_RE.search(body, lead.span[0], lead.span[1])
        parties = lead.parties
        listed_to = m.start() if m else None
        if m is not None and m["particle"] in ("을", "를"):
            if KIND_RE.search(body, max(lead.span[0], m.start() - _KIND_REACH), m.start()):
                # "A, B와 투자양해각서(MOU)를 잇따라 체결했다": the agreement between the list
                # and the word; the list ends at its last partner's 와.
                listed_to = _joined_list_end(parties, body, m.start())
            else:
                # "김포우리병원과 뉴고려병원을 각각 방문해 … 체결했다": the last partner is the
                # object of the visit, which the signing's parties do not hold.
                parties = [*parties, *_visited(body, m.start(), parties)]
        if m is None and _each_told_next(body, sentences, lead.span):
            # "A 부사장, B 대표이사와 투자양해각서(MOU)를 체결했다. 각 MOU에는 …": the next
            # sentence counts the agreements one to a partner.
            listed_to = _joined_list_end(parties, body, lead.span[1])
        partners = _partner_list(parties, body, listed_to) if listed_to is not None else []
        hosts = [p for p in signing.parties if p not in partners]
        if len(partners) < 2 or len(hosts) != 1:
            out.append(signing)
            continue
        later = [s for s in sentences if s[0] >= lead.span[1]]
        for partner in partners:
            anchor = next(
                (
                    s[0]
                    for s in later
                    if any(same_organisation(p.name, partner.name) for p in find_parties(body, s))
                ),
                None,
            )
            out.append(Signing(signing.candidates, [hosts[0], partner], anchor, paired=True))
    return out


def _respective_pairs(parties: list[Party], body: str, span: Span) -> list[list[Party]]:
    """ "거창군수와 거창대학 총장은 각각 통녓현, 동나이대학과 양해각서를 체결했다": each body
    named before 각각 signed with the partner named in the same place after it; "A와 B는 각각
    C와 협약을 맺었다", each with the one partner. Nothing where the two lists do not fit."""
    each = _RESPECTIVELY_RE.search(body, *span)
    if each is None or _SIDES_COUNTED_RE.search(body, *span):
        # "… 3자 업무협약": one agreement of all, whatever each side brings.
        return []
    ordered = sorted(parties, key=lambda p: p.span)
    before = [p for p in ordered if p.span[1] <= each.start()]
    after = [p for p in ordered if p.span[0] >= each.end()]
    if len(before) < 2 or len(after) not in (1, len(before)):
        return []
    between = body[each.end() : after[0].span[0]]
    if not _PLACE_OR_TIME_RE.fullmatch(between):
        # "각각 행정 지원과 사업비를 맡기로 하고 …", "각각 10억원씩 출연해 …": what each side
        # brings to one agreement; "각각 동나이성 통녓현, 동나이대학과": a partner list only
        # partly read as parties; "각각 지난 19일과 20일": two days this reading cannot share out.
        return []
    if len(after) == 1:
        return [[party, after[0]] for party in before]
    return [list(pair) for pair in zip(before, after, strict=True)]


# "…은 각각 B, C와": 각각 right after the subjects' topic, before the partners.
_RESPECTIVELY_RE = re.compile(r"(?:은|는|이|가)\s(?:[^\s,]+\s){0,3}?각각\s")
# Between 각각 and the partners, no more than one day, a place or a time of day: "각각 11일
# 현지에서", "각각 오후" (a list, a sum, a day for each or what each does stops the split).
_PLACE_OR_TIME_RE = re.compile(
    r"(?:(?:지난\s|오는\s)?\d{1,2}일\s)?(?:[가-힣]+에서\s|오전\s|오후\s)*"
)
_SIDES_COUNTED_RE = re.compile(r"(?<![\d.])\d\s?자\s?(?:간\s?)?(?:" + KIND_RE.pattern + ")")


def split_sister_cities(signings: list[Signing], body: str) -> list[Signing]:
    """ "부산시는 A 주, B 주, C시 등 해외 3개 도시와 자매·우호협력도시 협정을 맺었다": a sister
    or friendship tie binds two cities, so a home government that signs with several cities
    abroad at once made one agreement with each. Asked once the parties are complete."""
    out: list[Signing] = []
    for signing in signings:
        lead = own_candidates(signing)[0]
        hosts = [p for p in signing.parties if p.region is not None]
        partners = [p for p in signing.parties if p.region is None]
        if (
            len(hosts) != 1
            or len(partners) < 2
            or not _SISTER_CITIES_RE.search(body, lead.span[0], lead.span[1])
        ):
            out.append(signing)
            continue
        out += [Signing(signing.candidates, [hosts[0], partner]) for partner in partners]
    return out


_SISTER_CITIES_RE = re.compile(
    r"(?<!\d)\d+개\s?(?:도시|지방정부|자치단체)(?:와|과)\s(?:[^.]{0,20}?)(?:자매|우호)"
)


def _visited(body: str, at: int, parties: list[Party]) -> list[Party]:
    """The organisation named right before `at`, if no party stands there already."""
    word = _WORD_BEFORE_RE.search(body, max(0, at - _LONGEST_NAME), at)
    if word is None or any(p.span[1] == at for p in parties) or not looks_like_org(word[0]):
        return []
    return [Party(normalize_org(word[0], body), word.span())]


_LONGEST_NAME = 30


_KIND_REACH = 24  # characters of the agreement's name before 을 잇따라 ("투자양해각서(MOU)")
_JOINED_RE = re.compile(r"['‘’\"”]?\s?(?:와|과)\s")


def _each_told_next(body: str, sentences: list[Span], span: Span) -> bool:
    """Whether the sentence after `span` opens on "각 MOU", "각 협약": one agreement each."""
    if _SIDES_COUNTED_RE.search(body, *span):
        # "3자 업무협약": one agreement of all, whatever the next sentence says of each side.
        return False
    following = next((s for s in sentences if s[0] >= span[1]), None)
    return following is not None and _EACH_AGREEMENT_RE.match(body, *following) is not None


# "각 MOU에는", "각 협약마다": each agreement, not "각 협약 기관은" or "각 협약서에는".
_EACH_AGREEMENT_RE = re.compile(
    r"\s*각\s(?:투자\s?)?(?:협약|MOU|양해각서|투자협약|협정)(?:에는|에선|마다)\s"
)


def _joined_list_end(parties: list[Party], body: str, before: int) -> int | None:
    """Where the partner list that 와 closes ends, before `before`: after its last partner."""
    for party in sorted(parties, key=lambda p: p.span, reverse=True):
        if party.span[1] <= before and _JOINED_RE.match(body, party.span[1]):
            return party.span[1]
    return None


def _partner_list(parties: list[Party], body: str, at: int) -> list[Party]:
    """The parties listed right before `at` ("B, C와 각각"), joined only by commas, 및 or 와."""
    ordered = sorted(parties, key=lambda p: p.span)
    listed: list[Party] = []
    end = at
    for party in reversed(ordered):
        gap = body[party.span[1] : end]
        if party.span[1] > end or not (gap == "" or _LIST_GAP_RE.match(gap)):
            break
        listed.insert(0, party)
        end = party.span[0]
    return listed
