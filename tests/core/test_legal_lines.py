"""Legal lines (sources, dates, levels) and the one-year LPR table they use."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.core.legal_lines import NOT_LEGAL_ADVICE, assess, worst_level
from app.core.lpr import LprEntry, LprError, LprTable, parse_entry, read_csv
from app.core.messages import CATALOGUE
from app.core.money import Money
from app.core.real_cost import percent_text, real_cost
from app.core.records import Fee, FeeCharge, FeeKind, LenderType, RateBasis, RepaymentMethod
from tests.core.loans import make_loan

Y = Money.yuan
TODAY = dt.date(2026, 1, 15)
LPR = LprTable.load()


def loan(rate="12", lender_type=LenderType.PLATFORM, contract=dt.date(2024, 1, 10), **changes):
    first_due = contract + dt.timedelta(days=31)
    return make_loan(rate_percent=Decimal(rate), lender_type=lender_type, contract_date=contract, first_due_date=first_due, **changes)


def verdicts(subject, today=TODAY):
    return {v.line_id: v for v in assess(subject, real_cost(subject), LPR, today)}


@pytest.mark.parametrize(("rate", "level"), [("36", "red"), ("24.5", "red"), ("23", "amber"), ("12", "green")])
def test_licensed_24_percent_line(rate, level):
    v = verdicts(loan(rate))["licensed_24"]
    assert v.level == level
    assert v.limit_percent == 24
    assert abs(v.value_percent - Decimal(rate)) < Decimal("0.01")
    assert v.source == "最高人民法院 法发〔2017〕22号 第二条"
    assert v.valid_from == dt.date(2017, 8, 4)
    assert f"{Decimal(rate):.2f}%" in v.explanation.message("en")


def test_flat_rate_loan_is_judged_on_its_real_cost_not_its_monthly_rate():
    flat = verdicts(loan("1", method=RepaymentMethod.FLAT, rate_basis=RateBasis.MONTHLY))["licensed_24"]
    assert (flat.level, f"{flat.value_percent:.2f}") == ("green", "21.46")
    dearer = loan("1.5", method=RepaymentMethod.FLAT, rate_basis=RateBasis.MONTHLY)
    assert verdicts(dearer)["licensed_24"].level == "red"


def test_bank_platform_line_from_2025_10_01_for_platform_loans_only():
    after = verdicts(loan("20", contract=dt.date(2025, 10, 1)))
    assert after["bank_platform_24"].source == "国家金融监督管理总局 金规〔2025〕9号"
    assert after["bank_platform_24"].valid_from == dt.date(2025, 10, 1)
    assert "bank_platform_24" not in verdicts(loan("20", contract=dt.date(2025, 9, 30)))
    assert "bank_platform_24" not in verdicts(loan("20", LenderType.BANK, contract=dt.date(2025, 11, 1)))


def test_private_lending_uses_four_times_the_lpr_at_the_contract_date():
    v = verdicts(loan("15", LenderType.PRIVATE, contract=dt.date(2023, 7, 1)))["private_4lpr"]
    assert v.lpr == LprEntry(dt.date(2023, 6, 20), Decimal("3.55"))
    assert v.limit_percent == Decimal("14.20")
    assert v.level == "red"
    assert v.valid_from == dt.date(2020, 8, 20)
    assert "法释〔2020〕17号" in v.source
    message = v.explanation.message("zh_CN")
    assert "3.55%" in message and "2023-06-20" in message and "14.20%" in message


def test_private_lending_lines_follow_the_lpr_table():
    assert verdicts(loan("9", LenderType.PRIVATE, contract=dt.date(2025, 6, 1)))["private_4lpr"].level == "green"  # limit 12.00
    assert verdicts(loan("11", LenderType.PRIVATE, contract=dt.date(2025, 6, 1)))["private_4lpr"].level == "amber"
    assert verdicts(loan("12.5", LenderType.PRIVATE, contract=dt.date(2025, 6, 1)))["private_4lpr"].level == "red"
    assert verdicts(loan("14", LenderType.PRIVATE, contract=dt.date(2024, 1, 1)))["private_4lpr"].limit_percent == Decimal("13.80")


@pytest.mark.parametrize(("rate", "level", "limit"), [("40", "red", 36), ("30", "amber", 24), ("20", "green", 24)])
def test_private_lending_before_2020_08_20_uses_24_and_36(rate, level, limit):
    v = verdicts(loan(rate, LenderType.PRIVATE, contract=dt.date(2019, 6, 1)))["private_2015"]
    assert (v.level, v.limit_percent) == (level, limit)
    assert "法释〔2015〕18号" in v.source


def test_upfront_deduction_restates_the_principal():
    v = verdicts(loan(received=Y(9000)))["upfront_deduction"]
    assert v.restated_principal == Y(9000)
    assert v.level == "amber"
    assert v.source == "《中华人民共和国民法典》第六百七十条" and v.valid_from == dt.date(2021, 1, 1)
    assert "¥1,000.00" in v.explanation.message("en")
    older = verdicts(loan(received=Y(9000), contract=dt.date(2019, 5, 1)))["upfront_deduction"]
    assert "合同法" in older.source
    assert "upfront_deduction" not in verdicts(loan())


def test_consumer_finance_fees_flagged_from_2024_04_18():
    fee = (Fee(FeeKind.GUARANTEE, FeeCharge.PER_INSTALMENT, amount=Y(10)),)
    v = verdicts(loan("10", LenderType.CONSUMER_FINANCE, contract=dt.date(2024, 5, 1), fees=fee))["consumer_finance_fees"]
    assert v.level == "amber" and "第五十三条" in v.source
    assert "consumer_finance_fees" not in verdicts(loan("10", LenderType.CONSUMER_FINANCE, contract=dt.date(2024, 3, 1), fees=fee))
    assert "consumer_finance_fees" not in verdicts(loan("10", LenderType.CONSUMER_FINANCE, contract=dt.date(2024, 5, 1)))


def test_worst_level_and_missing_cost():
    subject = loan("36", received=Y(9000))
    assert worst_level(assess(subject, real_cost(subject), LPR, TODAY)) == "red"
    without_cost = assess(subject, None, LPR, TODAY)
    assert [v.line_id for v in without_cost] == ["upfront_deduction"]
    assert worst_level(()) is None


def test_not_legal_advice_is_in_both_languages():
    en, zh = CATALOGUE[NOT_LEGAL_ADVICE]
    assert "not legal advice" in en and "不构成法律意见" in zh


# --- LPR ------------------------------------------------------------------------------------
def test_shipped_lpr_history():
    assert LPR.first == LprEntry(dt.date(2019, 8, 20), Decimal("4.25"))
    assert LPR.entries[-1] == LprEntry(dt.date(2025, 5, 20), Decimal("3.00"))
    assert len(LPR.entries) == 13
    assert LPR.rate_on(dt.date(2020, 8, 20)).rate_percent == Decimal("3.85")
    assert LPR.rate_on(dt.date(2022, 8, 21)).rate_percent == Decimal("3.70")
    assert LPR.rate_on(dt.date(2022, 8, 22)).rate_percent == Decimal("3.65")
    with pytest.raises(LprError) as caught:
        LPR.rate_on(dt.date(2019, 8, 19))
    assert caught.value.code == "lpr.before_history"


def test_user_entries_extend_and_override():
    table = LprTable.load(extra=[LprEntry(dt.date(2026, 6, 22), Decimal("2.90")), LprEntry(dt.date(2025, 5, 20), Decimal("3.05"))])
    assert table.rate_on(dt.date(2026, 7, 1)).rate_percent == Decimal("2.90")
    assert table.rate_on(dt.date(2025, 6, 1)).rate_percent == Decimal("3.05")
    assert len(table.entries) == 14


@pytest.mark.parametrize(
    ("date_text", "rate_text", "fields"),
    [
        ("2026-06-22", "2.9%", ()),
        ("2026-13-01", "2.9", ("date",)),
        ("2026-06-22", "0", ("rate_percent",)),
        ("2026-06-22", "20", ("rate_percent",)),
        ("2026-06-22", "abc", ("rate_percent",)),
        ("", "NaN", ("date", "rate_percent")),
    ],
)
def test_parse_entry_reports_fields(date_text, rate_text, fields):
    entry, errors = parse_entry(date_text, rate_text)
    assert tuple(e.field for e in errors) == fields
    assert (entry is None) == bool(fields)


def test_damaged_table_names_the_line(tmp_path):
    path = tmp_path / "lpr.csv"
    path.write_text("date,rate_percent\n2019-08-20,4.25\n2019-09-20,four\n", encoding="utf-8")
    with pytest.raises(LprError) as caught:
        read_csv(path)
    assert caught.value.params == {"line": 3}


# --- issue 8: the figures a borrower relies on ------------------------------------------------
def test_a_private_bullet_above_the_line_is_red_on_its_stated_rate():
    # 30 000 at 15 %/yr simple, one repayment of 39 000 after 2 years: the cash flows' IRR is only
    # 13.19 % a year, but the contract states 15 % > 4 × 3.35 % = 13.40 %
    subject = make_loan(lender_type=LenderType.PRIVATE, principal=Y(30000), received=Y(30000), contract_date=dt.date(2024, 8, 1),
                        first_due_date=dt.date(2024, 9, 1), instalments=24, rate_percent=Decimal(15), method=RepaymentMethod.BULLET)
    cost = real_cost(subject)
    assert cost.apr_simple_text == "13.19"
    v = verdicts(subject)["private_4lpr"]
    assert (v.level, v.value_percent, v.limit_percent) == ("red", Decimal(15), Decimal("13.40"))
    assert "15.00%" in v.explanation.message("en") and "13.40%" in v.explanation.message("en")
    [note] = cost.explanations
    assert note.code == "cost.lower"  # never "13.19 % higher than 15.00 %"
    assert "13.19%" in note.message("en") and "below the stated 15.00%" in note.message("en")


def test_exactly_at_the_line_is_amber_not_red():
    at = verdicts(loan("24"))["licensed_24"]  # fen rounding lifts the IRR a hair above 24 %
    assert at.value_percent > 24
    assert (at.level, at.explanation.code) == ("amber", "legal.line_at")
    assert "24.00%, is at the 24.00% line" in at.explanation.message("en")
    private = verdicts(loan("13.40", LenderType.PRIVATE, contract=dt.date(2024, 8, 1)))["private_4lpr"]
    assert (private.level, private.explanation.code) == ("amber", "legal.private_at")
    assert verdicts(loan("24.01"))["licensed_24"].level == "red"


def test_a_short_first_period_is_priced_on_its_dates_and_can_cross_the_line():
    # contract 2024-01-25, first due 2024-02-10 (16 days): 23 % a year becomes 24.72 % on the actual dates
    subject = make_loan(rate_percent=Decimal(23), contract_date=dt.date(2024, 1, 25), first_due_date=dt.date(2024, 2, 10))
    v = verdicts(subject)["licensed_24"]
    assert (v.level, percent_text(v.value_percent)) == ("red", "24.72")


def test_a_private_loan_made_before_2020_08_20_has_two_periods():
    subject = loan("20", LenderType.PRIVATE, contract=dt.date(2019, 6, 1), instalments=24)
    lines = verdicts(subject, today=dt.date(2026, 1, 15))
    old, new = lines["private_2015"], lines["private_art31"]
    assert (old.level, old.limit_percent, old.valid_from) == ("green", 24, dt.date(2015, 9, 1))
    assert old.explanation.message("en").startswith("Interest up to 2020-08-19")
    # from 2020-08-20 on: 4 × the latest LPR in the table on "today" (3.00 % from 2025-05-20), as if filed today
    assert new.lpr == LprEntry(dt.date(2025, 5, 20), Decimal("3.00"))
    assert (new.level, new.limit_percent, new.valid_from) == ("red", Decimal("12.00"), dt.date(2020, 8, 20))
    assert new.source == "最高人民法院 法释〔2020〕17号 第三十一条"
    assert "if filed today" in new.explanation.message("en") and "按今天起诉计算" in new.explanation.message("zh_CN")
    earlier = verdicts(subject, today=dt.date(2024, 1, 15))["private_art31"]
    assert earlier.limit_percent == Decimal("13.80")  # 4 × 3.45 % (2023-08-21), the latest then


def test_every_legal_line_states_its_source_and_valid_from_date():
    subjects = [loan("30", lender_type) for lender_type in LenderType] + [loan("20", LenderType.PRIVATE, contract=dt.date(2019, 6, 1))]
    subjects.append(loan("20", contract=dt.date(2025, 10, 1), received=Y(9000), fees=(Fee(FeeKind.SERVICE, FeeCharge.UPFRONT, amount=Y(1000)),)))
    for subject in subjects:
        for v in assess(subject, real_cost(subject), LPR, TODAY):
            assert v.source and v.valid_from <= TODAY
            assert v.source in v.explanation.message("zh_CN")
