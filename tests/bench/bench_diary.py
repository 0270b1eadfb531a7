"""Benchmark (a script, not a test): the contact diary with 100 000 entries.

Run: python tests/bench/bench_diary.py [--entries N] [--mb M]
Targets (DESIGN.md): page opens ≤ 0.5 s, two-character Chinese search ≤ 50 ms, adding an entry
≤ 50 ms, a 200 MB attachment stored at ≥ 50 MB/s with the window responsive.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REPAYDESK_TEST_FAST_KDF", "1")  # the key derivation is not what is measured here
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.records import Channel, ContactEntry, Direction  # noqa: E402
from app.services import diary  # noqa: E402
from app.store.vault import Vault  # noqa: E402

PHRASES = (
    "催收员来电要求今天还清", "申请延期还款被拒绝", "协商减免罚息", "对方说要上门走访", "客服答应三个工作日内回电",
    "短信称已经立案", "给我家人打了电话", "要求提供收入证明", "同意分期还款", "外包公司不肯报工号",
    "called about the overdue instalment", "asked for a payment plan", "微信发来催款信息", "银行信用卡中心来电",
)
LENDERS = ("闪借花", "月月省", "安信小贷", "城南银行", "易分期", "某外包催收公司")
SEARCHES = ("协商", "工号", "家人", "罚息", "上门", "立案")


def fill(repo, count: int) -> None:
    """`count` varied entries in one transaction (bulk rows, then the index built as the migration does)."""
    from sqlalchemy import insert

    from app.store import diary_index, models

    rng = random.Random(7)
    start = dt.datetime(2016, 1, 1)
    rows = []
    for n in range(count):
        entry = ContactEntry(
            start + dt.timedelta(minutes=47 * n), rng.choice(list(Channel)), f"{'，'.join(rng.sample(PHRASES, 2))} #{n}",
            rng.choice(list(Direction)), lender_name=rng.choice(LENDERS), staff_id=f"GH{rng.randrange(10000):04d}",
            phone=f"1{rng.randrange(10**10):010d}", answer=rng.choice(PHRASES),
            misconduct=("night-contact",) if n % 17 == 0 else (),
        )
        rows.append({name: getattr(entry, name) for name in models.codec.field_names(ContactEntry) if name != "id"})
    with repo.session(write=True) as s:
        s.execute(insert(models.ContactRow), rows)
        diary_index.rebuild(s)


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def page_open_gui(vault) -> float:
    """Seconds from building the Diary page to its table showing the first page."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.context import AppContext
    from app.ui.pages.diary import DiaryPage

    from PySide6.QtCore import QEventLoop, QTimer

    app = QApplication.instance() or QApplication([])
    ctx = AppContext("zh_CN", QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    ctx.vault = vault
    loop = QEventLoop()
    began = time.perf_counter()
    page = DiaryPage(ctx)
    page.show()
    page.model.modelReset.connect(lambda: QTimer.singleShot(0, loop.quit))  # after the first page is painted
    page.refresh()
    loop.exec()
    app.processEvents()
    elapsed = time.perf_counter() - began
    page.close()
    ctx.vault = None
    ctx.vault_worker.wait()
    ctx.vault_worker.stop()
    return elapsed


def attach_with_ui_ticks(vault, entry_id: int, path: Path) -> tuple[float, float]:
    """(seconds to store, longest UI-thread stall in ms) for an attachment copied on the vault thread."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.worker import Worker

    app = QApplication.instance() or QApplication([])
    worker = Worker(dedicated_thread=True)
    clock, gaps, done = QElapsedTimer(), [], []
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10, timeout=tick)
    timer.start()
    began = time.perf_counter()
    worker.run(lambda: diary.attach(vault.repo, entry_id, path, dt.datetime(2026, 3, 1), 4096, progress=lambda n: None),
               done.append, lambda error: done.append(error))
    while not done:
        app.processEvents()
        time.sleep(0.002)
    elapsed = time.perf_counter() - began
    timer.stop()
    worker.stop()
    if isinstance(done[0], BaseException):
        raise done[0]
    return elapsed, max(gaps or [0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-diary-"))
    with Vault.create(folder / "bench.repaydesk", "bench password") as vault:
        repo = vault.repo
        took, _ = timed(lambda: fill(repo, args.entries))
        print(f"filled {args.entries} entries in {took:.1f} s")

        took, (total, first) = timed(lambda: diary.first_page(repo), repeat=5)
        print(f"first page (count + 200 rows): {took * 1000:.0f} ms  (target ≤ 500 ms; {total} entries)")
        print(f"Diary page opens (GUI, first page shown): {page_open_gui(vault) * 1000:.0f} ms  (target ≤ 500 ms)")

        for query in SEARCHES:
            took, lines = timed(lambda q=query: diary.search(repo, q), repeat=5)
            matches = diary.count(repo, diary.DiaryFilter(query=query))
            print(f"search {query!r}: {took * 1000:.1f} ms, first {len(lines)} of {matches} matches  (target ≤ 50 ms)")
        took, _ = timed(lambda: diary.search(repo, "GH0321"), repeat=5)
        print(f"search 'GH0321' (staff ID): {took * 1000:.1f} ms")

        took, entry = timed(lambda: diary.add_entry(repo, ContactEntry(
            dt.datetime(2026, 3, 1, 23, 5), Channel.PHONE, "半夜来电威胁上门", lender_name="闪借花")), repeat=5)
        print(f"add an entry: {took * 1000:.1f} ms  (target ≤ 50 ms)")

        big = folder / "recording.bin"
        with big.open("wb") as out:
            for _ in range(args.mb):
                out.write(os.urandom(1 << 20))
        seconds, stall = attach_with_ui_ticks(vault, entry.id, big)
        print(f"attach {args.mb} MB: {seconds:.2f} s = {args.mb / seconds:.0f} MB/s  (target ≥ 50 MB/s); "
              f"longest UI-thread pause meanwhile {stall:.0f} ms")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
