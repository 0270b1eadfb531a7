"""Legal lines a loan's cost can cross, each with its source and the date it applies from.

The rate compared is the higher of the rate the contract states (as a simple annual rate)
and the real cost's simple annualised figure (the lower of the two PBOC figures), so a red
verdict holds under either reading. Both are compared at the precision shown (two
decimals): red is above a line, amber at it or within `AMBER_POINTS` below it (or a practice
to question), green within it. None of this is legal advice: show `NOT_LEGAL_ADVICE` with
the verdicts.

Private loans made before 2020-08-20 get two verdicts (法释〔2020〕17号 art. 31): interest up
to 2020-08-19 under the 2015 rules (24 % / 36 %), interest from 2020-08-20 on against 4 ×
the latest one-year LPR in the table on `today` (the line if a suit were filed today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.core.lpr import LprEntry, LprError, LprTable
from app.core.money import Money
from app.core.real_cost import Explanation, RealCost, percent_text
from app.core.records import LenderType, Loan

NOT_LEGAL_ADVICE = "legal.not_legal_advice"
RED, AMBER, GREEN = "red", "amber", "green"
LEVEL_ORDER = {GREEN: 0, AMBER: 1, RED: 2}
AMBER_POINTS = Decimal(2)
LICENSED = frozenset({LenderType.PLATFORM, LenderType.CONSUMER_FINANCE, LenderType.BANK, LenderType.SMALL_LOAN})

LICENSED_LIMIT = Decimal(24)
LICENSED_SOURCE = "最高人民法院 法发〔2017〕22号 第二条"
LICENSED_FROM = dt.date(2017, 8, 4)
BANK_PLATFORM_SOURCE = "国家金融监督管理总局 金规〔2025〕9号"
BANK_PLATFORM_FROM = dt.date(2025, 10, 1)
PRIVATE_SOURCE = "最高人民法院 法释〔2020〕17号 第二十五条"
PRIVATE_FROM = dt.date(2020, 8, 20)
PRIVATE_2015_SOURCE = "最高人民法院 法释〔2015〕18号 第二十六条"
PRIVATE_2015_FROM = dt.date(2015, 9, 1)
PRIVATE_2015_LOW, PRIVATE_2015_HIGH = Decimal(24), Decimal(36)
PRIVATE_ART31_SOURCE = "最高人民法院 法释〔2020〕17号 第三十一条"
CIVIL_CODE_670 = "《中华人民共和国民法典》第六百七十条"
CIVIL_CODE_FROM = dt.date(2021, 1, 1)
CONTRACT_LAW_200 = "《中华人民共和国合同法》第二百条"
CONTRACT_LAW_FROM = dt.date(1999, 10, 1)
CONSUMER_FINANCE_SOURCE = "《消费金融公司管理办法》（2024）第五十三条"
CONSUMER_FINANCE_FROM = dt.date(2024, 4, 18)


@dataclass(frozen=True, slots=True)
class Verdict:
    line_id: str
    level: str  # RED, AMBER or GREEN
    limit_percent: Decimal | None
    value_percent: Decimal | None
    source: str
    valid_from: dt.date
    explanation: Explanation
    lpr: LprEntry | None = None  # the LPR used (private lending)
    restated_principal: Money | None = None  # the principal actually received (up-front deduction)


def worst_level(verdicts: Iterable[Verdict]) -> str | None:
    """The most serious level among the verdicts, None when there are none."""
    levels = [v.level for v in verdicts]
    return max(levels, key=LEVEL_ORDER.__getitem__) if levels else None


AT = "at"  # amber, exactly at the line as shown


def shown(value: Decimal) -> Decimal:
    """A percent as it is shown: two decimals, half-up."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _position(value: Decimal, limit: Decimal) -> str:
    """RED above the line, AT on it, AMBER within AMBER_POINTS below, GREEN further below, at two decimals."""
    value, limit = shown(value), shown(limit)
    if value > limit:
        return RED
    if value == limit:
        return AT
    return AMBER if value > limit - AMBER_POINTS else GREEN


def _level(value: Decimal, limit: Decimal) -> str:
    position = _position(value, limit)
    return AMBER if position == AT else position


def _wording(prefix: str, value: Decimal, limit: Decimal) -> str:
    return prefix + {RED: "over", AT: "at", AMBER: "near", GREEN: "within"}[_position(value, limit)]


def _rate_line(line_id: str, value: Decimal, limit: Decimal, source: str, valid_from: dt.date) -> Verdict:
    level = _level(value, limit)
    code = _wording("legal.line_", value, limit)
    params = {"value": percent_text(value), "limit": percent_text(limit), "source": source, "valid_from": valid_from.isoformat()}
    return Verdict(line_id, level, limit, value, source, valid_from, Explanation(code, params))


