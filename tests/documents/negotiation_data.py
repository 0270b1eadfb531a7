"""Hand-made inputs for the negotiation document tests (figures worked out in the comments)."""

from __future__ import annotations

import datetime as dt

from app.core.money import Money
from app.documents.inputs import (
    AgreementData,
    Breakdown,
    LoanFacts,
    Outstanding,
    Party,
    Proposal,
    RequestData,
)
from app.documents.proposal import equal_instalments

Y = Money.yuan
ON = dt.date(2026, 4, 20)
BORROWER = Party(name="张小明", id_number="110101199001011234", address="北京市东城区某街1号", phone="13800000000")
LOAN = LoanFacts(
    lender="闪借花",
    contract_no="SJH-0001",
    contract_date=dt.date(2025, 6, 5),
    principal=Y("10000"),
    received=Y("8500"),
    instalments=12,
    rate="年利率18%",
    overdue_since=dt.date(2026, 3, 5),
    overdue_amount=Y("916.80"),
)
# owed 9000 + 600 + 150.50 + 0 = 9750.50; the penalties waived leave 9600.00 = 12 × 800.00
OWED = Outstanding(claimed=Breakdown(principal=Y("9000"), interest=Y("600"), penalties=Y("150.50")))
PROPOSAL = Proposal(rows=equal_instalments(Y("9600"), 12, dt.date(2026, 5, 20)), waived=Breakdown(penalties=Y("150.50")))


def request_data(**changes) -> RequestData:
    values = dict(
        borrower=BORROWER, loan=LOAN, outstanding=OWED, proposal=PROPOSAL, on=ON,
        hardship="去年失业三个月。\n现在做外卖兼职。", monthly_capacity=Y("1200"),
    )  # fmt: skip
    values.update(changes)
    return RequestData(**values)


def agreement_data(**changes) -> AgreementData:
    values = dict(
        lender=Party(name="闪借花"), borrower=BORROWER, loan=LOAN, outstanding=OWED, proposal=PROPOSAL, on=ON,
        payment_method="银行转账", account="", dispute_court="北京市东城区人民法院",
    )  # fmt: skip
    values.update(changes)
    return AgreementData(**values)
