"""Taking dossiers along on a laptop: the resolver of conflicts after a sync."""
