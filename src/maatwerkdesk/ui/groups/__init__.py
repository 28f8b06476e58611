"""Group dossiers: the groups window and the form of one group (docs/groups.md)."""
