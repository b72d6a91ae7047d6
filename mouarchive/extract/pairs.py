"""Several bilateral signings told in one sentence: "A와 B, C와 D, E와 F간 양해각서도
체결됐다".

A ceremony often hosts side signings, each between two bodies, and the article lists them as
pairs joined by 와/과 and separated by commas. Each pair is one agreement; read as a single
list they would make one agreement of six parties. The names in such pairs often carry no
organisational suffix ("와이마트", "빈 의과대학"), so they are recognised by their place in the
pattern, as rosters are.
"""

from __future__ import annotations

import re

from mouarchive.extract.grouping import Signing
from mouarchive.extract.orgnames import is_generic, looks_like_org, normalize_org, region_of
from mouarchive.extract.roster_names import NOT_A_NAME
from mouarchive.extract.same_org import never_signs
from mouarchive.extract.signing import Candidate
from mouarchive.extract.tokens import GOVERNMENT_RE, LIST_MARKS, NOT_SUBJECT
from mouarchive.models import Party, Span
from mouarchive.text.scan import guarded

_PAIR_RE = re.compile(r"(?P<left>\S+)(?:와|과)\s(?P<right>.+)$")
_RIGHT_END_RE = re.compile(r"(?P<end>\s?간|\s?사이|의|이|가|도|와|과)(?=\s|$)")
_LEGAL_RE = re.compile(r"^(?:사단법인|재단법인|\(사\)|\(재\)|㈜|\(주\))\s?")
_LEGAL_END_RE = re.compile(r"\s?(?:㈜|\(주\))$")
_BEFORE_NAME_RE = re.compile(r"(?:은|는|이|가|을|를|에|에서|에서는|외에|인|한|된|로|으로|의)$")
_MAX_WORDS = 3
_MIN_PAIRS = 2
_MAX_CHUNK = 120  # characters of one "A와 B" pair with what leads up to it


def pairs_in(body: str, span: Span) -> list[tuple[Party, Party]]:
    """The pairs text[span] lists ("A와 B, C와 D …"), or [] when it lists fewer than two."""
    start, end = span
    text = body[start:end]
    pairs: list[tuple[Party, Party]] = []
    at = 0
    chunk_end = start
    for chunk in text.split(", "):
        pair = _pair(chunk, body, start + at)
        at += len(chunk) + 2
        if pair is None:
            if pairs:
                if _LIST_GOES_ON_RE.match(chunk) and pairs[-1][1].span[1] == chunk_end:
                    # "포스코홀딩스와 금호미쓰이화학, LF 등 3개 기업과": the last "pair" ended
                    # its chunk with a bare name the counted list goes on from, so the
                    # sentence tells no pairs ("가람군과 미르병원이 …, 해솔재단 등 5개 기관이
                    # 참석했다" still does).
                    return []
                break
            continue
        pairs.append(pair)
        chunk_end = start + at - 2
    return pairs if len(pairs) >= _MIN_PAIRS else []


# A list's last name closed by 등 and a count: what follows a pair's partner when that partner
# is one name of a list, not the second of a pair.
_LIST_GOES_ON_RE = re.compile(r"^\S+(?:\s\S+)?\s?등\s(?:총\s)?(?:\d+|[두세네])\s?(?:개|곳)")


def _pair(chunk: str, body: str, offset: int) -> tuple[Party, Party] | None:
    joint = max(chunk.rfind("와 "), chunk.rfind("과 "))
    if len(chunk) > _MAX_CHUNK:
        return None
    m = _PAIR_RE.match(chunk, chunk.rfind(" ", 0, joint) + 1) if joint > 0 else None
    if m is None:
        return _topic_pair(chunk, offset) or _dashed_pair(chunk, offset)
    before = chunk[: m.start("left")].split()
    left_words = [m.group("left")]
    for word in reversed(before):
        if len(left_words) == _MAX_WORDS or _BEFORE_NAME_RE.search(word):
            break
        left_words.insert(0, word)
    right_text = m.group("right")
    right = _right_name(right_text, body)
    left = " ".join(left_words)
    names = [pair_name(left), pair_name(right)]
    if None in names or len(right.split()) > _MAX_WORDS:
        return _topic_pair(chunk, offset)
    left_at = offset + chunk.find(left)
    right_at = offset + m.start("right")
    return (
        Party(names[0], (left_at, left_at + len(left))),  # type: ignore[arg-type]
        Party(names[1], (right_at, right_at + len(right))),  # type: ignore[arg-type]
    )


