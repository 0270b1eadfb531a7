"""SIGKILL at random moments while a child process writes: the vault always reopens whole,
passes both integrity checks, and every record whose commit returned is there."""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import pytest

from app.core import records as r
from app.store.vault import Vault
from tests.store.test_vault import _loan

TRIALS = 20
LONGEST_RUN_S = 0.3


def _child(path, password, trial: int, report: int) -> None:  # pragma: no cover - runs in the killed child
    try:
        vault = Vault.open(path, password)
        for n in range(100_000):
            loan = vault.repo.add(_loan(lender=f"t{trial}-{n}", notes="x" * (n % 7) * 500))
            if n % 5 == 0:
                vault.repo.add_attachment(r.Attachment(filename=f"{n}.bin", sha256="", size=0, loan_id=loan.id), os.urandom(3000))
            if n % 11 == 0:
                vault.repo.delete(r.Loan, loan.id)
                continue
            os.write(report, f"{loan.lender}\n".encode())
    finally:
        os._exit(1)


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
def test_random_sigkills_lose_no_committed_record(tmp_path, vault_password):
    path = tmp_path / "v.repaydesk"
    with Vault.create(path, vault_password) as vault:
        vault.repo.add(_loan(lender="before"))  # also readies SQLAlchemy's mappers for the forked children
    rng = random.Random(9)
    committed: set[str] = {"before"}
    for trial in range(TRIALS):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover
            os.close(read)
            _child(path, vault_password, trial, write)
        os.close(write)
        with os.fdopen(read, "rb", buffering=0) as pipe:
            time.sleep(rng.uniform(0.0, LONGEST_RUN_S))  # during opening, recovery, a write or a commit
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            lines = pipe.readall().decode().split("\n")
        committed.update(line for line in lines[:-1])  # the last piece may be cut short
        with Vault.open(path, vault_password) as vault:
            assert vault.check() == [], f"trial {trial}"
            present = {loan.lender for loan in vault.repo.list(r.Loan)}
        lost = committed - present
        assert not lost, f"trial {trial}: {len(lost)} committed records lost"
    print(f"\n{TRIALS} SIGKILL trials, {len(committed)} committed records, 0 lost")
