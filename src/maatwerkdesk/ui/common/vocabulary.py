"""The labels of the domain's closed vocabularies, in the language the windows speak.

The domain gives each value of a closed vocabulary (a dossier's status, an organisation, a
role, ...) its Dutch label, and imports no Qt; the windows show it through `shown_label`,
which translates it in the context "Vocabulary". The labels the domain keeps in tables of its
own rather than on an enum (the weighing's answers, weights and levels, the headings of the
outcomes, the chart's quarters) are shown through `shown_text`, in the same context. `LABELS`
marks every such label for `lupdate`; tests/ui/test_vocabulary.py keeps it complete (a label
the domain adds or drops fails there). A label the domain uses twice (in two vocabularies) is listed once: it has one
translation. The domain also joins labels into texts of its own (`User.described`,
`roles_label`, `group_labels`, `str(Degree)`); the windows compose those here instead, from
the labels shown. The sentences the core makes (refusals, findings, explanations) are
shown through `shown_sentence`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.domain.decision import Degree
from maatwerkdesk.domain.people import User, ordered_roles
from maatwerkdesk.domain.sentence import Sentence
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class Labelled(Protocol):
    """A value of a closed vocabulary of the domain: an enum with a Dutch `label`."""

    @property
    def label(self) -> str: ...


def shown_label(value: Labelled) -> str:
    """The label of `value` as the windows show it: Dutch, or its translation."""
    return shown_text(value.label)


def shown_text(text: str) -> str:
    """A label from one of the domain's tables (`NATURE_LABELS[nature]`,
    `OUTCOME_HEADINGS[outcome]`, ...) as the windows show it: Dutch, or its translation."""
    return QCoreApplication.translate("Vocabulary", text)


def shown_sentence(text: str) -> str:
    """A text from the services as the windows show it: a `Sentence` the core marked is
    translated and its fields filled in again (each field that is a sentence translated
    too); any other text is shown as it is."""
    if not isinstance(text, Sentence):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    if not text.fields:
        return template
    fields = {
        name: shown_sentence(value) if isinstance(value, Sentence) else value
        for name, value in text.fields.items()
    }
    try:
        return template.format_map(fields)
    except (KeyError, IndexError, ValueError):  # a translation that names another field
        log.warning("translation of %r in %s does not fit its fields", text.template, text.context)
        return str(text)


def shown_error(error: BaseException) -> str:
    """The message of an error of the core (a refusal, a failure of the database) as the
    windows show it: translated where the core marked it as a `Sentence`."""
    message = error.args[0] if len(error.args) == 1 else None
    return shown_sentence(message) if isinstance(message, Sentence) else str(error)


def labels_listed(values: Iterable[Labelled]) -> str:
    """'behandelaar en voorzitter': the labels shown, enumerated in the order given."""
    return enumerate_nl(
        (shown_label(value) for value in values), QCoreApplication.translate("Vocabulary", "en")
    )


def roles_text(user: User) -> str:
    """'behandelaar en voorzitter': the person's roles, in the order of `Role`."""
    return labels_listed(ordered_roles(user.roles))


def person_text(user: User) -> str:
    """'Lotte Jurist (lid van het overleg, juridisch)': the person, roles and discipline."""
    if user.discipline is None:
        return QCoreApplication.translate("Vocabulary", "{name} ({roles})").format(
            name=user.name, roles=roles_text(user)
        )
    return QCoreApplication.translate("Vocabulary", "{name} ({roles}, {discipline})").format(
        name=user.name, roles=roles_text(user), discipline=shown_label(user.discipline)
    )


def degree_text(degree: Degree) -> str:
    """'3 maanden', '50%', '€ 250,00': how far a decision goes, its unit shown."""
    text, unit = str(degree), degree.unit.label
    return text.removesuffix(unit) + shown_label(degree.unit) if text.endswith(f" {unit}") else text


