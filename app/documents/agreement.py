"""分期还款（补充）协议: the draft agreement on the new schedule, for both parties to sign."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.messages import CodedError
from app.documents import parts
from app.documents.inputs import AgreementData
from app.documents.model import Block, Document, Paragraph, SignatureBlock, Title
from app.documents.wording import Wording

KIND = "agreement"
PHRASES = f"doc.{KIND}."  # its phrases in the catalogue


def build_agreement(data: AgreementData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    """Raises CodedError('document.no_schedule') when the proposal has no schedule to agree."""
    proposal = data.proposal
    if not proposal.rows:
        raise CodedError("document.no_schedule")
    w = Wording(PHRASES, lang, edits)
    loan = data.loan
    waived = proposal.waived
    blocks: list[Block] = [
        Title(w("title")),
        parts.party_lines(w("party_a"), data.lender, lang),
        parts.party_lines(w("party_b"), data.borrower, lang),
        Paragraph(
            w(
                "preamble",
                contract_date=parts.date_text(loan.contract_date, lang),
                contract_no=loan.contract_no,
                principal=parts.figure(loan.principal),
            ),
            indent_first_line=True,
        ),
        Paragraph(w("a1", date=parts.date_text(data.on, lang)), indent_first_line=True),
        *parts.outstanding_table(w, data.outstanding, waived),
    ]
    if waived.total:
        payable = data.outstanding.stated.total - waived.total
        blocks.append(
            Paragraph(
                w("a1_waiver", waived=parts.amount_words(waived.total, lang), payable=parts.amount_words(payable, lang)),
                indent_first_line=True,
            )
        )
    payable = data.outstanding.stated.total - waived.total
    blocks.append(Paragraph(w("a2", total=parts.amount_words(proposal.total, lang), count=len(proposal.rows)), indent_first_line=True))
    if proposal.total != payable:  # a plan with interest running, or paying less: say so, never leave two totals unexplained
        key = "a2_more" if proposal.total > payable else "a2_less"
        blocks.append(Paragraph(w(key, payable=parts.amount_words(payable, lang), difference=parts.amount_words(abs(proposal.total - payable), lang)),
                                indent_first_line=True))
    blocks += [
        parts.schedule_table(proposal, lang),
        Paragraph(w("a3", method=data.payment_method, account=data.account), indent_first_line=True),
        Paragraph(w("a4", days=data.default_days), indent_first_line=True),
        Paragraph(w("a5"), indent_first_line=True),
        Paragraph(w("a6"), indent_first_line=True),
        Paragraph(w("a7", court=data.dispute_court), indent_first_line=True),
        *parts.closing(w("a8")),
        SignatureBlock(
            (
                (w("sign_a"), ""),
                (w("sign_a_rep"), ""),
                (w("date"), parts.blank_date(lang)),
                (w("sign_b"), ""),
                (w("date"), parts.blank_date(lang)),
            ),
            indent=False,
        ),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
