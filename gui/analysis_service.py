"""Heavy analyses in a worker process, behind a small "latest request wins" service.

Monte Carlo bands, the tornado and goal seek are batched numpy evaluations of 3–40 ms. Run in the
UI thread they would stall a slider drag; run in a Python thread they share the interpreter lock
with the UI and still slow it (measured: step p95 13 → 16–22 ms, ``shared/design/stack-notes``).
Each :class:`AnalysisService` (one per window) runs them in its own worker *process*, started on
first use (``forkserver`` where there is one, its server preloading the core so a worker starts
at once; ``spawn`` elsewhere; never a ``fork`` of a process that runs Qt). Jobs and results go
through a pipe; the window hears of a result from a :class:`QSocketNotifier` on the pipe (polled
on Windows), so no helper thread competes with the UI for the interpreter lock.

The service keeps, per *kind* of analysis, at most one pending request: a new request replaces
the pending one, which is dropped without being computed. One job runs at a time; when it ends,
the oldest pending kind goes next. A result comes back through :attr:`AnalysisService.finished`
with ``latest`` telling whether it is still the newest request of its kind: a view that follows a
drag (bands, tornado) draws it anyway (it is newer than what is on screen and the latest
follows), an answer (goal seek) is shown only when it is the latest.
:meth:`AnalysisService.invalidate` drops every result of a kind still on its way (the scenario
jumped, inputs were pinned, the view was switched off).

The functions sent to the worker must be importable without Qt (``wattif.core`` or
:mod:`.analysis_jobs`), so the worker never loads a GUI library.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from . import analysis_jobs

log = logging.getLogger("wattif.gui")

WORKER_PRELOAD = ["wattif.core.analyses", "wattif.gui.analysis_jobs"]
"""Modules a forkserver imports once, before it forks workers."""
POLL_MS = 4
"""Where a pipe cannot be watched (Windows): how often a running job is looked for [ms]."""


def _context():
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(WORKER_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


@contextlib.contextmanager
def _main_hidden():
    """Start a worker process without the ``__main__`` module.

    ``spawn`` and ``forkserver`` import the parent's ``__main__`` in a new process (so that
    functions defined there can be unpickled). The worker only runs functions of ``wattif``;
    importing the window's main module would load Qt there for nothing, and a script that opens a
    window without an ``if __name__ == "__main__"`` guard would open it again in the worker.
    """
    modules = sys.modules
    main = modules.get("__main__")
    modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            modules["__main__"] = main


class _Worker:
    """One worker process and the pipe to it (plain Python: it outlives nothing it needs)."""

    def __init__(self) -> None:
        ctx = _context()
        self.conn, child = ctx.Pipe(duplex=True)
        with _main_hidden():
            self.process = ctx.Process(
                target=analysis_jobs.serve, args=(child,), daemon=True, name="wattif-analyses"
            )
            self.process.start()
        child.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(0.5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(0.5)
        with contextlib.suppress(OSError):
            self.conn.close()


class _Holder:
    """The service's worker, reachable after the service's Qt object is gone."""

    worker: _Worker | None = None

    def stop(self, *_: object) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop()


@dataclass
class _Job:
    kind: str
    seq: int
    epoch: int
    fn: Callable
    args: tuple
    kwargs: dict
    tag: Any = None


class AnalysisService(QObject):
    """Latest-request-wins front of a worker process.

    Signals
    -------
    finished(str, object, object, bool)
        ``kind``, the request's ``tag``, the result, and whether no newer request of that kind
        was made meanwhile.
    failed(str, object, str, bool)
        ``kind``, ``tag``, the error message, latest (as above).
    """

    finished = Signal(str, object, object, bool)
    failed = Signal(str, object, str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seq = itertools.count(1)
        self._pending: dict[str, _Job] = {}
        self._running: _Job | None = None
        self._newest: dict[str, int] = {}
        self._epoch: dict[str, int] = {}
        self._holder = _Holder()
        self._notifier: QSocketNotifier | None = None
        self._poll: QTimer | None = None
        self._closed = False
        self.destroyed.connect(functools.partial(_Holder.stop, self._holder))

    def request(self, kind: str, fn: Callable, *args: Any, tag: Any = None, **kwargs: Any) -> int:
        """Compute ``fn(*args, **kwargs)`` in the worker; returns the request's number.

        A request of the same ``kind`` still waiting is replaced (never computed).
        """
        seq = next(self._seq)
        self._newest[kind] = seq
        self._pending.pop(kind, None)  # dict order: a replaced kind goes to the back
        self._pending[kind] = _Job(kind, seq, self._epoch.get(kind, 0), fn, args, kwargs, tag)
        self._next()
        return seq

    def invalidate(self, kind: str) -> None:
        """Forget the pending request of ``kind`` and drop any of its results still to come."""
        self._epoch[kind] = self._epoch.get(kind, 0) + 1
        self._pending.pop(kind, None)

    def is_busy(self, kind: str | None = None) -> bool:
        """A request (of ``kind``, or of any kind) is waiting or running."""
        if kind is None:
            return self._running is not None or bool(self._pending)
        running = self._running is not None and self._running.kind == kind
        return running or kind in self._pending

    def close(self) -> None:
        """Stop the worker and take no more requests (the window closes)."""
        self._closed = True
        self._pending.clear()
        self._running = None
        self._unwatch()
        self._holder.stop()

    # ------------------------------------------------------------------ internals
    def _worker(self) -> _Worker:
        worker = self._holder.worker
        if worker is None or not worker.process.is_alive():
            self._unwatch()
            if worker is not None:
                worker.stop()
            worker = self._holder.worker = _Worker()
            if sys.platform != "win32":
                self._notifier = QSocketNotifier(
                    worker.conn.fileno(), QSocketNotifier.Type.Read, self
                )
                self._notifier.activated.connect(self._readable)
            else:  # pipes are not sockets there: look while a job runs
                self._poll = QTimer(self)
                self._poll.setInterval(POLL_MS)
                self._poll.timeout.connect(self._readable)
        return worker

    def _unwatch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        if self._poll is not None:
            self._poll.stop()
            self._poll.deleteLater()
        self._notifier = self._poll = None

    def _next(self) -> None:
        if self._running is not None or not self._pending or self._closed:
            return
        kind = next(iter(self._pending))
        job = self._pending.pop(kind)
        worker = self._worker()
        try:
            worker.conn.send((job.fn, job.args, job.kwargs))
        except (OSError, ValueError) as exc:  # the worker died since: once more, afresh
            log.warning("analysis worker gone (%s); starting another", exc)
            self._holder.stop()
            worker = self._worker()
            worker.conn.send((job.fn, job.args, job.kwargs))
        self._running = job
        if self._poll is not None:
            self._poll.start()

    def _readable(self, *_: object) -> None:
        worker = self._holder.worker
        job = self._running
        if worker is None or job is None:
            return
        try:
            if not worker.conn.poll():
                return
            ok, value = worker.conn.recv()
        except (EOFError, OSError) as exc:  # the worker died (killed, out of memory …)
            log.warning("analysis worker stopped: %s", exc)
            self._unwatch()
            self._holder.stop()
            ok, value = False, "the analysis worker stopped"
        self._running = None
        if self._poll is not None:
            self._poll.stop()
        if job.epoch == self._epoch.get(job.kind, 0):
            latest = self._newest.get(job.kind) == job.seq
            if ok:
                self.finished.emit(job.kind, job.tag, value, latest)
            else:
                self.failed.emit(job.kind, job.tag, value, latest)
        self._next()
