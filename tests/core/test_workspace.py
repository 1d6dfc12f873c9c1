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
