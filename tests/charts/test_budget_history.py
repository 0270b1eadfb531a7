"""The budget history chart builds for 0, 1 and 24 snapshots and uses a CJK font when one exists."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from app.charts.budget_history import budget_history_figure
from app.charts.fonts import FALLBACK, cjk_font, font_families
from app.core.money import Money
from app.core.records import BudgetSnapshot


def snapshots(count: int) -> list[BudgetSnapshot]:
    result = []
    for index in range(count):
        taken_on = dt.date(2024 + index // 12, index % 12 + 1, 1)
        result.append(
            BudgetSnapshot(
                taken_on=taken_on,
                income=Money(700_000 + index * 5_000),
                spending=Money(420_000),
                essential_spending=Money(380_000),
                available=Money(300_000 + index * 1_000),
                contract_demand=Money(190_000),
                total_debt=Money(3_600_000 - index * 120_000),
                net_worth=Money(-3_000_000),
            )
        )
    return list(reversed(result))  # the builder must sort by date itself


def draw(figure) -> None:
    FigureCanvasAgg(figure).draw()


def texts(figure) -> list[Text]:
    return [t for t in figure.findobj(Text) if t.get_text().strip()]


def test_no_snapshots_shows_a_message() -> None:
    figure = budget_history_figure([], "zh_CN")
    draw(figure)
    words = [t.get_text() for t in texts(figure)]
    assert "预算变化" in words
    assert any("还没有预算快照" in w for w in words)
    assert not any(line for axes in figure.axes for line in axes.get_lines())


def test_one_snapshot_plots_single_points_in_yuan() -> None:
    figure = budget_history_figure(snapshots(1), "en")
    draw(figure)
    flows, debt = figure.axes
    lines = {line.get_label(): line for line in flows.get_lines()}
    assert set(lines) == {"Monthly income", "Monthly spending", "Available for repayment", "Contracts demand"}
    assert list(lines["Monthly income"].get_ydata()) == [7000.0]  # 700 000 fen
    assert list(debt.get_lines()[0].get_ydata()) == [36000.0]
    assert [t.get_text() for t in debt.get_xticklabels()] == ["2024-01-01"]


def test_twenty_four_snapshots_in_date_order() -> None:
    figure = budget_history_figure(snapshots(24), "zh_CN")
    draw(figure)
    flows, debt = figure.axes
    income = next(line for line in flows.get_lines() if line.get_label() == "每月收入")
    values = [Decimal(str(v)) for v in income.get_ydata()]
    assert len(values) == 24
    assert values[0] == Decimal("7000.0") and values[-1] == Decimal("8150.0")  # 7000 + 23 × 50
    debt_values = [Decimal(str(v)) for v in debt.get_lines()[0].get_ydata()]
    assert debt_values[0] == Decimal("36000.0") and debt_values[-1] == Decimal("8400.0")  # 36000 − 23 × 1200
    labels = [t.get_text() for t in debt.get_yticklabels() if t.get_text()]
    assert "2万" in labels  # Chinese axis in 万


def test_text_uses_the_cjk_font_when_installed() -> None:
    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font installed here")
    assert font_families() == [font, FALLBACK]
    figure = budget_history_figure(snapshots(3), "zh_CN")
    draw(figure)
    for text in texts(figure):
        assert text.get_fontfamily()[0] == font, text.get_text()


LAZY_IMPORT_PROBE = """
import sys, datetime as dt
import app.core.budget, app.documents.statement, app.documents.render_docx, app.documents.save, app.charts.budget_history
assert "docx" not in sys.modules and "matplotlib" not in sys.modules, "heavy module imported at start-up"
from app.charts.budget_history import budget_history_figure
budget_history_figure([], "en")
assert "matplotlib" in sys.modules
assert "matplotlib.pyplot" not in sys.modules and not any(m.startswith("PySide6") for m in sys.modules)
print("ok")
"""


def test_heavy_modules_load_lazily_and_pyplot_and_qt_never() -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", LAZY_IMPORT_PROBE], cwd=root, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr
