"""Fill a vault with the demo data from app.core.demo, in one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.core.demo import demo_data
from app.store.repository import Repository


def fill_demo(repo: Repository, today: dt.date | None = None) -> None:
    data = demo_data(today or dt.date.today())
    with repo.session(write=True) as s:
        loan_ids = [repo.insert(s, loan).id for loan in data.loans]
        for payment in data.payments:
            repo.insert(s, dataclasses.replace(payment, loan_id=loan_ids[payment.loan_id - 1]))
        for record in (*data.income, *data.expenses, *data.assets, *data.liabilities):
            repo.insert(s, record)
        for contact in data.contacts:
            loan_id = None if contact.loan_id is None else loan_ids[contact.loan_id - 1]
            repo.insert(s, dataclasses.replace(contact, loan_id=loan_id))
        repo.store_profile(s, data.profile)
