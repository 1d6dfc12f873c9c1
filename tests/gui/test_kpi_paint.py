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
