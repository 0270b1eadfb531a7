"""Garbage collection on the UI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed. If that is the vault thread (`app.ui.ops`) while dead widgets sit in reference cycles,
their Qt objects are destroyed off the UI thread and the process crashes (seen as a segfault with
"Garbage-collecting" on the vault thread). So automatic collection is switched off and a timer
on the UI thread collects each generation when its threshold is passed, as pyqtgraph does.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QObject) -> MainThreadCollector:
    """Collect garbage on the UI thread from now on (call once, with the application object as parent)."""
    return MainThreadCollector(app)
