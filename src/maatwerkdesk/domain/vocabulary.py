"""Closed vocabularies of the dossier, each with its Dutch label for the interface.

Stored values are stable English-ish codes; labels may change without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class DossierStatus(StrEnum):
    INTAKE = "intake"
    ANALYSE = "analyse"
    TER_BESPREKING = "ter_bespreking"
    BESLOTEN = "besloten"
    AFGESLOTEN = "afgesloten"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    DossierStatus.INTAKE: "Intake",
    DossierStatus.ANALYSE: "Analyse",
    DossierStatus.TER_BESPREKING: "Ter bespreking",
    DossierStatus.BESLOTEN: "Besloten",
    DossierStatus.AFGESLOTEN: "Afgesloten",
}


class Organisation(StrEnum):
    GEMEENTE = "gemeente"
    UWV = "uwv"
    SVB = "svb"
    IND = "ind"
    TOESLAGEN = "toeslagen"
    BELASTINGDIENST = "belastingdienst"
    OVERIG = "overig"

    @property
    def label(self) -> str:
        return _ORGANISATION_LABELS[self]


_ORGANISATION_LABELS = {
    Organisation.GEMEENTE: "Gemeente",
    Organisation.UWV: "UWV",
    Organisation.SVB: "SVB",
    Organisation.IND: "IND",
    Organisation.TOESLAGEN: "Dienst Toeslagen",
    Organisation.BELASTINGDIENST: "Belastingdienst",
    Organisation.OVERIG: "Andere organisatie",
}


class SubjectKind(StrEnum):
    PERSON = "persoon"
    BUSINESS = "onderneming"

    @property
    def label(self) -> str:
        return "Persoon" if self is SubjectKind.PERSON else "Onderneming"


class TimelineKind(StrEnum):
    CONTACT = "contact"
    LETTER_IN = "brief_in"
    LETTER_OUT = "brief_uit"
    HOME_VISIT = "huisbezoek"
    EVENT = "gebeurtenis"
    NOTE = "notitie"

    @property
    def label(self) -> str:
        return _TIMELINE_LABELS[self]


_TIMELINE_LABELS = {
    TimelineKind.CONTACT: "Contactmoment",
    TimelineKind.LETTER_IN: "Brief ontvangen",
    TimelineKind.LETTER_OUT: "Brief verstuurd",
    TimelineKind.HOME_VISIT: "Huisbezoek",
    TimelineKind.EVENT: "Gebeurtenis",
    TimelineKind.NOTE: "Notitie",
}


class DoenDimension(StrEnum):
    """The five WRR doenvermogen dimensions (WRR report 97, 2017)."""

    PLAN = "doel_en_plan"
    ACTION = "in_actie_komen"
    PERSEVERE = "volhouden"
    TEMPTATION = "verleidingen"
    SETBACK = "tegenslag"

    @property
    def label(self) -> str:
        return _DIMENSION_LABELS[self]


_DIMENSION_LABELS = {
    DoenDimension.PLAN: "Een doel stellen en een plan maken",
    DoenDimension.ACTION: "In actie komen",
    DoenDimension.PERSEVERE: "Volhouden",
    DoenDimension.TEMPTATION: "Omgaan met verleidingen",
    DoenDimension.SETBACK: "Omgaan met tegenslag",
}


class DoenObservation(StrEnum):
    """What was observed on a dimension; descriptive, never a label for the person."""

    NOT_OBSERVED = "niet_waargenomen"
    NO_DIFFICULTY = "geen_belemmering"
    SOME_DIFFICULTY = "enige_belemmering"
    SERIOUS_DIFFICULTY = "ernstige_belemmering"

    @property
    def label(self) -> str:
        return _OBSERVATION_LABELS[self]


_OBSERVATION_LABELS = {
    DoenObservation.NOT_OBSERVED: "Niet waargenomen",
    DoenObservation.NO_DIFFICULTY: "Geen belemmering gezien",
    DoenObservation.SOME_DIFFICULTY: "Enige belemmering gezien",
    DoenObservation.SERIOUS_DIFFICULTY: "Ernstige belemmering gezien",
}


class Stressor(StrEnum):
    """Circumstances that lower doenvermogen (WRR); a checklist, not a diagnosis."""

    DEBTS = "schulden"
    DIVORCE = "scheiding"
    JOB_LOSS = "baanverlies"
    ILLNESS = "ziekte"
    BEREAVEMENT = "overlijden_naaste"
    HOUSING = "woononzekerheid"
    CARE_DUTIES = "mantelzorg"
    LITERACY = "taal_of_leesbarriere"
    DIGITAL = "digitale_vaardigheden"
    LVB = "lvb"
    PSYCHIATRIC = "psychische_problemen"

    @property
    def label(self) -> str:
        return _STRESSOR_LABELS[self]


_STRESSOR_LABELS = {
    Stressor.DEBTS: "Schulden",
    Stressor.DIVORCE: "Scheiding",
    Stressor.JOB_LOSS: "Verlies van werk",
    Stressor.ILLNESS: "Ziekte",
    Stressor.BEREAVEMENT: "Overlijden van een naaste",
    Stressor.HOUSING: "Onzekere woonsituatie",
    Stressor.CARE_DUTIES: "Zorgtaken (mantelzorg, kinderen)",
    Stressor.LITERACY: "Taal- of leesbarrière",
    Stressor.DIGITAL: "Beperkte digitale vaardigheden",
    Stressor.LVB: "Licht verstandelijke beperking",
    Stressor.PSYCHIATRIC: "Psychische problemen",
}
