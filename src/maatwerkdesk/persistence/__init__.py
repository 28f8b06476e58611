"""SQLAlchemy 2 storage: typed models, engine set-up, migrations and queries."""
