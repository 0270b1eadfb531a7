"""The budget service: inputs gathered from a repository (records, profile, loans as figures), snapshots."""

from __future__ import annotations

import datetime as dt

from app.core.budget import compute_statement, loan_figures
from app.services.budget import load_budget
from app.services.register import summarise_register
from app.core.money import Money
from app.core.records import (
    Expense, ExpenseCategory, IncomeCategory, IncomeSource, LenderType, Loan, LoanStatus, Payment, Profile,
    RepaymentMethod,
)

Y = Money.yuan
ON = dt.date(2025, 3, 15)


def _loan(lender: str, loan_id: int, status: LoanStatus = LoanStatus.CURRENT) -> Loan:
    return Loan(
        lender=lender, lender_type=LenderType.PLATFORM, principal=Y(12000), received=Y(12000),
        contract_date=dt.date(2025, 1, 1), first_due_date=dt.date(2025, 2, 1), instalments=12,
        method=RepaymentMethod.EQUAL_PRINCIPAL, status=status, id=loan_id,
    )


class FakeRepo:
    """Only what load_budget uses: list(kind, **filters), get_profile() and get_setting()."""

    def __init__(self) -> None:
        self.records = {
            Loan: [_loan("甲平台", 1), _loan("已结清", 2, LoanStatus.SETTLED)],
            Payment: [Payment(loan_id=1, paid_on=dt.date(2025, 2, 1), amount=Y(1000), id=7)],
            IncomeSource: [IncomeSource("工资", IncomeCategory.SALARY, Y(6000))],
            Expense: [Expense("房租", ExpenseCategory.RENT, Y(1500))],
        }
        self.profile = Profile(full_name="张三", protected_minimum=Y(2000))

    def get_setting(self, key, default=None):
        return default

    def list(self, kind, **filters):
        return [r for r in self.records.get(kind, []) if all(getattr(r, k) == v for k, v in filters.items())]

    def get_profile(self) -> Profile:
        return self.profile


def test_loans_become_figures_and_settled_loans_drop_out():
    figures = loan_figures(summarise_register(FakeRepo(), ON))
    # 12 000 at 0 % over 12 equal-principal months: 1 000 a month; one instalment paid on 1 Feb,
    # the 1 Mar instalment is unpaid and overdue on 15 Mar.
    assert [f.lender for f in figures] == ["甲平台"]
    assert figures[0].outstanding == Y(11000)
    assert figures[0].monthly_demand == Y(1000)
    assert figures[0].overdue == Y(1000)


def test_load_budget_carries_records_and_the_protected_minimum():
    inputs, profile = load_budget(FakeRepo(), ON)
    assert profile.full_name == "张三"
    statement = compute_statement(inputs)
    assert statement.monthly_income == Y(6000)
    assert statement.protected_minimum == Y(2000)
    assert statement.available == Y(4000)  # 6 000 − 2 000
    assert statement.contract_demand == Y(1000)
    assert statement.surplus == Y(3000)
    assert statement.total_liabilities == Y(11000)


def test_a_statement_export_is_kept_in_the_vault_with_its_exact_bytes(tmp_vault, tmp_path):
    import datetime as dt

    from app.core.records import DocumentRecord
    from app.services.statement import export_statement, statement_data

    tmp_vault.repo.add(IncomeSource("工资", IncomeCategory.SALARY, Y(6000)))
    out = tmp_path / "财务状况说明.docx"
    exported = export_statement(tmp_vault.repo, statement_data(tmp_vault.repo, ON, "zh_CN"), out, dt.datetime(2025, 3, 15, 9, 30))
    [record] = tmp_vault.repo.list(DocumentRecord)
    assert (record.kind, record.title, record.lang, exported.empty) == ("statement", "财务状况说明", "zh_CN", False)
    assert tmp_vault.repo.document_data(record.id) == out.read_bytes()
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_the_users_own_statement_sentences_are_used_by_every_export(tmp_vault, tmp_path):
    """Reworded on the Documents page, used by the Budget page's and the CLI's export too; labels stay ours."""
    import datetime as dt

    import docx

    from app.core.messages import CodedError
    from app.services import documents
    from app.services.statement import export_statement, statement_data

    assert set(documents.default_words("statement")) == {
        "empty", "intro", "capacity", "gap", "overdue_note", "lump_note", "no_hardship", "declaration"}
    documents.save_wording(tmp_vault.repo, "statement", "zh_CN", {"declaration": "以上所述均属实，特此说明。"})
    try:
        documents.save_wording(tmp_vault.repo, "statement", "zh_CN", {"intro": "截至{date}，{secret}"})
    except CodedError as refused:
        assert refused.code == "document.template_placeholder"
    else:
        raise AssertionError("an unknown placeholder was accepted")
    out = tmp_path / "s.docx"
    export_statement(tmp_vault.repo, statement_data(tmp_vault.repo, ON, "zh_CN"), out, dt.datetime(2025, 3, 15, 9, 0))
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "以上所述均属实，特此说明。" in text and "本人承诺以上情况真实、完整。" not in text
    documents.reset_wording(tmp_vault.repo, "statement", "zh_CN")
    assert statement_data(tmp_vault.repo, ON, "zh_CN").wording == ()
