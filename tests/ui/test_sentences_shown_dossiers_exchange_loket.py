"""The sentences of the dossier, exchange, catalogue and loket services reach an English
window in English: a refusal told by a window, one that names vocabulary labels, and ones
that hold another sentence or a count (docs/translations.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from editor_fakes import FakeDialogs
from PySide6.QtWidgets import QApplication

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.loket import MINIMAL, Basis, FieldGroup, Ground
from maatwerkdesk.services import dossiers, loket, loket_export
from maatwerkdesk.services.catalogue_usage import Pins
from maatwerkdesk.services.document_export import write_file
from maatwerkdesk.services.dossier_apply import dossier_entry
from maatwerkdesk.services.loket import SharingRequest
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_error, shown_sentence

TASK = Basis(Ground.PUBLIC_TASK, provision="art. 7 Participatiewet")


def refusal(act: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as refused:
        act()
    return refused.value


def summary_beyond_sharing(workspace: Workspace) -> DomainError:
    """The refusal of a summary of more than its sharing covered: the amounts and the
    decision."""
    context = workspace.context("test")
    fields = DossierFields(title="Fictief: terugvordering", regulation="Participatiewet")
    with workspace.writing() as session:
        dossier_id = dossiers.create_dossier(session, context, fields).id
        request = SharingRequest("uwv", TASK, MINIMAL)
        sharing_id = loket.share_data(session, context, dossier_id, request).id
    wanted = MINIMAL | {FieldGroup.AMOUNTS, FieldGroup.DECISION}
    with workspace.reading() as session:
        return refusal(
            lambda: loket_export.summary_document(
                session, context, dossier_id, sharing_id, groups=wanted
            )
        )


def test_a_refusal_a_window_tells_is_in_english(workspace: Workspace, english: None) -> None:
    dialogs = FakeDialogs()
    calls = ServiceCaller(None, workspace, lambda: dialogs)  # type: ignore[arg-type]
    context = workspace.context("test")
    assert calls.run("Dossier", lambda s: dossiers.open_dossier(s, context, "weg")) is None
    assert dialogs.informed[-1][1] == (
        "This dossier does not (or no longer) exist. Refresh the list and try again."
    )


def test_the_groups_a_sharing_lacks_are_named_in_english(
    workspace: Workspace, english: None
) -> None:
    assert shown_error(summary_beyond_sharing(workspace)) == (
        "This sharing does not cover: amounts and the decision. The legal basis covers only "
        "what was chosen when sharing; record a new sharing if that data must go along too."
    )


def test_counts_and_a_sentence_within_a_sentence_are_shown_in_english(
    tmp_path: Path, english: None
) -> None:
    pins = Pins(assessments=3, signed_decisions=1, precedents=2)
    assert shown_sentence(pins.described()) == (
        "3 assessments, 1 signed decision and 2 imported precedents"
    )
    assert shown_error(refusal(lambda: dossier_entry({"dossiers": []}))) == (
        "synchronisation: the document does not hold exactly one dossier."
    )
    assert shown_error(refusal(lambda: write_file(tmp_path, b""))) == (
        f"{tmp_path} is a folder; give a file name."
    )


def test_the_dutch_stays_as_it_was(workspace: Workspace, qapp: QApplication) -> None:
    error = summary_beyond_sharing(workspace)
    assert (
        shown_error(error)
        == str(error)
        == (
            "Deze deling omvat niet: bedragen en het besluit. De grondslag dekt alleen wat bij "
            "het delen is gekozen; leg een nieuwe deling vast als die gegevens ook mee moeten."
        )
    )
    pins = Pins(assessments=3, signed_decisions=1, precedents=2)
    assert (
        pins.described() == "3 beoordelingen, 1 ondertekend besluit en 2 geïmporteerde precedenten"
    )
    assert str(refusal(lambda: dossier_entry({"dossiers": []}))) == (
        "synchronisatie: het document bevat niet precies één dossier."
    )
