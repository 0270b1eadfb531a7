"""`repaydesk-cli loans | head`: a reader that stops early ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_closed_pipe_ends_the_command_without_a_message(tmp_path):
    vault = tmp_path / "v.repaydesk"
    environment = {**os.environ, "REPAYDESK_PASSWORD": "pipe-pass", "REPAYDESK_LANG": "en", "REPAYDESK_TEST_FAST_KDF": "1"}
    subprocess.run([sys.executable, "-m", "app.cli", "vault", "init", "--allow-weak", "--demo", "--vault", str(vault)], cwd=ROOT,
                   env=environment, check=True, capture_output=True, timeout=60)
    reader_gone = subprocess.Popen([sys.executable, "-m", "app.cli", "loans", "--vault", str(vault)], cwd=ROOT,
                                   env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader_gone.stdout.close()  # like `head` exiting before the table is printed
    errors = reader_gone.stderr.read().decode()
    assert reader_gone.wait(timeout=60) == 141
    assert errors == ""
