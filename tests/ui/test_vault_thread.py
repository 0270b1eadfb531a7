"""One owner of the vault connection: reads, writes, backups and password changes started from the
GUI at the same time all run on the vault thread, in order, without errors or lost writes."""

from __future__ import annotations

import time

from app.core.money import Money
from app.core.records import IncomeCategory, IncomeSource
from app.store.vault import Vault
from app.ui import ops
from tests.ui.conftest import settle

SECONDS = 2


def test_concurrent_gui_operations_lose_nothing(qtbot, ctx, tmp_path, vault_password):
    vault = ctx.vault
    threads: set[object] = set()
    errors: list[BaseException] = []
    written: list[int] = []
    reads: list[int] = []
    backups: list[tuple[object, str]] = []
    passwords = [vault_password]

    def add(repo, n: int):
        threads.add(repo_thread())
        return repo.add(IncomeSource(f"job {n}", IncomeCategory.SIDE_JOB, Money.yuan(n + 1))).id

    def count(repo):
        threads.add(repo_thread())
        return repo.count(IncomeSource)

    def backup(n: int, password: str):
        threads.add(repo_thread())
        return vault.backup(tmp_path / f"backup-{n}.repaydesk"), password

    def rekey(old: str, new: str):
        threads.add(repo_thread())
        vault.change_password(old, new)
        return new

    n = 0
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        ops.write(ctx, lambda repo, n=n: add(repo, n), "budget", written.append, on_error=errors.append)
        ops.query(ctx, count, reads.append, on_error=errors.append)
        if n % 15 == 0:
            ctx.vault_worker.run(lambda n=n, p=passwords[-1]: backup(n, p), backups.append, errors.append)
        if n % 25 == 0:
            new = f"{vault_password}-{n}"
            ctx.vault_worker.run(lambda old=passwords[-1], new=new: rekey(old, new), None, errors.append)
            passwords.append(new)
        ctx.worker.run(lambda: sum(range(10_000)))  # unrelated pool work alongside
        qtbot.wait(5)
        n += 1
    settle(qtbot, ctx, timeout=60_000)

    assert errors == []
    assert len(written) == n and len(set(written)) == n
    assert reads == sorted(reads) and reads[-1] == n  # each read saw every write submitted before it
    assert ctx.vault.repo.count(IncomeSource) == n
    assert threads == {ctx.vault_worker._thread}  # every vault call ran on the one vault thread
    assert len(backups) >= 2 and len(passwords) >= 2
    for path, password in backups:
        with Vault.open(path, password) as copy:
            assert copy.check() == []


def repo_thread():
    from PySide6.QtCore import QThread

    return QThread.currentThread()
