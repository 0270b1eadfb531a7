"""Locks the vault after a period without keyboard or mouse input anywhere in the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._expire)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._report)
        self._filtering = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        if not self._filtering:
            QApplication.instance().installEventFilter(self)
            self._filtering = True
        self._timer.start()
        self._tick.start()
        self._report()

    def stop(self) -> None:
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False
        self._timer.stop()
        self._tick.stop()

    def remaining_seconds(self) -> int:
        return max(0, -(-self._timer.remainingTime() // 1000)) if self._timer.isActive() else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _report(self) -> None:
        self.remaining_changed.emit(self.remaining_seconds())

    def _expire(self) -> None:
        self.stop()
        self.timed_out.emit()
