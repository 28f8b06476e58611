"""Qt Designer sources; compiled into maatwerkdesk.ui.forms by scripts/build_forms.py."""