def _licensed(loan: Loan, value: Decimal, today: dt.date) -> list[Verdict]:
    verdicts = [_rate_line("licensed_24", value, LICENSED_LIMIT, LICENSED_SOURCE, LICENSED_FROM)]
    if loan.lender_type == LenderType.PLATFORM and loan.contract_date >= BANK_PLATFORM_FROM and today >= BANK_PLATFORM_FROM:
        verdicts.append(_rate_line("bank_platform_24", value, LICENSED_LIMIT, BANK_PLATFORM_SOURCE, BANK_PLATFORM_FROM))
    return verdicts


def _private(loan: Loan, value: Decimal, lpr_table: LprTable, today: dt.date) -> list[Verdict]:
    if loan.contract_date < PRIVATE_FROM:
        return [_private_2015(value)] + _private_4lpr(
            "private_art31", "legal.private_art31_", value, lpr_table, today, PRIVATE_ART31_SOURCE
        )
    return _private_4lpr("private_4lpr", "legal.private_", value, lpr_table, loan.contract_date, PRIVATE_SOURCE)


def _private_2015(value: Decimal) -> Verdict:
    """Interest up to 2020-08-19: the 2015 rules' 24 % and 36 % bands."""
    at = shown(value)
    level = RED if at > PRIVATE_2015_HIGH else AMBER if at > PRIVATE_2015_LOW else GREEN
    code = {RED: "legal.until_2020_over", AMBER: "legal.until_2020_near", GREEN: "legal.until_2020_within"}[level]
    limit = PRIVATE_2015_HIGH if level == RED else PRIVATE_2015_LOW
    params = {"value": percent_text(value), "source": PRIVATE_2015_SOURCE}
    return Verdict("private_2015", level, limit, value, PRIVATE_2015_SOURCE, PRIVATE_2015_FROM, Explanation(code, params))


def _private_4lpr(line_id: str, prefix: str, value: Decimal, lpr_table: LprTable, on: dt.date, source: str) -> list[Verdict]:
    """4 × the one-year LPR in force on `on` (the contract date, or today for art. 31)."""
    try:
        lpr = lpr_table.rate_on(on)
    except LprError:
        return []
    limit = lpr.rate_percent * 4
    params = {
        "value": percent_text(value),
        "limit": percent_text(limit),
        "lpr": percent_text(lpr.rate_percent),
        "lpr_date": lpr.date.isoformat(),
        "source": source,
    }
    explanation = Explanation(_wording(prefix, value, limit), params)
    return [Verdict(line_id, _level(value, limit), limit, value, source, PRIVATE_FROM, explanation, lpr=lpr)]


def _upfront(loan: Loan) -> list[Verdict]:
    if loan.received >= loan.principal or loan.received.fen <= 0:
        return []
    source, since = (CIVIL_CODE_670, CIVIL_CODE_FROM) if loan.contract_date >= CIVIL_CODE_FROM else (CONTRACT_LAW_200, CONTRACT_LAW_FROM)
    params = {
        "deducted": loan.upfront_deduction.format(),
        "received": loan.received.format(),
        "principal": loan.principal.format(),
        "source": source,
    }
    return [Verdict("upfront_deduction", AMBER, None, None, source, since, Explanation("legal.upfront_principal", params), restated_principal=loan.received)]


def _consumer_finance_fees(loan: Loan) -> list[Verdict]:
    if loan.lender_type != LenderType.CONSUMER_FINANCE or loan.contract_date < CONSUMER_FINANCE_FROM:
        return []
    if not loan.fees:
        return []
    params = {"count": len(loan.fees), "source": CONSUMER_FINANCE_SOURCE}
    explanation = Explanation("legal.consumer_finance_fees", params)
    return [Verdict("consumer_finance_fees", AMBER, None, None, CONSUMER_FINANCE_SOURCE, CONSUMER_FINANCE_FROM, explanation)]


def assess(loan: Loan, real_cost: RealCost | None, lpr_table: LprTable, today: dt.date) -> tuple[Verdict, ...]:
    """Every line that applies to the loan; the rate lines are skipped when no real cost could be computed."""
    verdicts: list[Verdict] = []
    if real_cost is not None:
        value = real_cost.compared_percent
        if loan.lender_type in LICENSED:
            verdicts += _licensed(loan, value, today)
        elif loan.lender_type == LenderType.PRIVATE:
            verdicts += _private(loan, value, lpr_table, today)
    verdicts += _upfront(loan)
    verdicts += _consumer_finance_fees(loan)
    return tuple(verdicts)
