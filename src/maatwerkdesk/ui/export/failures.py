"""Expected failures of an export, told as a warning that says what to do next."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.ui.dossier_editor.service_calls import ServiceCaller

log = logging.getLogger(__name__)


def tell_failure(calls: ServiceCaller, title: str, what: str, error: BaseException) -> None:
    """A DomainError or database error becomes a warning; anything else goes on to the
    crash dialog. `what` says what did not happen ("Het bestand is niet opgeslagen.")."""
    if isinstance(error, DomainError):
        calls.warn(title, str(error))
    elif isinstance(error, SQLAlchemyError):
        log.error("Export step failed in the database", exc_info=error)
        calls.warn(
            title,
            f"{what} De database gaf een fout; de details staan in het logbestand. "
            "Probeer het over een moment opnieuw.",
        )
    else:
        raise error


def in_transaction(
    calls: ServiceCaller, title: str, what: str, action: Callable[[Session], object]
) -> bool:
    """Run one audited step in its own transaction; False (after a warning) if it failed."""
    try:
        with calls.workspace.database.sessions.begin() as session:
            action(session)
    except (DomainError, SQLAlchemyError) as error:
        tell_failure(calls, title, what, error)
        return False
    return True
