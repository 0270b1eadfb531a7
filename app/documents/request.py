"""协商还款申请书: the borrower asks a lender to agree a repayment plan within their means."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import LoanFacts, Proposal, RequestData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.wording import Words, Wording

KIND = "request"

WORDS: Words = {
    "title": ("Request to Negotiate Repayment", "协商还款申请书"),
    "to": ("To: {lender}", "致：{lender}"),
    "applicant": ("Applicant", "申请人"),
    "h_loan": ("1. The loan", "一、借款基本情况"),
    "loan": (
        "On {contract_date} I borrowed from you under contract no. {contract_no}: principal on the contract {principal}, "
        "amount actually received {received}, {instalments} instalments, {rate}.",
        "本人于{contract_date}向贵方借款，合同编号{contract_no}，合同本金{principal}元，实际到手{received}元，共{instalments}期，{rate}。",
    ),
    "overdue": (
        "Since {since} I have not been able to pay as agreed; {amount} is now overdue.",
        "自{since}起本人未能按期还款，目前逾期金额为{amount}元。",
    ),
    "h_owed": ("2. What is owed", "二、目前欠款情况"),
    "basis_claimed": (
        "The amounts above are those the lender claims under the contract; stating them does not admit them.",
        "以上金额为贵方按合同主张的金额，本人列明不代表认可。",
    ),
    "basis_lawful": (
        "The amounts above are the balance the law supports (charges above the legal limits left out).",
        "以上金额为依法应当偿还的余额（已剔除超过法定上限的部分）。",
    ),
    "h_hardship": ("3. My circumstances", "三、困难情况说明"),
    "h_capacity": ("4. What I can pay", "四、本人还款能力"),
    "capacity": (
        "After essential living costs I can pay {amount} a month towards all my debts; my statement of financial "
        "circumstances is attached.",
        "扣除基本生活开支后，本人每月可用于偿还全部债务的金额为{amount}，详见所附《财务状况说明》。",
    ),
    "h_request": ("5. What I ask", "五、协商请求"),
    "ask_waive": ("Waive {what} of {amount}.", "减免{what}共{amount}。"),
    "ask_rate": ("Reduce the annual rate to {rate}%.", "将年利率调整为{rate}%。"),
    "ask_extension": ("Extend the term by {months} months.", "将还款期限延长{months}个月。"),
    "ask_grace": (
        "Allow a grace period of {months} months in which no penalty interest is charged.",
        "给予{months}个月的宽限期，宽限期内不计收罚息。",
    ),
    "ask_settlement": (
        "Accept a single payment of {amount} in full settlement of everything owed.",
        "本人一次性支付{amount}，贵方同意结清全部债务。",
    ),
    "ask_schedule": (
        "Let me repay {total} in {count} instalments as in the table below.",
        "剩余欠款{total}分{count}期偿还，具体安排如下表。",
    ),
    "ask_stop": (
        "Stop charging penalty interest and pause collection while we negotiate.",
        "协商期间停止计收罚息，暂停催收。",
    ),
    "waive_penalties": ("the penalty interest and late fees", "罚息及滞纳金"),
    "waive_interest": ("the interest", "利息"),
    "waive_fees": ("the fees", "各项费用"),
    "h_first": ("6. First payment", "六、首期还款"),
    "first": ("I can make the first payment of {amount} on {date}.", "本人可于{date}支付首期款{amount}。"),
    "closing": (
        "I want to repay and am asking only for terms I can keep. Please consider my circumstances and reply in writing.",
        "本人确有还款意愿，只希望达成本人能够履行的还款安排。恳请贵方考虑本人的实际困难，并书面答复。",
    ),
    "regards": ("Yours faithfully,", "此致\n敬礼"),
    "signature": ("Applicant (signature): ", "申请人（签字）："),
    "date": ("Date: ", "日期："),
}


def loan_paragraphs(w: Wording, loan: LoanFacts) -> list[Block]:
    """The contract in one sentence, and what is overdue since when (shared with the extension)."""
    lang = w.lang
    blocks: list[Block] = [
        Paragraph(
            w(
                "loan",
                contract_date=parts.date_text(loan.contract_date, lang),
                contract_no=loan.contract_no,
                principal=parts.figure(loan.principal),
                received=parts.figure(loan.received),
                instalments=loan.instalments,
                rate=loan.rate,
            ),
            indent_first_line=True,
        )
    ]
    if loan.overdue_since is not None:
        since = parts.date_text(loan.overdue_since, lang)
        blocks.append(Paragraph(w("overdue", since=since, amount=parts.figure(loan.overdue_amount)), indent_first_line=True))
    return blocks


def asks(w: Wording, proposal: Proposal, waive_penalties: bool = True) -> list[str]:
    """The specific terms asked, one sentence each, in the order a lender reads them."""
    lang = w.lang
    found: list[str] = []
    waived = proposal.waived
    for key, amount in (("waive_penalties", waived.penalties), ("waive_interest", waived.interest), ("waive_fees", waived.fees)):
        if amount and (key != "waive_penalties" or waive_penalties):
            found.append(w("ask_waive", what=w(key), amount=parts.amount_words(amount, lang)))
    if proposal.rate_reduction_percent is not None:
        found.append(w("ask_rate", rate=f"{proposal.rate_reduction_percent.normalize():f}"))
    if proposal.extension_months:
        found.append(w("ask_extension", months=proposal.extension_months))
    if proposal.grace_months:
        found.append(w("ask_grace", months=proposal.grace_months))
    if proposal.settlement_amount is not None:
        found.append(w("ask_settlement", amount=parts.amount_words(proposal.settlement_amount, lang)))
    elif proposal.rows:
        found.append(w("ask_schedule", total=parts.amount_words(proposal.total, lang), count=len(proposal.rows)))
    found.append(w("ask_stop"))
    return found


def numbered(items: list[str], lang: str) -> list[Block]:
    marks = "（{n}）" if lang == "zh_CN" else "({n}) "
    return [Paragraph(marks.format(n=n) + item, indent_first_line=True) for n, item in enumerate(items, start=1)]


def build_request(data: RequestData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(WORDS, lang, edits)
    proposal = data.proposal
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w("to", lender=data.loan.lender)),
        parts.party_lines(w("applicant"), data.borrower, lang),
        Heading(w("h_loan")),
        *loan_paragraphs(w, data.loan),
        Heading(w("h_owed")),
        *parts.outstanding_table(w, data.outstanding, proposal.waived if proposal.waived.total else None),
        Heading(w("h_hardship")),
        *parts.paragraphs(data.hardship),
        Heading(w("h_capacity")),
        Paragraph(w("capacity", amount=parts.amount_words(data.monthly_capacity, lang)), indent_first_line=True),
        Heading(w("h_request")),
        *numbered(asks(w, proposal, data.waive_penalties), lang),
    ]
    if proposal.rows and proposal.settlement_amount is None:
        blocks.append(parts.schedule_table(proposal, lang))
    first = proposal.first
    blocks += [
        Heading(w("h_first")),
        Paragraph(
            w(
                "first",
                amount=parts.amount_words(first.amount if first else None, lang),
                date=parts.date_text(first.due_date if first else None, lang),
            ),
            indent_first_line=True,
        ),
        *parts.closing(w("closing"), w("regards"), lang),
        parts.signed(w("signature"), data.borrower.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
