"""The schedule CSV: BOM first, money as '0.00', rows equal to the core schedule, totals that add up."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.money import Money
from app.core.records import Period, RepaymentMethod
from app.core.schedule import schedule_for
from app.documents.schedule_csv import schedule_csv, schedule_csv_bytes, schedule_rows


def _read(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_equal_instalment_hand_worked():
    schedule = schedule_for(Money.yuan("10000"), Decimal("0.01"), 12, RepaymentMethod.EQUAL_INSTALMENT,
                            first_due=dt.date(2025, 1, 31))
    rows = _read(schedule_csv(schedule, "en"))
    assert rows[0] == ["period", "due date", "payment", "principal", "interest", "fee", "balance", "status"]
    assert rows[1] == ["1", "2025-01-31", "888.49", "788.49", "100.00", "0.00", "9211.51", ""]
    assert rows[2][1] == "2025-02-28"  # clamped to the end of February
    assert rows[12][2] == "888.47" and rows[12][6] == "0.00"
    assert rows[13] == ["total", "", "10661.86", "10000.00", "661.86", "0.00", "", ""]


def test_chinese_header_marks_and_bytes():
    schedule = schedule_for(Money.yuan("3000"), Decimal("0.02"), 3, RepaymentMethod.FLAT)
    data = schedule_csv_bytes(schedule, "zh_CN", ["已还", "逾期", "未到期"])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["期数", "还款日", "应还金额"]
    assert [r[-1] for r in rows[1:4]] == ["已还", "逾期", "未到期"]
    assert [r[4] for r in rows[1:4]] == ["60.00"] * 3  # flat: 2 % of the original 3 000 every month
    assert rows[4][0] == "合计" and rows[4][2] == "3180.00"


@settings(max_examples=60, deadline=None)
@given(
    principal=st.integers(min_value=100, max_value=10**9),
    rate=st.decimals(min_value=0, max_value=Decimal("0.1"), places=4),
    count=st.integers(min_value=1, max_value=60),
    method=st.sampled_from([m for m in RepaymentMethod if m != RepaymentMethod.CUSTOM]),
    period=st.sampled_from(list(Period)),
)
def test_rows_match_the_core_schedule(principal, rate, count, method, period):
    schedule = schedule_for(Money(principal), rate, count, method, period=period, first_due=dt.date(2024, 1, 15))
    rows = schedule_rows(schedule, "en")
    body = rows[1:-1]
    assert len(body) == len(schedule.rows)
    for number, (cells, row) in enumerate(zip(body, schedule.rows), start=1):
        assert cells[:7] == [str(number), row.due_date.isoformat(), row.payment.plain(), row.principal.plain(),
                             row.interest.plain(), row.fee.plain(), row.balance.plain()]
        assert all(len(c.split(".")[1]) == 2 for c in cells[2:7])
    assert Money.parse(rows[-1][3]) == Money(principal)
    assert sum((Money.parse(c[2]) for c in body), Money(0)) == Money.parse(rows[-1][2])


def test_a_bullet_loan_has_one_row_numbered_1():
    schedule = schedule_for(Money.yuan("30000"), Decimal("0.0125"), 24, RepaymentMethod.BULLET, first_due=dt.date(2026, 8, 1))
    rows = schedule_rows(schedule, "en")
    assert len(rows) == 3
    assert (rows[1][0], rows[1][2]) == ("1", "39000.00")  # 30 000 + 24 × 1.25 % simple interest, in one row
