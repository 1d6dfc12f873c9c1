"""The parameter dock's two views: the key levers up front, and all parameters with a search.

:class:`ParameterViews` takes the window's :class:`ParameterPanel` (which stays the one full
list of rows) into its *All parameters* page below a search field, and puts the
:class:`KeyLevers` before it. Both views scroll with the mouse wheel without changing values
(:class:`WheelGuard`). The chosen view is remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from wattif.core import params

from . import session as sessions
from .key_levers import KeyLevers, needed_width
from .parameter_panel import ParameterPanel
from .parameter_row import ParameterRow
from .scenario_model import ScenarioModel
from .wheel_guard import WheelGuard

VIEW_SETTING = "parameterView"
PANEL_MIN_WIDTH = 380
"""Narrowest the full list gets [px]: a row's label, slider and value box side by side."""
FLASH_MS = 1500
"""How long a row chosen from elsewhere (tornado, search) stays highlighted."""


def font_size(font: QFont, scale: float) -> str:
    """``font``'s size times ``scale`` for a style sheet (points, or pixels for a pixel font)."""
    if font.pointSizeF() > 0:
        return f"{font.pointSizeF() * scale:.4g}pt"
    return f"{max(1, round(font.pixelSize() * scale))}px"


sessions.SETTINGS_CHECKS.setdefault(VIEW_SETTING, lambda v: v in ("levers", "all"))


