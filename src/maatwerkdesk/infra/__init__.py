"""Where things live on this machine: paths, logging, files, secrets."""