def _right_name(text: str, body: str) -> str:
    """The partner's name at the start of `text`, up to the particle that closes it; the 도 of
    a province ("한국 충청북도 충주시가") closes nothing."""
    for closed in _RIGHT_END_RE.finditer(text):
        name = text[: closed.start()]
        if not name.strip():
            continue
        if closed["end"] == "도" and region_of(name.split()[-1] + "도", body) is not None:
            continue
        return name.strip()
    return text.strip()


# "제주시농협은 김녕농협과, 위미농협은 대전 원예농협과 협약을 맺는 등": each pair told as a
# topic and its partner; a day told between them ("홍성군은 27일 한빛식품과") is the sentence's.
_TOPIC_PAIR_RE = re.compile(
    r"(?:^|\s)(?P<left>\S+?)(?:은|는)\s(?:(?:지난\s|오는\s)?\d{1,2}일\s)?"
    r"(?P<right>\S+(?:\s\S+)?)(?:와|과)(?:\s|$)"
)


def _topic_pair(chunk: str, offset: int) -> tuple[Party, Party] | None:
    m = _TOPIC_PAIR_RE.search(chunk)
    return _named_pair(m, offset) if m is not None else None


def _named_pair(m: re.Match[str], offset: int) -> tuple[Party, Party] | None:
    """The two parties a pattern's `left` and `right` groups name, if both are names."""
    left, right = pair_name(m["left"]), pair_name(m["right"])
    if left is None or right is None:
        return None
    return (
        Party(left, (offset + m.start("left"), offset + m.end("left"))),
        Party(right, (offset + m.start("right"), offset + m.end("right"))),
    )


# "㈜앨앤에프-하동군, HSR㈜-함안군의 투자협약도": each pair written as two names joined by a
# dash, a word of its own (never one of three names, "대구-경북-포항", which is one signing).
_DASHED_PAIR_RE = guarded(
    re.compile(
        r"(?:^|\s)(?P<left>[^\s\-,]{2,20})-(?P<right>[^\s\-,]{2,20}?)(?:의|간|과|와)?(?=\s|$)"
    )
)


def _dashed_pair(chunk: str, offset: int) -> tuple[Party, Party] | None:
    """A dashed pair, when each name shows itself as a body (a legal form, an organisation's
    ending, a government's level): bare names joined by a dash are as often a route or a
    place ("안동-예천 신도시", "GLS-롄윈강 유니윌로지스틱스")."""
    m = _DASHED_PAIR_RE.search(chunk)
    if m is None or not all(_shows_body(m[side]) for side in ("left", "right")):
        return None
    return _named_pair(m, offset)


def _shows_body(word: str) -> bool:
    return (
        _LEGAL_RE.search(word) is not None
        or _LEGAL_END_RE.search(word) is not None
        or looks_like_org(word)
        or GOVERNMENT_RE.search(word) is not None
    )


def pair_name(words: str) -> str | None:
    """The body `words` name, placed as one side of a pair, without its legal form; None where
    they are a sentence's words (a particle, a common noun, a body that never signs)."""
    if any(_BEFORE_NAME_RE.search(word) for word in words.split()):
        return None
    name = _LEGAL_END_RE.sub("", _LEGAL_RE.sub("", words)).strip()
    if len(name) < 2 or is_generic(name) or never_signs(name):
        return None
    if any(NOT_A_NAME.search(w) or w in NOT_SUBJECT for w in name.split()):
        # "오늘 여수와 영광, …": a word of the sentence before the name.
        return None
    return name


