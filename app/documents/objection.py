"""征信异议申请: an objection to an entry in the credit report (征信业管理条例 art. 25: a written
answer within 20 days; objections are free and need no agent)."""

from __future__ import annotations

from collections.abc import Mapping

from app.documents import parts
from app.documents.inputs import ObjectionData
from app.documents.model import Block, Document, Heading, Paragraph, Title
from app.documents.wording import Wording

KIND = "objection"
PHRASES = f"doc.{KIND}."  # its phrases in the catalogue


def build_objection(data: ObjectionData, lang: str = "zh_CN", edits: Mapping[str, str] | None = None) -> Document:
    w = Wording(PHRASES, lang, edits)
    blocks: list[Block] = [
        Title(w("title")),
        Paragraph(w("to", institution=data.institution)),
        parts.party_lines(w("applicant"), data.applicant, lang),
        Heading(w("h_entry")),
        Paragraph(w("entry_intro"), indent_first_line=True),
        *parts.paragraphs(data.entry),
        Paragraph(w("entry_loan", lender=data.loan.lender, contract_no=data.loan.contract_no), indent_first_line=True),
        Heading(w("h_reason")),
        *parts.paragraphs(data.reason),
        Heading(w("h_request")),
        Paragraph(w("request", correction=data.correction.strip()), indent_first_line=True),
        Heading(w("h_evidence")),
        parts.evidence_table(data.evidence, lang),
        *parts.closing(w("closing")),
        parts.signed(w("signature"), data.applicant.name, data.on, lang, w("date")),
    ]
    return Document(title=w("title"), blocks=tuple(blocks), lang=lang)
