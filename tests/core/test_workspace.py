"""Workspace files: baseline + named scenarios, exact round trip, clear errors."""

from __future__ import annotations

import json

import pytest

from wattif.core import load_preset
from wattif.core.errors import ScenarioFileError
from wattif.core.workspace import Entry, Workspace, load_workspace, save_workspace


def sample() -> Workspace:
    a = load_preset().replace(name="Option A: right-size + B200", m_right_size_on=True)
    b = load_preset("google_gemini_2025").replace(name="Option B")
    return Workspace(load_preset(), (Entry(a, True), Entry(b, False)), current=1)


def test_round_trip(tmp_path):
    ws = sample()
    path = tmp_path / "w.wattif-workspace.json"
    save_workspace(ws, path)
    back = load_workspace(path)
    assert back == ws
    assert back.entries[0].scenario.name == "Option A: right-size + B200"


@pytest.mark.parametrize(
    "mutate,expected",
    [
        (lambda d: d.update(format="x"), "not a WattIf workspace"),
        (lambda d: d.update(schema_version=True), "schema_version"),
        (lambda d: d.update(current=5), '"current"'),
        (lambda d: d["scenarios"][1].update(shown="yes"), "scenario 2"),
        (lambda d: d["scenarios"][0]["scenario"]["parameters"].update(pue=9), "scenario 1"),
        (lambda d: d.update(extra=1), "unknown field 'extra'"),
    ],
)
def test_bad_documents_name_the_problem(tmp_path, mutate, expected):
    doc = sample().to_dict()
    mutate(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ScenarioFileError, match="bad.json") as exc:
        load_workspace(path)
    assert expected in str(exc.value)


def test_broken_json_and_missing_file(tmp_path):
    with pytest.raises(ScenarioFileError, match="not found"):
        load_workspace(tmp_path / "none.json")
    (tmp_path / "b.json").write_text("{", encoding="utf-8")
    with pytest.raises(ScenarioFileError, match="not valid JSON"):
        load_workspace(tmp_path / "b.json")


def with_working() -> Workspace:
    """Snapshots A and B, and an unnamed working state that is neither."""
    ws = sample()
    working = load_preset().replace(name="Working", pue=1.4)
    return Workspace(ws.baseline, ws.entries, current=None, working=working)


def test_an_unnamed_working_state_round_trips_as_version_2(tmp_path):
    ws = with_working()
    path = tmp_path / "w.json"
    save_workspace(ws, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema_version"] == 2 and doc["current"] is None
    assert doc["working"]["name"] == "Working"
    back = load_workspace(path)
    assert back == ws and back.edited == ws.working and back.edited["pue"] == 1.4


def test_a_workspace_editing_a_named_scenario_is_still_written_as_version_1(tmp_path):
    """Nothing new in it: a WattIf that reads only version 1 opens it."""
    doc = sample().to_dict()
    assert doc["schema_version"] == 1 and "working" not in doc
    assert sample().edited.name == "Option B"


@pytest.mark.parametrize(
    "mutate,expected",
    [
        (lambda d: d.update(schema_version=1), "unknown field 'working'"),
        (lambda d: d.update(schema_version=1) or d.pop("working"), '"current"'),  # no null
        (lambda d: d.pop("working"), "working state"),
        (lambda d: d.update(current=0), '"working" is only allowed with "current": null'),
        (lambda d: d["working"]["parameters"].update(pue=9), "working state"),
        (lambda d: d.update(schema_version=3), "schema_version 3 is not supported"),
    ],
)
def test_bad_working_states_name_the_problem(tmp_path, mutate, expected):
    doc = with_working().to_dict()
    mutate(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ScenarioFileError, match="bad.json") as exc:
        load_workspace(path)
    assert expected in str(exc.value)


def test_a_working_state_goes_with_no_current_entry_and_only_then():
    ws = sample()
    with pytest.raises(ValueError):
        Workspace(ws.baseline, ws.entries, current=None)
    with pytest.raises(ValueError):
        Workspace(ws.baseline, ws.entries, current=0, working=ws.baseline)
