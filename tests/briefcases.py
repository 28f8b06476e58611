"""A laptop's briefcase made the simplest honest way, in the shape `services/briefcase.py`
`make_briefcase` gives one: the reference data pulled from the team database, each leased
dossier exported there and imported here at the same ids, a `briefcase` row, and per
dossier a `briefcase_dossier` row whose `base` is the server's export and `base_revision`
its revision there, with the marks on both audit trails (services/sync_journal.py); the
leases are written on the server directly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from backends import TEST_KEY

from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.persistence.models import (
    BriefcaseDossierRow,
    BriefcaseRow,
    DossierRow,
    LeaseRow,
)
from maatwerkdesk.services import exchange
from maatwerkdesk.services.audit import chain_head
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.exchange import dossier_document
from maatwerkdesk.services.exchange_record import without_catalogue_texts
from maatwerkdesk.services.sync import pull_reference

LEASE = timedelta(days=14)
LOADER = Context(actor="koffer", origin="test")
"""Who fills the briefcase file (as the program does when it makes one: the system)."""


def make_briefcase(
    server: Database,
    path: Path,
    holder: Context,
    dossier_ids: Sequence[str],
    *,
    laptop: str = "laptop-1",
    server_name: str = "team",
    key: bytes = TEST_KEY,
) -> Database:
    """A briefcase at `path` (keyed with `key`) holding `dossier_ids`, leased on `server`
    to `holder`; `server_name` is the team database's address as the briefcase keeps it."""
    briefcase = open_database(path, key=key)
    pull_reference(server, briefcase, LOADER, lambda *_: None)
    with server.sessions.begin() as session:
        documents = {d: dossier_document(session, d) for d in dossier_ids}
        revisions = {d: session.get(DossierRow, d).revision for d in dossier_ids}  # type: ignore[union-attr]
        until = utc_now() + LEASE
        leases = {}
        for dossier_id in dossier_ids:
            lease = LeaseRow(
                dossier_id=dossier_id, holder_id=holder.user.id, laptop=laptop, until=until
            )
            session.add(lease)
            session.flush()
            leases[dossier_id] = lease.id
        server_head = chain_head(session)[0]
    with briefcase.sessions.begin() as session:
        exchange.import_documents(
            session, LOADER, [(f"dossier {n}", d) for n, d in enumerate(documents.values())]
        )
        session.flush()
        read_to = chain_head(session)[0]
        session.add(
            BriefcaseRow(
                id=1,
                server=server_name,
                laptop=laptop,
                holder_id=holder.user.id,
                login=holder.user.name,
            )
        )
        session.add_all(
            BriefcaseDossierRow(
                dossier_id=dossier_id,
                lease_id=leases[dossier_id],
                base=without_catalogue_texts(documents[dossier_id]),  # as a sync keeps it
                base_revision=revisions[dossier_id],
                until=until,
                server_seq=server_head,
                laptop_seq=read_to,
            )
            for dossier_id in dossier_ids
        )
    return briefcase
