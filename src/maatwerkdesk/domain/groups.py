"""Group dossiers: one knelpunt that affects many citizens in the same way, handled once.

A group names the shared pattern (the rule, the article, what goes wrong for everyone in
it) and carries one group decision: an outcome type and degree with a motivation. The
decision reaches a member only after that member's own check: nothing in its own check
stands in the way of the outcome, and the caseworker recorded that no individual
circumstances call for another one. A member whose circumstances do is decided on its own
and leaves the group decision, but stays linked to the group. A dossier belongs to at most
one group. Applying records the member's decision; it is signed as any other (four eyes).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from maatwerkdesk.domain.decision import Decision, DegreeUnit, OutcomeType
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, clean_text

REFERENCE_PREFIX = "GR"


def group_reference(year: int, number: int) -> str:
    """'GR-2026-0001'."""
    return f"{REFERENCE_PREFIX}-{year}-{number:04d}"


class MemberCheck(StrEnum):
    """Where a member stands with respect to the group decision."""

    OPEN = "open"
    """Not checked yet (or the group decision changed since it was)."""
    FITS = "fits"
    """Checked: nothing individual calls for another outcome; the decision may be applied."""
    INDIVIDUAL = "individual"
    """Individual circumstances call for another outcome: decided on its own."""
    APPLIED = "applied"
    """The group decision was recorded as the member's decision."""

    @property
    def label(self) -> str:
        return _CHECK_LABELS[self]


_CHECK_LABELS = {
    MemberCheck.OPEN: "nog te controleren",
    MemberCheck.FITS: "gecontroleerd: groepsbesluit past",
    MemberCheck.INDIVIDUAL: "individueel besluiten",
    MemberCheck.APPLIED: "groepsbesluit toegepast",
}


def current_check(check: MemberCheck, checked_version: int, decision_version: int) -> MemberCheck:
    """A check that the member fits, made against an earlier group decision, no longer
    counts: the member is to be checked again."""
    if check is MemberCheck.FITS and checked_version != decision_version:
        return MemberCheck.OPEN
    return check


@dataclass(frozen=True)
class GroupFields:
    """What a caseworker edits of a group."""

    title: str = ""
    regulation: str = ""
    article: str = ""
    pattern: str = ""
    """The shared knelpunt: what the rule does to everyone in the group, and why it pinches."""


@dataclass(frozen=True)
class GroupMember:
    dossier_id: str
    reference: str
    title: str
    check: MemberCheck = MemberCheck.OPEN
    circumstances: str = ""
    """What the caseworker recorded at the check: the individual circumstances, if any."""
    checked_by: str = ""
    checked_on: date | None = None
    checked_version: int = 0
    """The version of the group decision the check was made against."""
    signed: bool = False
    """The member's own decision is signed."""


@dataclass(frozen=True)
class Group:
    id: str
    reference: str
    fields: GroupFields
    decision: Decision | None = None
    decision_version: int = 0
    """Goes up with every change of the group decision: a check counts for one version."""
    members: tuple[GroupMember, ...] = ()
    revision: int = 1
    updated_at: datetime | None = None

    def member(self, dossier_id: str) -> GroupMember | None:
        return next((m for m in self.members if m.dossier_id == dossier_id), None)

    def check_of(self, member: GroupMember) -> MemberCheck:
        """The member's state now: a check made against an earlier group decision no
        longer counts."""
        return current_check(member.check, member.checked_version, self.decision_version)

    @property
    def label(self) -> str:
        """'GR-2026-0001 — Kostendelersnorm jonge mantelzorgers'."""
        return f"{self.reference} — {self.fields.title}"


@dataclass(frozen=True)
class GroupLink:
    """What a member dossier shows of its group."""

    id: str
    reference: str
    title: str
    check: MemberCheck

    @property
    def line(self) -> str:
        return said("groups", "Hoort bij groep {reference} — {title}").format(
            reference=self.reference, title=self.title
        )


def _short(value: str, name: str) -> str:
    return clean_text(value, name, limit=SHORT_TEXT_LIMIT, multiline=False)


def _long(value: str, name: str) -> str:
    return clean_text(value, name, limit=LONG_TEXT_LIMIT, multiline=True)


def validate_group_fields(fields: GroupFields) -> GroupFields:
    title = _short(fields.title, "group.title")
    if not title:
        raise ValidationError("group.title", said("groups", "Geef de groep een titel."))
    regulation = _short(fields.regulation, "group.regulation")
    if not regulation:
        raise ValidationError(
            "group.regulation",
            said(
                "groups",
                "Noem de regeling waar het knelpunt van de groep in zit; daarop herkent het "
                "programma vergelijkbare afwijkingen.",
            ),
        )
    pattern = _long(fields.pattern, "group.pattern")
    if not pattern:
        raise ValidationError(
            "group.pattern",
            said(
                "groups",
                "Beschrijf het gedeelde knelpunt: wat de regel bij iedereen in de groep doet en "
                "waarom dat knelt.",
            ),
        )
    return GroupFields(title, regulation, _short(fields.article, "group.article"), pattern)


