"""The panels show a new scenario by touching only the rows whose value changed (issue 10: a
slider step compared every value through Python calls)."""

from __future__ import annotations

from wattif.core import DEFAULT_PRESET, load_preset
from wattif.gui.parameter_row import changed_rows


class Values:
    """What changed_rows reads of a scenario."""

    def __init__(self, values: dict) -> None:
        self._values = values

    def values_mapping(self) -> dict:
        return self._values


def test_changed_rows_are_exactly_the_changed_values():
    rows = {"pue": "pue row", "grid_gco2e_per_kwh": "grid row", "hardware": "hw row"}
    before = load_preset(DEFAULT_PRESET)
    after = before.replace(pue=before["pue"] + 0.05, hardware="b200")
    assert dict(changed_rows(rows, before, after)) == {"pue row": after["pue"], "hw row": "b200"}
    assert list(changed_rows(rows, after, after)) == []
    assert len(list(changed_rows(rows, None, after))) == 3  # nothing shown yet: every row
    # an equal value of another type is shown again (True → 1.0 would keep a check box wrong)
    was, now = Values({"pue": 1}), Values({"pue": True})
    assert list(changed_rows({"pue": "pue row"}, was, now)) == [("pue row", True)]


def test_a_step_moves_the_row_and_leaves_the_others_alone(window, monkeypatch):
    synced = []
    for key, row in window.panel.rows.items():
        monkeypatch.setattr(row, "sync", lambda value, key=key: synced.append(key))
    window.model.update({"pue": window.model.scenario["pue"] + 0.01})
    assert synced == ["pue"]
