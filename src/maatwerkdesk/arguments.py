"""The command line, parsed without importing anything heavy (start-up time matters)."""

from __future__ import annotations

import argparse
from pathlib import Path

from maatwerkdesk import APP_NAME, __version__

DESCRIPTION = (
    f"{APP_NAME}: maatwerkbesluiten vastleggen, toetsen en motiveren. "
    "Zonder opdracht opent het programma het bureaubladvenster."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="maatwerkdesk", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL|PAD",
        help="database: een bestandspad (SQLite) of een SQLAlchemy-URL; "
        "standaard het bestand in de gebruikersmap",
    )
    parser.add_argument(
        "--profile",
        metavar="MAP",
        type=Path,
        help="bewaar database, instellingen en logboek in deze map in plaats van de gebruikersmappen",
    )
    parser.add_argument("--verbose", action="store_true", help="uitgebreider logboek")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="vul een lege database bij de eerste start met fictieve voorbeelddossiers",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="OPDRACHT")

    demo = verbs.add_parser(
        "demo",
        help="vul de database met fictieve voorbeelddossiers",
        description="Voegt fictieve, gevarieerde voorbeelddossiers toe. Alle namen en nummers zijn verzonnen.",
    )
    demo.add_argument(
        "--cases", type=int, default=40, metavar="N", help="aantal dossiers (standaard 40)"
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="vaste startwaarde, voor herhaalbare demo's",
    )

    listing = verbs.add_parser(
        "list",
        help="toon de dossiers",
        description="Toont kenmerk, titel, status en eigenaar van de dossiers.",
    )
    listing.add_argument(
        "--status",
        metavar="S",
        help="alleen dossiers met deze status: intake, analyse, ter_bespreking, besloten, afgesloten",
    )
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")

    importing = verbs.add_parser(
        "import",
        help="importeer dossiers uit JSON-bestanden (formaat maatwerkdesk/1)",
        description="Importeert dossiers uit een of meer bestanden in het uitwisselingsformaat "
        "maatwerkdesk/1 (docs/exchange-format.md). Alles of niets: bij een fout wordt niets "
        "geïmporteerd en noemt de melding bestand en veld. Een dossier dat al bestaat, wordt "
        "nooit overschreven.",
    )
    importing.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="BESTAND",
        help="JSON-bestand in UTF-8, maximaal 20 MB per bestand",
    )

    exporting = verbs.add_parser(
        "export",
        help="exporteer één dossier",
        description="Exporteert één dossier als JSON (formaat maatwerkdesk/1), met tijdlijn en "
        "de gegevens van de bijlagen (niet de bestanden zelf). De export wordt vastgelegd in "
        "het auditlogboek.",
    )
    exporting.add_argument(
        "case", metavar="KENMERK", help="het dossierkenmerk, bijvoorbeeld MW-2026-00012"
    )
    exporting.add_argument(
        "--json",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="doelbestand; een bestaand bestand wordt in één keer vervangen",
    )
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
