"""The balance chart's axes and quadrants: derived from recorded values, between 0 and 1."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.chart import QUADRANTS, arbitrariness_risk, disproportion, quadrant
from maatwerkdesk.domain.indicators import Severity
from maatwerkdesk.domain.proportionality import IntensityLevel, VerdictValue


def test_the_verdict_places_the_dossier_and_intensity_moves_it() -> None:
    moderate = IntensityLevel.MODERATE
    assert disproportion(VerdictValue.PROPORTIONATE, moderate) < 0.5
    assert disproportion(VerdictValue.UNCERTAIN, moderate) == 0.5
    assert disproportion(VerdictValue.DISPROPORTIONATE, moderate) > 0.5
    assert disproportion(VerdictValue.UNCERTAIN, IntensityLevel.INTENSIVE) > 0.5
    assert disproportion(VerdictValue.UNCERTAIN, IntensityLevel.RESTRAINED) < 0.5


def test_one_critical_finding_weighs_more_than_several_small_ones() -> None:
    assert arbitrariness_risk([]) == 0
    critical = arbitrariness_risk([Severity.CRITICAL])
    assert critical > arbitrariness_risk([Severity.LOW] * 5)
    assert critical > 0.5 and arbitrariness_risk([Severity.INFO]) < 0.05


@given(st.lists(st.sampled_from(list(Severity)), max_size=30))
def test_risk_stays_between_0_and_1_and_grows_with_each_finding(found: list[Severity]) -> None:
    risk = arbitrariness_risk(found)
    assert 0 <= risk <= 1
    assert arbitrariness_risk([*found, Severity.LOW]) >= risk


def test_each_quadrant_has_a_plain_name() -> None:
    assert quadrant(0.8, 0.2) == "Maatwerk, goed onderbouwd"
    assert quadrant(0.2, 0.8) == "Risico op willekeur"
    assert quadrant(0.2, 0.2) == "Algemene regel volstaat"
    assert quadrant(0.9, 0.9) == "Maatwerk nodig: onderbouw beter"
    assert len(set(QUADRANTS.values())) == 4
