"""Fictitious demo dossiers: varied, realistic in shape, and recognisably made up.

Everything comes from one seeded `random.Random`, so a seed always gives the same
dossiers (for the same `now`). Names are assembled from common Dutch name parts, BSNs
come only from the test range 999990000–999999999 (and pass the elfproef), KvK numbers
start with 9999, and every dossier's notes open with `NOTICE`. Regulations and articles
are real ones where maatwerk is asked for (Participatiewet, AOW, WW, Wajong, Awir, AWR,
Opiumwet, Vreemdelingenbesluit …), matching the routes of the shipped catalogue; the texts
are built from templates so that forty dossiers do not read alike.

The facts as data (domain/case_facts.py) fit each dossier's texts: the claim its generic
outcome names, an income, a debt where debts are among its circumstances, the third
parties its story mentions. They come from a generator seeded with the dossier's own
texts, so adding them changed none of the dossiers the seed gave before.

Most open dossiers give signals of possible maatwerk (domain/intake_signals.py): minor
children where care duties are among the circumstances, the organisation's own share in
some, a debt that runs since a date. Of the open dossiers outside the demo group every
second one is calm, whatever the day: no circumstances, no difficulty observed, no debt,
no recovery large beside the income, so the queue "Mogelijk maatwerk" leaves it out.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from maatwerkdesk.domain.case_facts import (
    Amount,
    AmountKind,
    CaseFacts,
    PartyRole,
    Period,
    Ruling,
    Stage,
    ThirdParty,
    parse_euros,
    recovery_burden,
)
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import (
    DimensionNote,
    Doenvermogen,
    DossierFields,
    Subject,
    TimelineEntry,
)
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
)
from maatwerkdesk.domain.vocabulary import TimelineKind as K

NOTICE = "Fictief voorbeelddossier: alle namen, nummers en gebeurtenissen zijn verzonnen."

TEST_BSN_FIRST = 999_990_000
TEST_BSN_LAST = 999_999_999
"""The range set aside for test BSNs; numbers of real people never come from it."""

FAKE_KVK_PREFIX = "9999"

OWNERS = (
    "Anouk Verhoef",
    "Bas Koolstra",
    "Fatma Demir",
    "Jeroen Smits",
    "Marieke Lont",
    "Rachid Bouali",
)

# --- identifiers -----------------------------------------------------------------------


def bsn_checksum_ok(number: str) -> bool:
    """The BSN elfproef: weights 9…2 and −1, sum divisible by 11."""
    if len(number) != 9 or not number.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def is_fictitious_bsn(number: str) -> bool:
    return (
        number.isdigit() and TEST_BSN_FIRST <= int(number) <= TEST_BSN_LAST
    ) and bsn_checksum_ok(number)


def fictitious_bsn(rng: random.Random) -> str:
    """A BSN from the test range that passes the elfproef."""
    while True:
        candidate = str(rng.randint(TEST_BSN_FIRST, TEST_BSN_LAST))
        if bsn_checksum_ok(candidate):
            return candidate


def fake_kvk(rng: random.Random) -> str:
    return f"{FAKE_KVK_PREFIX}{rng.randrange(10_000):04d}"


# --- names -----------------------------------------------------------------------------

FEMALE = (
    "Anouk", "Sanne", "Fatima", "Emma", "Ingrid", "Wilma", "Naima", "Priya", "Dewi",
    "Lotte", "Ayşe", "Joke", "Marloes", "Svetlana", "Chantal", "Esther", "Zoë", "Hülya",
)  # fmt: skip
MALE = (
    "Bram", "Daan", "Mohamed", "Kees", "Henk", "Youssef", "Tomasz", "Ricardo", "Gerrit",
    "Sem", "Mehmet", "Jurgen", "Wim", "Kofi", "Dennis", "Arjen", "Stijn", "Eelco",
)  # fmt: skip
PARTICLES = ("", "", "", "", "van", "de", "van der", "van den", "ter", "van de", "ten")
STEMS = (
    "Berk", "Hol", "Lin", "Brug", "Ros", "Wil", "Heem", "Kool", "Steen", "Vel", "Hoog",
    "Mol", "Zand", "Brink", "Wester", "Ooster", "Kamp", "Bos", "Ven", "Hage", "Eik",
)  # fmt: skip
ENDINGS = (
    "huis", "kamp", "man", "stra", "ink", "ema", "dijk", "hout", "veld", "horst",
    "meijer", "boer", "sma", "ing", "beek", "land", "berg", "wijk",
)  # fmt: skip
SHOP_NOUNS = ("Hoekje", "Pleintje", "Zonnetje", "Molentje", "Anker", "Hoefijzer", "Lindeboom")
BUSINESS_NAMES = (
    "Kapsalon {first}",
    "Klusbedrijf {last}",
    "Lunchroom 't {noun}",
    "Fietsenmakerij {last}",
    "Bloemenkiosk {first}",
    "Schoonmaakbedrijf {last}",
    "{first} Ontwerp (zzp)",
    "Bakkerij {last}",
    "Taxibedrijf {last}",
    "Snackbar 't {noun}",
    "Stukadoorsbedrijf {last}",
    "Naaiatelier {first}",
)
PLACES = (
    "Zwolle", "Ede", "Enschede", "Tilburg", "Hoorn", "Assen", "Leeuwarden", "Vlissingen",
    "Almere", "Roermond", "Deventer", "Schiedam", "Heerlen", "Gouda",
)  # fmt: skip
COUNTRIES = ("Marokko", "Turkije", "Suriname", "Polen", "België", "Duitsland", "Spanje")
LANGUAGES = ("Arabisch", "Turks", "Pools", "Tigrinya", "Engels", "Papiaments")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True)
class _Person:
    first: str
    particle: str
    last: str
    female: bool

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first, self.particle, self.last) if p)

    @property
    def addressed(self) -> str:
        """'mevrouw Van der Berkhout': the particle is capitalised without a first name."""
        title = "mevrouw" if self.female else "meneer"
        particle = self.particle[:1].upper() + self.particle[1:]
        return " ".join(p for p in (title, particle, self.last) if p)


def _person(rng: random.Random) -> _Person:
    female = rng.random() < 0.55
    return _Person(
        first=rng.choice(FEMALE if female else MALE),
        particle=rng.choice(PARTICLES),
        last=rng.choice(STEMS) + rng.choice(ENDINGS),
        female=female,
    )


def euro(amount: float) -> str:
    """Dutch notation: € 4.312,17."""
    whole, cents = divmod(round(amount * 100), 100)
    return f"€ {whole:,}".replace(",", ".") + f",{cents:02d}"


def _long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# --- scenarios -------------------------------------------------------------------------

RECOVERY_CONSEQUENCES = (
    "Een terugvordering in deze omvang betekent dat het huishouden maandenlang onder het "
    "bestaansminimum leeft.",
    "{Betrokkene} meldde het zelf zodra het duidelijk werd en werkt actief mee.",
    "Er loopt al een schuldregeling; een nieuwe vordering zet die op losse schroeven.",
    "Het eigen aandeel van de organisatie in het ontstaan van het probleem is groot.",
    "Zonder oplossing dreigt huisuitzetting; de huurachterstand loopt nu al op.",
    "De regel zelf is duidelijk, maar houdt geen rekening met een situatie als deze.",
)
"""Second sentences of a knelpunt: why the outcome pinches (added to most knelpunten)."""
GENERAL_CONSEQUENCES = (
    "{Betrokkene} werkt verder actief mee en is alle andere afspraken nagekomen.",
    "De regel zelf is duidelijk, maar houdt geen rekening met een situatie als deze.",
    "De gevolgen raken vooral de kinderen, die geen invloed hadden op wat er gebeurde.",
    "Een algemene voorziening is al geprobeerd, zonder resultaat.",
)
CLOSURE_CONSEQUENCES = (
    "De gevolgen raken vooral de kinderen, die geen invloed hadden op wat er gebeurde.",
    "De politie ziet sinds de vondst geen aanwijzingen meer voor handel vanuit het pand.",
    "Een waarschuwing of een kortere sluiting is niet overwogen.",
)
RESIDENCE_CONSEQUENCES = (
    "De kinderen hebben geen band met het land van herkomst.",
    "Een terugkeer onderbreekt de behandeling die hier net is begonnen.",
    "Elk van de omstandigheden is op zich niet genoeg; het gaat om de samenloop.",
)
BUSINESS_CONSEQUENCES = (
    "Zonder een langere regeling gaat de onderneming failliet en is de eigenaar "
    "aangewezen op bijstand.",
    "Alle aangiften sinds die periode zijn wel op tijd gedaan.",
    "Het eigen aandeel van de organisatie in het ontstaan van het probleem is groot.",
    "Een gewone betalingsregeling is al geprobeerd, zonder resultaat.",
)


@dataclass(frozen=True)
class Scenario:
    organisations: tuple[Organisation, ...]
    regulation: str
    articles: tuple[tuple[str, str], ...]
    """(the generic rule's article, the deviation clause); the generic article is left
    empty where the rule is not in the regulation named."""
    titles: tuple[str, ...]
    outcomes: tuple[str, ...]
    knelpunten: tuple[str, ...]
    requests: tuple[str, ...]
    openings: tuple[tuple[K, str], ...]
    stressors: tuple[Stressor, ...]
    ages: tuple[int, int] = (23, 66)
    business: float = 0.0
    """Chance that the betrokkene is a business rather than a person."""
    business_titles: tuple[str, ...] = ()
    business_knelpunten: tuple[str, ...] = ()
    business_outcomes: tuple[str, ...] = ()
    other_organisations: tuple[Organisation, ...] = field(default=())
    consequences: tuple[str, ...] = RECOVERY_CONSEQUENCES


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        organisations=(Organisation.GEMEENTE,),
        other_organisations=(Organisation.UWV, Organisation.BELASTINGDIENST),
        regulation="Participatiewet",
        articles=(("art. 58 lid 1", "art. 58 lid 8"),),
        titles=(
            "Terugvordering bijstand na niet gemelde bijbaan",
            "Terugvordering bijstand wegens verblijf in {land}",
            "Terugvordering bijstand na gift van familie",
            "Terugvordering bijstand: samenwonen te laat gemeld",
            "Terugvordering bijstand over {jaar} na controle van bankafschriften",
        ),
        outcomes=(
            "Volledige terugvordering van {bedrag} bijstand over {maanden} maanden "
            "(art. 58 lid 1 Participatiewet), te verrekenen met de lopende uitkering.",
            "Terugvordering van {bedrag} wegens schending van de inlichtingenplicht, met een "
            "aflossing van 10% van de bijstandsnorm per maand.",
            "Herziening van het recht op bijstand over {maanden} maanden, terugvordering van "
            "{bedrag} en een bestuurlijke boete.",
        ),
        knelpunten=(
            "{Betrokkene} heeft de bijbaan in {maand_jaar} wel telefonisch gemeld, maar die "
            "melding is nergens vastgelegd.",
            "Het verblijf in {land} duurde langer dan gepland, omdat een ouder van {betrokkene} "
            "daar plotseling in het ziekenhuis werd opgenomen.",
            "Familie betaalde een paar maanden de boodschappen toen de wasmachine en de "
            "koelkast kapotgingen; {betrokkene} zag dat niet als inkomen.",
            "De partner stond al op het adres ingeschreven, maar de gemeente heeft die "
            "inschrijving niet gekoppeld aan de uitkering.",
            "De inkomsten waren onregelmatig en laag; het inkomstenformulier was voor "
            "{betrokkene} niet te begrijpen.",
        ),
        requests=(
            "Geheel afzien van terugvordering wegens dringende redenen (art. 58 lid 8 "
            "Participatiewet).",
            "Gedeeltelijk afzien van terugvordering, zodat het huishouden niet onder het "
            "bestaansminimum zakt.",
            "Afzien van de boete en een aflossing die past bij de afloscapaciteit.",
        ),
        openings=(
            (K.LETTER_OUT, "Besluit tot herziening en terugvordering van {bedrag} verzonden."),
            (K.EVENT, "Signaal van het Inlichtingenbureau over inkomsten in {jaar} ontvangen."),
        ),
        stressors=(Stressor.DEBTS, Stressor.LITERACY, Stressor.CARE_DUTIES, Stressor.DIGITAL),
    ),
    Scenario(
        organisations=(Organisation.GEMEENTE,),
        other_organisations=(Organisation.UWV,),
        regulation="Participatiewet",
        articles=(("art. 18 lid 2", "art. 18 lid 9"), ("art. 18 lid 2", "art. 18 lid 10")),
        titles=(
            "Maatregel na gemiste afspraken over re-integratie",
            "Verlaging bijstand wegens niet nakomen van de sollicitatieplicht",
            "Maatregel na weigering van aangeboden werk in de nachtdienst",
        ),
        outcomes=(
            "Verlaging van de bijstand met {pct}% gedurende één maand (art. 18 lid 2 "
            "Participatiewet en de afstemmingsverordening).",
            "Verlaging van de bijstand met {pct}% gedurende drie maanden.",
        ),
        knelpunten=(
            "{Betrokkene} miste de afspraken in de weken na de opname van een kind; de post "
            "werd in die tijd niet geopend.",
            "De uitnodigingen kwamen alleen via de berichtenbox, die {betrokkene} zonder hulp "
            "niet kan openen.",
            "Het aangeboden werk bestond uit nachtdiensten, terwijl {betrokkene} overdag de "
            "zorg heeft voor een ziek kind.",
            "De re-integratiecoach is in deze periode drie keer gewisseld; afspraken werden "
            "verzet zonder dat {betrokkene} dat wist.",
        ),
        requests=(
            "Afzien van de maatregel omdat elke verwijtbaarheid ontbreekt (art. 18 lid 9).",
            "De maatregel matigen wegens dringende redenen (art. 18 lid 10).",
            "De maatregel omzetten in een schriftelijke waarschuwing.",
        ),
        openings=(
            (K.LETTER_OUT, "Voornemen tot het opleggen van een maatregel verzonden."),
            (
                K.NOTE,
                "Melding van de re-integratiecoach: {betrokkene} verscheen niet op afspraken.",
            ),
        ),
        stressors=(Stressor.PSYCHIATRIC, Stressor.CARE_DUTIES, Stressor.DIGITAL, Stressor.LVB),
        consequences=GENERAL_CONSEQUENCES,
    ),
    Scenario(
        organisations=(Organisation.GEMEENTE,),
        regulation="Participatiewet",
        articles=(("art. 22a", "art. 18 lid 1"),),
        titles=(
            "Kostendelersnorm bij tijdelijke opvang van een familielid",
            "Kostendelersnorm door inwonende student",
            "Lagere bijstand na inwoning bij een zus na dakloosheid",
        ),
        outcomes=(
            "Toepassing van de kostendelersnorm: de bijstand daalt met {bedrag_klein} per maand.",
            "Herberekening van de bijstand volgens de kostendelersnorm met ingang van "
            "{maand_jaar}.",
        ),
        knelpunten=(
            "Het familielid verblijft hier tijdelijk, na een crisisopname, en draagt niets bij "
            "aan de kosten.",
            "De inwonende student heeft zelf geen inkomen naast studiefinanciering en betaalt "
            "geen huur.",
            "Zonder deze inwoning was {betrokkene} dakloos geweest; de lagere norm maakt het "
            "onmogelijk om iets op te bouwen voor een eigen woning.",
        ),
        requests=(
            "Tijdelijk afzien van de kostendelersnorm en de bijstand afstemmen op de werkelijke "
            "situatie (art. 18 lid 1).",
            "De kostendelersnorm pas toepassen na een overgangstermijn van zes maanden.",
        ),
        openings=(
            (K.LETTER_OUT, "Besluit tot herberekening van de bijstand verzonden."),
            (K.CONTACT, "{Betrokkene} meldde aan de balie dat er iemand is komen inwonen."),
        ),
        stressors=(Stressor.HOUSING, Stressor.DEBTS, Stressor.PSYCHIATRIC),
        ages=(19, 45),
        consequences=GENERAL_CONSEQUENCES,
    ),
    Scenario(
        organisations=(Organisation.BELASTINGDIENST,),
        other_organisations=(Organisation.GEMEENTE,),
        regulation="Algemene wet inzake rijksbelastingen (AWR)",
        articles=(("", "art. 63"),),
        titles=(
            "Invordering aanslag inkomstenbelasting {jaar} na langdurige ziekte",
            "Verzoek om een langere betalingsregeling voor de aanslag over {jaar}",
            "Verzuimboete na te late aangifte tijdens ziekenhuisopname",
        ),
        business_titles=(
            "Invordering naheffingsaanslag omzetbelasting {jaar}",
            "Hardheid bij invordering van omzetbelasting",
            "Verzoek om een langere betalingsregeling voor de onderneming",
            "Dwangbevel omzetbelasting: verzoek om uitstel van invordering",
        ),
        outcomes=(
            "Invordering van {bedrag} inclusief invorderingsrente; een betalingsregeling "
            "volgens de Leidraad Invordering duurt maximaal twaalf maanden.",
            "Verzuimboete van {bedrag_klein} wegens het niet tijdig doen van aangifte, bovenop "
            "de aanslag.",
        ),
        business_outcomes=(
            "Invordering van {bedrag} omzetbelasting met invorderingsrente; bij uitblijven van "
            "betaling volgt beslag op de bedrijfsrekening.",
            "Betalingsregeling van twaalf maanden voor {bedrag}, met zekerheidstelling.",
        ),
        knelpunten=(
            "De aangifte was te laat omdat {betrokkene} in die periode in het ziekenhuis lag; "
            "er was niemand die de post kon openen.",
            "Een deel van de aanslag komt voort uit een verwerkingsfout bij de "
            "Belastingdienst, die pas na twee jaar is hersteld.",
            "Met de standaardtermijn van twaalf maanden blijft er minder over dan nodig is "
            "voor de vaste lasten.",
        ),
        business_knelpunten=(
            "Door de korte termijn van twaalf maanden moet de zaak sluiten, terwijl de omzet "
            "na de ziekte van de eigenaar juist weer groeit.",
            "De grootste afnemer ging failliet en betaalde drie facturen niet; de omzetbelasting "
            "daarover is wel verschuldigd.",
            "De boekhouder viel langdurig uit, waardoor aangiften te laat werden gedaan; de "
            "ondernemer wist dat niet.",
        ),
        requests=(
            "Toepassing van de hardheidsclausule (art. 63 AWR) en een betalingsregeling van "
            "24 maanden.",
            "Kwijtschelding van de verzuimboete; de aanslag zelf wordt betaald.",
            "Uitstel van invordering tot het bezwaar tegen de aanslag is beslist.",
        ),
        openings=(
            (K.LETTER_OUT, "Aanmaning voor de aanslag van {bedrag} verzonden."),
            (K.LETTER_OUT, "Dwangbevel betekend voor een openstaand bedrag van {bedrag}."),
        ),
        stressors=(Stressor.ILLNESS, Stressor.DEBTS, Stressor.JOB_LOSS),
        ages=(28, 66),
        business=0.65,
    ),
    Scenario(
        organisations=(Organisation.TOESLAGEN,),
        other_organisations=(Organisation.GEMEENTE,),
        regulation="Algemene wet inkomensafhankelijke regelingen (Awir)",
        articles=(("", "art. 47 lid 1"), ("", "art. 13b lid 2")),
        titles=(
            "Terugvordering huurtoeslag na inkomensstijging in {jaar}",
            "Terugvordering zorgtoeslag: toeslagpartner met terugwerkende kracht",
            "Terugvordering kinderopvangtoeslag na wisseling van opvang",
            "Terugvordering huurtoeslag na overlijden van de partner",
        ),
        outcomes=(
            "Terugvordering van {bedrag} over {jaar}, met een betalingsregeling op basis van de "
            "standaard draagkrachtberekening.",
            "Definitieve berekening over {jaar}: terug te betalen {bedrag}; uitstel van betaling "
            "alleen bij bezwaar.",
        ),
        knelpunten=(
            "Het inkomen steeg pas in december door een eenmalige uitbetaling van achterstallig "
            "loon; over het hele jaar gerekend valt de toeslag daardoor in één keer weg.",
            "De oude kinderopvang ging failliet; de nieuwe opvang gaf de uren pas maanden later "
            "door.",
            "Na het overlijden van de partner kwamen de brieven over de toeslag niet meer aan; "
            "ze gingen naar het oude adres.",
            "Dat de broer van {betrokkene} als toeslagpartner telt, was voor het gezin niet te "
            "voorzien: hij woonde er alleen tijdelijk.",
        ),
        requests=(
            "Matiging van de terugvordering, omdat de gevolgen onevenredig zijn (art. 13b lid 2 "
            "Awir).",
            "Toepassing van de hardheidsclausule (art. 47 Awir) en afzien van terugvordering.",
            "Een betalingsregeling die rekening houdt met de lopende schuldhulp.",
        ),
        openings=(
            (K.LETTER_OUT, "Definitieve berekening met terugvordering van {bedrag} verzonden."),
            (K.LETTER_IN, "Bezwaarschrift tegen de terugvordering ontvangen."),
        ),
        stressors=(Stressor.DEBTS, Stressor.BEREAVEMENT, Stressor.DIVORCE, Stressor.LITERACY),
    ),
    Scenario(
        organisations=(Organisation.SVB,),
        other_organisations=(Organisation.GEMEENTE,),
        regulation="Algemene Ouderdomswet (AOW)",
        articles=(("art. 24 lid 1", "art. 24 lid 5"),),
        titles=(
            "Terugvordering AOW na wijziging van de leefvorm",
            "Terugvordering AOW: samenwonen te laat gemeld",
            "Terugvordering AOW na opname van de partner in een verpleeghuis",
        ),
        outcomes=(
            "Terugvordering van {bedrag} AOW over {maanden} maanden: het verschil tussen de "
            "norm voor alleenstaanden en die voor samenwonenden.",
            "Herziening van de AOW naar de norm voor samenwonenden en terugvordering van "
            "{bedrag}, te verrekenen met het pensioen.",
        ),
        knelpunten=(
            "{Betrokkene} dacht dat de gemeente de verhuizing zou doorgeven aan de SVB, zoals "
            "de inschrijving in de BRP.",
            "De vriendin verblijft vooral bij {betrokkene} omdat zij mantelzorg nodig heeft; "
            "van een gezamenlijke huishouding is voor beiden geen sprake.",
            "{Betrokkene} heeft geen aanvullend pensioen; na verrekening blijft minder over dan "
            "het sociaal minimum.",
        ),
        requests=(
            "Afzien van terugvordering wegens dringende redenen (art. 24 lid 5 AOW).",
            "Gedeeltelijk afzien van terugvordering en verrekening in kleine termijnen.",
        ),
        openings=(
            (K.LETTER_OUT, "Besluit tot herziening van de AOW en terugvordering verzonden."),
            (K.EVENT, "Signaal uit de BRP: adreswijziging van de partner op {datum_kort}."),
        ),
        stressors=(Stressor.ILLNESS, Stressor.CARE_DUTIES, Stressor.BEREAVEMENT, Stressor.DIGITAL),
        ages=(67, 91),
    ),
    Scenario(
        organisations=(Organisation.SVB,),
        regulation="Algemene Kinderbijslagwet (AKW)",
        articles=(("art. 24 lid 1", "art. 24 (het lid over dringende redenen)"),),
        titles=(
            "Terugvordering kinderbijslag na verhuizing van een kind naar {land}",
            "Terugvordering kinderbijslag: kind woonde bij de andere ouder",
            "Terugvordering kinderbijslag na verblijf van een kind bij grootouders",
        ),
        outcomes=(
            "Terugvordering van {bedrag} kinderbijslag over {maanden} kwartalen.",
            "Beëindiging van de kinderbijslag en terugvordering van {bedrag_klein}.",
        ),
        knelpunten=(
            "Het kind verbleef bij de grootouders in {land} omdat de school hier niet meer "
            "lukte; {betrokkene} bleef de kosten van onderhoud betalen.",
            "De ouders maakten co-ouderschapsafspraken; wie de kinderbijslag moest aanvragen, "
            "was voor {betrokkene} niet duidelijk.",
        ),
        requests=(
            "Afzien van terugvordering wegens dringende redenen (art. 24 AKW, het lid over "
            "dringende redenen).",
            "Afzien van terugvordering over de periode waarin de kosten aantoonbaar zijn gedragen.",
        ),
        openings=((K.LETTER_OUT, "Besluit tot terugvordering van kinderbijslag verzonden."),),
        stressors=(Stressor.DIVORCE, Stressor.DEBTS, Stressor.LITERACY),
        ages=(26, 52),
    ),
    Scenario(
        organisations=(Organisation.GEMEENTE,),
        other_organisations=(Organisation.OVERIG,),
        regulation="Opiumwet",
        articles=(("art. 13b lid 1", "Awb art. 3:4 lid 2"),),
        titles=(
            "Woningsluiting na vondst van een hennepkwekerij op zolder",
            "Voorgenomen sluiting van de woning na vondst van harddrugs",
            "Sluiting huurwoning na handel door een inwonende zoon",
        ),
        business_titles=(
            "Sluiting van het bedrijfspand na vondst van drugs in de opslag",
            "Voorgenomen sluiting van de zaak na een politie-inval",
        ),
        outcomes=(
            "Sluiting van de woning voor {sluiting} maanden op grond van art. 13b Opiumwet en het "
            "Damoclesbeleid van de gemeente.",
            "Sluiting van de woning voor {sluiting} maanden; de woningcorporatie zegt de huur op.",
        ),
        business_outcomes=(
            "Sluiting van het pand voor {sluiting} maanden volgens het Damoclesbeleid.",
        ),
        knelpunten=(
            "In de woning wonen ook {kinderen} ({leeftijden} jaar); bij sluiting moeten zij van "
            "school wisselen en er is geen opvang bij familie.",
            "De drugs lagen in de kamer van een volwassen zoon, die inmiddels elders woont; "
            "{betrokkene} wist er aantoonbaar niet van.",
            "De verhuurder zegt de huur op als de woning wordt gesloten; het gezin raakt dan "
            "dakloos, terwijl het gevaar al is weggenomen.",
        ),
        business_knelpunten=(
            "De eigenaar verhuurde de kelder aan een derde en kon redelijkerwijs niet weten "
            "wat daar gebeurde.",
            "Sluiting betekent het einde van de zaak en van het werk van vier medewerkers.",
        ),
        requests=(
            "Afzien van sluiting en volstaan met een waarschuwing, na een toets aan de "
            "evenredigheid (Harderwijk).",
            "Een kortere sluiting, zodat het gezin niet dakloos raakt.",
            "Uitstel van de sluiting tot de uitspraak op het bezwaar.",
        ),
        openings=(
            (K.EVENT, "Bestuurlijke rapportage van de politie ontvangen."),
            (K.LETTER_OUT, "Voornemen tot sluiting verzonden; zienswijze gevraagd."),
        ),
        stressors=(Stressor.HOUSING, Stressor.CARE_DUTIES, Stressor.PSYCHIATRIC),
        ages=(32, 64),
        business=0.3,
        consequences=CLOSURE_CONSEQUENCES,
    ),
    Scenario(
        organisations=(Organisation.GEMEENTE, Organisation.OVERIG),
        regulation="Wet inburgering 2021",
        articles=(
            ("", "ontheffing wegens aantoonbare inspanningen"),
            ("", "verlenging van de termijn"),
        ),
        titles=(
            "Ontheffing van de inburgeringsplicht wegens medische redenen",
            "Boete na overschrijding van de inburgeringstermijn",
            "Verlenging van de inburgeringstermijn na zwangerschap en bevalling",
        ),
        outcomes=(
            "Boete van {bedrag_klein} en een nieuwe termijn om het examen te halen.",
            "Geen ontheffing: het aantal gevolgde lesuren is lager dan de beleidsregel vraagt.",
        ),
        knelpunten=(
            "{Betrokkene} deed drie keer examen en volgde alle lessen, maar haalt het "
            "schrijfonderdeel niet door een leerstoornis die pas later is vastgesteld.",
            "De lessen vielen maanden uit doordat de taalschool failliet ging; die tijd telt "
            "toch mee in de termijn.",
            "Door een zware zwangerschap kon {betrokkene} een half jaar geen lessen volgen.",
        ),
        requests=(
            "Ontheffing op grond van aantoonbare inspanningen.",
            "Verlenging van de termijn en kwijtschelding van de boete.",
        ),
        openings=(
            (K.LETTER_OUT, "Besluit tot oplegging van een boete verzonden."),
            (K.LETTER_IN, "Aanvraag om ontheffing ontvangen, met verklaringen van de taalschool."),
        ),
        stressors=(Stressor.LITERACY, Stressor.ILLNESS, Stressor.PSYCHIATRIC, Stressor.CARE_DUTIES),
        ages=(21, 58),
        consequences=GENERAL_CONSEQUENCES,
    ),
    Scenario(
        organisations=(Organisation.IND,),
        other_organisations=(Organisation.GEMEENTE,),
        regulation="Vreemdelingenbesluit 2000",
        articles=(("", "art. 3.6ba"),),
        titles=(
            "Ambtshalve verblijfsvergunning wegens schrijnende omstandigheden",
            "Schrijnende omstandigheden na overlijden van een gezinslid in Nederland",
        ),
        outcomes=(
            "Afwijzing van de asielaanvraag zonder ambtshalve verblijfsvergunning; vertrekplicht "
            "binnen vier weken.",
        ),
        knelpunten=(
            "Het gezin woont al {jaren} jaar in {plaats}; de kinderen zijn hier naar school "
            "gegaan en spreken vooral Nederlands.",
            "De behandeling die {betrokkene} nodig heeft, is volgens het medisch advies in het "
            "land van herkomst niet beschikbaar.",
            "De omstandigheden zijn in de eerste procedure genoemd, maar toen niet met stukken "
            "onderbouwd omdat er geen advocaat was.",
        ),
        requests=(
            "Ambtshalve toetsing aan schrijnende omstandigheden (art. 3.6ba Vb 2000).",
            "Een verblijfsvergunning op grond van het samenstel van omstandigheden.",
        ),
        openings=(
            (K.LETTER_OUT, "Voornemen tot afwijzing van de aanvraag verzonden."),
            (K.LETTER_IN, "Zienswijze van de advocaat ontvangen."),
        ),
        stressors=(Stressor.PSYCHIATRIC, Stressor.HOUSING, Stressor.BEREAVEMENT),
        ages=(22, 55),
        consequences=RESIDENCE_CONSEQUENCES,
    ),
    Scenario(
        organisations=(Organisation.UWV,),
        other_organisations=(Organisation.GEMEENTE,),
        regulation="Werkloosheidswet (WW)",
        articles=(("art. 36 lid 1", "art. 36 (het lid over dringende redenen)"),),
        titles=(
            "Terugvordering WW na te laat gemelde werkhervatting",
            "Terugvordering WW na inkomsten uit uitzendwerk",
            "Terugvordering WW: niet beschikbaar door zorg voor een kind",
            "Terugvordering WW over {jaar} na late inkomstenopgave",
        ),
        outcomes=(
            "Terugvordering van {bedrag} WW-uitkering over {maanden} maanden, plus een boete "
            "wegens schending van de informatieplicht.",
            "Herziening van de WW en terugvordering van {bedrag}; invordering via een "
            "betalingsregeling.",
        ),
        knelpunten=(
            "De werkhervatting stond in de loonaangifte van de werkgever; {betrokkene} dacht "
            "dat UWV het daarmee wist.",
            "UWV kreeg de informatie over de zorgtaken eerder, maar reageerde niet; daardoor "
            "liep de onterechte betaling maanden door.",
            "Het uitzendbureau betaalde met wisselende weken; de inkomsten per maand waren "
            "vooraf niet op te geven.",
        ),
        requests=(
            "Gedeeltelijk afzien van terugvordering wegens dringende redenen, gezien het eigen "
            "aandeel van UWV.",
            "Afzien van de boete; de terugvordering zelf wordt geaccepteerd.",
        ),
        openings=(
            (K.LETTER_OUT, "Besluit tot herziening en terugvordering van {bedrag} verzonden."),
            (K.EVENT, "Signaal uit de polisadministratie over loon in {maand_jaar}."),
        ),
        stressors=(Stressor.JOB_LOSS, Stressor.CARE_DUTIES, Stressor.DEBTS),
    ),
    Scenario(
        organisations=(Organisation.UWV,),
        other_organisations=(Organisation.GEMEENTE,),
        regulation="Wet Wajong",
        articles=(("art. 3:56 lid 1", "art. 3:56 (het lid over dringende redenen)"),),
        titles=(
            "Terugvordering Wajong na inkomsten bij een sociale onderneming",
            "Terugvordering Wajong: inkomsten niet goed verrekend",
            "Terugvordering Wajong over {jaar} na overstap naar een nieuwe werkgever",
        ),
        outcomes=("Terugvordering van {bedrag} Wajong-uitkering over {maanden} maanden.",),
        knelpunten=(
            "De inkomstenopgave werd ingevuld door een begeleider die intussen is vertrokken; "
            "{betrokkene} kon niet overzien wat er werd doorgegeven.",
            "De loonstroken zijn wel naar UWV gestuurd, maar kwamen op een verkeerd dossier "
            "terecht.",
        ),
        requests=(
            "Afzien van terugvordering; de loonstroken zijn alsnog aangeleverd.",
            "Een aflossing die past bij een inkomen rond het minimumloon.",
        ),
        openings=((K.LETTER_OUT, "Besluit tot terugvordering van {bedrag} verzonden."),),
        stressors=(Stressor.LVB, Stressor.DIGITAL, Stressor.LITERACY),
        ages=(19, 38),
    ),
)

EXTRA_NOTES = (
    "{Betrokkene} wil graag een brief in eenvoudige taal.",
    "Bij gesprekken is een tolk nodig ({taal}).",
    "Vergelijkbaar met een eerder besproken dossier; precedent nagaan.",
)
OPEN_NOTES = (
    "Zienswijze is nog niet gevraagd.",
    "De bezwaartermijn loopt tot {termijn}.",
    "Afstemming met de schuldhulpverlener loopt.",
    "Collegiale toets gevraagd bij {collega}.",
)
"""Notes that only fit a dossier that is still open."""

HOUSEHOLDS_YOUNG = (
    "Woont bij de ouders",
    "Woont op kamers",
    "Alleenstaand, huurt een kleine studio",
)
HOUSEHOLDS = (
    "Alleenstaand",
    "Alleenstaande ouder met {kinderen} ({leeftijden} jaar)",
    "Alleenstaande ouder met één kind ({leeftijd} jaar)",
    "Samenwonend met partner en {kinderen}",
    "Woont samen met partner; de kinderen zijn de deur uit",
    "Woont tijdelijk in bij een zus",
)
HOUSEHOLDS_OLD = (
    "Woont alleen sinds het overlijden van de partner",
    "Woont samen met partner; beiden AOW",
    "Woont zelfstandig met thuiszorg",
)
BUSINESS_HOUSEHOLDS = (
    "Eenmanszaak; de eigenaar woont met partner en {kinderen} boven de zaak.",
    "Zzp'er zonder personeel; alleenstaand.",
    "Vof van twee broers; beiden hebben een gezin met jonge kinderen.",
    "Eenmanszaak met vier parttime medewerkers.",
)
CONTACTS = (
    "Bereikbaar per telefoon en per post; voorkeur voor een brief in eenvoudige taal.",
    "Post gaat via de bewindvoerder.",
    "Bereikbaar via de wijkcoach van het sociaal team.",
    "Liever geen telefoon; afspraken per e-mail of brief.",
    "Bereikbaar via een dochter, die ook bij gesprekken aanwezig is.",
    "Fictief adres: {straat} {huisnummer}, {plaats}.",
)
BUSINESS_CONTACTS = (
    "Zaak aan de {straat} {huisnummer}, {plaats}; de eigenaar is het aanspreekpunt.",
    "Contact via de boekhouder; de ondernemer zelf is overdag moeilijk bereikbaar.",
)
STREETS = ("Dorpsstraat", "Kerkweg", "Molenlaan", "Stationsplein", "Lindelaan", "Havenkade")
SUPPORT = (
    "",
    "Bewindvoerder sinds {jaar}.",
    "Het sociaal wijkteam is betrokken; er is een vaste contactpersoon.",
    "Een buurvrouw helpt met de post.",
    "Geen netwerk in de buurt; de familie woont in {land}.",
    "Schuldhulpverlening via de gemeente sinds {maand_jaar}.",
    "Een vrijwilliger van een thuisadministratieproject komt wekelijks langs.",
)

DIMENSION_NOTES: dict[DoenDimension, dict[DoenObservation, tuple[str, ...]]] = {
    DoenDimension.PLAN: {
        DoenObservation.NO_DIFFICULTY: (
            "Heeft een duidelijk beeld van de vaste lasten en houdt een kasboekje bij.",
        ),
        DoenObservation.SOME_DIFFICULTY: (
            "Weet wat er moet gebeuren, maar krijgt de stappen niet goed op volgorde.",
            "Maakt plannen, maar overziet niet wat die over een paar maanden betekenen.",
        ),
        DoenObservation.SERIOUS_DIFFICULTY: (
            "Overzicht over post en rekeningen ontbreekt; brieven blijven ongeopend liggen.",
            "Kan zonder hulp niet zeggen welke schulden er zijn en bij wie.",
        ),
    },
    DoenDimension.ACTION: {
        DoenObservation.NO_DIFFICULTY: ("Belt zelf terug en levert stukken op tijd aan.",),
        DoenObservation.SOME_DIFFICULTY: (
            "Stelt bellen naar instanties uit, vooral als het om geld gaat.",
            "Komt in actie na een herinnering, niet op de eerste brief.",
        ),
        DoenObservation.SERIOUS_DIFFICULTY: (
            "Komt zonder begeleiding niet tot het indienen van formulieren.",
            "Reageert niet op brieven met een termijn, ook niet na herinneringen.",
        ),
    },
    DoenDimension.PERSEVERE: {
        DoenObservation.NO_DIFFICULTY: (
            "Houdt een eerdere betalingsregeling al twee jaar zonder achterstand vol.",
        ),
        DoenObservation.SOME_DIFFICULTY: (
            "Begint goed aan afspraken, maar haakt af als een traject lang duurt.",
        ),
        DoenObservation.SERIOUS_DIFFICULTY: (
            "Eerdere betalingsregelingen zijn na enkele maanden gestopt.",
        ),
    },
    DoenDimension.TEMPTATION: {
        DoenObservation.NO_DIFFICULTY: ("Geen aanwijzingen voor impulsieve uitgaven.",),
        DoenObservation.SOME_DIFFICULTY: (
            "Koopt soms op afbetaling om de kinderen iets te kunnen geven.",
        ),
        DoenObservation.SERIOUS_DIFFICULTY: (
            "Sluit kleine leningen af om gaten te dichten, waardoor de schulden oplopen.",
        ),
    },
    DoenDimension.SETBACK: {
        DoenObservation.NO_DIFFICULTY: ("Pakte na eerdere tegenslag de draad snel weer op.",),
        DoenObservation.SOME_DIFFICULTY: (
            "Raakt na een onverwachte brief een paar dagen uit balans.",
        ),
        DoenObservation.SERIOUS_DIFFICULTY: (
            "Raakte na een ingrijpende gebeurtenis het overzicht volledig kwijt.",
        ),
    },
}

REQUEST_ENTRIES = (
    (K.LETTER_IN, "Schriftelijk verzoek om maatwerk ontvangen van {betrokkene}."),
    (K.LETTER_IN, "Bezwaarschrift ontvangen, ingediend door de sociaal raadsman."),
    (K.CONTACT, "{Betrokkene} belde over de brief en vroeg of een uitzondering mogelijk is."),
    (K.CONTACT, "Aanmelding via het sociaal wijkteam; de brief kon niet zelf worden beantwoord."),
)
MIDDLE_ENTRIES = (
    (K.HOME_VISIT, "Huisbezoek samen met de wijkcoach; de administratie samen doorgenomen."),
    (
        K.HOME_VISIT,
        "Huisbezoek: de situatie thuis bevestigt wat {betrokkene} telefonisch vertelde.",
    ),
    (K.CONTACT, "Telefonisch contact over ontbrekende stukken; die komen binnen twee weken."),
    (K.CONTACT, "Overleg met de schuldhulpverlener over de afloscapaciteit ({aflos} per maand)."),
    (K.LETTER_IN, "Verklaring van de huisarts ontvangen; opgeslagen in het zaaksysteem."),
    (K.LETTER_IN, "Bankafschriften over {maanden} maanden ontvangen."),
    (K.NOTE, "Navraag bij {andere}: de eerdere melding is daar wel geregistreerd."),
    (K.NOTE, "Juridische toets gevraagd: welke grondslag is er om af te wijken?"),
    (K.EVENT, "De kantonrechter heeft beschermingsbewind uitgesproken."),
    (K.EVENT, "{Betrokkene} is opgenomen in het ziekenhuis; de afspraak is verzet."),
    (K.CONTACT, "Gesprek met {betrokkene} en een tolk; het verloop is vastgelegd."),
    (K.LETTER_OUT, "Brief verstuurd met de vraag om binnen twee weken een zienswijze te geven."),
)
AGENDA_ENTRY = (K.NOTE, "Dossier geagendeerd voor het casuïstiekoverleg van {overleg}.")
PREPARATION_ENTRIES = (
    (K.NOTE, "Voorbereiding casuïstiekoverleg: feiten, knelpunt en verzoek op een rij."),
    (K.NOTE, "Dossier aangemeld voor het casuïstiekoverleg; collegiale toets gedaan."),
)
CONFERENCE_NOTE = "Casuïstiekoverleg met {disciplines}: besloten tot {besluit}."
"""The timeline's note of the meeting that decided; `told_decision` makes it say what the
decision recorded in the dossier says."""
DECIDED_MARK = ": besloten tot "
DECIDED_TO = {
    OutcomeType.GENERIC: "vasthouden aan de algemene regel",
    OutcomeType.REFUSE: "het afwijzen van het verzoek",
    OutcomeType.FULL: "volledig tegemoetkomen aan het verzoek",
    OutcomeType.PARTIAL: "gedeeltelijk tegemoetkomen aan het verzoek",
    OutcomeType.ALTERNATIVE: "een passende andere oplossing voor het verzoek",
    OutcomeType.TEMPORARY: "tijdelijk maatwerk, met een herbeoordeling over zes maanden",
    OutcomeType.SUSPEND: "de uitvoering voor een tijd opschorten",
    OutcomeType.CORRECTION: "het eerdere besluit herstellen",
    OutcomeType.PAYMENT_PLAN: "een betalingsregeling op maat",
}
"""What the conference decided, as its note says it, per kind of outcome."""


def told_decision(
    timeline: tuple[TimelineEntry, ...], decision: Decision
) -> tuple[TimelineEntry, ...]:
    """`timeline` with its note of the deciding meeting saying what `decision` says, so
    the story of a demo dossier does not contradict its own decision."""
    told = DECIDED_TO[decision.outcome_type]
    if decision.outcome_type is OutcomeType.PARTIAL and decision.degree is not None:
        told += f" ({decision.degree})"

    def retold(entry: TimelineEntry) -> TimelineEntry:
        head, mark, _decided = entry.description.partition(DECIDED_MARK)
        if not mark or not head.startswith("Casuïstiekoverleg met "):
            return entry
        return replace(entry, description=f"{head}{mark}{told}.")

    return tuple(retold(entry) for entry in timeline)


DECISIONS = (
    "gedeeltelijk tegemoetkomen aan het verzoek ({pct}%)",
    "een betalingsregeling van {termijnen} maanden in plaats van de standaardtermijn",
    "tijdelijk maatwerk, met een herbeoordeling over zes maanden",
    "vasthouden aan de algemene regel, met een warme overdracht naar schuldhulpverlening",
    "volledig tegemoetkomen aan het verzoek",
)
DISCIPLINES = (
    "inkomen en juridische zaken",
    "wijkteam, schuldhulp en inkomen",
    "handhaving en zorg",
    "invordering en klantmanagement",
)
CLOSINGS = (
    (K.NOTE, "Geen bezwaar ontvangen binnen zes weken; dossier afgesloten."),
    (K.NOTE, "Regeling loopt; dossier afgesloten en signaal over de regel doorgegeven aan beleid."),
    (K.CONTACT, "Eindgesprek met {betrokkene}; afspraken bevestigd en dossier afgesloten."),
)

ENTRY_COUNTS = {
    DossierStatus.INTAKE: (1, 2),
    DossierStatus.ANALYSE: (2, 4),
    DossierStatus.TER_BESPREKING: (3, 5),
    DossierStatus.BESLOTEN: (4, 6),
    DossierStatus.AFGESLOTEN: (5, 6),
}


@dataclass(frozen=True)
class DemoDossier:
    fields: DossierFields
    timeline: tuple[TimelineEntry, ...]
    created_at: datetime
    updated_at: datetime


class _Values(dict[str, str]):
    """Template values; '{Betrokkene}' is '{betrokkene}' with a capital."""

    def __missing__(self, key: str) -> str:
        if key[:1].isupper() and key.lower() in self:
            value = self[key.lower()]
            return value[:1].upper() + value[1:]
        raise KeyError(key)


def _fill(template: str, values: _Values) -> str:
    return template.format_map(values)


ORGANISATION_CYCLE = (
    Organisation.GEMEENTE,
    Organisation.UWV,
    Organisation.SVB,
    Organisation.TOESLAGEN,
    Organisation.BELASTINGDIENST,
    Organisation.GEMEENTE,
    Organisation.IND,
    Organisation.UWV,
    Organisation.SVB,
    Organisation.GEMEENTE,
    Organisation.TOESLAGEN,
    Organisation.BELASTINGDIENST,
)
"""How often each organisation leads a demo dossier: the gemeente most, the IND least."""


def _spread(items: tuple[object, ...] | list[object], count: int, rng: random.Random) -> list:
    """`count` items cycling through `items`, shuffled: each occurs about equally often."""
    result = [items[i % len(items)] for i in range(count)]
    rng.shuffle(result)
    return result


def _doenvermogen(rng: random.Random, scenario: Scenario, values: _Values) -> Doenvermogen:
    pool = list(scenario.stressors)
    stressors = rng.sample(pool, k=rng.randint(0, min(3, len(pool))))
    if rng.random() < 0.25:
        extra = rng.choice([s for s in Stressor if s not in stressors])
        stressors.append(extra)
    burden = len(stressors)
    dimensions = {}
    for dimension in rng.sample(list(DoenDimension), k=rng.randint(0, 4)):
        weights = (3, 3, 1) if burden == 0 else (1, 3, 1 + burden)
        observation = rng.choices(
            (
                DoenObservation.NO_DIFFICULTY,
                DoenObservation.SOME_DIFFICULTY,
                DoenObservation.SERIOUS_DIFFICULTY,
            ),
            weights=weights,
        )[0]
        note = rng.choice(DIMENSION_NOTES[dimension][observation])
        dimensions[dimension] = DimensionNote(observation, note)
    support = _fill(rng.choice(SUPPORT), values)
    return Doenvermogen(dimensions, frozenset(stressors), support)


def _timeline(
    rng: random.Random,
    status: DossierStatus,
    scenario: Scenario,
    values: _Values,
    start: date,
    today: date,
    owner: str,
) -> list[TimelineEntry]:
    low, high = ENTRY_COUNTS[status]
    count = rng.randint(low, high)
    planned: list[tuple[K, str]] = [rng.choice(scenario.openings)]
    tail: list[tuple[K, str]] = []
    if status is DossierStatus.TER_BESPREKING:
        tail.append(AGENDA_ENTRY)  # a meeting still to come
    elif status in (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN):
        tail.append(rng.choice(PREPARATION_ENTRIES))
    if status in (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN):
        tail.append((K.NOTE, CONFERENCE_NOTE))
        tail.append((K.LETTER_OUT, "Besluit met motivering en bezwaarclausule verzonden."))
    if status is DossierStatus.AFGESLOTEN:
        tail.append(rng.choice(CLOSINGS))
    if count > 1:
        planned.append(rng.choice(REQUEST_ENTRIES))
    room = max(0, count - len(planned) - len(tail))
    planned.extend(rng.sample(MIDDLE_ENTRIES, k=room))
    planned.extend(tail)
    planned = planned[:6]
    span = max(len(planned), (today - start).days)
    offsets = sorted(rng.sample(range(1, span + 1), k=len(planned) - 1)) if len(planned) > 1 else []
    days = [start, *(start + timedelta(days=o) for o in offsets)]
    colleagues = [o for o in OWNERS if o != owner]
    entries = []
    for (kind, template), day in zip(planned, days, strict=True):
        author = owner if rng.random() < 0.8 else rng.choice(colleagues)
        entries.append(TimelineEntry(min(day, today), kind, _fill(template, values), author))
    return entries


def _subject(
    rng: random.Random, scenario: Scenario, values: _Values, today: date
) -> tuple[Subject, bool]:
    person = _person(rng)
    values["betrokkene"] = person.addressed
    is_business = rng.random() < scenario.business
    if is_business:
        name = rng.choice(BUSINESS_NAMES).format(
            first=person.first, last=person.last, noun=rng.choice(SHOP_NOUNS)
        )
        subject = Subject(
            kind=SubjectKind.BUSINESS,
            name=name,
            bsn=fictitious_bsn(rng) if rng.random() < 0.25 else "",
            kvk_number=fake_kvk(rng),
            contact=_fill(rng.choice(BUSINESS_CONTACTS), values),
            household=_fill(rng.choice(BUSINESS_HOUSEHOLDS), values),
        )
        return subject, True
    low, high = scenario.ages
    age = rng.randint(low, high)
    born = date(today.year - age, 1, 1) + timedelta(days=rng.randrange(365))
    if born > today:
        born = born.replace(year=born.year - 1)
    if age < 25:
        households = HOUSEHOLDS_YOUNG + HOUSEHOLDS[:1]
    elif age >= 67:
        households = HOUSEHOLDS_OLD + HOUSEHOLDS[:1]
    else:
        households = HOUSEHOLDS
    subject = Subject(
        kind=SubjectKind.PERSON,
        name=person.full_name,
        bsn=fictitious_bsn(rng) if rng.random() < 0.85 else "",
        date_of_birth=born,
        contact=_fill(rng.choice(CONTACTS), values),
        household=_fill(rng.choice(households), values),
    )
    return subject, False


def _values(rng: random.Random, today: date, scenario: Scenario) -> _Values:
    children = rng.randint(2, 4)
    ages = sorted(rng.sample(range(1, 18), k=children))
    ages_text = ", ".join(str(a) for a in ages[:-1]) + f" en {ages[-1]}"
    past = today - timedelta(days=rng.randint(60, 700))
    conference = today + timedelta(days=rng.randint(3, 30))
    others = [
        o for o in Organisation if o not in scenario.organisations and o is not Organisation.OVERIG
    ]
    return _Values(
        bedrag=euro(rng.uniform(900, 18_000)),
        bedrag_klein=euro(rng.uniform(80, 1_250)),
        aflos=euro(rng.choice((25, 40, 50, 75, 100, 125))),
        maanden=str(rng.randint(3, 26)),
        jaar=str(today.year - rng.randint(1, 3)),
        jaren=str(rng.randint(6, 14)),
        maand_jaar=f"{MONTHS[past.month - 1]} {past.year}",
        datum_kort=past.strftime("%d-%m-%Y"),
        termijn=_long_date(today + timedelta(days=rng.randint(5, 40))),
        overleg=_long_date(conference),
        land=rng.choice(COUNTRIES),
        taal=rng.choice(LANGUAGES),
        plaats=rng.choice(PLACES),
        straat=rng.choice(STREETS),
        huisnummer=str(rng.randint(1, 180)),
        pct=str(rng.choice((20, 25, 30, 50, 75, 100))),
        termijnen=str(rng.choice((24, 30, 36))),
        sluiting=str(rng.choice((3, 6))),
        leeftijden=ages_text,
        leeftijd=str(ages[0]),
        kinderen=("twee", "drie", "vier")[children - 2] + " kinderen",
        andere=rng.choice(others).label if others else "een andere organisatie",
        collega="",
        disciplines=rng.choice(DISCIPLINES),
    )


def _knelpunt(
    rng: random.Random, options: tuple[str, ...], consequences: tuple[str, ...], values: _Values
) -> str:
    text = _fill(rng.choice(options), values)
    if rng.random() < 0.7:
        text += " " + _fill(rng.choice(consequences), values)
    return text


def demo_dossier(
    rng: random.Random,
    status: DossierStatus,
    organisation: Organisation,
    now: datetime,
    *,
    in_group: bool = False,
    calm: bool = False,
) -> DemoDossier:
    """One fictitious dossier of `organisation` with the given status, dated before `now`;
    `in_group`: one of the demo group's members, with its scenario and article; `calm`:
    one whose facts give no signal of possible maatwerk."""
    today = now.astimezone(UTC).date()
    drawn = rng.choice([s for s in SCENARIOS if s.organisations[0] is organisation])
    scenario = GROUP_SCENARIO if in_group else drawn
    values = _values(rng, today, scenario)
    owner = rng.choice(OWNERS)
    values["collega"] = rng.choice([o for o in OWNERS if o != owner])
    subject, is_business = _subject(rng, scenario, values, today)
    values["besluit"] = _fill(rng.choice(DECISIONS), values)
    titles = (
        scenario.business_titles if is_business and scenario.business_titles else scenario.titles
    )
    knelpunten = (
        scenario.business_knelpunten
        if is_business and scenario.business_knelpunten
        else scenario.knelpunten
    )
    outcomes = (
        scenario.business_outcomes
        if is_business and scenario.business_outcomes
        else scenario.outcomes
    )
    consequences = BUSINESS_CONSEQUENCES if is_business else scenario.consequences
    organisations = list(scenario.organisations)
    if scenario.other_organisations and rng.random() < 0.35:
        organisations.append(rng.choice(scenario.other_organisations))
    doenvermogen = _doenvermogen(rng, scenario, values)
    if calm:  # drawn all the same, so the dossiers after it stay what they were
        doenvermogen = _calm(doenvermogen)
    notes = NOTICE
    is_open = status in OPEN
    extra_notes = EXTRA_NOTES + OPEN_NOTES if is_open else EXTRA_NOTES
    extras = rng.sample(extra_notes, k=rng.randint(0, 2))
    if extras:
        notes += "\n\n" + "\n".join(_fill(e, values) for e in extras)
    start = today - timedelta(days=rng.randint(10, 420))
    timeline = _timeline(rng, status, scenario, values, start, today, owner)
    created_at = _moment(rng, start, now)
    updated_at = max(created_at, _moment(rng, timeline[-1].occurred_on, now))
    title = _fill(rng.choice(titles), values)
    article, deviation_article = GROUP_ARTICLES if in_group else rng.choice(scenario.articles)
    fields = DossierFields(
        title=title,
        status=status,
        owner=owner,
        organisations=tuple(organisations),
        regulation=scenario.regulation,
        article=article,
        deviation_article=deviation_article,
        generic_outcome=_fill(rng.choice(outcomes), values),
        knelpunt=_knelpunt(rng, knelpunten, consequences, values),
        request=_fill(rng.choice(scenario.requests), values),
        notes=notes,
        subject=subject,
        doenvermogen=doenvermogen,
    )
    fields = replace(fields, facts=_case_facts(fields, values, today, calm=calm))
    return DemoDossier(fields, tuple(timeline), created_at, updated_at)


def _calm(doen: Doenvermogen) -> Doenvermogen:
    """No circumstances and only the dimensions observed without a difficulty."""
    kept = {
        dimension: note
        for dimension, note in doen.dimensions.items()
        if note.observation is DoenObservation.NO_DIFFICULTY
    }
    return Doenvermogen(kept, frozenset(), doen.support)


UWV_RULING = Ruling(
    "ECLI:NL:CRVB:2024:726",
    "Tussenuitspraak: dringende redenen zijn een open norm; naast de gevolgen tellen ook de "
    "oorzaak van de terugvordering en het eigen aandeel van het UWV.",
)
"""The Centrale Raad van Beroep's new reading of 'dringende redenen' (18 april 2024)."""
RULINGS = {"Werkloosheidswet (WW)": UWV_RULING, "Wet Wajong": UWV_RULING}
"""Real rulings that fit a demo dossier's regulation; the dossier itself stays fictitious."""
STAGES = {
    DossierStatus.INTAKE: (None, Stage.APPLICATION, Stage.PRIMARY_DECISION),
    DossierStatus.ANALYSE: (Stage.PRIMARY_DECISION, Stage.OBJECTION),
    DossierStatus.TER_BESPREKING: (Stage.OBJECTION,),
    DossierStatus.BESLOTEN: (Stage.OBJECTION, Stage.APPEAL),
    DossierStatus.AFGESLOTEN: (Stage.OBJECTION, Stage.ENFORCEMENT),
}


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)).scaleb(-2)


