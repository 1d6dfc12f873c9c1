"""The parameter dock in presentation mode: the key levers' names and values grow with the KPI
strip's type (read from the back of a room while a lever moves live), nothing of them is clipped
at 1280×720 (and 1920×1080) in English or German, and leaving gives the desk's type and layout
back exactly.

Found in review: the charts and the KPI cards got large type, the levers stayed at desk size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from .test_presentation import present

PT_TOLERANCE = 1.0
"""Point sizes may be this far below the wanted one (the KPI strip's style sheet rounds its type
to whole points)."""


def lever_texts(w) -> dict[str, QWidget]:
    """The key levers' names and values, by a readable key."""
    levers = w.param_views.levers
    out: dict[str, QWidget] = {}
    for key, row in levers.rows.items():
        if row.label is not None:
            out[f"{key}: name"] = row.label
        for part in ("box", "combo", "check", "_unit"):
            widget = getattr(row, part)
            if widget is not None:
                out[f"{key}: {part.strip('_')}"] = widget
    for mid, switch in levers.switches.items():
        out[f"{mid}: name"] = switch.check
        out[f"{mid}: year"] = switch.year
    return out


def point_sizes(w) -> dict[str, float]:
    return {k: x.font().pointSizeF() for k, x in lever_texts(w).items()}


TEXT_WIDGETS = (QLabel, QAbstractButton, QAbstractSpinBox, QComboBox, QSlider)
"""What a row shows (names, values, units, switches, reset buttons, sliders); the rows and
boxes around them are checked by their edges."""


def clipped(view) -> list[tuple]:
    """What does not fit in a scrolling view of rows (the key levers, the full list): its
    content wider than the visible part (there is no horizontal scroll bar), or a control or text
    whose size hint is wider than the part of it that shows (a wrapped label: its longest word,
    and the height its text needs at its width; a combo box: the entry it shows)."""
    port = view.viewport()
    inner = view.widget()
    out = []
    if inner.width() > port.width():
        out.append(("inner", inner.width(), port.width()))
    for c in inner.findChildren(QWidget):
        if not isinstance(c, TEXT_WIDGETS) or not c.isVisibleTo(inner):
            continue
        left = c.mapTo(port, QPoint(0, 0)).x()
        visible = min(c.width(), port.width() - left)
        if isinstance(c, QComboBox):  # its list opens as wide as its entries
            opt = QStyleOptionComboBox()
            opt.initFrom(c)
            field = c.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, c
            )
            need = c.fontMetrics().horizontalAdvance(c.currentText())
            fits = need <= field.width() and c.width() <= visible
        elif isinstance(c, QLabel) and c.wordWrap():
            need = c.minimumSizeHint().width()
            fits = need <= visible and c.heightForWidth(c.width()) <= c.height()
        else:
            need = c.sizeHint().width()
            fits = need <= visible
        if not fits:
            out.append((type(c).__name__, c.objectName(), c.text() if hasattr(c, "text") else ""))
            out[-1] += (need, visible)
    return out


def test_lever_type_follows_the_presentation_scale_and_returns_to_the_desk(make_window, qtbot):
    w = make_window()
    desk = point_sizes(w)
    assert all(pt > 0 for pt in desk.values())
    present(w, qtbot)
    scale = w.presentation.type_scale
    assert scale > 1.3  # the KPI strip's factor at 1280×720
    large = point_sizes(w)
    small = {
        k: (large[k], desk[k] * scale) for k in desk if large[k] < desk[k] * scale - PT_TOLERANCE
    }
    assert small == {}
    # a lever moved live: its name turns bold (changed from the default) and stays large
    levers = w.param_views.levers
    slider = levers.rows["queries_per_day"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    levers.switches["right_size"].check.setChecked(True)
    qtbot.wait(20)
    name = levers.rows["queries_per_day"].label.font()
    assert name.bold()
    assert name.pointSizeF() >= desk["queries_per_day: name"] * scale - PT_TOLERANCE
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.menuBar().isVisible())
    assert point_sizes(w) == desk  # exactly the desk's type, bold or not
    assert levers.rows["queries_per_day"].label.font().bold()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_key_lever_is_clipped_in_presentation(make_window, qtbot, request, lang, size):
    if lang == "de":
        request.getfixturevalue("german")
    w = make_window(lang=lang)
    w.resize(*size)
    qtbot.wait(30)
    levers = w.param_views.levers
    desk_dock = w.param_dock.width()
    desk_widths = {k: x.width() for k, x in lever_texts(w).items()}
    present(w, qtbot, size)
    assert levers.isVisible()
    assert levers.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert clipped(levers) == []
    # the charts keep most of the width of the room
    assert w.param_dock.width() < w.width() / 2
    # the longest accelerator's name widens the dock while it is chosen
    combo = levers.rows["hardware"].combo
    longest = max(range(combo.count()), key=lambda i: len(combo.itemText(i)))
    before = w.param_dock.width()
    combo.setCurrentIndex(longest)
    qtbot.waitUntil(lambda: w.param_dock.width() > before)
    assert clipped(levers) == []
    assert w.param_dock.width() < w.width() / 2
    w.model.undo_stack.undo()  # back to the H100: the box follows, nothing is cut off
    assert combo.currentIndex() != longest
    assert clipped(levers) == []
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.menuBar().isVisible())
    w.resize(*size)
    qtbot.wait(60)
    assert {k: x.width() for k, x in lever_texts(w).items() if k.endswith(("box", "year"))} == {
        k: v for k, v in desk_widths.items() if k.endswith(("box", "year"))
    }
    assert abs(w.param_dock.width() - desk_dock) <= 1
    assert levers.widget().width() <= levers.viewport().width()


def test_all_parameters_keep_their_own_style_sheets_in_large_type(make_window, qtbot):
    """A measure that is off greys its settings (a style sheet on the row), a row chosen from
    elsewhere is highlighted (another): both keep working, and keep the large type."""
    w = make_window()
    panel = w.panel
    box = next(b for b in panel.measure_boxes.values() if not b.switch.isChecked())
    row = box.rows[1]
    desk = row.label.font().pointSizeF()
    present(w, qtbot)
    w.param_views.show_all()
    for section in panel.sections.values():
        section.set_expanded(True)
    qtbot.wait(20)
    scale = w.presentation.type_scale
    assert row.label.font().pointSizeF() >= desk * scale - PT_TOLERANCE
    assert clipped(panel) == []  # the full list fits too, when the presenter opens it
    grey = row.label.palette().color(QPalette.ColorRole.WindowText).name()
    assert grey == "#777777"
    w.param_views.select_parameter(row.key)
    qtbot.waitUntil(lambda: "background" in row.styleSheet())
    assert row.label.font().pointSizeF() >= desk * scale - PT_TOLERANCE
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.menuBar().isVisible())
    assert row.label.font().pointSizeF() == desk
