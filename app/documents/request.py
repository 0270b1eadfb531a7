"""协商还款申请书: the borrower asks a lender to agree a repayment plan within their means."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import LoanFacts, Proposal, RequestData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.wording import Wording

KIND = "request"
PHRASES = f"doc.{KIND}."  # its phrases in the catalogue


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
    return [Paragraph(parts.word("numbered", lang, n=n, item=item), indent_first_line=True) for n, item in enumerate(items, start=1)]


def build_request(data: RequestData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(PHRASES, lang, edits)
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
