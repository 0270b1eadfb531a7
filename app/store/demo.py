"""Fill a vault with the demo data from app.core.demo, in one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from app.core import records as r
from app.core.demo import demo_data
from app.store.diary import store_attachment
from app.store.repository import Repository


def fill_demo(repo: Repository, today: dt.date | None = None) -> None:
    data = demo_data(today or dt.date.today())
    contact_ids: list[int] = []
    with repo.session(write=True) as s:
        loan_ids = [repo.insert(s, loan).id for loan in data.loans]
        for payment in data.payments:
            repo.insert(s, dataclasses.replace(payment, loan_id=loan_ids[payment.loan_id - 1]))
        for record in (*data.income, *data.expenses, *data.assets, *data.liabilities):
            repo.insert(s, record)
        for contact in data.contacts:
            loan_id = None if contact.loan_id is None else loan_ids[contact.loan_id - 1]
            contact_ids.append(repo.insert(s, dataclasses.replace(contact, loan_id=loan_id)).id)
        repo.store_profile(s, data.profile)
    for item in data.evidence:
        contact = data.contacts[item.contact - 1]
        record = r.Attachment(item.filename, "", 0, item.mime, contact_id=contact_ids[item.contact - 1],
                              added_at=contact.happened_at + dt.timedelta(hours=1), file_mtime=contact.happened_at)
        store_attachment(repo, record, io.BytesIO(item.data))
