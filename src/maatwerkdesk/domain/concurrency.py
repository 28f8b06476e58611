"""Two people changing the same record: how it is told, and one's own changes put on top
of the other's version without undoing theirs."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")

SOMEONE = "iemand anders"


def changed_when(at: datetime | None, now: datetime | None = None) -> str:
    """'om 14:32' today, 'op 27-11-2026 om 14:32' another day, in the computer's local
    time; empty when the moment is not known."""
    if at is None:
        return ""
    local = at.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    if local.date() == today:
        return f"om {local:%H:%M}"
    return f"op {local:%d-%m-%Y} om {local:%H:%M}"


def changed_by_line(what: str, who: str, at: datetime | None, now: datetime | None = None) -> str:
    """'Dossier MW-2026-00012 is gewijzigd door Anouk Verhoef om 14:32'."""
    when = changed_when(at, now)
    return f"{what} is gewijzigd door {who or SOMEONE}{' ' + when if when else ''}"


def stale_message(what: str, who: str, at: datetime | None) -> str:
    """The whole sentence a service refuses a stale save with."""
    return (
        f"{changed_by_line(what, who, at)}, nadat u het opende. Uw wijziging is niet "
        "opgeslagen: bekijk de nieuwe versie en breng uw wijziging daar zo nodig opnieuw aan."
    )


@dataclass(frozen=True)
class Rebased(Generic[T]):
    """One's own version put on top of someone else's."""

    value: T
    """Their version, with every part one changed oneself in one's own version."""
    theirs: tuple[str, ...]
    """The parts they changed (field names), in the record's order."""
    both: tuple[str, ...]
    """The parts both changed: one's own version stands in `value`, theirs is overwritten
    when it is saved."""


def rebase(base: T, mine: T, theirs: T) -> Rebased[T]:
    """Three-way, part by part (the fields of a frozen dataclass): what one changed since
    `base` goes on top of `theirs`; what only they changed stays theirs."""
    changes: dict[str, Any] = {}
    changed_by_them: list[str] = []
    both: list[str] = []
    for field in fields(base):  # type: ignore[arg-type]
        name = field.name
        was, own, other = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if other != was:
            changed_by_them.append(name)
        if own != was:
            changes[name] = own
            if other != was and other != own:
                both.append(name)
    return Rebased(replace(theirs, **changes), tuple(changed_by_them), tuple(both))  # type: ignore[type-var]
