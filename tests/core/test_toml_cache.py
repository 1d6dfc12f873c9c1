"""The parsed copies of the TOML data files (``core.data.TOML_CACHE``): current, and never
used for a text they were not parsed from."""

from __future__ import annotations

import tomllib

import pytest

from wattif.core import data


@pytest.fixture
def fresh(monkeypatch):
    """``data`` with its caches emptied (and emptied again afterwards)."""

    def clear():
        for f in (
            data._parsed_copies,
            data.parameter_table,
            data.decode_fit,
            data.published_ranges,
        ):
            f.cache_clear()

    clear()
    yield monkeypatch
    clear()


@pytest.mark.parametrize("name", data.CACHED_TOML)
def test_the_parsed_copy_is_current(name):
    """A stale copy would only cost the start its speed, but it says someone forgot."""
    text = data._read_text(name)
    copy = data._parsed_copies().get(name)
    assert copy is not None, f"{name} has no parsed copy: run `make data-cache`"
    assert copy["sha256"] == data._digest(text), f"{name} changed: run `make data-cache`"
    assert copy["data"] == tomllib.loads(text)


def test_a_changed_file_is_parsed_not_taken_from_its_copy(fresh):
    real = data._read_text

    def edited(name):
        text = real(name)
        return text.replace("tau0 = ", "tau0 = 7.5e-3 #", 1) if name == "decode_fit.toml" else text

    original = tomllib.loads(real("decode_fit.toml"))
    fresh.setattr(data, "_read_text", edited)
    text = edited("decode_fit.toml")
    assert text != real("decode_fit.toml"), "the edit must change the file for this test"
    got = data.decode_fit()
    assert got == tomllib.loads(text)
    assert got != original


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"parameters.toml": 3}'])
def test_a_broken_copy_falls_back_to_the_files(fresh, content):
    real = data._read_text
    fresh.setattr(data, "_read_text", lambda n: content if n == data.TOML_CACHE else real(n))
    assert data.parameter_table() == tuple(tomllib.loads(real("parameters.toml"))["parameter"])


def test_a_missing_copy_falls_back_to_the_files(fresh):
    real = data._read_text

    def missing(name):
        if name == data.TOML_CACHE:
            raise FileNotFoundError(name)
        return real(name)

    fresh.setattr(data, "_read_text", missing)
    assert data.published_ranges() == tomllib.loads(real("published_ranges.toml"))
