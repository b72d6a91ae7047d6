"""The parties of a signing whose subject is a group ("세 기관은", "양 도시의").

"세 기관은 13일 … 협약을 체결했다" names its parties elsewhere: in the sentence before or
after, in the story's lede, or in a headline that joins the names ("청양군-칠갑산농협, …").
`agreements` fills these candidates before grouping them into signings; `implicit_parties`
reads `PAIR_RE` too, for a sister-city signing with its partner unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mouarchive.extract.foreign_places import places_abroad, shaped_like_place_abroad
from mouarchive.extract.head_parties import NOT_SIGNER_TITLES
from mouarchive.extract.host_government import cited_body, cited_source
from mouarchive.extract.orgnames import is_generic, looks_like_org, normalize_org, region_of
from mouarchive.extract.parties import find_parties
from mouarchive.extract.same_org import add_party
from mouarchive.extract.signatories import find_signatories
from mouarchive.extract.signing import Candidate
from mouarchive.extract.tokens import GROUP_SUBJECT_RE
from mouarchive.models import Party, Span
from mouarchive.vocab import pattern

_BOTH = pattern("common_words", "both")
_PLACE_GROUPS = ("지역", "도시", "지자체", "자치단체")


def _places_pair(found: list[Party], group: re.Match[str]) -> bool:
    """Whether `found` is the pair of places a group such as "두 지역은" points back to."""
    return (
        len(found) == 2
        and any(word in group.group(0) for word in _PLACE_GROUPS)
        and all(p.region is not None or shaped_like_place_abroad(p.name) for p in found)
    )


def _lede_signs_another_day(cand: Candidate, candidates: list[Candidate], lede: Span) -> bool:
    """ "20일 … 'A–B 협약'을 체결했다. 또한 21일에는 … 'C–D 간 협약'을 체결했다": the lede
    tells a signing of its own day, whose pair is not the next day's."""
    day = cand.date[0].day if cand.date else None
    return day is not None and any(
        other.span == lede and other.date is not None and other.date[0].day not in (None, day)
        for other in candidates
    )


def opens_with_group(body: str, at: int) -> bool:
    """Whether the sentence at `at` opens on the group it points back to ("두 지역은")."""
    return GROUP_SUBJECT_RE.match(body, at) is not None


def fill_group_subjects(
    body: str,
    sentences: list[Span],
    candidates: list[Candidate],
    headline: str | None,
    captions: Sequence[str] = (),
) -> None:
    """ "세 기관은 13일 … 협약을 체결했다" names its parties in the sentence before (the lede
    "A와 B, C가 손을 잡았다"), failing that the one after, failing that the story's lede ("경북도와
    타이응우옌성이 … 기념행사를 열었다" paragraphs before "두 지역은 … 양해각서를 체결했다"),
    failing that the headline, failing that the heads a photo caption names ("왼쪽부터 A
    청주시체육회 회장, B 필한방병원 원장"), as many as the group counts."""
    index = {s: i for i, s in enumerate(sentences)}
    for cand in candidates:
        if not cand.parties:
            # "12일 북구에 따르면 전남대학교에서 업무협약을 체결했다": the source is the subject
            # of a sentence that names no one else; the partner comes with the signing's.
            cand.parties.extend(cited_body(body, cand.span))
        if (
            not cand.parties
            and index.get(cand.span) == 1
            and not _lede_signs_another_day(cand, candidates, sentences[0])
        ):
            # "A가 B와 … 손을 맞잡았다. 8일 A에 따르면 이날 … 업무협약을 했다": a signing that
            # names no one, told right after a lede that names the pair.
            found = find_parties(body, sentences[0])
            if len(found) >= 2:
                cand.parties.extend(found)
                continue
        group = GROUP_SUBJECT_RE.match(body, cand.span[0])
        if not cand.parties and group is None and (pair := PAIR_RE.search(body, *cand.span)):
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
        # "참석 기관들은" counts no one: only the sentence before, which gathered them, names them.
        for near in (k - 1,) if group["gathered"] else (k - 1, k + 1, 0):
            if 0 <= near < len(sentences):
                found = find_parties(body, sentences[near])
                if len(found) == 1:
                    # "21일 포항시에 따르면 한빛철강㈜이 … 하기로 했다. 양측은 …": the source is
                    # the other side.
                    found = cited_source(body, sentences[near]) + found
                if (
                    near == 0
                    and near < k - 1
                    and not _places_pair(found, group)
                    and not any(c.span == sentences[0] for c in candidates)
                ):
                    # The story's lede, paragraphs before, only for a pair of places ("두
                    # 지역은"), each of which it names as such, or for the pair whose agreement
                    # the lede reports ("A는 B와 협정을 맺기로 했다. … 양측은 오는 28일 …").
                    continue
                if len(found) >= 2:
                    cand.parties.extend(found)
                    break
        if not cand.parties:
            cand.parties.extend(_headline_parties(headline, body, group.span()))
        if not cand.parties:
            cand.parties.extend(_caption_heads(captions, body, group))


# How many a group subject counts ("세 기관은", "3자가", "양측은", "양사는"); "이들" counts none.
_GROUP_COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}


def _group_count(group: re.Match[str]) -> int | None:
    words = group.group(0).split()
    # "이들 두 기관은": the count after 이들; "이들 기관은" counts none.
    first = words[1] if words[0] == "이들" and len(words) > 2 else words[0]
    if first.startswith(("양", "량")):
        return 2
    digits = re.match(r"\d+", first)
    return int(digits.group(0)) if digits else _GROUP_COUNTS.get(first)


def _caption_heads(captions: Sequence[str], body: str, group: re.Match[str]) -> list[Party]:
    """The bodies whose heads a photo caption names, each pointing at the body's "양 기관"
    (captions are not part of the body the spans index), when there are as many as the group
    counts: a caption of the two signers says who "양 기관" are where the page lost its lede."""
    count = _group_count(group)
    if count is None:
        return []
    for caption in captions:
        heads = [
            s.organization
            for s in find_signatories(caption)
            if s.organization and s.title not in NOT_SIGNER_TITLES
        ]
        parties: list[Party] = []
        for name in dict.fromkeys(heads):
            found = region_of(name, body)
            add_party(
                parties,
                Party(
                    found.name if found else normalize_org(name, body),
                    group.span(),
                    found.name if found else None,
                ),
            )
        if len(parties) == count:
            return parties
    return []


# "양 도시의", "두 도시 간", "양 도시를 대표해": the two parties named apart, anywhere in the
# sentence.
PAIR_RE = re.compile(r"(?:" + _BOTH + r"|두)\s?(?:도시|지자체|지역)(?:의|를|\s간|간|\s사이)")


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