def _entry_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _parties(
    rng: random.Random, fields: DossierFields, story: str
) -> list[tuple[PartyRole, str, str]]:
    """(role, name, note) of the third parties the dossier's story mentions."""
    found: list[tuple[PartyRole, str, str]] = []
    stressors = fields.doenvermogen.stressors
    if "bijbaan" in story or "werk" in fields.title.lower():
        employer = rng.choice(BUSINESS_NAMES).format(
            first=_person(rng).first, last=_person(rng).last, noun=rng.choice(SHOP_NOUNS)
        )
        found.append((PartyRole.EMPLOYER, employer, "Werkgever van de bijbaan."))
    if "partner" in story or "samenwon" in story:
        found.append((PartyRole.PARTNER, _person(rng).full_name, "Woont op hetzelfde adres."))
    if Stressor.DIVORCE in stressors:
        found.append((PartyRole.EX_PARTNER, _person(rng).full_name, "Scheiding loopt nog."))
    if "familie" in story or "zus" in story:
        found.append((PartyRole.FAMILY, _person(rng).full_name, "Helpt met geld en opvang."))
    if "bewindvoerder" in fields.doenvermogen.support.lower():
        found.append((PartyRole.GUARDIAN, _person(rng).full_name, "Beheert de inkomsten."))
    if Stressor.DEBTS in stressors and rng.random() < 0.5:
        found.append(
            (PartyRole.DEBT_COUNSELLOR, _person(rng).full_name, "Begeleidt de schuldregeling.")
        )
    return found


