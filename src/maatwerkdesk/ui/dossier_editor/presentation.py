"""How the editor words and formats things; plain Python, so it is tested without a display."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.identifiers import normalise_bsn
from maatwerkdesk.domain.people import PERSON_ROLES, ROLE_PERMISSIONS, Permission, User
from maatwerkdesk.domain.signed_record import RecordKind
from maatwerkdesk.ui.common.formatting import format_date
from maatwerkdesk.ui.common.vocabulary import roles_text, shown_label
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

RISKY_SUFFIXES = frozenset(
    {
        # The list from the reliability anchors (6.5) ...
        ".exe", ".bat", ".cmd", ".js", ".vbs", ".lnk", ".hta", ".docm", ".xlsm", ".ps1",
        ".msi", ".scr",
        # ... and their close relatives.
        ".com", ".pif", ".cpl", ".jse", ".vbe", ".wsf", ".wsh", ".msc", ".jar", ".reg",
        ".pptm", ".dotm", ".xltm", ".xlam", ".sh", ".desktop", ".appimage",
    }
)  # fmt: skip
"""File types that can run code when opened; the editor warns before opening them."""


def is_risky_file(name: str) -> bool:
    """True when opening a file with this name may run a program or macro.

    Windows ignores trailing dots and spaces ('factuur.exe. ' runs as an .exe), so they
    are stripped before looking at the suffix.
    """
    cleaned = name.strip().rstrip(". ").lower()
    dot = cleaned.rfind(".")
    return dot > 0 and cleaned[dot:] in RISKY_SUFFIXES


def format_size(size: int) -> str:
    """'0 kB', '12 kB', '2,4 MB': Dutch decimal comma, never more precision than useful."""
    if size < 1024 * 1024:
        kilobytes = 0 if size == 0 else max(1, round(size / 1024))
        return f"{kilobytes} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("DossierEditor", "de titel"),
    "status": QT_TRANSLATE_NOOP("DossierEditor", "de status"),
    "owner": QT_TRANSLATE_NOOP("DossierEditor", "de casus-eigenaar"),
    "organisations": QT_TRANSLATE_NOOP("DossierEditor", "de betrokken organisaties"),
    "regulation": QT_TRANSLATE_NOOP("DossierEditor", "de regeling"),
    "article": QT_TRANSLATE_NOOP("DossierEditor", "het artikel van de algemene regel"),
    "deviation_article": QT_TRANSLATE_NOOP("DossierEditor", "het artikel voor de afwijking"),
    "generic_outcome": QT_TRANSLATE_NOOP("DossierEditor", "wat de generieke regel oplevert"),
    "knelpunt": QT_TRANSLATE_NOOP("DossierEditor", "waarom het knelt"),
    "request": QT_TRANSLATE_NOOP("DossierEditor", "wat de burger vraagt"),
    "notes": QT_TRANSLATE_NOOP("DossierEditor", "de notities"),
    "subject": QT_TRANSLATE_NOOP("DossierEditor", "de betrokkene"),
    "doenvermogen": QT_TRANSLATE_NOOP("DossierEditor", "het doenvermogen"),
    "facts": QT_TRANSLATE_NOOP("DossierEditor", "de feiten (bedragen, derden, fase, uitspraken)"),
}
"""The editor's parts (`DossierFields`) as a sentence names them; translated (context
"DossierEditor") where they are shown."""


TAKEN_AROUND_TABS = frozenset("bwhjk")
"""Alt+letters in use beside every tab of the editor: the main window's menus (&Bestand,
Be&werken, &Help) and the buttons of the banners above the tabs (vri&jgeven, &Kiezen)."""


def with_mnemonic(text: str, used: set[str]) -> str:
    """Give `text` an Alt-shortcut (&) on a letter not yet in `used`; word starts first."""
    candidates = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or text[i - 1] == " ")]
    candidates += [i for i, ch in enumerate(text) if ch.isalpha() and i not in candidates]
    for index in candidates:
        letter = text[index].lower()
        if letter.isascii() and letter not in used:
            used.add(letter)
            return f"{text[:index]}&{text[index:]}"
    return text


_UNSAFE_NAME_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def viewing_name(original_name: str, limit: int = 120) -> str:
    """A safe file name to open a copy of an attachment under; keeps the suffix.

    No path separators, control or bidi characters, reserved Windows names, or trailing
    dots and spaces; at most `limit` characters.
    """
    name = _UNSAFE_NAME_CHARS.sub("_", original_name).strip().rstrip(". ")
    if not name or name in {".", ".."}:
        name = "bijlage"
    if _WINDOWS_RESERVED.match(name):
        name = f"_{name}"
    if len(name) > limit:
        dot = name.rfind(".")
        suffix = name[dot:] if dot > 0 and len(name) - dot <= 16 else ""
        name = name[: limit - len(suffix)].rstrip(". ") + suffix
    return name


class BsnState(Enum):
    EMPTY = "empty"
    INCOMPLETE = "incomplete"
    INVALID = "invalid"
    WELL_FORMED = "well_formed"


@dataclass(frozen=True)
class BsnFeedback:
    state: BsnState
    message: str


def bsn_feedback(value: str, *, typing: bool) -> BsnFeedback:
    """What to say under the BSN field while the caseworker types it.

    The elfproef only shows a number is well formed. A number that passes still has to
    be checked against the person (vergewisplicht), and the message says so every time.
    """
    text = value.strip()
    if not text:
        return BsnFeedback(BsnState.EMPTY, "")
    digits = "".join(ch for ch in text if ch not in " .-")
    if typing and digits.isascii() and digits.isdigit() and len(digits) < 8:
        return BsnFeedback(
            BsnState.INCOMPLETE,
            QCoreApplication.translate("DossierEditor", "Een BSN heeft 9 cijfers."),
        )
    try:
        normalise_bsn(text)
    except ValidationError:
        if not (digits.isascii() and digits.isdigit()):
            message = QCoreApplication.translate(
                "DossierEditor", "Ongeldig nummer: een BSN bestaat alleen uit cijfers."
            )
        elif len(digits) not in (8, 9):
            message = QCoreApplication.translate(
                "DossierEditor", "Ongeldig nummer: een BSN heeft 9 cijfers."
            )
        else:
            message = QCoreApplication.translate(
                "DossierEditor",
                "Ongeldig nummer: dit nummer doorstaat de elfproef niet. Kijk het na op het "
                "identiteitsbewijs of in de BRP.",
            )
        return BsnFeedback(BsnState.INVALID, message)
    return BsnFeedback(
        BsnState.WELL_FORMED,
        QCoreApplication.translate(
            "DossierEditor",
            "Geldig van vorm. Let op: de elfproef bewijst niet dat dit het nummer van deze "
            "persoon is. Controleer dat in de BRP of op het identiteitsbewijs (vergewisplicht).",
        ),
    )


def reader_line(user: User) -> str:
    """Over every dossier opened by a person without the right to edit: why, and the way on."""
    editors = [
        shown_label(r) for r in PERSON_ROLES if Permission.EDIT_DOSSIER in ROLE_PERMISSIONS[r]
    ]
    return QCoreApplication.translate(
        "DossierEditor",
        "U werkt als {roles}: u kunt dit dossier bekijken, niet wijzigen. Dossiers wijzigen "
        "kan een {editors}; vraag die rol aan de functioneel beheerder.",
    ).format(roles=roles_text(user), editors=_either(editors))


def _either(names: list[str]) -> str:
    """'a of b of c': one of the names, whichever."""
    if not names:
        return ""
    either = names[0]
    for name in names[1:]:
        either = QCoreApplication.translate("DossierEditor", "{} of {}").format(either, name)
    return either


def fixed_line(version: SignedDecision) -> str:
    """Over a dossier whose decision is fixed: since when, by whom, and what still can."""
    if version.kind is RecordKind.HISTORIC:
        return QCoreApplication.translate(
            "DossierEditor",
            "Vastgelegd als historisch besluit ({source}) — wijzigen kan alleen via een nieuwe "
            "versie door de voorzitter. De tijdlijn, de notities, de bijlagen en het loket kunt "
            "u aanvullen.",
        ).format(source=version.source)
    return QCoreApplication.translate(
        "DossierEditor",
        "Ondertekend op {day} door {name} — wijzigen kan alleen via een nieuwe versie door de "
        "voorzitter. De tijdlijn, de notities, de bijlagen en het loket kunt u aanvullen.",
    ).format(day=format_date(version.signed_at.astimezone().date()), name=version.signed_by_name)
