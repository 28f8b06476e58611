"""Demo people and a planned casuïstiekoverleg, so the conference can be tried at once.

The demo's caseworkers (the owners of its dossiers) become users and propose their
dossiers, so the four-eyes rule bites: the chair never owns a demo dossier. Besides them
every other role is filled, and the dossiers ter bespreking go on the agenda of a meeting
a few days ahead. Users and the
meeting are planned as the command line would (SYSTEM), whoever runs the demo; a user
whose name exists already is reused, so the demo can run twice on one database.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.people import SYSTEM, Discipline, Permission, Role, User
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.models import UserRow
from maatwerkdesk.services import meetings, users
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo.data import (
    ADMINISTRATOR_NAME,
    CHAIR_PEOPLE,
    MEETING_LOCATION,
    MEMBER_PEOPLE,
    OWNERS,
    READER_NAME,
    SECRETARY_NAME,
)
from maatwerkdesk.services.demo.precedents import DemoCase

DAYS_AHEAD = 3
"""The meeting is on the first working day at least this many days after the demo's today."""
ITEM_MINUTES = (20, 25, 30)


@dataclass(frozen=True)
class DemoUser:
    name: str
    role: Role
    discipline: Discipline | None = None


CHAIRS = tuple(DemoUser(p.name, Role.CHAIR, p.discipline) for p in CHAIR_PEOPLE)
MEMBERS = tuple(DemoUser(p.name, Role.MEMBER, p.discipline) for p in MEMBER_PEOPLE)
SECRETARY = DemoUser(SECRETARY_NAME, Role.SECRETARY)
DEMO_USERS = (
    *(DemoUser(name, Role.CASEWORKER) for name in OWNERS),
    *CHAIRS,
    *MEMBERS,
    SECRETARY,
    DemoUser(READER_NAME, Role.READER),
    DemoUser(ADMINISTRATOR_NAME, Role.ADMINISTRATOR),
)
"""Fictitious people in every role (resources/demo/people.toml); the caseworkers are the
owners of the demo dossiers."""


def add_demo_conference(
    session: Session,
    context: Context,
    cases: Sequence[DemoCase],
    rng: random.Random,
    people: dict[str, User],
) -> str | None:
    """Plan a meeting for the dossiers ter bespreking among `cases`, with the demo users
    `people` (see `ensure_demo_users`); returns the meeting's id, or None when none is
    needed."""
    system = replace(context, user=SYSTEM)
    discussed = [c for c in cases if c.status is DossierStatus.TER_BESPREKING]
    chair = people.get(CHAIRS[0].name)
    if not discussed or chair is None or not chair.may(Permission.SIGN):
        return None
    members = [u for d in MEMBERS if (u := people.get(d.name)) and u.active]
    chosen = rng.sample(members, k=min(len(members), rng.randint(4, 6)))
    secretary = people.get(SECRETARY.name)
    meeting_id = meetings.plan_meeting(
        session,
        system,
        _meeting_day(context.current_date()),
        chair.id,
        [
            meetings.PlannedMember(u.id, u.discipline)
            for u in (*chosen, secretary)
            if u is not None and u.active
        ],
        MEETING_LOCATION,
    )
    agenda = sorted(discussed, key=lambda c: (c.regulation, c.reference))
    items = [meetings.PlannedItem(c.id, rng.choice(ITEM_MINUTES)) for c in agenda]
    meetings.set_agenda(session, system, meeting_id, items)
    return meeting_id


def ensure_demo_users(session: Session, context: Context) -> dict[str, User]:
    """The demo users by name, added as the command line would (SYSTEM) where missing:
    the existing one (as it is now) or a new one. A name that belonged to a removed user
    stays unused: names are never reused."""
    system = replace(context, user=SYSTEM)
    known = {row.name.casefold(): row for row in session.scalars(select(UserRow))}
    people: dict[str, User] = {}
    for demo in DEMO_USERS:
        row = known.get(demo.name.casefold())
        if row is None:
            people[demo.name] = users.add_user(
                session, system, demo.name, demo.role, demo.discipline
            )
        elif row.deleted_at is None:
            people[demo.name] = users.to_user(row)
    return people


def _meeting_day(today: date) -> date:
    day = today + timedelta(days=DAYS_AHEAD)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
