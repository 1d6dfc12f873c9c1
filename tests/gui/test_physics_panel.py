"""Models by name and the decode physics behind the numbers, driven as a user drives them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from wattif.core import params
from wattif.core.model import REGIMES
from wattif.gui import style

SIZE_ROWS = ("active_params_b", "total_params_b", "kv_cache_kb_per_token")
REGIME_TEXTS = {"memory-bound", "compute-bound", "overhead-bound"}


def choose_model(window, name):
    """Pick a model by the name the combo box shows, as a click in its list does."""
    combo = window.panel.rows["model"].combo
    index = combo.findText(name)
    assert index >= 0, name
    combo.setCurrentIndex(index)
    return combo


def type_into(qtbot, row, text):
    box = row.box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def test_model_combo_shows_names_custom_first_and_ids_in_tooltips(window):
    combo = window.panel.rows["model"].combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "Custom (from parameters)" and combo.itemData(0) == "custom"
    assert not [t for t in texts if "/" in t], "ids instead of names"
    llama = [texts.index(f"Llama 3.1 {size} Instruct") for size in ("8B", "70B", "405B")]
    assert llama == sorted(llama), "numbers sort as numbers"
    # the archetypes come right after custom
    assert texts.index("GPT-4o-class MoE (archetype)") < llama[0]
    i = combo.findText("Llama 3.1 70B Instruct")
    assert combo.itemData(i) == "meta-llama/Llama-3.1-70B-Instruct"
    assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == "meta-llama/Llama-3.1-70B-Instruct"
    # the chosen model's id is in the control's tooltip; reset names the default by name
    assert "archetype/gpt4o-class-moe" in combo.toolTip()
    assert "Custom (from parameters)" in window.panel.rows["model"].reset_button.toolTip()
    # every catalogue model (and custom) can be chosen
    choices = {combo.itemData(i) for i in range(combo.count())} - {None}
    assert choices == set(params.get("model").choices)


def test_catalogue_model_greys_out_the_size_rows_and_custom_brings_them_back(window, qtbot):
    window.param_views.show_all()  # the size rows are not among the key levers
    rows = window.panel.rows
    choose_model(window, "Custom (from parameters)")
    assert window.model.scenario["model"] == "custom"
    assert all(rows[k].isEnabled() and not rows[k].is_unused() for k in SIZE_ROWS)
    assert rows["model"].note is None or not rows["model"].note.isVisible()

    choose_model(window, "Llama 3.1 70B Instruct")
    assert window.model.scenario["model"] == "meta-llama/Llama-3.1-70B-Instruct"
    for key in SIZE_ROWS:
        row = rows[key]
        assert not row.isEnabled() and not row.slider.isEnabled(), key
        assert "set by the chosen model" in row.slider.toolTip(), key
        assert "Llama 3.1 70B Instruct" in row.label.toolTip(), key
        assert "Source" in row.slider.toolTip(), key  # the description stays
    assert "70.6 B" in rows["active_params_b"].slider.toolTip()
    note = rows["model"].note
    assert note.isVisible() and "70.6 B parameters" in note.text()
    # the other model rows stay usable
    assert rows["precision_bits"].isEnabled() and rows["kv_cache_bits"].isEnabled()

    panel = window.physics.texts()
    assert panel["model"][0] == "Llama 3.1 70B Instruct"
    assert panel["model"][1] == "GPT-4o-class MoE (archetype)"  # the baseline did not move
    assert panel["regime"][0] in REGIME_TEXTS and panel["regime"][1] in REGIME_TEXTS
    assert panel["energy"][0].endswith(" J") and panel["power"][0].endswith(" W")
    assert panel["bandwidth"][0].endswith(" %") and panel["step"][0].endswith(" ms")
    assert "Llama 3.1 70B Instruct" in window.physics.summary.text()

    # undo (the two quick choices are one step) follows the model: the archetype's size
    window.act_undo.trigger()
    assert window.model.scenario["model"] == "archetype/gpt4o-class-moe"
    assert not rows["total_params_b"].isEnabled()
    assert "GPT-4o-class MoE (archetype)" in rows["total_params_b"].slider.toolTip()

    choose_model(window, "Custom (from parameters)")  # the rows come back
    assert all(rows[k].isEnabled() for k in SIZE_ROWS)
    assert "set by the chosen model" not in rows["active_params_b"].slider.toolTip()
    assert not rows["model"].note.isVisible()
    assert window.physics.texts()["model"][0] == "Custom model"


def test_physics_panel_follows_the_results_without_evaluating(window):
    r = window.model.results
    texts = window.physics.texts()
    assert texts["accelerators"][0] == str(int(r.accelerators_per_replica))
    assert texts["batch"][0] == f"{float(r.effective_batch):,.0f}"
    assert texts["regime"][0] == f"{REGIMES[int(r.regime)]}-bound"
    # a view never evaluates the model: the panel reads what the ScenarioModel computed
    import wattif.gui.physics_panel as module

    assert not hasattr(module, "evaluate")
    window.model.update({"accelerators_per_replica": 16})
    assert window.physics.texts()["accelerators"] == ("16", texts["accelerators"][1])
    tip = window.physics._cells["scenario"]["energy"].toolTip()
    assert "W ×" in tip and "ms ÷" in tip  # power × accelerators × step ÷ batch


def test_weights_that_do_not_fit_warn_until_the_replica_is_big_enough(window, qtbot):
    physics = window.physics
    assert physics.warning_text() == ""
    choose_model(window, "DeepSeek R1 0528")
    row = window.panel.rows["accelerators_per_replica"]
    type_into(qtbot, row, "1")
    assert window.model.scenario["accelerators_per_replica"] == 1
    assert physics.warning.isVisible()
    text = physics.warning_text()
    assert text.startswith("⚠") and "do not fit" in text and "Accelerators per replica" in text
    assert "1 × NVIDIA H100" in text
    colour = physics.warning.palette().color(QPalette.ColorRole.WindowText).name().upper()
    assert colour == style.WARNING.upper()  # the theme's readable vermillion (4.5:1 on a card)
    assert physics.texts()["accelerators"][0] == "⚠ 1"
    cell = physics._cells["scenario"]["accelerators"]
    assert cell.palette().color(QPalette.ColorRole.WindowText).name().upper() == colour
    physics.set_expanded(False)  # folded, the warning still shows
    assert physics.warning.isVisible()
    physics.set_expanded(True)

    type_into(qtbot, row, "0")  # 0 = derive from memory
    assert window.model.scenario["accelerators_per_replica"] == 0
    assert not physics.warning.isVisible() and physics.warning_text() == ""
    assert not physics.texts()["accelerators"][0].startswith("⚠")
    assert cell.palette().color(QPalette.ColorRole.WindowText).name().upper() != colour


@pytest.mark.parametrize(("size", "expanded"), [((1280, 720), False), ((1600, 1000), True)])
def test_panel_folds_to_one_line_on_small_windows(window, qtbot, size, expanded):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.physics.is_expanded() == expanded)
    assert window.physics.summary.isVisible() != expanded
    assert "overhead-bound" in window.physics.summary.text() or expanded
    assert window.physics._cells["baseline"]["model"].isVisible() == expanded


def test_fold_chosen_by_the_user_is_kept(make_window, qtbot):
    first = make_window()
    assert first.physics.is_expanded()
    qtbot.mouseClick(first.physics.toggle, Qt.MouseButton.LeftButton)
    assert not first.physics.is_expanded()
    first.resize(1700, 1100)  # more room does not undo the user's choice
    qtbot.wait(10)
    assert not first.physics.is_expanded()
    first.close()
    second = make_window(restore=True)
    assert second.physics.user_choice() is False and not second.physics.is_expanded()


def test_german_model_names_and_panel(make_window, qapp):
    from wattif.gui.app import install_translators

    translators = install_translators(qapp, "de")
    try:
        w = make_window(lang="de")
        combo = w.panel.rows["model"].combo
        assert combo.itemText(0) == "Eigenes (aus Parametern)"
        assert w.physics.toggle.text().startswith("Dekodierung")
        choose_model(w, "DeepSeek R1 0528")
        w.model.update({"accelerators_per_replica": 1})
        assert "passen nicht" in w.physics.warning_text()
        assert "Beschleuniger pro Replikat" in w.physics.warning_text()
        assert not w.panel.rows["total_params_b"].isEnabled()
        assert "vom gewählten Modell" in w.panel.rows["total_params_b"].slider.toolTip()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
