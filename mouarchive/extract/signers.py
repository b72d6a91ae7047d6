"""Which of the titled people an article names signed a given signing, and for which party.

`signatories` reads every "name title" pair; here they are judged against one signing. People
named in its signing sentences, in the passage's "…가 서명했다" / "협약식에는 …" lines or in a
lead of bracketed heads signed; heads who are only quoted did not necessarily. A bare
"김동연 지사" takes the organisation the article gives the same name elsewhere or, failing
that, the one party a 지사/시장/군수 can head.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from mouarchive.extract.grouping import Signing
from mouarchive.extract.head_parties import NOT_SIGNER_TITLES
from mouarchive.extract.orgnames import looks_like_org, region_of
from mouarchive.extract.person_titles import COMPANY_HEADS
from mouarchive.extract.same_org import same_organisation
from mouarchive.extract.signatories import find_signatories
from mouarchive.extract.signing import Candidate
from mouarchive.extract.signing_verbs import CEREMONY_WORD
from mouarchive.models import Party, Signatory, Span
from mouarchive.text.scan import scanner
from mouarchive.vocab import pattern, table

_SIGNED_BY_RE = scanner(
    re.compile(
        r"서명[했하한할]|협약서에|"
        + CEREMONY_WORD
        + r"에(?:는|서)?\s|참석해|참석한\s"
        + CEREMONY_WORD
    )
)
# "이날 행사에는 A 시장과 B 대표 등이 참석했다": people present, who signed only if they head
# a party.
ATTENDED_RE = re.compile(pattern("signing", "attended"))
# "한빛대학교(총장 김하늘)와 남도병원(병원장 이도윤)이 …": a lead that writes each body with
# its head in brackets names who stands for it, as an attendance line does.
_HEADED_RE = re.compile(r"[^\s()]\([가-힣]{0,5}(?:장|감|대표|지사)\s[가-힣]{2,4}\)")


@dataclass(frozen=True)
class SignerLines:
    """The sentences of an article that can name signers: those that tell who signed ("…가
    서명했다", "협약식에는 …") and those that name people present (an attendance line, a lead
    of bracketed heads). Read once an article: the article's titled people and each signing's
    signers both ask it of every sentence."""

    signed: frozenset[Span]
    present: frozenset[Span]


def signer_lines(body: str, sentences: list[Span]) -> SignerLines:
    return SignerLines(
        signed=frozenset(s for s in sentences if _SIGNED_BY_RE.search(body, s[0], s[1])),
        present=frozenset(s for s in sentences if _present_line(body, s)),
    )


def signers_of(
    signing: Signing,
    body: str,
    passage_sentences: list[Span],
    everyone: list[Signatory],
    lines: SignerLines,
) -> list[Signatory]:
    """People named in the signing sentences or in the passage's "…가 서명했다" / "협약식에는
    …" sentences; heads who are only quoted did not necessarily sign. A bare "김동연 지사"
    takes the organisation the article gives the same name elsewhere or, failing that, the one
    party a 지사/시장/군수 can head."""
    # In the signing's order, not a set's: where a short name fits two parties, the first
    # one decides, the same way on every run.
    names = tuple(dict.fromkeys(p.name for p in signing.parties))
    known_org = {s.name: org for s in everyone if (org := _stated_org(s, names, body))}
    spans = [c.span for c in signing.candidates if not c.summary]
    spans += [s for s in passage_sentences if s in lines.signed]
    present = [s for s in passage_sentences if s in lines.present]
    in_spans, anywhere = _Stretches(spans), _Stretches(spans + present)
    picked: list[Signatory] = []
    seen: set[str] = set()
    # "박영호 광주시 기획조정실장": a department head of a government party whose own head is
    # there too is an attendee, not a signer.
    staff: set[str] = set()
    nearby = anywhere.people(everyone) + _back_references(body, spans, everyone)
    for sig in sorted(nearby, key=lambda s: s.span):
        signing_words = in_spans.cover(sig.span[0])
        if sig.name in seen or not (signing_words or anywhere.cover(sig.span[0])):
            continue
        org = (
            _stated_org(sig, names, body)
            or known_org.get(sig.name)
            or _org_by_title(sig.title, names)
            or _org_by_unit_title(sig.title, names)
            or _org_before(body, sig.span[0], names)
        )
        written = org
        org = (
            next((n for n in names if org and same_organisation(n, org)), None)
            or _party_of_unit(org, names)
            or _party_by_kind(org, names)
            or org
        )
        implicit_head = org is None and sig.title in COMPANY_HEADS
        if org not in names and (
            org is not None
            or sig.title in NOT_SIGNER_TITLES
            or not (signing_words or implicit_head)
        ):
            continue
        seen.add(sig.name)
        picked.append(Signatory(sig.name, sig.title, org, sig.span))
        if written and org and written.startswith(org + " ") and region_of(org, body):
            staff.add(sig.name)
    heads = {s.organization for s in picked if s.name not in staff}
    picked = [s for s in picked if s.name not in staff or s.organization not in heads]
    picked = _last_company_head(picked, signing.parties)
    # "이 자리에는 A 시장과 B 대표가 함께했다": a present 대표 counts only once he heads a party.
    return [s for s in picked if s.organization is not None or in_spans.cover(s.span[0])]


class _Stretches:
    """The text a list of spans covers, asked of every titled person of the article: merged
    and bisected, so that a long article of many attendance lines is not read through for
    each of its people."""

    def __init__(self, spans: list[Span]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            elif a < b:
                merged.append([a, b])
        self._starts = [a for a, _b in merged]
        self._ends = [b for _a, b in merged]

    def cover(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def people(self, everyone: list[Signatory]) -> list[Signatory]:
        """Those of `everyone` (in their order) whose name begins within the stretches."""
        known = _people_of(everyone)
        found: list[tuple[int, Signatory]] = []
        for a, b in zip(self._starts, self._ends, strict=True):
            found.extend(known.ordered[bisect_left(known.starts, a) : bisect_left(known.starts, b)])
        return [sig for _k, sig in sorted(found, key=lambda item: item[0])]


def _present_line(body: str, sentence: Span) -> bool:
    """A sentence that names people present: an attendance line or a lead of bracketed heads."""
    a, b = sentence
    if ATTENDED_RE.search(body, a, b):
        return True
    return body.find("(", a, b) >= 0 and _HEADED_RE.search(body, a, b) is not None


def _stated_org(sig: Signatory, names: Sequence[str], body: str) -> str | None:
    """A company head's organisation read off a bare word before the name ("곤지암로지스 한도윤
    대표") is a guess; when it matches no party the text leaves the company implicit. One
    written between the name and the title ("정인수 목포상의 회장") is stated."""
    org = sig.organization
    if org is None or sig.title not in COMPANY_HEADS or looks_like_org(org):
        return org
    written = body[sig.span[0] : sig.span[1]]
    if written.startswith(sig.name) and org in written:
        return org
    return org if any(same_organisation(n, org) for n in names) else None


_SHORT_MENTION_RE = re.compile(
    r"(?<![가-힣])(?P<surname>[가-힣])\s(?P<title>"
    + pattern("titles", "short_mention_titles")
    + r")(?=과|와|은|는|이|가|,|\s)"
)


def _back_references(body: str, spans: list[Span], everyone: list[Signatory]) -> list[Signatory]:
    """ "박 시장과 정인수 회장이 협약서에 서명했다": a surname and title in a signing sentence
    stand for the one person of that surname and title the article named in full."""
    found: list[Signatory] = []
    by_mention = _people_of(everyone).by_mention
    for a, b in spans:
        for m in _SHORT_MENTION_RE.finditer(body, a, b):
            named = by_mention.get((m.group("surname"), m.group("title")), {})
            if len(named) == 1:
                sig = next(iter(named.values()))
                found.append(Signatory(sig.name, sig.title, sig.organization, m.span()))
    return found


# One article's people are asked about once per signing; what is built from them is kept for
# the latest list (known by identity, and held, so that its id cannot be reused).
_LATEST: list[tuple[list[Signatory], _People]] = []


@dataclass
class _People:
    """An article's titled people ordered by where each name begins (with their place in the
    list), and grouped by surname and title."""

    starts: list[int]
    ordered: list[tuple[int, Signatory]]
    by_mention: dict[tuple[str, str], dict[str, Signatory]]


def _people_of(everyone: list[Signatory]) -> _People:
    if _LATEST and _LATEST[0][0] is everyone:
        return _LATEST[0][1]
    ordered = sorted(enumerate(everyone), key=lambda item: item[1].span[0])
    by_mention: dict[tuple[str, str], dict[str, Signatory]] = {}
    for sig in everyone:
        if sig.title is not None:
            by_mention.setdefault((sig.name[:1], sig.title), {})[sig.name] = sig
    people = _People([sig.span[0] for _k, sig in ordered], ordered, by_mention)
    _LATEST[:] = [(everyone, people)]
    return people


def _last_company_head(picked: list[Signatory], parties: list[Party]) -> list[Signatory]:
    """A 대표 whose company the text leaves implicit heads the one party that is no local
    government and has no other signer ("(방세환 시장, 김유성 조합장, 오재민 대표)")."""
    loose = [k for k, s in enumerate(picked) if s.organization is None and s.title in COMPANY_HEADS]
    claimed = {s.organization for s in picked}
    free = [p.name for p in parties if p.region is None and p.name not in claimed]
    if len(loose) == 1 and len(free) == 1:
        sig = picked[loose[0]]
        picked[loose[0]] = Signatory(sig.name, sig.title, free[0], sig.span)
    return picked


_TITLE_HEADS = {title: tuple(ends) for title, ends in table("titles", "heads_of").items()}


_WORD_BEFORE_RE = re.compile(r"(\S+)\s$")


def _org_before(body: str, at: int, names: Sequence[str]) -> str | None:
    """ "남부발전 이승우 사장": a party's short name just before a head's name."""
    m = _WORD_BEFORE_RE.search(body, max(at - 20, 0), at)
    if m is None:
        return None
    return next((n for n in names if same_organisation(n, m.group(1))), None)


def _org_by_title(title: str | None, names: Sequence[str]) -> str | None:
    """The one party a bare title can head: a 시장 its 시, a 조합장 its 농협 or 조합, a 총장
    its university ("(방세환 시장, 김유성 조합장, 오재민 대표)")."""
    endings = _TITLE_HEADS.get(title or "")
    if endings is None:
        return None
    fits = [n for n in names if n.split()[-1].endswith(endings)]
    return fits[0] if len(fits) == 1 else None


def _party_of_unit(org: str | None, names: Sequence[str]) -> str | None:
    """ "한은 경기본부" for the party "한국은행 경기본부": the one party with the same unit
    whatever short name the organisation goes by."""
    if not org or " " not in org:
        return None
    unit = org.rsplit(" ", 1)[1]
    fits = [n for n in names if " " in n and n.rsplit(" ", 1)[1] == unit]
    return fits[0] if len(fits) == 1 else None


def _party_by_kind(org: str | None, names: Sequence[str]) -> str | None:
    """ "협동조합 한미숙 이사장": a head named with only the kind of body ("협동조합", "재단")
    heads the one party whose name ends with it."""
    if not org or " " in org or len(org) < 2:
        return None
    fits = [n for n in names if n.endswith(org) and n != org]
    return fits[0] if len(fits) == 1 else None


def _org_by_unit_title(title: str | None, names: Sequence[str]) -> str | None:
    """ "박하람 진로취업처장": the one party whose unit the title names ("한빛대학교
    진로취업처")."""
    if not title or not title.endswith("장") or len(title) < 4:
        return None
    fits = [n for n in names if n.split(" ")[-1] == title[:-1]]
    return fits[0] if len(fits) == 1 else None


def titled_people(body: str, candidates: list[Candidate], lines: SignerLines) -> list[Signatory]:
    """Titled people of the sentences that can name signers: the signing sentences and the
    "…가 서명했다" / "협약식에는 …" ones. Tokenising only these keeps long articles cheap."""
    wanted = {c.span for c in candidates} | lines.signed | lines.present
    return [sig for span in sorted(wanted) for sig in find_signatories(body, span)]
