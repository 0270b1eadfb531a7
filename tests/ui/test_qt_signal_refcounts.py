"""Guard against PySide6 6.12.0's reference bug: every signal emit dropped a reference to True (and
queued ones to None), so the app aborted ('bool_dealloc') after a few thousand emits — the diary's
progress bar, timers and every vault operation emit signals."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Qt, Signal


class _Sender(QObject):
    changed = Signal(object)
    counted = Signal(int, bool, object)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_none(qtbot):
    sender, got = _Sender(), []
    sender.changed.connect(got.append)
    sender.counted.connect(lambda *args: got.append(args), Qt.ConnectionType.QueuedConnection)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):
        sender.changed.emit(None)
        sender.counted.emit(n, True, None)
    qtbot.waitUntil(lambda: len(got) == 400)
    got.clear()
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] - before[0] > -50 and after[1] - before[1] > -50, (before, after)
