"""What to tell the user when the database cannot be opened: one sentence per cause, naming
what to do next (check the server or the URL, store the right password, ask the
functioneel beheerder). Passwords live in the operating system's keyring (infra/secrets.py)."""

from __future__ import annotations

from maatwerkdesk.domain.errors import (
    DatabaseUnavailableError,
    PasswordNeededError,
    ServerUnreachableError,
)
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.infra.secrets import SERVICE, database_account
from maatwerkdesk.persistence.connection import OpenError, Problem

SETUP = "docs/team-server.md"

SENTENCES = {
    Problem.UNREACHABLE: said(
        "unavailable",
        "De databaseserver {address} is niet bereikbaar. Controleer of de server draait en of "
        "het adres klopt, of vraag de functioneel beheerder.",
    ),
    Problem.NO_PASSWORD: said(
        "unavailable",
        "De databaseserver {address} vraagt een wachtwoord voor ‘{user}’, maar er is er geen "
        "bewaard. Bewaar het in de sleutelbos van het besturingssysteem, bijvoorbeeld met: "
        "keyring set {service} {account}",
    ),
    Problem.WRONG_PASSWORD: said(
        "unavailable",
        "De databaseserver {address} weigert het wachtwoord van ‘{user}’. Bewaar het juiste "
        "wachtwoord in de sleutelbos van het besturingssysteem, bijvoorbeeld met: keyring set "
        "{service} {account}",
    ),
    Problem.NO_LOGIN: said(
        "unavailable",
        "Op de databaseserver {address} bestaat geen gebruiker ‘{user}’. Controleer de naam in "
        "het adres, of vraag de functioneel beheerder om een account.",
    ),
    Problem.NO_DATABASE: said(
        "unavailable",
        "Op de databaseserver {address} bestaat geen database ‘{database}’. Controleer de naam "
        "in het adres, of laat de functioneel beheerder hem aanmaken ({setup}).",
    ),
    Problem.NO_RIGHTS: said(
        "unavailable",
        "Gebruiker ‘{user}’ heeft op de databaseserver {address} onvoldoende rechten in "
        "database ‘{database}’. Vraag de functioneel beheerder om rechten, of om de database "
        "eerst in te richten ({setup}).",
    ),
    Problem.REFUSED: said(
        "unavailable",
        "De databaseserver {address} weigert de verbinding ({detail}). Vraag de functioneel "
        "beheerder om hulp.",
    ),
}
"""A server's problems, as told: each template takes the fields it names of `address`,
`user`, `database`, `service`, `account`, `setup` and `detail`."""


def explained(problem: OpenError) -> DatabaseUnavailableError:
    if problem.problem is Problem.NEWER_SCHEMA:
        return DatabaseUnavailableError(
            said(
                "unavailable",
                "Deze database is ingericht door een nieuwere versie van MaatwerkDesk (schema "
                "{schema}). Werk MaatwerkDesk bij om hem te openen.",
            ).format(schema=problem.detail)
        )
    if problem.problem is Problem.BAD_URL:
        return DatabaseUnavailableError(
            said(
                "unavailable",
                "‘{target}’ is geen database die MaatwerkDesk kan openen: geef een bestandspad "
                "(SQLite) of een adres als postgresql+psycopg://gebruiker@server:5432/database.",
            ).format(target=problem.target)
        )
    server = problem.server
    assert server is not None
    account = database_account(server.user, server.host, server.port, server.database)
    values = {
        "address": server.address,
        "user": server.user,
        "database": server.database,
        "service": SERVICE,
        "account": account,
        "setup": SETUP,
        "detail": problem.detail,
    }
    sentence = SENTENCES[problem.problem].format(**values)
    if problem.problem in (Problem.NO_PASSWORD, Problem.WRONG_PASSWORD):
        place = f"{server.address}/{server.database}"  # as the prompt names it, no sentence
        return PasswordNeededError(
            sentence,
            user=server.user,
            address=place,
            refused=problem.problem is Problem.WRONG_PASSWORD,
        )
    if problem.problem is Problem.UNREACHABLE:
        return ServerUnreachableError(sentence)
    return DatabaseUnavailableError(sentence)
