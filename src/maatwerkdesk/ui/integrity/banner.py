"""The red banner over a dossier whose signed record was changed outside the program.

The dossier editor and the conference's review show it. It names what the program found,
says the dossier is read-only until a functioneel beheerder has looked at it, and offers
that beheerder "Beoordelen en vrijgeven…".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QWidget

from maatwerkdesk.palette import Meaning
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.plain_text import allow_long_words, plain_labels
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.forms.ui_integrity_banner import Ui_IntegrityBanner
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

FOR_THE_BEHEERDER = QT_TRANSLATE_NOOP(
    "IntegrityBanner",
    "U bent functioneel beheerder: ga na wat er is gebeurd en leg met ‘Beoordelen en "
    "vrijgeven…’ vast wat u hebt onderzocht. Daarna kan er weer aan worden gewerkt.",
)
FOR_OTHERS = QT_TRANSLATE_NOOP(
    "IntegrityBanner",
    "Niemand kan het wijzigen tot een functioneel beheerder het heeft beoordeeld. Meld het "
    "bij de functioneel beheerder.",
)
"""What comes next, translated (context "IntegrityBanner") where it is shown."""


def problem_lines(problems: Sequence[str]) -> str:
    return "\n".join(f"• {shown_sentence(problem)}" for problem in problems)


class IntegrityBanner(QFrame):
    """Hidden while the record checks out. Signal: `resolve_requested` ("Beoordelen en
    vrijgeven…", offered only to who may resolve)."""

    resolve_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntegrityBanner()
        self.ui.setupUi(self)
        plain_labels(self)
        allow_long_words(self.ui.problems_label)
        self.setStyleSheet(theme.banner("QFrame#IntegrityBanner", Meaning.CONFLICT))
        self.ui.title_label.setStyleSheet("QLabel { font-weight: bold; font-size: 11pt; }")
        self.ui.banner_layout.setAlignment(self.ui.resolve_button, Qt.AlignmentFlag.AlignTop)
        self.ui.resolve_button.clicked.connect(self.resolve_requested)
        self.problems: tuple[str, ...] = ()
        self.setVisible(False)

    def show_problems(self, problems: Sequence[str], *, may_resolve: bool) -> None:
        self.problems = tuple(problems)
        self.ui.problems_label.setText(problem_lines(problems))
        self.ui.next_label.setText(self.tr(FOR_THE_BEHEERDER if may_resolve else FOR_OTHERS))
        self.ui.resolve_button.setVisible(may_resolve)
        self.setVisible(bool(problems))