def validate_group_decision(decision: Decision) -> Decision:
    """A group decision is an outcome type, a degree and a motivation; its reasons are each
    member's own factors, so it names none and departs from no precedent itself."""
    motivation = _long(decision.motivation, "group.decision.motivation")
    if not motivation:
        raise ValidationError(
            "group.decision.motivation",
            said(
                "groups",
                "Motiveer het groepsbesluit: waarom deze uitkomst past bij het gedeelde knelpunt.",
            ),
        )
    degree = decision.degree
    if degree is not None and degree.value < 0:
        raise ValidationError(
            "group.decision.degree", said("groups", "De mate kan niet negatief zijn.")
        )
    if degree is not None and degree.unit is DegreeUnit.PERCENT and degree.value > 100:
        raise ValidationError(
            "group.decision.degree", said("groups", "Een percentage ligt tussen 0 en 100.")
        )
    return Decision(decision.outcome_type, degree, motivation=motivation)


def refuse_to_join(dossier_reference: str, current: str | None, signed: bool) -> None:
    """A dossier joins a group only when it is in none yet and its decision is not signed."""
    if current is not None:
        raise ValidationError(
            "group.members",
            said(
                "groups",
                "{reference} hoort al bij groep {group}. Een dossier hoort bij hoogstens één "
                "groep; haal het daar eerst weg.",
            ).format(reference=dossier_reference, group=current),
        )
    if signed:
        raise ValidationError(
            "group.members",
            said(
                "groups",
                "Het besluit over {reference} is al ondertekend; een groepsbesluit kan er niet "
                "meer op worden toegepast.",
            ).format(reference=dossier_reference),
        )


def refuse_to_leave(member: GroupMember) -> None:
    """A member keeps its link once the group decision is its decision: its motivation
    names the group."""
    if member.check is MemberCheck.APPLIED:
        raise ValidationError(
            "group.members",
            said(
                "groups",
                "Het groepsbesluit is al toegepast op {reference}; de motivering van dat besluit "
                "noemt de groep, dus het dossier blijft erbij horen.",
            ).format(reference=member.reference),
        )


def clean_circumstances(fits: bool, circumstances: str) -> str:
    """What a check records: no individual circumstances, or which there are."""
    text = _long(circumstances, "group.circumstances")
    if not fits and not text:
        raise ValidationError(
            "group.circumstances",
            said(
                "groups",
                "Leg vast welke individuele omstandigheden om een andere uitkomst vragen; dan "
                "besluit u over dit dossier afzonderlijk.",
            ),
        )
    return text


def refuse_to_apply(group: Group, member: GroupMember | None, reference: str) -> Decision:
    """The group decision, if it may be applied to the member now; else a ValidationError
    saying what is missing."""
    if member is None:
        raise ValidationError(
            "group.members",
            said(
                "groups",
                "{reference} hoort niet bij groep {group}; het groepsbesluit geldt alleen voor "
                "de leden van de groep.",
            ).format(reference=reference, group=group.reference),
        )
    if group.decision is None:
        raise ValidationError(
            "group.decision",
            said("groups", "Groep {group} heeft nog geen groepsbesluit.").format(
                group=group.reference
            ),
        )
    if member.signed:
        raise ValidationError(
            "group.members",
            said(
                "groups",
                "Het besluit over {reference} is al ondertekend; een wijziging is een nieuwe "
                "versie door de voorzitter.",
            ).format(reference=reference),
        )
    state = group.check_of(member)
    if state is MemberCheck.INDIVIDUAL:
        raise ValidationError(
            "group.check",
            said(
                "groups",
                "Bij {reference} zijn individuele omstandigheden vastgelegd; over dit dossier "
                "wordt afzonderlijk besloten.",
            ).format(reference=reference),
        )
    if state is not MemberCheck.FITS:
        raise ValidationError(
            "group.check",
            said(
                "groups",
                "{reference} is nog niet individueel gecontroleerd tegen het huidige "
                "groepsbesluit. Leg eerst vast dat er geen individuele omstandigheden zijn die "
                "om een andere uitkomst vragen.",
            ).format(reference=reference),
        )
    return group.decision


def member_decision(group: Group, decided_on: date) -> Decision:
    """The member's decision as the group decision gives it: outcome type and degree, with a
    motivation that names the group decision. Its reason is the member's own factors."""
    assert group.decision is not None
    motivation = (
        f"Groepsbesluit {group.label}: {group.decision.motivation}\n\n"
        "Individueel gecontroleerd: er zijn geen individuele omstandigheden die om een andere "
        "uitkomst vragen."
    )
    return replace(group.decision, motivation=motivation, decided_on=decided_on)


def outcome_summary(decision: Decision) -> str:
    """'Gedeeltelijk afwijken, 50%'."""
    label = OutcomeType(decision.outcome_type).label
    return f"{label}, {decision.degree}" if decision.degree is not None else label
