"""`repaydesk-cli payoff`: a payoff plan from a JSON list of debts, or from a vault's loans and budget.

Input: `[{"name": "…", "balance": "10000", "annual_rate": "20", "min_payment": "0"}, …]`
(amounts as strings or numbers in yuan, the rate in percent).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli import CliError, display_width, parse_date
from app.cli.vault import add_vault_arguments, open_vault_from_args
from app.core.messages import text
from app.core.money import Money, MoneyError, parse_rate
from app.core.payoff import Debt, PayoffResult, Plan, PlanInvalid, Strategy, simulate

STRATEGIES = (Strategy.AVALANCHE.value, Strategy.SNOWBALL.value, Strategy.PRO_RATA.value)
MAX_INPUT_BYTES = 50_000_000


def _amount(value: object, where: str, lang: str, *, rate: bool = False):
    """An amount (or a percent) from the input; CliError '<where>: <problem>' in the user's language."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise CliError("cli.payoff_input", path=where, problem=text("cli.payoff_shape", lang))
    typed = str(value)
    try:
        return parse_rate(typed) if rate else Money.parse(typed)
    except MoneyError as exc:
        raise CliError("cli.payoff_input", path=where, problem=exc.message(lang)) from None


def read_debts(path: Path, lang: str) -> list[Debt]:
    """The debts of an input file; CliError naming the entry and field on anything wrong."""
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise CliError("import.too_large")
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError("import.unreadable", path=str(path), reason=getattr(exc, "strerror", None) or str(exc)) from None
    except json.JSONDecodeError as exc:
        raise CliError("import.not_json", reason=str(exc)) from None
    if isinstance(document, dict):
        document = document.get("debts")
    if not isinstance(document, list) or not document:
        raise CliError("cli.payoff_input", path=str(path), problem=text("cli.payoff_shape", lang))
    debts = []
    for index, entry in enumerate(document):
        if not isinstance(entry, dict) or not {"name", "balance", "annual_rate", "min_payment"} <= set(entry):
            raise CliError("cli.payoff_input", path=f"{path}[{index}]", problem=text("cli.payoff_shape", lang))
        at = f"{path}[{index}]"
        debts.append(Debt(
            name=str(entry["name"]),
            balance=_amount(entry["balance"], f"{at}.balance", lang),
            annual_rate=_amount(entry["annual_rate"], f"{at}.annual_rate", lang, rate=True),
            min_payment=_amount(entry["min_payment"], f"{at}.min_payment", lang),
        ))  # fmt: skip
    return debts


def payoff_json(result: PayoffResult) -> dict:
    return {
        "strategy": result.plan.strategy.value,
        "months": result.months,
        "repaid": result.repaid,
        "total_paid": result.total_paid.plain(),
        "total_interest": result.total_interest.plain(),
        "total_penalties": result.total_penalties.plain(),
        "minimums_total": result.minimums_total.plain(),
        "shortfall": result.shortfall.plain(),
        "messages": list(result.messages),
        "debts": [
            {
                "name": d.debt.name,
                "payoff_month": d.payoff_month,
                "paid": d.paid.plain(),
                "interest": d.interest.plain(),
                "proposal": d.proposal.plain(),
                "proposal_term": d.proposal_term,
            }
            for d in result.debts
        ],
    }


def _print_table(result: PayoffResult, lang: str) -> None:
    print(text("cli.payoff_summary", lang, months=result.months, interest=result.total_interest.format(),
               minimums=result.minimums_total.format(), shortfall=result.shortfall.format()))  # fmt: skip
    for code in result.messages:
        print(text(code, lang))
    header = [text("cli.col.lender", lang), text("cli.col.payoff_month", lang), text("cli.col.paid", lang)]
    rows = [[d.debt.name, str(d.payoff_month) if d.payoff_month else text("cli.never", lang), d.paid.format()] for d in result.debts]
    widths = [max(display_width(row[c]) for row in [header, *rows]) for c in range(3)]
    for row in [header, *rows]:
        first = row[0] + " " * (widths[0] - display_width(row[0]))
        rest = [" " * (widths[c] - display_width(row[c])) + row[c] for c in (1, 2)]
        print("  ".join([first, *rest]))


def cmd_payoff(args: argparse.Namespace) -> int:
    strategy = Strategy(args.strategy)
    if args.vault is not None and args.input is None:
        from app.core.records import Scenario
        from app.services.scenarios import evaluate, scenario_inputs

        on = parse_date(args.on)
        with open_vault_from_args(args) as vault:
            inputs = scenario_inputs(vault.repo, on)
        budget = None if args.budget is None else _amount(args.budget, "--budget", args.lang)
        try:
            result = evaluate(inputs, Scenario("cli", strategy=strategy, budget=budget)).result
        except PlanInvalid as exc:
            raise CliError("cli.payoff_input", path="--vault", problem=exc.message(args.lang)) from None
    elif args.input is not None and args.budget is not None:
        debts = read_debts(Path(args.input), args.lang)
        budget = _amount(args.budget, "--budget", args.lang)
        try:
            result = simulate(debts, Plan(budget, strategy))
        except PlanInvalid as exc:
            raise CliError("cli.payoff_input", path=args.input, problem=exc.message(args.lang)) from None
    else:
        raise CliError("cli.payoff_inputs")
    if args.json:
        print(json.dumps(payoff_json(result), ensure_ascii=False, indent=2))
    else:
        _print_table(result, args.lang)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    payoff = subparsers.add_parser("payoff", help="a payoff plan for several debts within a monthly budget")
    payoff.add_argument("--input", help="JSON list of debts: name, balance, annual_rate (percent), min_payment")
    payoff.add_argument("--budget", help="the amount available each month (with --vault: default from the budget)")
    payoff.add_argument("--strategy", choices=STRATEGIES, default=Strategy.AVALANCHE.value)
    payoff.add_argument("--on", help="with --vault: the date the loans are summarised on, YYYY-MM-DD (default: today)")
    payoff.add_argument("--json", action="store_true", help="machine-readable output (money as \"0.00\" strings)")
    add_vault_arguments(payoff)
    payoff.set_defaults(func=cmd_payoff)
