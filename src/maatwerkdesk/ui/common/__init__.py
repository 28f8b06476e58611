"""What the windows share: the way to the services, the questions they ask, the dossier
tab they build on, and how they format, fit and remember themselves."""
