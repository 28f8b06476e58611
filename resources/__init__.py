"""Data files shipped with MaatwerkDesk (catalogues, icons, fonts); read with importlib.resources."""
