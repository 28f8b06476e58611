"""The "Toetsing" tab: legal route, hardheidsclausule criteria and the sluitstuk."""

from maatwerkdesk.ui.criteria_panel.panel import CriteriaPanel

__all__ = ["CriteriaPanel"]
