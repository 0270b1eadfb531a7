"""Payoff charts render to PNG (and PDF) with Chinese labels and no missing glyph, with the system's
CJK font and with only the bundled subset; the plotted values are the simulation's."""

from __future__ import annotations

import io
import warnings
from decimal import Decimal

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from app.charts import fonts
from app.charts.payoff import LEGEND_LOANS, balance_figure, compare_figure, cost_figure, payments_figure
from app.core.money import Money
from app.core.payoff import Debt, Plan, Strategy, simulate

Y = Money.yuan
DEBTS = [
    Debt("闪借花（虚构平台）", Y(6000), Decimal(36), Y(900), behind=Y(1800), penalty_rate=Decimal("18.25"), late_fee=Y(50)),
    Debt("城南银行信用卡", Y(9000), Decimal(13), Y(1300)),
    Debt("易分期消费金融", Y(4000), Decimal(0), Y(700)),
]
SHORT = simulate(DEBTS, Plan(Y(2500), Strategy.PRO_RATA))
ENOUGH = simulate(DEBTS, Plan(Y(5000), Strategy.AVALANCHE))


def all_figures(lang: str):
    return [
        balance_figure(SHORT, lang),
        cost_figure(SHORT, lang),
        payments_figure(SHORT, lang),
        compare_figure([("雪崩法", ENOUGH), ("按比例分摊", SHORT), ("零预算", simulate(DEBTS, Plan(Money(0))))], lang),
    ]


def render_png(figure) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing")
        FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


@pytest.fixture
def bundled_only(monkeypatch):
    """Draw with the shipped subset alone, as on a machine with no Chinese font."""
    from matplotlib import font_manager

    path = fonts.bundled_font_path()
    assert path is not None, "resources/fonts lacks the bundled CJK font"
    font_manager.fontManager.addfont(str(path))
    monkeypatch.setattr(fonts, "font_families", lambda: ["Noto Sans SC RepayDesk"])


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_chart_renders_with_every_glyph(lang):
    for figure in all_figures(lang):
        assert render_png(figure).startswith(b"\x89PNG")


def test_every_chart_renders_with_only_the_bundled_font(bundled_only):
    figures = all_figures("zh_CN")
    for figure in figures:
        assert render_png(figure).startswith(b"\x89PNG")
    pdf = io.BytesIO()
    figures[0].savefig(pdf, format="pdf")
    assert pdf.getvalue().startswith(b"%PDF")


def test_a_missing_glyph_is_caught(bundled_only):
    figure = balance_figure(SHORT, "zh_CN")
    figure.axes[0].set_title("𠀀")  # an extension-B character, not in the subset
    with pytest.raises(UserWarning):
        render_png(figure)


def _top(collection, month: int) -> float:
    """The top of the last (highest) band of a stack in a month."""
    return max(y for x, y in collection.get_paths()[-1].vertices if -0.5 <= x - month < 0.5)


def test_plotted_values_are_the_simulation():
    figure = balance_figure(SHORT, "en")
    stacks = figure.axes[0].collections
    assert len(stacks) == 1 and len(stacks[0].get_paths()) == 3  # one band per loan, in one collection
    assert [t.get_text() for t in figure.axes[0].get_legend().get_texts()][:3] == [d.name for d in DEBTS]
    assert _top(stacks[0], 1) == pytest.approx(SHORT.table[0].balance.fen / 100)
    payments = payments_figure(SHORT, "zh_CN").axes[0]
    labels = [t.get_text() for t in payments.get_legend().get_texts()]
    assert "缺口" in labels and "可还金额" in labels
    assert _top(payments.collections[0], 1) == pytest.approx(2500.0)
    no_shortfall = [t.get_text() for t in payments_figure(ENOUGH, "en").axes[0].get_legend().get_texts()]
    assert "Shortfall" not in no_shortfall
    cost = cost_figure(SHORT, "en").axes[0].collections[0]
    assert _top(cost, SHORT.months) == pytest.approx(SHORT.total_cost.fen / 100)
    compared = compare_figure([("A", ENOUGH), ("B", SHORT)], "en")
    assert [p.get_height() for p in compared.axes[0].patches] == [ENOUGH.months, SHORT.months]


def test_many_loans_keep_the_largest_in_the_legend_and_the_rest_as_others():
    many = [Debt(f"L{i}", Y(1000 + 100 * i), Decimal(10), Y(200)) for i in range(12)]
    result = simulate(many, Plan(Y(3000), Strategy.AVALANCHE))
    axes = balance_figure(result, "en").axes[0]
    names = [t.get_text() for t in axes.get_legend().get_texts()]
    assert names == [f"L{i}" for i in range(12 - LEGEND_LOANS, 12)] + [f"{12 - LEGEND_LOANS} others"]
    assert len(axes.collections[0].get_paths()) == LEGEND_LOANS + 1
    assert _top(axes.collections[0], 1) == pytest.approx(result.table[0].balance.fen / 100)  # nothing left out
