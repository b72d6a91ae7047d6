"""Whether a signing sentence sums many signings up rather than reporting one.

A running total ("올해 들어 9개 기업과"), partners only counted ("기업 7곳과") and signings
counted ("132건의 업무협약") tell of a programme's reach. `signing` reads these counts apart
from the verb, since they also decide whether a candidate is a summary and whether its
partners must be sought in a roster, and `implicit_parties` reads two of them too.
"""

from __future__ import annotations

import re

from mouarchive.models import PartialDate, Span
from mouarchive.text.scan import guarded, scanner
from mouarchive.vocab import pattern

# A running total ("올해 들어 9개 기업과 투자협약을 맺었다", "올 한 해 동안 21개 업체와")
# sums up past signings.
CUMULATIVE_RE = re.compile(
    pattern("signing", "running_totals")
    + r"|지난\s?\d+년\s?(?:간|동안)|민선\s?\d+기"
    # "2012년에만 30개 기관과", "2013년에는 … 58개 기관과", "2023년 포항시는 총 14건의 기업
    # 업무협약을": a whole year's signings counted.
    + r"|(?:19|20)\d\d년\s?(?:에만|에는|한\s해|\S+\s(?:총\s?)?\d+\s?건)"
)
SERIAL_RE = re.compile(pattern("signing", "serial_signings"))
# "총 11개 기업이 … 투자협약을 체결했다": the bodies counted as the subject of the signings.
COUNTED_SUBJECT_RE = guarded(
    re.compile(
        r"(?<!\d)\d+\s?(?:개\s?[가-힣]{0,4}?(?:기업|기관|업체|단체|사)|개사|곳)(?:이|가|은|는)\s"
    )
)
# "100건 이상의 업무협약", "132건의 업무협약이": the signings themselves counted.
COUNTED_SIGNINGS_RE = guarded(re.compile(r"(?<!\d)\d+\s?건"))
# "현재까지 A, B, C 등과 … 체결했다": the signings so far, a history ("지금까지 없던 방식으로
# A와" is not).
SO_FAR_RE = re.compile(pattern("signing", "so_far") + r"\s[^.]{0,120}?등과\s")
SUMMARY_RE = guarded(
    re.compile(
        r"(?:(?<!\d)\d+|[두세네다섯])\s?건"
        r"|(?<!\d)\d+\s?(?:개|곳)\s?(?:해외\s?)?(?:기업|기관|업체|단체|곳|개사|도시|국가|국)"
        # "13개 기업, 1조 1천641억 원의 투자협약": the partners counted, then their sum.
        r"(?:과|와|,\s?\d)"
    )
)
# "기업 7곳과 가족회사 협약을 맺었다": partners only counted, none named, tell of a programme's
# reach rather than report a signing.
COUNTED_PARTNERS_RE = re.compile(
    r"(?:(?<!\d)\d+여?|[두세네]|다섯|여섯|일곱|여덟|아홉|열)\s?(?:곳|개사|개\s?(?:기업|기관|업체|단체|사))"
    r"(?:과|와)(?:도|의)?\s"
)
# Asked of every signing sentence: `scanner` lets the engine skip to where a count can start.
COUNTED_PARTNERS_RE = scanner(COUNTED_PARTNERS_RE)
# "774억원 규모의", "투자금액 535억원, 고용 창출 220여 명 규모의": the size of an investment.
SIZED_RE = re.compile(
    r"\d\s?(?:조|억)\s?(?:\d+\s?억\s?)?원?\s?(?:규모|대|을|의|상당|,\s[^.,]{0,30}?규모)"
)

# "14일까지", "14일 현재": the day a running total reaches, not the day of a signing.
_PERIOD_END_RE = re.compile(r"\s?" + pattern("signing", "period_ends"))
# "올해 누적 21개 기업과", "올 한 해 동안 11개 기업과": the running total counts the partners.
_TOTAL_COUNT_RE = re.compile(
    pattern("signing", "running_totals") + r"(?:\s\S+){0,2}?\s\d+\s?(?:개|곳|건)"
)


def on_one_day(when: tuple[PartialDate, str, Span] | None, body: str, sentence: str) -> bool:
    """Whether a signing counted among others is one held on a day of its own ("14일 … 올해의
    실적을 총결산하고, 12개 기업과 … 체결했다"): a day that ends a period ("14일 현재") or a
    total that counts the partners ("올해 누적 21개 기업과") sums the year up instead."""
    return (
        when is not None
        and when[0].day is not None
        and not _PERIOD_END_RE.match(body, when[2][1])
        and not _TOTAL_COUNT_RE.search(sentence)
    )
