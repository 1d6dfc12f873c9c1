"""The worker-process service behind the analyses: latest request wins, stale results dropped."""

from __future__ import annotations

import math
import operator
import time

from wattif.gui.analysis_service import AnalysisService

WAIT_MS = 30_000  # the first job starts the worker process


def collect(service):
    got = []
    service.finished.connect(lambda kind, tag, result, latest: got.append((tag, result, latest)))
    service.failed.connect(lambda kind, tag, message, latest: got.append((tag, message, latest)))
    return got


def test_a_newer_request_replaces_a_waiting_one_and_the_running_one_comes_back_stale(qtbot):
    service = AnalysisService()
    got = collect(service)
    service.request("k", time.sleep, 0.3, tag="slow")
    service.request("k", operator.mul, 2, 3, tag="replaced")  # waits, then is replaced
    service.request("k", operator.mul, 4, 5, tag="newest")
    qtbot.waitUntil(lambda: len(got) == 2, timeout=WAIT_MS)
    assert got == [("slow", None, False), ("newest", 20, True)]
    assert not service.is_busy()


def test_invalidate_drops_results_still_on_their_way(qtbot):
    service = AnalysisService()
    got = collect(service)
    service.request("k", time.sleep, 0.2, tag="old")
    service.invalidate("k")
    service.request("other", operator.add, 1, 2, tag="other")
    qtbot.waitUntil(lambda: not service.is_busy(), timeout=WAIT_MS)
    assert got == [("other", 3, True)]


def test_an_error_in_the_worker_comes_back_as_a_message(qtbot):
    service = AnalysisService()
    got = collect(service)
    service.request("k", math.sqrt, -1.0, tag="bad")
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert got == [("bad", "math domain error", True)]
    service.request("k", math.sqrt, 16.0, tag="good")  # the worker lives on
    qtbot.waitUntil(lambda: len(got) == 2, timeout=WAIT_MS)
    assert got[1] == ("good", 4.0, True)


def test_the_worker_never_imports_qt(qtbot):
    import sys

    service = AnalysisService()
    got = collect(service)
    service.request("k", eval, "sorted(m for m in __import__('sys').modules if 'PySide6' in m)")
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert "PySide6" in sys.modules  # here, of course
    assert got[0][1] == []  # there, not
