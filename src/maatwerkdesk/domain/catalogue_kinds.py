"""Any catalogue file: criteria or factors, told apart by its `kind` key."""

from __future__ import annotations

from maatwerkdesk.domain.catalogue import CriteriaCatalogue
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue, parse_toml
from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.factors import FactorCatalogue

AnyCatalogue = CriteriaCatalogue | FactorCatalogue


def load_catalogue(text: str, file_name: str) -> AnyCatalogue:
    """Read a catalogue of either kind; a file of another kind gets the criteria messages."""
    data = parse_toml(text, file_name)
    if data.get("kind") == "factors":
        return load_factor_catalogue(text, file_name, data)
    return load_criteria_catalogue(text, file_name, data)
