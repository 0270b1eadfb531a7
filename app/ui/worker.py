"""Run slow work off the UI thread; results and errors come back on the UI thread."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread; a queued signal carries each outcome back to it."""

    finished = Signal(int, bool, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id, self._fn, self._relay = task_id, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 — every failure is reported to the caller
            self._relay.finished.emit(self._id, False, error)
        else:
            self._relay.finished.emit(self._id, True, result)


class Worker(QObject):
    """`run(fn, on_success, on_failure)`: fn runs on a pool thread and must not touch widgets.

    The callbacks run on the UI thread. `busy_changed(bool)` says whether anything is running.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = {}
        self._ids = itertools.count(1)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        task_id = next(self._ids)
        was_busy = self.busy
        self._callbacks[task_id] = (on_success, on_failure)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Task(task_id, fn, self._relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown and tests); queued callbacks still need the event loop."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        on_success, on_failure = self._callbacks.pop(task_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        if ok and on_success is not None:
            on_success(payload)
        elif not ok:
            if on_failure is None:
                raise payload  # type: ignore[misc]
            on_failure(payload)  # type: ignore[arg-type]