def _case_facts(
    fields: DossierFields, values: _Values, today: date, *, calm: bool = False
) -> CaseFacts:
    """Facts that fit the dossier's texts, from a generator seeded with those texts; the
    circumstances the intake signals read from a second one, so the first draws as before."""
    seed = f"{fields.title}|{fields.subject.name}|{fields.generic_outcome}"
    rng = random.Random(seed)
    circumstances = random.Random(f"{seed}|omstandigheden")
    story = f"{fields.title} {fields.knelpunt} {fields.generic_outcome}".lower()
    amounts = []
    if values["bedrag"] in fields.generic_outcome:
        claim = parse_euros(values["bedrag"])
        amounts.append(Amount(AmountKind.CLAIM, claim, note="Zoals het besluit het noemt."))
    since = today - timedelta(days=rng.randint(200, 1500))
    if fields.subject.kind is SubjectKind.BUSINESS:
        income = Amount(
            AmountKind.INCOME,
            _cents(rng, 14_000, 48_000),
            Period.YEARLY,
            note="Winst uit onderneming",
        )
    elif fields.organisations[0] in (Organisation.GEMEENTE, Organisation.UWV, Organisation.SVB):
        income = Amount(AmountKind.BENEFIT, _cents(rng, 950, 1_650), Period.MONTHLY, since)
    else:
        income = Amount(AmountKind.INCOME, _cents(rng, 1_400, 2_600), Period.MONTHLY, since)
    amounts.append(income)
    if Stressor.DEBTS in fields.doenvermogen.stressors:
        debt_since = today - timedelta(days=circumstances.randint(60, 1200))
        amounts.append(
            Amount(
                AmountKind.DEBT,
                _cents(rng, 1_500, 24_000),
                starts=debt_since,
                note="Bij andere schuldeisers",
            )
        )
    if calm and (burden := recovery_burden(CaseFacts(amounts=tuple(amounts)), today)):
        amounts = [a for a in amounts if a.kind is not AmountKind.CLAIM or not burden.large]
    children = circumstances.choice((None, 0, 1, 2))
    if Stressor.CARE_DUTIES in fields.doenvermogen.stressors:
        children = circumstances.randint(1, 3)
    elif calm:
        children = None
    own_share = circumstances.random() < (0.6 if fields.regulation in RULINGS else 0.2)
    return CaseFacts(
        minor_children=children,
        organisation_share=own_share and not calm,
        stage=rng.choice(STAGES[fields.status]),
        amounts=tuple(replace(a, id=_entry_id(rng)) for a in amounts),
        third_parties=tuple(
            ThirdParty(role, name, note, _entry_id(rng))
            for role, name, note in _parties(rng, fields, story)
        ),
        rulings=tuple(
            replace(r, id=_entry_id(rng)) for r in (RULINGS.get(fields.regulation),) if r
        ),
    )


