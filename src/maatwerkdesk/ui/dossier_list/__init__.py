"""The dossier list: a lazily loaded table model and the pane with its filter bar.

Nothing is imported here: the main window uses `presentation` before the database is open,
and builds the pane and the model (which pulls in SQLAlchemy) only once it is.
"""
