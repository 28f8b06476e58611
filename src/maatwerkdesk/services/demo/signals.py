"""The demo's knelpuntsignalen: one in every state of the life cycle, written, sent and
answered through the services on days counted back from today, so the demo tells the same
story on any day. The pattern proposals the demo dossiers give are left waiting.

The texts (resources/demo/signals.toml) are fictitious and say so; they name no one, and
the services check that against the people of the demo dossiers they rest on, as for any
signal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.people import User
from maatwerkdesk.domain.policy_signals import SignalCategory, SignalFields, SignalState
from maatwerkdesk.persistence.models import DossierGroupRow, DossierRow, PolicySignalRow
from maatwerkdesk.services import policy_signals
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.demo.conference import CHAIRS
from maatwerkdesk.services.demo.data import GROUP_TITLE, OWNERS, SIGNAL_TEXTS
from maatwerkdesk.services.demo.generation import GROUP_ARTICLES, GROUP_SCENARIO

LINKED = 3
"""Demo dossiers a signal rests on, at most: the first of its regulation by reference."""


@dataclass(frozen=True)
class DemoSignal:
    fields: SignalFields
    steps: tuple[tuple[SignalState, int, str], ...]
    """Each step after the concept: the state, how many days before today, the response."""
    written: int
    """How many days before today it was written."""
    with_group: bool = False


def _signal(
    name: str,
    category: SignalCategory,
    steps: tuple[tuple[SignalState, int], ...],
    *,
    written: int,
    with_group: bool = False,
) -> DemoSignal:
    """The demo signal whose texts signals.toml gives under `name`; one `with_group` rests
    on the demo group too, and takes its regulation, article and title from it."""
    texts = SIGNAL_TEXTS[name]
    regulation, article, title = texts.regulation, texts.article, texts.title
    if with_group:
        regulation, article, title = GROUP_SCENARIO.regulation, GROUP_ARTICLES[0], GROUP_TITLE
    return DemoSignal(
        SignalFields(category, regulation, article, texts.owner, title, texts.description),
        tuple((state, days, texts.responses.get(state, "")) for state, days in steps),
        written=written,
        with_group=with_group,
    )


DEMO_SIGNALS: tuple[DemoSignal, ...] = (
    _signal(
        "kostendelersnorm",
        SignalCategory.HARDSHIP,
        ((SignalState.REPORTED, 75), (SignalState.IN_PROGRESS, 40)),
        written=90,
        with_group=True,
    ),
    _signal(
        "samenloop_terugvorderingen",
        SignalCategory.CONCURRENCE,
        ((SignalState.REPORTED, 20),),
        written=30,
    ),
    _signal("betalingsregeling", SignalCategory.IMPLEMENTATION, (), written=5),
    _signal(
        "aow_buitenland",
        SignalCategory.INFORMATION,
        (
            (SignalState.REPORTED, 150),
            (SignalState.IN_PROGRESS, 120),
            (SignalState.RESOLVED, 60),
        ),
        written=160,
    ),
    _signal(
        "inburgering_ziekte",
        SignalCategory.HARDSHIP,
        ((SignalState.REPORTED, 100), (SignalState.NOT_ADOPTED, 50)),
        written=110,
    ),
)
"""In the order they are written; their texts are in resources/demo/signals.toml."""


WRITER = OWNERS[0]
"""A demo caseworker writes the signals; a demo chair sends them and records the answers."""
FOLLOWER = CHAIRS[0].name


def _dossiers_of(session: Session, regulation: str) -> list[str]:
    return list(
        session.scalars(
            select(DossierRow.id)
            .where(DossierRow.regulation == regulation, DossierRow.deleted_at.is_(None))
            .order_by(DossierRow.reference)
            .limit(LINKED)
        )
    )


def _demo_group(session: Session) -> list[str]:
    found = session.scalar(
        select(DossierGroupRow.id)
        .where(DossierGroupRow.title == GROUP_TITLE, DossierGroupRow.deleted_at.is_(None))
        .order_by(DossierGroupRow.reference.desc())
        .limit(1)
    )
    return [found] if found else []


def _written(session: Session) -> set[str]:
    return set(session.scalars(select(PolicySignalRow.title)))


def add_demo_signals(session: Session, context: Context, people: Mapping[str, User]) -> None:
    """The demo signals not there yet, each resting on the first few dossiers of its
    regulation (the first on the demo group too), as the demo's people write and follow
    them."""
    today = context.current_date()
    writer = replace(context, user=people[WRITER])
    follower = replace(context, user=people[FOLLOWER])
    written = _written(session)
    for demo in DEMO_SIGNALS:
        if demo.fields.title in written:
            continue
        signal = policy_signals.create_signal(
            session,
            replace(writer, today=today - timedelta(days=demo.written)),
            demo.fields,
            dossier_ids=_dossiers_of(session, demo.fields.regulation),
            group_ids=_demo_group(session) if demo.with_group else (),
        )
        for state, days, response in demo.steps:
            on_day = replace(follower, today=today - timedelta(days=days))
            policy_signals.transition_signal(session, on_day, signal.id, state, response)
