"""Data files shipped with MaatwerkDesk (catalogues, icons, fonts, the demo's fictitious
data); read with importlib.resources."""
