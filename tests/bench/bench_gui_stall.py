"""GUI-thread stall benchmark (a script, not a test): python tests/bench/bench_gui_stall.py [ROOT]

Opens the demo vault, visits every page (the Budget history chart, the first loan and a refresh of
every page after a change included) and prints the longest time the UI thread did not return to its
event loop: a 5 ms timer records the gaps between its ticks. Target: ≤ 100 ms.
ROOT (default: this checkout) lets the same script measure an older checkout for comparison.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]

SESSION = """
import pathlib, sys, tempfile, time
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.shell import Shell

scratch = pathlib.Path(tempfile.mkdtemp())
ctx = AppContext("zh_CN", QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
ctx.settings.set("confirm_quit", False)
shell = Shell(ctx, scratch / "unused.repaydesk")
shell.start(demo=True)
while not isinstance(shell.window, MainWindow):
    app.processEvents(); time.sleep(0.01)
window = shell.window

clock = QElapsedTimer(); clock.start()
gaps = []  # (milliseconds, what was happening)
doing = ["start"]
last = [clock.elapsed()]
def tick():
    now = clock.elapsed()
    gaps.append((now - last[0], doing[0]))
    last[0] = now
timer = QTimer(); timer.setInterval(5); timer.timeout.connect(tick); timer.start()

def run_for(ms):
    end = clock.elapsed() + ms
    while clock.elapsed() < end:
        app.processEvents(); time.sleep(0.002)

def step(what, action):
    doing[0] = what
    action()  # the stall, if any, is measured by the next tick
    run_for(600)

run_for(300)
for index in range(len(window.pages)):
    step(f"page {index}", lambda index=index: window.show_page(index))
budget = window.pages[2]
step("budget history", lambda: budget.tabs.setCurrentWidget(budget.history))
run_for(1500)
step("data changed: loans", lambda: ctx.data_changed.emit("loans"))
step("data changed: budget", lambda: ctx.data_changed.emit("budget"))
for index in range(len(window.pages)):
    step(f"page {index} again", lambda index=index: window.show_page(index))
timer.stop()
worst = max(gaps)
print(f"longest GUI-thread stall: {worst[0]} ms ({worst[1]}); ticks: {len(gaps)}")
for ms, what in sorted(gaps, reverse=True)[:5]:
    print(f"  {ms:5d} ms  {what}")
window.skip_quit_confirmation = True
shell.shutdown()
"""


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(SESSION)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    print(result.stdout.strip() or result.stderr[-2000:])


if __name__ == "__main__":
    main()
