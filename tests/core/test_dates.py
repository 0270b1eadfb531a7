"""Dates typed by people: every usual spelling of a day gives that day; anything else a coded error."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.dates import parse_day
from app.core.messages import CodedError

DAYS = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(max_examples=200)
@given(DAYS)
def test_every_spelling_of_a_day_gives_that_day(day):
    y, m, d = day.year, day.month, day.day
    for typed in (day.isoformat(), f"{y}/{m}/{d}", f"{y}{m:02}{d:02}", f"{y}.{m}.{d}", f"{y}年{m}月{d}日",
                  f" {y}-{m}-{d} ", f"{y}／{m:02}／{d:02}"):
        assert parse_day(typed) == day, typed


@settings(max_examples=300)
@given(st.text(max_size=14))
def test_anything_else_is_a_coded_error_never_a_crash(typed):
    try:
        day = parse_day(typed)
    except CodedError as exc:
        assert exc.code == "date.invalid"
    else:
        assert isinstance(day, dt.date)


@pytest.mark.parametrize("typed", ["2025-02-30", "2025-13-01", "202503", "25-03-10", "2025-03", "", "2025--03-10"])
def test_not_a_day(typed):
    with pytest.raises(CodedError):
        parse_day(typed)