class ParameterViews(QTabWidget):
    """*Key levers* and *All parameters* (searchable) as two tabs of the parameter dock.

    Parameters
    ----------
    make_panel : callable
        Builds the full list of parameter rows (put into the second tab when first needed).
    model : ScenarioModel
        For the key levers.
    settings : QSettings, optional
        Where the chosen view is remembered.
    """

    message = Signal(str)
    panel_built = Signal(object)
    """The full list of rows was built (the :class:`ParameterPanel`)."""

    def __init__(
        self,
        make_panel: Callable[[], ParameterPanel],
        model: ScenarioModel,
        lang: str = "en",
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parameterViews")
        self.setDocumentMode(True)
        self._make_panel = make_panel
        self._panel: ParameterPanel | None = None
        self._folds_wanted: list[str] | None = None  # fold state restored before it was built
        self._lang = lang
        self._settings = settings
        self._folds: list[str] | None = None  # fold state from before a search
        self._type_scale = 1.0  # the desk's type (presentation mode: larger)
        self._desk_fonts: tuple[QFont, QFont] | None = None  # text and notes, at the desk

        self.levers = KeyLevers(model, lang, self)
        self.levers.message.connect(self.message)
        self.levers.show_all.connect(lambda: self.show_all(focus_search=True))

        page = QWidget(self)
        page.setObjectName("allParameters")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(2)
        self.search = QLineEdit(page)
        self.search.setObjectName("parameterSearch")
        self.search.setPlaceholderText(self.tr("Search parameters (name or key)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search parameters"))
        self.search.textChanged.connect(self.apply_filter)
        self.search.installEventFilter(self)
        # Ctrl+F anywhere in the window: all parameters, cursor in the search field
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self._find)
        self.found = QLabel(page)
        self.found.setObjectName("rowNote")
        self.found.hide()
        layout.addWidget(self.search)
        layout.addWidget(self.found)
        self._page = page
        self._fit_page()

        self.addTab(self.levers, self.tr("Key levers"))
        self.addTab(page, self.tr("All parameters"))
        self.setTabToolTip(0, self.tr("Query volume, model, hardware, precision, batch, measures"))
        self.setTabToolTip(1, self.tr("Every input of the model, grouped, with a search"))

        self.guard = WheelGuard(self)
        self.guard.guard(self.levers)

        if settings is not None and settings.value(VIEW_SETTING, "levers") == "all":
            self.setCurrentIndex(1)
            _ = self.panel
        self.currentChanged.connect(self._remember)
        self.currentChanged.connect(self._fit_page)

    # ------------------------------------------------------------------ the full list
    @property
    def panel(self) -> ParameterPanel:
        """The full list of rows, built on first use."""
        if self._panel is None:
            panel = self._make_panel()
            self._panel = panel
            self._page.layout().addWidget(panel, 1)
            panel.show()  # at once: a layout shows a child added to a shown page only later
            self.guard.guard(panel)
            # the tornado (analysis_actions) asks the panel to show a row: it may be on the
            # other tab
            panel.select_parameter = self.select_parameter
            if self._folds_wanted is not None:
                panel.set_fold_state(self._folds_wanted)
            for row in panel.rows.values():
                row.min_width_changed.connect(self._fit_page)
            for section in panel.sections.values():
                section.toggled.connect(self._fit_page)  # its rows shown or hidden
            if self._type_scale != 1.0:  # built in presentation mode
                self._fit_rows(self._type_scale)
            self._fit_page()
            self.panel_built.emit(panel)
        return self._panel

    def is_panel_built(self) -> bool:
        return self._panel is not None

    def fold_state(self) -> list[str] | None:
        """The full list's expanded groups (as restored when it was never built; None: none
        restored and never built)."""
        return self._panel.fold_state() if self._panel is not None else self._folds_wanted

    def set_fold_state(self, expanded: list[str]) -> None:
        if self._panel is not None:
            self._panel.set_fold_state(expanded)
        else:
            self._folds_wanted = list(expanded)

    # ------------------------------------------------------------------ type
    @property
    def type_scale(self) -> float:
        """The dock's type relative to the desk's (> 1 in presentation mode)."""
        return self._type_scale

    def set_type_scale(self, scale: float) -> None:
        """The whole dock's type ``scale`` times the desk's (presentation mode passes the KPI
        strip's factor); 1 gives the desk's type and widths back exactly.

        One style sheet on this widget, with sizes only. Not a font: under the window's style
        sheet Qt leaves a font set on a widget to that widget (its children keep theirs), and
        only a style sheet's size reaches a spin box's text field or a combo box's list. Not one
        per row either: this one is matched once per widget, and a slider repaints no slower
        with it. Colours and the rows' own style
        sheets (a dimmed measure's grey, a highlighted row) stay as they are; notes keep their
        smaller size, scaled alike."""
        if abs(scale - self._type_scale) < 1e-6:
            return
        if self._type_scale == 1.0:  # at the desk's type now: remember it
            self.found.ensurePolished()  # a hidden note gets its size from the style sheet
            self._desk_fonts = (QFont(self.font()), QFont(self.found.font()))
        self._type_scale = scale
        if scale == 1.0 or self._desk_fonts is None:
            self.setStyleSheet("")
        else:
            text, note = (font_size(f, scale) for f in self._desk_fonts)
            self.setStyleSheet(
                f"QWidget {{ font-size: {text}; }}\nQLabel#rowNote {{ font-size: {note}; }}"
            )
        self._fit_rows(scale)
        self.levers.set_type_scale(scale)
        self._fit_page()

    def _fit_rows(self, scale: float) -> None:
        """Every row built so far sized for the type ``scale`` (number boxes, units, choices)."""
        for row in self.findChildren(ParameterRow):
            # the views measure their width once, when every row has its new size
            row.blockSignals(True)
            row.set_type_scale(scale)
            row.blockSignals(False)

    def _fit_page(self) -> None:
        """The full list's minimum width: the desk's, or in larger type while it is shown, what
        its rows then need (only then: the key levers alone are narrower, and the charts
        beside the dock keep that room)."""
        width = PANEL_MIN_WIDTH
        if self._panel is not None:
            if self._type_scale > 1.0 and self.currentIndex() == 1:
                width = max(width, needed_width(self._panel))
            self._panel.setMinimumWidth(width)
        self._page.setMinimumWidth(width + self._page.layout().contentsMargins().left())

    # ------------------------------------------------------------------ views
    def _remember(self, index: int) -> None:
        if index == 1:
            _ = self.panel  # built when its tab is first shown
        if self._settings is not None:
            self._settings.setValue(VIEW_SETTING, "all" if index == 1 else "levers")

    def _find(self) -> None:
        dock = self.parentWidget()
        if dock is not None and not dock.isVisible():
            dock.show()
        self.show_all(focus_search=True)

    def show_levers(self) -> None:
        self.setCurrentIndex(0)

    def show_all(self, focus_search: bool = False) -> None:
        self.setCurrentIndex(1)
        if focus_search:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.selectAll()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """Escape in the search field clears it (before any window shortcut takes Escape)."""
        if obj is self.search and self.search.text():
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.search.clear()
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ search
    def matches(self, key: str, words: list[str]) -> bool:
        p = params.get(key)
        en, de = params.GROUP_LABELS[p.group]
        hay = " ".join((p.label(self._lang), p.label_en, key, en, de)).casefold()
        return all(w in hay for w in words)

    def apply_filter(self, text: str) -> None:
        """Show only the rows whose name, key or group contain every word of ``text`` (in a
        measure's box with the measure's switch); their groups open while searching and fold
        back as they were when the search is cleared."""
        panel = self.panel
        words = text.casefold().split()
        if words and self._folds is None:
            self._folds = panel.fold_state()
        hits = {key for key in panel.rows if not words or self.matches(key, words)}
        boxes = {row.key: box for box in panel.measure_boxes.values() for row in box.rows}
        visible: dict[str, int] = {g: 0 for g in panel.sections}
        shown = 0
        for key, row in panel.rows.items():
            box = boxes.get(key)
            # in a measure's box its switch stays with any match, as the context
            ok = key in hits or (
                box is not None and row is box.rows[0] and any(r.key in hits for r in box.rows)
            )
            row.setVisible(ok)
            if ok:
                shown += 1
                visible[params.get(key).group] += 1
        for box in panel.measure_boxes.values():
            box.setVisible(any(r.key in hits for r in box.rows))
        for group, section in panel.sections.items():
            section.setVisible(visible[group] > 0)
            if words and visible[group] > 0:
                section.set_expanded(True)
        if not words:
            if self._folds is not None:
                panel.set_fold_state(self._folds)
                self._folds = None
            self.found.hide()
            self._fit_page()  # other rows shown
            return
        total = len(panel.rows)
        self.found.setText(
            self.tr("{0} of {1} parameters").format(shown, total)
            if shown
            else self.tr("No parameter matches “{0}”").format(text.strip())
        )
        self.found.show()
        self._fit_page()

    def shown_keys(self) -> list[str]:
        """Keys of the rows the search leaves visible (for tests)."""
        return [
            k for k, row in self.panel.rows.items() if not row.isHidden() and self._in_shown(row)
        ]

    def _in_shown(self, row: QWidget) -> bool:
        w = row.parentWidget()
        while w is not None and w is not self.panel:
            if w.isHidden() and w.objectName().startswith(("section_", "measure_")):
                return False
            w = w.parentWidget()
        return True

    # ------------------------------------------------------------------ selecting a row
    def select_parameter(self, key: str) -> None:
        """Show the row of ``key``: All parameters, search cleared, its group open, scrolled to,
        its control focused and the row highlighted for a moment."""
        row = self.panel.rows.get(key)
        if row is None:
            return
        self.show_all()
        if self.search.text():
            self.search.clear()
        group = params.get(key).group
        section = self.panel.sections.get(group)
        if section is not None:
            section.set_expanded(True)

        def reveal() -> None:
            self.panel.ensureWidgetVisible(row, 0, 60)
            control = next(
                (
                    c
                    for c in (row.slider, row.box, row.combo, row.check)
                    if c is not None and c.isEnabled()
                ),
                None,
            )
            if control is not None:
                control.setFocus(Qt.FocusReason.OtherFocusReason)
            before = row.styleSheet()
            row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            row.setStyleSheet(f"{before}\nQWidget#{row.objectName()} {{ background: #DCE6F2; }}")

            def unflash() -> None:
                try:
                    row.setStyleSheet(before)
                except RuntimeError:  # the window closed meanwhile
                    pass

            QTimer.singleShot(FLASH_MS, unflash)

        QTimer.singleShot(0, reveal)
        self.message.emit(
            self.tr("{0}: selected in the parameter panel").format(
                params.get(key).label(self._lang)
            )
        )
