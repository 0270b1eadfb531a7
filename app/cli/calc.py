"""`repaydesk-cli schedule`, `apr` and `loans`: the loan calculators from the command line."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

from app.cli import CliError, display_width, parse_date
from app.cli.vault import add_vault_arguments, open_vault_from_args
from app.core.irr import DAYS_PER_YEAR, annualise, daily_rates, irr, xirr_daily
from app.core.labels import level_label
from app.core.messages import CodedError, text
from app.core.money import Money, parse_rate
from app.core.real_cost import percent_text
from app.core.records import ABSURD_ANNUAL_RATE, MAX_INSTALMENTS, Period, RateBasis, RepaymentMethod
from app.core.schedule import PERIODS_PER_YEAR, period_rate, schedule_for

METHODS = [m.value for m in RepaymentMethod if m != RepaymentMethod.CUSTOM]
PERIODS = [p.value for p in Period]


# --- parsing what was typed -----------------------------------------------------------------
def _amount(value: str, *, allow_zero: bool = False) -> Money:
    amount = Money.parse(value)
    if amount.fen <= 0 and not (allow_zero and amount.fen == 0):
        raise CliError("money.not_positive")
    return amount


def _count(value: str) -> int:
    try:
        count = int(str(value).strip())
    except ValueError:
        raise CliError("number.invalid", text=value) from None
    if not 1 <= count <= MAX_INSTALMENTS:
        raise CliError("loan.instalments_range", high=MAX_INSTALMENTS)
    return count


def _warn_if_absurd(annual_percent: Decimal, lang: str) -> None:
    if annual_percent > ABSURD_ANNUAL_RATE:
        warning = text("rate.absurd", lang, limit=ABSURD_ANNUAL_RATE)
        print(f"repaydesk-cli: {text('cli.warning', lang, message=warning)}", file=sys.stderr)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(display_width(cell) for cell in column) for column in zip(headers, *rows)]
    lines = [headers] + rows
    return "\n".join("  ".join(_pad(cell, w, i) for i, (cell, w) in enumerate(zip(line, widths))) for line in lines)


def _pad(cell: str, width: int, index: int) -> str:
    space = " " * (width - display_width(cell))
    return cell + space if index == 0 else space + cell


# --- schedule -------------------------------------------------------------------------------
def cmd_schedule(args: argparse.Namespace) -> int:
    principal = _amount(args.principal)
    count = _count(args.months)
    if args.annual_rate is not None and args.monthly_rate is not None:
        raise CliError("cli.rate_both")
    if args.annual_rate is None and args.monthly_rate is None:
        raise CliError("cli.rate_missing")
    if args.annual_rate is not None:
        rate, basis = parse_rate(args.annual_rate), RateBasis.ANNUAL
    else:
        rate, basis = parse_rate(args.monthly_rate), RateBasis.MONTHLY
    _warn_if_absurd(rate * 12 if basis == RateBasis.MONTHLY else rate, args.lang)
    schedule = schedule_for(principal, period_rate(rate, basis, Period.MONTH), count, args.method)
    if args.json:
        document = {
            "method": args.method,
            "principal": principal.plain(),
            "period_rate": f"{schedule.period_rate * 100:f}",
            "rows": [
                {
                    "period": r.period,
                    "payment": r.payment.plain(),
                    "principal": r.principal.plain(),
                    "interest": r.interest.plain(),
                    "balance": r.balance.plain(),
                }
                for r in schedule.rows
            ],
            "total_interest": schedule.total_interest.plain(),
            "total_payment": schedule.total_payment.plain(),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    headers = [text(f"cli.col.{c}", lang) for c in ("period", "payment", "principal", "interest", "balance")]
    rows = [[str(r.period), r.payment.plain(), r.principal.plain(), r.interest.plain(), r.balance.plain()] for r in schedule.rows]
    print(_table(headers, rows))
    print(text("cli.total_interest", lang, amount=schedule.total_interest.format(lang), total=schedule.total_payment.format(lang)))
    return 0


# --- apr ------------------------------------------------------------------------------------
def _read_flows(path: Path, lang: str) -> list[tuple[dt.date, Money]]:
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError("cli.flows_unreadable", path=str(path), reason=getattr(exc, "strerror", None) or str(exc)) from None
    flows = []
    for line, row in enumerate(csv.reader(content.splitlines()), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if line == 1 and cells[0].lower() == "date":
            continue
        if len(cells) != 2:
            raise CliError("cli.flows_line", path=str(path), line=line, problem=text("cli.flows_shape", lang))
        try:
            flows.append((dt.date.fromisoformat(cells[0]), Money.parse(cells[1], allow_negative=True)))
        except ValueError as exc:
            problem = exc.message(lang) if isinstance(exc, CodedError) else text("date.invalid", lang, text=cells[0])
            raise CliError("cli.flows_line", path=str(path), line=line, problem=problem) from None
    return flows


def _apr_from_flows(args: argparse.Namespace) -> tuple[Decimal, Decimal, Decimal]:
    """Dated flows: the daily rate d, simple d × 365, compound (1 + d)^365 − 1."""
    return daily_rates(xirr_daily(_read_flows(args.flows, args.lang)), DAYS_PER_YEAR)


def _apr_from_terms(args: argparse.Namespace, per_year: int) -> tuple[Decimal, Decimal, Decimal]:
    if args.received is None or args.payment is None or args.count is None:
        raise CliError("cli.apr_inputs")
    received = _amount(args.received)
    payment = _amount(args.payment)
    count = _count(args.count)
    upfront = _amount(args.upfront_fee, allow_zero=True) if args.upfront_fee is not None else Money(0)
    if upfront >= received:
        raise CliError("cli.upfront_ge_received")
    rate = irr([-(received - upfront).fen] + [payment.fen] * count)
    simple, compound = annualise(rate, per_year)
    return rate, simple, compound


def cmd_apr(args: argparse.Namespace) -> int:
    per_year = PERIODS_PER_YEAR[Period(args.period)]
    if args.flows is not None:
        if any(v is not None for v in (args.received, args.payment, args.count, args.upfront_fee)):
            raise CliError("cli.apr_inputs")
        rate, simple, compound = _apr_from_flows(args)
        args.period, per_year = Period.DAY.value, DAYS_PER_YEAR
    else:
        rate, simple, compound = _apr_from_terms(args, per_year)
    _warn_if_absurd(simple, args.lang)
    period_percent = f"{(rate * 100).quantize(Decimal('0.0001'))}"
    if args.json:
        document = {
            "apr_simple": percent_text(simple),
            "apr_compound": percent_text(compound),
            "period_rate": period_percent,
            "period": args.period,
            "periods_per_year": per_year,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    params = {"simple": percent_text(simple), "compound": percent_text(compound), "per_year": per_year, "period": period_percent}
    print(text("cli.apr_result", args.lang, **params))
    return 0


# --- loans ----------------------------------------------------------------------------------
def cmd_loans(args: argparse.Namespace) -> int:
    from app.services.register import summarise_register

    today = parse_date(args.on)
    with open_vault_from_args(args) as vault:
        summaries = summarise_register(vault.repo, today)
    if args.json:
        document = [
            {
                "id": s.loan.id,
                "lender": s.loan.lender,
                "status": s.status.value,
                "principal": s.loan.principal.plain(),
                "outstanding_principal": s.outstanding_principal.plain(),
                "outstanding_total": s.outstanding_total.plain(),
                "next_due_date": s.next_due_date.isoformat() if s.next_due_date else None,
                "next_due_amount": s.next_due_amount.plain(),
                "days_overdue": s.days_overdue,
                "monthly_demand": s.monthly_demand.plain(),
                "overdue_now": s.overdue_amount.plain(),
                "penalties": s.penalties.plain(),
                "lump_sums_12m": s.lump_sums_12m.plain(),
                "lawful_balance": s.lawful.owed.plain() if s.lawful else None,
                "lender_claims": s.lawful.claimed.plain() if s.lawful else None,
                "lawful_difference": s.lawful.difference.plain() if s.lawful else None,
                "apr_simple": s.real_cost.apr_simple_text if s.real_cost else None,
                "apr_compound": s.real_cost.apr_compound_text if s.real_cost else None,
                "level": s.worst_level,
                "problem": s.problem,
            }
            for s in summaries
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    if not summaries:
        print(text("cli.no_loans", lang))
        return 0
    headers = [text(f"cli.col.{c}", lang) for c in ("lender", "outstanding", "apr_compound", "apr_simple", "next_due", "overdue", "verdict")]
    rows = [
        [
            s.loan.lender,
            s.outstanding_principal.plain(),
            f"{s.real_cost.apr_compound_text}%" if s.real_cost else "—",  # the Loans page's Real APR column
            f"{s.real_cost.apr_simple_text}%" if s.real_cost else "—",
            s.next_due_date.isoformat() if s.next_due_date else "—",
            str(s.days_overdue),
            level_label(s.worst_level, lang),
        ]
        for s in summaries
    ]
    print(_table(headers, rows))
    print(text("legal.not_legal_advice", lang))
    return 0


# --- registration ---------------------------------------------------------------------------
def register(subparsers: argparse._SubParsersAction) -> None:
    schedule = subparsers.add_parser("schedule", help="repayment schedule for a loan's terms")
    schedule.add_argument("--principal", required=True, help="amount borrowed, yuan")
    schedule.add_argument("--annual-rate", help="annual interest rate, %%")
    schedule.add_argument("--monthly-rate", help="monthly rate, %% (e.g. the per-month fee of a flat-rate loan)")
    schedule.add_argument("--months", required=True, help="number of monthly instalments")
    schedule.add_argument("--method", choices=METHODS, default=RepaymentMethod.EQUAL_INSTALMENT.value)
    schedule.add_argument("--json", action="store_true", help="machine-readable output")
    schedule.set_defaults(func=cmd_schedule)

    apr = subparsers.add_parser("apr", help="real annual rate (IRR) of a loan's cash flows")
    apr.add_argument("--received", help="amount received, yuan")
    apr.add_argument("--payment", help="each instalment, yuan")
    apr.add_argument("--count", help="number of instalments")
    apr.add_argument("--period", choices=PERIODS, default=Period.MONTH.value)
    apr.add_argument("--upfront-fee", help="fee paid at the start, yuan")
    apr.add_argument("--flows", type=Path, help="CSV of date,amount (negative = money received)")
    apr.add_argument("--json", action="store_true", help="machine-readable output")
    apr.set_defaults(func=cmd_apr)

    loans = subparsers.add_parser("loans", help="the vault's loans with outstanding and real APR")
    add_vault_arguments(loans)
    loans.add_argument("--on", help="the date to report on, YYYY-MM-DD (default: today)")
    loans.add_argument("--json", action="store_true", help="machine-readable output")
    loans.set_defaults(func=cmd_loans)
