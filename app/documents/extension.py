"""延期/展期还款申请: a short request for more time (an extension of the term or a grace period)."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import ExtensionData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.request import loan_paragraphs, numbered
from app.documents.wording import Wording

KIND = "extension"
PHRASES = f"doc.{KIND}."  # its phrases in the catalogue


def build_extension(data: ExtensionData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(PHRASES, lang, edits)
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
