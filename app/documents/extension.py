"""延期/展期还款申请: a short request for more time (an extension of the term or a grace period)."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import ExtensionData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.request import loan_paragraphs, numbered
from app.documents.request import WORDS as REQUEST_WORDS
from app.documents.wording import Words, Wording

KIND = "extension"

WORDS: Words = {
    "title": ("Request for an Extension of Repayment", "延期/展期还款申请"),
    "to": REQUEST_WORDS["to"],
    "applicant": REQUEST_WORDS["applicant"],
    "h_loan": ("1. The loan", "一、借款情况"),
    "loan": REQUEST_WORDS["loan"],
    "overdue": REQUEST_WORDS["overdue"],
    "h_owed": ("2. What is owed", "二、目前欠款"),
    "basis_claimed": REQUEST_WORDS["basis_claimed"],
    "basis_lawful": REQUEST_WORDS["basis_lawful"],
    "h_reason": ("3. Why I need more time", "三、申请原因"),
    "h_request": ("4. What I ask", "四、申请事项"),
    "ask_extension": (
        "Extend the term of the loan by {months} months (an extension under Civil Code art. 678 needs your consent).",
        "将借款期限展期{months}个月（依《民法典》第六百七十八条，展期须经贵方同意）。",
    ),
    "ask_grace": (
        "Allow a grace period of {months} months, without penalty interest, before payments resume.",
        "给予{months}个月的宽限期，宽限期内不计收罚息。",
    ),
    "ask_resume": ("I will resume payments from {date}.", "本人将自{date}起恢复还款。"),
    "ask_none": ("Allow me more time to repay (period to be agreed).", "给予本人一定的还款宽限时间（期限由双方协商确定）。"),
    "closing": (
        "I want to repay in full. Please agree to this request and reply in writing.",
        "本人愿意全额还款，恳请贵方同意上述申请，并书面答复。",
    ),
    "regards": REQUEST_WORDS["regards"],
    "signature": REQUEST_WORDS["signature"],
    "date": REQUEST_WORDS["date"],
}


def build_extension(data: ExtensionData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(WORDS, lang, edits)
    proposal = data.proposal
    items = []
    if proposal.extension_months:
        items.append(w("ask_extension", months=proposal.extension_months))
    if proposal.grace_months:
        items.append(w("ask_grace", months=proposal.grace_months))
    if not items:
        items.append(w("ask_none"))
    resume = data.resume_on or (proposal.first.due_date if proposal.first else None)
    items.append(w("ask_resume", date=parts.date_text(resume, lang)))
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w("to", lender=data.loan.lender)),
        parts.party_lines(w("applicant"), data.borrower, lang),
        Heading(w("h_loan")),
        *loan_paragraphs(w, data.loan),
        Heading(w("h_owed")),
        *parts.outstanding_table(w, data.outstanding),
        Heading(w("h_reason")),
        *parts.paragraphs(data.reason),
        Heading(w("h_request")),
        *numbered(items, lang),
        *parts.closing(w("closing"), w("regards"), lang),
        parts.signed(w("signature"), data.borrower.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
