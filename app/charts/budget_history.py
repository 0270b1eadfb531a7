"""The budget over time: monthly income, spending and the amount available for repayment,
and the total debt, from the kept snapshots. A pure builder: snapshots in, Figure out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.charts.fonts import font_families
from app.charts.ticks import axis_label
from app.core.messages import text
from app.core.money import Money
from app.core.records import BudgetSnapshot

if TYPE_CHECKING:
    from matplotlib.figure import Figure

COLOURS = {"income": "#2e7d32", "spending": "#c62828", "available": "#1565c0", "demand": "#ef6c00", "debt": "#6a1b9a"}


def _w(key: str, lang: str) -> str:
    return text(f"chart.budget.{key}", lang)


def _yuan(amount: Money) -> float:
    """Money to float for plotting only."""
    return float(amount.as_yuan)


def budget_history_figure(snapshots: Sequence[BudgetSnapshot], lang: str = "zh_CN") -> Figure:
    """A Figure (no pyplot, Agg-safe) with the flows on top and the total debt below."""
    from matplotlib.figure import Figure

    families = font_families()
    figure = Figure(figsize=(8, 5.5), dpi=100, layout="constrained")
    figure.suptitle(_w("title", lang), fontfamily=families, fontsize=13)
    if not snapshots:
        axes = figure.add_subplot()
        axes.set_axis_off()
        axes.text(0.5, 0.5, _w("empty", lang), ha="center", va="center", wrap=True, fontfamily=families, fontsize=11, color="#555555")
        return figure
    ordered = sorted(snapshots, key=lambda snap: snap.taken_on)
    days = [snap.taken_on for snap in ordered]
    flows, debt = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    for key in ("income", "spending", "available", "demand"):
        values = [_yuan(getattr(snap, "contract_demand" if key == "demand" else key)) for snap in ordered]
        style = "--" if key == "demand" else "-"
        flows.plot(days, values, style, marker="o", markersize=4, color=COLOURS[key], label=_w(key, lang))
    debts = [_yuan(snap.total_debt) for snap in ordered]
    debt.plot(days, debts, "-", marker="o", markersize=4, color=COLOURS["debt"], label=_w("debt", lang))
    debt.fill_between(days, debts, color=COLOURS["debt"], alpha=0.12)
    _style_axes(flows, _w("flows", lang), families, lang)
    _style_axes(debt, _w("stock", lang), families, lang)
    _date_axis(debt, days)
    handles = flows.get_legend_handles_labels()[0] + debt.get_legend_handles_labels()[0]
    figure.legend(handles=handles, loc="outside lower center", ncols=3, frameon=False, prop={"family": families, "size": 9})
    return figure


def _style_axes(axes, ylabel: str, families: list[str], lang: str) -> None:
    from matplotlib.ticker import FuncFormatter

    axes.set_ylabel(ylabel, fontfamily=families)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: axis_label(value, lang)))
    axes.tick_params(labelfontfamily=families, labelsize=9)
    axes.grid(True, color="#dddddd", linewidth=0.6)
    axes.set_ylim(bottom=min(0, axes.get_ylim()[0]))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _date_axis(axes, days: list[dt.date]) -> None:
    from matplotlib.dates import AutoDateLocator, DateFormatter

    if len(set(days)) == 1:
        margin = dt.timedelta(days=20)
        axes.set_xlim(days[0] - margin, days[0] + margin)
        axes.set_xticks([days[0]])
        axes.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))
        return
    axes.xaxis.set_major_locator(AutoDateLocator(minticks=2, maxticks=8))
    axes.xaxis.set_major_formatter(DateFormatter("%Y-%m"))
