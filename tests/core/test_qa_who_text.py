"""Who was on the other side of a contact, as shown in the diary and the complaint (QA walk-through)."""

from __future__ import annotations

import datetime as dt

from app.core.diary import who_text
from app.core.records import Channel, ContactEntry

AT = dt.datetime(2026, 11, 28, 23, 15)


def test_staff_number_and_phone_are_labelled():
    entry = ContactEntry(AT, Channel.PHONE, "x", counterparty="催收员", person_name="王经理", staff_id="0321", phone="021-5555-0101")
    assert who_text(entry) == "催收员 王经理（工号 0321，电话 021-5555-0101）"


def test_partial_details():
    assert who_text(ContactEntry(AT, Channel.PHONE, "x", phone="95188")) == "电话 95188"
    assert who_text(ContactEntry(AT, Channel.PHONE, "x", counterparty="客服")) == "客服"
    assert who_text(ContactEntry(AT, Channel.PHONE, "x")) == ""
