"""The parts a printed date is written with, shared by the readers of datelines and of the
stamps beside a name: "2024.03.05", "2024년 3월 5일", a weekday, a clock."""

from __future__ import annotations

# No digits beside a damaged spot ("2024.03.1�5", "2024.03.15�") are read as a day or a
# year: a digit may be what was lost.
DATE = (
    r"(?<!\ufffd)(?P<y>(?:19|20)\d{2})\s*(?:"
    r"[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2}+)(?!\ufffd)\.?"
    r"|년\s*(?P<m2>\d{1,2})\s*월\s*(?P<d2>\d{1,2})\s*일)"
)
# "(목)", "목요일", "[월]": a weekday beside a date.
WEEKDAY = r"\s*[(\[]?\s*[월화수목금토일](?:요일)?\s*[)\]]?"
CLOCK = (
    r"(?:오전|오후|AM|PM|am|pm)?\s*\d{1,2}\s*[:시]\s*\d{1,2}분?(?::\d{2})?"
    r"(?:\s*(?:AM|PM|am|pm))?"
)
# The clock may be set in parentheses, as broadcasters print it ("2023.10.12 (20:05)").
TIME = rf"(?:{WEEKDAY})?(?:,?\s*(?:\(\s*{CLOCK}\s*\)|{CLOCK}))?"
