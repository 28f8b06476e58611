"""Fictitious demo dossiers: varied, realistic in shape, and recognisably made up.

Pure: made in memory from the demo's data (data.py, from resources/demo), with nothing of
a database; filling.py writes them. Everything comes from one seeded `random.Random`, so
a seed always gives the same dossiers (for the same `now`). Names are assembled from
common Dutch name parts, BSNs
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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TypeVar

from maatwerkdesk.domain.case_facts import (
    Amount,
    AmountKind,
    CaseFacts,
    PartyRole,
    Period,
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
from maatwerkdesk.domain.organisation import DEFAULT_PATTERN_AT
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
)
from maatwerkdesk.domain.vocabulary import TimelineKind as K
from maatwerkdesk.services.demo.data import (
    AGENDA_ENTRY,
    BUSINESS_CONSEQUENCES,
    BUSINESS_CONTACTS,
    BUSINESS_HOUSEHOLDS,
    BUSINESS_INCOME_NOTE,
    BUSINESS_NAMES,
    CLAIM_NOTE,
    CLOSINGS,
    CONFERENCE_NOTE,
    CONTACTS,
    COUNTRIES,
    DEBT_NOTE,
    DECIDED_TO,
    DECISION_SENT,
    DECISIONS,
    DIMENSION_NOTES,
    DISCIPLINES,
    ENDINGS,
    EXTRA_NOTES,
    FEMALE,
    HOUSEHOLDS,
    HOUSEHOLDS_OLD,
    HOUSEHOLDS_YOUNG,
    LANGUAGES,
    MALE,
    MIDDLE_ENTRIES,
    NOTICE,
    OPEN_NOTES,
    OWNERS,
    PARTICLES,
    PARTY_NOTES,
    PLACES,
    PREPARATION_ENTRIES,
    REQUEST_ENTRIES,
    RULINGS,
    SCENARIOS,
    SHOP_NOUNS,
    STEMS,
    STREETS,
    SUPPORT,
    Scenario,
)

TEST_BSN_FIRST = 999_990_000
TEST_BSN_LAST = 999_999_999
"""The range set aside for test BSNs; numbers of real people never come from it."""

FAKE_KVK_PREFIX = "9999"

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


_HEAD, _, _DECIDED = CONFERENCE_NOTE.partition("{disciplines}")
DECIDED_MARK, _, _END = _DECIDED.partition("{besluit}")
"""What stands between the disciplines and the decision in the note of the deciding meeting
(CONFERENCE_NOTE): `told_decision` finds the note by it and by the note's start."""


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
        if not mark or not head.startswith(_HEAD):
            return entry
        return replace(entry, description=f"{head}{mark}{told}{_END}")

    return tuple(retold(entry) for entry in timeline)


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
    in_pattern: bool = False
    """One of the decided dossiers that make the demo's pattern (`demo_dossiers`)."""


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


T = TypeVar("T")


def _spread(items: Sequence[T], count: int, rng: random.Random) -> list[T]:
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
        tail.append((K.LETTER_OUT, DECISION_SENT))
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
    in_pattern: bool = False,
    calm: bool = False,
    since: date | None = None,
) -> DemoDossier:
    """One fictitious dossier of `organisation` with the given status, dated before `now`;
    `in_group`: one of the demo group's members, with its scenario and article;
    `in_pattern`: one of the dossiers of the demo's pattern, with its scenario and article;
    `calm`: one whose facts give no signal of possible maatwerk; `since`: the day its
    story starts (drawn when None)."""
    today = now.astimezone(UTC).date()
    drawn = rng.choice([s for s in SCENARIOS if s.organisations[0] is organisation])
    scenario = GROUP_SCENARIO if in_group else PATTERN_SCENARIO if in_pattern else drawn
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
    start = since or today - timedelta(days=rng.randint(10, 420))
    timeline = _timeline(rng, status, scenario, values, start, today, owner)
    created_at = _moment(rng, start, now)
    updated_at = max(created_at, _moment(rng, timeline[-1].occurred_on, now))
    title = _fill(rng.choice(titles), values)
    if in_group or in_pattern:
        article, deviation_article = GROUP_ARTICLES if in_group else PATTERN_ARTICLES
    else:
        article, deviation_article = rng.choice(scenario.articles)
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
    return DemoDossier(fields, tuple(timeline), created_at, updated_at, in_pattern=in_pattern)