def _moment(rng: random.Random, day: date, now: datetime) -> datetime:
    """An office-hours moment on `day` (UTC), never after `now`."""
    moment = datetime.combine(day, time(7, 30), tzinfo=UTC) + timedelta(
        minutes=rng.randint(0, 9 * 60), seconds=rng.randint(0, 59)
    )
    return min(moment, now - timedelta(minutes=1))


def demo_dossiers(count: int, rng: random.Random, now: datetime) -> list[DemoDossier]:
    """`count` fictitious dossiers, statuses spread evenly; deterministic for a seeded `rng`.
    From GROUP_FROM dossiers on, the first GROUP_SIZE open ones are the demo group's
    members: gemeente dossiers on the kostendelersnorm (`is_group_member` finds them)."""
    statuses = _spread(list(DossierStatus), count, rng)
    organisations = _spread(ORGANISATION_CYCLE, count, rng)
    open_ones = [i for i, status in enumerate(statuses) if status in GROUP_STATUSES]
    members = set(open_ones[:GROUP_SIZE]) if count >= GROUP_FROM else set()
    others = [i for i, status in enumerate(statuses) if status in OPEN and i not in members]
    calm = set(others[1::2])
    return [
        demo_dossier(
            rng,
            status,
            Organisation.GEMEENTE if i in members else organisation,
            now,
            in_group=i in members,
            calm=i in calm,
        )
        for i, (status, organisation) in enumerate(zip(statuses, organisations, strict=True))
    ]


