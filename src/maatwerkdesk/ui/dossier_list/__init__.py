"""The dossier list: a lazily loaded table model and the pane with its filter bar.

Nothing is imported here: the pane is part of the first window, while the model pulls in
SQLAlchemy and is loaded only once the database is open.
"""
