"""Who works at this workstation, in which role, and the management of users.

`workstation` is light: the main window uses it as soon as the database is open. The
dialogs (`actions`) are imported on first need, once the dossier list is on screen.
"""
