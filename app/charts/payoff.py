"""Payoff scenario charts, pure builders: a PayoffResult in, a matplotlib Figure out (no pyplot, no Qt).

- balance_figure: what each loan still owes, month by month, stacked;
- cost_figure: interest and penalties/fees paid so far (cumulative);
- payments_figure: each month's payments per loan against the amount available and the minimums
  due, the shortfall shaded;
- compare_figure: several scenarios side by side (months to repay, total cost).

Money becomes float only here, for drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.charts import fonts
from app.core.messages import text
from app.core.money import Money
from app.core.payoff import PayoffResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SHORTFALL_COLOUR = "#c62828"
AVAILABLE_COLOUR = "#1565c0"
DUE_COLOUR = "#ef6c00"


def word(key: str, lang: str) -> str:
    return text(f"chart.payoff.{key}", lang)


def yuan(fen: int | Money) -> float:
    """Fen (or Money) as yuan for plotting only."""
    return (fen.fen if isinstance(fen, Money) else fen) / 100


def _axis_label(value: float, lang: str) -> str:
    if lang == "zh_CN" and abs(value) >= 10_000:
        return f"{value / 10_000:g}万"
    if lang != "zh_CN" and abs(value) >= 1_000:
        return f"{value / 1_000:g}k"
    return f"{value:g}"


def _figure(title: str) -> tuple[Figure, list[str]]:
    from matplotlib.figure import Figure

    families = fonts.font_families()
    figure = Figure(figsize=(8, 4.5), dpi=100)  # fixed margins: constrained layout would double the draw time
    figure.subplots_adjust(left=0.09, right=0.98, top=0.88, bottom=0.1, wspace=0.25)
    figure.suptitle(title, fontfamily=families, fontsize=12)
    return figure, families


def _style(axes: Axes, result: PayoffResult | None, families: list[str], lang: str, ylabel: str) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axes.set_ylabel(ylabel, fontfamily=families, rotation=0, labelpad=12)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: _axis_label(value, lang)))
    if result is not None:
        axes.xaxis.set_major_locator(MaxNLocator(nbins=8, integer=True))
        axes.xaxis.set_major_formatter(
            FuncFormatter(lambda value, _pos: result.plan.month_date(int(value)).strftime("%Y-%m") if value >= 1 else "")
        )
    axes.tick_params(labelfontfamily=families, labelsize=8)
    axes.grid(True, axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _legend(axes: Axes, families: list[str]) -> None:
    if axes.get_legend_handles_labels()[0]:
        axes.legend(loc="upper right", fontsize=8, frameon=False, prop={"family": families, "size": 8})


def _months(result: PayoffResult) -> list[int]:
    return [row.month for row in result.table]


def balance_figure(result: PayoffResult, lang: str = "zh_CN") -> Figure:
    figure, families = _figure(word("balance", lang))
    axes = figure.add_subplot()
    series = [[yuan(row.debts[i].balance) for row in result.table] for i in range(len(result.debts))]
    if result.table:
        axes.stackplot(_months(result), series, labels=[d.debt.name for d in result.debts], alpha=0.85)
    _style(axes, result, families, lang, word("yuan", lang))
    _legend(axes, families)
    return figure


def cost_figure(result: PayoffResult, lang: str = "zh_CN") -> Figure:
    figure, families = _figure(word("cost", lang))
    axes = figure.add_subplot()
    interest, penalties, running_i, running_p = [], [], 0, 0
    for row in result.table:
        running_i += row.interest.fen
        running_p += row.penalties.fen
        interest.append(yuan(running_i))
        penalties.append(yuan(running_p))
    if result.table:
        axes.stackplot(_months(result), [interest, penalties], labels=[word("interest", lang), word("penalties", lang)],
                       colors=["#6a1b9a", SHORTFALL_COLOUR], alpha=0.8)  # fmt: skip
    _style(axes, result, families, lang, word("yuan", lang))
    _legend(axes, families)
    return figure


def payments_figure(result: PayoffResult, lang: str = "zh_CN") -> Figure:
    figure, families = _figure(word("payments", lang))
    axes = figure.add_subplot()
    months = _months(result)
    if months:  # one stepped band per loan (a bar per month and loan would be thousands of patches)
        series = [[yuan(row.debts[index].paid) for row in result.table] for index in range(len(result.debts))]
        axes.stackplot(months, series, labels=[d.debt.name for d in result.debts], step="mid", alpha=0.85)
    if months:
        available = [yuan(row.available) for row in result.table]
        due = [yuan(row.due) for row in result.table]
        axes.step(months, available, where="mid", color=AVAILABLE_COLOUR, linewidth=1.6, label=word("available", lang))
        axes.step(months, due, where="mid", color=DUE_COLOUR, linewidth=1.2, linestyle="--", label=word("due", lang))
        short = [d > a for a, d in zip(available, due)]
        if any(short):
            axes.fill_between(months, available, due, where=short, step="mid", color=SHORTFALL_COLOUR, alpha=0.25,
                              label=word("shortfall", lang))  # fmt: skip
    _style(axes, result, families, lang, word("yuan", lang))
    _legend(axes, families)
    return figure


def compare_figure(results: Sequence[tuple[str, PayoffResult]], lang: str = "zh_CN") -> Figure:
    """Months to repay and interest + fees for each (label, result), side by side."""
    figure, families = _figure(word("compare", lang))
    months_axes, cost_axes = figure.subplots(1, 2)
    labels = [label for label, _ in results]
    positions = list(range(len(results)))
    months = [result.months for _, result in results]
    colours = ["#1565c0" if result.repaid else SHORTFALL_COLOUR for _, result in results]
    months_axes.bar(positions, months, color=colours)
    cost_axes.bar(positions, [yuan(result.total_cost) for _, result in results], color="#6a1b9a")
    for position, (_, result) in zip(positions, results):
        note = result.payoff_date().strftime("%Y-%m") if result.repaid else word("never", lang)
        months_axes.annotate(note, (position, result.months), ha="center", va="bottom", fontsize=8, fontfamily=families)
    for axes, title in ((months_axes, "months"), (cost_axes, "total_cost")):
        _style(axes, None, families, lang, "")
        axes.set_title(word(title, lang), fontfamily=families, fontsize=10)
        axes.set_xticks(positions, labels, fontfamily=families, fontsize=8)
    return figure


CHARTS = {"balance": balance_figure, "cost": cost_figure, "payments": payments_figure}
