"""The "Precedenten" tab: factors, the precedent constraint, similar cases, the decision."""

from maatwerkdesk.ui.precedent_panel.panel import PrecedentPanel

__all__ = ["PrecedentPanel"]
