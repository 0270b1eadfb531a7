"""Cyclic garbage is collected on the UI thread by a timer, never by whichever thread allocates."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject


def test_cycles_are_collected_by_the_ui_thread_timer(qtbot):
    from app.ui import main_thread_gc

    assert not gc.isenabled()  # installed for the GUI tests as by the app (conftest)

    class Node:
        pass

    owner = QObject()
    collector = main_thread_gc.MainThreadCollector(owner)
    node = Node()
    node.self = node
    gone = weakref.ref(node)
    del node
    junk = [[] for _ in range(3 * collector.thresholds[0])]  # far past the threshold, yet…
    assert gone() is not None  # …nothing is collected where the allocation happens…
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # …until the timer runs on the UI thread
    del junk
    collector.timer.stop()
