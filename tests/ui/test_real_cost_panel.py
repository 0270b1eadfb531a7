"""The Real cost tab with the issue's examples: verdicts and the lawful balance beside the lender's claim."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.loan_summary import summarise
from app.core.lpr import LprTable
from app.core.money import Money
from app.core.records import LenderType, Payment, RepaymentMethod
from tests.core.loans import make_loan

Y = Money.yuan


def _panel(qtbot, loan, payments, on):
    from app.ui.loans.real_cost_panel import RealCostPanel

    panel = RealCostPanel("en", on)
    qtbot.addWidget(panel)
    panel.set_date(on)
    panel.show_summary(summarise(loan, payments, on, LprTable.load()), payments)
    return panel


def test_private_bullet_is_red_and_shows_the_lawful_balance(qtbot):
    loan = make_loan(lender_type=LenderType.PRIVATE, principal=Y(30000), received=Y(30000), contract_date=dt.date(2024, 8, 1),
                     first_due_date=dt.date(2024, 9, 1), instalments=24, rate_percent=Decimal(15), method=RepaymentMethod.BULLET)
    panel = _panel(qtbot, loan, [], dt.date(2026, 8, 1))
    [row] = panel.verdict_rows
    assert row.verdict.level == "red" and "15.00%, is above" in row.sentence.text()
    assert (panel.simple.text(), panel.advertised.text()) == ("13.19 %", "15.00 %")
    assert "below the stated 15.00%" in panel.explanation.text()
    assert not panel.lawful_box.isHidden()
    assert (panel.lawful_owed.text(), panel.lender_claims.text(), panel.lawful_difference.text()) == ("¥38,040.00", "¥39,000.00", "¥960.00")
    assert "From 2024-08-01: at most 13.40 % a year (最高人民法院 法释〔2020〕17号 第二十五条)" in panel.lawful_text.text()


def test_charges_paid_first_are_shown(qtbot):
    loan = make_loan(penalty_rate_percent=Decimal("0.05"), late_fee=Y(50))
    payments = [Payment(1, dt.date(2024, 2, 20), Y("888.49"))]
    panel = _panel(qtbot, loan, payments, dt.date(2024, 3, 1))
    assert "Of these charges, ¥54.44 was paid out of your payments" in panel.overdue_text.text()
    assert panel.summary.account.splits[0].split.penalty == Y("54.44")
