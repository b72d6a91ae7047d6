"""What the words around a signing verb say of how the signing stands.

A sentence with a signing verb may tell of it as background (a modifier, a concession), as
history (an earlier year, the first of a series, a relation of years), as still to come
(이달 중, 할 예정) or as the signing just told, referred back to (이번 협약은). `signing` asks
each of these of a candidate sentence; they are kept here so that the reading of a sentence
is not lost among its patterns.
"""

from __future__ import annotations

import re

from mouarchive.extract.signing_verbs import (
    CEREMONY_WORD,
    HELD_THIS,
    LIGHT_STEM,
    MANNER,
    OBJECT,
    SENTENCE_GAP,
    STEM,
    VERB,
)
from mouarchive.models import PartialDate
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern, words

# "대학들과 협약을 맺어 인턴십을 확대할 계획이다": with no date and no named partner, a
# signing that is only a means of a plan.
UNNAMED_PARTNER_RE = re.compile(
    r"(?:^|\s)(?:[가-힣]+들|대학|기업|기관|업체|단체|학교|지자체)(?:과|와)\s"
)
# A date right before a signing verb that modifies a noun ("1994년 11월 체결한 … 협정서를").
MODIFIER_AFTER_RE = re.compile(
    r"(?:에|에\s?이미)?\s?(?:" + pattern("signing", "modifier_forms") + r")\s"
)
MEANS_OF_PLAN_RE = re.compile(
    r"(?:맺어|맺고|체결해|체결하여|체결하고)\s"
    + rf"[^.]{{0,{SENTENCE_GAP}}}?(?:계획|방침|구상)(?:이다|이라고|이라며|이며)"
)
# A signing verb used as a modifier ("맺은 협약에 따라", "협약을 체결한 기업들") or in a
# concession ("협약을 맺었지만 …") tells of a signing as background to other news; one that
# only sets the time of what follows ("체결한 뒤", "맺은 가운데") still reports it.
ADNOMINAL_AFTER_RE = re.compile(r"\s[가-힣]+(?:하는|한|된|할|되는)\s")
BACKGROUND_VERB_RE = re.compile(
    r"(?:"
    + pattern("signing", "modifier_forms")
    + "|"
    + OBJECT
    + r"\s?(?:을|를)\s?"
    + LIGHT_STEM
    + r"?(?:한|했던|하였던))\s(?!"
    + pattern("signing", "after_modifier")
    + ")|(?:"
    # "협정을 갱신했지만 …": the agreement read with its light verb, in a concession too.
    + OBJECT
    + r"\s?(?:을|를)\s?"
    + MANNER
    + ")?"
    + pattern("signing", "signed_past")
    # "체결했는데요.": as broadcasts end a sentence, no concession.
    + r"(?:지만|으나|는데(?!요)|더라도)"
)
# "… 체결했다고 13일 밝혔다": a signing told as news on a day of its own.
TOLD_ON_RE = re.compile(r"\d{1,2}\s?일\s?(?:밝혔|전했|발표했)")
EARLIER_RE = re.compile(r"(?:\S+(?:은|는|이|가)\s)?앞서[,\s]")
# "지난 3월에도 …": a month or year told as also having seen one, after the story's own.
ALSO_THEN_RE = re.compile(r"에도\s")
FIRST_OF_SERIES_RE = re.compile(r"처음(?:으로)?\s(?:\S+\s)?" + STEM)
YEAR_RE = re.compile(r"(?:19|20)\d\d\s?년")
# "지난해 모집한 건강특화학교 6개교(…)와 … 업무협약을 체결했다": an earlier year that describes
# the partner (a clause of another verb ending on it, then 와/과), not when the signing was;
# not one that dates the occasion ("지난해 개최된 박람회에서 한빛병원과") nor a signing.
PARTNER_OF_EARLIER_RE = re.compile(
    r"(?:지난해|작년|(?:19|20)\d\d년)\s(?:\d{1,2}월\s)?[가-힣]+"
    + "".join(f"(?<!{stem})" for stem in (*words("signing", "signing_stems"), "협약"))
    + r"(?:한|된)\s(?![^와과.]{0,60}?(?:"
    + pattern("signing", "occasions")
    + r")(?:에서|\s?기간|\s?당시|\s?중))(?:[^\s,.]+\s){0,3}?[^\s,.(]*(?:\([^()]{0,200}\))?"
    + r"(?:와|과)\s"
)

REFERENCE_RE = re.compile(
    # "이번 협약은", "이번 자매결연 협약은", "업무협약으로": the signing just told.
    r"^(?:이번\s[가-힣]{2,6}\s|이번|이|해당|앞선)?\s?(?:투자|업무|상생)?\s?"
    r"협약(?:은|으로|에\s?따라|을\s?통해|체결)|"
    r"^(?:"
    + pattern("common_words", "both")
    + r"|두|세|네|이들)\s?(?:기관|시·도|도시|측)|^"
    + pattern("signing", "refers_back_openings")
    + r"|^이날\s(?:"
    + CEREMONY_WORD
    + "|행사)|"
    + pattern("signing", "refers_back")
    # "대구시는 이번에 투자협약을 체결하는 A, B …가 성장하도록 지원한다": the partners of the
    # signing just reported, named as what it is about.
    + r"|이번에\s(?:\S+\s){0,2}?"
    + STEM
    + r"(?:하는|한|는|은)\s"
)
# "이날 협약식에서는 A와 B 간의 … 양해각서도 함께 체결됐다": another agreement signed at the
# ceremony just told, not that ceremony's signing told again.
ALSO_SIGNED_RE = re.compile(
    pattern("agreement_kinds", "core_nouns")
    + r"[’'”\"]?도\s(?:함께\s|같이\s)?"
    + VERB
    # "이 자리에는 … 참석해 공주시와 별도의 투자협약을 맺었다": another signing at the occasion.
    + "|(?:"
    + pattern("signing", "another_signing_words")
    + r")\s"
)
# "협약 체결 이후 1년", "체결로", "체결에 따라": the signing only as the time or cause of
# what the sentence reports, which can join a signing reported before but never open one.
# "체결 20주년", "자매도시 체결(1994.10) 30주년": the signing's anniversary, not the signing.
AFTER_SIGNING_RE = re.compile(
    pattern("signing", "after_signing") + r"|체결(?:\([^()\n]{1,12}\))?\s?\d+주년"
)
# "협약식은 …", "투자협약식은 …": the ceremony, perhaps named by its kind, as the subject.
CEREMONY_SUBJECT_RE = re.compile(
    r"^(?:이번\s|이날\s)?[가-힣]{0,4}"
    + pattern("signing", "ceremony_stems")
    + r"식?(?:은|는|이|도)\s|^(?:\S+\s){0,6}?"
    + HELD_THIS
)

