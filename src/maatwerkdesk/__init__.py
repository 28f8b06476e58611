"""MaatwerkDesk: maatwerk decisions that are explicit, reasoned and consistent."""

__version__ = "0.1.0"

APP_NAME = "MaatwerkDesk"
APP_ID = "nl.maatwerkdesk.MaatwerkDesk"
"""One reverse-DNS id for platformdirs, the keyring service and the desktop file."""
