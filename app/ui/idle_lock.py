"""Locks the vault after a period without keyboard or mouse input anywhere in the app."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleLock(QObject):
    """App-wide event filter: input restarts the countdown; `timed_out` fires when it runs out."""

    timed_out = Signal()
    remaining_changed = Signal(int)  # whole seconds left

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval_ms = interval_ms
        self._since_input = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._check)
        self._running = False

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval_ms = interval_ms
        self._tick.setInterval(max(50, min(1000, interval_ms // 4)))

    def start(self) -> None:
        if not self._running:
            QApplication.instance().installEventFilter(self)
            self._running = True
        self.set_interval_ms(self._interval_ms)
        self._since_input.start()
        self._tick.start()
        self._check()

    def stop(self) -> None:
        if self._running:
            QApplication.instance().removeEventFilter(self)
            self._running = False
        self._tick.stop()

    def remaining_ms(self) -> int:
        return max(0, self._interval_ms - self._since_input.elapsed()) if self._running else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if self._running and event.type() in INPUT_EVENTS:
            self._since_input.restart()
        return False

    def _check(self) -> None:
        remaining = self.remaining_ms()
        if remaining <= 0:
            self.stop()
            self.timed_out.emit()
        else:
            self.remaining_changed.emit(-(-remaining // 1000))
