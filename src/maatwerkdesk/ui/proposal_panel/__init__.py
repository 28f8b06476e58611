"""The "Voorstel" tab: the texts, safeguards and knelpuntsignaal of the proposal."""

from maatwerkdesk.ui.proposal_panel.panel import ProposalPanel

__all__ = ["ProposalPanel"]
