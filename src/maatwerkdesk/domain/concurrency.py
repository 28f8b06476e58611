"""Two people changing the same record: how it is told, and one's own changes put on top
of the other's version without undoing theirs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import datetime
from typing import Any, Generic, TypeVar

from maatwerkdesk.domain.sentence import said

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

SOMEONE = said("concurrency", "iemand anders")


def changed_when(at: datetime | None, now: datetime | None = None) -> str:
    """'om 14:32' today, 'op 27-11-2026 om 14:32' another day, in the computer's local
    time; empty when the moment is not known."""
    if at is None:
        return ""
    local = at.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    if local.date() == today:
        return said("concurrency", "om {time}").format(time=f"{local:%H:%M}")
    return said("concurrency", "op {date} om {time}").format(
        date=f"{local:%d-%m-%Y}", time=f"{local:%H:%M}"
    )


def changed_by_line(what: str, who: str, at: datetime | None, now: datetime | None = None) -> str:
    """'Dossier MW-2026-00012 is gewijzigd door Anouk Verhoef om 14:32'."""
    when = changed_when(at, now)
    if not when:
        return said("concurrency", "{what} is gewijzigd door {who}").format(
            what=what, who=who or SOMEONE
        )
    return said("concurrency", "{what} is gewijzigd door {who} {when}").format(
        what=what, who=who or SOMEONE, when=when
    )


def stale_message(what: str, who: str, at: datetime | None) -> str:
    """The whole sentence a service refuses a stale save with."""
    return said(
        "concurrency",
        "{changed}, nadat u het opende. Uw wijziging is niet opgeslagen: bekijk de nieuwe "
        "versie en breng uw wijziging daar zo nodig opnieuw aan.",
    ).format(changed=changed_by_line(what, who, at))


@dataclass(frozen=True)
class Rebased(Generic[T_co]):
    """One's own version put on top of someone else's."""

    value: T_co
    """Their version, with every part one changed oneself in one's own version."""
    theirs: tuple[str, ...]
    """The parts they changed (field names), in the record's order."""
    both: tuple[str, ...]
    """The parts both changed: one's own version stands in `value`, theirs is overwritten
    when it is saved."""


def rebase(base: T, mine: T, theirs: T) -> Rebased[T]:
    """Three-way, part by part (the fields of a frozen dataclass): what one changed since
    `base` goes on top of `theirs`; what only they changed stays theirs. A part that is a
    mapping (answers per criterion, motivations per factor) is merged key by key, so two
    people answering different questions do not clash."""
    if not (is_dataclass(base) and is_dataclass(mine) and is_dataclass(theirs)):  # None: not there
        return _rebase_whole(base, mine, theirs)
    changes: dict[str, Any] = {}
    changed_by_them: list[str] = []
    both: list[str] = []
    for field in fields(base):
        name = field.name
        was, own, other = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if other != was:
            changed_by_them.append(name)
        if own == was:
            continue
        if isinstance(was, Mapping) and isinstance(own, Mapping) and isinstance(other, Mapping):
            changes[name], clash = _merged(was, own, other)
        else:
            changes[name], clash = own, other not in (was, own)
        if clash:
            both.append(name)
    # `theirs` is a dataclass (checked above), which mypy does not carry over to a T.
    return Rebased(replace(theirs, **changes), tuple(changed_by_them), tuple(both))  # type: ignore[type-var]  # see above


WHOLE = ""
"""The part named when a value is taken as one whole (one of the three is None)."""

_ABSENT = object()


def _rebase_whole(base: T, mine: T, theirs: T) -> Rebased[T]:
    changed = () if theirs == base else (WHOLE,)
    if mine == base:
        return Rebased(theirs, changed, ())
    return Rebased(mine, changed, (WHOLE,) if theirs not in (base, mine) else ())


def _merged(
    was: Mapping[Any, Any], own: Mapping[Any, Any], other: Mapping[Any, Any]
) -> tuple[dict[Any, Any], bool]:
    merged, clash = dict(other), False
    for key in dict.fromkeys([*was, *own]):
        before, after, theirs = (m.get(key, _ABSENT) for m in (was, own, other))
        if after == before:
            continue
        clash = clash or theirs not in (before, after)
        if after is _ABSENT:
            merged.pop(key, None)
        else:
            merged[key] = after
    return merged, clash
