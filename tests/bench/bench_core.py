"""Benchmark (a script, not a test): schedule + real cost (IRR) and full summaries for 100 loans.

Run: python tests/bench/bench_core.py — target: schedule + IRR for 100 loans ≤ 50 ms.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.loan_summary import summarise  # noqa: E402
from app.core.lpr import LprTable  # noqa: E402
from app.core.money import Money  # noqa: E402
from app.core.real_cost import real_cost  # noqa: E402
from app.core.records import Fee, FeeCharge, FeeKind, LenderType, Loan, Payment, RateBasis, RepaymentMethod  # noqa: E402
from app.core.schedule import build_schedule  # noqa: E402

METHODS = [m for m in RepaymentMethod if m != RepaymentMethod.CUSTOM]
TARGET_MS = 50


def loans(count: int = 100) -> list[Loan]:
    made = []
    for i in range(count):
        method = METHODS[i % len(METHODS)]
        fees = (Fee(FeeKind.SERVICE, FeeCharge.PER_INSTALMENT, amount=Money.yuan(30)),) if i % 3 == 0 else ()
        made.append(
            Loan(
                lender=f"Lender {i}",
                lender_type=list(LenderType)[i % len(LenderType)],
                principal=Money.yuan(5000 + 500 * i),
                received=Money.yuan(4500 + 500 * i) if i % 4 == 0 else Money.yuan(5000 + 500 * i),
                contract_date=dt.date(2024, 1 + i % 12, 5),
                first_due_date=dt.date(2024 + (1 + i % 12) // 12, (1 + i % 12) % 12 + 1, 5),
                instalments=(6, 12, 24, 36)[i % 4],
                method=method,
                rate_percent=Decimal("0.8") if method == RepaymentMethod.FLAT else Decimal(8 + i % 30),
                rate_basis=RateBasis.MONTHLY if method == RepaymentMethod.FLAT else RateBasis.ANNUAL,
                fees=fees,
                penalty_rate_percent=Decimal("0.05"),
                id=i + 1,
            )
        )
    return made


def best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> int:
    sample = loans()
    lpr = LprTable.load()
    on = dt.date(2025, 3, 1)
    payments = {loan.id: [Payment(loan.id, loan.first_due_date, Money.yuan(500))] for loan in sample}
    schedule_irr = best_of(5, lambda: [real_cost(loan, build_schedule(loan)) for loan in sample])
    summaries = best_of(5, lambda: [summarise(loan, payments[loan.id], on, lpr) for loan in sample])
    print(f"schedule + IRR, 100 loans: {schedule_irr:.1f} ms (target ≤ {TARGET_MS} ms)")
    print(f"full summaries (overdue, verdicts), 100 loans: {summaries:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
