"""Start-up benchmark (a script, not a test): python tests/bench/bench_startup.py

1. Time to a visible window, in fresh offscreen subprocesses (median of RUNS): a bare PySide6
   QWidget against RepayDesk's unlock window, both from cached bytecode as after an install.
   Target: ratio ≤ 1.5.
2. On a real-KDF vault: raw key derivation (open + close) against password → populated main
   window. Target: KDF + ≤ 0.3 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
PASSWORD = "bench password 2026"

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([]); w = QWidget(); w.resize(440, 300); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

OURS = """
import time; t0 = time.perf_counter()
import os
import app.ui.shell
from PySide6.QtWidgets import QApplication

def visible_then_exit(shell):
    assert any(w.isVisible() for w in QApplication.topLevelWidgets())
    print(time.perf_counter() - t0, flush=True)
    os._exit(0)

app.ui.shell.Shell.shutdown = visible_then_exit
from app.ui.launch import main
main(["--vault", {vault!r}])
"""

UNLOCK = """
import time, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
from app.ui.context import AppContext
from app.ui.shell import Shell
from app.ui.main_window import MainWindow
from app.store.vault import Vault
t = time.perf_counter(); Vault.open({vault!r}, {password!r}).close(); kdf = time.perf_counter() - t
ctx = AppContext("en", QSettings({ini!r}, QSettings.Format.IniFormat))
shell = Shell(ctx, {vault!r}); shell.start()
end = time.perf_counter() + 1.5   # the user types the password; meanwhile the store warms up
while time.perf_counter() < end or ctx.worker.busy:
    app.processEvents(); time.sleep(0.01)
shell.window.password.edit.setText({password!r})
t = time.perf_counter(); shell.window.submit()
while not isinstance(shell.window, MainWindow):
    app.processEvents(); time.sleep(0.001)
give_up = time.perf_counter() + 30
while shell.window.pages[0].open_loans.text() in ("", "—"):  # the dashboard fills from the vault thread
    assert time.perf_counter() < give_up, "the dashboard never filled"
    app.processEvents(); time.sleep(0.001)
total = time.perf_counter() - t
print(kdf, total)
shell.shutdown()
"""


def run(code: str, env: dict[str, str]) -> list[float]:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    if result.returncode:  # say why, not only that it failed
        raise SystemExit(f"benchmark session failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return [float(x) for x in result.stdout.split()[-2:] if x.replace(".", "", 1).replace("e-", "", 1).isdigit()] \
        or [float(result.stdout.split()[-1])]


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPAYDESK_EXIT_AFTER_SHOW": "1", "PYTHONPATH": str(ROOT)}
    env.pop("REPAYDESK_TEST_FAST_KDF", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from cached bytecode; so do we
    with tempfile.TemporaryDirectory() as scratch:
        vault = Path(scratch) / "bench.repaydesk"
        env["XDG_CONFIG_HOME"] = scratch
        setup = f"""
from app.store.vault import Vault
from app.store.demo import fill_demo
with Vault.create({str(vault)!r}, {PASSWORD!r}) as v: fill_demo(v.repo)
"""
        subprocess.run([sys.executable, "-c", setup], cwd=ROOT, env=env, check=True)

        run(OURS.format(vault=str(vault)), env)  # warm-up: writes the bytecode cache, as installing does
        bare = [run(BARE, env)[-1] for _ in range(RUNS)]
        ours = [run(OURS.format(vault=str(vault)), env)[-1] for _ in range(RUNS)]
        b, o = statistics.median(bare), statistics.median(ours)
        print(f"bare QWidget visible:      {b * 1000:7.1f} ms (median of {RUNS})")
        print(f"RepayDesk unlock visible:  {o * 1000:7.1f} ms (median of {RUNS})")
        print(f"ratio: {o / b:.2f} (target ≤ 1.5)")

        pairs = [run(UNLOCK.format(vault=str(vault), password=PASSWORD, ini=str(Path(scratch) / "s.ini")), env)
                 for _ in range(3)]
        kdf = statistics.median(p[0] for p in pairs)
        total = statistics.median(p[1] for p in pairs)
        print(f"key derivation (open+close): {kdf * 1000:7.1f} ms")
        print(f"password → populated main window: {total * 1000:7.1f} ms "
              f"(KDF + {(total - kdf) * 1000:.0f} ms; target KDF + ≤ 300 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