def _calm(doen: Doenvermogen) -> Doenvermogen:
    """No circumstances and only the dimensions observed without a difficulty."""
    kept = {
        dimension: note
        for dimension, note in doen.dimensions.items()
        if note.observation is DoenObservation.NO_DIFFICULTY
    }
    return Doenvermogen(kept, frozenset(), doen.support)


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
    found: list[tuple[PartyRole, str]] = []
    stressors = fields.doenvermogen.stressors
    if "bijbaan" in story or "werk" in fields.title.lower():
        employer = rng.choice(BUSINESS_NAMES).format(
            first=_person(rng).first, last=_person(rng).last, noun=rng.choice(SHOP_NOUNS)
        )
        found.append((PartyRole.EMPLOYER, employer))
    if "partner" in story or "samenwon" in story:
        found.append((PartyRole.PARTNER, _person(rng).full_name))
    if Stressor.DIVORCE in stressors:
        found.append((PartyRole.EX_PARTNER, _person(rng).full_name))
    if "familie" in story or "zus" in story:
        found.append((PartyRole.FAMILY, _person(rng).full_name))
    if "bewindvoerder" in fields.doenvermogen.support.lower():
        found.append((PartyRole.GUARDIAN, _person(rng).full_name))
    if Stressor.DEBTS in stressors and rng.random() < 0.5:
        found.append((PartyRole.DEBT_COUNSELLOR, _person(rng).full_name))
    return [(role, name, PARTY_NOTES[role]) for role, name in found]


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
        amounts.append(Amount(AmountKind.CLAIM, claim, note=CLAIM_NOTE))
    since = today - timedelta(days=rng.randint(200, 1500))
    if fields.subject.kind is SubjectKind.BUSINESS:
        income = Amount(
            AmountKind.INCOME,
            _cents(rng, 14_000, 48_000),
            Period.YEARLY,
            note=BUSINESS_INCOME_NOTE,
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
                note=DEBT_NOTE,
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
    members: gemeente dossiers on the kostendelersnorm (`is_group_member` finds them); and
    PATTERN_SIZE decided ones make the demo's pattern: gemeente dossiers on the recovery of
    bijstand (`DemoDossier.in_pattern`), which precedents.py has deviate on one reason.

    A pattern dossier takes the place of a decided one the gemeente leads where there are
    enough of them (else of one whose organisation leads the most), so each organisation
    still leads about as many dossiers. It is drawn from a generator of its own, seeded
    with the texts of the dossier it replaces, which is drawn all the same: the dossiers
    after it stay what they were. Its story starts on the day that one's did, so it is
    numbered in the same year and every dossier keeps the reference it had."""
    statuses = _spread(list(DossierStatus), count, rng)
    organisations = _spread(ORGANISATION_CYCLE, count, rng)
    open_ones = [i for i, status in enumerate(statuses) if status in GROUP_STATUSES]
    members = set(open_ones[:GROUP_SIZE]) if count >= GROUP_FROM else set()
    others = [i for i, status in enumerate(statuses) if status in OPEN and i not in members]
    calm = set(others[1::2])
    pattern = _pattern_places(statuses, organisations) if count >= GROUP_FROM else set()
    dossiers = []
    for i, (status, organisation) in enumerate(zip(statuses, organisations, strict=True)):
        demo = demo_dossier(
            rng,
            status,
            Organisation.GEMEENTE if i in members else organisation,
            now,
            in_group=i in members,
            calm=i in calm,
        )
        if i in pattern:
            own = random.Random(f"{demo.fields.title}|{demo.fields.subject.name}|patroon")
            since = demo.timeline[0].occurred_on
            demo = demo_dossier(own, status, PATTERN_LEAD, now, in_pattern=True, since=since)
        dossiers.append(demo)
    return dossiers


def _pattern_places(
    statuses: Sequence[DossierStatus], organisations: Sequence[Organisation]
) -> set[int]:
    """The decided dossiers that make the pattern: first those PATTERN_LEAD leads, then
    those of the organisations that lead the most dossiers; earlier ones first."""
    decided = [i for i, status in enumerate(statuses) if status in PATTERN_STATUSES]
    led = Counter(organisations)

    def order(i: int) -> tuple[bool, int, int]:
        return organisations[i] is not PATTERN_LEAD, -led[organisations[i]], i

    return set(sorted(decided, key=order)[:PATTERN_SIZE])


GROUP_SCENARIO = next(s for s in SCENARIOS if s.titles[0].startswith("Kostendelersnorm"))
GROUP_ARTICLES = GROUP_SCENARIO.articles[0]
"""The generic rule's article and the deviation clause of every member."""
OPEN = (DossierStatus.INTAKE, DossierStatus.ANALYSE, DossierStatus.TER_BESPREKING)
GROUP_STATUSES = (DossierStatus.INTAKE, DossierStatus.ANALYSE)
"""Open, and not yet on a meeting's agenda: the group decision has still to reach them."""
GROUP_SIZE = 3
GROUP_FROM = 10
"""The smallest demo with a group: a smaller one is for trying a single dossier out."""
PATTERN_SCENARIO = next(s for s in SCENARIOS if s.titles[0].startswith("Terugvordering bijstand"))
PATTERN_ARTICLES = PATTERN_SCENARIO.articles[0]
PATTERN_LEAD = PATTERN_SCENARIO.organisations[0]
PATTERN_STATUSES = (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)
PATTERN_SIZE = DEFAULT_PATTERN_AT
"""Signed deviations from one article on the same reason that make a pattern proposal for
a knelpuntsignaal by default (an organisation's settings may ask for more): the demo has
as many from GROUP_FROM dossiers on, and leaves the proposal waiting."""


def is_group_member(fields: DossierFields) -> bool:
    """Whether a demo dossier was made up as one of the demo group's members."""
    return (
        fields.status in GROUP_STATUSES
        and fields.regulation == GROUP_SCENARIO.regulation
        and (fields.article, fields.deviation_article) == GROUP_ARTICLES
        and any(fields.title == title for title in GROUP_SCENARIO.titles)
    )


def is_loket_example(fields: DossierFields) -> bool:
    """Whether a demo dossier can show the loket: about a person with a BSN, outside the
    demo group (whose members tell their own story)."""
    subject = fields.subject
    return subject.kind is SubjectKind.PERSON and bool(subject.bsn) and not is_group_member(fields)
