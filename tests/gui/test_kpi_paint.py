"""The KPI labels keep their font and colour between paints (issue 10: asking Qt for them on
each paint took a third of it); a new style sheet, colour or type size must still show."""

from __future__ import annotations

from PySide6.QtGui import QColor

from wattif.gui import style


def inks(label) -> set[str]:
    """The colours of the label's text pixels (not the card beneath)."""
    image = label.grab().toImage()
    card = QColor(style.CARD).name()
    seen: dict[str, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            name = image.pixelColor(x, y).name()
            if name != card:
                seen[name] = seen.get(name, 0) + 1
    return set(seen)


def test_a_change_that_flips_sign_is_painted_in_its_new_colour(window):
    _get, _fmt, _value, delta = window.kpis._cards["energy"]
    q = window.model.scenario["queries_per_day"]
    window.model.update({"queries_per_day": q * 2})
    assert delta.text().startswith("▲")
    assert QColor(style.INCREASE).name() in inks(delta)
    window.model.update({"queries_per_day": q / 4})
    assert delta.text().startswith("▼")
    painted = inks(delta)
    assert QColor(style.DECREASE).name() in painted
    assert QColor(style.INCREASE).name() not in painted


def test_presentation_type_reaches_the_cards(window, qtbot):
    _get, _fmt, value, _delta = window.kpis._cards["energy"]
    desk = value._layout_text()[0].pointSizeF()
    window.apply_style(1.6)
    qtbot.waitUntil(lambda: value._layout_text()[0].pointSizeF() > desk * 1.3, timeout=3000)
    window.apply_style(1.0)
    qtbot.waitUntil(lambda: abs(value._layout_text()[0].pointSizeF() - desk) < 0.01, timeout=3000)


def test_a_new_alignment_moves_the_text(qtbot):
    from PySide6.QtCore import Qt

    from wattif.gui.kpi_strip import FitLabel

    label = FitLabel("12.3 GWh", on_card=True)
    qtbot.addWidget(label)
    label.resize(300, 30)
    label.show()

    def ink_columns():
        image = label.grab().toImage()
        card = QColor(style.CARD).name()
        return [
            x
            for x in range(image.width())
            if any(image.pixelColor(x, y).name() != card for y in range(image.height()))
        ]

    left = ink_columns()
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    right = ink_columns()
    assert left and right
    assert min(right) > max(left) - 10 and max(right) > 250 and min(left) < 50


SURE_FIT_TEXTS = [
    "888 GWh",
    "▼ −88.8 %",
    "▲ +1 234.5 %",
    "12,3 Mio. m³",
    "1.234,5 t CO₂e",
    "AVAVAVAV WAVE To",  # kerning pairs that pull letters together
    "ffi ffl fi fl",  # ligatures
    "≈ 4 200 000 €",
    "Haushalte",
]


def test_a_text_said_to_fit_by_its_characters_widths_fits_as_a_whole(qtbot):
    """A label skips measuring a new text only when the sum of its characters' widths (with
    slack) fits: at the narrowest width where it says so, the whole text, measured as Qt lays
    it out, fits as well; a width one pixel short of the text is measured and shrinks it."""
    from PySide6.QtGui import QFont, QFontMetrics

    from wattif.gui.kpi_strip import FitLabel

    for bold, size in ((False, 10.0), (True, 14.0), (True, 26.0)):  # presentation type: large
        label = FitLabel("", on_card=True)
        qtbot.addWidget(label)
        font = QFont(label.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
        metrics = QFontMetrics(font)
        for text in SURE_FIT_TEXTS:
            whole = metrics.horizontalAdvance(text)
            narrowest = next(w for w in range(1, 4 * whole + 50) if label._surely_fits(text, w))
            assert whole <= narrowest, (text, size, whole, narrowest)
            assert narrowest <= whole * 1.12 + 4  # the shortcut is taken for texts with room
            _font, scale, shown = label._fit(text, whole - 1)
            assert scale < 1.0 or shown != text  # too narrow: smaller or elided
            assert label._fit(text, narrowest)[1:] == (1.0, text)


def test_crossing_the_baseline_repaints_the_changes_without_a_relayout(window, qtbot):
    """Every card's change flips sign at once where a drag crosses the baseline: its new colour
    is painted, not set by a style sheet of its own, which re-polished each label and laid its
    card out again (a slider step of ~15 ms against ~7)."""
    from PySide6.QtCore import QEvent, QObject

    class Count(QObject):
        seen = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.StyleChange):
                Count.seen += 1
            return False

    counter = Count()
    deltas = [card[3] for card in window.kpis._cards.values()]
    watched = [*deltas, *(d.parentWidget() for d in deltas), window.kpis]
    q = window.model.scenario["queries_per_day"]
    window.model.update({"queries_per_day": q * 2})  # every card up
    qtbot.wait(20)
    for w in watched:
        w.installEventFilter(counter)
    window.model.update({"queries_per_day": q / 2})  # every card down
    qtbot.wait(20)
    assert sum(d.text().startswith("▼") for d in deltas) == 7  # all but Wh per query
    assert Count.seen == 0
    assert QColor(style.DECREASE).name() in inks(deltas[0])
