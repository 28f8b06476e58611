"""The command line, parsed without importing anything heavy (start-up time matters)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from maatwerkdesk import APP_NAME, __version__
from maatwerkdesk.dutch_argparse import DutchArgumentParser, calendar_date, whole_number

DESCRIPTION = (
    f"{APP_NAME}: maatwerkbesluiten vastleggen, toetsen en motiveren. "
    "Zonder opdracht opent het programma het bureaubladvenster."
)


DESKTOP_FLAGS = frozenset({"--verbose", "--demo", "--create", "--quit-when-started"})
DESKTOP_VALUES = frozenset({"--db", "--profile"})
"""The options of a desktop start: those with a value, and those without."""


def _global_parser() -> argparse.ArgumentParser:
    """The parser of the options that come before a verb, or without one."""
    parser = DutchArgumentParser(prog="maatwerkdesk", description=DESCRIPTION)
    parser._positionals.title = "opdrachten"
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--db",
        metavar="URL|PAD",
        help="database: een bestandspad (SQLite) of een SQLAlchemy-URL; "
        "standaard het bestand in de gebruikersmap",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="maak met --db PAD een nieuwe, lege database als daar nog geen bestand staat; "
        "zonder --create weigert het programma een pad waar niets staat (een tikfout)",
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
    parser.add_argument(
        "--quit-when-started",
        action="store_true",
        help="sluit het programma weer af (met code 0) zodra het helemaal is gestart: om te "
        "controleren of een installatie werkt",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    verbs = parser.add_subparsers(dest="verb", metavar="OPDRACHT")

    demo = verbs.add_parser(
        "demo",
        help="vul de database met fictieve voorbeelddossiers",
        description="Voegt fictieve, gevarieerde voorbeelddossiers toe. Alle namen en nummers zijn verzonnen.",
    )
    demo.add_argument(
        "--cases", type=whole_number, default=40, metavar="N", help="aantal dossiers (standaard 40)"
    )
    demo.add_argument(
        "--seed",
        type=whole_number,
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
        help="importeer dossiers uit JSON-bestanden (formaat maatwerkdesk/3, /2 of /1)",
        description="Importeert dossiers uit een of meer bestanden in het uitwisselingsformaat "
        "maatwerkdesk/3, /2 of /1 (docs/exchange-format.md), met alles wat erachter "
        "ligt: toetsing, factoren, beslissing, weging, voorstel, overleg en ondertekende "
        "versies. Elke handtekening wordt gecontroleerd. Alles of niets: bij een fout wordt "
        "niets geïmporteerd en noemt de melding bestand en veld. Een dossier dat al bestaat, "
        "wordt nooit overschreven.",
    )
    _add_json_files(importing)

    exporting = verbs.add_parser(
        "export",
        help="exporteer één dossier als JSON, als PDF of als besluitbrief",
        description="Exporteert één dossier: als JSON (formaat maatwerkdesk/3), volledig: "
        "tijdlijn, de gegevens van de bijlagen (niet de bestanden zelf), toetsing, factoren, "
        "beslissing, weging, voorstel, overleg en elke ondertekende versie met handtekening; "
        "als PDF met het gemotiveerde besluit of voorstel; of, als het besluit is ondertekend, "
        "als besluitbrief aan de burger (PDF) met de organisatiegegevens van dit profiel. De "
        "export wordt vastgelegd in het auditlogboek.",
    )
    exporting.add_argument(
        "case", metavar="KENMERK", help="het dossierkenmerk, bijvoorbeeld MW-2026-00012"
    )
    target = exporting.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--json",
        type=Path,
        metavar="BESTAND",
        help="JSON-bestand; een bestaand bestand wordt in één keer vervangen",
    )
    target.add_argument(
        "--pdf",
        type=Path,
        metavar="BESTAND",
        help="PDF met het gemotiveerde besluit; een bestaand bestand wordt in één keer vervangen",
    )
    target.add_argument(
        "--letter",
        type=Path,
        metavar="BESTAND",
        help="PDF met de besluitbrief aan de burger (alleen bij een ondertekend besluit); een "
        "bestaand bestand wordt in één keer vervangen",
    )
    exporting.add_argument(
        "--pseudonymised",
        action="store_true",
        help="(met --pdf) naam, BSN, adres en geboortedatum vervangen door rollen, voor het "
        "casuïstiekoverleg",
    )

    pack = verbs.add_parser(
        "export-pack",
        help="vergaderstukken: agenda en een samenvatting per dossier, als PDF",
        description="Maakt de vergaderstukken voor het casuïstiekoverleg: een agenda en per "
        "dossier een samenvatting, in de volgorde waarin de kenmerken zijn opgegeven. De "
        "export wordt per dossier vastgelegd in het auditlogboek.",
    )
    pack.add_argument(
        "cases", nargs="+", metavar="KENMERK", help="de dossierkenmerken, in agendavolgorde"
    )
    pack.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="doelbestand; een bestaand bestand wordt in één keer vervangen",
    )
    pack.add_argument(
        "--pseudonymised",
        action="store_true",
        help="naam, BSN, adres en geboortedatum vervangen door rollen",
    )

    listed_meetings = verbs.add_parser(
        "meetings",
        help="toon de casuïstiekoverleggen",
        description="Toont per casuïstiekoverleg kenmerk, datum, voorzitter, het aantal "
        "dossiers op de agenda en of het gepland of gehouden is; het nieuwste eerst.",
    )
    listed_meetings.add_argument("--json", action="store_true", help="uitvoer als JSON")

    group = verbs.add_parser(
        "group",
        help="toon groepsdossiers: één knelpunt, één groepsbesluit, elk lid gecontroleerd",
        description="Een groep bundelt dossiers met hetzelfde knelpunt. Het groepsbesluit geldt "
        "voor een lid pas na de individuele controle van dat lid.",
    )
    group_verbs = group.add_subparsers(dest="group_verb", metavar="ACTIE", required=True)
    group_list = group_verbs.add_parser(
        "list",
        help="toon de groepen",
        description="Toont per groep kenmerk, titel, regeling, het groepsbesluit en hoeveel "
        "leden er zijn; de nieuwste eerst.",
    )
    group_list.add_argument("--json", action="store_true", help="uitvoer als JSON")
    group_show = group_verbs.add_parser(
        "show",
        help="toon één groep met haar leden en de stand van hun controle",
        description="Toont het gedeelde knelpunt, het groepsbesluit en per lid het "
        "dossierkenmerk, de titel en de stand van de individuele controle.",
    )
    group_show.add_argument(
        "group", metavar="KENMERK", help="het groepskenmerk, bijv. GR-2026-0001"
    )
    group_show.add_argument("--json", action="store_true", help="uitvoer als JSON")

    signals = verbs.add_parser(
        "signals",
        help="toon de knelpuntsignalen, of maak het overzicht voor de knelpuntenbrief",
        description="Toont per knelpuntsignaal kenmerk, status, soort, regel, eigenaar en "
        "titel, met het aantal per status; het nieuwste eerst.",
    )
    signals.add_argument("--json", action="store_true", help="uitvoer als JSON")
    signals.add_argument(
        "--at",
        type=whole_number,
        default=None,
        metavar="N",
        help="vanaf hoeveel dossiers een patroon een voorstel wordt (minstens 2; standaard "
        "wat de organisatiegegevens zeggen, anders 3)",
    )
    signal_verbs = signals.add_subparsers(dest="signals_verb", metavar="ACTIE")
    report = signal_verbs.add_parser(
        "report",
        help="het geanonimiseerde overzicht van de signalen als PDF of CSV",
        description="Maakt het overzicht voor de periodieke knelpuntenbrief: per signaal de "
        "soort, de regel, de eigenaar, de status met data, het antwoord en op hoeveel "
        "dossiers het berust, zonder dossiers of personen te noemen. De export wordt per "
        "signaal vastgelegd in het auditlogboek.",
    )
    report_target = report.add_mutually_exclusive_group(required=True)
    report_target.add_argument(
        "--pdf", type=Path, metavar="BESTAND", help="als PDF naar dit bestand"
    )
    report_target.add_argument(
        "--csv", type=Path, metavar="BESTAND", help="als CSV (met ; gescheiden) naar dit bestand"
    )
    report.add_argument(
        "--from",
        dest="since",
        type=calendar_date,
        metavar="DATUM",
        help="alleen signalen geschreven op of na deze dag",
    )
    report.add_argument(
        "--to",
        dest="until",
        type=calendar_date,
        metavar="DATUM",
        help="alleen signalen geschreven op of voor deze dag",
    )
    _add_loket(verbs)

    minutes = verbs.add_parser(
        "export-minutes",
        help="het verslag van een casuïstiekoverleg als PDF",
        description="Maakt het verslag van een casuïstiekoverleg: agenda, aanwezigheid en per "
        "dossier het advies, het besluit met de ondertekening en de afspraken, voor zover "
        "vastgelegd. De export wordt per dossier op de agenda vastgelegd in het auditlogboek.",
    )
    minutes.add_argument(
        "meeting", metavar="OVERLEG", help="het kenmerk van het overleg, bijvoorbeeld CO-2026-001"
    )
    minutes.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="doelbestand; een bestaand bestand wordt in één keer vervangen",
    )

    assess = verbs.add_parser(
        "assess",
        help="toon de toets van één dossier: route, precedenten, evenredigheid, indicatoren",
        description="Toont wat de toets in het programma laat zien: de gekozen route en of "
        "langs die route kan worden afgeweken, wat eerdere beslissingen zeggen over afwijken "
        "van de regel en over de algemene regel toepassen, de evenredigheid van de algemene "
        "regel en de willekeur-indicatoren. Het lezen wordt vastgelegd in het auditlogboek.",
    )
    assess.add_argument(
        "case", metavar="KENMERK", help="het dossierkenmerk, bijvoorbeeld MW-2026-00012"
    )
    assess.add_argument(
        "--json", action="store_true", help="uitvoer als JSON (zie docs/assess-output.md)"
    )
    assess.add_argument(
        "--outcome",
        choices=("deviate", "generic"),
        help="beoordeel de indicatoren voor deze uitkomst (deviate: afwijken van de regel; "
        "generic: de algemene regel toepassen) "
        "zolang er nog geen beslissing is vastgelegd",
    )

    catalogue = verbs.add_parser(
        "catalogue",
        help="controleer, installeer, toon of verwijder catalogi van routes en factoren",
        description="Catalogi (TOML) beschrijven de afwijkingsroutes met hun criteria, en de "
        "factoren voor het vergelijken met eerdere beslissingen. Zie docs/catalogues.md voor "
        "het formaat.",
    )
    catalogue_verbs = catalogue.add_subparsers(
        dest="catalogue_verb", metavar="ACTIE", required=True
    )
    validate = catalogue_verbs.add_parser(
        "validate",
        help="controleer een catalogusbestand",
        description="Controleert een catalogusbestand en noemt elk probleem met regel en sleutel. "
        "Verandert niets.",
    )
    validate.add_argument("file", type=Path, metavar="BESTAND", help="catalogus in TOML")
    add = catalogue_verbs.add_parser(
        "add",
        help="installeer een extra catalogus voor deze database",
        description="Controleert het bestand en installeert het voor deze database. Een nieuwere "
        "versie van een bestaande catalogus wordt aangeboden bij het opnieuw beoordelen van "
        "dossiers; een bestaande versie kan niet worden overschreven.",
    )
    add.add_argument("file", type=Path, metavar="BESTAND", help="catalogus in TOML")
    listed = catalogue_verbs.add_parser(
        "list",
        help="toon de geïnstalleerde catalogusversies",
        description="Toont iedere catalogusversie in deze database: id, versie, soort, geldig "
        "vanaf, of die is meegeleverd of toegevoegd, en hoeveel beoordelingen, factorlijsten, "
        "beslissingen, ondertekende besluiten en precedenten erop rusten. Een opgeslagen versie "
        "die niet meer te lezen is, staat erbij met de reden; het programma slaat die over.",
    )
    listed.add_argument("--json", action="store_true", help="uitvoer als JSON")
    remove = catalogue_verbs.add_parser(
        "remove",
        help="verwijder een toegevoegde catalogusversie waarop niets rust",
        description="Verwijdert een toegevoegde catalogusversie uit deze database. Dat wordt "
        "geweigerd zolang een beoordeling, factorlijst, beslissing, ondertekend besluit of "
        "precedent op die versie rust, en voor versies die met het programma worden "
        "meegeleverd. Het verwijderen wordt vastgelegd in het auditlogboek.",
    )
    remove.add_argument(
        "id", metavar="ID", help="de catalogus-id, bijvoorbeeld nl.gemeente-voorbeeld.routes"
    )
    remove.add_argument("version", metavar="VERSIE", help="de versie, bijvoorbeeld 2026.2")

    precedents = verbs.add_parser(
        "precedents",
        help="importeer geanonimiseerde precedenten van andere organisaties",
        description="Precedenten van elders: geanonimiseerde beslissingen van andere "
        "organisaties, in het formaat maatwerkdesk-precedents/1 (docs/precedent-exchange.md). "
        "Ze tellen mee bij het vergelijken met eerdere beslissingen.",
    )
    precedent_verbs = precedents.add_subparsers(
        dest="precedents_verb", metavar="ACTIE", required=True
    )
    import_precedents = precedent_verbs.add_parser(
        "import",
        help="importeer precedenten uit JSON-bestanden",
        description="Controleert ieder precedent tegen de factorcatalogus die het noemt en "
        "importeert dan alles of niets: bij een fout wordt niets geïmporteerd en noemt de "
        "melding bestand en veld. Een precedent dat er al is met dezelfde inhoud, wordt "
        "overgeslagen; met een andere inhoud wordt het geweigerd.",
    )
    _add_json_files(import_precedents)

    people = verbs.add_parser(
        "users",
        help="toon de gebruikers of voeg er een toe, met hun rol",
        description="De mensen die met het programma werken en hun rol in het "
        "casuïstiekoverleg. De rol bepaalt wat iemand mag. De opdrachtregel mag gebruikers "
        "beheren zoals een functioneel beheerder.",
    )
    people_verbs = people.add_subparsers(dest="users_verb", metavar="ACTIE", required=True)
    list_people = people_verbs.add_parser(
        "list",
        help="toon de gebruikers",
        description="Toont naam, rol, discipline en of de gebruiker actief is; ook "
        "gebruikers die niet meer actief zijn.",
    )
    list_people.add_argument("--json", action="store_true", help="uitvoer als JSON")
    add_person = people_verbs.add_parser(
        "add",
        help="voeg een gebruiker toe",
        description="Voegt een gebruiker toe met een of meer rollen en zo nodig een "
        "discipline. Een lid van het overleg heeft altijd een discipline. Op een teamdatabase "
        "voegt u mensen toe met 'maatwerkdesk server add-user': dan krijgen ze ook hun login.",
    )
    add_person.add_argument(
        "name", metavar="NAAM", help="de volledige naam, bijvoorbeeld 'Anouk Verhoef'"
    )
    _add_roles(add_person)
    people_verbs.add_parser(
        "keys",
        help="toon de ondertekeningssleutels van de voorzitters",
        description="Toont per sleutel de voorzitter, de vingerafdruk en de stand: wacht op "
        "registratie, geregistreerd, ingetrokken of meegekomen met een import.",
    )
    register = people_verbs.add_parser(
        "register-key",
        help="registreer de ondertekeningssleutel van een voorzitter",
        description="Registreert een nieuwe sleutel die een voorzitter heeft aangemaakt. Doe "
        "dit alleen nadat u de vingerafdruk met de voorzitter zelf hebt vergeleken (laat hem "
        "voorlezen). Een eerder geregistreerde sleutel van die voorzitter wordt ingetrokken; "
        "wat daarmee is ondertekend, blijft geldig.",
    )
    register.add_argument(
        "fingerprint",
        metavar="VINGERAFDRUK",
        help="de vingerafdruk zoals de voorzitter die voorleest (minstens 16 tekens)",
    )
    _add_discipline(add_person)

    verify = verbs.add_parser(
        "verify",
        help="controleer de handtekening van een besluit in een bestand",
        description="Controleert elk ondertekend besluit in een JSON-export (formaat "
        "maatwerkdesk/2 of /3) of in een besluit-PDF van MaatwerkDesk, zonder database: of de inhoud "
        "nog is wat de voorzitter ondertekende. Noemt per versie wie ondertekende, wanneer, met "
        "welke sleutel (vergelijk de vingerafdruk met die van de voorzitter) en wat er besloten "
        "is. Eindigt met code 2 als een handtekening niet klopt.",
    )
    verify.add_argument("file", type=Path, metavar="BESTAND", help="JSON-export of besluit-PDF")

    audit = verbs.add_parser(
        "audit",
        help="controleer het auditlogboek",
        description="Het auditlogboek legt elke inzage, wijziging, export en geweigerde poging "
        "vast. Elk record draagt de hash van het record ervoor, zodat een wijziging buiten het "
        "programma om zichtbaar wordt.",
    )
    audit_verbs = audit.add_subparsers(dest="audit_verb", metavar="ACTIE", required=True)
    audit_verify = audit_verbs.add_parser(
        "verify",
        help="controleer of het logboek ongeschonden is",
        description="Loopt de hele keten na. Eindigt met code 0 als het logboek intact is en "
        "met code 2 als een record is gewijzigd, verwijderd of tussengevoegd; de melding noemt "
        "het eerste record waar de keten breekt. Controleert daarna elk vastgelegd besluit "
        "(handtekening, historische versie, en wat ervan in het dossier staat) en noemt de "
        "dossiers die buiten het programma zijn gewijzigd. Noteer de laatste hash: met "
        "--expect controleert u later dat dat record nog bestaat zoals het was.",
    )
    integrity = verbs.add_parser(
        "integrity",
        help="beoordeel een dossier waarvan het besluit buiten het programma is gewijzigd",
        description="Een dossier waarvan het vastgelegde besluit buiten het programma is "
        "gewijzigd, is alleen-lezen. De functioneel beheerder onderzoekt het en geeft het "
        "vrij: versies die niet kloppen worden ongeldig verklaard, wat de geldige handtekening "
        "vastlegde wordt teruggezet, en zonder geldige versie gaat het dossier terug naar "
        "'Ter bespreking'. 'maatwerkdesk audit verify' noemt zulke dossiers.",
    )
    integrity_verbs = integrity.add_subparsers(
        dest="integrity_verb", metavar="ACTIE", required=True
    )
    resolve = integrity_verbs.add_parser(
        "resolve",
        help="geef een gewijzigd dossier vrij, met de reden",
        description="Verklaart de versies die niet kloppen ongeldig en geeft het dossier "
        "vrij. De reden wordt bewaard en vastgelegd in het auditlogboek.",
    )
    resolve.add_argument("case", metavar="KENMERK", help="het dossierkenmerk")
    resolve.add_argument(
        "--reason", required=True, metavar="TEKST", help="wat u hebt onderzocht en besloten"
    )
    key = verbs.add_parser(
        "key",
        help="wissel of herstel de sleutel van de versleutelde database",
        description="De database en de bijlagen op deze computer zijn versleuteld; de sleutel "
        "staat in de sleutelbos van het besturingssysteem. Zie docs/security.md.",
    )
    key_verbs = key.add_subparsers(dest="key_verb", metavar="ACTIE", required=True)
    key_verbs.add_parser(
        "rotate",
        help="geef de database (en de bijlagen) een nieuwe sleutel",
        description="Versleutelt de database met een nieuwe sleutel, en de bijlagen van dit "
        "profiel mee, en toont de nieuwe herstelsleutel; de oude herstelsleutel werkt daarna "
        "niet meer. Sluit MaatwerkDesk eerst af.",
    )
    key_verbs.add_parser(
        "recover",
        help="zet de sleutel terug in de sleutelbos met de herstelsleutel",
        description="Vraagt de herstelsleutel die bij het instellen (of de laatste "
        "sleutelwissel) werd getoond, controleert die tegen het databasebestand en bewaart de "
        "sleutel weer in de sleutelbos. Het bestand zelf verandert niet.",
    )
    audit_verify.add_argument(
        "--expect",
        metavar="NR:HASH",
        help="een eerder genoteerd record (volgnummer en hash) dat er nog moet zijn",
    )
    verbs.add_parser(
        "sync",
        help="synchroniseer de koffer van deze laptop met de teamdatabase",
        description="Brengt de wijzigingen in de meegenomen dossiers naar de teamdatabase, "
        "haalt op wat daar veranderde, geeft teruggegeven dossiers terug en legt elk conflict "
        "vast (docs/briefcase.md). De teamdatabase komt uit --db, of is die waaruit de koffer "
        "werd gemaakt. Afbreken kan altijd: de volgende keer maakt het af.",
    )
    _add_server(verbs)
    return parser


def _add_server(verbs: Any) -> None:
    server = verbs.add_parser(
        "server",
        help="richt een teamdatabase op een PostgreSQL-server in en beheer hem",
        description="Een teamdatabase op PostgreSQL (docs/team-server.md): inrichten, mensen "
        "toevoegen met hun login en rollen, en zien wie er verbonden is. Inrichten en mensen "
        "toevoegen doet de eigenaar van de database.",
    )
    server_verbs = server.add_subparsers(dest="server_verb", metavar="ACTIE", required=True)
    init = server_verbs.add_parser(
        "init",
        help="maak of werk het schema bij, met de rollen en hun rechten",
        description="Maakt het schema in een lege database of werkt het bij, maakt per rol "
        "van MaatwerkDesk een groepsrol op de server (maatwerkdesk_behandelaar, …) en geeft "
        "elke rol precies zijn rechten. Opnieuw uitvoeren kan altijd; doe het na elke "
        "update van MaatwerkDesk. De login in het adres is de eigenaar van de database en "
        "mag rollen aanmaken (CREATEROLE).",
    )
    init.add_argument("url", metavar="ADRES", help=SERVER_URL)
    add = server_verbs.add_parser(
        "add-user",
        help="voeg iemand toe: een login op de server met rollen, en de gebruiker erbij",
        description="Maakt de login (of gebruikt een bestaande), maakt die lid van de "
        "groepsrollen van de gekozen rollen en alleen daarvan, en legt de gebruiker vast die "
        "bij de login hoort. Voor iemand die er al is, worden rollen en discipline opnieuw "
        "gezet. Een wachtwoord zet het programma niet: zie docs/team-server.md. De database "
        "komt uit --db.",
    )
    add.add_argument("name", metavar="NAAM", help="de volledige naam, bijvoorbeeld 'Anouk Verhoef'")
    _add_roles(add)
    add.add_argument(
        "--login",
        metavar="LOGIN",
        help="de login op de server; standaard de naam in kleine letters, bijvoorbeeld "
        "anouk_verhoef",
    )
    _add_discipline(add)
    status = server_verbs.add_parser(
        "status",
        help="toon schemaversie, gebruikers en verbindingen",
        description="Toont de versie van het schema, de gebruikers (naam, login, rollen) en "
        "de verbindingen van MaatwerkDesk met de database op dit moment.",
    )
    status.add_argument("url", metavar="ADRES", help=SERVER_URL)


SERVER_URL = "de teamdatabase, bijvoorbeeld postgresql+psycopg://eigenaar@server:5432/maatwerk"


def _add_roles(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--role",
        dest="roles",
        action="append",
        required=True,
        metavar="ROL",
        help="behandelaar, voorzitter, lid, secretaris, lezer of functioneel_beheerder; "
        "herhaal --role voor wie meer rollen heeft",
    )


def _add_discipline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--discipline",
        metavar="DISCIPLINE",
        help="verplicht voor een lid: juridisch, inkomen, schulden, zorg_medisch, wijkteam, "
        "beleid of overig",
    )


def _add_json_files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="BESTAND",
        help="JSON-bestand in UTF-8, maximaal 20 MB per bestand",
    )


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    args = sys.argv[1:] if argv is None else argv
    if _opens_the_desktop(args):
        # The verbs' parsers, most of the whole, are not needed: the window opens sooner.
        parser = _global_parser()
        parser.set_defaults(verb=None)
        return parser.parse_args(args)
    return build_parser().parse_args(args)


def _opens_the_desktop(args: list[str]) -> bool:
    """Whether `args` hold only the options of a desktop start, each spelled out in full
    with its value: no verb, no help, no version, nothing argparse must judge."""
    given = iter(args)
    for arg in given:
        name, has_value, value = arg.partition("=")
        if name in DESKTOP_VALUES:
            if (value if has_value else next(given, "-")).startswith("-"):
                return False
        elif arg not in DESKTOP_FLAGS:
            return False
    return True


def _add_loket(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    loket = verbs.add_parser(
        "loket",
        help="het loket: organisaties, verwijzingen, toestemming en delen van gegevens",
        description="Toont en legt vast met welke organisaties een dossier te maken heeft, "
        "waarheen het is verwezen, waarvoor de betrokkene toestemming gaf en wat met wie is "
        "gedeeld op welke grondslag (art. 6 AVG). Elk delen komt in het auditlogboek.",
    )
    actions = loket.add_subparsers(dest="loket_verb", metavar="ACTIE", required=True)
    show = actions.add_parser(
        "show",
        help="toon het loket van één dossier",
        description="Toont de organisaties, verwijzingen met hun stappen, toestemmingen en "
        "delingen van één dossier. Het lezen wordt vastgelegd in het auditlogboek.",
    )
    show.add_argument("case", metavar="KENMERK", help="het dossierkenmerk, bijv. MW-2026-00012")
    show.add_argument("--json", action="store_true", help="uitvoer als JSON")
    share = actions.add_parser(
        "share",
        help="deel gegevens van een dossier met een organisatie, eventueel als PDF",
        description="Legt vast dat gegevens van het dossier met een organisatie worden gedeeld, "
        "op een grondslag van art. 6 lid 1 AVG, en maakt desgewenst de samenvatting als PDF. "
        "Zonder --groups gaat alleen het minimum mee (de zaak en het knelpunt), gepseudonimiseerd.",
    )
    share.add_argument("case", metavar="KENMERK", help="het dossierkenmerk, bijv. MW-2026-00012")
    share.add_argument(
        "--organisation", required=True, metavar="ORGANISATIE", help="bijv. uwv, svb, lmm"
    )
    share.add_argument(
        "--ground",
        required=True,
        choices=("a", "b", "c", "d", "e", "f"),
        help="de grondslag van art. 6 lid 1 AVG; a is toestemming (noem dan --consent)",
    )
    share.add_argument("--provision", default="", help="het wetsartikel bij grondslag c of e")
    share.add_argument("--consent", default="", metavar="ID", help="de toestemming (zie show)")
    share.add_argument(
        "--groups",
        default="zaak,knelpunt",
        metavar="GROEPEN",
        help="welke gegevens, met komma's: zaak, knelpunt, identiteit, contact, huishouden, "
        "bedragen, doenvermogen, besluit",
    )
    share.add_argument(
        "--pdf",
        type=Path,
        metavar="BESTAND",
        help="de samenvatting voor de organisatie; een bestaand bestand wordt vervangen",
    )
    access = actions.add_parser(
        "inzage",
        help="het inzageoverzicht (art. 15 AVG) van een burger als PDF",
        description="Maakt voor een BSN het overzicht van de dossiers over die persoon en wat "
        "daaruit met welke organisatie is gedeeld, wanneer en op welke grondslag. Het lezen en "
        "de export worden per dossier vastgelegd in het auditlogboek; het BSN zelf niet.",
    )
    access.add_argument("--bsn", required=True, help="het BSN van de burger")
    access.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="doelbestand; een bestaand bestand wordt in één keer vervangen",
    )