LABELS = (
    # assessment.Answer
    QT_TRANSLATE_NOOP("Vocabulary", "Voldaan"),
    QT_TRANSLATE_NOOP("Vocabulary", "Niet voldaan"),
    QT_TRANSLATE_NOOP("Vocabulary", "Onbekend"),
    # assessment.GateState
    QT_TRANSLATE_NOOP("Vocabulary", "Geprobeerd"),
    QT_TRANSLATE_NOOP("Vocabulary", "Niet mogelijk"),
    QT_TRANSLATE_NOOP("Vocabulary", "Niet geprobeerd"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nog niet nagegaan"),
    # case_facts.AmountKind
    QT_TRANSLATE_NOOP("Vocabulary", "Vordering of terugvordering"),
    QT_TRANSLATE_NOOP("Vocabulary", "Inkomen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Uitkering"),
    QT_TRANSLATE_NOOP("Vocabulary", "Schuld"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ander bedrag"),
    # case_facts.Period
    QT_TRANSLATE_NOOP("Vocabulary", "eenmalig"),
    QT_TRANSLATE_NOOP("Vocabulary", "per maand"),
    QT_TRANSLATE_NOOP("Vocabulary", "per jaar"),
    # case_facts.PartyRole
    QT_TRANSLATE_NOOP("Vocabulary", "Werkgever"),
    QT_TRANSLATE_NOOP("Vocabulary", "Partner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ex-partner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Familielid"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bewindvoerder"),
    QT_TRANSLATE_NOOP("Vocabulary", "Schuldhulpverlener"),
    QT_TRANSLATE_NOOP("Vocabulary", "Zorgverlener"),
    QT_TRANSLATE_NOOP("Vocabulary", "Verhuurder"),
    QT_TRANSLATE_NOOP("Vocabulary", "Andere organisatie"),
    # case_facts.Stage
    QT_TRANSLATE_NOOP("Vocabulary", "Aanvraag"),
    QT_TRANSLATE_NOOP("Vocabulary", "Primair besluit"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bezwaar"),
    QT_TRANSLATE_NOOP("Vocabulary", "Beroep"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hoger beroep"),
    QT_TRANSLATE_NOOP("Vocabulary", "Handhaving of invordering"),
    # chart.QUADRANTS
    QT_TRANSLATE_NOOP("Vocabulary", "Algemene regel volstaat"),
    QT_TRANSLATE_NOOP("Vocabulary", "Maatwerk, goed onderbouwd"),
    QT_TRANSLATE_NOOP("Vocabulary", "Maatwerk nodig: onderbouw beter"),
    QT_TRANSLATE_NOOP("Vocabulary", "Risico op willekeur"),
    # chart.X_LABEL, chart.Y_LABEL
    QT_TRANSLATE_NOOP("Vocabulary", "Hoe onevenredig de algemene regel uitpakt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Risico op willekeur bij afwijken"),
    # conference.MeetingStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Gepland"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gehouden"),
    # conference.Stance
    QT_TRANSLATE_NOOP("Vocabulary", "steunt het voorstel"),
    QT_TRANSLATE_NOOP("Vocabulary", "steunt het met aanpassingen"),
    QT_TRANSLATE_NOOP("Vocabulary", "steunt het voorstel niet"),
    QT_TRANSLATE_NOOP("Vocabulary", "onthoudt zich"),
    # criteria_check.Applicability
    QT_TRANSLATE_NOOP("Vocabulary", "Afwijken kan langs deze route"),
    QT_TRANSLATE_NOOP("Vocabulary", "Afwijken kan niet langs deze route"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nog niet te bepalen"),
    # criteria_check.GateStatus
    QT_TRANSLATE_NOOP("Vocabulary", "geprobeerd of niet mogelijk"),
    QT_TRANSLATE_NOOP("Vocabulary", "niet geprobeerd"),
    QT_TRANSLATE_NOOP("Vocabulary", "nog open"),
    # decision.OutcomeType
    QT_TRANSLATE_NOOP("Vocabulary", "Algemene regel toepassen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Verzoek afwijzen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Volledig afwijken"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gedeeltelijk afwijken"),
    QT_TRANSLATE_NOOP("Vocabulary", "Alternatieve maatregel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tijdelijk maatwerk"),
    QT_TRANSLATE_NOOP("Vocabulary", "Opschorten of schorsen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Herstel van het besluit"),
    QT_TRANSLATE_NOOP("Vocabulary", "Betalingsregeling op maat"),
    # decision.DegreeUnit
    QT_TRANSLATE_NOOP("Vocabulary", "euro"),
    QT_TRANSLATE_NOOP("Vocabulary", "procent"),
    QT_TRANSLATE_NOOP("Vocabulary", "maanden"),
    QT_TRANSLATE_NOOP("Vocabulary", "weken"),
    QT_TRANSLATE_NOOP("Vocabulary", "dagen"),
    # factors.SIDE_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "pleit voor afwijken"),
    QT_TRANSLATE_NOOP("Vocabulary", "pleit voor de algemene regel"),
    # groups.MemberCheck
    QT_TRANSLATE_NOOP("Vocabulary", "nog te controleren"),
    QT_TRANSLATE_NOOP("Vocabulary", "gecontroleerd: groepsbesluit past"),
    QT_TRANSLATE_NOOP("Vocabulary", "individueel besluiten"),
    QT_TRANSLATE_NOOP("Vocabulary", "groepsbesluit toegepast"),
    # indicators.Severity
    QT_TRANSLATE_NOOP("Vocabulary", "kritiek"),
    QT_TRANSLATE_NOOP("Vocabulary", "hoog"),
    QT_TRANSLATE_NOOP("Vocabulary", "middel"),
    QT_TRANSLATE_NOOP("Vocabulary", "laag"),
    QT_TRANSLATE_NOOP("Vocabulary", "info"),
    # loket.InvolvementRole
    QT_TRANSLATE_NOOP("Vocabulary", "betrokken"),
    QT_TRANSLATE_NOOP("Vocabulary", "verwijzer"),
    QT_TRANSLATE_NOOP("Vocabulary", "ontvanger"),
    QT_TRANSLATE_NOOP("Vocabulary", "regievoerder"),
    # loket.ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "voorgesteld"),
    QT_TRANSLATE_NOOP("Vocabulary", "verzonden"),
    QT_TRANSLATE_NOOP("Vocabulary", "ontvangen"),
    QT_TRANSLATE_NOOP("Vocabulary", "in behandeling"),
    QT_TRANSLATE_NOOP("Vocabulary", "afgerond"),
    QT_TRANSLATE_NOOP("Vocabulary", "niet opgepakt"),
    # loket.FieldGroup
    QT_TRANSLATE_NOOP("Vocabulary", "de zaak (regeling, artikel, verzoek)"),
    QT_TRANSLATE_NOOP("Vocabulary", "het knelpunt (met de generieke uitkomst)"),
    QT_TRANSLATE_NOOP("Vocabulary", "identificerende gegevens (naam, BSN, geboortedatum)"),
    QT_TRANSLATE_NOOP("Vocabulary", "contactgegevens"),
    QT_TRANSLATE_NOOP("Vocabulary", "het huishouden"),
    QT_TRANSLATE_NOOP("Vocabulary", "bedragen"),
    QT_TRANSLATE_NOOP("Vocabulary", "waarnemingen over doenvermogen"),
    QT_TRANSLATE_NOOP("Vocabulary", "het besluit"),
    # loket.Ground
    QT_TRANSLATE_NOOP("Vocabulary", "art. 6 lid 1 onder a AVG: toestemming van de betrokkene"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "art. 6 lid 1 onder b AVG: uitvoering van een overeenkomst met de betrokkene"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "art. 6 lid 1 onder c AVG: wettelijke verplichting"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "art. 6 lid 1 onder d AVG: vitaal belang van de betrokkene of een ander"
    ),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "art. 6 lid 1 onder e AVG: taak van algemeen belang of openbaar gezag"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "art. 6 lid 1 onder f AVG: gerechtvaardigd belang"),
    # people.Role
    QT_TRANSLATE_NOOP("Vocabulary", "behandelaar"),
    QT_TRANSLATE_NOOP("Vocabulary", "voorzitter"),
    QT_TRANSLATE_NOOP("Vocabulary", "lid van het overleg"),
    QT_TRANSLATE_NOOP("Vocabulary", "secretaris"),
    QT_TRANSLATE_NOOP("Vocabulary", "lezer"),
    QT_TRANSLATE_NOOP("Vocabulary", "functioneel beheerder"),
    QT_TRANSLATE_NOOP("Vocabulary", "systeem (opdrachtregel)"),
    # people.Discipline
    QT_TRANSLATE_NOOP("Vocabulary", "juridisch"),
    QT_TRANSLATE_NOOP("Vocabulary", "inkomen"),
    QT_TRANSLATE_NOOP("Vocabulary", "schulden"),
    QT_TRANSLATE_NOOP("Vocabulary", "zorg/medisch"),
    QT_TRANSLATE_NOOP("Vocabulary", "wijkteam"),
    QT_TRANSLATE_NOOP("Vocabulary", "beleid"),
    QT_TRANSLATE_NOOP("Vocabulary", "overig"),
    # plain_language.FindingKind
    QT_TRANSLATE_NOOP("Vocabulary", "Lange zin"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lang woord"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lijdende vorm"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ambtelijk woord"),
    # plain_language.ReadabilityBand
    QT_TRANSLATE_NOOP("Vocabulary", "makkelijk (B1)"),
    QT_TRANSLATE_NOOP("Vocabulary", "redelijk"),
    QT_TRANSLATE_NOOP("Vocabulary", "moeilijk"),
    QT_TRANSLATE_NOOP("Vocabulary", "zeer moeilijk"),
    # policy_signals.SignalCategory
    QT_TRANSLATE_NOOP("Vocabulary", "Hardheid in de regel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Samenloop van regels"),
    QT_TRANSLATE_NOOP("Vocabulary", "Uitvoering"),
    QT_TRANSLATE_NOOP("Vocabulary", "Informatie"),
    # policy_signals.SignalState
    QT_TRANSLATE_NOOP("Vocabulary", "concept"),
    QT_TRANSLATE_NOOP("Vocabulary", "gemeld"),
    # "in behandeling": listed with loket.ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "opgelost"),
    QT_TRANSLATE_NOOP("Vocabulary", "niet overgenomen"),
    # precedent_explanation.OUTCOME_HEADINGS
    QT_TRANSLATE_NOOP("Vocabulary", "Maatwerk: afwijken van de regel"),
    QT_TRANSLATE_NOOP("Vocabulary", "De algemene regel toepassen"),
    # proportionality.IntensityLevel
    QT_TRANSLATE_NOOP("Vocabulary", "terughoudend"),
    QT_TRANSLATE_NOOP("Vocabulary", "gemiddeld"),
    QT_TRANSLATE_NOOP("Vocabulary", "intensief"),
    # proportionality.VerdictValue
    QT_TRANSLATE_NOOP("Vocabulary", "onevenredig"),
    QT_TRANSLATE_NOOP("Vocabulary", "evenredig"),
    QT_TRANSLATE_NOOP("Vocabulary", "onzeker"),
    # proportionality.Failure
    QT_TRANSLATE_NOOP("Vocabulary", "geschiktheid: nee"),
    QT_TRANSLATE_NOOP("Vocabulary", "noodzakelijkheid: nee"),
    QT_TRANSLATE_NOOP("Vocabulary", "een lichtere maatregel dient het doel even goed"),
    QT_TRANSLATE_NOOP("Vocabulary", "evenwichtigheid gedeeltelijk bij intensieve toetsing"),
    QT_TRANSLATE_NOOP("Vocabulary", "evenwichtigheid: nee"),
    # proportionality.NATURE_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "belastend"),
    QT_TRANSLATE_NOOP("Vocabulary", "begunstigend"),
    QT_TRANSLATE_NOOP("Vocabulary", "hybride"),
    QT_TRANSLATE_NOOP("Vocabulary", "nog onbekend"),
    # proportionality.ANSWER_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "ja"),
    QT_TRANSLATE_NOOP("Vocabulary", "gedeeltelijk"),
    QT_TRANSLATE_NOOP("Vocabulary", "nee"),
    # "nog onbekend": listed with proportionality.NATURE_LABELS
    # proportionality.ALTERNATIVE_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "gedeeltelijke terugvordering"),
    QT_TRANSLATE_NOOP("Vocabulary", "een betalingsregeling"),
    QT_TRANSLATE_NOOP("Vocabulary", "een kortere maatregel"),
    QT_TRANSLATE_NOOP("Vocabulary", "een voorwaardelijke maatregel"),
    QT_TRANSLATE_NOOP("Vocabulary", "eerst een waarschuwing"),
    QT_TRANSLATE_NOOP("Vocabulary", "een tijdelijke uitzondering"),
    # proportionality.ALTERNATIVE_VERDICT_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "dient het doel even goed"),
    QT_TRANSLATE_NOOP("Vocabulary", "dient het doel niet even goed"),
    QT_TRANSLATE_NOOP("Vocabulary", "nog niet overwogen"),
    # proportionality.INTEREST_HOLDER_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "de burger"),
    QT_TRANSLATE_NOOP("Vocabulary", "minderjarige kinderen"),
    QT_TRANSLATE_NOOP("Vocabulary", "derden"),
    QT_TRANSLATE_NOOP("Vocabulary", "het algemeen belang"),
    QT_TRANSLATE_NOOP("Vocabulary", "het doel van de regel"),
    # proportionality.WEIGHT_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "geen"),
    QT_TRANSLATE_NOOP("Vocabulary", "licht"),
    # "gemiddeld": listed with proportionality.IntensityLevel
    QT_TRANSLATE_NOOP("Vocabulary", "zwaar"),
    # proportionality.FACTOR_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "Beleidsruimte van het bestuursorgaan"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gewicht van het doel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ernst van de gevolgen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Grondrechten die worden geraakt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kwetsbaarheid en doenvermogen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Verwijtbaarheid van de burger"),
    QT_TRANSLATE_NOOP("Vocabulary", "Eigen aandeel van de organisatie"),
    QT_TRANSLATE_NOOP("Vocabulary", "Belangen van minderjarige kinderen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gevolgen voor derden"),
    # proportionality.LEVEL_LABELS
    # "onbekend": listed with proposal.Zienswijze
    # "laag", "hoog": listed with indicators.Severity
    # "gemiddeld": listed with proportionality.IntensityLevel
    # proposal.Zienswijze
    QT_TRANSLATE_NOOP("Vocabulary", "aangeboden"),
    QT_TRANSLATE_NOOP("Vocabulary", "niet vereist"),
    QT_TRANSLATE_NOOP("Vocabulary", "niet aangeboden"),
    QT_TRANSLATE_NOOP("Vocabulary", "onbekend"),
    # proposal.SignalKind
    QT_TRANSLATE_NOOP("Vocabulary", "Nog niet bepaald"),
    QT_TRANSLATE_NOOP("Vocabulary", "Alleen een individuele oplossing"),
    QT_TRANSLATE_NOOP("Vocabulary", "Structureel: beleidsregel aanpassen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Structureel: wet of verordening aanpassen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Structureel: groepsregeling"),
    QT_TRANSLATE_NOOP("Vocabulary", "Uitvoering of ICT"),
    # signal_patterns.PatternRule
    QT_TRANSLATE_NOOP("Vocabulary", "Zelfde artikel, zelfde doorslaggevende factoren"),
    QT_TRANSLATE_NOOP("Vocabulary", "Herhaalde escalaties"),
    QT_TRANSLATE_NOOP("Vocabulary", "Terugkerende willekeur-indicator"),
    # signed_record.OverrideGround
    QT_TRANSLATE_NOOP(
        "Vocabulary", "volgens de toets kan langs de gekozen route niet worden afgeweken"
    ),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "of langs de gekozen route kan worden afgeweken, staat nog niet vast"
    ),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "de algemene regel is volgens de evenredigheidstoets onevenredig"
    ),
    # vocabulary.DossierStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Intake"),
    QT_TRANSLATE_NOOP("Vocabulary", "Analyse"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ter bespreking"),
    QT_TRANSLATE_NOOP("Vocabulary", "Besloten"),
    QT_TRANSLATE_NOOP("Vocabulary", "Afgesloten"),
    # vocabulary.Organisation
    QT_TRANSLATE_NOOP("Vocabulary", "Gemeente"),
    QT_TRANSLATE_NOOP("Vocabulary", "UWV"),
    QT_TRANSLATE_NOOP("Vocabulary", "SVB"),
    QT_TRANSLATE_NOOP("Vocabulary", "IND"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dienst Toeslagen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Belastingdienst"),
    # "Andere organisatie": listed with case_facts.PartyRole
    # vocabulary.SubjectKind
    QT_TRANSLATE_NOOP("Vocabulary", "Persoon"),
    QT_TRANSLATE_NOOP("Vocabulary", "Onderneming"),
    # vocabulary.TimelineKind
    QT_TRANSLATE_NOOP("Vocabulary", "Contactmoment"),
    QT_TRANSLATE_NOOP("Vocabulary", "Brief ontvangen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Brief verstuurd"),
    QT_TRANSLATE_NOOP("Vocabulary", "Huisbezoek"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gebeurtenis"),
    QT_TRANSLATE_NOOP("Vocabulary", "Notitie"),
    # vocabulary.DoenDimension
    QT_TRANSLATE_NOOP("Vocabulary", "Een doel stellen en een plan maken"),
    QT_TRANSLATE_NOOP("Vocabulary", "In actie komen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Volhouden"),
    QT_TRANSLATE_NOOP("Vocabulary", "Omgaan met verleidingen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Omgaan met tegenslag"),
    # vocabulary.DoenObservation
    QT_TRANSLATE_NOOP("Vocabulary", "Niet waargenomen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Geen belemmering gezien"),
    QT_TRANSLATE_NOOP("Vocabulary", "Enige belemmering gezien"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ernstige belemmering gezien"),
    # vocabulary.Stressor
    QT_TRANSLATE_NOOP("Vocabulary", "Schulden"),
    QT_TRANSLATE_NOOP("Vocabulary", "Scheiding"),
    QT_TRANSLATE_NOOP("Vocabulary", "Verlies van werk"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ziekte"),
    QT_TRANSLATE_NOOP("Vocabulary", "Overlijden van een naaste"),
    QT_TRANSLATE_NOOP("Vocabulary", "Onzekere woonsituatie"),
    QT_TRANSLATE_NOOP("Vocabulary", "Zorgtaken (mantelzorg, kinderen)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Taal- of leesbarrière"),
    QT_TRANSLATE_NOOP("Vocabulary", "Beperkte digitale vaardigheden"),
    QT_TRANSLATE_NOOP("Vocabulary", "Licht verstandelijke beperking"),
    QT_TRANSLATE_NOOP("Vocabulary", "Psychische problemen"),
)
"""Every label of the domain's vocabularies, by module and enum or table, marked for
translation."""
