"""Payoff scenario charts, pure builders: a PayoffResult in, a matplotlib Figure out (no pyplot, no Qt).

- balance_figure: what each loan still owes, month by month, stacked;
- cost_figure: interest and penalties/fees paid so far (cumulative);
- payments_figure: each month's payments per loan against the amount available and the minimums
  due, the shortfall shaded;
- compare_figure: several scenarios side by side (months to repay, total cost).

Money becomes float only here, for drawing.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.charts import fonts
from app.charts.ticks import axis_label
from app.core.messages import text
from app.core.money import Money
from app.core.payoff import DebtMonth, PayoffResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SHORTFALL_COLOUR = "#c62828"
OTHERS_COLOUR = "#9e9e9e"
BAND_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")
BAND_ALPHA = 0.85
LEGEND_LOANS = 7  # loans with a band and a legend entry of their own; the rest share one "others" band
LEGEND_CHARS = 10  # a longer lender name is cut short in the legend (hovering shows it whole)
PAID, BALANCE = DebtMonth._fields.index("paid"), DebtMonth._fields.index("balance")
AVAILABLE_COLOUR = "#1565c0"
DUE_COLOUR = "#ef6c00"


def word(key: str, lang: str) -> str:
    return text(f"chart.payoff.{key}", lang)


def yuan(fen: int | Money) -> float:
    """Fen (or Money) as yuan for plotting only."""
    return (fen.fen if isinstance(fen, Money) else fen) / 100


def _figure(title: str, legend_room: bool = True) -> tuple[Figure, list[str]]:
    """A figure at the page's size; `legend_room` keeps the right-hand fifth for the legend."""
    from matplotlib.figure import Figure

    families = fonts.font_families()
    figure = Figure(figsize=(8, 4.5), dpi=100)  # fixed margins: constrained layout would double the draw time
    figure.subplots_adjust(left=0.09, right=0.78 if legend_room else 0.98, top=0.88, bottom=0.1, wspace=0.25)
    figure.suptitle(title, fontfamily=families, fontsize=12)
    return figure, families


def _month_ticks(axes: Axes, result: PayoffResult) -> None:
    """At most 8 month ticks at a whole step, labelled with the month's date (fixed: no locator runs at draw)."""
    from matplotlib.ticker import FixedFormatter, FixedLocator

    months = max(1, result.months)
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= 8), 120)
    ticks = list(range(1, months + 1, step))
    axes.xaxis.set_major_locator(FixedLocator(ticks))
    axes.xaxis.set_major_formatter(FixedFormatter([result.plan.month_date(month).strftime("%Y-%m") for month in ticks]))
    axes.set_xlim(0.5, months + 0.5)


