"""The casuïstiekoverleg: meetings and their agenda, the review of each dossier with the
conference's record and the chair's signature, and the minutes.

Imported only when the window is opened: the main window's start-up does not pay for it.
"""

from maatwerkdesk.ui.conference.window import ConferenceWindow

__all__ = ["ConferenceWindow"]
