"""A notice in the status bar: what WattIf left out at start (broken settings, a recovery file
set aside, rows of the user's catalogues) with a *Details* view listing every item."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class StartupNotice(QWidget):
    """One line in the status bar (*N problems at start — Details…*), until dismissed.

    Parameters
    ----------
    problems : list of str
        One line each, naming the file (and line and column) and what was done about it.
    """

    def __init__(self, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupNotice")
        self.problems = list(problems)
        self.dialog: QDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(
            self.tr("{0} problem(s) at start: WattIf left out what it could not use").format(
                len(self.problems)
            ),
            self,
        )
        self.label.setToolTip(self.problems[0] if self.problems else "")
        self.details = QToolButton(self)
        self.details.setText(self.tr("Details…"))
        self.details.clicked.connect(self.show_details)
        self.dismiss = QToolButton(self)
        self.dismiss.setText("×")
        self.dismiss.setToolTip(self.tr("Dismiss"))
        self.dismiss.setAccessibleName(self.tr("Dismiss"))
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.label)
        layout.addWidget(self.details)
        layout.addWidget(self.dismiss)

    @classmethod
    def attach(cls, window: QMainWindow, problems: list[str]) -> StartupNotice:
        """Put a notice for ``problems`` into ``window``'s status bar."""
        notice = cls(problems, window)
        window.statusBar().addPermanentWidget(notice)
        return notice

    def show_details(self) -> None:
        """Every problem on its own line, in a window that can stay open beside the app."""
        if self.dialog is None:
            self.dialog = _ProblemsDialog(self.problems, self.window())
        self.dialog.show()


class _ProblemsDialog(QDialog):
    def __init__(self, problems: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems at start"))
        self.resize(900, 320)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "WattIf started without the following. Broken files were renamed, not deleted, "
                "so nothing is lost."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText("\n".join(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
