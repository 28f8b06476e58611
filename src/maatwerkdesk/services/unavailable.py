"""What to tell the user when the database cannot be opened: one sentence per cause, naming
what to do next (check the server or the URL, store the right password, ask the
functioneel beheerder). Passwords live in the operating system's keyring (infra/secrets.py)."""

from __future__ import annotations

from maatwerkdesk.domain.errors import (
    DatabaseUnavailableError,
    PasswordNeededError,
    ServerUnreachableError,
)
from maatwerkdesk.infra.secrets import SERVICE, database_account
from maatwerkdesk.persistence.connection import OpenError, Problem

SETUP = "docs/team-server.md"


def explained(problem: OpenError) -> DatabaseUnavailableError:
    if problem.problem is Problem.NEWER_SCHEMA:
        return DatabaseUnavailableError(
            f"Deze database is ingericht door een nieuwere versie van MaatwerkDesk (schema "
            f"{problem.detail}). Werk MaatwerkDesk bij om hem te openen."
        )
    if problem.problem is Problem.BAD_URL:
        return DatabaseUnavailableError(
            f"‘{problem.target}’ is geen database die MaatwerkDesk kan openen: geef een "
            "bestandspad (SQLite) of een adres als "
            "postgresql+psycopg://gebruiker@server:5432/database."
        )
    server = problem.server
    assert server is not None
    where = f"databaseserver {server.address}"
    account = database_account(server.user, server.host, server.port, server.database)
    store = f"bijvoorbeeld met: keyring set {SERVICE} {account}"
    sentences = {
        Problem.UNREACHABLE: f"De {where} is niet bereikbaar. Controleer of de server draait "
        "en of het adres klopt, of vraag de functioneel beheerder.",
        Problem.NO_PASSWORD: f"De {where} vraagt een wachtwoord voor ‘{server.user}’, maar er "
        f"is er geen bewaard. Bewaar het in de sleutelbos van het besturingssysteem, {store}",
        Problem.WRONG_PASSWORD: f"De {where} weigert het wachtwoord van ‘{server.user}’. "
        f"Bewaar het juiste wachtwoord in de sleutelbos van het besturingssysteem, {store}",
        Problem.NO_LOGIN: f"Op de {where} bestaat geen gebruiker ‘{server.user}’. Controleer "
        "de naam in het adres, of vraag de functioneel beheerder om een account.",
        Problem.NO_DATABASE: f"Op de {where} bestaat geen database ‘{server.database}’. "
        f"Controleer de naam in het adres, of laat de functioneel beheerder hem aanmaken ({SETUP}).",
        Problem.NO_RIGHTS: f"Gebruiker ‘{server.user}’ heeft op de {where} onvoldoende "
        f"rechten in database ‘{server.database}’. Vraag de functioneel beheerder om rechten, "
        f"of om de database eerst in te richten ({SETUP}).",
        Problem.REFUSED: f"De {where} weigert de verbinding ({problem.detail}). Vraag de "
        "functioneel beheerder om hulp.",
    }
    if problem.problem in (Problem.NO_PASSWORD, Problem.WRONG_PASSWORD):
        return PasswordNeededError(
            sentences[problem.problem],
            user=server.user,
            address=f"{server.address}/{server.database}",
            refused=problem.problem is Problem.WRONG_PASSWORD,
        )
    if problem.problem is Problem.UNREACHABLE:
        return ServerUnreachableError(sentences[problem.problem])
    return DatabaseUnavailableError(sentences[problem.problem])
