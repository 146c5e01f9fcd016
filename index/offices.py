"""A surname the article never spelt out, named by the office it gives and the article's date:
"Presiden Lee" in August 2025 is Lee Jae-myung, in 2010 Lee Myung-bak. Runs once the date is
chosen (the date may itself lean on the people named), and renames only where exactly one
person the surname could be held that office over the whole span the date allows."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from .dating import FORMER
from .entities import EntityResult, Gazetteer, Term, expand_title
from .model import Quote


def date_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day a date allows: "2025-08-20", "2025-08" or "2025"."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        y, m = parts
        return date(y, m, 1), date(y, m, monthrange(y, m)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _in_role(term: Term, role: str) -> bool:
    return role.startswith(term.role.lower())


def _fits(term: Term, span: tuple[date, date] | None, others: list[Term]) -> bool:
    """The term covers the whole span the date allows; on an undated page, it overlaps the
    term of another official the article names in office ("Presiden Lee" beside President Trump)."""
    if span is not None:
        return term.covers(span[0]) and term.covers(span[1])
    return any(term.overlaps(o) for o in others)


def holders_named(ents: EntityResult, gaz: Gazetteer, value: str | None,
                  officials: Callable[[], list[tuple[str, tuple[Term, ...]]]]) -> dict[str, str]:
    """{bare surname: the one person who held the office the article gives it when it was written}."""
    span = date_span(value)
    out: dict[str, str] = {}
    others: list[Term] | None = None
    for name, info in ents.people.items():
        if not info.role or gaz.entry(name) is not None or FORMER.search(info.role) or name not in gaz.short_map:
            continue
        if span is None and others is None:
            others = [t for who, terms in officials() if who != name for t in terms]
        role = expand_title(info.role)
        cands = [c for c in gaz.short_map[name] if c not in ents.people
                 and any(_in_role(t, role) and _fits(t, span, others or []) for t in gaz.entries[c].terms)]
        if len(cands) == 1:
            out[name] = cands[0]
    return out


def renamed(ents: EntityResult, quotes: list[Quote], names: dict[str, str]) -> tuple[EntityResult, list[Quote]]:
    """Every mention, speaker and person record of a surname under the whole name found for it."""
    if not names:
        return ents, quotes
    entities = [replace(e, canonical=names[e.canonical]) if e.type == "person" and e.canonical in names else e
                for e in ents.entities]
    people = {names.get(n, n): info for n, info in ents.people.items()}
    quotes = [replace(q, speaker=names[q.speaker]) if q.speaker in names else q for q in quotes]
    return replace(ents, entities=entities, people=people), quotes
