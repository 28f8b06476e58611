"""Dates and moments as every window shows them; plain Python, so tested without a display."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication


def format_date(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def format_moment(value: datetime) -> str:
    """A stored UTC moment in the computer's local time: '28-11-2026 om 14:05'."""
    local = value.astimezone()
    return QCoreApplication.translate("Formatting", "{date} om {time}").format(
        date=f"{local:%d-%m-%Y}", time=f"{local:%H:%M}"
    )
