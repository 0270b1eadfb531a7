"""Run slow work off the UI thread; results and errors come back on the UI thread."""

from __future__ import annotations

import atexit
import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot


_running_threads: dict[_PythonThread, _Runner] = {}  # strong references: a running QThread must never be collected


@atexit.register
def stop_all_threads() -> None:
    """Quit and join every dedicated thread still running (at exit, and after each GUI test)."""
    for thread in list(_running_threads):
        _join(thread)


def _join(thread: _PythonThread) -> None:
    thread.quit()
    thread.wait()
    _running_threads.pop(thread, None)


class _Relay(QObject):
    """Lives on the UI thread; a queued signal carries each outcome back to it."""

    finished = Signal(int, int, object)  # task id, 1 = success / 0 = failure, result or error (no bool: see Worker)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id, self._fn, self._relay = task_id, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 — every failure is reported to the caller
            self._relay.finished.emit(self._id, 0, error)
        else:
            self._relay.finished.emit(self._id, 1, result)


class _Done(QRunnable):
    """Runs a task, then marks it finished for `Worker.wait`."""

    def __init__(self, task: QRunnable, pending: set[int], task_id: int) -> None:
        super().__init__()
        self._task, self._pending, self._id = task, pending, task_id

    def run(self) -> None:
        try:
            self._task.run()
        finally:
            self._pending.discard(self._id)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn

    def run(self) -> None:
        self._fn()


class _PythonThread(QThread):
    """A thread whose Python state lives as long as it does (thread-local data survives between tasks)."""

    def run(self) -> None:
        self.exec()


class _Runner(QObject):
    """Runs posted tasks one after another on the dedicated thread."""

    post = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.post.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, task: QRunnable) -> None:
        task.run()


class Worker(QObject):
    """`run(fn, on_success, on_failure)`: fn runs on a pool thread and must not touch widgets.

    The callbacks run on the UI thread. Outcomes cross threads as (int, int, object): a bool argument in
    a queued PySide6 signal lost a reference to True/False on every emission (`bool_dealloc` at exit).
    """

    def __init__(self, parent: QObject | None = None, dedicated_thread: bool = False) -> None:
        """With `dedicated_thread`, every task runs in order on one long-lived thread of its own."""
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._dedicated = dedicated_thread
        self._thread: _PythonThread | None = None
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = {}
        self._ids = itertools.count(1)
        self._pending: set[int] = set()

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
        self._callbacks[task_id] = (on_success, on_failure)
        task = _Task(task_id, fn, self._relay)
        if self._dedicated:
            self._start_thread()
            task.setAutoDelete(False)
            self._pending.add(task_id)
            self._runner.post.emit(_Done(task, self._pending, task_id))
        else:
            self._pool.start(task)

    def _start_thread(self) -> None:
        if self._thread is None or not self._thread.isRunning():
            self._thread = _PythonThread()
            self._runner = _Runner()
            self._runner.moveToThread(self._thread)
            self._thread.start()
            _running_threads[self._thread] = self._runner

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the dedicated thread and wait for its result (for tiny reads such as the settings
        at unlock, which the next step needs). Runs at once when already on that thread."""
        if not self._dedicated:
            raise RuntimeError("call() needs a dedicated thread")
        if QThread.currentThread() is self._thread:
            return fn()
        self._start_thread()
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def task() -> None:
            try:
                outcome["result"] = fn()
            except BaseException as error:  # noqa: BLE001 — re-raised on the calling thread
                outcome["error"] = error
            finally:
                done.set()

        self._runner.post.emit(_Call(task))
        done.wait()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def wait(self, msecs: int = -1) -> bool:
        """Block until no task is running (for shutdown and tests); callbacks still need the event loop."""
        if self._thread is None:
            return self._pool.waitForDone(msecs)
        deadline = QDeadlineTimer(msecs if msecs >= 0 else QDeadlineTimer.ForeverConstant.Forever)
        while self._pending and not deadline.hasExpired():
            QThread.msleep(5)
        return not self._pending

    def stop(self) -> None:
        """End the dedicated thread (after its queued tasks); the next `run` starts a new one."""
        thread, self._thread = self._thread, None
        if thread is not None:
            _join(thread)

    @Slot(int, int, object)
    def _deliver(self, task_id: int, ok: int, payload: object) -> None:
        on_success, on_failure = self._callbacks.pop(task_id, (None, None))
        if ok and on_success is not None:
            on_success(payload)
        elif not ok:
            if on_failure is None:
                raise payload  # type: ignore[misc]
            on_failure(payload)  # type: ignore[arg-type]
