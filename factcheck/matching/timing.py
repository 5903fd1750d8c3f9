"""When the counted thing happened, as far as the number's own clause says.

"Organisers said 1.03 million people marched on Sunday" in a report of Monday 10 June is the
march of 9 June; "550,000 joined the annual 1 July march" is that of 1 July; "Three weeks ago,
as many as 2 million marched" is one about three weeks before the report. Crowds, salvos and
sums of different days are different quantities even when every other word agrees.

Only the clause of the number is read, with a time that opens the sentence ("Three weeks ago,
..."), and times that date the report rather than the event are left out: "the force said on
Monday", "81 injured as of Thursday morning", "treated by Tuesday".

The answer is an interval of days (a weekday is one day, "three weeks ago" a week around the
day it names, "last year" a year), or None when the clause gives no time.
"""

from __future__ import annotations

import datetime
import re

from factcheck.extraction import lexicon as lx
from factcheck.extraction.text import DATELINE

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
            ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {name: number for number, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
_NUMBER_WORDS = {"a": 1, **lx.UNITS}

_TIME = re.compile(
    rf"(?P<day_month>\b\d{{1,2}}\s+{_MONTH}(?!\w))"
    rf"|(?P<month_day>\b{_MONTH}\s+\d{{1,2}}\b(?!,?\s*\d{{4}}\s*$)(?!\s*(?:per|%|percent)))"
    rf"|(?P<weekday>\b(?:(?P<last>last|this|past)\s+)?{_WEEKDAY}\b)"
    r"|(?P<ago>\b(?P<count>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b)"
    r"|(?P<week_before>\b(?:the|a)\s+week\s+(?:before|earlier)\b)"
    r"|(?P<weeks_after>\b(?P<after_count>a|one|two|three|four|\d+)\s+weeks?\s+after\b)"
    r"|(?P<yesterday>\byesterday\b)"
    r"|(?P<fiscal>\b(?:the\s+)?(?P<fiscal_which>current|this|next|last|coming)\s+(?:fiscal|financial)\s+year\b|\b(?:the\s+)?current\s+year\b)"
    r"|(?P<year>\b(?P<which>last|next|this)\s+year\b)"
    rf"|(?P<month>\b(?:in|during|for|through)\s+(?P<month_name>{_FULL_MONTH})(?:\s+(?P<month_year>(?:19|20)\d\d))?\b(?!\s*\d))"
    r"|(?P<last_month>\blast\s+month\b)"
    r"|(?P<horizon>\b(?:by|at|before)\s+the\s+end\s+of\s+(?:the|this)\s+(?P<span>parliament|decade)\b)"
    r"|(?P<calendar>\b(?:in|by|for|during|until|from|of)\s+(?:the\s+)?(?:financial\s+year\s+|fiscal\s+year\s+)?(?P<first>(?:19|20)\d{2})(?:[-–/](?P<second>\d{2,4}))?\b)",
    re.IGNORECASE,
)
# A time that dates the report, not the event: "said on Monday", "told reporters on Monday",
# "as of Thursday morning", "by Tuesday".
_REPORT_TIME_BEFORE = re.compile(
    r"(?:\b(?:as\s+of|by|until|updated)\s+(?:the\s+)?"
    r"|\b(?:said|says|told|tells|reported|reports|announced|added|stated|confirmed|tweeted|wrote|warned|estimated|"
    r"briefed|declared|disclosed|revealed|posted|published|insisted|noted|released|issued)\s+(?:\w+\s+)?(?:on\s+|late\s+|early\s+)?)$",
    re.IGNORECASE,
)
# Where the number's clause ends: a comma or semicolon, or a turn to another speaker.
_CLAUSE_BREAK = re.compile(r"[;,]|\s(?:while|whereas|but)\s")
# An opening time of the whole sentence: "Three weeks ago, ...", "On Sunday, ...".
_OPENING = re.compile(r"^\W*(?:on\s+)?([^,]{3,40}),")

_DATES_ANOTHER_EVENT = re.compile(
    r"\s+(?:\w+\s+)?(?:bombing|strike|airstrike|attack|raid|blast|explosion|shooting|assassination|killing|election|"
    r"vote|referendum|earthquake|quake|crash|coup|invasion|speech|summit)s?\b",
    re.IGNORECASE,
)
_OF_THAT_EVENT = re.compile(r"\b(?:in\s+which|which|that)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_YEAR_ASIDE = re.compile(r",[^,;.]{0,60}\bin\s+((?:19|20)\d\d)\s*,\s*(?:[a-z]+\s+){1,2}(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?$")
_DATED_EVENT = re.compile(
    rf"\b(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})),?\s+(?P<year>(?:19|20)\d\d)\s*,\s+(?:in\s+which|during\s+which|when|killing|leaving|wounding|injuring|taking|abducting)\b",
    re.IGNORECASE,
)


def _full_date(match) -> tuple[datetime.date, datetime.date]:
    month = _MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
    day = datetime.date(int(match.group("year")), month, int(match.group("day") or match.group("day2")))
    return (day, day)


_YEAR_EVENT = re.compile(r"\bthe\s+((?:19|20)\d{2})\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,?\s+(?:which|that|when|where)\b")
_YEAR_WHEN = re.compile(r"\b(?:in|since)\s+((?:19|20)\d{2}),\s+when\b", re.IGNORECASE)

DAY = datetime.timedelta(days=1)
YEAR_ISH = datetime.timedelta(days=300)
# How far "three weeks ago" may be from the day it names.
AGO_SLACK_DAYS = 2


def event_time(frame, published: datetime.date | None) -> tuple[datetime.date, datetime.date] | None:
    """The days the number's clause puts its event in, or None."""
    if published is None or not frame.sentence:
        return None
    sentence = frame.sentence
    at = frame.start - frame.sentence_start
    clause_start, clause_end = _clause(sentence, at, at + len(frame.text))
    found = _times_in(sentence, clause_start, clause_end, published, at, at + len(frame.text))
    if not found:
        opening = _OPENING.match(sentence)
        if opening and opening.end() <= at:
            found = _times_in(sentence, opening.start(1), opening.end(1), published, at, at + len(frame.text))
    if not found:
        # "the deadliest since 1960, when a quake near Agadir killed 12,000": that year's event.
        when = _YEAR_WHEN.search(sentence[:at])
        if when and not re.search(r"[;.]", sentence[when.end():at]):
            year = int(when.group(1))
            found = [(datetime.date(year, 1, 1), datetime.date(year, 12, 31))]
    if not found:
        # "the onslaught of October 7, 2023, in which some 1,200 people were killed", "attacked
        # on Oct. 7, 2023, killing some 1,200": the day of the event the number's clause tells of.
        dated = list(_DATED_EVENT.finditer(sentence[:at]))
        if dated and not re.search(r"[;.]", sentence[dated[-1].end():at]):
            found = [_full_date(dated[-1])]
    if not found:
        # "The previous deadliest raid, in the Jacarezinho favela in 2021, killed 28 people":
        # the year of the subject set off by commas just before the number's verb.
        aside = _YEAR_ASIDE.search(sentence[:at])
        if aside:
            year = int(aside.group(1))
            found = [(datetime.date(year, 1, 1), datetime.date(year, 12, 31))]
    if not found:
        # "ahead of the 2017 Women's March, which drew an estimated 3.3 million": the named
        # event of that year.
        named = list(_YEAR_EVENT.finditer(sentence[:at]))
        if named and not re.search(r"[;.]", sentence[named[-1].end():at]):
            year = int(named[-1].group(1))
            found = [(datetime.date(year, 1, 1), datetime.date(year, 12, 31))]
    if not found:
        return None
    if frame.measure in ("money", "percent"):
        # A budget's sums are for a year ("₹10 lakh crore for 2023-24"), whatever day they
        # were announced on.
        years = [days for days in found if days[1] - days[0] > YEAR_ISH]
        if years:
            return years[0]
    return found[0]


# "by 11 a.m.", "at 9:03 a.m.", "by noon": a time of day, which leaves no doubt of the day.
_CLOCK = re.compile(r"\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon\b|midnight\b)", re.IGNORECASE)


def clocked(frame) -> bool:
    """The number's clause, or the sentence's opening before it, names a time of day ("193,000
    trips by 11 a.m. on Friday", "By 11 a.m. on Saturday, riders had taken 275,000 trips")."""
    if not frame.sentence:
        return False
    sentence, at = frame.sentence, frame.start - frame.sentence_start
    clause_start, clause_end = _clause(sentence, at, at + len(frame.text))
    opening = _OPENING.match(sentence)
    return bool(
        _CLOCK.search(sentence, clause_start, clause_end) or (opening and opening.end() <= at and _CLOCK.search(opening.group(1)))
    )


def overlap(a: tuple[datetime.date, datetime.date], b: tuple[datetime.date, datetime.date]) -> bool:
    """Whether two spans of days meet; a single day may be a day off ("on Tuesday" in a report
    from another time zone)."""
    slack = DAY if a[0] == a[1] or b[0] == b[1] else datetime.timedelta(0)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


FINANCIAL_YEAR_START = 4  # April


def _financial_year(first: int) -> tuple[datetime.date, datetime.date]:
    return (datetime.date(first, FINANCIAL_YEAR_START, 1), datetime.date(first + 1, FINANCIAL_YEAR_START, 1) - DAY)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    before = [match.end() for match in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = _CLAUSE_BREAK.search(sentence, end)
    aside = _ASIDE.match(sentence, end)
    if aside:
        # "At least 18 people, including five children, were killed late Saturday": the aside
        # set off by commas does not end the number's clause.
        after = _CLAUSE_BREAK.search(sentence, aside.end())
    return (before[-1] if before else 0, after.start() if after else len(sentence))


_ASIDE = re.compile(r"[^,;]{0,25},\s+(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them)\b[^,;]{0,60},")


def _times_in(sentence: str, start: int, end: int, published: datetime.date, number_at: int, number_end: int) -> list:
    found = []
    dateline = DATELINE.match(sentence)
    for match in _TIME.finditer(sentence, start, end):
        if dateline and match.end() <= dateline.end():
            continue  # "NEW DELHI, Feb 1 (Reuters) -": the report's dateline
        if match.group("weeks_after") and match.start() > number_at:
            continue  # "2 million marched a week after the first march": the number is the later event
        if _REPORT_TIME_BEFORE.search(sentence[max(0, match.start() - 30):match.start()]):
            continue
        if _DATES_ANOTHER_EVENT.match(sentence, match.end()) and not _OF_THAT_EVENT.search(sentence, match.end(), number_at):
            # "in response to the April 1 bombing": the day of the bombing, not of the number
            # (unless the number is the bombing's: "the April 22 attack in which gunmen killed 26").
            continue
        days = _resolve(match, published)
        if days:
            found.append((_distance(match, number_at, number_end), days))
    # Of several times in the clause, the nearest first: "to grow by 1.1% this year and 2% in
    # 2025" dates the 2% by 2025.
    return [days for _, days in sorted(found, key=lambda item: item[0])]


def _distance(match, number_at: int, number_end: int) -> int:
    return number_at - match.end() if match.end() <= number_at else match.start() - number_end


# A day this near before a report is the recent past, whatever the words before it.
RECENT_PAST = datetime.timedelta(days=31)


def _resolve(match, published: datetime.date):
    text = match.group(0).lower()
    if match.group("day_month") or match.group("month_day"):
        if not re.search(r"[A-Z]", match.group(0)):
            return None  # "may 20", "march 7 km": a verb, not a month
        digits = int(re.search(r"\d+", text).group())
        month = _MONTHS[re.search(r"[a-z]+", text).group()]
        try:
            day = datetime.date(published.year, month, digits)
        except ValueError:
            return None
        before = match.string[max(0, match.start() - 30):match.start()]
        if re.search(r"\b(?:starting|beginning|from|until|till|through|to)\s+(?:on\s+)?$", before, re.IGNORECASE):
            # "the fiscal year starting April 1": the next such day (but "from May 7 to May
            # 10" in a report of 13 May is the week before)
            if day < published - RECENT_PAST:
                day = day.replace(year=published.year + 1) if not (day.month == 2 and day.day == 29) else day
            if re.search(r"\byear\s+(?:starting|beginning)\s+(?:on\s+)?$", before, re.IGNORECASE):
                return (day, day.replace(year=day.year + 1) - DAY)  # the year that starts then
        elif day > published + 7 * DAY:
            # "8 December" in a report of 3 January is last year's.
            try:
                day = day.replace(year=published.year - 1)
            except ValueError:
                return None
        return (day, day)
    if match.group("weekday"):
        weekday = _WEEKDAYS[re.search(_WEEKDAY, text).group()]
        back = (published.weekday() - weekday) % 7
        if match.group("last") and match.group("last").lower() in ("last", "past") and back == 0:
            back = 7
        day = published - back * DAY
        return (day, day)
    if match.group("ago"):
        count = match.group("count").lower()
        number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        if match.group("unit").lower().startswith("year"):
            if re.search(r"\b(?:from|than|with|on|over)\s+$", match.string[max(0, match.start() - 20):match.start()], re.IGNORECASE):
                return None  # "4% from a year ago": a change over the year, of no one year
            # "down from 303 five years ago": that year, as a year is told.
            year = published.year - number
            return (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        day = published - number * _UNITS[match.group("unit").lower()] * DAY
        slack = 0 if match.group("unit").lower().startswith("day") else AGO_SLACK_DAYS
        return (day - slack * DAY, day + slack * DAY)
    if match.group("week_before"):
        # "The week before, police counted 240,000": the week before the reported events.
        day = published - 7 * DAY
        return (day - AGO_SLACK_DAYS * DAY, day + AGO_SLACK_DAYS * DAY)
    if match.group("weeks_after"):
        # ", a week after a march they said drew 1.03 million": that march was a week before
        # the events of the report.
        count = match.group("after_count").lower()
        number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        day = published - 7 * number * DAY
        return (day - AGO_SLACK_DAYS * DAY, day + AGO_SLACK_DAYS * DAY)
    if match.group("yesterday"):
        day = published - DAY
        return (day, day)
    if match.group("calendar"):
        # "in 2025": that year; "by 2029-30", "in 2023/24": the financial year across two,
        # taken as April to March (Britain's, India's, Japan's, Canada's).
        first = int(match.group("first"))
        if match.group("second"):
            return _financial_year(first)
        return (datetime.date(first, 1, 1), datetime.date(first, 12, 31))
    if match.group("fiscal"):
        # "the current fiscal year", and in budget reports "the current year", is the
        # financial year the report falls in.
        starts = published.year if published.month >= FINANCIAL_YEAR_START else published.year - 1
        shift = {"next": 1, "coming": 1, "last": -1}.get((match.group("fiscal_which") or "").lower(), 0)
        return _financial_year(starts + shift)
    if match.group("year"):
        year = published.year + {"last": -1, "next": 1, "this": 0}[match.group("which").lower()]
        return (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    if match.group("month") or match.group("last_month"):
        # "in August", "in September 2024", "last month": that month, this year's unless it is
        # still to come.
        if match.group("last_month"):
            month, year = (published.month - 1 or 12), published.year - (published.month == 1)
        else:
            month = _MONTHS[match.group("month_name").lower()]
            after = match.string[match.end():match.end() + 12].lower()
            if match.group("month_year"):
                year = int(match.group("month_year"))
            elif re.match(r"\s+(?:of\s+)?last\s+year\b", after):
                year = published.year - 1  # "compared with 110 in June last year"
            elif _FUTURE_BEFORE.search(match.string[max(0, match.start() - FUTURE_WINDOW):match.start()]):
                # "would peak at 4.0% in September", said in August: the September to come.
                year = published.year + (month < published.month)
            else:
                year = published.year - (month > published.month)
        last = (datetime.date(year + (month == 12), month % 12 + 1, 1) - DAY)
        return (datetime.date(year, month, 1), last)
    if match.group("horizon"):
        # "£25bn a year by the end of the parliament": the last year of a span to come, some
        # years on (a parliament's last year, or the decade's).
        if match.group("span").lower() == "decade":
            last = published.year // 10 * 10 + 9
        else:
            last = published.year + PARLIAMENT_YEARS_AHEAD
        return (datetime.date(last, 1, 1), datetime.date(last, 12, 31))
    return None


# Words that put what follows in the future, within this many characters before a month.
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|expects?|expected|forecasts?|projects?|predicts?|set\s+to|due\s+to)\b", re.IGNORECASE)
FUTURE_WINDOW = 60
# A parliament sits up to five years; the end of one elected a few months before is about this
# many years after its first budget.
PARLIAMENT_YEARS_AHEAD = 4
