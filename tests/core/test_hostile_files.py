"""Hostile input and hostile places to write (issue 13): one clear line, never a traceback, a
hang or a silently replaced file. The bounded fuzzing of the same classes is in
test_fuzz_files.py."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from wattif.core import (
    ParameterError,
    Scenario,
    ScenarioFileError,
    WattIfError,
    data,
    load_preset,
    load_scenario,
    params,
    save_scenario,
)
from wattif.core.errors import one_line, quote
from wattif.core.fileio import STALE_TEMP_S, atomic_write_bytes, remove_stale_temps

GOOD = load_preset()
HEAD = '{"format": "wattif-scenario", "schema_version": 1, '


def write(tmp_path: Path, text: str, name: str = "s.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def refused(path: Path) -> str:
    with pytest.raises(ScenarioFileError) as err:
        load_scenario(path)
    message = str(err.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message and message.isprintable() and len(message) < 400, message
    return message


# ----------------------------------------------------------------------------- item 2


@pytest.mark.parametrize(
    "body,fragment",
    [
        ('"parameters": {"pue": 1' + "0" * 400 + "}}", "is too large"),
        ('"parameters": {"queries_per_day": 1' + "0" * 5000 + "}}", "is too large"),
        ('"parameters": {"pue": 1' + "0" * 400 + ".0}}", "is too long"),
        ('"parameters": {"pue": 1e400}}', "not a finite number"),
        ('"parameters": {"pue": -Infinity}}', "not a finite number"),
        ('"parameters": {"pue": ' + "[" * 1000 + "]" * 1000 + "}}", "nested too deeply"),
        ('"parameters": {"pue": ' + "[" * 50 + "]" * 50 + "}}", "nested too deeply"),
        ('"notes": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('"parameters": {"pue": 1.2, "pue": 1.3}}', "the key 'pue' appears twice"),
        ('"name": "a", "name": "b"}', "the key 'name' appears twice"),
        ('"name": "x\\ud800y"}', "lone surrogate '\\ud800'"),
        ('"parameters": {"hardware": "\\udfff"}}', "lone surrogate"),
        ('"name": "' + "n" * 300 + '"}', "name: too long (300 characters; at most 200)"),
    ],
    ids=[
        "400-digits",
        "5000-digits",
        "float-400-digits",
        "1e400",
        "infinity",
        "nested-1000",
        "nested-50",
        "nested-100000",
        "duplicate-parameter",
        "duplicate-field",
        "surrogate-name",
        "surrogate-value",
        "long-name",
    ],
)
def test_hostile_scenario_files_are_one_clear_line(tmp_path, body, fragment):
    assert fragment in refused(write(tmp_path, HEAD + body))


@pytest.mark.parametrize("version", ["true", "1.0", '"1"', "null", "[1]"])
def test_schema_version_must_be_the_integer_1(tmp_path, version):
    text = '{"format": "wattif-scenario", "schema_version": ' + version + "}"
    assert "is not supported" in refused(write(tmp_path, text))


def test_base_year_after_horizon_is_refused_naming_the_file(tmp_path):
    path = write(tmp_path, HEAD + '"parameters": {"base_year": 2035, "horizon_year": 2030}}')
    assert "horizon_year (2030) must not be before base_year (2035)" in refused(path)
    with pytest.raises(ParameterError, match="must not be before"):
        GOOD.replace(base_year=2040, horizon_year=2030)


def test_a_name_that_cannot_be_saved_cannot_be_made(tmp_path):
    with pytest.raises(ParameterError, match="invalid character"):
        Scenario(name="a\udc80b")
    with pytest.raises(ParameterError, match="invalid character"):
        GOOD.replace(notes="\ud83d")  # half of an emoji
    sc = GOOD.replace(name="Ünïcödé 😀 ok")  # a whole emoji is fine
    save_scenario(sc, tmp_path / "ok.json")
    assert load_scenario(tmp_path / "ok.json").name == "Ünïcödé 😀 ok"


def test_size_is_checked_before_reading(tmp_path):
    path = write(tmp_path, HEAD + '"notes": "' + "x" * 2_000_000 + '"}')
    assert "too large for a scenario file" in refused(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_devices_and_pipes_are_refused_without_reading(tmp_path):
    assert "not a regular file" in refused(Path("/dev/zero"))
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(refused(fifo)), daemon=True)
    reader.start()
    reader.join(10)
    assert result and "not a regular file" in result[0]  # and it did not block


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.to_json().encode())
    assert load_scenario(path) == GOOD


# ----------------------------------------------------------------------------- item 3


def test_echoed_input_is_quoted_one_line_and_short(tmp_path):
    key = "a\nb\x1b[31mred\x1b[0m\u202e"
    message = refused(write(tmp_path, HEAD + '"parameters": {' + json.dumps(key) + ": 1}}"))
    assert "'a\\nb\\x1b[31mred\\x1b[0m\\u202e'" in message
    value = "v" * 900_000
    started = time.perf_counter()
    message = refused(write(tmp_path, HEAD + '"parameters": {"pue": "' + value + '"}}'))
    assert time.perf_counter() - started < 5
    assert "(900,000 characters)" in message and len(message) < 300


def test_quote_and_one_line():
    assert quote("x" * 10_000).endswith("(10,000 characters)") and len(quote("x" * 10_000)) < 120
    assert quote(10**5000) == "a number of about 5,001 digits"
    assert quote([[[[[[1]]]]]]) == "[[[[...]]]]"
    assert one_line("a\nb\x1b") == "a\\nb\\x1b"
    assert len(one_line("y" * 10_000)) == 400


# ----------------------------------------------------------------------------- item 5


HW = data._read_text("hardware.csv").splitlines()[0]
ROW = "myacc,My accelerator,gpu,2026,288,12,5000,10000,20000,1400,700,8,120,x,ok"


def parse_hw(text: str):
    entries, _, problems = data._parse_hardware(text, "u/hardware.csv", strict=False)
    return entries, problems


@pytest.mark.parametrize(
    "column,value,fragment",
    [
        ("tdp_w", "nan", "column 10 (tdp_w): 'nan' is not a number"),
        ("tdp_w", "-5", "column 10 (tdp_w): '-5' is out of range (allowed 0.1 to 100000 W)"),
        ("host_w", "-1", "column 11 (host_w): '-1' is out of range"),
        ("per_server", "0", "column 12 (per_server): '0' is out of range (allowed 1 to 1024)"),
        ("per_server", "2.5", "'2.5' is not a whole number"),
        ("bandwidth_tb_s", "inf", "column 6 (bandwidth_tb_s): 'inf' is not a number"),
        ("bandwidth_tb_s", "1e400", "'1e400' is not a number"),
        ("memory_gb", "１２", "'１２' is not a number"),
        ("memory_gb", "١٢", "'١٢' is not a number"),
        ("rack_kw", "0.001", "rack_kw must be 0 (not in a data centre) or at least 1 kW"),
        ("year", "", "column 4 (year): missing"),
        ("id", "", "column 1 (id): missing"),
        ("id", "a\x1bb", "holds a control or invalid character"),
    ],
)
def test_user_hardware_rows_are_checked_column_by_column(column, value, fragment):
    cells = ROW.split(",")
    cells[HW.split(",").index(column)] = value
    good = ROW.replace("myacc", "other")
    entries, problems = parse_hw(f"{HW}\n{good}\n{','.join(cells)}\n")
    assert list(entries) == ["other"]  # the good row is kept
    (problem,) = problems
    assert problem.startswith("u/hardware.csv, line 3") and fragment in problem, problem
    assert problem.endswith("row ignored")


def test_excel_csv_flavours_are_read():
    """A byte-order mark, CRLF, and (German Excel) ';' with decimal commas."""
    german = HW.replace(",", ";") + "\r\n" + ROW.replace(",", ";").replace(";12;", ";12,5;")
    entries, problems = parse_hw("\ufeff" + german + "\r\n")
    assert problems == [] and entries["myacc"].bandwidth_tb_s == 12.5


def test_header_problems_and_odd_rows_are_named():
    entries, problems = parse_hw("id,name\nx,y\n")
    assert (
        entries == {} and "missing the columns" in problems[0] and "file was ignored" in problems[0]
    )
    entries, problems = parse_hw(f"{HW},colour\n{ROW},red\n{ROW}\n{ROW},1,2\n")
    assert list(entries) == ["myacc"]
    assert "line 1, column 16: unknown column 'colour' (ignored)" in problems[0]
    assert "line 3: the id 'myacc' is already on line 2" in problems[1]
    assert "line 4: 17 fields, but the header has 16" in problems[2]


def test_shipped_catalogues_pass_their_own_checks():
    for name, parse in (("hardware.csv", data._parse_hardware), ("models.csv", data._parse_models)):
        entries, _, problems = parse(data._read_text(name), name, strict=True)
        assert entries and problems == []


def test_user_models_are_checked_too():
    header = data._read_text("models.csv").splitlines()[0]
    row = "acme/m,Acme,x,20,20,40,40,163840,8,GQA,819200,5120,0,0,0,0,0,src,"
    bad = {
        "custom": row.replace("acme/m", "custom"),
        "active_params_b must not exceed": row.replace(",20,20,", ",20,30,"),
        "experts_per_token must not exceed experts": row.replace(",0,0,0,0,0,", ",4,8,9,1,0,"),
        "exceed total_params_b": row.replace(",0,0,0,0,0,", ",40,64,2,1e9,0,"),
        "column 9 (kv_heads)": row.replace(",163840,8,", ",163840,0,"),
    }
    text = "\n".join([header, row, *bad.values()])
    entries, _, problems = data._parse_models(text, "u/models.csv", strict=False)
    assert list(entries) == ["acme/m"]
    for fragment, problem in zip(bad, problems, strict=True):
        assert fragment in problem, problem


def test_empty_user_dir_means_the_home_folder(monkeypatch):
    monkeypatch.setenv("WATTIF_USER_DIR", "")
    assert data.user_dir() == Path.home() / ".wattif"
    monkeypatch.setenv("WATTIF_USER_DIR", "  ")
    assert data.user_dir() == Path.home() / ".wattif"


# ----------------------------------------------------------------------------- item 6


posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@posix
def test_saving_over_a_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "shared.json"
    path.write_text("{}")
    os.chmod(path, 0o664)
    save_scenario(GOOD, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
    new = tmp_path / "new.json"
    old = os.umask(0o022)
    try:
        save_scenario(GOOD, new)
    finally:
        os.umask(old)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644  # as any program would create it


@posix
def test_saving_through_a_symlink_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "s.json"
    target.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    save_scenario(GOOD, link)
    assert link.is_symlink() and load_scenario(target) == GOOD


@posix
def test_a_read_only_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "ro.json"
    path.write_text("{}")
    os.chmod(path, 0o444)
    with pytest.raises(WattIfError, match="ro.json: the file is read-only; it was not replaced"):
        save_scenario(GOOD, path)
    assert path.read_text() == "{}" and stat.S_IMODE(path.stat().st_mode) == 0o444


@posix
def test_devices_pipes_and_folders_are_never_replaced(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(WattIfError, match="is not a regular file"):
        atomic_write_bytes(fifo, b"{}")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(WattIfError, match="is a folder"):
        atomic_write_bytes(tmp_path, b"{}")
    if Path("/dev/null").exists():
        with pytest.raises(WattIfError, match="is not a regular file"):
            atomic_write_bytes("/dev/null", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.json"]


@posix
def test_temp_files_of_interrupted_saves_are_cleaned_up(tmp_path):
    target = tmp_path / "s.json"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    from wattif.core.fileio import _host_tag

    stale = [
        tmp_path / f".s.json.~wattif-{_host_tag()}-{dead}-abcd1234.tmp",  # its process is gone
        tmp_path / ".s.json.k3j4h5g6.tmp",  # an old-style temp file, hours old
    ]
    live = tmp_path / f".s.json.~wattif-{_host_tag()}-{os.getppid()}-beef0000.tmp"
    other = tmp_path / ".other.json.k3j4h5g6.tmp"
    for p in (*stale, live, other):
        p.write_bytes(b"x" * 1000)
    old = time.time() - STALE_TEMP_S - 60
    os.utime(stale[1], (old, old))
    os.utime(other, (old, old))
    save_scenario(GOOD, target)
    assert not any(p.exists() for p in stale)
    assert live.exists() and other.exists()  # a running save, another file's
    assert remove_stale_temps(target) == 0


def test_an_interrupted_write_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    save_scenario(GOOD, path)
    before = path.read_bytes()

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_scenario(GOOD.replace(pue=1.5), path)
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["s.json"]


# ----------------------------------------------------------------------------- item 8 (CLI)


def cli(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wattif.core.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        **kw,
    )


def test_cli_input_with_newlines_is_one_line_and_unicode_output_survives_ascii():
    out = cli("run", "--set", "foo\nbar=1", "--set", "pue=１.5")
    assert (
        out.returncode == 2
        and out.stderr == "error: unknown parameter 'foo\\nbar' (see 'wattif-cli params')\n"
    )
    out = cli("run", "--set", "pue=１.5")
    assert out.returncode == 2 and "pue: expected a number, got '１.5'" in out.stderr
    out = cli("params", "--json", env={"PYTHONIOENCODING": "ascii"})
    assert out.returncode == 0, out.stderr
    labels = {p["key"]: p["label_de"] for p in json.loads(out.stdout)}
    assert labels == {p.key: p.label_de for p in params.registry().values()}


@pytest.mark.skipif(os.name != "posix", reason="ulimit")
def test_a_file_size_limit_during_export_is_one_line(tmp_path):
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    out = cli("export", "-o", str(tmp_path / "w.xlsx"), preexec_fn=limit)
    assert out.returncode != 0 and "Traceback" not in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert not (tmp_path / "w.xlsx").exists()


def test_workspace_files_are_read_as_strictly_as_scenario_files(tmp_path):
    from wattif.core.workspace import load_workspace

    head = '{"format": "wattif-workspace", "schema_version": 1, '
    cases = {
        "digits.json": head + '"current": 1' + "0" * 5000 + "}",
        "deep.json": head + '"scenarios": ' + "[" * 5000 + "]" * 5000 + "}",
        "twice.json": head + '"current": 0, "current": 1}',
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        with pytest.raises(ScenarioFileError) as err:
            load_workspace(tmp_path / name)
        assert str(err.value).startswith(f"{tmp_path / name}: ") and "\n" not in str(err.value)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.json")
        with pytest.raises(ScenarioFileError, match="not a regular file"):
            load_workspace(tmp_path / "pipe.json")
