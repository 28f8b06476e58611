"""The "Afweging" tab: proportionality of the generic outcome and the arbitrariness checks."""

from maatwerkdesk.ui.weighing_panel.panel import WeighingPanel

__all__ = ["WeighingPanel"]
