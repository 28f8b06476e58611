"""Where the desktop app's acts come from, as the audit trail records it."""

ORIGIN = "desktop"
