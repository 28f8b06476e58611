"""The intake queue "Mogelijk maatwerk" (docs/intake-signals.md)."""
