"""What a signed decision rests on is listed in four places; they name the same facts."""

from __future__ import annotations

import importlib
from dataclasses import fields

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.signed_record import DossierFacts
from maatwerkdesk.persistence import server_setup
from maatwerkdesk.services.dossiers import FROZEN_WHEN_SIGNED


def test_the_program_the_signature_and_the_server_freeze_the_same_facts() -> None:
    latest = importlib.import_module(
        "maatwerkdesk.persistence.migrations.versions.0014_deviation_article"
    )
    assert "deviation_article" in FROZEN_WHEN_SIGNED
    assert tuple(server_setup.FACTS.split(",")) == FROZEN_WHEN_SIGNED
    assert set(latest.FACTS) == set(FROZEN_WHEN_SIGNED)
    assert set(FROZEN_WHEN_SIGNED) <= {f.name for f in fields(DossierFields)}
    assert set(FROZEN_WHEN_SIGNED) == {f.name for f in fields(DossierFacts)} - {"reference"}
