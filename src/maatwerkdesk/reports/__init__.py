"""A `Document` rendered as PDF (reportlab) or as Qt rich text; plain data in, never
database or Qt objects."""
