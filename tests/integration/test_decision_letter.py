"""The besluitbrief through the real services, over every demo dossier: a letter for each
decided one in plain Dutch (B1) for every sentence the program writes, a refusal that says
what to do for the others, the remedy of the route addressed to the right body, the
organisation settings, hostile text, and the audit of the export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from backends import Databases
from hostile_strings import hostile_strings
from pdf_text import needs_poppler, unread
from sqlalchemy import func, select

from maatwerkdesk.domain import catalogue as catalogue_module
from maatwerkdesk.domain.case_facts import AmountKind, format_euros, period_text
from maatwerkdesk.domain.catalogue import Remedy
from maatwerkdesk.domain.document import Bullets, Document, Pairs, Text, Tone
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.organisation import (
    NO_SETTINGS,
    AsylumAppeal,
    BodyRule,
    OrganisationSettings,
    SettingsError,
    deciding_body,
    load_settings,
    settings_to_toml,
)
from maatwerkdesk.domain.plain_language import analyse
from maatwerkdesk.domain.remedy import REMEDY_TITLES
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.reports.pdf_document import render_pdf
from maatwerkdesk.services import demo, document_export, dossiers
from maatwerkdesk.services.decision_document import DECIDED_STATUSES, deviation_ground
from maatwerkdesk.services.dossier_check import load_checked
from maatwerkdesk.services.historic import register_historic
from maatwerkdesk.services.organisation import settings_path
from maatwerkdesk.services.workspace import Workspace

TODAY = date(2026, 12, 1)


@pytest.fixture
def demo_workspace(
    open_workspaces: Callable[[str | None], Workspace], databases: Databases
) -> Workspace:
    workspace = open_workspaces(databases.fresh("brieven"))
    with workspace.database.sessions.begin() as session:
        demo.add_demo_dossiers(session, workspace.context("test"), 40, 3)
    return workspace


def _ids(workspace: Workspace) -> list[str]:
    with workspace.database.reads() as session:
        rows = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=None)
    return [r.id for r in rows]


def _letter(workspace: Workspace, dossier_id: str) -> Document:
    with workspace.database.reads() as session:
        return document_export.load_decision_letter(
            session, workspace.context("test"), dossier_id, TODAY, workspace.paths.config
        )


def _decided(workspace: Workspace) -> list[str]:
    found = []
    for dossier_id in _ids(workspace):
        try:
            _letter(workspace, dossier_id)
        except DomainError:
            continue
        found.append(dossier_id)
    assert found, "the demo always has decided dossiers"
    return found


def _settings(workspace: Workspace, settings: OrganisationSettings) -> None:
    settings_path(workspace.paths.config).write_text(settings_to_toml(settings), encoding="utf-8")


def program_sentences(document: Document, written: set[str]) -> list[str]:
    """What the program writes: headings, labels and every paragraph without a lead (with
    a lead it is a fact, the citizen text or the request), except the caseworker's
    `written` texts (the motivation) and the names printed as they are."""
    found: list[str] = [s.title for s in document.sections if s.title]
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Text) and not block.lead and block.text not in written:
                found.append(block.text)
            elif isinstance(block, Pairs):
                found += [label for label, _ in block.rows]
    return found


def _remedy_section(document: Document) -> tuple[str, tuple]:
    section = next(s for s in document.sections if s.title in REMEDY_TITLES.values())
    return section.title, section.blocks


def test_every_decided_demo_dossier_gets_a_plain_letter_and_no_other_does(
    demo_workspace: Workspace,
) -> None:
    letters = refused = with_claims = 0
    for dossier_id in _ids(demo_workspace):
        with demo_workspace.database.reads() as session:
            ((record, check),) = load_checked(session, demo_workspace.context("test"), [dossier_id])
        try:
            letter = _letter(demo_workspace, dossier_id)
        except DomainError as error:
            assert "ondertekenen" in str(error)
            assert not (check.versions and record.fields.status in DECIDED_STATUSES)
            refused += 1
            continue
        letters += 1
        signed = check.versions[-1]
        written = {
            signed.decision.motivation,
            check.proposal.citizen_text.strip(),
            deciding_body_name(record),
        }
        for sentence in program_sentences(letter, written):
            assert analyse(sentence).findings == (), sentence
        route = check.assessment.catalogue.route(check.assessment.assessment.route)
        assert route is not None
        assert _remedy_section(letter)[0] == REMEDY_TITLES[route.remedy]
        assert letter.header.reference == record.reference
        assert letter.attestation  # `maatwerkdesk verify` checks the letter too
        rules = next(
            b
            for s in letter.sections
            for b in s.blocks
            if isinstance(b, Pairs) and b.rows[0][0] == "Regel"
        )
        assert record.fields.regulation in rules.rows[0][1]
        assert rules.rows[1][1] == (deviation_ground(record.fields) or route.basis)
        sources = [b for s in letter.sections if s.title == "De regels" for b in s.blocks]
        cited = check.assessment.catalogue.citations(route.sources)
        assert Bullets(tuple(cited)) in sources
        facts = [b for s in letter.sections if s.title == "De feiten" for b in s.blocks]
        claims = [a for a in record.fields.facts.amounts if a.kind is AmountKind.CLAIM]
        assert [
            b.text for b in facts if getattr(b, "lead", "") == "Het bedrag waar het om gaat"
        ] == [f"{format_euros(a.euros)}, {period_text(a)}" for a in claims]
        with_claims += bool(claims)
    assert letters and refused and with_claims


def deciding_body_name(record) -> str:
    fields = record.fields
    return deciding_body(NO_SETTINGS, fields.regulation, fields.organisations).name


@pytest.mark.parametrize("remedy", Remedy)
def test_the_letter_follows_the_remedy_of_its_route(
    demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, remedy: Remedy
) -> None:
    dossier_id = _decided(demo_workspace)[0]
    with demo_workspace.database.reads() as session:
        ((record, check),) = load_checked(session, demo_workspace.context("test"), [dossier_id])
    route_id = check.assessment.assessment.route
    monkeypatch.setattr(catalogue_module, "LEGACY_REMEDIES", {route_id: remedy})
    _settings(
        demo_workspace,
        OrganisationSettings(asylum=AsylumAppeal("Rechtbank Den Haag", "Postbus 20302", 28)),
    )
    letter = _letter(demo_workspace, dossier_id)
    title, blocks = _remedy_section(letter)
    said = " ".join(b.text for b in blocks if isinstance(b, Text))
    assert title == REMEDY_TITLES[remedy]
    if remedy is Remedy.BEZWAAR:
        assert "zes weken" in said and "rechtbank" not in said
        assert ("Aan", deciding_body_name(record)) in next(
            b for b in blocks if isinstance(b, Pairs)
        ).rows
    else:
        assert "vier weken" in said and "Eerst bezwaar maken kan bij dit besluit niet" in said
        assert Pairs((("Aan", "Rechtbank Den Haag"), ("Adres", "Postbus 20302"))) in blocks


def test_the_settings_name_the_sender_and_the_body_that_decided(
    demo_workspace: Workspace,
) -> None:
    dossier_id = _decided(demo_workspace)[0]
    with demo_workspace.database.reads() as session:
        ((record, _),) = load_checked(session, demo_workspace.context("test"), [dossier_id])
    plain = _letter(demo_workspace, dossier_id)
    notes = [
        b
        for s in plain.sections
        for b in s.blocks
        if isinstance(b, Text) and b.tone is Tone.ATTENTION
    ]
    assert any("afzender" in n.text for n in notes)  # nothing set: said plainly
    regulation = record.fields.regulation
    _settings(
        demo_workspace,
        OrganisationSettings(
            name="Fictieve Organisatie",
            address="Postbus 1, 1000 AA Voorbeeld",
            phone="14 0000",
            bodies=(BodyRule("Het fictieve bestuursorgaan", "Postbus 2", (regulation,)),),
        ),
    )
    letter = _letter(demo_workspace, dossier_id)
    assert letter.header.organisation == "Fictieve Organisatie"
    _, blocks = _remedy_section(letter)
    assert Pairs((("Aan", "Het fictieve bestuursorgaan"), ("Adres", "Postbus 2"))) in blocks
    closing = next(s.blocks for s in letter.sections if s.title == "Vragen?")
    assert Text("Het fictieve bestuursorgaan") == closing[-1]
    assert Text("U kunt ons bellen op 14 0000.") in closing
    assert not any(
        "afzender" in b.text for s in letter.sections for b in s.blocks if isinstance(b, Text)
    )
    # The decision document's clause says the same.
    with demo_workspace.database.reads() as session:
        decision = document_export.load_decision_document(
            session,
            demo_workspace.context("test"),
            dossier_id,
            TODAY,
            config=demo_workspace.paths.config,
        )
    assert _remedy_section(decision) == _remedy_section(letter)


def test_a_broken_settings_file_stops_the_letter(demo_workspace: Workspace) -> None:
    dossier_id = _decided(demo_workspace)[0]
    settings_path(demo_workspace.paths.config).write_text("format = 1\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="format"):
        _letter(demo_workspace, dossier_id)


def _exports(workspace: Workspace) -> int:
    with workspace.database.reads() as session:
        query = (
            select(func.count())
            .select_from(AuditRow)
            .where(AuditRow.action == "E", AuditRow.name == document_export.EXPORT_LETTER)
        )
        return session.scalar(query) or 0


def test_the_export_is_audited_once_and_a_failed_write_not_at_all(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    dossier_id = _decided(demo_workspace)[0]
    context = demo_workspace.context("test")
    letter = _letter(demo_workspace, dossier_id)
    data = render_pdf(letter)
    with demo_workspace.database.sessions.begin() as session:
        document_export.write_export(
            session,
            context,
            tmp_path / "brief.pdf",
            data,
            [dossier_id],
            document_export.EXPORT_LETTER,
        )
    assert _exports(demo_workspace) == 1 and (tmp_path / "brief.pdf").read_bytes() == data
    with pytest.raises(DomainError), demo_workspace.database.sessions.begin() as session:
        document_export.write_export(
            session,
            context,
            tmp_path / "weg" / "brief.pdf",
            data,
            [dossier_id],
            document_export.EXPORT_LETTER,
        )
    assert _exports(demo_workspace) == 1


@needs_poppler
def test_hostile_text_in_the_settings_and_the_dossier_prints_as_typed(
    demo_workspace: Workspace,
) -> None:
    undecided = _registered_as_historic(demo_workspace)
    values = [v for v in hostile_strings() if _usable(v)]
    missing: list[str] = []
    for start in range(0, len(values), 40):
        chunk = (values[start : start + 6] + values[:6])[:6]
        with demo_workspace.database.reads() as session:
            ((record, _),) = load_checked(session, demo_workspace.context("test"), [undecided])
        _settings(
            demo_workspace,
            OrganisationSettings(
                name=chunk[0],
                address=chunk[1],
                phone=chunk[2],
                web=chunk[3],
                bodies=(BodyRule(chunk[4], chunk[5], (record.fields.regulation,)),),
            ),
        )
        letter = _letter(demo_workspace, undecided)
        data = render_pdf(letter)
        assert data.startswith(b"%PDF")
        missing += [t[:60] for t in unread(letter, data)]
    assert missing == []


def _registered_as_historic(workspace: Workspace) -> str:
    """An undecided demo dossier with a decision recorded, now registered as historic."""
    decided = _decided(workspace)
    for dossier_id in (i for i in _ids(workspace) if i not in decided):
        try:
            with workspace.database.sessions.begin() as session:
                register_historic(session, workspace.context("test"), dossier_id, "Fictief besluit")
        except DomainError:  # no decision recorded yet
            continue
        return dossier_id
    raise AssertionError("the demo always has an undecided dossier with a decision recorded")


def _usable(value: str) -> bool:
    """What the settings accept: the others are refused before a letter is made."""
    try:
        load_settings(settings_to_toml(OrganisationSettings(name=value.strip())))
    except SettingsError:
        return False
    return bool(value.strip())
