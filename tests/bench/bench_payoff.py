"""Benchmark (a script, not a test): payoff recompute for 20 loans over ~120 months, every strategy,
and the chart redraw (build + Agg draw) per chart.

Run: python tests/bench/bench_payoff.py — targets: recompute ≤ 20 ms, chart redraw ≤ 100 ms.
Each figure is the median wall time, with the median CPU time of this process beside it: on a
busy machine the wall time counts the waits for a core, the CPU time much less so. The load
average is printed first.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.money import Money  # noqa: E402
from app.core.payoff import Debt, Plan, Strategy, simulate  # noqa: E402

RECOMPUTE_TARGET_MS = 20
REDRAW_TARGET_MS = 100
RUNS = 7


def debts() -> list[Debt]:
    """20 loans whose minimums cover their interest, so every strategy ends in about 120 months."""
    made = []
    for i in range(20):
        balance, rate = Money.yuan(6000 + 800 * i), Decimal(8 + i)
        made.append(Debt(f"贷款 {i}", balance, rate, balance * (rate / 1200 + Decimal("0.003")), loan_id=i))
    return made


def plan(strategy: Strategy) -> Plan:
    return Plan(Money.yuan(5330), strategy, custom_order=tuple(reversed(range(20))))


def median_ms(fn) -> tuple[float, float]:
    """Median wall and CPU milliseconds of RUNS calls."""
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    loans = debts()
    results = {strategy: simulate(loans, plan(strategy)) for strategy in Strategy}
    months = {strategy.value: result.months for strategy, result in results.items()}
    wall, cpu = median_ms(lambda: [simulate(loans, plan(strategy)) for strategy in Strategy])
    print(f"payoff: 20 loans, months per strategy {months}")
    print(f"recompute, all {len(Strategy)} strategies: {wall:.1f} ms, CPU {cpu:.1f} ms (target ≤ {RECOMPUTE_TARGET_MS} ms)")

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from app.charts.payoff import balance_figure, compare_figure, cost_figure, payments_figure

    result = results[Strategy.AVALANCHE]
    compared = [(strategy.value, r) for strategy, r in results.items()]
    builders = {
        "balance": lambda: balance_figure(result, "zh_CN"),
        "cost": lambda: cost_figure(result, "zh_CN"),
        "payments": lambda: payments_figure(result, "zh_CN"),
        "compare": lambda: compare_figure(compared, "zh_CN"),
    }
    for build in builders.values():  # warm-up: fonts and caches
        FigureCanvasAgg(build()).draw()
    for name, build in builders.items():
        built, _ = median_ms(build)
        total, cpu = median_ms(lambda build=build: FigureCanvasAgg(build()).draw())
        print(f"chart {name:9s} build {built:6.1f} ms + draw {total - built:6.1f} ms = {total:6.1f} ms, CPU {cpu:6.1f} ms"
              f" (target ≤ {REDRAW_TARGET_MS} ms)")


if __name__ == "__main__":
    main()
