"""The Qt binding does not lose references to True on every signal emission (PySide6 6.12.0 does,
and a long session then aborts with "Fatal Python error: bool_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(int)


def test_emitting_signals_keeps_the_references_to_true():
    emitter = Emitter()
    emitter.changed.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for value in range(200):
        emitter.changed.emit(value)
    assert sys.getrefcount(True) - before > -100  # 6.12.0: exactly −200