GROUP_SCENARIO = next(s for s in SCENARIOS if s.titles[0].startswith("Kostendelersnorm"))
GROUP_ARTICLES = GROUP_SCENARIO.articles[0]
"""The generic rule's article and the deviation clause of every member."""
OPEN = (DossierStatus.INTAKE, DossierStatus.ANALYSE, DossierStatus.TER_BESPREKING)
GROUP_STATUSES = (DossierStatus.INTAKE, DossierStatus.ANALYSE)
"""Open, and not yet on a meeting's agenda: the group decision has still to reach them."""
GROUP_SIZE = 3
GROUP_FROM = 10
"""The smallest demo with a group: a smaller one is for trying a single dossier out."""
GROUP_TITLE = "Kostendelersnorm bij tijdelijke inwoning zonder bijdrage"
GROUP_PATTERN = (
    "Fictief voorbeeld. De kostendelersnorm verlaagt de bijstand zodra iemand inwoont, ook "
    "als die persoon er tijdelijk woont en niets aan de kosten bijdraagt: een familielid na "
    "een crisisopname, een student zonder eigen inkomen, iemand die anders dakloos was. Bij "
    "iedere betrokkene in deze groep pakt de regel op dezelfde manier uit."
)
GROUP_MOTIVATION = (
    "Fictief voorbeeld. Zolang de inwoning tijdelijk is en de inwonende niets bijdraagt, "
    "stemt het college de bijstand af op de werkelijke situatie (art. 18 lid 1 "
    "Participatiewet): zes maanden geen kostendelersnorm, daarna een nieuwe beoordeling."
)
GROUP_CIRCUMSTANCES = (
    "Fictief: de inwonende draagt inmiddels wel bij aan de huur; dit dossier wordt "
    "afzonderlijk beoordeeld."
)


def is_group_member(fields: DossierFields) -> bool:
    """Whether a demo dossier was made up as one of the demo group's members."""
    return (
        fields.status in GROUP_STATUSES
        and fields.regulation == GROUP_SCENARIO.regulation
        and (fields.article, fields.deviation_article) == GROUP_ARTICLES
        and any(fields.title == title for title in GROUP_SCENARIO.titles)
    )


LOKET_REFERRAL = (
    "Fictief voorbeeld. De betrokkene loopt vast tussen de terugvordering van de gemeente en "
    "een lopende WW-aanvraag bij het UWV; gevraagd wordt de twee organisaties aan één tafel "
    "te brengen."
)
LOKET_CONSENT = "Fictief voorbeeld: mondeling gegeven aan de behandelaar en vastgelegd."


def is_loket_example(fields: DossierFields) -> bool:
    """Whether a demo dossier can show the loket: about a person with a BSN, outside the
    demo group (whose members tell their own story)."""
    subject = fields.subject
    return subject.kind is SubjectKind.PERSON and bool(subject.bsn) and not is_group_member(fields)
