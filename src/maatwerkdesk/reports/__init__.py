"""Reportlab documents; they take plain data, never database or Qt objects."""
