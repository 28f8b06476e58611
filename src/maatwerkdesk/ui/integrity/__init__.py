"""A dossier whose signed record was changed outside the program: the banner that says so,
and the functioneel beheerder's "Beoordelen en vrijgeven…"."""
