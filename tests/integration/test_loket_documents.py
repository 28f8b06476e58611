"""The loket's documents as PDF: the shared summary holds only what its sharing covers (read
back with pdftotext), refuses more, and the access report names every sharing; hostile text
prints as typed in both."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conference_team import TODAY, Team, ship
from hostile_strings import hostile_strings
from pdf_text import needs_poppler, pdf_text, squash, unread

from maatwerkdesk.domain.case_facts import Amount, AmountKind, CaseFacts, PartyRole, ThirdParty
from maatwerkdesk.domain.dossier import Doenvermogen, DossierFields, Subject
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.loket import MINIMAL, Basis, FieldGroup, Ground
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services import dossiers, loket, loket_export
from maatwerkdesk.services.audit import trail
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.loket import SharingRequest

BSN = "111222333"
SECRETS = (
    "Fenna",
    "Fictief",
    BSN,
    "fenna@example.org",
    "Dorpsstraat 12",
    "twee kinderen",
    "Buurvrouw helpt",
    "4.312,17",
    "Wim Werkgever",
)
"""Of the dossier below: none of it may be in a minimal summary."""
TASK = Basis(Ground.PUBLIC_TASK, provision="art. 7 Participatiewet")

pytestmark = needs_poppler


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def _fields(title: str = "Fictief: terugvordering na gemiste melding") -> DossierFields:
    return DossierFields(
        title=title,
        regulation="Participatiewet",
        article="58 lid 8",
        request="Fictief verzoek om van terugvordering af te zien.",
        knelpunt=(
            "Mevrouw Fenna Fictief (BSN 111222333, fenna@example.org) meldde haar werk bij "
            "Wim Werkgever op tijd; de melding is niet verwerkt."
        ),
        subject=Subject(
            name="Fenna Fictief",
            bsn=BSN,
            date_of_birth=date(1980, 3, 4),
            contact="Dorpsstraat 12, 1234 AB Voorbeeld; fenna@example.org",
            household="Woont met twee kinderen.",
        ),
        doenvermogen=Doenvermogen(support="Buurvrouw helpt met de post."),
        facts=CaseFacts(
            amounts=(Amount(AmountKind.CLAIM, Decimal("4312.17")),),
            third_parties=(ThirdParty(PartyRole.EMPLOYER, "Wim Werkgever"),),
        ),
    )


def _dossier(team: Team, fields: DossierFields | None = None) -> str:
    return team.run(
        team.caseworker, lambda s, c: dossiers.create_dossier(s, c, fields or _fields()).id
    )


def _share(team: Team, dossier_id: str, basis: Basis = TASK, groups=MINIMAL) -> str:  # type: ignore[no-untyped-def]
    request = SharingRequest("uwv", basis, frozenset(groups))
    return team.run(team.caseworker, lambda s, c: loket.share_data(s, c, dossier_id, request)).id


def _summary(team: Team, dossier_id: str, sharing_id: str, groups=None, today=TODAY):  # type: ignore[no-untyped-def]
    context = replace(Team.context(team.caseworker), today=today)
    with team.database.sessions.begin() as session:
        return loket_export.summary_document(
            session, context, dossier_id, sharing_id, groups=groups
        )


def test_a_minimal_summary_names_no_one_and_holds_nothing_else(team: Team) -> None:
    dossier_id = _dossier(team)
    document = _summary(team, dossier_id, _share(team, dossier_id))
    text = pdf_text(render_pdf(document))
    for secret in SECRETS:
        assert squash(secret) not in squash(text), secret
    assert "Betrokkene (BSN [BSN], [e-mail])" in text and "[werkgever]" in text
    assert squash("de melding is niet verwerkt") in squash(text)
    assert "taak van algemeen belang" in text and "UWV" in text
    assert document.header.variant == "Gepseudonimiseerd"


def test_shared_identity_is_named_in_its_own_part_and_free_text_stays_pseudonymised(
    team: Team,
) -> None:
    dossier_id = _dossier(team)
    groups = MINIMAL | {FieldGroup.IDENTITY}
    text = pdf_text(render_pdf(_summary(team, dossier_id, _share(team, dossier_id, TASK, groups))))
    assert "Fenna Fictief" in text and BSN in text and "04-03-1980" in text
    assert "fenna@example.org" not in text and "Wim Werkgever" not in text
    assert "twee kinderen" not in text


def test_a_summary_with_more_than_the_sharing_covered_is_refused(team: Team) -> None:
    dossier_id = _dossier(team)
    sharing_id = _share(team, dossier_id)
    with pytest.raises(DomainError, match=r"omvat niet: bedragen\. .*leg een nieuwe deling vast"):
        _summary(team, dossier_id, sharing_id, MINIMAL | {FieldGroup.AMOUNTS})


def test_a_summary_on_a_withdrawn_consent_is_refused(team: Team) -> None:
    dossier_id = _dossier(team)

    def consent(session, context):  # type: ignore[no-untyped-def]
        return loket.record_consent(session, context, dossier_id, "uwv", MINIMAL).consents[0].id

    consent_id = team.run(team.caseworker, consent)
    sharing_id = _share(team, dossier_id, Basis(Ground.CONSENT, consent_id))
    assert _summary(team, dossier_id, sharing_id).header.kind == "Gedeelde samenvatting"
    team.run(team.caseworker, lambda s, c: loket.withdraw_consent(s, c, dossier_id, consent_id))
    with pytest.raises(DomainError, match="ingetrokken; maak er geen nieuwe samenvatting"):
        _summary(team, dossier_id, sharing_id, today=TODAY + timedelta(days=1))


def _usable(value: str) -> bool:
    return bool(value.strip()) and len(value) <= 200 and "\n" not in value


def test_hostile_text_prints_as_typed_in_the_summary_and_the_access_report(team: Team) -> None:
    values = [v for v in hostile_strings() if _usable(v)]
    missing: list[str] = []
    for start in range(0, len(values), 20):
        fields = replace(_fields(values[start]), knelpunt=values[(start + 1) % len(values)])
        dossier_id = _dossier(team, replace(fields, subject=replace(fields.subject, name="")))
        document = _summary(team, dossier_id, _share(team, dossier_id))
        missing += [t[:60] for t in unread(document, render_pdf(document))]
    assert missing == []
    with team.database.sessions.begin() as session:
        report, ids = loket_export.access_document(
            session, Team.context(team.caseworker), BSN, TODAY
        )
    assert len(ids) == len(range(0, len(values), 20))
    assert unread(report, render_pdf(report)) == []


def test_the_access_report_lists_every_sharing_of_the_citizen_and_only_theirs(
    team: Team,
) -> None:
    first, second = _dossier(team), _dossier(team, _fields("Fictief: tweede dossier"))
    other = _dossier(team, replace(_fields("Van iemand anders"), subject=Subject(bsn="123456782")))
    _share(team, first)

    def more(session, context):  # type: ignore[no-untyped-def]
        consent = loket.record_consent(
            session, context, second, "svb", {FieldGroup.CASE, FieldGroup.IDENTITY}
        ).consents[0]
        loket.share_data(
            session,
            context,
            second,
            SharingRequest("svb", Basis(Ground.CONSENT, consent.id), frozenset({FieldGroup.CASE})),
        )
        loket.share_data(session, context, other, SharingRequest("cak", TASK))

    team.run(team.caseworker, more)
    with team.database.sessions.begin() as session:
        report, ids = loket_export.access_document(
            session, Team.context(team.caseworker), BSN, TODAY
        )
    assert set(ids) == {first, second}
    text = pdf_text(render_pdf(report))
    assert "Fictief: tweede dossier" in text and "Van iemand anders" not in text
    assert "UWV" in text and "SVB" in text and "CAK" not in text
    assert "toestemming van de betrokkene" in squash(text) or "toestemming" in text
    assert BSN not in text and "Wim Werkgever" not in text
    names = {entry.name for entry in team.run(team.caseworker, lambda s, c: trail(s, first))}
    assert "loket.access_report" in names


def test_an_access_report_for_an_unknown_bsn_says_none_was_found(team: Team) -> None:
    with team.database.sessions.begin() as session:
        report, ids = loket_export.access_document(
            session, Context("x", "test", TODAY, team.caseworker), "123456782", TODAY
        )
    assert ids == [] and "Er zijn 0 dossiers over u gevonden." in pdf_text(render_pdf(report))
