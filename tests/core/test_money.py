from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.money import MAX_FEN, Money, MoneyError, parse_rate


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("1,234.5", 123450),
        ("¥1234.50", 123450),
        ("￥ 1 234.50 元", 123450),
        ("1.2万", 1_200_000),
        ("0.5万", 500_000),
        ("3千", 300_000),
        ("１２３元", 12300),  # full-width digits
        ("12，000", 1_200_000),  # full-width comma
        ("RMB 88", 8800),
        (".5", 50),
        ("7.", 700),
        ("0", 0),
        ("1亿", 10_000_000_000),
    ],
)
def test_parse_what_people_type(typed, fen):
    assert Money.parse(typed).fen == fen


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "money.empty"),
        ("   ", "money.empty"),
        ("abc", "money.invalid"),
        ("1.2.3", "money.invalid"),
        ("12元5角", "money.invalid"),
        ("1.234", "money.too_precise"),
        ("1.2345678万", "money.too_precise"),  # 12 345.67 is fine, one more place is not
        ("-5", "money.negative"),
        ("99999999999999", "money.too_large"),
        ("nan", "money.invalid"),
        ("1e5", "money.invalid"),
    ],
)
def test_parse_refuses_with_a_reason(typed, code):
    with pytest.raises(MoneyError) as caught:
        Money.parse(typed)
    assert caught.value.code == code


def test_negative_allowed_when_asked():
    assert Money.parse("-1,000", allow_negative=True) == Money(-100000)


def test_error_message_in_both_languages():
    with pytest.raises(MoneyError) as caught:
        Money.parse("abc")
    assert caught.value.message("zh_CN") == "“abc”不是有效的金额。"
    assert caught.value.message("en") == "“abc” is not an amount of money."


def test_formatting():
    assert Money(123450).format() == "¥1,234.50"
    assert Money(-5).format("en") == "-¥0.05"
    assert Money(123450).plain() == "1234.50"
    assert Money(1_234_500).format_compact("zh_CN") == "1.23万"
    assert Money(1_234_500).format_compact("en") == "12.3k"
    assert Money(99900).format_compact("en") == "999"


def test_formatting_follows_the_language_inside_a_sentence():
    amount = Money(300000)
    assert amount.format("zh_CN") == amount.format("en") == "¥3,000.00"  # screens and tables: both languages
    assert amount.format("zh_CN", symbol=False) == "3,000.00"
    assert amount.format("zh_CN", in_text=True) == "3,000.00元"
    assert amount.format("en", in_text=True) == "¥3,000.00"
    assert Money(-123456).format("zh_CN", in_text=True) == "-1,234.56元"
    assert Money.parse(amount.format("zh_CN", in_text=True)) == amount


@pytest.mark.parametrize(
    ("fen", "upper"),
    [
        (123456, "壹仟贰佰叁拾肆元伍角陆分"),
        (123400, "壹仟贰佰叁拾肆元整"),
        (1001001, "壹万零壹拾元零壹分"),
        (0, "零元整"),
    ],
)
def test_chinese_upper_case_amounts(fen, upper):
    assert Money(fen).upper() == upper


def test_arithmetic_rounds_half_up_and_refuses_floats():
    assert Money(100) + Money(5) == Money(105)
    assert Money(100) - Money(105) == Money(-5)
    assert sum([Money(1), Money(2), Money(3)]) == Money(6)
    assert Money(5) * Decimal("0.5") == Money(3)  # 2.5 fen rounds half-up
    assert Money(5) * Decimal("-0.5") == Money(-3)
    assert Money.yuan("12.345") == Money(1235)
    with pytest.raises(TypeError):
        Money(1.5)
    with pytest.raises(TypeError):
        Money.yuan(1.5)
    with pytest.raises(TypeError):
        Money(100) * 0.5


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_format_parse_round_trip(fen):
    money = Money(fen)
    assert Money.parse(money.format()) == money
    assert Money.parse(money.plain()) == money


@given(st.text(max_size=30))
def test_parse_never_crashes_on_garbage(text):
    try:
        result = Money.parse(text)
    except MoneyError as exc:
        assert exc.message("zh_CN") and exc.message("en")
    else:
        assert 0 <= result.fen <= MAX_FEN


@pytest.mark.parametrize(("typed", "rate"), [("12", "12"), ("12.5%", "12.5"), ("０.０５％", "0.05")])
def test_parse_rate(typed, rate):
    assert parse_rate(typed) == Decimal(rate)


@pytest.mark.parametrize(("typed", "code"), [("x", "rate.invalid"), ("-1", "rate.negative"), ("inf", "rate.invalid"), ("", "rate.invalid")])
def test_parse_rate_refuses(typed, code):
    with pytest.raises(MoneyError) as caught:
        parse_rate(typed)
    assert caught.value.code == code
