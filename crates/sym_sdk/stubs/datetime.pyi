"Dates, times and durations."
from typing import Any, Optional

MINYEAR: int
"The smallest year a date can have."
MAXYEAR: int
"The largest year a date can have."

class tzinfo:
    "A time zone."
    def utcoffset(self, dt: Optional[datetime]) -> Optional[timedelta]:
        "The zone's offset from UTC."
    def dst(self, dt: Optional[datetime]) -> Optional[timedelta]:
        "The daylight saving adjustment."
    def tzname(self, dt: Optional[datetime]) -> Optional[str]:
        "The zone's name."

class timezone(tzinfo):
    "A fixed offset from UTC."
    utc: timezone
    "UTC."
    def __init__(self, offset: timedelta, name: str = ...) -> None:
        "A zone at a fixed offset."

class timedelta:
    "A duration."
    days: int
    "Whole days."
    seconds: int
    "Seconds within the last day."
    microseconds: int
    "Microseconds within the last second."
    def __init__(self, days: float = 0, seconds: float = 0, microseconds: float = 0, milliseconds: float = 0, minutes: float = 0, hours: float = 0, weeks: float = 0) -> None:
        "A duration from its parts."
    def total_seconds(self) -> float:
        "The whole duration in seconds."

class date:
    "A calendar date."
    year: int
    "The year."
    month: int
    "The month, 1 to 12."
    day: int
    "The day of the month."
    def __init__(self, year: int, month: int, day: int) -> None:
        "A date from its parts."
    @classmethod
    def today(cls) -> date:
        "Today's date."
    @classmethod
    def fromisoformat(cls, date_string: str) -> date:
        "Parses YYYY-MM-DD."
    @classmethod
    def fromtimestamp(cls, timestamp: float) -> date:
        "The date of a POSIX timestamp."
    @classmethod
    def fromordinal(cls, n: int) -> date:
        "The date of a proleptic Gregorian ordinal."
    def isoformat(self) -> str:
        "The date as YYYY-MM-DD."
    def strftime(self, format: str) -> str:
        "The date formatted."
    def weekday(self) -> int:
        "Monday is 0, Sunday is 6."
    def isoweekday(self) -> int:
        "Monday is 1, Sunday is 7."
    def replace(self, year: int = ..., month: int = ..., day: int = ...) -> date:
        "A copy with some parts replaced."
    def toordinal(self) -> int:
        "The proleptic Gregorian ordinal."
    def isocalendar(self) -> Any:
        "The ISO year, week and weekday."
    def ctime(self) -> str:
        "The date in ctime() form."
    def timetuple(self) -> Any:
        "The date as a time.struct_time."

class time:
    "A time of day."
    hour: int
    "The hour."
    minute: int
    "The minute."
    second: int
    "The second."
    microsecond: int
    "The microsecond."
    tzinfo: Optional[tzinfo]
    "The time zone, or None."
    def __init__(self, hour: int = 0, minute: int = 0, second: int = 0, microsecond: int = 0, tzinfo: Optional[tzinfo] = None, *, fold: int = 0) -> None:
        "A time from its parts."
    def isoformat(self, timespec: str = "auto") -> str:
        "The time as HH:MM:SS."
    def strftime(self, format: str) -> str:
        "The time formatted."

class datetime(date):
    "A date and a time of day."
    hour: int
    "The hour."
    minute: int
    "The minute."
    second: int
    "The second."
    microsecond: int
    "The microsecond."
    tzinfo: Optional[tzinfo]
    "The time zone, or None for a naive datetime."
    def __init__(self, year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, microsecond: int = 0, tzinfo: Optional[tzinfo] = None, *, fold: int = 0) -> None:
        "A datetime from its parts."
    @classmethod
    def now(cls, tz: Optional[tzinfo] = None) -> datetime:
        "The current time (naive UTC in Sym, or in zone tz)."
    @classmethod
    def utcnow(cls) -> datetime:
        "The current UTC time, naive."
    @classmethod
    def today(cls) -> datetime:
        "The current time, naive."
    @classmethod
    def fromisoformat(cls, date_string: str) -> datetime:
        "Parses an ISO 8601 datetime."
    @classmethod
    def fromtimestamp(cls, timestamp: float, tz: Optional[tzinfo] = None) -> datetime:
        "The datetime of a POSIX timestamp."
    @classmethod
    def utcfromtimestamp(cls, timestamp: float) -> datetime:
        "The naive UTC datetime of a POSIX timestamp."
    @classmethod
    def strptime(cls, date_string: str, format: str) -> datetime:
        "Parses text with a format."
    @classmethod
    def combine(cls, date: date, time: time, tzinfo: Optional[tzinfo] = ...) -> datetime:
        "A datetime from a date and a time."
    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        "The datetime in ISO 8601 form."
    def timestamp(self) -> float:
        "The POSIX timestamp."
    def date(self) -> date:
        "The date part."
    def time(self) -> time:
        "The time part, without zone."
    def timetz(self) -> time:
        "The time part, with zone."
    def astimezone(self, tz: Optional[tzinfo] = None) -> datetime:
        "The same moment in another zone."
    def utcoffset(self) -> Optional[timedelta]:
        "The offset from UTC, or None."
    def tzname(self) -> Optional[str]:
        "The zone's name, or None."
    def replace(self, year: int = ..., month: int = ..., day: int = ..., hour: int = ..., minute: int = ..., second: int = ..., microsecond: int = ..., tzinfo: Optional[tzinfo] = ..., *, fold: int = ...) -> datetime:
        "A copy with some parts replaced."
