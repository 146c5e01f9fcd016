"""Dated events of this beat (index/data/events.toml), for the year of a date written
without one: a story that names an event and writes its day without a year ("uji coba
nuklir keenam pada 3 September lalu") was written in the year after it; one that names an
era ("Covid-19") was written in it when a year its weekday fits falls there."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .dates import day_month_pattern
from .lexicon import load_data

REACH_DAYS = 366  # how long after an event a story recalls it by its day alone
SOON_DAYS = 10  # how soon after an event a story that names it (not its day) is taken to follow it


@dataclass(frozen=True)
class Event:
    name: str
    day: date
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def events() -> tuple[Event, ...]:
    return tuple(Event(e["name"], e["date"], re.compile("|".join(f"(?:{p})" for p in e["patterns"]), re.IGNORECASE))
                 for e in load_data("events.toml")["event"])


@dataclass(frozen=True)
class Era:
    name: str
    start: date
    end: date
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def eras() -> tuple[Era, ...]:
    return tuple(Era(e["name"], e["start"], e["end"], re.compile("|".join(f"(?:{p})" for p in e["patterns"]), re.IGNORECASE))
                 for e in load_data("events.toml").get("era", []))


def named_eras(text: str) -> list[Era]:
    """The eras the text names ("Covid-19")."""
    return [e for e in eras() if e.pattern.search(text)]


def named_events(text: str) -> list[Event]:
    """The events the text names, whether or not it writes their day."""
    return [e for e in events() if e.pattern.search(text)]


def dated_events(text: str, named: list[Event]) -> list[Event]:
    """Of the events the text names (`named_events`), those whose day and month it writes without a year."""
    return [e for e in named if day_month_pattern(e.day.day, e.day.month).search(text)]


def soon_after(event: Event, day: date) -> bool:
    """Whether `day` falls within days of the event: "menyusul uji coba bom hidrogen ... Rabu lalu"
    with the story's "(Minggu, 10/1)" is the week of that test, not a later year's Sunday."""
    return 0 <= (day - event.day).days <= SOON_DAYS


def follows(event: Event, day: date) -> bool:
    """Whether `day` falls on the event or within the year after it."""
    return 0 <= (day - event.day).days <= REACH_DAYS