def _style(axes: Axes, result: PayoffResult | None, families: list[str], lang: str, ylabel: str) -> None:
    from matplotlib.ticker import FuncFormatter

    axes.set_ylabel(ylabel, fontfamily=families, rotation=0, labelpad=12)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: axis_label(value, lang)))
    if result is not None:
        _month_ticks(axes, result)
    axes.tick_params(labelfontfamily=families, labelsize=8)
    axes.set_axisbelow(True)
    axes.grid(True, axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _legend(axes: Axes, families: list[str], handles: list | None = None, labels: list[str] | None = None) -> None:
    """The legend: the bands' handles (when given) first, then the labelled lines and fills."""
    from matplotlib.patches import Patch

    found, found_labels = axes.get_legend_handles_labels()
    bands = [Patch(facecolor=colour, alpha=BAND_ALPHA) for colour in handles or []]
    if bands or found:
        names = [name if len(name) <= LEGEND_CHARS else name[: LEGEND_CHARS - 1] + "…" for name in labels or []]
        axes.legend(bands + found, names + found_labels, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False,
                    borderaxespad=0, prop={"family": families, "size": 8})  # fmt: skip


def _months(result: PayoffResult) -> list[int]:
    return [row.month for row in result.table]


def _groups(result: PayoffResult, lang: str) -> tuple[list[list[int]], list[str], list[str]]:
    """The loans drawn as bands: the LEGEND_LOANS largest (by starting balance) one band each, in
    their own order, and the rest together as one grey band; with their colours and labels."""
    count = len(result.debts)
    if count <= LEGEND_LOANS + 1:
        shown = list(range(count))
    else:
        largest = sorted(range(count), key=lambda i: (-result.debts[i].debt.balance.fen, i))[:LEGEND_LOANS]
        shown = sorted(largest)
    groups = [[i] for i in shown]
    labels = [result.debts[i].debt.name for i in shown]
    colours = [BAND_COLOURS[k % len(BAND_COLOURS)] for k in range(len(shown))]
    own = set(shown)
    rest = [i for i in range(count) if i not in own]
    if rest:
        groups.append(rest)
        labels.append(text("chart.payoff.others", lang, count=len(rest)))
        colours.append(OTHERS_COLOUR)
    return groups, labels, colours


def _stack(axes: Axes, months: list[int], columns: list[list[int]], colours: list[str], steps: bool = False) -> float:
    """Bands stacked from zero, one polygon each in ONE collection (a fill per band costs a collection,
    its autoscaling and its draw each); `columns` in fen per month. Returns the top in yuan."""
    import numpy as np
    from matplotlib.collections import PolyCollection

    x = np.asarray(months, dtype=np.int64)
    tops = np.cumsum(np.asarray(columns, dtype=np.int64).reshape(len(columns), len(months)), axis=0) / 100
    if steps:  # each month a flat step from month − ½ to month + ½
        x = np.repeat(x, 2) + np.tile([-0.5, 0.5], len(months))
        tops = np.repeat(tops, 2, axis=1)
    lower = np.zeros_like(x, dtype=tops.dtype)
    polygons = []
    for upper in tops:
        polygons.append(np.concatenate([np.column_stack([x, upper]), np.column_stack([x[::-1], lower[::-1]])]))
        lower = upper
    axes.add_collection(PolyCollection(polygons, facecolors=colours, edgecolors="none", alpha=BAND_ALPHA), autolim=False)
    return lower.max() if len(lower) else 0


def _grouped(result: PayoffResult, groups: list[list[int]], field: int) -> list[list[int]]:
    """Per group, the month-by-month sum of one DebtMonth field (fen)."""
    rows = [row.debts for row in result.table]
    return [[sum(debts[i][field] for i in group) for debts in rows] for group in groups]


def _headroom(axes: Axes, top: float, room: float = 1.08) -> None:
    """The y range from 0 to a little above `top`, with at most 6 round ticks inside it, fixed
    (matplotlib makes a tick, with its lines and label, for every value its locator returns)."""
    from matplotlib.ticker import FixedLocator, MaxNLocator

    high = top * room if top > 0 else 1
    axes.set_ylim(0, high)
    axes.yaxis.set_major_locator(FixedLocator([v for v in MaxNLocator(nbins=5).tick_values(0, high) if 0 <= v <= high]))


def balance_figure(result: PayoffResult, lang: str = "zh_CN") -> Figure:
    figure, families = _figure(word("balance", lang))
    axes = figure.add_subplot()
    groups, labels, colours = _groups(result, lang)
    if result.table:
        _headroom(axes, _stack(axes, _months(result), _grouped(result, groups, BALANCE), colours))
    _style(axes, result, families, lang, word("yuan", lang))
    _legend(axes, families, colours, labels)
    return figure


def cost_figure(result: PayoffResult, lang: str = "zh_CN") -> Figure:
    figure, families = _figure(word("cost", lang))
    axes = figure.add_subplot()
    colours = ["#6a1b9a", SHORTFALL_COLOUR]
    if result.table:
        interest = list(itertools.accumulate(sum(d.interest for d in row.debts) for row in result.table))
        penalties = list(itertools.accumulate(sum(d.penalty for d in row.debts) for row in result.table))
        _headroom(axes, _stack(axes, _months(result), [interest, penalties], colours))
    _style(axes, result, families, lang, word("yuan", lang))
    _legend(axes, families, colours, [word("interest", lang), word("penalties", lang)])
    return figure


def payments_figure(result: PayoffResult, lang: str = "zh_CN") -> Figure:
    figure, families = _figure(word("payments", lang))
    axes = figure.add_subplot()
    months = _months(result)
    groups, labels, colours = _groups(result, lang)
    if months:  # one stepped band per loan (a bar per month and loan would be thousands of patches)
        top = _stack(axes, months, _grouped(result, groups, PAID), colours, steps=True)
        available = [yuan(row.available) for row in result.table]
        due = [yuan(row.due) for row in result.table]
        axes.step(months, available, where="mid", color=AVAILABLE_COLOUR, linewidth=1.6, label=word("available", lang))
        axes.step(months, due, where="mid", color=DUE_COLOUR, linewidth=1.2, linestyle="--", label=word("due", lang))
        short = [d > a for a, d in zip(available, due)]
        if any(short):
            axes.fill_between(months, available, due, where=short, step="mid", color=SHORTFALL_COLOUR, alpha=0.25,
                              label=word("shortfall", lang))  # fmt: skip
        _headroom(axes, max(top, *available, *due))
    _style(axes, result, families, lang, word("yuan", lang))
    _legend(axes, families, colours, labels)
    return figure


def compare_figure(results: Sequence[tuple[str, PayoffResult]], lang: str = "zh_CN") -> Figure:
    """Months to repay and interest + fees for each (label, result), side by side."""
    figure, families = _figure(word("compare", lang), legend_room=False)
    months_axes, cost_axes = figure.subplots(1, 2)
    labels = [label for label, _ in results]
    positions = list(range(len(results)))
    months = [result.months for _, result in results]
    colours = ["#1565c0" if result.repaid else SHORTFALL_COLOUR for _, result in results]
    costs = [yuan(result.total_cost) for _, result in results]
    months_axes.bar(positions, months, color=colours)
    cost_axes.bar(positions, costs, color="#6a1b9a")
    for position, (_, result) in zip(positions, results):
        note = result.payoff_date().strftime("%Y-%m") if result.repaid else word("never", lang)
        months_axes.annotate(note, (position, result.months), ha="center", va="bottom", fontsize=8, fontfamily=families)
    for axes, title, values in ((months_axes, "months", months), (cost_axes, "total_cost", costs)):
        _style(axes, None, families, lang, "")
        axes.set_title(word(title, lang), fontfamily=families, fontsize=10, y=1.0)  # a fixed y: no layout pass per draw
        axes.set_xticks(positions, labels, fontfamily=families, fontsize=8)
        axes.set_xlim(-0.6, len(results) - 0.4)
        _headroom(axes, max(values, default=0), room=1.15)  # room for the payoff dates above the bars
    return figure


CHARTS = {"balance": balance_figure, "cost": cost_figure, "payments": payments_figure}
