"""The 财务状况说明 (statement of financial circumstances), built once as a model Document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.core.budget import BudgetInputs, Statement, monthly_income
from app.core.money import Money
from app.core.records import Profile
from app.documents.labels import label, long_date, pick
from app.documents.model import Align, Block, Document, Heading, Paragraph, SignatureBlock, Table, Title

L, R = Align.LEFT, Align.RIGHT

# (English, 简体中文)
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Statement of Financial Circumstances", "财务状况说明"),
    "name": ("Name: ", "姓名："),
    "date": ("Date: ", "日期："),
    "unnamed": ("(name not entered)", "（未填写）"),
    "empty": (
        "No income, expenses, assets or debts have been entered yet; this statement is empty.",
        "尚未填写任何收入、支出、资产或负债，本说明为空。",
    ),
    "intro": (
        "I set out below my income, spending, assets and debts as they stand on {date}, "
        "and the amount I can honestly pay towards my debts each month.",
        "本人现将截至{date}的收入、支出、资产及负债情况说明如下，并据此说明本人每月实际能够用于还款的金额。",
    ),
    "h_income": ("1. Monthly income", "一、收入情况"),
    "h_expenses": ("2. Monthly spending", "二、支出情况"),
    "h_assets": ("3. Assets", "三、资产情况"),
    "h_debts": ("4. Debts", "四、负债情况"),
    "h_summary": ("5. Summary and repayment capacity", "五、汇总及还款能力"),
    "h_hardship": ("6. My circumstances", "六、困难情况说明"),
    "item": ("Item", "项目"),
    "category": ("Category", "类别"),
    "amount": ("Amount", "金额"),
    "frequency": ("Frequency", "频率"),
    "per_month": ("Per month", "折合每月"),
    "kind": ("Type", "性质"),
    "essential": ("Essential", "必需"),
    "need": ("Essential or not", "必需/可削减"),
    "cuttable": ("Can be cut", "可削减"),
    "value": ("Value", "价值"),
    "creditor": ("Creditor", "债权人"),
    "outstanding": ("Outstanding", "未还余额"),
    "monthly_due": ("Due per month", "每月应还"),
    "overdue": ("Overdue", "已逾期"),
    "loan": ("Loan", "借款"),
    "total": ("Total", "合计"),
    "none": ("None entered.", "无。"),
    "s_income": ("Monthly income", "每月收入"),
    "s_spending": ("Monthly spending", "每月支出"),
    "s_essential": ("of which essential", "其中：必需支出"),
    "s_cuttable": ("of which can be cut", "其中：可削减支出"),
    "s_protected": ("Protected living minimum", "基本生活保障金额"),
    "s_liability_payments": ("Monthly payments on other debts", "其他负债每月还款"),
    "s_available": ("Available for loan repayment each month", "每月可用于偿还借款的金额"),
    "s_demand": ("Regular loan instalments per month from now on", "借款每月常规应还（仍在还款期内）"),
    "s_overdue_now": ("Overdue now (arrears)", "目前已逾期欠款"),
    "s_penalties": ("Penalties and late fees claimed on top", "另被主张的罚息及滞纳金"),
    "s_lumps": ("Lump sums due in the next 12 months", "未来12个月内到期的一次性还款"),
    "s_surplus": ("Surplus", "结余"),
    "s_shortfall": ("Shortfall", "缺口"),
    "s_dti": ("Debt payments as a share of income", "负债收入比"),
    "s_assets": ("Total assets", "资产合计"),
    "s_liabilities": ("Total debts", "负债合计"),
    "s_net_worth": ("Net worth", "净资产"),
    "capacity": (
        "I can pay at most {figure} a month towards my loans (in Chinese capitals: 人民币{upper}).",
        "本人每月最多可用于偿还借款的金额为人民币{figure}元（大写：人民币{upper}）。",
    ),
    "gap": (
        "The regular instalments of my loans come to {demand} a month, {shortfall} more than I can pay. "
        "I therefore ask to negotiate a repayment plan within my means.",
        "本人借款每月常规应还{demand}元，超出本人还款能力{shortfall}元，故恳请协商与本人能力相符的还款方案。",
    ),
    "overdue_note": (
        "In addition, {overdue} is already overdue (with {penalties} of penalties and late fees claimed on top): "
        "a past debt to be settled by agreement, not an amount I can add to each month.",
        "此外，已逾期欠款{overdue}元（另被主张罚息及滞纳金{penalties}元），属于需要协商解决的既往欠款，并非本人每月能够额外负担的金额。",
    ),
    "lump_note": (
        "Single repayments of {lumps} in all fall due within the next 12 months (such as a loan repaid in one sum "
        "at the end); they are not included in the monthly figure.",
        "未来12个月内另有一次性到期还款共{lumps}元（如到期一次性还本付息的借款），未计入上述每月金额。",
    ),
    "no_hardship": ("(Not filled in.)", "（未填写。）"),
    "declaration": (
        "I declare that the above is true and complete to the best of my knowledge.",
        "本人承诺以上情况真实、完整。",
    ),
    "signature": ("Signature: ", "本人签名："),
    "signed_on": ("Date: ", "日期："),
    "na": ("—", "—"),
}


def _w(key: str, lang: str, **params: object) -> str:
    return pick(_WORDS[key], lang).format(**params)


def _money(amount: Money) -> str:
    return amount.format(symbol=False)


def _in_text(amount: Money, lang: str) -> str:
    """An amount inside a sentence: '3,000.00' before 元 in Chinese, '¥3,000.00' in English."""
    return _money(amount) if lang == "zh_CN" else amount.format()


def build_statement(statement: Statement, profile: Profile, inputs: BudgetInputs, on: dt.date, lang: str) -> Document:
    """The 财务状况说明 for `statement` (computed from `inputs`), dated `on`, in `lang`."""
    name = profile.full_name.strip() or _w("unnamed", lang)
    blocks: list[Block] = [
        Title(_w("title", lang)),
        Paragraph(f"{_w('name', lang)}{name}\u3000\u3000{_w('date', lang)}{long_date(on, lang)}", align=Align.CENTER),
    ]
    if statement.empty:
        blocks.append(Paragraph(_w("empty", lang), bold=True))
    blocks.append(Paragraph(_w("intro", lang, date=long_date(on, lang)), indent_first_line=True))
    blocks += _income(statement, inputs, lang)
    blocks += _expenses(statement, inputs, lang)
    blocks += _assets(statement, inputs, lang)
    blocks += _debts(statement, inputs, lang)
    blocks += _summary(statement, lang)
    blocks += _hardship(profile, lang)
    blocks.append(Paragraph(_w("declaration", lang), indent_first_line=True))
    blocks.append(SignatureBlock(((_w("signature", lang), ""), (_w("signed_on", lang), long_date(on, lang)))))
    return Document(title=_w("title", lang), blocks=tuple(blocks), lang=lang)


def _section(heading: str, table: Table, lang: str) -> list[Block]:
    return [Heading(heading), table if table.rows else Paragraph(_w("none", lang))]


def _income(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    rows = tuple(
        (s.name, label(s.category, lang), _money(s.amount), label(s.frequency, lang), _money(monthly_income(s)))
        for s in inputs.incomes
    )
    table = Table(
        header=tuple(_w(k, lang) for k in ("item", "category", "amount", "frequency", "per_month")),
        rows=rows,
        align=(L, L, R, L, R),
        total=(_w("total", lang), "", "", "", _money(statement.monthly_income)),
        widths=(4, 3, 3, 3, 3),
    )
    return _section(_w("h_income", lang), table, lang)


def _expenses(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    rows = tuple(
        (e.name, label(e.category, lang), label(e.kind, lang), _w("essential" if e.essential else "cuttable", lang), _money(e.monthly))
        for e in inputs.expenses
    )
    table = Table(
        header=tuple(_w(k, lang) for k in ("item", "category", "kind", "need", "per_month")),
        rows=rows,
        align=(L, L, L, L, R),
        total=(_w("total", lang), "", "", "", _money(statement.total_spending)),
        widths=(4, 3, 2, 3, 3),
    )
    return _section(_w("h_expenses", lang), table, lang)


def _assets(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    rows = tuple((a.name, label(a.kind, lang), _money(a.value)) for a in inputs.assets)
    table = Table(
        header=tuple(_w(k, lang) for k in ("item", "category", "value")),
        rows=rows,
        align=(L, L, R),
        total=(_w("total", lang), "", _money(statement.total_assets)),
        widths=(4, 3, 3),
    )
    return _section(_w("h_assets", lang), table, lang)


def _debts(statement: Statement, inputs: BudgetInputs, lang: str) -> list[Block]:
    loan_rows = tuple(
        (loan.lender, _w("loan", lang), _money(loan.outstanding), _money(loan.monthly_demand), _money(loan.overdue))
        for loan in inputs.loans
    )
    other_rows = tuple(
        (item.creditor, label(item.kind, lang), _money(item.balance), _money(item.monthly_payment), "")
        for item in inputs.liabilities
    )
    table = Table(
        header=tuple(_w(k, lang) for k in ("creditor", "category", "outstanding", "monthly_due", "overdue")),
        rows=loan_rows + other_rows,
        align=(L, L, R, R, R),
        widths=(5, 3, 3, 3, 3),
        total=(
            _w("total", lang),
            "",
            _money(statement.total_liabilities),
            _money(statement.debt_service),
            _money(statement.overdue),
        ),
    )
    return _section(_w("h_debts", lang), table, lang)


def _ratio(statement: Statement, lang: str) -> str:
    if statement.debt_to_income is None:
        return _w("na", lang)
    return f"{(statement.debt_to_income * 100).quantize(Decimal('0.1'))}%"


def summary_rows(statement: Statement, lang: str) -> tuple[tuple[str, str], ...]:
    """The headline figures as (label, amount) pairs, as the statement's summary table shows them."""
    s = statement
    gap_key = "s_shortfall" if s.surplus.is_negative() else "s_surplus"
    return (
        (_w("s_income", lang), _money(s.monthly_income)),
        (_w("s_spending", lang), _money(s.total_spending)),
        (_w("s_essential", lang), _money(s.essential_spending)),
        (_w("s_cuttable", lang), _money(s.cuttable_spending)),
        (_w("s_protected", lang), _money(s.protected_minimum)),
        (_w("s_liability_payments", lang), _money(s.liability_payments)),
        (_w("s_available", lang), _money(s.available)),
        (_w("s_demand", lang), _money(s.contract_demand)),
        (_w(gap_key, lang), _money(abs(s.surplus))),
        (_w("s_overdue_now", lang), _money(s.overdue_now)),
        (_w("s_penalties", lang), _money(s.overdue_penalties)),
        (_w("s_lumps", lang), _money(s.lump_sums_12m)),
        (_w("s_dti", lang), _ratio(s, lang)),
        (_w("s_assets", lang), _money(s.total_assets)),
        (_w("s_liabilities", lang), _money(s.total_liabilities)),
        (_w("s_net_worth", lang), _money(s.net_worth)),
    )


