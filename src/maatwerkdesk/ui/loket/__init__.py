"""The "Loket" tab: organisations, referrals, consent and sharing across organisations."""

from maatwerkdesk.ui.loket.panel import LoketPanel

__all__ = ["LoketPanel"]
