"""The demo's knelpuntsignalen: one in every state of the life cycle, written, sent and
answered through the services on days counted back from today, so the demo tells the same
story on any day. The pattern proposals the demo dossiers give are left waiting.

The texts are fictitious and say so; they name no one, and the services check that
against the people of the demo dossiers they rest on, as for any signal.
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
from maatwerkdesk.services.demo.data import GROUP_TITLE, OWNERS
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


MINISTRY = "Ministerie van Sociale Zaken en Werkgelegenheid"
DEMO_SIGNALS: tuple[DemoSignal, ...] = (
    DemoSignal(
        SignalFields(
            SignalCategory.HARDSHIP,
            GROUP_SCENARIO.regulation,
            GROUP_ARTICLES[0],
            MINISTRY,
            GROUP_TITLE,
            "Fictief voorbeeld. Wie een familielid tijdelijk onderdak geeft zonder dat die "
            "bijdraagt, krijgt door de kostendelersnorm een lagere uitkering. De norm gaat "
            "uit van gedeelde kosten die er in deze situatie niet zijn. Gevraagd: een "
            "uitzondering voor tijdelijke inwoning van ten hoogste zes maanden.",
        ),
        ((SignalState.REPORTED, 75, ""), (SignalState.IN_PROGRESS, 40, "")),
        written=90,
        with_group=True,
    ),
    DemoSignal(
        SignalFields(
            SignalCategory.CONCURRENCE,
            "Algemene wet inkomensafhankelijke regelingen (Awir)",
            "",
            "Ministerie van Financiën",
            "Terugvordering van toeslag en bijstand over dezelfde maanden",
            "Fictief voorbeeld. Na een herberekening van de toeslag wordt over dezelfde "
            "maanden ook bijstand teruggevorderd. Samen gaan de aflossingen boven de "
            "beslagvrije voet uit, terwijl elke regeling die afzonderlijk wel respecteert.",
        ),
        ((SignalState.REPORTED, 20, ""),),
        written=30,
    ),
    DemoSignal(
        SignalFields(
            SignalCategory.IMPLEMENTATION,
            "Algemene wet inzake rijksbelastingen (AWR)",
            "",
            "Belastingdienst",
            "Betalingsregeling vraagt gegevens die de aanvrager niet heeft",
            "Fictief voorbeeld. Het formulier voor een betalingsregeling vraagt om "
            "jaaropgaven die mensen met wisselend werk vaak niet hebben. Aanvragen blijven "
            "daardoor liggen en de schuld loopt op.",
        ),
        (),
        written=5,
    ),
    DemoSignal(
        SignalFields(
            SignalCategory.INFORMATION,
            "Algemene Ouderdomswet (AOW)",
            "",
            MINISTRY,
            "Onvolledige opbouw na jaren in het buitenland",
            "Fictief voorbeeld. Ter informatie: steeds vaker komt een onvolledige opbouw "
            "door jaren in het buitenland pas bij de aanvraag aan het licht, als er niets "
            "meer aan te doen is.",
        ),
        (
            (SignalState.REPORTED, 150, ""),
            (SignalState.IN_PROGRESS, 120, ""),
            (
                SignalState.RESOLVED,
                60,
                "Fictief antwoord: de voorlichting wordt aangepast; wie terugkeert, krijgt "
                "voortaan een brief over de opbouw.",
            ),
        ),
        written=160,
    ),
    DemoSignal(
        SignalFields(
            SignalCategory.HARDSHIP,
            "Wet inburgering 2021",
            "",
            MINISTRY,
            "Boete bij overschrijding van de termijn door ziekte",
            "Fictief voorbeeld. Wie door langdurige ziekte de termijn niet haalt, krijgt "
            "een boete als de verlenging te laat is gevraagd, ook als de ziekte dat vragen "
            "onmogelijk maakte.",
        ),
        (
            (SignalState.REPORTED, 100, ""),
            (
                SignalState.NOT_ADOPTED,
                50,
                "Fictief antwoord: de wet biedt al ruimte om de termijn te verlengen; de "
                "gemeente kan die gebruiken.",
            ),
        ),
        written=110,
    ),
)


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
