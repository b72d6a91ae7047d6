"""How many partners a sentence counts ("6개 기업과", "8개사와", "세 기관이").

A count tells `rosters` how many names to read from a list, `listed_partners` how many to
look for in the sentences around a signing. Reading a count is its own small grammar (the
words for numbers, a kind of body between count and noun, ordinals that count no one), kept
here apart from the reading of the names.
"""

from __future__ import annotations

import re

from mouarchive import vocab
from mouarchive.text.scan import scanner

_NUMBERS = {word: int(value) for value, word in vocab.table("rosters", "count_words").items()}
_FOLLOWERS = frozenset(vocab.words("rosters", "count_noun_followers"))
# "30개 수소관련 공공기관 및 민간기업과": a word of what they are may stand between the count
# and the counted noun, which may end a longer word. "제36사단", "3사관학교": an ordinal, or a
# noun of one letter after the number that goes on as a longer word ("36사", "30 사업", "5개
# 사업") counts no one (`_goes_on`); "3사와", "3사간", "3곳씩", "세 곳과" count. A count has at
# most six digits: a longer run is read once, from its start, and counts no one.
_COUNT = scanner(
    re.compile(
        # A count in letters stands as a word of its own ("세 대학과"), never inside a name
        # ("연세대학교").
        r"(?<![제\d])(?P<n>\d{1,6}(?!\d)|(?<![가-힣])(?:"
        + vocab.alternation(_NUMBERS)
        + r"))\s?(?:(?:개|곳)?\s?|개\s(?:[가-힣]{2,8}\s){1,2}[가-힣]{0,4}?)"
        r"(?P<noun>" + vocab.pattern("rosters", "counted_nouns") + r")"
    )
)


def counted(sentence: str) -> int | None:
    """How many partners a sentence counts ("6개 기업과", "8개사와", "13개 기관이"), if any:
    of several counts ("4개 시군이 6개 기업과"), the one the signing is made with."""
    numbers = counts(sentence)
    if not numbers:
        return None
    return next((n for n, partner in numbers if partner), numbers[0][0])


def counts(sentence: str) -> list[tuple[int, bool]]:
    """Every count of bodies in a sentence ("4개 시군이", "6개 기업과"), each with whether it
    counts those the signing is made with. The partners counted by kind in a list ("도내 4개
    대학, 2개 연구기관, 5개 중소기업과") are counted by the sum: the roster that names them
    names them all."""
    found = []
    for m in _COUNT.finditer(sentence):
        if _goes_on(m, sentence):
            continue
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"]]
        heads = _HEADS_AFTER_RE.match(sentence, m.end())
        after = heads.end() if heads else m.end()
        partner = sentence.startswith(("과", "와"), after) and not _ALONGSIDE.match(
            sentence, after + 1
        )
        if partner and (run := _KINDS_BEFORE_RE.search(sentence, 0, m.start())):
            n += sum(int(k) for k in _KIND_COUNT_RE.findall(run.group(0)))
        found.append((n, partner, heads is not None))
    # "30개 기업 대표와 간담회를 가진 뒤 5개 시군과 … 체결했다": beside bodies counted
    # plainly as partners, heads counted were met at another event.
    plain = any(partner and not by_heads for _n, partner, by_heads in found)
    return [(n, partner and not (by_heads and plain)) for n, partner, by_heads in found]


def _goes_on(m: re.Match[str], sentence: str) -> bool:
    """Whether a one-letter counted noun ("사", "곳", the 사 of "개사") is the start of a
    longer word ("36사단", "5개 사업") rather than a count, or the first half of a campaign's
    name ("1사 1청년 더 채용하기", "1사1촌"), which counts no partners."""
    if _CAMPAIGN_RE.match(sentence, m.start()):
        return True
    noun = m["noun"]
    if len(noun) > 1 and noun != "개사":
        return False
    after = sentence[m.end() : m.end() + 1]
    return "가" <= after <= "힣" and after not in _FOLLOWERS


# "18개 기업 대표와": the bodies counted, signing through their heads.
_HEADS_AFTER_RE = re.compile(r"\s?(?:" + vocab.pattern("titles", "company_heads") + r")들?")
# "4개 대학, 2개 연구기관, 3개 발전 공기업, ": counts of kinds listed before the last one.
_KIND_COUNT = (
    r"(?<![\d,제])(\d{1,4})\s?개\s?(?:[가-힣]{1,8}\s){0,2}[가-힣]{0,6}?"
    + vocab.pattern("rosters", "counted_nouns")
    + r"(?![가-힣])"
)
_KIND_COUNT_RE = re.compile(_KIND_COUNT)
_KINDS_BEFORE_RE = re.compile(f"(?:{_KIND_COUNT},\\s?)+$")
_CAMPAIGN_RE = re.compile(r"1\s?사\s?1\s?(?:촌|청년|교|하천|마을|기관)")

# "나주시 등 7개 시군과 협력해 9개 신설기업과 …": those the signer works with to bring the
# partners, not the partners.
_ALONGSIDE = re.compile(r"\s(?:협력해|협력하여|함께|공동으로)\s")
