"""Any catalogue file: criteria, factors or signals, told apart by its `kind` key."""

from __future__ import annotations

from maatwerkdesk.domain.catalogue import CriteriaCatalogue
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue, parse_toml
from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.signal_catalogue import SignalCatalogue
from maatwerkdesk.domain.signal_catalogue_loading import load_signal_catalogue

AnyCatalogue = CriteriaCatalogue | FactorCatalogue | SignalCatalogue


def load_catalogue(text: str, file_name: str) -> AnyCatalogue:
    """Read a catalogue of any kind; a file of another kind gets the criteria messages."""
    data = parse_toml(text, file_name)
    if data.get("kind") == "factors":
        return load_factor_catalogue(text, file_name, data)
    if data.get("kind") == "signals":
        return load_signal_catalogue(text, file_name, data)
    return load_criteria_catalogue(text, file_name, data)