def _summary(statement: Statement, lang: str) -> list[Block]:
    s = statement
    rows = summary_rows(statement, lang)
    table = Table(header=(_w("item", lang), _w("amount", lang)), rows=rows, align=(L, R), widths=(3, 2))
    blocks: list[Block] = [
        Heading(_w("h_summary", lang)),
        table,
        Paragraph(_w("capacity", lang, figure=_in_text(s.available, lang), upper=s.available.upper()), bold=True, indent_first_line=True),
    ]
    if s.shortfall:
        blocks.append(
            Paragraph(
                _w("gap", lang, demand=_in_text(s.contract_demand, lang), shortfall=_in_text(s.shortfall, lang)),
                indent_first_line=True,
            )
        )
    if s.overdue_now or s.overdue_penalties:
        overdue, penalties = _in_text(s.overdue_now, lang), _in_text(s.overdue_penalties, lang)
        blocks.append(Paragraph(_w("overdue_note", lang, overdue=overdue, penalties=penalties), indent_first_line=True))
    if s.lump_sums_12m:
        blocks.append(Paragraph(_w("lump_note", lang, lumps=_in_text(s.lump_sums_12m, lang)), indent_first_line=True))
    return blocks


def _hardship(profile: Profile, lang: str) -> list[Block]:
    text = profile.hardship.strip()
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        return [Heading(_w("h_hardship", lang)), Paragraph(_w("no_hardship", lang))]
    return [Heading(_w("h_hardship", lang))] + [Paragraph(p, indent_first_line=True) for p in paragraphs]