BARE_DAY_RE = re.compile(r"^[0-3]?\d일")
# "18일(현지시각) … 체결한다" in a paper of the 19th: a day abroad, which Korea's calendar has
# already passed, not one a month ahead.
LOCAL_TIME_RE = re.compile(r"\s?\(?현지\s?시[간각]")
# "이달 중", "내달": a time still to come whatever the article's date (상반기 or 올해 may have
# passed); the sentence must speak of what is still to be done.
FUTURE_WINDOW_RE = re.compile(
    # "다음 달(6) … 협약을 맺은 뒤": the month may follow in parentheses.
    r"(?:이달|이번\s?달)\s?(?:중|안|내)(?:에|으로)?\s|연내|(?:내달|다음\s?달)(?:\(\d{1,2}월?\))?\s"
    # "오는 6일부터 10일까지 … 방문하여 협약을 체결하고 …": a visit still to come.
    r"|오는\s?\d{1,2}\s?일\s?(?:부터|~|∼)"
)
FUTURE_FORM_RE = re.compile(r"(?:할|한다|하기로)(?:\s|\.|$)|예정|계획")
THEN_PLANNED_RE = re.compile(
    r"\S*(?:하고|맺고|하며|맺으며)\s[^.]{0,200}?(?:할|될|갈)\s?(?:예정|계획)(?:이다|입니다)"
)

# "최근", "지난달": a signing told as done, whatever the sentence goes on to (a word of its
# own, not "이미지").
PAST_MARK_RE = re.compile(r"(?<![가-힣])(?:" + pattern("signing", "done_marks") + r")(?![가-힣])")
# A predicate in the past tense ("체결했다", "맺었으며", "협약식을 가졌고").
# "…자매결연을 하고 … 교육협력을 제안했다": what a body proposed or asked for is past, the
# signing it proposes is not.
PAST_TENSE_RE = re.compile(
    r"(?<!제안)(?<!요청)(?<!건의)(?:했|였|었|았|됐|졌|렸|쳤|웠)(?:다|으며|고|으나|지만|는데)"
)
# "'2025년 ~ 2026년 … 교류협력 강화' 협의서를 체결했다": years inside a quoted name are the
# agreement's term, not a history of signings.
NAME_QUOTED_RE = re.compile(r"‘[^’\n]{0,80}’|'[^'\n]{0,80}'|『[^』\n]{0,80}』|「[^」\n]{0,80}」")
ONGOING_RE = re.compile(r"고\s?있(?:다|으며|는\s?상태)")
# "…업무협약을 체결하고 기념촬영을 하고 있다": a caption tells what the photo shows, not a
# relation that goes on.
PHOTO_ACT_RE = re.compile(pattern("page_furniture", "photo_acts"))
YEARS_SINCE_RE = re.compile(r"(?<!\d)\d+\s?년\s?(?:동안|간|째)\s(?:\S+\s){0,6}?\S*(?:왔|오고|온\s)")


# "1996년 7월", "2003년": a month of a year, or a year, with no day after it; "11일": a day.
_YEAR_MONTH_RE = guarded(
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)년(?:\s?\d{1,2}월(?!\s?\d)|(?P<bare>(?!\s?\d|까지|부터)))"
    )
)
_DAY_RE = re.compile(r"(?<!\d)\d{1,2}\s?일")
# What has followed since, told within the clauses after the verb ("… 맺고 … 지금까지", "…
# 체결한 후 … 다져오고 있다").
_SINCE_RE = re.compile(
    r"(?:고|며|해|\s이?후|\s뒤),?\s[^.]{0,200}?" + pattern("signing", "since_signing")
)


def started_since(sentence: str, verb_at: int, reference: PartialDate | None) -> bool:
    """Whether the sentence tells a signing by a month of an earlier year (or the year alone:
    "2003년 … 협약을 체결해 … 교류를 추진해 왔다"), the date nearest its verb, and what has
    followed it since: a relation's history, not news ("2023년 5월 문을 연 센터는 11일 …
    체결하고, 그동안 …" dates its signing by the day)."""
    written = next(reversed(list(_YEAR_MONTH_RE.finditer(sentence, 0, verb_at))), None)
    if written is None:
        return False
    year = int(written["year"])
    if written["bare"] is not None:
        # "2003년 … 체결해": a year alone tells a history only when it is past and no day of
        # the clause dates the signing ("5일 2030년 탄소중립 달성을 위해 … 체결해").
        past = reference is None or reference.year is None or year < reference.year
        if not past or _DAY_RE.search(sentence, 0, verb_at) is not None:
            return False
    return (
        (reference is None or reference.year != year)
        and _DAY_RE.search(sentence, written.end(), verb_at) is None
        and _SINCE_RE.search(sentence, verb_at) is not None
    )