# "이날 협약 체결에 나선 기관은 ▲ 제주발전연구원 – 하이난성 사회과학원 ▲ 제주관광공사 – …
# 등이다": the pairs of a counted signing set out after it, one per marker, joined by a dash.
_MARK = f"[{re.escape(LIST_MARKS)}]"
_MARKED_PAIR_RE = re.compile(
    rf"{_MARK}\s*(?P<left>(?:(?!{_MARK})[^\n–—]){{2,40}}?)"
    r"(?:\s*[–—]\s*|\s+-\s+|(?<=\S)-(?=\S))"
    rf"(?P<right>(?:(?!{_MARK})[^\n–—]){{2,40}}?)"
    rf"(?=\s*{_MARK}|\s?등(?=[이은과을의와]|\s|$)|\.(?=\s|$)|\s*$)"
)
_PAIRS_REACH = 400  # characters after a signing sentence its marked pairs may follow in


def marked_pairs_after(body: str, end: int) -> list[tuple[Party, Party]]:
    """The dash-joined pairs set out behind markers from `end` (a signing sentence's end) to
    the end of that line or the next, at most `_PAIRS_REACH` characters on; [] when there are
    fewer than two."""
    stop = body.find("\n", end + 1)
    stop = min(stop if stop != -1 else len(body), end + _PAIRS_REACH)
    pairs = []
    for m in _MARKED_PAIR_RE.finditer(body, end, stop):
        left, right = pair_name(m["left"].strip()), pair_name(m["right"].strip())
        if left is None or right is None:
            return []
        pairs.append(
            (
                Party(left, (m.start("left"), m.end("left"))),
                Party(right, (m.start("right"), m.end("right"))),
            )
        )
    return pairs if len(pairs) >= _MIN_PAIRS else []


def split_pairs(signings: list[Signing], body: str) -> list[Signing]:
    """Each pair a signing's sentence lists becomes a signing of its own, dated like it; the
    pairs' names leave the signing they were read into, which keeps the sentence for its
    date ("이날 협약식에서는 … 외에 A와 B, C와 D …도 체결됐다")."""
    out: list[Signing] = []
    for signing in signings:
        listing = _listings(signing, body)
        if not listing:
            out.append(signing)
            continue
        signing.parties = [
            p
            for p in signing.parties
            if not any(c.span[0] <= p.span[0] < c.span[1] for c, _pairs in listing)
        ]
        split = [
            Signing([cand], [_resolved(left, body), _resolved(right, body)], paired=True)
            for cand, pairs in listing
            for left, right in pairs
        ]
        paired = {p.name for s in split for p in s.parties}
        if not {p.name for p in signing.parties} <= paired:
            # What is left is a signing of its own only when it names someone no pair does.
            out.append(signing)
        out.extend(split)
    return out


def _listings(signing: Signing, body: str) -> list[tuple[Candidate, list[tuple[Party, Party]]]]:
    """Each of the signing's sentences with the pairs it lists or sets out after it; pairs
    set out once are read once, whichever of the sentences before them is asked."""
    listings = []
    seen: set[Span] = set()
    for cand in signing.candidates:
        pairs = pairs_in(body, cand.span) or marked_pairs_after(body, cand.span[1])
        pairs = [pair for pair in pairs if pair[0].span not in seen]
        seen.update(left.span for left, _right in pairs)
        if pairs:
            listings.append((cand, pairs))
    return listings


def _resolved(party: Party, body: str) -> Party:
    """A pair's side by its canonical name; one written with its country ("한국 경기도
    의왕시", as Chinese outlets do) is the local government once the country is dropped."""
    found = region_of(party.name, body)
    name = found.name if found else normalize_org(party.name, body)
    found = found or region_of(name, body)
    return Party(name, party.span, found.name if found else None)
