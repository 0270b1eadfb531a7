"""Memory benchmark (a script, not a test): python tests/bench/bench_memory.py

Resident memory after a demo session has visited every page (the Budget history chart and a
loan's real-cost panel included). Budget: ≤ 250 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SESSION = """
import pathlib, sys, tempfile, time
from PySide6.QtCore import QSettings
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

def settle():
    for _ in range(20):
        app.processEvents()

for index in range(len(window.pages)):
    window.show_page(index); settle()
budget = window.pages[2]
budget.tabs.setCurrentWidget(budget.history); settle()
window.pages[1].select_loan(1); settle()
status = pathlib.Path("/proc/self/status")
if status.exists():
    print(int(status.read_text().split("VmRSS:")[1].split()[0]) // 1024)
else:
    import resource
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 * (1024 if sys.platform == "darwin" else 1)))
shell.shutdown()
"""


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("REPAYDESK_TEST_FAST_KDF", None)
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(SESSION)], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True)
    megabytes = int(result.stdout.split()[-1])
    print(f"resident memory after visiting every page of the demo vault: {megabytes} MB (budget ≤ 250 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
