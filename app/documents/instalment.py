"""个性化分期申请: a credit-card holder asks the bank for a personalised instalment plan under
商业银行信用卡业务监督管理办法 art. 70 (up to 5 years; the bank may agree, it is not a right).
The request lists the items the article says the written agreement states."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import InstalmentData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.request import numbered
from app.documents.wording import Wording

KIND = "instalment"
PHRASES = f"doc.{KIND}."  # its phrases in the catalogue
MAX_MONTHS = 60  # art. 70: at most 5 years

def build_instalment(data: InstalmentData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(PHRASES, lang, edits)
    proposal = data.proposal
    count = len(proposal.rows)
    total = parts.amount_words(data.outstanding.stated.total, lang)
    first = parts.date_text(proposal.first.due_date if proposal.first else None, lang)
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w("to", bank=data.bank)),
        parts.party_lines(w("cardholder"), data.cardholder, lang),
        Paragraph(w("card_no", card_no=data.card_no)),
        Heading(w("h_owed")),
        *parts.outstanding_table(w, data.outstanding),
        Heading(w("h_hardship")),
        *parts.paragraphs(data.hardship),
        Heading(w("h_capacity")),
        Paragraph(w("capacity", amount=parts.amount_words(data.monthly_capacity, lang)), indent_first_line=True),
        Heading(w("h_request")),
        Paragraph(w("request", total=parts.amount_words(proposal.total, lang), count=count or None), indent_first_line=True),
    ]
    if proposal.rows:
        blocks.append(parts.schedule_table(proposal, lang))
    if count > MAX_MONTHS:
        blocks.append(Paragraph(w("too_long", count=count), bold=True))
    terms = [
        w("t_balance", total=total),
        w("t_schedule", count=count or None, first=first),
        w("t_fees" if data.fees_continue else "t_no_fees"),
        w("t_no_cards"),
        w("t_rights"),
    ]
    blocks += [
        Heading(w("h_terms")),
        *numbered(terms, lang),
        Heading(w("h_evidence")),
        parts.evidence_table(data.evidence, lang),
        *parts.closing(w("closing")),
        parts.signed(w("signature"), data.cardholder.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
