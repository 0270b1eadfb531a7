"""Repository behaviour: validation, references, filters, undoable deletes, settings, profile, demo."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from app.core import records as r
from app.core.demo import DEMO_OVERDUE_DAYS, demo_data
from app.core.errors import ValidationFailed
from app.core.money import Money
from tests.conftest import DEMO_TODAY


def test_invalid_records_are_refused_with_field_errors(tmp_vault):
    bad = r.Loan("", r.LenderType.BANK, Money(100), Money(200), dt.date(2024, 1, 1), dt.date(2024, 2, 1), 12)
    with pytest.raises(ValidationFailed) as caught:
        tmp_vault.repo.add(bad)
    assert {e.field for e in caught.value.errors} == {"lender", "received"}
    assert tmp_vault.repo.count(r.Loan) == 0


def test_links_to_missing_records_are_refused(tmp_vault):
    with pytest.raises(ValidationFailed) as caught:
        tmp_vault.repo.add(r.Payment(loan_id=7, paid_on=dt.date(2024, 1, 1), amount=Money(100)))
    assert caught.value.errors[0].field == "loan_id" and caught.value.errors[0].code == "store.no_such_record"


def test_filters_get_update_and_missing_ids(demo_vault):
    repo = demo_vault.repo
    assert repo.count(r.Payment, loan_id=1) == 5
    assert [loan.status for loan in repo.list(r.Loan, status=r.LoanStatus.OVERDUE)] == [r.LoanStatus.OVERDUE]
    loan = repo.get(r.Loan, 2)
    repo.update(r.Loan(**{**{f: getattr(loan, f) for f in loan.__slots__}, "archived": True}))
    assert [x.id for x in repo.list(r.Loan, archived=True)] == [2]
    with pytest.raises(KeyError):
        repo.get(r.Loan, 99)
    with pytest.raises(KeyError):
        repo.delete(r.Expense, 99)


def test_attachment_bytes_hash_and_size(tmp_vault):
    stored = tmp_vault.repo.add_attachment(r.Attachment("录音.m4a", "", 0), b"voice" * 1000)
    assert stored.size == 5000 and stored.sha256 == hashlib.sha256(b"voice" * 1000).hexdigest()
    assert tmp_vault.repo.attachment_data(stored.id) == b"voice" * 1000
    with pytest.raises(TypeError):
        tmp_vault.repo.add(r.Attachment("x", "", 0))


def test_deleting_a_loan_takes_its_payments_keeps_the_diary_and_undo_restores_all(demo_vault):
    repo = demo_vault.repo
    contacts_before = repo.list(r.ContactEntry)
    payments_before = repo.list(r.Payment)
    deleted = repo.delete(r.Loan, 1)
    assert repo.count(r.Payment, loan_id=1) == 0 and repo.count(r.Loan) == 4
    assert repo.count(r.ContactEntry) == 12 and repo.count(r.ContactEntry, loan_id=1) == 0
    new_loan = repo.add(demo_data(DEMO_TODAY).loans[1])
    assert new_loan.id == 6  # ids are never reused
    repo.undelete(deleted)
    assert repo.list(r.Payment) == payments_before
    assert repo.list(r.ContactEntry) == contacts_before


def test_deleting_a_contact_takes_its_evidence_and_undo_brings_the_bytes_back(demo_vault):
    repo = demo_vault.repo
    evidence = repo.add_attachment(r.Attachment("截图.png", "", 0, contact_id=2), b"png-bytes")
    before = repo.count(r.Attachment)
    deleted = repo.delete(r.ContactEntry, 2)
    assert repo.count(r.Attachment, contact_id=2) == 0 and repo.count(r.Attachment) == before - 2  # the demo's and this
    repo.undelete(deleted)
    assert repo.count(r.Attachment) == before
    assert repo.get(r.Attachment, evidence.id) == evidence and repo.attachment_data(evidence.id) == b"png-bytes"


def test_profile_and_settings(tmp_vault):
    assert tmp_vault.repo.get_profile() == r.Profile()
    tmp_vault.repo.set_profile(r.Profile(full_name="李四", protected_minimum=Money.yuan("2500")))
    assert tmp_vault.repo.get_profile().protected_minimum == Money(250000)
    assert tmp_vault.repo.get_setting("lang", "zh_CN") == "zh_CN"
    tmp_vault.repo.set_setting("lang", "en")
    tmp_vault.repo.set_setting("lang", "zh_CN")
    assert tmp_vault.repo.get_setting("lang") == "zh_CN"


def test_demo_data_is_current_and_complete(demo_vault):
    repo = demo_vault.repo
    loans = repo.list(r.Loan)
    assert len(loans) == 5 and len({loan.lender_type for loan in loans}) == 4
    assert loans[0].received < loans[0].principal  # 砍头息
    assert loans[1].method == r.RepaymentMethod.FLAT and loans[1].rate_basis == r.RateBasis.PER_PERIOD_FEE
    overdue = [loan for loan in loans if loan.status == r.LoanStatus.OVERDUE]
    assert len(overdue) == 1
    paid = repo.list(r.Payment, loan_id=overdue[0].id)
    assert len(paid) == 5
    first_unpaid = paid[-1].paid_on.replace(month=paid[-1].paid_on.month % 12 + 1, year=paid[-1].paid_on.year + (paid[-1].paid_on.month == 12))
    assert DEMO_OVERDUE_DAYS <= (DEMO_TODAY - first_unpaid).days <= DEMO_OVERDUE_DAYS + 3
    contacts = repo.list(r.ContactEntry)
    assert len(contacts) == 12
    assert all(DEMO_TODAY - dt.timedelta(days=60) <= c.happened_at.date() <= DEMO_TODAY for c in contacts)
    codes = {code for c in contacts for code in c.misconduct}
    assert {"night-contact", "contact-third-party", "threat", "impersonation", "flooding"} <= codes
    assert repo.count(r.IncomeSource) == 3 and repo.count(r.Asset) == 3
    assert {e.essential for e in repo.list(r.Expense)} == {True, False}
    assert repo.list(r.Liability)[0].kind == r.LiabilityKind.FAMILY
    assert repo.get_profile().full_name == "张小明"


@pytest.mark.parametrize("today", [dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2025, 12, 31), dt.date(2026, 7, 15)])
def test_demo_records_validate_for_any_today(today):
    data = demo_data(today)
    for record in (*data.loans, *data.payments, *data.income, *data.expenses, *data.assets, *data.liabilities, *data.contacts, data.profile):
        assert record.validate() == ()
    assert all(c.happened_at.date() <= today for c in data.contacts)
