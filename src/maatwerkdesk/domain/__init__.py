"""Pure-Python core: value objects, validation and rules. No Qt, no SQLAlchemy."""
